#include "patches/Matching.h"

#include <QRegularExpression>
#include <QSet>

namespace kamae {
namespace patches {

QString normalizeName(const QString &name)
{
    QString t = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Company forms say nothing about which product it is.
    static const QRegularExpression suffix(QStringLiteral(
        "[,\\s]*(inc\\.?|incorporated|corporation|corp\\.?|co\\.?,?\\s*ltd\\.?|ltd\\.?|llc|gmbh|"
        "limited|k\\.k\\.|株式会社|有限会社)\\s*$"));
    for (int i = 0; i < 2; ++i)
        t.remove(suffix);
    t.remove(QStringLiteral("株式会社"));
    QString out;
    out.reserve(t.size());
    for (QChar c : std::as_const(t))
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

QString ProductMatcher::key(const QString &vendor, const QString &product)
{
    return normalizeName(vendor) + QChar(0x1F) + normalizeName(product);
}

ProductMatcher::ProductMatcher(const QVector<AssetProduct> &assets,
                               const QVector<ProductAlias> &aliases)
    : m_assets(assets)
{
    for (int i = 0; i < assets.size(); ++i) {
        const AssetProduct &a = assets.at(i);
        if (normalizeName(a.product).isEmpty())
            continue;
        if (normalizeName(a.vendor).isEmpty())
            m_byProductOnly[normalizeName(a.product)].append(i);
        else
            m_byVendorProduct[key(a.vendor, a.product)].append(i);
    }
    for (const ProductAlias &alias : aliases)
        m_aliasTargets[key(alias.feedVendor, alias.feedProduct)].append(
            key(alias.assetVendor, alias.assetProduct));
}

namespace {

// cpe:/part:vendor:product:version:… → (vendor, product, version)
bool splitCpe(const QString &cpe, QString *vendor, QString *product, QString *version)
{
    if (!cpe.startsWith(QLatin1String("cpe:/")))
        return false;
    const QStringList parts = cpe.mid(5).split(QLatin1Char(':'));
    if (parts.size() < 3)
        return false;
    *vendor = parts.at(1);
    *product = parts.at(2);
    *version = parts.size() > 3 ? parts.at(3) : QString();
    return true;
}

} // namespace

QVector<qint64> ProductMatcher::assetsFor(const EntryProducts &entry) const
{
    QVector<qint64> found;
    QSet<int> seen;
    auto take = [&](const QVector<int> &indexes, const QString &vendor, const QString &product) {
        for (int i : indexes) {
            if (seen.contains(i))
                continue;
            const AssetProduct &a = m_assets.at(i);
            if (!versionMayBeAffected(a.version, entry.cpes, vendor, product))
                continue;
            seen.insert(i);
            found.append(a.assetId);
        }
    };
    for (const auto &[vendor, product] : entry.products) {
        const QString k = key(vendor, product);
        take(m_byVendorProduct.value(k), vendor, product);
        take(m_byProductOnly.value(normalizeName(product)), vendor, product);
        for (const QString &target : m_aliasTargets.value(k))
            take(m_byVendorProduct.value(target), vendor, product);
    }
    return found;
}

QVector<ProductMatch> ProductMatcher::matchAll(const QVector<EntryProducts> &entries) const
{
    QVector<ProductMatch> matches;
    for (int e = 0; e < entries.size(); ++e)
        for (qint64 id : assetsFor(entries.at(e)))
            matches.append({id, e});
    return matches;
}

EntryProducts entryProducts(const feeds::FeedEntry &entry)
{
    EntryProducts out;
    out.products = entry.products;
    if (out.products.isEmpty() && !entry.product.isEmpty())
        out.products.append({entry.vendor, entry.product});
    out.cpes = entry.cpes;
    return out;
}

bool versionMayBeAffected(const QString &assetVersion, const QStringList &cpes,
                          const QString &vendor, const QString &product)
{
    const QString have = assetVersion.trimmed().toLower();
    if (have.isEmpty())
        return true;
    bool named = false;
    for (const QString &cpe : cpes) {
        QString v, p, version;
        if (!splitCpe(cpe, &v, &p, &version) || version.isEmpty() || version == QLatin1String("-"))
            continue;
        if (normalizeName(v) != normalizeName(vendor) || normalizeName(p) != normalizeName(product))
            continue;
        named = true;
        const QString want = version.toLower();
        // "6.0" names 6.0.x too; "6.0.4" names exactly that.
        if (have == want || have.startsWith(want + QLatin1Char('.')))
            return true;
    }
    return !named;
}

} // namespace patches
} // namespace kamae
