#pragma once

#include "core/Result.h"
#include "reminders/Reminder.h"

#include <QCoreApplication>
#include <QVector>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// One place that knows everything due or overdue across the modules. Each
// module states its own duties in its own file (a Source below) and lists
// them in its ModuleInfo (app/modules); this file only gathers, orders and
// filters them.
namespace kamae {
namespace reminders {

// Every duty of one module, in any state, as of `today`.
using Source = Result<QVector<Reminder>> (*)(store::Database &db, const QDate &today);

// The sources of the modules built in from the start.
Result<QVector<Reminder>> backupReminders(store::Database &db, const QDate &today);
Result<QVector<Reminder>> patchReminders(store::Database &db, const QDate &today);
Result<QVector<Reminder>> assetReviewReminders(store::Database &db, const QDate &today);

// Everything, any state, ordered: overdue first, then by due date, then by
// severity. UIDs carry the vault's calendar id so that two companies'
// exports never collide in one calendar.
Result<QVector<Reminder>> allReminders(store::Database &db, const QDate &today);

// Overdue, and due on or before today + withinDays.
QVector<Reminder> dueWithin(const QVector<Reminder> &all, const QDate &today, int withinDays);
Result<QVector<Reminder>> dueWithin(store::Database &db, const QDate &today, int withinDays);

// What goes into the calendar file: everything except daily backup runs,
// which would bury every other event (backup software runs those).
QVector<Reminder> forCalendar(const QVector<Reminder> &all);

// Overdue reminders whose uid is not in `alreadyNotified`: what the tray
// says once a day.
QVector<Reminder> newlyOverdue(const QVector<Reminder> &all, const QStringList &alreadyNotified);

// Stable for the vault's life; stored at creation (schema 4).
QString calendarId(store::Database &db);

struct ReminderText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::reminders::ReminderText)

public:
    static QString module(const QString &module);
    static QString state(ReminderState state);
    static QString severity(ReminderSeverity severity);
    // "3 days overdue", "due today", "due in 5 days", "never done"
    static QString when(const Reminder &reminder, const QDate &today);
};

} // namespace reminders
} // namespace kamae
