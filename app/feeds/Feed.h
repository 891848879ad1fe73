#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

// Vulnerability feeds as plain values (docs/feeds.md). The parsers only read
// what the files say; matching against assets and storing are elsewhere.
namespace kamae {
namespace feeds {

enum class FeedKind
{
    Kev, // CISA Known Exploited Vulnerabilities catalogue (JSON)
    Jvn  // JVN iPedia / JVN "JVNRSS" (RSS 1.0 with the sec: module 3.0)
};

struct FeedEntry
{
    QString id;       // KEV: the CVE id; JVN: sec:identifier (JVNDB-2024-001234)
    QStringList cves; // upper-case, each once, in file order
    // The first product's names: KEV vendorProject/product; JVN the ASCII
    // vendor/product of the first sec:cpe URI, else its vendor/product
    // attributes (often Japanese display names).
    QString vendor;
    QString product;
    QStringList cpes; // JVN: the sec:cpe URIs as written (CPE 2.2); KEV: empty
    // Every (vendor, product) the entry names, each once: for JVN both the
    // pair from each CPE URI and the pair of its attributes; KEV: the one.
    QVector<std::pair<QString, QString>> products;
    QString title;          // KEV vulnerabilityName; JVN item title
    QString description;    // KEV shortDescription; JVN item description
    QString requiredAction; // KEV only
    // KEV dateAdded; JVN dcterms:issued (first publication), else dc:date.
    // JVN dates are the calendar day as written (JST), not converted to UTC.
    QDate published;
    QDate updated;                   // JVN dcterms:modified, else dc:date; KEV: invalid
    QDate dueDate;                   // KEV only
    bool knownExploited = false;     // true for every KEV entry
    bool knownRansomwareUse = false; // KEV knownRansomwareCampaignUse "Known"
    // JVN sec:cvss of type Base with the highest version (4.0 > 3.1 > 3.0 >
    // 2.0). Score -1 when there is none; severity spelled out ("H" → "High").
    double cvssScore = -1;
    QString cvssSeverity;
    QString cvssVersion;
    QString cvssVector;
    QString url;      // JVN item link; KEV https://nvd.nist.gov/vuln/detail/<CVE>
    QStringList cwes; // KEV cwes; JVN the CWE ids of sec:references
    QString notes;    // KEV only
};

struct Feed
{
    FeedKind kind = FeedKind::Kev;
    // KEV catalogVersion; JVN channel dc:date as written, else the newest
    // item date (yyyy-MM-dd).
    QString version;
    // KEV dateReleased; JVN channel dc:date, else dcterms:modified.
    QDateTime released;
    QString title; // KEV title; JVN channel title
    // In file order. An id that repeats is kept once (the first).
    QVector<FeedEntry> entries;
};

// Why a file was refused, for a UI that wants more than the message: offer a
// new download for Truncated, say "save the feed, not the page" for WebPage.
enum class FeedErrorKind
{
    None,
    Unreadable,     // cannot open or read the file
    TooLarge,       // over the size limit
    Empty,          // no bytes, or only white space
    NotAFeed,       // neither format: other text, binary, other JSON or XML, a DOCTYPE
    WebPage,        // an HTML page
    Truncated,      // JSON or XML that ends before it is complete
    Malformed,      // JSON or XML that is not well-formed
    InvalidContent, // the right format, but a required part is missing or wrong, nested
                    // too deep, or with absurdly many CWEs, CPEs or references
    Encoding,       // UTF-32, UTF-16 without a byte order mark, or bytes that are not in the
                    // encoding the file declares (or, for JSON, not UTF-8)
};

// Bounds on what a real feed never comes near, so that a damaged or hostile
// file is refused with a message instead of crashing or taking minutes.
// Elements nested inside one element Kamae reads or skips (JVN writes none;
// HTML in a description is escaped text, not elements).
constexpr int kMaxXmlNesting = 64;
// Per entry. KEV entries name one to five CWEs; JVN items a few CPEs and
// references (the largest seen have a few hundred).
constexpr int kMaxCwesPerEntry = 1000;
constexpr int kMaxCpesPerEntry = 10000;
constexpr int kMaxReferencesPerEntry = 10000;

// The same message as the failed Result's, with its kind and the 1-based line
// it names (0 when it names none).
struct FeedError
{
    FeedErrorKind kind = FeedErrorKind::None;
    int line = 0;
    QString message;
};

} // namespace feeds
} // namespace kamae
