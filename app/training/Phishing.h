#pragma once

#include "domain/Person.h"
#include "training/TrainingRecords.h"
#include "training/TrainingRepository.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

// What the phishing drills say: rates per drill and per department, their
// trend over the drills, and the people who clicked in two drills (who get
// a follow-up course). Pure functions of the records (docs/training.md,
// "Phishing drills").
namespace kamae {
namespace training {

struct PhishingRates
{
    int recipients = 0; // rows of the drill, delivered or not
    int delivered = 0;
    int opened = 0;
    int clicked = 0;
    int submitted = 0;
    int reported = 0;
    // Median of (reported − sent) over the reports whose two times are
    // known; none when no report has both.
    std::optional<qint64> medianSecondsToReport;

    // Shares of the delivered mails; -1 when nothing was delivered.
    double clickRate() const { return rate(clicked); }
    double submitRate() const { return rate(submitted); }
    double reportRate() const { return rate(reported); }
    double openRate() const { return rate(opened); }

private:
    double rate(int count) const
    {
        return delivered > 0 ? static_cast<double>(count) / delivered : -1.0;
    }
};

struct DepartmentRates
{
    // The department of the matched person (a department entry: its own
    // name) as the people list says today; empty for rows not matched to
    // the list and people without a department.
    QString department;
    PhishingRates rates;
};

struct CampaignRates
{
    qint64 campaignId = 0;
    QDate date;
    PhishingRates rates;
    QVector<DepartmentRates> byDepartment; // by name, the empty one last
};

// The rates of one set of results.
PhishingRates ratesOf(const QVector<domain::PhishingResult> &results);

// Per drill, oldest first (the trend), each with its departments.
QVector<CampaignRates> campaignRates(const QVector<domain::Person> &people,
                                     const QVector<domain::PhishingCampaign> &campaigns,
                                     const QVector<domain::PhishingResult> &results);
// Per department over the given results (all drills when given all).
QVector<DepartmentRates> departmentRates(const QVector<domain::Person> &people,
                                         const QVector<domain::PhishingResult> &results);

// Someone who clicked (or entered data) in at least two drills: by the
// matched person, else by the e-mail address (case-insensitively).
struct RepeatClicker
{
    qint64 personId = 0;         // 0: not matched to the people list
    QString email;               // as imported in the latest click
    QVector<qint64> campaignIds; // the drills clicked in, oldest first
    QDate lastClick;             // the date of the latest of them
};
QVector<RepeatClicker> repeatClickers(const QVector<domain::PhishingCampaign> &campaigns,
                                      const QVector<domain::PhishingResult> &results,
                                      int minimumDrills = 2);

// The follow-ups to assign on `today`: the follow-up course for each repeat
// clicker matched to a trainee (isTraineeOn: active, not outside the
// company), unless it was already assigned or
// completed on or after the date of their latest click. Due after
// domain::kDefaultAssignmentDays.
QVector<domain::TrainingAssignment> proposedFollowUps(const QVector<domain::Person> &people,
                                                      const store::TrainingRecords &records,
                                                      qint64 followUpCourseId, const QDate &today);

} // namespace training
} // namespace kamae
