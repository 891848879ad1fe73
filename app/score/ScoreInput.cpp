#include "score/ScoreInput.h"

#include "modules/Registry.h"

#include "core/Clock.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/FeedStore.h"
#include "store/OrganisationRepository.h"
#include "store/PatchRepository.h"
#include "store/PeopleRepository.h"
#include "score/ScoreRepository.h"

#include <algorithm>

namespace kamae {
namespace score {

Result<ScoreInput> loadScoreInput(store::Database &db)
{
    using R = Result<ScoreInput>;
    ScoreInput in;
    auto organisation = store::OrganisationRepository(db).load();
    if (!organisation)
        return R::failure(organisation.error());
    in.organisation = std::move(organisation).value();
    auto assets = store::AssetRepository(db).all();
    if (!assets)
        return R::failure(assets.error());
    in.assets = std::move(assets).value();
    store::PatchRepository patches(db);
    auto items = patches.all();
    if (!items)
        return R::failure(items.error());
    in.patches = std::move(items).value();
    in.patchPolicy = patches.policy();
    store::BackupRepository backups(db);
    auto jobs = backups.jobs();
    if (!jobs)
        return R::failure(jobs.error());
    in.backupJobs = std::move(jobs).value();
    auto events = backups.events();
    if (!events)
        return R::failure(events.error());
    in.backupEvents = std::move(events).value();
    auto assessment = store::ScoreRepository(db).latestAssessment();
    if (!assessment)
        return R::failure(assessment.error());
    in.assessment = std::move(assessment).value();
    in.feedMaxAgeDays = store::ScoreRepository(db).feedMaxAgeDays();
    auto feeds = store::FeedStore(db).feeds();
    if (!feeds)
        return R::failure(feeds.error());
    for (const store::StoredFeed &f : *feeds) {
        if (!f.importedAt.isValid())
            continue;
        const QDate day = clock::dateIn(f.importedAt, clock::timeZone());
        if (!in.newestFeedImport.isValid() || day > in.newestFeedImport)
            in.newestFeedImport = day;
    }
    store::PeopleRepository people(db);
    auto list = people.all();
    if (!list)
        return R::failure(list.error());
    in.people = std::move(list).value();
    auto owners = people.actionOwners();
    if (!owners)
        return R::failure(owners.error());
    in.actionOwners = std::move(owners).value();
    for (const modules::ModuleInfo *module : modules::all()) {
        if (!module->loadScoreData)
            continue;
        auto data = module->loadScoreData(db);
        if (!data)
            return R::failure(data.error());
        in.moduleData.insert(module->key, std::move(data).value());
    }
    return in;
}

const QStringList &scoreInputTables()
{
    // meta holds the patch policy and the feed age limit; of the feeds only
    // their import dates count, which live in feed, not in feed_entry.
    static const QStringList tables = {
        QStringLiteral("organisation"),
        QStringLiteral("site"),
        QStringLiteral("asset"),
        QStringLiteral("patch_item"),
        QStringLiteral("meta"),
        QStringLiteral("backup_job"),
        QStringLiteral("backup_copy"),
        QStringLiteral("backup_protects"),
        QStringLiteral("backup_event"),
        QStringLiteral("self_assessment"),
        QStringLiteral("self_assessment_answer"),
        QStringLiteral("feed"),
        QStringLiteral("person"),
        QStringLiteral("action_owner"),
    };
    // and what the modules that load their own score data read
    // (ModuleInfo::loadScoreData): their tables and scoreTables.
    static const QStringList withModules = [] {
        QStringList all = tables;
        for (const modules::ModuleInfo *m : modules::all()) {
            if (!m->loadScoreData)
                continue;
            for (const QStringList &some : {m->tables, m->scoreTables})
                for (const QString &t : some)
                    if (!all.contains(t))
                        all.append(t);
        }
        return all;
    }();
    return withModules;
}

int feedAgeDays(const ScoreInput &input, const QDate &today)
{
    if (!input.newestFeedImport.isValid())
        return -1;
    return static_cast<int>(std::max<qint64>(0, input.newestFeedImport.daysTo(today)));
}

bool feedIsCurrent(const ScoreInput &input, const QDate &today)
{
    const int age = feedAgeDays(input, today);
    return age >= 0 && age <= input.feedMaxAgeDays;
}

} // namespace score
} // namespace kamae
