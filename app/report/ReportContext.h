#pragma once

// Everything a report is built from, read once. Internal to app/report/.

#include "reminders/Reminder.h"
#include "report/Report.h"
#include "score/Score.h"
#include "score/ScoreInput.h"
#include "score/Snapshots.h"

#include <QVector>

#include <optional>

namespace kamae {
namespace report {

struct ReportContext
{
    ReportOptions options;
    QDate today;
    QDate from; // the period's first day
    score::ScoreInput input;
    score::Score score;                 // computed in the report's language
    QVector<score::Snapshot> snapshots; // oldest first
    QVector<reminders::Reminder> reminders;
    std::optional<ReportRecord> previous; // the last report issued

    // The snapshot the period starts from: the newest on or before `from`,
    // else the oldest inside the period (before today).
    std::optional<score::Snapshot> atStart() const;
};

Result<ReportContext> gatherContext(store::Database &db, const ReportOptions &options,
                                    const QDate &today);

} // namespace report
} // namespace kamae
