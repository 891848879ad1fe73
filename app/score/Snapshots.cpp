#include "score/Snapshots.h"

#include "core/Clock.h"
#include "score/Score.h"
#include "score/ScoreRepository.h"

#include <cmath>

namespace kamae {
namespace score {

Snapshot snapshotOf(const Score &score, const QDateTime &takenAt, bool manual)
{
    Snapshot s;
    s.day = score.day;
    s.takenAt = takenAt;
    s.manual = manual;
    // Stored as shown, one decimal: the chart and the report read it back.
    s.total = std::round(score.total * 10.0) / 10.0;
    for (const CategoryScore &c : score.categories)
        s.categories[static_cast<int>(c.category)] = c.applies ? c.percent() : -1;
    for (const KindScore &k : score.kinds)
        s.kinds[static_cast<int>(k.kind)] = k.maxPoints > 0 ? k.percent() : -1;
    return s;
}

namespace {

bool close(const QVector<double> &a, const QVector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (std::abs(a.at(i) - b.at(i)) > 1e-6)
            return false;
    return true;
}

// The same figures, whenever taken (stored JSON may differ in the last bit).
bool sameValues(const Snapshot &a, const Snapshot &b)
{
    return std::abs(a.total - b.total) < 1e-6 && close(a.categories, b.categories) &&
           close(a.kinds, b.kinds);
}

Result<bool> hasSnapshotOn(store::Database &db, const QDate &day)
{
    auto existing = store::ScoreRepository(db).snapshotOn(day);
    if (!existing)
        return Result<bool>::failure(existing.error());
    return existing->has_value();
}

} // namespace

Result<bool> takeDailySnapshot(store::Database &db, const QDate &today)
{
    auto has = hasSnapshotOn(db, today);
    if (!has || *has)
        return has ? Result<bool>(false) : has;
    auto score = computeScore(db, today);
    if (!score)
        return Result<bool>::failure(score.error());
    return takeDailySnapshot(db, *score);
}

Result<bool> takeDailySnapshot(store::Database &db, const Score &score)
{
    auto has = hasSnapshotOn(db, score.day);
    if (!has || *has)
        return has ? Result<bool>(false) : has;
    if (Status s = store::ScoreRepository(db).saveSnapshot(snapshotOf(score, clock::now(), false));
        !s)
        return Result<bool>::failure(s.error());
    return true;
}

Result<bool> keepDaySnapshot(store::Database &db, const QDate &today)
{
    auto existing = store::ScoreRepository(db).snapshotOn(today);
    if (!existing)
        return Result<bool>::failure(existing.error());
    auto score = computeScore(db, today);
    if (!score)
        return Result<bool>::failure(score.error());
    Snapshot snap = snapshotOf(*score, clock::now(), false);
    if (const std::optional<Snapshot> &old = *existing) {
        if (sameValues(*old, snap))
            return false;
        // A point the user asked for stays marked as such.
        snap.manual = old->manual;
    }
    if (Status s = store::ScoreRepository(db).saveSnapshot(snap); !s)
        return Result<bool>::failure(s.error());
    return true;
}

Result<Snapshot> takeSnapshotNow(store::Database &db, const QDate &today)
{
    auto score = computeScore(db, today);
    if (!score)
        return Result<Snapshot>::failure(score.error());
    const Snapshot snap = snapshotOf(*score, clock::now(), true);
    if (Status s = store::ScoreRepository(db).saveSnapshot(snap); !s)
        return Result<Snapshot>::failure(s.error());
    return snap;
}

Trend trendOf(const QVector<Snapshot> &snapshots, double current, const QDate &today)
{
    Trend t;
    t.current = current;
    // The newest snapshot on or before `day`, if any.
    const auto onOrBefore = [&snapshots](const QDate &day) -> const Snapshot * {
        const Snapshot *found = nullptr;
        for (const Snapshot &s : snapshots) {
            if (s.day <= day && (!found || s.day > found->day))
                found = &s;
        }
        return found;
    };
    if (const Snapshot *last = onOrBefore(today.addDays(-1))) {
        t.sinceLast = current - last->total;
        t.lastDay = last->day;
    }
    if (const Snapshot *s = onOrBefore(today.addDays(-30)))
        t.since30 = current - s->total;
    if (const Snapshot *s = onOrBefore(today.addDays(-90)))
        t.since90 = current - s->total;
    if (const Snapshot *s = onOrBefore(today.addDays(-365)))
        t.since365 = current - s->total;
    return t;
}

QVector<DayTotal> courseOf(const QVector<Snapshot> &snapshots, const Score &score,
                           const QDate &from)
{
    QVector<DayTotal> course;
    for (const Snapshot &s : snapshots) {
        if ((!from.isValid() || s.day >= from) && s.day < score.day)
            course.append({s.day, s.total});
    }
    course.append({score.day, roundedPoints(score.total)});
    return course;
}

} // namespace score
} // namespace kamae
