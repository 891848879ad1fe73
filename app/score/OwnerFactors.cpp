#include "domain/AssetRules.h"
#include "domain/PatchRules.h"
#include "score/FactorSupport.h"
#include "score/Owners.h"

#include <QCoreApplication>
#include <QHash>

// 担当者: every record that matters has someone who answers for it. An
// action-only factor: it never applies to the score (no points are won or
// lost by it), it only puts "Assign an owner to …" among the next actions.
namespace kamae {
namespace score {

namespace {

struct OwnerFactorText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::OwnerFactorText)
};
using namespace support;

} // namespace

qint64 assetOwner(const ScoreInput &input, qint64 assetId)
{
    for (const domain::Asset &a : input.assets) {
        if (a.id == assetId)
            return a.ownerId;
    }
    return 0;
}

qint64 patchOwner(const ScoreInput &input, const domain::PatchItem &item)
{
    return item.ownerId != 0 ? item.ownerId : assetOwner(input, item.assetId);
}

qint64 jobOwner(const ScoreInput &input, qint64 jobId)
{
    for (const domain::BackupJob &j : input.backupJobs) {
        if (j.id == jobId)
            return j.ownerId;
    }
    return 0;
}

qint64 ownerOfAction(const ScoreInput &input, const Action &action)
{
    if (const qint64 own = input.actionOwners.value(action.key, 0); own != 0)
        return own;
    return recordOwnerOfAction(input, action);
}

qint64 recordOwnerOfAction(const ScoreInput &input, const Action &action)
{
    if (action.recordId == 0)
        return 0;
    if (action.place == modules::key::Assets)
        return assetOwner(input, action.recordId);
    if (action.place == modules::key::Patches) {
        for (const domain::PatchItem &p : input.patches) {
            if (p.id == action.recordId)
                return patchOwner(input, p);
        }
        return 0;
    }
    if (action.place == modules::key::Backups)
        return jobOwner(input, action.recordId);
    return 0;
}

QString ownerName(const ScoreInput &input, qint64 personId)
{
    const domain::Person *p = domain::findPerson(input.people, personId);
    return p ? p->name : QString();
}

QVector<Factor> ownerFactors(const ScoreInput &input, const QDate & /*today*/)
{
    int assets = 0;
    int patches = 0;
    int jobs = 0;
    int records = 0;
    for (const domain::Asset &a : input.assets) {
        if (domain::importance(a) < 3)
            continue;
        ++records;
        assets += a.ownerId == 0 ? 1 : 0;
    }
    // An item without an owner of its own falls to its asset's: looked up
    // in a table, not by a search through every asset for each item.
    QHash<qint64, qint64> ownerOfAsset;
    for (const domain::PatchItem &p : input.patches) {
        if (!domain::isOpen(p))
            continue;
        ++records;
        if (p.ownerId != 0)
            continue;
        if (ownerOfAsset.isEmpty()) {
            ownerOfAsset.reserve(input.assets.size());
            for (const domain::Asset &a : input.assets)
                ownerOfAsset.insert(a.id, a.ownerId);
        }
        patches += ownerOfAsset.value(p.assetId, 0) == 0 ? 1 : 0;
    }
    for (const domain::BackupJob &j : input.backupJobs) {
        ++records;
        jobs += j.ownerId == 0 ? 1 : 0;
    }
    const int unassigned = assets + patches + jobs;

    Factor f = factor("owners.assigned", Category::Assets, MeasureKind::Human, 0,
                      modules::key::Organisation);
    // Action-only: left out of the weighing whatever the other factors do,
    // so that it can never move a point.
    f.applies = false;
    f.measured = records > 0;
    f.value = records > 0 ? share(records - unassigned, records) : 0;
    f.title = OwnerFactorText::tr("Records that matter have an owner");
    f.inputs = OwnerFactorText::tr("%1 of %n record(s) that matter have an owner (important "
                                   "assets, open patch items, backup jobs).",
                                   nullptr, records)
                   .arg(records - unassigned);
    if (unassigned > 0) {
        QStringList parts;
        if (assets > 0)
            parts << OwnerFactorText::tr("%n important asset(s)", nullptr, assets);
        if (patches > 0)
            parts << OwnerFactorText::tr("%n open patch item(s)", nullptr, patches);
        if (jobs > 0)
            parts << OwnerFactorText::tr("%n backup job(s)", nullptr, jobs);
        const QString list =
            parts.size() == 1
                ? parts.first()
                : OwnerFactorText::tr("%1 and %2")
                      .arg(parts.mid(0, parts.size() - 1)
                               .join(OwnerFactorText::tr(", ", "between items of a list")),
                           parts.last());
        const Place place = assets > 0    ? modules::key::Assets
                            : patches > 0 ? modules::key::Patches
                                          : modules::key::Backups;
        Action a = action(QString::fromLatin1(kAssignOwnersAction),
                          OwnerFactorText::tr("Assign an owner to %1").arg(list), 1.0 - f.value,
                          Effort::Minutes, place);
        a.actionOnly = true;
        f.actions.append(a);
    }
    return {f};
}

} // namespace score
} // namespace kamae
