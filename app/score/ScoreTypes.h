#pragma once

#include "modules/Keys.h"

#include <QCoreApplication>
#include <QString>

// The words the score is made of: which measure a factor belongs to, which
// of the three kinds of measure it is, how much work winning it back is, and
// which page holds the records it names. docs/scoring.md explains them.
namespace kamae {
namespace score {

// The measures of the METI alert (サイバーセキュリティ対策の強化について),
// in its order. Each is worth a fixed share of the 100 points
// (categoryWeight), whatever factors feed it: a module that arrives later
// adds factors to its category without changing what the category is worth.
enum class Category
{
    Assets = 0,          // 情報資産の把握
    Vulnerabilities = 1, // 脆弱性対策・修正プログラム
    Authentication = 2,  // 認証の強化（多要素認証）
    Backups = 3,         // バックアップとオフライン保管
    Education = 4,       // 教育・訓練
    Bcp = 5,             // 事業継続計画
    Incidents = 6,       // インシデント対応・報告
    SupplyChain = 7,     // サプライチェーン・海外拠点
};
constexpr int kCategoryCount = 8;

// The security federation's three kinds of measure.
enum class MeasureKind
{
    Technical = 0, // 技術的対策
    Physical = 1,  // 物理的対策
    Human = 2,     // 人的対策
};
constexpr int kMeasureKindCount = 3;

// How much work an action is; points are divided by it to rank actions.
enum class Effort
{
    Minutes = 1, // a click or a short answer
    Hours = 2,   // an afternoon: classify assets, apply an update
    Days = 4,    // a project: a restore test across sites, a written plan
};

// What a factor's value rests on: dated records Kamae keeps (evidence), or
// self-assessment answers (self-declared). Shown wherever the score is.
enum class Basis
{
    Records = 0,
    Answers = 1,
};

// The page that holds what an action or a piece of evidence names: a
// module's key (app/modules/Keys.h, or the module's own folder), or
// modules::key::Dashboard.
using Place = QString;

// A vulnerability feed (KEV, JVN) imported this many days ago or less is
// current: the known-exploited factor counts only with a current feed. The
// vault's setting (ScoreRepository::feedMaxAgeDays) overrides it.
constexpr int kDefaultFeedMaxAgeDays = 30;

// Points of the 100 a category is worth.
double categoryWeight(Category category);

// Stable names for files and the command line ("assets", "backups", …).
QString categoryKey(Category category);
QString kindKey(MeasureKind kind);
QString effortKey(Effort effort);
QString placeKey(const Place &place);
QString basisKey(Basis basis); // "records", "answers"

struct ScoreText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::ScoreText)

public:
    static QString category(Category category);
    static QString kind(MeasureKind kind);
    static QString effort(Effort effort);
    static QString place(const Place &place);
    static QString basis(Basis basis); // "Records", "Self-declared"
    // A factor with nothing recorded (未確認).
    static QString notRecorded();
    // "63 (of which 21 self-declared)": a total or a measure's points.
    static QString pointsWithDeclared(double points, double answerPoints);
};

} // namespace score
} // namespace kamae
