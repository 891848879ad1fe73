#pragma once

#include "core/Result.h"
#include "score/ScoreInput.h"
#include "score/ScoreTypes.h"

#include <QDate>
#include <QVector>

// The posture score: pure functions of (data, today), as docs/scoring.md
// states them. The dashboard, the command line, the report and the tests
// all call computeScore().
namespace kamae {
namespace score {

// Something the user can do to win points back.
struct Action
{
    QString key;   // stable: "<factor id>" or "<factor id>:<record id>"
    QString group; // actions of one group become one line in the next actions
    QString text;  // translated, imperative: "Run a restore test of “File server”"
    // The share of its factor's full weight the action wins back (0–1); the
    // engine turns it into points.
    double share = 0;
    double points = 0; // points of the 100
    Effort effort = Effort::Hours;
    Place place = modules::key::Dashboard;
    qint64 recordId = 0; // the record on that page, 0 for the page itself
    // Answers when the action wins points by an answer alone ("Put in place:
    // …", "Take the self-assessment"); Records when it leaves a record.
    Basis basis = Basis::Records;
    // Wins no points but is worth doing ("Assign an owner to …"): listed
    // after the ranked actions, outside their count.
    bool actionOnly = false;

    double pointsPerEffort() const { return points / static_cast<int>(effort); }
    // What the next actions are ranked by: points per effort, an answer's
    // points at kAnswerRankFactor (docs/scoring.md, Next actions).
    double rankValue() const;
};

// An action that only changes an answer ranks as if it won this share of its
// points: a record is evidence, an answer a claim.
constexpr double kAnswerRankFactor = 0.5;

// One measured thing, 0–1.
struct Factor
{
    QString id; // stable: "assets.classified", "self.ipa11", …
    Category category = Category::Assets;
    MeasureKind kind = MeasureKind::Technical;
    // Relative to the other factors of its category.
    double weight = 1;
    // False when there is nothing to measure (no internet-facing account to
    // need MFA): the factor is left out and its category's other factors
    // share the category's points.
    bool applies = true;
    // False when nothing was recorded that the factor could measure (no
    // current feed, no backup job, no answer): it keeps its share of the
    // category's points but earns nothing (its value is 0), and it is shown
    // as "not recorded" with the action that would measure it.
    bool measured = true;
    Basis basis = Basis::Records;
    double value = 0;
    QString title;                  // translated: what is measured
    QString inputs;                 // translated: the data it was computed from, in words
    Place place = modules::key::Dashboard; // the page that holds its records
    QVector<Action> actions;
    // Filled in by computeScore.
    double maxPoints = 0; // of the 100
    double points = 0;
    double lost() const { return maxPoints - points; }
};

struct CategoryScore
{
    Category category = Category::Assets;
    double weight = 0; // points of the 100 it is worth
    double points = 0;
    // False when none of its factors applies; it still keeps its weight and
    // scores 0 (the total is never rescaled).
    bool applies = false;
    bool measured = false;   // true when at least one applying factor is measured
    double answerPoints = 0; // the part of `points` that rests on answers
    double recordPoints() const { return points - answerPoints; }
    int percent() const; // 0–100, rounded
};

struct KindScore
{
    MeasureKind kind = MeasureKind::Technical;
    double maxPoints = 0;
    double points = 0;
    int percent() const; // 0–100, rounded; 0 when nothing applies
};

struct Score
{
    QDate day;
    double total = 0;        // 0–100
    double answerPoints = 0; // the part of `total` that rests on answers
    double recordPoints() const { return total - answerPoints; }
    QVector<CategoryScore> categories; // in Category order
    QVector<KindScore> kinds;          // in MeasureKind order
    QVector<Factor> factors;
    int rounded() const; // what the dashboard shows
};

// A total as the dashboard shows it: the one-decimal total, rounded.
int displayedScore(double total);

// Points wherever they are shown (dashboard, JSON, snapshots): one decimal.
double roundedPoints(double points);

// How many next actions the dashboard and the JSON's "next_actions" show.
constexpr int kNextActionCount = 5;

// A module's factors, computed from its part of the input. A module lists
// its sources in its ModuleInfo (app/modules); Score.cpp gathers them.
using FactorSource = QVector<Factor> (*)(const ScoreInput &input, const QDate &today);
QVector<Factor> assetFactors(const ScoreInput &input, const QDate &today);
QVector<Factor> patchFactors(const ScoreInput &input, const QDate &today);
QVector<Factor> accessFactors(const ScoreInput &input, const QDate &today);
QVector<Factor> backupFactors(const ScoreInput &input, const QDate &today);
QVector<Factor> selfCheckFactors(const ScoreInput &input, const QDate &today);
QVector<Factor> ownerFactors(const ScoreInput &input, const QDate &today);

// Weighs the factors: each category is worth categoryWeight() points, shared
// by its applying factors (measured or not) in proportion to their weights.
// An unmeasured factor earns nothing; the total is never rescaled.
Score weigh(QVector<Factor> factors, const QDate &today);
Score computeScore(const ScoreInput &input, const QDate &today);
Result<Score> computeScore(store::Database &db, const QDate &today);

// Every action, the actions of one group merged into one line, ranked by
// points per effort (then points, then key). `limit` < 0 means all. When the
// whole list is asked for (limit < 0 or >= kNextActionCount), the
// action-only actions follow, outside the limit, with 0 points.
QVector<Action> rankedActions(const Score &score, int limit = -1);

} // namespace score
} // namespace kamae
