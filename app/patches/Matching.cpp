#include "patches/Matching.h"

#include "patches/ProductLines.h"

#include <QRegularExpression>
#include <QSet>

namespace kamae {
namespace patches {

bool MatchReason::operator==(const MatchReason &o) const
{
    return feedVendor == o.feedVendor && feedProduct == o.feedProduct && readAs == o.readAs &&
           reading == o.reading && alias == o.alias && byLine == o.byLine && noVendor == o.noVendor;
}

QString ProductMatcher::key(const QString &vendor, const QString &product)
{
    return normalizeName(vendor) + QChar(0x1F) + normalizeName(product);
}

namespace {

// Products whose following words name one of their components, not another
// product: "Chromium V8", "Windows CNG Key Isolation Service", "FortiOS
// SSL-VPN". (vendor, head)
const std::pair<const char *, const char *> kProductHeads[] = {
    {"Google", "Chromium"},     {"Google", "Chrome"},
    {"Microsoft", "Windows"},   {"Microsoft", "Internet Explorer"},
    {"Microsoft", "Office"},    {"Fortinet", "FortiOS"},
    {"Fortinet", "FortiProxy"},
};

// Words that name a component at the end of any product.
const char *const kComponentSuffixes[] = {"SSL-VPN", "SSL VPN"};

struct FamilyRow
{
    const char *feedVendor;
    const char *feedProduct;
    std::initializer_list<std::pair<const char *, const char *>> members;
};

const FamilyRow kFamilies[] = {
    // Chrome and Edge are built on Chromium; KEV files most of their holes
    // under "Chromium <component>".
    {"Google", "Chromium", {{"Google", "Chrome"}, {"Microsoft", "Edge"}}},
    {"Google", "Chrome", {{"Google", "Chromium"}, {"Microsoft", "Edge"}}},
    // Adobe ships Acrobat and Reader from one code base, under changing names.
    {"Adobe",
     "Acrobat",
     {{"Adobe", "Acrobat Reader"},
      {"Adobe", "Acrobat Reader DC"},
      {"Adobe", "Acrobat DC"},
      {"Adobe", "Acrobat Pro"},
      {"Adobe", "Acrobat Pro DC"},
      {"Adobe", "Acrobat Standard"}}},
    {"Adobe",
     "Reader",
     {{"Adobe", "Acrobat Reader"}, {"Adobe", "Acrobat Reader DC"}, {"Adobe", "Reader DC"}}},
    {"Apple", "macOS", {{"Apple", "OS X"}, {"Apple", "Mac OS X"}}},
    {"Apple", "OS X", {{"Apple", "macOS"}}},
    // OfficeScan was renamed Apex One.
    {"Trend Micro", "OfficeScan", {{"Trend Micro", "Apex One"}}},
    // Windows components KEV names on their own.
    {"Microsoft", "SMBv1", {{"Microsoft", "Windows"}, {"Microsoft", "Windows Server"}}},
    {"Microsoft", "SMBv1 server", {{"Microsoft", "Windows"}, {"Microsoft", "Windows Server"}}},
    {"Microsoft", "SMBv3", {{"Microsoft", "Windows"}, {"Microsoft", "Windows Server"}}},
    {"Microsoft", "MSHTML", {{"Microsoft", "Windows"}, {"Microsoft", "Windows Server"}}},
};

QString pairKey(const QString &vendor, const QString &product)
{
    return normalizeName(vendor) + QChar(0x1F) + normalizeName(product);
}

// "FortiProxy SSL-VPN" → "FortiProxy", "Chromium V8" → "Chromium"; else empty.
QString withoutComponent(const QString &vendorKey, const QString &name)
{
    for (const char *suffix : kComponentSuffixes) {
        const QString s = QLatin1Char(' ') + QString::fromLatin1(suffix);
        if (name.endsWith(s, Qt::CaseInsensitive) && name.size() > s.size())
            return name.left(name.size() - s.size()).trimmed();
    }
    static const QVector<std::pair<QString, QString>> heads = [] {
        QVector<std::pair<QString, QString>> out;
        for (const auto &[headVendor, head] : kProductHeads)
            out.append({normalizeName(QString::fromLatin1(headVendor)), QString::fromLatin1(head)});
        return out;
    }();
    for (const auto &[headVendorKey, h] : heads) {
        if (vendorKey != headVendorKey)
            continue;
        if (!name.startsWith(h + QLatin1Char(' '), Qt::CaseInsensitive))
            continue;
        // "Windows Server" is a product line of its own, not a component.
        const QString rest = name.mid(h.size() + 1).trimmed();
        if (rest.isEmpty() || rest.startsWith(QLatin1String("Server"), Qt::CaseInsensitive))
            continue;
        return h;
    }
    return {};
}

} // namespace

const QVector<ProductFamily> &productFamilies()
{
    static const QVector<ProductFamily> families = [] {
        QVector<ProductFamily> out;
        for (const FamilyRow &row : kFamilies) {
            ProductFamily f;
            f.feedVendor = QString::fromLatin1(row.feedVendor);
            f.feedProduct = QString::fromLatin1(row.feedProduct);
            for (const auto &[vendor, product] : row.members)
                f.members.append({QString::fromLatin1(vendor), QString::fromLatin1(product)});
            out.append(f);
        }
        return out;
    }();
    return families;
}

QVector<NameVariant> nameVariants(const QString &vendor, const QString &product)
{
    static const QHash<QString, const ProductFamily *> families = [] {
        QHash<QString, const ProductFamily *> out;
        for (const ProductFamily &f : productFamilies())
            out.insert(pairKey(f.feedVendor, f.feedProduct), &f);
        return out;
    }();
    static const QSet<QString> headVendors = [] {
        QSet<QString> out;
        for (const auto &[headVendor, head] : kProductHeads)
            out.insert(normalizeName(QString::fromLatin1(headVendor)));
        return out;
    }();
    const QString vendorKey = normalizeName(vendor);
    QVector<NameVariant> out;
    auto add = [&](const QString &v, const QString &vKey, const QString &p, NameReading reading) {
        const QString name = p.simplified();
        const QString productKey = normalizeName(name);
        if (productKey.isEmpty())
            return;
        const QString key = vKey + QChar(0x1F) + productKey;
        for (const NameVariant &known : std::as_const(out))
            if (known.key == key)
                return;
        out.append({v, name, reading, key, productKey});
    };
    const QString name = product.simplified();
    add(vendor, vendorKey, name, NameReading::AsWritten);
    // Most names are one plain product: nothing to split or strip.
    const bool worthReading = name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('/')) ||
                              name.contains(QLatin1Char('(')) ||
                              name.contains(QLatin1String(" and "), Qt::CaseInsensitive) ||
                              name.contains(QLatin1String(" ssl"), Qt::CaseInsensitive);
    if (worthReading || headVendors.contains(vendorKey)) {
        // "iOS, iPadOS, and macOS", "Acrobat and Reader", "Apex One/OfficeScan"
        static const QRegularExpression separators(
            QStringLiteral(R"(,\s*and\s+|\s+and\s+|\s*,\s*|\s*/\s*)"));
        const QStringList parts = name.split(separators, Qt::SkipEmptyParts);
        QStringList names{name};
        if (parts.size() > 1) {
            for (const QString &part : parts) {
                add(vendor, vendorKey, part, NameReading::Part);
                names << part.simplified();
            }
        }
        static const QRegularExpression parenthesis(QStringLiteral(R"(\s*\(([^()]*)\)\s*)"));
        for (const QString &n : std::as_const(names)) {
            // "Adaptive Security Appliance (ASA)" → the name and "ASA"
            const QRegularExpressionMatch m = parenthesis.match(n);
            if (m.hasMatch()) {
                QString bare = n;
                bare.replace(parenthesis, QStringLiteral(" "));
                add(vendor, vendorKey, bare, NameReading::Part);
                add(vendor, vendorKey, m.captured(1), NameReading::Part);
            }
            const QString head = withoutComponent(vendorKey, n);
            if (!head.isEmpty())
                add(vendor, vendorKey, head, NameReading::Component);
        }
    }
    const int found = static_cast<int>(out.size());
    for (int i = 0; i < found; ++i) {
        const ProductFamily *family = families.value(out.at(i).key, nullptr);
        if (!family)
            continue;
        for (const auto &[v, p] : family->members)
            add(v, normalizeName(v), p, NameReading::Family);
    }
    return out;
}

ProductMatcher::ProductMatcher(const QVector<AssetProduct> &assets,
                               const QVector<ProductAlias> &aliases)
    : m_assets(assets)
{
    for (int i = 0; i < assets.size(); ++i) {
        const AssetProduct &a = assets.at(i);
        if (normalizeName(a.product).isEmpty())
            continue;
        const QString vendor = normalizeName(a.vendor);
        const QString product = normalizeName(a.product);
        // What else the register's name stands for: its product line's
        // family, and the product without a repeated vendor name.
        QStringList others;
        const AssetLine line = assetLine(vendor, product, a.product, a.version);
        if (!line.family.isEmpty() && normalizeName(line.family) != product)
            others << normalizeName(line.family);
        if (!vendor.isEmpty() && product.startsWith(vendor) && product.size() > vendor.size())
            others << product.mid(vendor.size());
        if (vendor.isEmpty()) {
            m_byProductOnly[product].append(i);
            for (const QString &other : std::as_const(others))
                m_byProductOnly[other].append(i);
        } else {
            m_byVendorProduct[key(a.vendor, a.product)].append(i);
            for (const QString &other : std::as_const(others))
                m_byLineFamily[vendor + QChar(0x1F) + other].append(i);
        }
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
    for (const AssetMatch &m : matchesFor(entry))
        found.append(m.assetId);
    return found;
}

QVector<AssetMatch> ProductMatcher::matchesFor(const EntryProducts &entry) const
{
    QVector<AssetMatch> found;
    QSet<int> seen;
    auto take = [&](const QVector<int> &indexes, const QString &vendor, const QString &product,
                    const MatchReason &reason) {
        for (int i : indexes) {
            if (seen.contains(i))
                continue;
            const AssetProduct &a = m_assets.at(i);
            if (!versionMayBeAffected(a.version, entry.cpes, vendor, product))
                continue;
            seen.insert(i);
            found.append({a.assetId, reason});
        }
    };
    for (const auto &[vendor, product] : entry.products) {
        const QString feedKey = vendor + QChar(0x1F) + product;
        auto variants = m_variants.constFind(feedKey);
        if (variants == m_variants.constEnd())
            variants = m_variants.insert(feedKey, nameVariants(vendor, product));
        for (const NameVariant &variant : *variants) {
            MatchReason reason;
            reason.feedVendor = vendor;
            reason.feedProduct = product;
            reason.readAs = variant.product;
            reason.reading = variant.reading;
            const QString &k = variant.key;
            take(m_byVendorProduct.value(k), vendor, product, reason);
            MatchReason byLine = reason;
            byLine.byLine = true;
            take(m_byLineFamily.value(k), vendor, product, byLine);
            // The product alone is too weak a sign for a part of a compound
            // ("Cisco IOS and IOS XE" is not an iPhone's iOS).
            if (variant.reading == NameReading::AsWritten ||
                variant.reading == NameReading::Family) {
                MatchReason productOnly = reason;
                productOnly.noVendor = true;
                take(m_byProductOnly.value(variant.productKey), vendor, product, productOnly);
            }
            MatchReason alias = reason;
            alias.alias = true;
            for (const QString &target : m_aliasTargets.value(k)) {
                take(m_byVendorProduct.value(target), vendor, product, alias);
                take(m_byLineFamily.value(target), vendor, product, alias);
            }
        }
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
    // KEV files some entries under "Multiple Products" and names them in the
    // description's subject: "Apple iOS, iPadOS, macOS, and watchOS contain
    // …", "Fortinet FortiOS, FortiProxy, and FortiSwitchManager contain …".
    if (normalizeName(entry.product) == QLatin1String("multipleproducts") &&
        !entry.vendor.isEmpty() &&
        entry.description.startsWith(entry.vendor + QLatin1Char(' '), Qt::CaseInsensitive)) {
        static const QRegularExpression verb(QStringLiteral(R"(,?\s+contains?\s)"));
        const int end = static_cast<int>(entry.description.indexOf(verb));
        const int start = static_cast<int>(entry.vendor.size()) + 1;
        // A subject longer than a list of product names is not one.
        if (end > start && end - start <= 160)
            out.products.append({entry.vendor, entry.description.mid(start, end - start)});
    }
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
