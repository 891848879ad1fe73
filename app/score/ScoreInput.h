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
#include <utility>

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

// A module's own part of the input (ModuleInfo::loadScoreData) as its
// type, or nullptr while it is not loaded.
template <typename Data> const Data *moduleDataOf(const ScoreInput &input, const QString &key)
{
    const auto it = input.moduleData.constFind(key);
    return it == input.moduleData.constEnd() ? nullptr : std::any_cast<Data>(&it.value());
}

// For a module's loader: `into` takes what a read returned, or the read's
// failure is returned to pass on.
template <typename T> Status readInto(Result<T> read, T &into)
{
    if (!read)
        return read.asFailure();
    into = std::move(read).value();
    return {};
}

// A module's reminder source over its score data: `load(db)` (its
// loadScoreData), then the pure `reminders(data, today)`.
template <typename Data, typename Reminders>
auto remindersFromScoreData(Result<std::any> loaded, Reminders reminders, const QDate &today)
    -> Result<decltype(reminders(std::declval<const Data &>(), today))>
{
    if (!loaded)
        return loaded.asFailure();
    return reminders(std::any_cast<const Data &>(loaded.value()), today);
}

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
