#include "training/Phishing.h"

#include "training/Coverage.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace kamae {
namespace training {

namespace {

QString departmentOf(const domain::Person *person)
{
    if (!person)
        return {};
    return person->kind == domain::PersonKind::Department ? person->name.trimmed()
                                                          : person->department.trimmed();
}

QHash<qint64, const domain::Person *> peopleById(const QVector<domain::Person> &people)
{
    QHash<qint64, const domain::Person *> byId;
    for (const domain::Person &p : people)
        byId.insert(p.id, &p);
    return byId;
}

QVector<DepartmentRates> byDepartment(const QHash<qint64, const domain::Person *> &people,
                                      const QVector<domain::PhishingResult> &results)
{
    std::map<QString, QVector<domain::PhishingResult>> groups;
    for (const domain::PhishingResult &r : results)
        groups[departmentOf(people.value(r.personId))].append(r);
    QVector<DepartmentRates> out;
    for (const auto &[name, rows] : groups)
        if (!name.isEmpty())
            out.append({name, ratesOf(rows)});
    if (const auto none = groups.find(QString()); none != groups.end())
        out.append({QString(), ratesOf(none->second)});
    return out;
}

} // namespace

PhishingRates ratesOf(const QVector<domain::PhishingResult> &results)
{
    PhishingRates rates;
    std::vector<qint64> toReport;
    for (const domain::PhishingResult &given : results) {
        const domain::PhishingResult r = domain::withImpliedFlags(given);
        ++rates.recipients;
        rates.delivered += r.delivered;
        rates.opened += r.opened;
        rates.clicked += r.clicked;
        rates.submitted += r.submitted;
        rates.reported += r.reported;
        if (r.reported && r.sentAt.isValid() && r.reportedAt.isValid() && r.reportedAt >= r.sentAt)
            toReport.push_back(r.sentAt.secsTo(r.reportedAt));
    }
    if (!toReport.empty()) {
        std::sort(toReport.begin(), toReport.end());
        const size_t n = toReport.size();
        rates.medianSecondsToReport =
            n % 2 ? toReport[n / 2] : (toReport[n / 2 - 1] + toReport[n / 2]) / 2;
    }
    return rates;
}

QVector<CampaignRates> campaignRates(const QVector<domain::Person> &people,
                                     const QVector<domain::PhishingCampaign> &campaigns,
                                     const QVector<domain::PhishingResult> &results)
{
    const auto byId = peopleById(people);
    QHash<qint64, QVector<domain::PhishingResult>> perCampaign;
    for (const domain::PhishingResult &r : results)
        perCampaign[r.campaignId].append(r);
    QVector<domain::PhishingCampaign> ordered = campaigns;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const domain::PhishingCampaign &a, const domain::PhishingCampaign &b) {
                         return a.date < b.date;
                     });
    QVector<CampaignRates> out;
    for (const domain::PhishingCampaign &c : ordered) {
        const QVector<domain::PhishingResult> rows = perCampaign.value(c.id);
        out.append({c.id, c.date, ratesOf(rows), byDepartment(byId, rows)});
    }
    return out;
}

QVector<DepartmentRates> departmentRates(const QVector<domain::Person> &people,
                                         const QVector<domain::PhishingResult> &results)
{
    return byDepartment(peopleById(people), results);
}

QVector<RepeatClicker> repeatClickers(const QVector<domain::PhishingCampaign> &campaigns,
                                      const QVector<domain::PhishingResult> &results,
                                      int minimumDrills)
{
    QHash<qint64, QDate> dateOf;
    for (const domain::PhishingCampaign &c : campaigns)
        dateOf.insert(c.id, c.date);
    // Who: "p<id>" for a matched person, "e<address>" otherwise.
    std::map<QString, RepeatClicker> clickers;
    for (const domain::PhishingResult &given : results) {
        const domain::PhishingResult r = domain::withImpliedFlags(given);
        if (!r.clicked || !dateOf.contains(r.campaignId))
            continue;
        const QString who = r.personId > 0 ? QStringLiteral("p%1").arg(r.personId)
                                           : QStringLiteral("e") + r.email.trimmed().toCaseFolded();
        RepeatClicker &c = clickers[who];
        c.personId = r.personId;
        if (!c.campaignIds.contains(r.campaignId))
            c.campaignIds.append(r.campaignId);
        const QDate date = dateOf.value(r.campaignId);
        if (!c.lastClick.isValid() || date >= c.lastClick) {
            c.lastClick = date;
            c.email = r.email.trimmed();
        }
    }
    QVector<RepeatClicker> out;
    for (auto &[who, c] : clickers) {
        if (c.campaignIds.size() < minimumDrills)
            continue;
        std::stable_sort(c.campaignIds.begin(), c.campaignIds.end(), [&dateOf](qint64 a, qint64 b) {
            return dateOf.value(a) < dateOf.value(b);
        });
        out.append(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const RepeatClicker &a, const RepeatClicker &b) {
        return a.lastClick > b.lastClick;
    });
    return out;
}

QVector<domain::TrainingAssignment> proposedFollowUps(const QVector<domain::Person> &people,
                                                      const store::TrainingRecords &records,
                                                      qint64 followUpCourseId, const QDate &today)
{
    QVector<domain::TrainingAssignment> out;
    if (followUpCourseId <= 0)
        return out;
    const auto byId = peopleById(people);
    QHash<qint64, QDate> sessionDate;
    for (const domain::TrainingSession &s : records.sessions)
        if (s.courseId == followUpCourseId)
            sessionDate.insert(s.id, s.date);
    // The last completion of the follow-up course per person.
    QHash<qint64, QDate> completed;
    for (const domain::Attendance &a : records.attendance) {
        if (a.state != domain::AttendanceState::Completed || !sessionDate.contains(a.sessionId))
            continue;
        const QDate d = sessionDate.value(a.sessionId);
        if (d > completed.value(a.personId))
            completed.insert(a.personId, d);
    }
    QHash<qint64, QDate> lastAssigned;
    for (const domain::TrainingAssignment &a : records.assignments)
        if (a.courseId == followUpCourseId && a.assigned > lastAssigned.value(a.personId))
            lastAssigned.insert(a.personId, a.assigned);

    for (const RepeatClicker &c : repeatClickers(records.campaigns, records.results)) {
        const domain::Person *person = byId.value(c.personId);
        if (!person || !isTraineeOn(*person, today))
            continue;
        if (lastAssigned.value(c.personId) >= c.lastClick ||
            completed.value(c.personId) >= c.lastClick)
            continue;
        domain::TrainingAssignment a;
        a.courseId = followUpCourseId;
        a.personId = c.personId;
        a.assigned = today;
        a.due = today.addDays(domain::kDefaultAssignmentDays);
        a.reason = domain::kRepeatClickerReason;
        a.campaignId = c.campaignIds.last();
        out.append(a);
    }
    return out;
}

} // namespace training
} // namespace kamae
