#include "patches/Proposals.h"

#include "domain/PatchRules.h"
#include "i18n/Language.h"
#include "patches/ProductLines.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace kamae {
namespace patches {

namespace {
struct ProposalText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::patches::ProposalText)
};
} // namespace

QString dismissalKey(qint64 assetId, const QString &sourceKey)
{
    return QString::number(assetId) + QLatin1Char('|') + sourceKey;
}

bool Proposal::operator==(const Proposal &o) const
{
    return assetId == o.assetId && sourceKeys == o.sourceKeys && item == o.item &&
           title == o.title && description == o.description && requiredAction == o.requiredAction &&
           url == o.url && published == o.published && state == o.state && fixedBy == o.fixedBy &&
           reason == o.reason && productLine == o.productLine;
}

QString proposalId(const Proposal &proposal)
{
    return QString::number(proposal.assetId) + QLatin1Char(':') + proposal.sourceKeys.value(0);
}

QString reasonText(const Proposal &p)
{
    const MatchReason &r = p.reason;
    const QString named = QStringLiteral("%1 %2").arg(r.feedVendor, r.feedProduct).simplified();
    QString text;
    switch (r.reading) {
    case NameReading::AsWritten:
        text = ProposalText::tr("the feed names %1").arg(named);
        break;
    case NameReading::Part:
        text = ProposalText::tr("the feed names %1, of which %2 is a part").arg(named, r.readAs);
        break;
    case NameReading::Component:
        text = ProposalText::tr("the feed names %1, a component of %2").arg(named, r.readAs);
        break;
    case NameReading::Family:
        text = ProposalText::tr("the feed names %1, of the same product family as %2")
                   .arg(named, r.readAs);
        break;
    }
    if (r.alias)
        text +=
            ProposalText::tr("; the alias table says the register calls it %1").arg(p.item.product);
    else if (r.byLine && !p.productLine.isEmpty())
        text += ProposalText::tr("; the asset runs %1").arg(p.productLine);
    if (r.noVendor)
        text += ProposalText::tr("; the asset has no vendor, so the product alone decided");
    if (!p.productLine.isEmpty() && !r.byLine)
        text += ProposalText::tr("; product line %1").arg(p.productLine);
    return text;
}

QString stateText(const Proposal &p, const QString &date)
{
    if (p.state == ProposalState::ProbablyFixed)
        return ProposalText::tr("probably fixed by the update of %1")
            .arg(date.isEmpty() ? i18n::formatDate(p.fixedBy) : date);
    return ProposalText::tr("new");
}

int countNew(const QVector<Proposal> &proposals)
{
    return static_cast<int>(std::count_if(proposals.begin(), proposals.end(), [](const auto &p) {
        return p.state == ProposalState::New;
    }));
}

domain::Severity entrySeverity(const feeds::FeedEntry &entry)
{
    if (entry.cvssScore >= 0)
        return domain::severityFromCvss(entry.cvssScore);
    return domain::severityFromText(entry.cvssSeverity);
}

namespace {

QString assetProductName(const domain::Asset &a)
{
    if (a.vendor.trimmed().isEmpty())
        return a.product.trimmed();
    return a.vendor.trimmed() + QLatin1Char(' ') + a.product.trimmed();
}

bool intersects(const QStringList &a, const QSet<QString> &b)
{
    for (const QString &s : a)
        if (b.contains(s))
            return true;
    return false;
}

// What one asset already has: sources and identifiers of its items.
struct Known
{
    QSet<QString> sources;
    QSet<QString> ids; // CVE and JVN ids
};

} // namespace

