#pragma once

#include "core/Result.h"
#include "domain/ProductNames.h"
#include "feeds/Feed.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QVector>

namespace kamae {
namespace store {

class Database;

// What the vault holds of one kind of feed.
struct StoredFeed
{
    feeds::FeedKind kind = feeds::FeedKind::Kev;
    QString version;
    QDateTime released;
    QString title;
    QDateTime importedAt;
    int fileEntries = 0;   // in the file imported last
    int storedEntries = 0; // in the vault (JVN files add up)
};

struct StoredEntry
{
    feeds::FeedKind kind = feeds::FeedKind::Kev;
    feeds::FeedEntry entry;
};

struct FeedImportSummary
{
    feeds::FeedKind kind = feeds::FeedKind::Kev;
    QString version;
    int fileEntries = 0;
    int added = 0;
    int updated = 0;
    int removed = 0;        // KEV entries no longer in the catalogue
    int itemsRefreshed = 0; // open patch items the new data changed (patches::importFeed)
};

// A proposal the user turned down for an asset, remembered so that the next
// import does not propose it again.
struct Dismissal
{
    qint64 assetId = 0;
    QString sourceKey;
    QDate dismissedOn;
};

// The version of the demo company's built-in KEV excerpt. Any real
// catalogue replaces it, whatever its date: a demo never blocks the real thing.
inline constexpr char kDemoKevVersion[] = "demo";

// "KEV:CVE-2018-13379", "JVN:JVNDB-2024-001234": which entry a patch item
// or proposal came from, stable across imports.
QString sourceKey(feeds::FeedKind kind, const QString &entryId);

// The imported vulnerability feeds, the product alias table and the
// dismissed proposals.
class FeedStore final
{
public:
    explicit FeedStore(Database &db) : m_db(db) {}

    Result<QVector<StoredFeed>> feeds() const;
    Result<QVector<StoredEntry>> entries() const;

    // Stores a parsed feed and its audit line in one transaction (a
    // savepoint inside a caller's). The KEV catalogue is complete, so a
    // newer one replaces the old and an older one is refused (but any
    // catalogue replaces the demo excerpt, kDemoKevVersion); JVN files
    // cover periods, so they add up, an entry replaced only by a copy that
    // is as new or newer. Storage only: importing a feed, which also
    // refreshes the open patch items, is patches::importFeed.
    Result<FeedImportSummary> storeFeed(const feeds::Feed &feed);

    Result<QVector<domain::ProductAlias>> aliases() const;
    Result<qint64> addAlias(const domain::ProductAlias &alias);
    Status updateAlias(const domain::ProductAlias &alias);
    Status removeAlias(qint64 id);
    static Status validateAlias(const domain::ProductAlias &alias);

    Result<QVector<Dismissal>> dismissals() const;
    Status dismiss(const QVector<Dismissal> &dismissals);
    Status undismiss(const QVector<Dismissal> &dismissals);

private:
    // kind "kev" or "jvn"; empty for all.
    Result<QVector<StoredEntry>> readEntries(const QString &kind) const;

    Database &m_db;
};

} // namespace store
} // namespace kamae
