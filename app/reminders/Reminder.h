#pragma once

#include "domain/Schedule.h"

#include <QDate>
#include <QString>

namespace kamae {
namespace reminders {

// The module a reminder belongs to; the page that opens its record.
enum class Module
{
    Backups = 0,
    Patches = 1,
    Assets = 2,
};

// What is due, so the calendar and the tray can say it plainly.
enum class ReminderKind
{
    BackupRun = 0,   // a run expected by the job's schedule
    RestoreTest = 1, // 復元テスト
    AirGapCheck = 2, // オフライン保管の確認
    PatchDue = 3,    // a patch item's due date
    RiskReview = 4,  // a risk-accepted patch item's review date
    AssetReview = 5, // the yearly review of an asset register row
};

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
    Module module = Module::Backups;
    ReminderKind kind = ReminderKind::BackupRun;
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
