#include "report/ReportContext.h"

#include "reminders/Reminders.h"
#include "report/ReportRepository.h"
#include "score/ScoreRepository.h"

namespace kamae {
namespace report {

std::optional<score::Snapshot> ReportContext::atStart() const
{
    std::optional<score::Snapshot> found;
    for (const score::Snapshot &s : snapshots) {
        // Today's own snapshot is the score now, not where the period began
        // (on the first day of a quarter, from == today).
        if (s.day <= from && s.day < today)
            found = s;
    }
    if (found)
        return found;
    for (const score::Snapshot &s : snapshots) {
        if (s.day > from && s.day < today)
            return s;
    }
    return std::nullopt;
}

Result<ReportContext> gatherContext(store::Database &db, const ReportOptions &options,
                                    const QDate &today)
{
    ReportContext c;
    c.options = options;
    c.today = today;
    c.from = periodStart(options.period, today);
    auto input = score::loadScoreInput(db);
    if (!input)
        return Result<ReportContext>::failure(input.error());
    c.input = std::move(*input);
    c.score = score::computeScore(c.input, today);
    auto snapshots = store::ScoreRepository(db).snapshots();
    if (!snapshots)
        return Result<ReportContext>::failure(snapshots.error());
    c.snapshots = std::move(*snapshots);
    auto due = reminders::allReminders(db, today);
    if (!due)
        return Result<ReportContext>::failure(due.error());
    c.reminders = std::move(*due);
    auto previous = store::ReportRepository(db).latest();
    if (!previous)
        return Result<ReportContext>::failure(previous.error());
    c.previous = *previous;
    return c;
}

} // namespace report
} // namespace kamae
