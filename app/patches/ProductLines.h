#pragma once

#include <QDate>
#include <QString>
#include <QVector>

// Product lines and when they first shipped, so that a vulnerability is never
// proposed for a line that did not exist yet. KEV entries carry no versions:
// the asset's product and version text ("Windows 11 23H2", "11",
// "10.0.22631", "Windows Server 2019") say which line it runs, and the entry's
// CVE year and the day it was added say how old the vulnerability is.
// docs/patches.md has the table and the rules.
namespace kamae {
namespace patches {

struct ProductLine
{
    QString vendor; // "Microsoft"
    QString family; // the name feeds use: "Windows", "Windows Server", "Office"
    QString name;   // "Windows 11"
    QDate released; // general availability
};

// Every line Kamae knows, in the table's order.
const QVector<ProductLine> &productLines();

// What an asset's vendor, product and version say about its product line.
struct AssetLine
{
    QString family; // empty when the product is of no family in the table
    // The lines its text names; several when it says "10 / 11", none when it
    // names none (then nothing is filtered by age).
    QVector<const ProductLine *> lines;

    // The oldest line's release: what the asset may be running at the
    // earliest. Invalid when no line is known.
    QDate earliestRelease() const;
    QString names() const; // "Windows 10, Windows 11"
};

AssetLine assetLine(const QString &vendor, const QString &product, const QString &version);
// The same with normalizeName() of vendor and product already at hand (the
// matcher has them for every asset).
AssetLine assetLine(const QString &vendorKey, const QString &productKey, const QString &product,
                    const QString &version);

// The year of the newest CVE id among `cves` ("CVE-2019-0708" → 2019), 0 when
// there is none.
int newestCveYear(const QStringList &cves);

// True when an entry is older than the line: its newest CVE was assigned in
// a year before the line was released (BlueKeep, CVE-2019-0708, is not for
// Windows 11), or it was added to the feed before the line shipped (the line
// shipped with the fix).
bool olderThanLine(const QStringList &cves, const QDate &entryDate, const QDate &lineReleased);

} // namespace patches
} // namespace kamae
