#include "patches/PatchDesk.h"

#include "domain/PatchRules.h"
#include "i18n/Language.h"
#include "reminders/Reminders.h"
#include "score/ScoreCache.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/PatchRepository.h"
#include "store/Transaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace kamae {
namespace patches {

Result<QVector<Proposal>> currentProposals(store::Database &db, const QDate &today,
                                           const QVector<store::StoredEntry> *cached)
{
    using R = Result<QVector<Proposal>>;
    store::FeedStore feeds(db);
    Result<QVector<store::StoredEntry>> read = QVector<store::StoredEntry>();
    if (!cached) {
        read = feeds.entries();
        if (!read)
            return R::failure(read.error());
    }
    const QVector<store::StoredEntry> &entries = cached ? *cached : read.value();
    if (entries.isEmpty())
        return QVector<Proposal>();
    auto assets = store::AssetRepository(db).all();
    if (!assets)
        return R::failure(assets.error());
    auto aliases = feeds.aliases();
    if (!aliases)
        return R::failure(aliases.error());
    store::PatchRepository patches(db);
    auto items = patches.all();
    if (!items)
        return R::failure(items.error());
    auto dismissals = feeds.dismissals();
    if (!dismissals)
        return R::failure(dismissals.error());

    ProposalInput input;
    input.assets = std::move(assets).value();
    input.aliases = std::move(aliases).value();
    input.items = std::move(items).value();
    for (const store::Dismissal &d : dismissals.value())
        input.dismissed.insert(dismissalKey(d.assetId, d.sourceKey));
    input.policy = patches.policy();
    input.today = today;
    input.entries.reserve(entries.size());
    for (const store::StoredEntry &e : entries)
        input.entries.append({e.kind, &e.entry, store::sourceKey(e.kind, e.entry.id)});
    return proposePatches(input);
}

Result<QVector<Proposal>> ProposalSource::current(store::Database &db, const QDate &today)
{
    store::FeedStore store(db);
    auto feeds = store.feeds();
    if (!feeds)
        return feeds.asFailure();
    QString signature;
    for (const store::StoredFeed &f : feeds.value())
        signature += QStringLiteral("%1|%2|%3;")
                         .arg(f.version, f.importedAt.toString(Qt::ISODateWithMs))
                         .arg(f.storedEntries);
    if (signature != m_feeds || signature.isEmpty()) {
        auto entries = store.entries();
        if (!entries)
            return entries.asFailure();
        m_entries = std::move(entries).value();
        m_feeds = signature;
    }
    return currentProposals(db, today, &m_entries);
}

Result<QVector<Proposal>> proposalsById(const QVector<Proposal> &proposals, const QStringList &ids)
{
    QHash<QString, const Proposal *> byId;
    for (const Proposal &p : proposals)
        byId.insert(proposalId(p), &p);
    QVector<Proposal> out;
    QStringList unknown;
    QSet<QString> taken;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        const Proposal *p = byId.value(id, nullptr);
        if (!p) {
            unknown << id;
            continue;
        }
        if (taken.contains(id))
            continue;
        taken.insert(id);
        out.append(*p);
    }
    if (!unknown.isEmpty())
        return Result<QVector<Proposal>>::failure(
            PatchDeskText::tr("No current proposal has the id(s) %1. Nothing was changed.", nullptr,
                              static_cast<int>(unknown.size()))
                .arg(unknown.join(PatchDeskText::tr(", "))));
    return out;
}

Result<QVector<domain::PatchItem>> confirmProposals(store::Database &db,
                                                    const QVector<Proposal> &proposals)
{
    QVector<domain::PatchItem> items;
    items.reserve(proposals.size());
    for (const Proposal &p : proposals)
        items.append(p.item);
    return store::PatchRepository(db).apply({}, items, QStringLiteral("confirm"));
}

QVector<store::Dismissal> dismissalsFor(const QVector<Proposal> &proposals, const QDate &today)
{
    QVector<store::Dismissal> out;
    for (const Proposal &p : proposals)
        for (const QString &key : p.sourceKeys)
            out.append({p.assetId, key, today});
    return out;
}

Status dismissProposals(store::Database &db, const QVector<Proposal> &proposals, const QDate &today)
{
    return store::FeedStore(db).dismiss(dismissalsFor(proposals, today));
}

