#pragma once

#include "core/Result.h"
#include "feeds/Feed.h"
#include "patches/Proposals.h"
#include "store/FeedStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace kamae {
namespace store {
class Database;
}
namespace patches {

struct PatchDeskText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::patches::PatchDesk)
};

// What the command line and the Patches page both do with a vault: turn
// the stored feeds, assets, aliases, items and dismissals into proposals;
// confirm and dismiss them; import a feed file.
// `entries`, when given, are the stored feed entries read earlier (they
// change only on import; reading 20,000 of them is most of the cost).
Result<QVector<Proposal>> currentProposals(store::Database &db, const QDate &today,
                                           const QVector<store::StoredEntry> *entries = nullptr);

// currentProposals() for a page that asks after every change: it reads the
// stored feed entries again only when the stored feeds changed since it
// last did (an import), not for an edited item or asset.
class ProposalSource final
{
public:
    Result<QVector<Proposal>> current(store::Database &db, const QDate &today);

private:
    QVector<store::StoredEntry> m_entries;
    QString m_feeds; // what the stored feeds were when the entries were read
};

// The proposals named by their proposalId(), each once, in the order given.
// Refuses the whole list, naming them, when any id is not among `proposals`
// (a typo, or a proposal already confirmed or dismissed).
Result<QVector<Proposal>> proposalsById(const QVector<Proposal> &proposals, const QStringList &ids);

// Stores the proposals as patch items (one transaction). Returns the items
// with their ids.
Result<QVector<domain::PatchItem>> confirmProposals(store::Database &db,
                                                    const QVector<Proposal> &proposals);
// Remembers that these proposals are not wanted for their assets.
Status dismissProposals(store::Database &db, const QVector<Proposal> &proposals,
                        const QDate &today);
QVector<store::Dismissal> dismissalsFor(const QVector<Proposal> &proposals, const QDate &today);

// Imports a parsed KEV or JVN feed, the one way in for the page, the command
// line and the demo: stores it (store::FeedStore::storeFeed, which refuses
// an older KEV catalogue) and brings the open patch items up to date with
// what it says about their CVEs (refreshItems: known exploitation, due
// dates, severity), all in one transaction. The proposals it raises are
// currentProposals() afterwards.
Result<store::FeedImportSummary> importFeed(store::Database &db, const feeds::Feed &feed);

// "KEV catalogue 2024.05.01: 29 entries, 3 new, 1 changed." in the current
// language, for the page and the command line alike.
QString importSummaryText(const store::FeedImportSummary &summary);
QString feedKindName(feeds::FeedKind kind);

// Devices and software last updated more than policy.staleAssetDays ago,
// never recorded, or at end of support; the unknown first, then the oldest.
QVector<domain::Asset> staleAssets(const QVector<domain::Asset> &assets,
                                   const domain::PatchPolicy &policy, const QDate &today);

// --- The items as the Patches page counts, starts and changes them ---

// What the page's summary says of the items: open (open or scheduled),
// overdue, open and known to be exploited, accepted risks due for review.
struct ItemTally
{
    int open = 0;
    int overdue = 0;
    int exploited = 0;
    int toReview = 0;

    void add(const domain::PatchItem &item, const QDate &today);
};

// A new item for the asset as "Add…" starts it: the asset's product and
// version, found today, due by policy.
domain::PatchItem newItemFor(const domain::Asset &asset, const domain::PatchPolicy &policy,
                             const QDate &today);

// Whether "Applied today" and "Accept risk" have anything to act on: an
// item not applied yet.
bool anyNotApplied(const QVector<domain::PatchItem> &items);

// The item as applied on `date`: the status, the date, and no risk
// acceptance left over from before (the page's "Applied today" and the
// editor).
domain::PatchItem markedApplied(domain::PatchItem item, const QDate &date);
// The items of `items` not yet applied, each marked applied on `date`
// (for an undoable change: `before` receives them as they were).
QVector<domain::PatchItem> markedApplied(const QVector<domain::PatchItem> &items, const QDate &date,
                                         QVector<domain::PatchItem> *before = nullptr);
// The items of `items` not yet applied, their risk accepted for `reason`
// until `reviewDate` (`before` as for markedApplied).
QVector<domain::PatchItem> riskAccepted(const QVector<domain::PatchItem> &items,
                                        const QString &reason, const QDate &reviewDate,
                                        QVector<domain::PatchItem> *before = nullptr);

} // namespace patches
} // namespace kamae
