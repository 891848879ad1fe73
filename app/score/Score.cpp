#include "score/Score.h"

#include "modules/Registry.h"
#include "score/ScoreCache.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace kamae {
namespace score {

namespace {

int roundedPercent(double part, double whole)
{
    if (whole <= 0)
        return 0;
    return static_cast<int>(std::lround(100.0 * part / whole));
}

} // namespace

int CategoryScore::percent() const
{
    return roundedPercent(points, weight);
}

int KindScore::percent() const
{
    return roundedPercent(points, maxPoints);
}

int Score::rounded() const
{
    return displayedScore(total);
}

double roundedPoints(double points)
{
    return std::round(points * 10.0) / 10.0;
}

int displayedScore(double total)
{
    // From the one-decimal value the JSON, the trend and the report show, so
    // that 48.45 is 49 everywhere and not 48 here.
    return static_cast<int>(std::lround(roundedPoints(total)));
}

double Action::rankValue() const
{
    return pointsPerEffort() * (basis == Basis::Answers ? kAnswerRankFactor : 1.0);
}

Score weigh(QVector<Factor> factors, const QDate &today)
{
    Score score;
    score.day = today;
    double weightSum[kCategoryCount] = {};
    for (Factor &f : factors) {
        f.value = std::clamp(f.value, 0.0, 1.0);
        f.weight = std::max(f.weight, 0.0);
        // No data, no points.
        if (!f.measured)
            f.value = 0;
        if (f.applies)
            weightSum[static_cast<int>(f.category)] += f.weight;
    }
    // Every category keeps its fixed points, whatever is measured: a
    // category with nothing applying scores 0 of them, never a rescaled
    // share of the others.
    score.categories.resize(kCategoryCount);
    for (int c = 0; c < kCategoryCount; ++c) {
        CategoryScore &cs = score.categories[c];
        cs.category = static_cast<Category>(c);
        cs.applies = weightSum[c] > 0;
        cs.weight = categoryWeight(cs.category);
    }
    score.kinds.resize(kMeasureKindCount);
    for (int k = 0; k < kMeasureKindCount; ++k)
        score.kinds[k].kind = static_cast<MeasureKind>(k);

    for (Factor &f : factors) {
        const int c = static_cast<int>(f.category);
        if (!f.applies || weightSum[c] <= 0) {
            f.maxPoints = 0;
            f.points = 0;
            for (Action &a : f.actions)
                a.points = 0;
            continue;
        }
        f.maxPoints = score.categories[c].weight * f.weight / weightSum[c];
        f.points = f.maxPoints * f.value;
        for (Action &a : f.actions)
            a.points = std::clamp(a.share, 0.0, 1.0) * f.maxPoints;
        score.categories[c].points += f.points;
        score.categories[c].measured = score.categories[c].measured || f.measured;
        if (f.basis == Basis::Answers) {
            score.categories[c].answerPoints += f.points;
            score.answerPoints += f.points;
        }
        KindScore &ks = score.kinds[static_cast<int>(f.kind)];
        ks.maxPoints += f.maxPoints;
        ks.points += f.points;
        score.total += f.points;
    }
    score.total = std::clamp(score.total, 0.0, 100.0);
    score.factors = std::move(factors);
    return score;
}

Score computeScore(const ScoreInput &input, const QDate &today)
{
    QVector<Factor> factors;
    // Every module's factors, in the registry's order (app/modules), then
    // the owners of next actions, which cut across them all.
    for (const modules::ModuleInfo *module : modules::all())
        for (FactorSource source : module->factorSources)
            factors += source(input, today);
    factors += ownerFactors(input, today);
    return weigh(std::move(factors), today);
}

Result<Score> computeScore(store::Database &db, const QDate &today)
{
    return ScoreCache::scoreOf(db, today);
}

QVector<Action> rankedActions(const Score &score, int limit)
{
    QVector<Action> out;
    QVector<Action> actionOnly;
    QHash<QString, int> groups;
    for (const Factor &f : score.factors) {
        for (const Action &a : f.actions) {
            if (a.actionOnly) {
                actionOnly.append(a);
                continue;
            }
            if (a.points <= 0)
                continue;
            if (a.group.isEmpty()) {
                out.append(a);
                continue;
            }
            // One line per group: its first action's text (the source words
            // it for the whole group), the points summed.
            const auto it = groups.constFind(a.group);
            if (it == groups.cend()) {
                groups.insert(a.group, out.size());
                Action merged = a;
                merged.key = a.group;
                out.append(merged);
            } else {
                out[*it].points += a.points;
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Action &a, const Action &b) {
        const double pa = a.rankValue();
        const double pb = b.rankValue();
        if (std::abs(pa - pb) > 1e-9)
            return pa > pb;
        if (std::abs(a.points - b.points) > 1e-9)
            return a.points > b.points;
        // The key, not the translated text: the same order in both languages.
        return a.key < b.key;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    // Actions that win no points follow the ranked ones, outside the limit,
    // when the whole next-actions list is asked for: "Assign an owner to …"
    // is never pushed off it by points, and never taken for "the first step".
    if (limit < 0 || limit >= kNextActionCount) {
        for (Action &a : actionOnly)
            a.points = 0;
        out += actionOnly;
    }
    return out;
}

} // namespace score
} // namespace kamae