Result<store::FeedImportSummary> importFeed(store::Database &db, const feeds::Feed &feed)
{
    // Stored entries and refreshed items commit together or not at all.
    store::Transaction tx(db);
    if (!tx)
        return tx.failure();
    auto stored = store::FeedStore(db).storeFeed(feed);
    if (!stored)
        return stored;
    store::FeedImportSummary summary = std::move(stored).value();

    // Open items learn what the file says about their CVEs.
    QVector<FeedRecord> records;
    records.reserve(feed.entries.size());
    for (const feeds::FeedEntry &e : feed.entries)
        records.append({feed.kind, &e, store::sourceKey(feed.kind, e.id)});
    store::PatchRepository repo(db);
    auto items = repo.all();
    if (!items)
        return items.asFailure();
    const QVector<domain::PatchItem> changed = refreshItems(items.value(), records, repo.policy());
    if (!changed.isEmpty()) {
        QHash<qint64, const domain::PatchItem *> byId;
        for (const domain::PatchItem &p : items.value())
            byId.insert(p.id, &p);
        QVector<domain::PatchItem> before;
        for (const domain::PatchItem &p : changed)
            before.append(*byId.value(p.id));
        if (auto refreshed = repo.apply(before, changed, QStringLiteral("feed")); !refreshed)
            return refreshed.asFailure();
    }
    summary.itemsRefreshed = static_cast<int>(changed.size());
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return summary;
}

QString feedKindName(feeds::FeedKind kind)
{
    return kind == feeds::FeedKind::Kev ? PatchDeskText::tr("CISA KEV catalogue")
                                        : PatchDeskText::tr("JVN iPedia feed");
}

QString importSummaryText(const store::FeedImportSummary &s)
{
    QStringList parts;
    parts << PatchDeskText::tr("%1 %2: %n entry(ies) in the file", nullptr, s.fileEntries)
                 .arg(feedKindName(s.kind), s.version);
    if (s.added + s.updated + s.removed == 0)
        parts << PatchDeskText::tr("nothing new");
    if (s.added > 0)
        parts << PatchDeskText::tr("%n new", nullptr, s.added);
    if (s.updated > 0)
        parts << PatchDeskText::tr("%n changed", nullptr, s.updated);
    if (s.removed > 0)
        parts << PatchDeskText::tr("%n withdrawn", nullptr, s.removed);
    if (s.itemsRefreshed > 0)
        parts << PatchDeskText::tr("%n open patch item(s) updated", nullptr, s.itemsRefreshed);
    return parts.join(PatchDeskText::tr(", ")) + PatchDeskText::tr(".");
}

QVector<domain::Asset> staleAssets(const QVector<domain::Asset> &assets,
                                   const domain::PatchPolicy &policy, const QDate &today)
{
    QVector<domain::Asset> out;
    const QDate limit = today.addDays(-policy.staleAssetDays);
    for (const domain::Asset &a : assets) {
        // Only what the company runs itself can be behind on updates: not
        // data, not accounts (they name the product they log in to), not
        // cloud services (their provider updates them).
        if (a.kind != domain::AssetKind::Device && a.kind != domain::AssetKind::Software)
            continue;
        // No update can come for an end-of-support version, however recent
        // the last one was.
        if (a.endOfSupport || !a.lastUpdated.isValid() || a.lastUpdated < limit)
            out.append(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const domain::Asset &a, const domain::Asset &b) {
        // Never recorded first: nobody knows.
        if (a.lastUpdated.isValid() != b.lastUpdated.isValid())
            return !a.lastUpdated.isValid();
        return a.lastUpdated < b.lastUpdated;
    });
    return out;
}

} // namespace patches

namespace reminders {

namespace {
struct PatchReminderText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::reminders::PatchReminderText)
};

ReminderSeverity severityOf(const domain::PatchItem &p)
{
    if (p.knownExploited || p.severity == domain::Severity::Critical)
        return ReminderSeverity::Critical;
    if (p.severity == domain::Severity::High)
        return ReminderSeverity::High;
    return ReminderSeverity::Medium;
}

QString itemName(const domain::PatchItem &p)
{
    QString name = p.product;
    if (!p.cves.isEmpty())
        name += QStringLiteral(" (%1)").arg(p.cves.join(QStringLiteral(", ")));
    else if (!p.jvnIds.isEmpty())
        name += QStringLiteral(" (%1)").arg(p.jvnIds.join(QStringLiteral(", ")));
    return name;
}
} // namespace