QVector<Proposal> proposePatches(const ProposalInput &input)
{
    QVector<AssetProduct> products;
    QHash<qint64, const domain::Asset *> assets;
    products.reserve(input.assets.size());
    for (const domain::Asset &a : input.assets) {
        assets.insert(a.id, &a);
        // Data and accounts run no software of their own (an administrator
        // account names the product it logs in to, which is patched as the
        // device).
        if (a.kind == domain::AssetKind::Data || a.kind == domain::AssetKind::Account)
            continue;
        if (!a.product.trimmed().isEmpty())
            products.append({a.id, a.vendor, a.product, a.version});
    }
    if (products.isEmpty() || input.entries.isEmpty())
        return {};

    QHash<qint64, Known> known;
    for (const domain::PatchItem &item : input.items) {
        Known &k = known[item.assetId];
        if (!item.sourceKey.isEmpty())
            k.sources.insert(item.sourceKey);
        for (const QString &id : item.cves)
            k.ids.insert(id);
        for (const QString &id : item.jvnIds)
            k.ids.insert(id);
    }

    // KEV entries first, so that a JVN entry about the same CVE joins the
    // KEV proposal instead of becoming a second one.
    QVector<int> order(input.entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return input.entries.at(a).kind == feeds::FeedKind::Kev &&
               input.entries.at(b).kind != feeds::FeedKind::Kev;
    });

    // The product line each matched asset runs, read once per asset.
    QHash<qint64, AssetLine> lines;
    auto lineOf = [&](qint64 assetId) -> const AssetLine & {
        auto it = lines.constFind(assetId);
        if (it == lines.constEnd()) {
            const domain::Asset &a = *assets.value(assetId);
            it = lines.insert(assetId, assetLine(a.vendor, a.product, a.version));
        }
        return *it;
    };

    const ProductMatcher matcher(products, input.aliases);
    QVector<Proposal> proposals;
    // (asset, CVE) → index in proposals
    QHash<QString, int> byCve;
    // (asset, CVE) the user dismissed through another entry: a JVN entry
    // about a dismissed KEV entry's CVE is not proposed either.
    QSet<QString> dismissedCves;
    auto cveKey = [](qint64 assetId, const QString &cve) {
        return QString::number(assetId) + QLatin1Char('|') + cve;
    };
    for (int e : order) {
        const FeedRecord &record = input.entries.at(e);
        const feeds::FeedEntry &entry = *record.entry;
        for (const AssetMatch &match : matcher.matchesFor(entryProducts(entry))) {
            const qint64 assetId = match.assetId;
            // Never for a product line that did not exist yet.
            const AssetLine &line = lineOf(assetId);
            if (olderThanLine(entry.cves, entry.published, line.earliestRelease()))
                continue;
            if (input.dismissed.contains(dismissalKey(assetId, record.sourceKey))) {
                for (const QString &cve : entry.cves)
                    dismissedCves.insert(cveKey(assetId, cve));
                continue;
            }
            const Known k = known.value(assetId);
            if (k.sources.contains(record.sourceKey) || intersects(entry.cves, k.ids) ||
                k.ids.contains(entry.id))
                continue;
            bool dismissedBefore = false;
            for (const QString &cve : entry.cves)
                dismissedBefore |= dismissedCves.contains(cveKey(assetId, cve));
            if (dismissedBefore)
                continue;
            int joined = -1;
            for (const QString &cve : entry.cves) {
                joined = byCve.value(cveKey(assetId, cve), -1);
                if (joined >= 0)
                    break;
            }
            if (joined >= 0) {
                Proposal &p = proposals[joined];
                p.sourceKeys.append(record.sourceKey);
                for (const QString &cve : entry.cves) {
                    if (!p.item.cves.contains(cve))
                        p.item.cves.append(cve);
                    byCve.insert(cveKey(assetId, cve), joined);
                }
                if (record.kind == feeds::FeedKind::Jvn && !p.item.jvnIds.contains(entry.id))
                    p.item.jvnIds.append(entry.id);
                if (p.item.cvssScore < 0 && entry.cvssScore >= 0) {
                    p.item.cvssScore = entry.cvssScore;
                    p.item.severity = entrySeverity(entry);
                    p.item.due = domain::dueDate(p.item, input.policy);
                }
                if (p.description.isEmpty())
                    p.description = entry.description;
                continue;
            }
            const domain::Asset &asset = *assets.value(assetId);
            Proposal p;
            p.assetId = assetId;
            p.sourceKeys = {record.sourceKey};
            p.title = entry.title;
            p.description = entry.description;
            p.requiredAction = entry.requiredAction;
            p.url = entry.url;
            p.published = entry.published;
            p.reason = match.reason;
            p.productLine = line.names();
            // Known before the asset's last update: that update probably
            // brought the fix.
            if (entry.published.isValid() && asset.lastUpdated.isValid() &&
                entry.published < asset.lastUpdated) {
                p.state = ProposalState::ProbablyFixed;
                p.fixedBy = asset.lastUpdated;
            }
            domain::PatchItem &item = p.item;
            item.assetId = assetId;
            item.product = assetProductName(asset);
            item.installedVersion = asset.version.trimmed();
            item.cves = entry.cves;
            if (record.kind == feeds::FeedKind::Jvn)
                item.jvnIds = {entry.id};
            item.cvssScore = entry.cvssScore;
            item.severity = entrySeverity(entry);
            item.knownExploited = entry.knownExploited;
            item.knownRansomwareUse = entry.knownRansomwareUse;
            item.found = input.today;
            item.due = domain::dueDate(item, input.policy);
            item.notes = entry.title;
            item.sourceKey = record.sourceKey;
            const int index = static_cast<int>(proposals.size());
            for (const QString &cve : entry.cves)
                byCve.insert(cveKey(assetId, cve), index);
            proposals.append(std::move(p));
        }
    }
    std::stable_sort(proposals.begin(), proposals.end(), [](const Proposal &a, const Proposal &b) {
        if (a.state != b.state)
            return a.state == ProposalState::New;
        if (a.item.knownExploited != b.item.knownExploited)
            return a.item.knownExploited;
        if (a.item.knownRansomwareUse != b.item.knownRansomwareUse)
            return a.item.knownRansomwareUse;
        if (a.item.cvssScore != b.item.cvssScore)
            return a.item.cvssScore > b.item.cvssScore;
        return a.published > b.published;
    });
    return proposals;
}

