#pragma once

#include "core/Result.h"
#include "domain/Asset.h"
#include "domain/Backup.h"
#include "domain/Organisation.h"
#include "domain/Patch.h"
#include "domain/Person.h"
#include "score/ScoreTypes.h"
#include "score/SelfCheck.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <any>

#include <optional>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

namespace kamae {
namespace score {

// Everything the score is computed from, read once. A module that brings
// new data (training, BCP, incidents) adds its part here and to load().
struct ScoreInput
{
    domain::Organisation organisation;
    QVector<domain::Asset> assets;
    QVector<domain::PatchItem> patches;
    domain::PatchPolicy patchPolicy;
    QVector<domain::BackupJob> backupJobs;
    QVector<domain::BackupEvent> backupEvents;
    std::optional<Assessment> assessment; // the latest self-check
    // The day the newest vulnerability feed (KEV or JVN) was imported, in the
    // user's calendar; invalid when none ever was.
    QDate newestFeedImport;
    int feedMaxAgeDays = kDefaultFeedMaxAgeDays;
    QVector<domain::Person> people;      // the people and departments list
    QHash<QString, qint64> actionOwners; // next action key → person id
    // What the modules added later load for their own factors, by module
    // key (ModuleInfo::loadScoreData).
    QHash<QString, std::any> moduleData;
};

Result<ScoreInput> loadScoreInput(store::Database &db);
// The tables loadScoreInput() reads. A burst of changes that touches none
// of them (store::ChangeSet::touchesAny) leaves the input as it was, so
// listeners skip reading it again. Kept beside loadScoreInput(): a module
// that adds to the input adds its tables here.
const QStringList &scoreInputTables();

// Days from the newest feed import to today (0 when imported "in the
// future" by a clock set back); -1 when no feed was ever imported.
int feedAgeDays(const ScoreInput &input, const QDate &today);
// A feed was imported within input.feedMaxAgeDays: the known-exploited
// factor and question 1's evidence can rely on it.
bool feedIsCurrent(const ScoreInput &input, const QDate &today);

} // namespace score
} // namespace kamae
