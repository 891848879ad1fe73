#pragma once

#include "domain/Asset.h"
#include "domain/Patch.h"
#include "feeds/Feed.h"
#include "patches/Matching.h"

#include <QDate>
#include <QSet>
#include <QVector>

// From feed matches to patch items: what to propose, and what a newer feed
// changes in the items already there. Pure functions of their inputs.
namespace kamae {
namespace patches {

struct FeedRecord
{
    feeds::FeedKind kind = feeds::FeedKind::Kev;
    const feeds::FeedEntry *entry = nullptr;
    QString sourceKey;
};

// Whether a proposal waits for a decision, or the asset's last update
// probably fixed it already (reviewable, not counted as open).
enum class ProposalState
{
    New,
    ProbablyFixed,
};

// One suggested patch item: a feed entry (or a KEV entry and the JVN entries
// about the same CVEs) that names a product an asset runs.
struct Proposal
{
    qint64 assetId = 0;
    QStringList sourceKeys; // the first is the main one: KEV before JVN
    domain::PatchItem item; // ready to store: found today, due by policy
    QString title;
    QString description;
    QString requiredAction; // KEV's instruction
    QString url;
    QDate published; // KEV dateAdded, JVN first publication
    ProposalState state = ProposalState::New;
    // ProbablyFixed: the asset's last update, after the entry was published.
    QDate fixedBy;
    MatchReason reason;  // how the feed's name reached the asset
    QString productLine; // the asset's product line(s) when known: "Windows 11"

    // Every field: a page shows proposals again only when they differ.
    bool operator==(const Proposal &o) const;
    bool operator!=(const Proposal &o) const { return !(*this == o); }
};

// "12:KEV:CVE-2024-21762": the asset's id and the main source, stable while
// both exist, for the command line.
QString proposalId(const Proposal &proposal);

// Why it matched, in words: "the feed names Adobe "Acrobat and Reader", read
// as Reader, of the family of Acrobat Reader DC".
QString reasonText(const Proposal &proposal);
// "new" or "probably fixed by the update of 2026-11-14", the date as the
// current language writes it, or as `date` when given (the command line
// writes ISO dates).
QString stateText(const Proposal &proposal, const QString &date = QString());
int countNew(const QVector<Proposal> &proposals);

struct ProposalInput
{
    QVector<domain::Asset> assets;
    QVector<FeedRecord> entries;
    QVector<ProductAlias> aliases;
    QVector<domain::PatchItem> items; // existing: their CVEs and sources are not proposed again
    QSet<QString> dismissed;          // dismissalKey(assetId, sourceKey)
    domain::PatchPolicy policy;
    QDate today;
};

QString dismissalKey(qint64 assetId, const QString &sourceKey);

// One proposal per (asset, vulnerability), never for a product line that did
// not exist yet (ProductLines.h); an entry published before the asset's last
// update is ProbablyFixed. New ones first; then known-exploited, ransomware,
// CVSS score, newest.
QVector<Proposal> proposePatches(const ProposalInput &input);

// Open items whose CVEs the feeds now say more about: a KEV entry makes
// them known-exploited (and maybe ransomware-used) and pulls the due date in
// to the policy's; a score fills an unknown one. Returns the changed items
// only; never loosens anything.
QVector<domain::PatchItem> refreshItems(const QVector<domain::PatchItem> &items,
                                        const QVector<FeedRecord> &entries,
                                        const domain::PatchPolicy &policy);

// The severity an entry gives: its CVSS score, else its severity text.
domain::Severity entrySeverity(const feeds::FeedEntry &entry);

} // namespace patches
} // namespace kamae