QVector<domain::PatchItem> refreshItems(const QVector<domain::PatchItem> &items,
                                        const QVector<FeedRecord> &entries,
                                        const domain::PatchPolicy &policy)
{
    QHash<QString, QVector<const FeedRecord *>> byId; // CVE, JVN id and source key
    for (const FeedRecord &r : entries) {
        byId[r.sourceKey].append(&r);
        for (const QString &cve : r.entry->cves)
            byId[cve].append(&r);
        if (r.kind == feeds::FeedKind::Jvn)
            byId[r.entry->id].append(&r);
    }
    QVector<domain::PatchItem> changed;
    for (const domain::PatchItem &item : items) {
        if (!domain::isOpen(item))
            continue;
        QVector<const FeedRecord *> about = byId.value(item.sourceKey);
        for (const QString &id : item.cves + item.jvnIds)
            about += byId.value(id);
        if (about.isEmpty())
            continue;
        domain::PatchItem next = item;
        for (const FeedRecord *r : std::as_const(about)) {
            if (r->entry->knownExploited)
                next.knownExploited = true;
            if (r->entry->knownRansomwareUse)
                next.knownRansomwareUse = true;
            if (next.cvssScore < 0 && r->entry->cvssScore >= 0)
                next.cvssScore = r->entry->cvssScore;
            // A severity set by hand may be higher than the feed's: keep it.
            if (entrySeverity(*r->entry) > next.severity)
                next.severity = entrySeverity(*r->entry);
        }
        // Only what the feed raised moves the date: a due date the user set
        // by hand for other reasons stays.
        const bool raised =
            next.knownExploited != item.knownExploited || next.severity != item.severity;
        if (raised && next.found.isValid()) {
            const QDate byPolicy = domain::dueDate(next, policy);
            if (!next.due.isValid() || byPolicy < next.due)
                next.due = byPolicy;
        }
        if (next != item)
            changed.append(next);
    }
    return changed;
}

} // namespace patches
} // namespace kamae
