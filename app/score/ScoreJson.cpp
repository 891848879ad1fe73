#include "score/ScoreJson.h"

#include "score/SelfCheck.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace kamae {
namespace score {

namespace {

QJsonValue optionalPoints(const std::optional<double> &value)
{
    return value ? QJsonValue(roundedPoints(*value)) : QJsonValue(QJsonValue::Null);
}

QString levelKey(domain::SecurityActionLevel level)
{
    switch (level) {
    case domain::SecurityActionLevel::None:
        return QStringLiteral("none");
    case domain::SecurityActionLevel::OneStar:
        return QStringLiteral("one_star");
    case domain::SecurityActionLevel::TwoStars:
        return QStringLiteral("two_stars");
    }
    return {};
}

QJsonArray requirementsJson(const QVector<Requirement> &requirements)
{
    QJsonArray out;
    for (const Requirement &r : requirements)
        out.append(QJsonObject{{QStringLiteral("text"), r.text}, {QStringLiteral("met"), r.met}});
    return out;
}

QString bandKey(Band band)
{
    switch (band) {
    case Band::Excellent:
        return QStringLiteral("excellent");
    case Band::Good:
        return QStringLiteral("good");
    case Band::NeedsWork:
        return QStringLiteral("needs_work");
    case Band::Dangerous:
        return QStringLiteral("dangerous");
    }
    return {};
}

// The self-declared part of some points, 0–1 with three decimals (0 when
// there are no points).
double answerShare(double answerPoints, double points)
{
    if (points <= 0)
        return 0;
    return std::round(std::clamp(answerPoints / points, 0.0, 1.0) * 1000.0) / 1000.0;
}

} // namespace

QJsonObject actionJson(const Action &a)
{
    return QJsonObject{
        {QStringLiteral("key"), a.key},
        {QStringLiteral("text"), a.text},
        {QStringLiteral("points"), roundedPoints(a.points)},
        {QStringLiteral("effort"), effortKey(a.effort)},
        {QStringLiteral("place"), placeKey(a.place)},
        {QStringLiteral("record_id"), a.recordId},
        {QStringLiteral("basis"), basisKey(a.basis)},
    };
}

QJsonObject scoreJson(const Score &score, const ScoreInput &input,
                      const QVector<Snapshot> &snapshots)
{
    QJsonObject root;
    root.insert(QStringLiteral("date"), score.day.toString(Qt::ISODate));
    root.insert(QStringLiteral("total"), roundedPoints(score.total));
    root.insert(QStringLiteral("rounded"), score.rounded());
    root.insert(QStringLiteral("answer_points"), roundedPoints(score.answerPoints));
    root.insert(QStringLiteral("record_points"), roundedPoints(score.recordPoints()));
    root.insert(QStringLiteral("answer_share"), answerShare(score.answerPoints, score.total));

    QJsonArray categories;
    for (const CategoryScore &c : score.categories) {
        categories.append(QJsonObject{
            {QStringLiteral("id"), categoryKey(c.category)},
            {QStringLiteral("name"), ScoreText::category(c.category)},
            {QStringLiteral("applies"), c.applies},
            {QStringLiteral("weight"), roundedPoints(c.weight)},
            {QStringLiteral("points"), roundedPoints(c.points)},
            {QStringLiteral("percent"), c.percent()},
            {QStringLiteral("measured"), c.measured},
            {QStringLiteral("answer_points"), roundedPoints(c.answerPoints)},
            {QStringLiteral("record_points"), roundedPoints(c.recordPoints())},
            {QStringLiteral("answer_share"), answerShare(c.answerPoints, c.points)},
        });
    }
    root.insert(QStringLiteral("categories"), categories);

    QJsonArray kinds;
    for (const KindScore &k : score.kinds) {
        kinds.append(QJsonObject{
            {QStringLiteral("id"), kindKey(k.kind)},
            {QStringLiteral("name"), ScoreText::kind(k.kind)},
            {QStringLiteral("max_points"), roundedPoints(k.maxPoints)},
            {QStringLiteral("points"), roundedPoints(k.points)},
            {QStringLiteral("percent"), k.percent()},
        });
    }
    root.insert(QStringLiteral("kinds"), kinds);

    QJsonArray factors;
    for (const Factor &f : score.factors) {
        QJsonArray actions;
        for (const Action &a : f.actions)
            actions.append(actionJson(a));
        factors.append(QJsonObject{
            {QStringLiteral("id"), f.id},
            {QStringLiteral("category"), categoryKey(f.category)},
            {QStringLiteral("kind"), kindKey(f.kind)},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("inputs"), f.inputs},
            {QStringLiteral("applies"), f.applies},
            {QStringLiteral("measured"), f.measured},
            {QStringLiteral("basis"), basisKey(f.basis)},
            {QStringLiteral("weight"), f.weight},
            {QStringLiteral("value"), std::round(f.value * 1000.0) / 1000.0},
            {QStringLiteral("max_points"), roundedPoints(f.maxPoints)},
            {QStringLiteral("points"), roundedPoints(f.points)},
            {QStringLiteral("lost"), roundedPoints(f.lost())},
            {QStringLiteral("actions"), actions},
        });
    }
    root.insert(QStringLiteral("factors"), factors);

    QJsonArray next;
    for (const Action &a : rankedActions(score, kNextActionCount))
        next.append(actionJson(a));
    root.insert(QStringLiteral("next_actions"), next);

    const Trend trend = trendOf(snapshots, score.total, score.day);
    root.insert(QStringLiteral("change"),
                QJsonObject{
                    {QStringLiteral("since_last"), optionalPoints(trend.sinceLast)},
                    {QStringLiteral("last_snapshot"),
                     trend.lastDay.isValid() ? QJsonValue(trend.lastDay.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("days_30"), optionalPoints(trend.since30)},
                    {QStringLiteral("days_90"), optionalPoints(trend.since90)},
                    {QStringLiteral("days_365"), optionalPoints(trend.since365)},
                });
    root.insert(QStringLiteral("snapshot_count"), snapshots.size());

    QJsonObject self;
    if (input.assessment) {
        const SelfCheckResult r = evaluate(*input.assessment);
        self.insert(QStringLiteral("date"), input.assessment->taken.toString(Qt::ISODate));
        self.insert(QStringLiteral("ipa_score"), r.ipaScore);
        self.insert(QStringLiteral("answered"), r.answered);
        self.insert(QStringLiteral("band"), bandKey(r.band));
        self.insert(QStringLiteral("verdict"), SelfCheckText::band(r.band));
    }
    root.insert(QStringLiteral("self_assessment"),
                input.assessment ? QJsonValue(self) : QJsonValue(QJsonValue::Null));

    const SecurityActionReadiness sa =
        securityActionReadiness(input.assessment ? &*input.assessment : nullptr,
                                input.organisation.securityAction, score.day);
    root.insert(QStringLiteral("security_action"),
                QJsonObject{
                    {QStringLiteral("declared"), levelKey(sa.declared)},
                    {QStringLiteral("ready"), levelKey(sa.ready())},
                    {QStringLiteral("one_star"), requirementsJson(sa.oneStar)},
                    {QStringLiteral("two_stars"), requirementsJson(sa.twoStars)},
                    {QStringLiteral("mismatch"), sa.mismatch},
                });
    return root;
}

} // namespace score
} // namespace kamae
