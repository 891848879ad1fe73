#include "training/TrainingReminders.h"

#include "i18n/Language.h"
#include "store/PeopleRepository.h"
#include "training/TrainingModule.h"
#include "training/TrainingScore.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <tuple>

namespace kamae {
namespace training {

namespace {

struct TrainingReminderText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::training::TrainingReminderText)
};

// One line of reminders: a kind, a course and (but for overdue) a month.
struct Group
{
    int people = 0;
    int renewals = 0; // completed before, renewal coming or passed
    int first = 0;    // never completed: a joiner, someone newly required
    QDate earliest;
    QDate latest;
};

void extend(Group &g, const QDate &date)
{
    if (!date.isValid())
        return;
    if (!g.earliest.isValid() || date < g.earliest)
        g.earliest = date;
    if (!g.latest.isValid() || date > g.latest)
        g.latest = date;
}

// kind, course id, month as yyyyMM (0 for the overdue line).
using Key = std::tuple<int, qint64, int>;
enum GroupKind
{
    Overdue = 0,
    Due = 1,
    FollowUp = 2,
};

int monthOf(const QDate &date)
{
    return date.year() * 100 + date.month();
}

QString monthText(int month)
{
    return QStringLiteral("%1-%2")
        .arg(month / 100, 4, 10, QLatin1Char('0'))
        .arg(month % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QVector<reminders::Reminder> trainingReminders(const QVector<domain::Person> &people,
                                               const store::TrainingRecords &records,
                                               const Coverage &coverage, const QDate &today)
{
    QHash<qint64, const domain::Person *> personById;
    for (const domain::Person &p : people)
        personById.insert(p.id, &p);
    QHash<qint64, QString> titles;
    for (const domain::Course &c : records.courses)
        titles.insert(c.id, c.title);

    std::map<Key, Group> groups;
    for (int column = 0; column < coverage.courses.size(); ++column) {
        const qint64 courseId = coverage.courses.at(column);
        for (int row = 0; row < coverage.people.size(); ++row) {
            const CoverageCell &cell = coverage.cell(row, column);
            if (cell.state == CoverageState::NotRequired)
                continue;
            const bool renewal = cell.completed.isValid();
            Key key;
            QDate date = cell.due;
            if (cell.assigned) {
                key = {FollowUp, courseId, monthOf(cell.due)};
            } else if (cell.state == CoverageState::Overdue) {
                key = {Overdue, courseId, 0};
                // Required from the start and never taken: no deadline was
                // ever set; overdue since the person joined, when known.
                if (!date.isValid())
                    if (const domain::Person *p = personById.value(coverage.people.at(row)))
                        date = p->joined.isValid() && p->joined < today ? p->joined : QDate();
            } else if (cell.due.isValid()) {
                key = {Due, courseId, monthOf(cell.due)};
            } else {
                continue; // done once, no renewal: nothing more is due
            }
            Group &g = groups[key];
            ++g.people;
            (renewal ? g.renewals : g.first) += 1;
            extend(g, date);
        }
    }

    QVector<reminders::Reminder> out;
    for (const auto &[key, g] : groups) {
        const auto [groupKind, courseId, month] = key;
        const QString title = titles.value(courseId);
        reminders::Reminder r;
        r.module = ModuleKey;
        r.recordId = courseId;
        r.severity = reminders::ReminderSeverity::Medium;
        switch (groupKind) {
        case Overdue:
            r.uid = QStringLiteral("training-course-%1-overdue").arg(courseId);
            r.kind = kind::CourseOverdue;
            r.title =
                TrainingReminderText::tr("%1: %n person(s) overdue", nullptr, g.people).arg(title);
            r.detail = TrainingReminderText::tr("Required and not current: %1 never completed "
                                                "it, %2 let it expire.")
                           .arg(g.first)
                           .arg(g.renewals);
            // Overdue since the oldest known deadline; yesterday when no
            // date is known, so that the line sorts and exports as overdue.
            r.due = g.earliest.isValid() && g.earliest < today ? g.earliest : today.addDays(-1);
            r.state = reminders::ReminderState::Overdue;
            r.severity = reminders::ReminderSeverity::High;
            break;
        case Due:
            r.uid = QStringLiteral("training-course-%1-due-%2").arg(courseId).arg(monthText(month));
            r.kind = kind::CourseDue;
            r.title = TrainingReminderText::tr("%1: %n person(s) due by %2", nullptr, g.people)
                          .arg(title, i18n::formatDate(g.latest));
            r.detail = TrainingReminderText::tr("Renewals: %1. First training (new joiners, "
                                                "newly required): %2.")
                           .arg(g.renewals)
                           .arg(g.first);
            r.due = g.earliest;
            r.state = reminders::stateFor(r.due, today, reminders::kDueSoonDays);
            break;
        case FollowUp:
        default:
            r.uid = QStringLiteral("training-course-%1-follow-up-%2")
                        .arg(courseId)
                        .arg(monthText(month));
            r.kind = kind::FollowUpDue;
            r.title = TrainingReminderText::tr("%1 (follow-up): %n person(s) due by %2", nullptr,
                                               g.people)
                          .arg(title, i18n::formatDate(g.latest));
            r.detail = TrainingReminderText::tr("Assigned to each of them after a phishing drill "
                                                "or by hand; done when they complete the course.");
            r.due = g.earliest;
            r.state = reminders::stateFor(r.due, today, reminders::kDueSoonDays);
            break;
        }
        out.append(r);
    }
    return out;
}

Result<QVector<reminders::Reminder>> trainingReminderSource(store::Database &db, const QDate &today)
{
    auto people = store::PeopleRepository(db).all();
    if (!people)
        return people.asFailure();
    auto records = readScoreRecords(db);
    if (!records)
        return records.asFailure();
    const Coverage coverage = computeCoverage(people.value(), records.value(), today);
    return trainingReminders(people.value(), records.value(), coverage, today);
}

} // namespace training
} // namespace kamae
