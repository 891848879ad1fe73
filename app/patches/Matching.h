#pragma once

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

// Names as feeds and people write them are compared without case, width,
// spaces, punctuation or a company-form suffix: "Fortinet, Inc." and
// "FORTINET" are one vendor, "Windows Server" and "windows_server" one product.
QString normalizeName(const QString &name);

// "The feed's (vendor, product) is what our register calls (vendor, product)".
struct ProductAlias
{
    qint64 id = 0;
    QString feedVendor;
    QString feedProduct;
    QString assetVendor;
    QString assetProduct;
};

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

class ProductMatcher final
{
public:
    ProductMatcher(const QVector<AssetProduct> &assets, const QVector<ProductAlias> &aliases);

    // The assets an entry names, each once.
    QVector<qint64> assetsFor(const EntryProducts &entry) const;
    QVector<ProductMatch> matchAll(const QVector<EntryProducts> &entries) const;

private:
    static QString key(const QString &vendor, const QString &product);

    QHash<QString, QVector<int>> m_byVendorProduct; // normalized key → asset indexes
    QHash<QString, QVector<int>> m_byProductOnly;   // assets without a vendor
    QHash<QString, QStringList> m_aliasTargets;     // feed key → asset keys
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
