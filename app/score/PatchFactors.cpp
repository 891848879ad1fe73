#include "domain/PatchRules.h"
#include "i18n/Language.h"
#include "score/FactorSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

// 脆弱性対策: nothing exposed carries a known-exploited hole, updates are
// applied by their due dates, and the company's own software is current.
namespace kamae {
namespace score {

namespace {

struct PatchFactorText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::PatchFactorText)
};
using namespace support;

QString itemLabel(const domain::PatchItem &item)
{
    if (!item.cves.isEmpty())
        return item.cves.constFirst();
    if (!item.jvnIds.isEmpty())
        return item.jvnIds.constFirst();
    return item.product;
}

Factor exploitedFactor(const ScoreInput &input, const QDate &today,
                       const QHash<qint64, QString> &names)
{
    // The assets to protect first: whatever faces the internet, and
    // anything with an open known-exploited hole.
    QHash<qint64, const domain::PatchItem *> exploited; // asset → its first such item
    for (const domain::PatchItem &p : input.patches) {
        if (p.knownExploited && domain::isOpen(p) && !exploited.contains(p.assetId))
            exploited.insert(p.assetId, &p);
    }
    QSet<qint64> population;
    for (const domain::Asset &a : input.assets) {
        if (a.internetFacing)
            population.insert(a.id);
    }
    for (auto it = exploited.cbegin(); it != exploited.cend(); ++it)
        population.insert(it.key());

    Factor f = factor("patches.exploited", Category::Vulnerabilities, MeasureKind::Technical, 3,
                      modules::key::Patches);
    f.title = PatchFactorText::tr("No open known-exploited vulnerability");
    // Without a current feed nobody knows what is exploited: not measured,
    // whatever the register holds.
    if (!feedIsCurrent(input, today)) {
        f.measured = false;
        const int age = feedAgeDays(input, today);
        f.inputs = age < 0 ? PatchFactorText::tr("No vulnerability feed (KEV or JVN) was ever "
                                                 "imported.")
                           : PatchFactorText::tr("The newest vulnerability feed was imported %n "
                                                 "day(s) ago; it counts for %1 days.",
                                                 nullptr, age)
                                 .arg(input.feedMaxAgeDays);
        f.actions.append(action(f.id + QStringLiteral(":feed"),
                                PatchFactorText::tr("Import the current KEV catalogue or a JVN "
                                                    "feed and review the proposals"),
                                1.0, Effort::Hours, modules::key::Patches));
        return f;
    }
    f.applies = !population.isEmpty();
    const qint64 n = population.size();
    const qint64 bad = exploited.size();
    f.value = share(n - bad, n);
    f.inputs = PatchFactorText::tr("%1 of %n internet-facing or affected asset(s) have an open "
                                   "known-exploited vulnerability.",
                                   nullptr, static_cast<int>(n))
                   .arg(bad);
    // Record actions in a stable order: by asset id.
    QList<qint64> ids = exploited.keys();
    std::sort(ids.begin(), ids.end());
    for (int i = 0; i < ids.size(); ++i) {
        if (i == kRecordActionsPerFactor) {
            const int rest = static_cast<int>(ids.size() - i);
            f.actions.append(
                action(f.id + QStringLiteral(":more"),
                       PatchFactorText::tr("Close known-exploited vulnerabilities on %n more "
                                           "asset(s)",
                                           nullptr, rest),
                       share(rest, n), Effort::Days, modules::key::Patches));
            break;
        }
        const domain::PatchItem *item = exploited.value(ids.at(i));
        f.actions.append(
            action(f.id + QLatin1Char(':') + QString::number(item->id),
                   PatchFactorText::tr("Apply the update for %1 on “%2” (known exploited)")
                       .arg(itemLabel(*item), names.value(item->assetId)),
                   share(1, n), Effort::Hours, modules::key::Patches, item->id));
    }
    return f;
}

Factor overdueFactor(const ScoreInput &input, const QDate &today,
                     const QHash<qint64, QString> &names)
{
    Factor f = factor("patches.on_time", Category::Vulnerabilities, MeasureKind::Technical, 2,
                      modules::key::Patches);
    f.title = PatchFactorText::tr("Updates applied by their due dates");
    qint64 n = 0;
    QVector<const domain::PatchItem *> late;
    for (const domain::PatchItem &p : input.patches) {
        if (domain::isOpen(p)) {
            ++n;
            if (domain::isOverdue(p, today))
                late.append(&p);
        } else if (p.status == domain::PatchStatus::RiskAccepted) {
            ++n;
            if (domain::acceptanceNeedsReview(p, today))
                late.append(&p);
        }
    }
    if (input.patches.isEmpty()) {
        f.measured = false;
        f.inputs = PatchFactorText::tr("No patch item is recorded.");
        f.actions.append(action(f.id,
                                PatchFactorText::tr("Record the updates your devices and "
                                                    "software need, with their due dates"),
                                1.0, Effort::Hours, modules::key::Patches));
        return f;
    }
    if (n == 0) {
        // Every recorded item is applied: nothing is late.
        f.value = 1;
        f.inputs = PatchFactorText::tr("All %n recorded patch item(s) are applied.", nullptr,
                                       static_cast<int>(input.patches.size()));
        return f;
    }
    f.value = share(n - late.size(), n);
    f.inputs =
        PatchFactorText::tr("%1 of %n open or risk-accepted patch item(s) are past their date.",
                            nullptr, static_cast<int>(n))
            .arg(late.size());
    // The longest overdue first.
    std::stable_sort(
        late.begin(), late.end(), [](const domain::PatchItem *a, const domain::PatchItem *b) {
            const QDate da =
                a->status == domain::PatchStatus::RiskAccepted ? a->acceptedReviewDate : a->due;
            const QDate db =
                b->status == domain::PatchStatus::RiskAccepted ? b->acceptedReviewDate : b->due;
            return da < db;
        });
    for (int i = 0; i < late.size(); ++i) {
        if (i == kRecordActionsPerFactor) {
            const int rest = static_cast<int>(late.size() - i);
            f.actions.append(action(
                f.id + QStringLiteral(":more"),
                PatchFactorText::tr("Deal with %n more overdue patch item(s)", nullptr, rest),
                share(rest, n), Effort::Days, modules::key::Patches));
            break;
        }
        const domain::PatchItem *p = late.at(i);
        const QString text =
            p->status == domain::PatchStatus::RiskAccepted
                ? PatchFactorText::tr("Review the accepted risk of %1 on “%2”")
                      .arg(itemLabel(*p), names.value(p->assetId))
                : PatchFactorText::tr("Apply the overdue update for %1 on “%2” (due %3)")
                      .arg(itemLabel(*p), names.value(p->assetId), i18n::formatDate(p->due));
        f.actions.append(action(f.id + QLatin1Char(':') + QString::number(p->id), text, share(1, n),
                                Effort::Hours, modules::key::Patches, p->id));
    }
    return f;
}

Factor currentFactor(const ScoreInput &input, const QDate &today)
{
    Factor f = factor("patches.current", Category::Vulnerabilities, MeasureKind::Technical, 2,
                      modules::key::Patches);
    f.title = PatchFactorText::tr("Devices and software updated and supported");
    // Only what the company runs itself (as PatchDesk's stale list): not
    // data, accounts or cloud services.
    const QDate limit = today.addDays(-input.patchPolicy.staleAssetDays);
    qint64 n = 0;
    qint64 unsupported = 0;
    qint64 stale = 0;
    qint64 dated = 0; // with a last update date or marked end of support
    for (const domain::Asset &a : input.assets) {
        if (a.kind != domain::AssetKind::Device && a.kind != domain::AssetKind::Software)
            continue;
        ++n;
        dated += a.lastUpdated.isValid() || a.endOfSupport ? 1 : 0;
        if (a.endOfSupport)
            ++unsupported;
        else if (!a.lastUpdated.isValid() || a.lastUpdated < limit)
            ++stale;
    }
    if (n == 0) {
        f.measured = false;
        f.inputs = PatchFactorText::tr("No device or software is registered.");
        f.actions.append(action(f.id,
                                PatchFactorText::tr("Register your devices and software with "
                                                    "the date of their last update"),
                                1.0, Effort::Hours, modules::key::Assets));
        return f;
    }
    f.value = share(n - unsupported - stale, n);
    f.inputs = PatchFactorText::tr(
                   "Of %n device(s) and software, %1 are at end of support and %2 not updated "
                   "for %3 days or never recorded.",
                   nullptr, static_cast<int>(n))
                   .arg(unsupported)
                   .arg(stale)
                   .arg(input.patchPolicy.staleAssetDays);
    if (dated == 0) {
        // Nothing says when anything was updated: not recorded.
        f.measured = false;
        f.inputs = PatchFactorText::tr("No update date is recorded for the %n device(s) and "
                                       "software.",
                                       nullptr, static_cast<int>(n));
    }
    if (unsupported > 0)
        f.actions.append(
            action(f.id + QStringLiteral(":unsupported"),
                   PatchFactorText::tr("Replace or upgrade %n device(s) or software at end of "
                                       "support",
                                       nullptr, static_cast<int>(unsupported)),
                   share(unsupported, n), Effort::Days, modules::key::Patches));
    if (stale > 0)
        f.actions.append(
            action(f.id + QStringLiteral(":stale"),
                   PatchFactorText::tr("Update %n device(s) or software and record the date",
                                       nullptr, static_cast<int>(stale)),
                   share(stale, n), stale <= 20 ? Effort::Hours : Effort::Days, modules::key::Patches));
    return f;
}

} // namespace

QVector<Factor> patchFactors(const ScoreInput &input, const QDate &today)
{
    QHash<qint64, QString> names;
    names.reserve(input.assets.size());
    for (const domain::Asset &a : input.assets)
        names.insert(a.id, a.name);
    return {exploitedFactor(input, today, names), overdueFactor(input, today, names),
            currentFactor(input, today)};
}

} // namespace score
} // namespace kamae
