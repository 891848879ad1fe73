#pragma once

#include "core/Result.h"
#include "score/ScoreTypes.h"

#include <QDate>
#include <QDateTime>
#include <QVector>

#include <optional>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// The score's history. A snapshot is what the score was on a day, stored at
// most once a day (automatically) or when the user asks (replacing that
// day's), so the trend chart shows what really was, not today's formula
// applied to old data.
namespace kamae {
namespace score {

struct Score;

struct Snapshot
{
    QDate day;
    QDateTime takenAt;
    double total = 0;
    bool manual = false;
    // Percent per category and per kind; -1 where nothing applied.
    QVector<double> categories = QVector<double>(kCategoryCount, -1);
    QVector<double> kinds = QVector<double>(kMeasureKindCount, -1);

    bool operator==(const Snapshot &o) const
    {
        return day == o.day && takenAt == o.takenAt && qFuzzyCompare(total + 1, o.total + 1) &&
               manual == o.manual && categories == o.categories && kinds == o.kinds;
    }
};

Snapshot snapshotOf(const Score &score, const QDateTime &takenAt, bool manual);

// Stores today's snapshot unless one exists; true when it stored one.
Result<bool> takeDailySnapshot(store::Database &db, const QDate &today);
// The same with the score already computed for score.day.
Result<bool> takeDailySnapshot(store::Database &db, const Score &score);
// Brings the day's point up to date with the score now: stores it when the
// day has none, replaces it when the score has changed since (so the point of
// the day a vault was created follows what was recorded that day), and
// writes nothing when it already says the same. True when it stored one. The
// vault session's SnapshotKeeper and the command line's writes call it.
Result<bool> keepDaySnapshot(store::Database &db, const QDate &today);
// Stores (or replaces) today's snapshot now.
Result<Snapshot> takeSnapshotNow(store::Database &db, const QDate &today);

// How the score moved: the current total against the newest snapshot before
// today and against the snapshots 30, 90 and 365 days back (the newest on
// or before that day). Empty where there is no such snapshot.
struct Trend
{
    double current = 0;
    std::optional<double> sinceLast;
    QDate lastDay;
    std::optional<double> since30;
    std::optional<double> since90;
    std::optional<double> since365;
};
Trend trendOf(const QVector<Snapshot> &snapshots, double current, const QDate &today);

// One point of the score's course.
struct DayTotal
{
    QDate day;
    double total = 0;
};
// The score's course for a chart: the stored totals from `from` (from the
// first when invalid) until the day before score.day, then the score as it
// is now, one decimal, as a snapshot stores it; never today's stored
// point, which may lag behind the records.
QVector<DayTotal> courseOf(const QVector<Snapshot> &snapshots, const Score &score,
                           const QDate &from = {});

} // namespace score
} // namespace kamae
