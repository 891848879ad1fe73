#pragma once

#include "bcp/BcpChecks.h"
#include "bcp/BcpRecords.h"
#include "core/Result.h"
#include "reminders/Reminder.h"
#include "score/Evidence.h"
#include "score/Score.h"

#include <QDate>
#include <QHash>
#include <QVector>

#include <any>
#include <optional>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// What the BCP records say to the score's BCP measure (事業継続計画), to
// the self-assessment's evidence (kamae.bcp.plan, kamae.bcp.review) and to
// the reminders (docs/bcp.md, "Score" and "Reminders"). Pure functions of
// (input, today), but for the loaders.
namespace kamae {
namespace bcp {

// A plan counts in full for this many days after it was published (and a
// drill after it was held), then less, to nothing at twice this.
constexpr int kReviewIntervalDays = 365;

// The module's part of the score's input (ModuleInfo::loadScoreData).
struct ScoreData
{
    domain::BcpPlan plan;
    QVector<domain::BcpVersion> versions; // without their plans
    QVector<domain::BcpExercise> exercises;
    QHash<qint64, QString> assetNames;
};
Result<std::any> loadScoreData(store::Database &db);
// What loadScoreData put into the input; null when none was loaded.
const ScoreData *scoreDataOf(const score::ScoreInput &input);

// The figures the factors, the evidence and the reminders share.
struct Summary
{
    bool anything = false; // a plan entry, a version or an exercise is recorded
    int businesses = 0;
    int businessesWithTargets = 0;   // RTO, RPO and a dependent asset
    int businessesChecked = 0;       // with a dependent asset
    int businessesPassingChecks = 0; // of those, no finding against the records
    int recordFindings = 0;
    std::optional<domain::BcpVersion> lastVersion;
    QDate lastExercise; // held on or before the date
};
Summary summarize(const ScoreData &data, const QVector<domain::BackupJob> &jobs,
                  const QVector<domain::BackupEvent> &events, const QDate &date);
// What the checks read, from the score's input: the restore tests held on
// or before `date`.
CheckInput checkInputOf(const ScoreData &data, const QVector<domain::BackupJob> &jobs,
                        const QVector<domain::BackupEvent> &events, const QDate &date);

// The module's factors (ModuleInfo::factorSources). While nothing is
// recorded there are none, and the self-assessment's answers hold the
// measure; once anything is, the records measure it.
QVector<score::Factor> bcpFactors(const score::ScoreInput &input, const QDate &today);
// Evidence for kamae.bcp.plan and kamae.bcp.review that measures them
// while anything is recorded.
QVector<score::Evidence> bcpEvidence(const score::ScoreInput &input, const QDate &today);

namespace kind {
// The plan's yearly review: 12 months after the last version.
inline const QString PlanReview = QStringLiteral("bcp_review");
// The yearly exercise: 12 months after the last one (or the first version).
inline const QString Exercise = QStringLiteral("bcp_exercise");
// A follow-up action of an exercise with a due date, not done.
inline const QString FollowUp = QStringLiteral("bcp_follow_up");
} // namespace kind

// Pure: the reminders on `today`.
QVector<reminders::Reminder> bcpReminders(const ScoreData &data, const QDate &today);
// The module's reminder source (ModuleInfo::reminderSources).
Result<QVector<reminders::Reminder>> bcpReminderSource(store::Database &db, const QDate &today);

} // namespace bcp
} // namespace kamae
