#pragma once

#include "incidents/IncidentRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QTimeZone>
#include <QVector>

// The legal clock for personal data (個人情報保護法 第26条, 施行規則 第7条
// and 第8条, and the Commission's guideline 通則編 3-5-3): when a leak or a
// possible leak involves sensitive data, a risk of financial harm,
// suspected malice or more than 1,000 people, the company must report to
// the Personal Information Protection Commission — a preliminary report
// (速報) promptly, a final report (確報) within 30 days, 60 when malice is
// suspected — and notify the people concerned. Pure functions; the rules
// and their sources are in docs/incidents.md.
namespace kamae {
namespace incidents {

// Why a report is due (施行規則 第7条 各号).
enum class ReportTrigger
{
    Sensitive = 0,     // 1号: 要配慮個人情報
    FinancialHarm = 1, // 2号: a risk of financial harm
    Malice = 2,        // 3号: suspected malice (不正の目的)
    OverThousand = 3,  // 4号: more than 1,000 people
};

// More than this many people makes a leak reportable on its own.
constexpr int kReportablePeople = 1000;
// The preliminary report: "promptly", which the guideline puts at about
// 3 to 5 days; Kamae asks for it by the 3rd day and calls the 5th the last.
constexpr int kPreliminaryDays = 3;
constexpr int kPreliminaryLatestDays = 5;
// The final report, counted from the day of awareness as day 1.
constexpr int kFinalDays = 30;
constexpr int kFinalDaysMalice = 60;

QVector<ReportTrigger> reportTriggers(const domain::IncidentPersonalData &data);

// The n-th day counting `first` as day 1 (weekends and holidays count).
QDate nthDay(const QDate &first, int n);

struct LegalClock
{
    bool applies = false; // a report to the Commission is due
    QVector<ReportTrigger> triggers;
    QDate aware;             // day 1: the day the company became aware
    QDate preliminaryDue;    // 速報, the 3rd day
    QDate preliminaryLatest; // the 5th day
    QDate finalDue;          // 確報, the 30th (60th) day
    int finalDays = kFinalDays;
    // What was done (timeline entries tagged for it), invalid while not.
    QDate preliminaryMade;
    QDate finalMade;
    QDate individualsNotified;
};

// The clock of an incident: none for a drill, none without a trigger,
// none before the company knows when it became aware (or detected it).
// Days are counted in `zone` (the user's).
LegalClock legalClock(const domain::Incident &incident, const QTimeZone &zone);

// What the clock asks for next: the preliminary report until it is made,
// then the final one; Done once both are (None when no clock applies).
struct NextDeadline
{
    enum What
    {
        None,
        Preliminary,
        Final,
        Done,
    };
    What what = None;
    QDate due;
};
NextDeadline nextDeadline(const LegalClock &clock);

// The items of the report (施行規則 第8条第1項 各号) prefilled from the
// incident, in the form's order: (item, what the incident says). An item
// the incident cannot fill is empty; the user completes the form.
QVector<QPair<QString, QString>> reportItems(const domain::Incident &incident,
                                             const QTimeZone &zone);

struct DeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::incidents::IncidentDeadlines)

public:
    static QString trigger(ReportTrigger trigger);
};

} // namespace incidents
} // namespace kamae
