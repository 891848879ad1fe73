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

// --- Marking items applied (the page's "Applied today" and the editor) ---

// The item as applied on `date`: the status, the date, and no risk
// acceptance left over from before.
domain::PatchItem markedApplied(domain::PatchItem item, const QDate &date);
// The items of `items` not yet applied, each marked applied on `date`
// (for an undoable change: `before` receives them as they were).
QVector<domain::PatchItem> markedApplied(const QVector<domain::PatchItem> &items,
                                         const QDate &date,
                                         QVector<domain::PatchItem> *before = nullptr);

} // namespace patches
} // namespace kamae
