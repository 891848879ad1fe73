#include "patches/ProductLines.h"

#include "patches/Matching.h"

#include <QRegularExpression>

namespace kamae {
namespace patches {

namespace {

struct LineRow
{
    const char *vendor;
    const char *family;
    const char *name;
    int year, month, day;
    // Matched, case-insensitively, against the asset's product (after the
    // family's name) and version.
    const char *pattern;
};

// General-availability dates as the makers announced them. A line is
// recognised by its name or its version number; Windows also by its build
// ("10.0.22631" is Windows 11, "10.0.19045" Windows 10).
const LineRow kLines[] = {
    {"Microsoft", "Windows", "Windows 7", 2009, 10, 22, R"(\b7\b|\b6\.1\b)"},
    {"Microsoft", "Windows", "Windows 8", 2012, 10, 26, R"(\b8\b(?!\.)|\b6\.2\b)"},
    {"Microsoft", "Windows", "Windows 8.1", 2013, 10, 17, R"(\b8\.1\b|\b6\.3\b)"},
    {"Microsoft", "Windows", "Windows 10", 2015, 7, 29, R"(\b10\b(?!\.0\.\d)|\b10\.0\.1\d{4}\b)"},
    {"Microsoft", "Windows", "Windows 11", 2021, 10, 5, R"(\b11\b|\b10\.0\.2[2-9]\d{3}\b)"},
    {"Microsoft", "Windows Server", "Windows Server 2008", 2008, 2, 27, R"(\b2008\b(?!\s*r2))"},
    {"Microsoft", "Windows Server", "Windows Server 2008 R2", 2009, 10, 22, R"(\b2008\s*r2\b)"},
    {"Microsoft", "Windows Server", "Windows Server 2012", 2012, 9, 4, R"(\b2012\b(?!\s*r2))"},
    {"Microsoft", "Windows Server", "Windows Server 2012 R2", 2013, 10, 18, R"(\b2012\s*r2\b)"},
    {"Microsoft", "Windows Server", "Windows Server 2016", 2016, 10, 12,
     R"(\b2016\b|\b10\.0\.14393\b)"},
    {"Microsoft", "Windows Server", "Windows Server 2019", 2018, 10, 2,
     R"(\b2019\b|\b10\.0\.17763\b)"},
    {"Microsoft", "Windows Server", "Windows Server 2022", 2021, 8, 18,
     R"(\b2022\b|\b10\.0\.20348\b)"},
    {"Microsoft", "Windows Server", "Windows Server 2025", 2024, 11, 1,
     R"(\b2025\b|\b10\.0\.26100\b)"},
    {"Microsoft", "Office", "Office 2013", 2013, 1, 29, R"(\b2013\b|\b15\.0\b)"},
    {"Microsoft", "Office", "Office 2016", 2015, 9, 22, R"(\b2016\b)"},
    {"Microsoft", "Office", "Office 2019", 2018, 9, 24, R"(\b2019\b)"},
    {"Microsoft", "Office", "Office 2021", 2021, 10, 5, R"(\b2021\b)"},
    {"Microsoft", "Office", "Office 2024", 2024, 10, 1, R"(\b2024\b)"},
    {"Microsoft", "Exchange Server", "Exchange Server 2013", 2012, 12, 3, R"(\b2013\b)"},
    {"Microsoft", "Exchange Server", "Exchange Server 2016", 2015, 10, 1, R"(\b2016\b)"},
    {"Microsoft", "Exchange Server", "Exchange Server 2019", 2018, 10, 22, R"(\b2019\b)"},
    // Acrobat DC and Acrobat Reader DC ("Acrobat Reader" since 2023) replaced
    // Acrobat XI and Reader XI; their versions run from 15.x to 2025.x.
    {"Adobe", "Acrobat Reader", "Acrobat Reader DC", 2015, 4, 6,
     R"(\bdc\b|^\s*$|^\s*(20)?(1[5-9]|2\d)\.\d{3})"},
    {"Adobe", "Acrobat", "Acrobat DC", 2015, 4, 6,
     R"(\bdc\b|^\s*(pro|standard)?\s*$|\b(20)?(1[5-9]|2\d)\.\d{3})"},
};

struct CompiledLine
{
    ProductLine line;
    QString familyKey; // normalised family name
    QString vendorKey; // normalised vendor
    QRegularExpression pattern;
};

const QVector<CompiledLine> &compiled()
{
    static const QVector<CompiledLine> lines = [] {
        QVector<CompiledLine> out;
        for (const LineRow &row : kLines) {
            CompiledLine c;
            c.line = {QString::fromLatin1(row.vendor), QString::fromLatin1(row.family),
                      QString::fromLatin1(row.name), QDate(row.year, row.month, row.day)};
            c.familyKey = normalizeName(c.line.family);
            c.vendorKey = normalizeName(c.line.vendor);
            c.pattern = QRegularExpression(QString::fromLatin1(row.pattern),
                                           QRegularExpression::CaseInsensitiveOption);
            out.append(c);
        }
        return out;
    }();
    return lines;
}

} // namespace

const QVector<ProductLine> &productLines()
{
    static const QVector<ProductLine> lines = [] {
        QVector<ProductLine> out;
        for (const CompiledLine &c : compiled())
            out.append(c.line);
        return out;
    }();
    return lines;
}

QDate AssetLine::earliestRelease() const
{
    QDate earliest;
    for (const ProductLine *line : lines)
        if (!earliest.isValid() || line->released < earliest)
            earliest = line->released;
    return earliest;
}

QString AssetLine::names() const
{
    QStringList out;
    for (const ProductLine *line : lines)
        out << line->name;
    return out.join(QStringLiteral(", "));
}

AssetLine assetLine(const QString &vendor, const QString &product, const QString &version)
{
    return assetLine(normalizeName(vendor), normalizeName(product), product, version);
}

AssetLine assetLine(const QString &vendorKey, const QString &productKey, const QString &product,
                    const QString &version)
{
    AssetLine out;
    // The longest family name that starts the product wins: "Windows Server
    // 2019" is of Windows Server, not of Windows.
    const CompiledLine *family = nullptr;
    for (const CompiledLine &c : compiled()) {
        if (!vendorKey.isEmpty() && vendorKey != c.vendorKey)
            continue;
        if (!productKey.startsWith(c.familyKey))
            continue;
        if (!family || c.familyKey.size() > family->familyKey.size())
            family = &c;
    }
    if (!family)
        return out;
    out.family = family->line.family;
    // The text after the family's name: "Windows 11 Pro" → " 11 Pro".
    QString rest = product.simplified();
    static const QRegularExpression spaces(QStringLiteral("[\\s_-]+"));
    const QStringList familyWords = family->line.family.split(QLatin1Char(' '));
    QStringList words = rest.split(spaces, Qt::SkipEmptyParts);
    // Drop the vendor if the product repeats it ("Microsoft Windows 11").
    if (!words.isEmpty() && normalizeName(words.first()) == family->vendorKey)
        words.removeFirst();
    for (int i = 0; i < familyWords.size() && !words.isEmpty(); ++i)
        words.removeFirst();
    const QString text = words.join(QLatin1Char(' ')) + QLatin1Char(' ') + version.simplified();
    const QVector<CompiledLine> &all = compiled();
    for (const CompiledLine &c : all)
        if (c.familyKey == family->familyKey && c.pattern.match(text).hasMatch())
            out.lines.append(&productLines().at(static_cast<int>(&c - all.constData())));
    return out;
}

int newestCveYear(const QStringList &cves)
{
    int newest = 0;
    for (const QString &cve : cves) {
        // CVE-YYYY-NNNN
        if (cve.size() < 9 || !cve.startsWith(QLatin1String("CVE-"), Qt::CaseInsensitive))
            continue;
        bool ok = false;
        const int year = cve.mid(4, 4).toInt(&ok);
        if (ok && year > newest)
            newest = year;
    }
    return newest;
}

bool olderThanLine(const QStringList &cves, const QDate &entryDate, const QDate &lineReleased)
{
    if (!lineReleased.isValid())
        return false;
    const int year = newestCveYear(cves);
    if (year > 0 && year < lineReleased.year())
        return true;
    return entryDate.isValid() && entryDate < lineReleased;
}

} // namespace patches
} // namespace kamae