// Each open or scheduled item's due date, and each accepted risk's review.
// Read from the score's input, which the unlock has just read anyway
// (score::ScoreCache): not the items and asset names a second time.
Result<QVector<Reminder>> patchReminders(store::Database &db, const QDate &today)
{
    const auto input = score::ScoreCache::inputOf(db);
    if (!input)
        return input.asFailure();
    QHash<qint64, QString> assetNames;
    for (const domain::PatchItem &p : input->patches)
        assetNames.insert(p.assetId, QString());
    for (const domain::Asset &a : input->assets) {
        if (const auto it = assetNames.find(a.id); it != assetNames.end())
            *it = a.name;
    }
    QVector<Reminder> all;
    for (const domain::PatchItem &p : input->patches) {
        Reminder r;
        r.module = modules::key::Patches;
        r.recordId = p.id;
        const QString asset = assetNames.value(p.assetId);
        if ((p.status == domain::PatchStatus::Open || p.status == domain::PatchStatus::Scheduled) &&
            p.due.isValid()) {
            r.uid = QStringLiteral("patch-item-%1").arg(p.id);
            r.kind = kind::PatchDue;
            r.title =
                PatchReminderText::tr("Apply the update for %1 on %2").arg(itemName(p), asset);
            r.detail =
                p.knownExploited
                    ? PatchReminderText::tr("Known to be exploited in attacks. Found %1.")
                          .arg(i18n::formatDate(p.found))
                    : PatchReminderText::tr("Severity: %1. Found %2.")
                          .arg(domain::PatchText::severity(p.severity), i18n::formatDate(p.found));
            r.due = p.due;
            r.severity = severityOf(p);
        } else if (p.status == domain::PatchStatus::RiskAccepted &&
                   p.acceptedReviewDate.isValid()) {
            r.uid = QStringLiteral("patch-item-%1-review").arg(p.id);
            r.kind = kind::RiskReview;
            r.title =
                PatchReminderText::tr("Review the accepted risk: %1 on %2").arg(itemName(p), asset);
            r.detail = PatchReminderText::tr("Reason given: %1").arg(p.acceptedReason);
            r.due = p.acceptedReviewDate;
            r.severity = ReminderSeverity::Medium;
        } else {
            continue;
        }
        r.state = stateFor(r.due, today, kDueSoonDays);
        all.append(r);
    }
    return all;
}

} // namespace reminders
} // namespace kamae

// --- The items as the page counts, starts and changes them -------------------

namespace kamae {
namespace patches {

namespace {

// Each item not yet applied, changed by `change`; `before` receives them
// as they were.
template <typename Change>
QVector<domain::PatchItem> changeNotApplied(const QVector<domain::PatchItem> &items,
                                            QVector<domain::PatchItem> *before, Change change)
{
    QVector<domain::PatchItem> after;
    for (const domain::PatchItem &p : items) {
        if (p.status == domain::PatchStatus::Applied)
            continue;
        if (before)
            before->append(p);
        after.append(change(p));
    }
    return after;
}

} // namespace

void ItemTally::add(const domain::PatchItem &item, const QDate &today)
{
    if (domain::isOpen(item)) {
        ++open;
        exploited += item.knownExploited ? 1 : 0;
    }
    overdue += domain::isOverdue(item, today) ? 1 : 0;
    toReview += domain::acceptanceNeedsReview(item, today) ? 1 : 0;
}

domain::PatchItem newItemFor(const domain::Asset &asset, const domain::PatchPolicy &policy,
                             const QDate &today)
{
    domain::PatchItem item;
    item.assetId = asset.id;
    item.product = QStringList{asset.vendor, asset.product}.join(QLatin1Char(' ')).trimmed();
    item.installedVersion = asset.version;
    item.found = today;
    item.due = domain::dueDate(item, policy);
    return item;
}

bool anyNotApplied(const QVector<domain::PatchItem> &items)
{
    return std::any_of(items.cbegin(), items.cend(), [](const domain::PatchItem &p) {
        return p.status != domain::PatchStatus::Applied;
    });
}

domain::PatchItem markedApplied(domain::PatchItem item, const QDate &date)
{
    item.status = domain::PatchStatus::Applied;
    item.applied = date;
    item.acceptedReason.clear();
    item.acceptedReviewDate = QDate();
    return item;
}

QVector<domain::PatchItem> markedApplied(const QVector<domain::PatchItem> &items, const QDate &date,
                                         QVector<domain::PatchItem> *before)
{
    return changeNotApplied(items, before,
                            [&](const domain::PatchItem &p) { return markedApplied(p, date); });
}

QVector<domain::PatchItem> riskAccepted(const QVector<domain::PatchItem> &items,
                                        const QString &reason, const QDate &reviewDate,
                                        QVector<domain::PatchItem> *before)
{
    return changeNotApplied(items, before, [&](domain::PatchItem p) {
        p.status = domain::PatchStatus::RiskAccepted;
        p.acceptedReason = reason;
        p.acceptedReviewDate = reviewDate;
        return p;
    });
}

} // namespace patches
} // namespace kamae
