#pragma once

#include "domain/ProductNames.h"
#include "feeds/Feed.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

// Which assets a vulnerability feed entry is about. Pure and fast: 10,000
// assets against tens of thousands of entries is one hash lookup per
// (vendor, product) pair of an entry.
namespace kamae {
namespace patches {

// normalizeName and ProductAlias are in domain/ProductNames.h, where the
// store that keeps the aliases reaches them.
using domain::normalizeName;
using domain::ProductAlias;

struct AssetProduct
{
    qint64 assetId = 0;
    QString vendor; // may be empty: then the product alone decides
    QString product;
    QString version;
};

struct EntryProducts
{
    QVector<std::pair<QString, QString>> products; // (vendor, product)
    QStringList cpes;                              // CPE 2.2 URIs, maybe with versions
};

struct ProductMatch
{
    qint64 assetId = 0;
    int entryIndex = 0;
};

// How a feed's product name was read to reach an asset.
enum class NameReading
{
    AsWritten, // the name itself
    Part,      // one part of a compound: "Acrobat and Reader" → "Reader"
    Component, // without the component: "Chromium V8" → "Chromium"
    Family,    // a member of its product family: Chromium → Chrome
};

// One name a feed's (vendor, product) stands for.
struct NameVariant
{
    QString vendor;
    QString product;
    NameReading reading = NameReading::AsWritten;
    QString key;        // normalizeName(vendor) U+001F normalizeName(product)
    QString productKey; // normalizeName(product)
};

// Every name a feed's (vendor, product) stands for, the name itself first:
// each part of a compound ("Acrobat and Reader", "iOS, iPadOS, and macOS",
// "Apex One/OfficeScan"), each without a trailing component ("FortiProxy
// SSL-VPN" → "FortiProxy", "Chromium V8" → "Chromium", "Windows CNG Key
// Isolation Service" → "Windows") or a parenthesised abbreviation, and the
// members of its product family (productFamilies()). Each name once.
QVector<NameVariant> nameVariants(const QString &vendor, const QString &product);

// The built-in family table: a feed's (vendor, product) also names these
// (vendor, product)s of the register. docs/patches.md lists it.
struct ProductFamily
{
    QString feedVendor;
    QString feedProduct;
    QVector<std::pair<QString, QString>> members;
};
const QVector<ProductFamily> &productFamilies();

// Why an asset matched an entry, for the person deciding.
struct MatchReason
{
    QString feedVendor; // as the feed writes it
    QString feedProduct;
    QString readAs; // the variant that matched (the product alone)
    NameReading reading = NameReading::AsWritten;
    bool alias = false;    // through the alias table
    bool byLine = false;   // the asset's product line's family ("Windows 11 Pro" is Windows)
    bool noVendor = false; // the asset has no vendor: the product alone decided

    bool operator==(const MatchReason &o) const;
};

struct AssetMatch
{
    qint64 assetId = 0;
    MatchReason reason;
};

class ProductMatcher final
{
public:
    ProductMatcher(const QVector<AssetProduct> &assets, const QVector<ProductAlias> &aliases);

    // The assets an entry names, each once.
    QVector<qint64> assetsFor(const EntryProducts &entry) const;
    // The same, with why each matched (the first reason found).
    QVector<AssetMatch> matchesFor(const EntryProducts &entry) const;
    QVector<ProductMatch> matchAll(const QVector<EntryProducts> &entries) const;

private:
    static QString key(const QString &vendor, const QString &product);

    QHash<QString, QVector<int>> m_byVendorProduct; // normalized key → asset indexes
    // Also under the name of the asset's product line's family ("Windows 11
    // Pro" → Windows) and without a repeated vendor ("Google Chrome" → Chrome).
    QHash<QString, QVector<int>> m_byLineFamily;
    QHash<QString, QVector<int>> m_byProductOnly; // assets without a vendor
    QHash<QString, QStringList> m_aliasTargets;   // feed key → asset keys
    // nameVariants() per feed (vendor, product): JVN files name the same
    // products thousands of times. A matcher is used on one thread.
    mutable QHash<QString, QVector<NameVariant>> m_variants;
    QVector<AssetProduct> m_assets;
};

// The products an imported feed entry names, as the matcher reads them.
EntryProducts entryProducts(const feeds::FeedEntry &entry);

// False only when the entry names versions (in its CPEs) and the asset's
// version is none of them; unknown versions count as affected, since a
// missed hole costs more than a dismissed proposal.
bool versionMayBeAffected(const QString &assetVersion, const QStringList &cpes,
                          const QString &vendor, const QString &product);

} // namespace patches
} // namespace kamae
