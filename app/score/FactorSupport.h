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

// Keeps the kRecordActionsPerFactor actions worth most and merges the rest
// into one "<id>:more" action; moreText(n) words it for the n left out.
template <typename MoreText> void capRecordActions(Factor &f, MoreText moreText, Effort effort)
{
    if (f.actions.size() <= kRecordActionsPerFactor)
        return;
    std::stable_sort(f.actions.begin(), f.actions.end(),
                     [](const Action &a, const Action &b) { return a.share > b.share; });
    double rest = 0;
    for (qsizetype i = kRecordActionsPerFactor; i < f.actions.size(); ++i)
        rest += f.actions.at(i).share;
    const int left = static_cast<int>(f.actions.size() - kRecordActionsPerFactor);
    f.actions.resize(kRecordActionsPerFactor);
    Action more;
    more.key = f.id + QStringLiteral(":more");
    more.text = moreText(left);
    more.share = rest;
    more.effort = effort;
    more.place = f.place;
    f.actions.append(more);
}

// "Start the asset register", for any factor an empty register leaves
// unmeasured (AssetFactors.cpp).
Action startRegister(const QString &factorId);

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

inline Factor factor(const char *id, Category category, MeasureKind kind, double weight,
                     Place place)
{
    Factor f;
    f.place = place;
    f.id = QString::fromLatin1(id);
    f.category = category;
    f.kind = kind;
    f.weight = weight;
    return f;
}

} // namespace support
} // namespace score
} // namespace kamae
