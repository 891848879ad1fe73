#pragma once

#include "domain/Schedule.h"
#include "modules/Keys.h"

#include <QDate>
#include <QString>

namespace kamae {
namespace reminders {

// What is due, as a stable key (the JSON of `kamae due`, tests). The kinds
// of the modules built in from the start; a module added later declares its
// own in its own folder.
namespace kind {
inline const QString BackupRun = QStringLiteral("backup_run");     // a run the job's schedule expects
inline const QString RestoreTest = QStringLiteral("restore_test"); // 復元テスト
inline const QString AirGapCheck = QStringLiteral("air_gap_check"); // オフライン保管の確認
inline const QString PatchDue = QStringLiteral("patch_due");       // a patch item's due date
inline const QString RiskReview = QStringLiteral("risk_review");   // an accepted risk's review date
inline const QString AssetReview = QStringLiteral("asset_review"); // the register's yearly review
} // namespace kind

enum class ReminderState
{
    Upcoming = 0, // due later than the "soon" window
    DueSoon = 1,  // 期限間近: due today or within the window
    Overdue = 2,  // 期限超過: the due date has passed (or it was never done)
};

// How much it matters when it is missed, for sorting and colour.
enum class ReminderSeverity
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
};

// Overdue after the due date; due soon from `soonDays` before it.
inline ReminderState stateFor(const QDate &due, const QDate &today, int soonDays)
{
    if (!due.isValid())
        return ReminderState::Upcoming;
    if (due < today)
        return ReminderState::Overdue;
    return today.daysTo(due) <= soonDays ? ReminderState::DueSoon : ReminderState::Upcoming;
}

// How far ahead reminders count as "due soon" unless a module says otherwise.
constexpr int kDueSoonDays = 7;

struct Reminder
{
    // Stable across runs and exports ("backup-job-7-restore-test"): the
    // calendar replaces an event with the same UID instead of adding one.
    QString uid;
    QString module; // the module's key (app/modules): the page that opens the record
    QString kind;   // a key of the module's kinds of duty (above)
    qint64 recordId = 0; // the job, patch item or asset it opens
    QString title;       // translated, one line
    QString detail;      // translated, why and what to do
    QDate due;
    QDate lastDone; // invalid when never done
    ReminderState state = ReminderState::Upcoming;
    ReminderSeverity severity = ReminderSeverity::Medium;
    // Recurring checks repeat after `due` by this schedule (RRULE); a
    // one-off date (a patch due date) has recurring = false.
    bool recurring = false;
    domain::Schedule recurrence;
};

} // namespace reminders
} // namespace kamae
