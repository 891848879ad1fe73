#include "reminders/Reminders.h"

#include "modules/Registry.h"
#include "store/Database.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace kamae {
namespace reminders {

QString calendarId(store::Database &db)
{
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'calendar_id'")) && q.next())
        return q.value(0).toString();
    return QStringLiteral("kamae");
}

Result<QVector<Reminder>> allReminders(store::Database &db, const QDate &today)
{
    QVector<Reminder> all;
    for (const modules::ModuleInfo *module : modules::all()) {
        for (Source source : module->reminderSources) {
            auto some = source(db, today);
            if (!some)
                return Result<QVector<Reminder>>::failure(some.error());
            all += std::move(some).value();
        }
    }
    const QString suffix = QLatin1Char('-') + calendarId(db);
    for (Reminder &r : all)
        r.uid += suffix;
    std::stable_sort(all.begin(), all.end(), [](const Reminder &a, const Reminder &b) {
        const bool aOver = a.state == ReminderState::Overdue;
        const bool bOver = b.state == ReminderState::Overdue;
        if (aOver != bOver)
            return aOver;
        if (a.due != b.due)
            return a.due < b.due;
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    return all;
}

QVector<Reminder> dueWithin(const QVector<Reminder> &all, const QDate &today, int withinDays)
{
    const QDate last = today.addDays(std::max(0, withinDays));
    QVector<Reminder> due;
    for (const Reminder &r : all)
        if (r.state == ReminderState::Overdue || (r.due.isValid() && r.due <= last))
            due.append(r);
    return due;
}

Result<QVector<Reminder>> dueWithin(store::Database &db, const QDate &today, int withinDays)
{
    auto all = allReminders(db, today);
    if (!all)
        return all;
    return dueWithin(all.value(), today, withinDays);
}

QVector<Reminder> forCalendar(const QVector<Reminder> &all)
{
    QVector<Reminder> events;
    for (const Reminder &r : all) {
        const bool dailyRun = r.kind == kind::BackupRun && r.recurring &&
                              (r.recurrence.kind == domain::ScheduleKind::Daily ||
                               (r.recurrence.kind == domain::ScheduleKind::EveryNDays &&
                                r.recurrence.intervalDays == 1) ||
                               (r.recurrence.kind == domain::ScheduleKind::Weekly &&
                                r.recurrence.weekdays == domain::kAllWeekdays));
        if (!dailyRun && r.due.isValid())
            events.append(r);
    }
    return events;
}

QVector<Reminder> newlyOverdue(const QVector<Reminder> &all, const QStringList &alreadyNotified)
{
    const QSet<QString> known(alreadyNotified.cbegin(), alreadyNotified.cend());
    QVector<Reminder> fresh;
    for (const Reminder &r : all)
        if (r.state == ReminderState::Overdue && !known.contains(r.uid))
            fresh.append(r);
    return fresh;
}

QString ReminderText::module(const QString &module)
{
    return modules::displayName(module);
}


QString ReminderText::state(ReminderState state)
{
    switch (state) {
    case ReminderState::Upcoming:
        return tr("Upcoming");
    case ReminderState::DueSoon:
        return tr("Due soon");
    case ReminderState::Overdue:
        return tr("Overdue");
    }
    return {};
}

QString ReminderText::severity(ReminderSeverity severity)
{
    switch (severity) {
    case ReminderSeverity::Low:
        return tr("Low");
    case ReminderSeverity::Medium:
        return tr("Medium");
    case ReminderSeverity::High:
        return tr("High");
    case ReminderSeverity::Critical:
        return tr("Critical");
    }
    return {};
}

QString ReminderText::when(const Reminder &r, const QDate &today)
{
    if (!r.due.isValid())
        return {};
    const qint64 days = today.daysTo(r.due);
    const bool check = r.kind == kind::BackupRun || r.kind == kind::RestoreTest ||
                       r.kind == kind::AirGapCheck;
    if (check && !r.lastDone.isValid() && days <= 0)
        return tr("never done");
    if (days < 0)
        return tr("%n day(s) overdue", nullptr, static_cast<int>(-days));
    if (days == 0)
        return tr("due today");
    return tr("due in %n day(s)", nullptr, static_cast<int>(days));
}

} // namespace reminders
} // namespace kamae
