#pragma once

// Helpers the factor sources share. Internal to score/.

#include "score/Score.h"

#include <algorithm>

namespace kamae {
namespace score {
namespace support {

// At most this many actions name single records; the rest of a factor's
// records become one summary action, so ten thousand overdue updates are
// not ten thousand lines.
constexpr int kRecordActionsPerFactor = 10;

inline Action action(const QString &key, const QString &text, double share, Effort effort,
                     Place place, qint64 recordId = 0)
{
    Action a;
    a.key = key;
    a.text = text;
    a.share = share;
    a.effort = effort;
    a.place = place;
    a.recordId = recordId;
    return a;
}

inline double share(qint64 part, qint64 whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

// Full value while a recurring check is within its interval, falling
// linearly to nothing at twice the interval; nothing when never done.
inline double recency(const QDate &lastDone, int intervalDays, const QDate &today)
{
    if (!lastDone.isValid() || intervalDays <= 0)
        return 0.0;
    const qint64 age = lastDone.daysTo(today);
    if (age <= intervalDays)
        return 1.0;
    return std::clamp(1.0 - static_cast<double>(age - intervalDays) / intervalDays, 0.0, 1.0);
}

inline Factor factor(const char *id, Category category, MeasureKind kind, double weight)
{
    Factor f;
    f.id = QString::fromLatin1(id);
    f.category = category;
    f.kind = kind;
    f.weight = weight;
    return f;
}

} // namespace support
} // namespace score
} // namespace kamae
