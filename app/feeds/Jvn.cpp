#include "feeds/Jvn.h"

#include "feeds/FeedSupport.h"

#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>

namespace kamae {
namespace feeds {

namespace {

struct Jvn
{
    Q_DECLARE_TR_FUNCTIONS(kamae::feeds::Jvn)
};

const QLatin1String kRdf("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QLatin1String kRss("http://purl.org/rss/1.0/");
const QLatin1String kDc("http://purl.org/dc/elements/1.1/");
const QLatin1String kDcTerms("http://purl.org/dc/terms/");
// JVN iPedia's feeds (jvndb.rdf, jvndb_new.rdf, years/jvndb_YYYY.rdf, MyJVN)
// declare the module without a version (JVNRSS 2.0); JVN's own jvn.rdf the
// 3.0 one. The elements Kamae reads are the same in both.
const QLatin1String kSec2("http://jvn.jp/rss/mod_sec/");
const QLatin1String kSec3("http://jvn.jp/rss/mod_sec/3.0/");
// Other versions of the module share the start of kSec2; they are refused
// by name rather than read with guesses about what changed.

bool isSec(QStringView ns)
{
    return ns == kSec2 || ns == kSec3;
}

// "CWE-79" and the like; JVN also writes "CWE-Other" and "CWE-noinfo", which
// say that there is no CWE id.
bool isCweId(QStringView id)
{
    if (id.size() < 5 || !id.startsWith(u"CWE-", Qt::CaseInsensitive))
        return false;
    for (qsizetype i = 4; i < id.size(); ++i) {
        if (id[i] < u'0' || id[i] > u'9')
            return false;
    }
    return true;
}

// "H" as the 2.0 entries of JVN write it; words in any case.
QString normalizedSeverity(const QString &severity)
{
    const QString s = severity.trimmed();
    static const char *const kWords[] = {"Critical", "High", "Medium", "Low", "None"};
    for (const char *word : kWords) {
        const QLatin1String w(word);
        if (s.compare(w, Qt::CaseInsensitive) == 0 ||
            (s.size() == 1 && s.at(0).toUpper() == QLatin1Char(word[0])))
            return w;
    }
    return s;
}

// "3.1" → 3.1; an unreadable or missing version ranks below every real one.
double versionRank(const QString &version)
{
    bool ok = false;
    const double v = version.trimmed().toDouble(&ok);
    return ok ? v : 0;
}

// (vendor, product) from "cpe:/o:fortinet:fortios:7.0" (CPE 2.2, as JVN
// writes it) or "cpe:2.3:o:fortinet:fortios:7.0:…" (2.3), unescaped.
std::pair<QString, QString> cpeVendorProduct(const QString &uri)
{
    const QString t = uri.trimmed();
    QStringList fields;
    if (t.startsWith(QLatin1String("cpe:/"), Qt::CaseInsensitive)) {
        fields = t.mid(5).split(QLatin1Char(':'));
        for (QString &f : fields)
            f = QString::fromUtf8(QByteArray::fromPercentEncoding(f.toUtf8()));
    } else if (t.startsWith(QLatin1String("cpe:2.3:"), Qt::CaseInsensitive)) {
        // 2.3 escapes ':' as "\:", so a plain split would cut inside a name.
        QString field;
        for (qsizetype i = 8; i < t.size(); ++i) {
            if (t[i] == u'\\' && i + 1 < t.size()) {
                field += t[++i];
            } else if (t[i] == u':') {
                fields.append(field);
                field.clear();
            } else {
                field += t[i];
            }
        }
        fields.append(field);
        for (QString &f : fields) {
            if (f == u'*' || f == u'-')
                f.clear();
        }
    }
    if (fields.size() < 3)
        return {};
    return {fields.at(1), fields.at(2)};
}

// Each value once, in linear time overall: a list lookup per value made
// 100,000 CPEs in one item take 68 seconds. Nearly every list is short, and
// for those the lookup in the list is the fastest; from detail::kSetFrom
// values on, a hash set (filled then) answers instead.
void addOnce(QStringList &list, QSet<QString> &seen, const QString &value)
{
    if (value.isEmpty())
        return;
    if (list.size() < detail::kSetFrom) {
        if (!list.contains(value))
            list.append(value);
        return;
    }
    if (seen.isEmpty())
        seen = QSet<QString>(list.cbegin(), list.cend());
    if (!seen.contains(value)) {
        seen.insert(value);
        list.append(value);
    }
}

// U+001F cannot occur in XML text, so the key is unambiguous.
QString pairKey(const std::pair<QString, QString> &pair)
{
    return pair.first + QChar(0x1F) + pair.second;
}

void addPair(FeedEntry &entry, QSet<QString> &seen, const QString &vendor, const QString &product)
{
    if (vendor.isEmpty() && product.isEmpty())
        return;
    const std::pair<QString, QString> pair{vendor, product};
    if (entry.products.size() < detail::kSetFrom) {
        if (!entry.products.contains(pair))
            entry.products.append(pair);
        return;
    }
    if (seen.isEmpty()) {
        for (const auto &p : std::as_const(entry.products))
            seen.insert(pairKey(p));
    }
    const QString key = pairKey(pair);
    if (!seen.contains(key)) {
        seen.insert(key);
        entry.products.append(pair);
    }
}

// The per-item sets behind addOnce and addPair.
struct Seen
{
    QSet<QString> cves;
    QSet<QString> cwes;
    QSet<QString> cpes;
    QSet<QString> products;
};

class Parser
{
public:
    Parser(const QByteArray &bytes, FeedError *error) : m_input(bytes), m_error(error) {}

    Result<Feed> run()
    {
        const Result<QByteArray> text = detail::readableText(m_input, m_error);
        if (!text)
            return Result<Feed>::failure(text.error());
        m_bytes = text.value();
        const qsizetype start = detail::contentStart(m_bytes);
        if (start == m_bytes.size())
            return detail::fail<Feed>(m_error, FeedErrorKind::Empty, 0, detail::emptyMessage());
        if (m_bytes.at(start) != '<')
            return detail::fail<Feed>(
                m_error, FeedErrorKind::NotAFeed, 0,
                Jvn::tr("The file is not XML, so it is not a JVN feed (JVNRSS)."));
        // Before the XML reader: pages often are not well-formed XML, and
        // "<!doctype html>" in lower case is not XML at all.
        if (detail::looksLikeHtml(m_bytes, start))
            return detail::fail<Feed>(m_error, FeedErrorKind::WebPage, 0, detail::webPageMessage());
        if (!checkEncoding())
            return m_failure;

        m_xml.addData(m_bytes);
        if (!readRoot())
            return m_failure;
        m_feed.kind = FeedKind::Jvn;
        while (!m_failed && m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() == kRss && m_xml.name() == QLatin1String("channel"))
                readChannel();
            else if (m_xml.namespaceUri() == kRss && m_xml.name() == QLatin1String("item"))
                readItem();
            else
                skipElement();
        }
        if (m_failed)
            return m_failure;
        if (m_xml.hasError())
            return xmlFailure();
        finishChannel();
        return std::move(m_feed);
    }

private:
    // Before the XML reader, which would read bytes that are not in the
    // declared encoding as U+FFFD (or stop with a message that does not say
    // why). A UTF-16 file with a byte order mark is UTF-8 by now.
    bool checkEncoding()
    {
        const detail::XmlEncoding declared = detail::declaredXmlEncoding(m_bytes);
        const QString name = QString::fromLatin1(declared.name);
        const bool utf8 = name.isEmpty() || name.compare(u"UTF-8", Qt::CaseInsensitive) == 0 ||
                          name.compare(u"UTF8", Qt::CaseInsensitive) == 0;
        if (utf8) {
            const qsizetype bad = detail::firstInvalidUtf8(m_bytes);
            if (bad < 0)
                return true;
            const int line = detail::lineAtByte(m_bytes, bad);
            const QString lookalike = detail::lookalikeEncoding(m_bytes, u"UTF-8");
            if (!name.isEmpty())
                return refuse(FeedErrorKind::Encoding,
                              detail::encodingMismatchMessage(line, name, lookalike), line);
            return refuse(
                FeedErrorKind::Encoding,
                lookalike.isEmpty()
                    ? Jvn::tr("Line %1: the file declares no encoding, so it must be UTF-8, but "
                              "its bytes are not UTF-8. Save it as UTF-8, or name its encoding "
                              "in the XML declaration.")
                          .arg(line)
                    : Jvn::tr("Line %1: the file declares no encoding, so it must be UTF-8, but "
                              "its bytes are not UTF-8; they look like %2. Save it as UTF-8, or "
                              "name its encoding in the XML declaration.")
                          .arg(line)
                          .arg(lookalike),
                line);
        }
        // UTF-16 would have had a byte order mark (or zero bytes, refused
        // before); these bytes are 8-bit whatever the declaration says.
        if (name.startsWith(u"UTF-16", Qt::CaseInsensitive) ||
            name.compare(u"UCS-2", Qt::CaseInsensitive) == 0 ||
            name.compare(u"ISO-10646-UCS-2", Qt::CaseInsensitive) == 0) {
            QString lookalike = detail::lookalikeEncoding(m_bytes, name);
            if (lookalike.isEmpty() && detail::firstInvalidUtf8(m_bytes) < 0)
                lookalike = QStringLiteral("UTF-8"); // ASCII only
            return refuse(FeedErrorKind::Encoding,
                          detail::encodingMismatchMessage(1, name, lookalike), 1);
        }
        QStringDecoder decoder(declared.name.constData());
        if (!decoder.isValid())
            return refuse(FeedErrorKind::Encoding,
                          Jvn::tr("Line 1: the file declares the encoding %1, which Kamae cannot "
                                  "read. Save it as UTF-8.")
                              .arg(name),
                          1);
        // Japanese text in Shift_JIS or EUC-JP is never also valid UTF-8:
        // valid UTF-8 beyond ASCII means that the declaration is wrong.
        if (const int line = firstNonAsciiLine(); line > 0 && detail::firstInvalidUtf8(m_bytes) < 0)
            return refuse(FeedErrorKind::Encoding,
                          detail::encodingMismatchMessage(line, name, QStringLiteral("UTF-8")),
                          line);
        // Decoded line by line, to name the first line that is not in the
        // declared encoding (no Japanese encoding uses the byte 0x0A inside
        // a character). EUC-JP decoders may take Shift_JIS lead bytes as
        // control characters, so those are looked for as well.
        const bool eucJp = name.compare(u"EUC-JP", Qt::CaseInsensitive) == 0;
        int line = 1;
        qsizetype from = 0;
        while (from < m_bytes.size()) {
            qsizetype end = m_bytes.indexOf('\n', from);
            end = end < 0 ? m_bytes.size() : end + 1;
            const QByteArrayView piece = QByteArrayView(m_bytes).sliced(from, end - from);
            const QString text = decoder.decode(piece);
            bool wrong = decoder.hasError() || text.contains(QChar::ReplacementCharacter);
            if (eucJp && !wrong) {
                wrong = std::any_of(piece.begin(), piece.end(), [](char ch) {
                    const auto c = static_cast<unsigned char>(ch);
                    return c >= 0x80 && c <= 0x9F && c != 0x8E && c != 0x8F;
                });
            }
            if (wrong)
                return refuse(FeedErrorKind::Encoding,
                              detail::encodingMismatchMessage(
                                  line, name, detail::lookalikeEncoding(m_bytes, name)),
                              line);
            from = end;
            ++line;
        }
        return true;
    }

    // 0 for ASCII text.
    int firstNonAsciiLine() const
    {
        for (qsizetype i = 0; i < m_bytes.size(); ++i) {
            if (static_cast<unsigned char>(m_bytes[i]) >= 0x80)
                return detail::lineAtByte(m_bytes, i);
        }
        return 0;
    }

    // Up to the root element, which must be rdf:RDF declaring the sec: module.
    bool readRoot()
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.tokenType() == QXmlStreamReader::DTD) {
                // A DOCTYPE may declare entities that expand without bound
                // (or name external files); JVN never sends one, so the file
                // is refused here, before the first element could use them.
                if (m_xml.dtdName().compare(QLatin1String("html"), Qt::CaseInsensitive) == 0)
                    return refuse(FeedErrorKind::WebPage, detail::webPageMessage());
                // The reader reports the DOCTYPE where it ends; people look
                // for where it starts.
                const qsizetype at = m_bytes.indexOf("<!DOCTYPE");
                const int line = at >= 0 ? detail::lineAtByte(m_bytes, at)
                                         : static_cast<int>(m_xml.lineNumber());
                return refuse(FeedErrorKind::NotAFeed,
                              Jvn::tr("Line %1: the XML file has a DOCTYPE, which JVN feeds do "
                                      "not have: it is not a JVN feed.")
                                  .arg(line),
                              line);
            }
            if (m_xml.isStartElement())
                break;
        }
        if (m_xml.hasError()) {
            m_failure = xmlFailure();
            return false;
        }
        if (m_xml.namespaceUri() != kRdf || m_xml.name() != QLatin1String("RDF"))
            return refuse(FeedErrorKind::NotAFeed,
                          Jvn::tr("The XML file is not a JVN feed: it starts with <%1>, a JVN "
                                  "feed with <rdf:RDF>.")
                              .arg(m_xml.qualifiedName()));
        QString otherSec;
        const QXmlStreamNamespaceDeclarations declarations = m_xml.namespaceDeclarations();
        for (const QXmlStreamNamespaceDeclaration &d : declarations) {
            if (isSec(d.namespaceUri()))
                return true;
            if (d.namespaceUri().startsWith(kSec2))
                otherSec = d.namespaceUri().toString();
        }
        if (!otherSec.isEmpty())
            return refuse(FeedErrorKind::NotAFeed,
                          Jvn::tr("The feed uses the JVN sec: module %1; Kamae reads %2 (JVNRSS "
                                  "2.0) and %3.")
                              .arg(otherSec, kSec2, kSec3));
        return refuse(FeedErrorKind::NotAFeed,
                      Jvn::tr("The RSS file is not a JVN feed: it does not declare the JVN "
                              "sec: module (%1 or %2).")
                          .arg(kSec2, kSec3));
    }

    void readChannel()
    {
        while (!m_failed && m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (ns == kRss && name == QLatin1String("title"))
                m_feed.title = readText();
            else if (ns == kDc && name == QLatin1String("date"))
                m_channelDate = readText();
            else if (ns == kDcTerms && name == QLatin1String("modified"))
                m_channelModified = readText();
            else
                skipElement();
        }
    }

    bool readItem()
    {
        const int line = static_cast<int>(m_xml.lineNumber());
        const QString about = m_xml.attributes().value(kRdf, QLatin1String("about")).toString();
        FeedEntry entry;
        QString issued, date, modified;
        Cvss best;
        std::pair<QString, QString> firstAttributes;
        bool haveFirstCpe = false;
        Seen seen;
        int cpeCount = 0;
        int referenceCount = 0;
        // Counted as written, repeats included, so that a flood is refused
        // at once rather than after it has been read.
        auto tooMany = [&](int limit, const char *element) {
            return refuse(FeedErrorKind::InvalidContent,
                          Jvn::tr("Line %1: the item %2 has more than %3 %4 elements; real "
                                  "entries have at most a few hundred. The file is damaged or is "
                                  "not a real JVN feed.")
                              .arg(line)
                              .arg(entry.id.isEmpty() ? about : entry.id)
                              .arg(limit)
                              .arg(QLatin1String(element)),
                          line);
        };
        while (!m_failed && m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (isSec(ns)) {
                if (name == QLatin1String("identifier")) {
                    entry.id = readText();
                } else if (name == QLatin1String("references")) {
                    if (++referenceCount > kMaxReferencesPerEntry)
                        return tooMany(kMaxReferencesPerEntry, "sec:references");
                    readReference(entry, seen);
                } else if (name == QLatin1String("cpe")) {
                    if (++cpeCount > kMaxCpesPerEntry)
                        return tooMany(kMaxCpesPerEntry, "sec:cpe");
                    const QXmlStreamAttributes a = m_xml.attributes();
                    const std::pair<QString, QString> attributes{
                        a.value(QLatin1String("vendor")).trimmed().toString(),
                        a.value(QLatin1String("product")).trimmed().toString()};
                    const QString uri = readText();
                    const std::pair<QString, QString> fromUri = cpeVendorProduct(uri);
                    addOnce(entry.cpes, seen.cpes, uri);
                    addPair(entry, seen.products, fromUri.first, fromUri.second);
                    addPair(entry, seen.products, attributes.first, attributes.second);
                    if (!haveFirstCpe) {
                        haveFirstCpe = true;
                        firstAttributes = attributes;
                        entry.vendor = fromUri.first;
                        entry.product = fromUri.second;
                    }
                } else if (name == QLatin1String("cvss")) {
                    readCvss(best);
                } else {
                    skipElement();
                }
            } else if (ns == kRss) {
                if (name == QLatin1String("title"))
                    entry.title = readText();
                else if (name == QLatin1String("link"))
                    entry.url = readText();
                else if (name == QLatin1String("description"))
                    entry.description = readText();
                else
                    skipElement();
            } else if (ns == kDc && name == QLatin1String("date")) {
                date = readText();
            } else if (ns == kDcTerms && name == QLatin1String("issued")) {
                issued = readText();
            } else if (ns == kDcTerms && name == QLatin1String("modified")) {
                modified = readText();
            } else {
                skipElement();
            }
        }
        if (m_failed)
            return false;
        if (m_xml.hasError()) {
            m_failure = xmlFailure();
            return false;
        }
        if (entry.id.isEmpty()) {
            const QString which = !about.isEmpty()         ? about
                                  : !entry.title.isEmpty() ? entry.title
                                                           : entry.url;
            return refuse(
                FeedErrorKind::InvalidContent,
                Jvn::tr("Line %1: the item \"%2\" has no sec:identifier.").arg(line).arg(which),
                line);
        }
        if (entry.vendor.isEmpty() && entry.product.isEmpty()) {
            entry.vendor = firstAttributes.first;
            entry.product = firstAttributes.second;
        }
        if (best.present) {
            entry.cvssScore = best.score;
            entry.cvssSeverity = best.severity;
            entry.cvssVersion = best.version;
            entry.cvssVector = best.vector;
        }
        // issued stays the day JVN first published the entry; dc:date moves
        // with each revision.
        entry.published = detail::leadingDate(issued);
        if (!entry.published.isValid())
            entry.published = detail::leadingDate(date);
        entry.updated = detail::leadingDate(modified);
        if (!entry.updated.isValid())
            entry.updated = detail::leadingDate(date);
        const QDate newest = entry.updated.isValid() ? entry.updated : entry.published;
        if (newest.isValid() && (!m_newest.isValid() || newest > m_newest))
            m_newest = newest;

        if (!m_ids.contains(entry.id)) {
            m_ids.insert(entry.id);
            m_feed.entries.append(std::move(entry));
        }
        return true;
    }

    void readReference(FeedEntry &entry, Seen &seen)
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        const QStringView source = a.value(QLatin1String("source"));
        const QString id = a.value(QLatin1String("id")).trimmed().toString();
        const QString target = readText();
        QString cve = detail::normalizedCve(id);
        // A CVE reference without an id still names it in its URL
        // (…CVERecord?id=CVE-2024-21762, …cvename.cgi?name=CVE-…).
        if (cve.isEmpty() && source.compare(QLatin1String("CVE"), Qt::CaseInsensitive) == 0) {
            const qsizetype at = target.lastIndexOf(QLatin1String("CVE-"), -1, Qt::CaseInsensitive);
            if (at >= 0) {
                qsizetype end = at + 4;
                while (end < target.size() && (target[end].isDigit() || target[end] == u'-'))
                    ++end;
                cve = detail::normalizedCve(QStringView(target).mid(at, end - at));
            }
        }
        // NVD references carry the CVE id too; listing it once is the point.
        addOnce(entry.cves, seen.cves, cve);
        if (isCweId(id))
            addOnce(entry.cwes, seen.cwes, id.toUpper());
    }

    struct Cvss
    {
        bool present = false;
        double rank = -1;
        double score = -1;
        QString severity;
        QString version;
        QString vector;
    };

    void readCvss(Cvss &best)
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        const QStringView type = a.value(QLatin1String("type"));
        Cvss c;
        c.present = true;
        c.version = a.value(QLatin1String("version")).trimmed().toString();
        c.rank = versionRank(c.version);
        bool ok = false;
        const double score = a.value(QLatin1String("score")).trimmed().toDouble(&ok);
        c.score = ok && score >= 0 && score <= 10 ? score : -1;
        c.severity = normalizedSeverity(a.value(QLatin1String("severity")).toString());
        c.vector = a.value(QLatin1String("vector")).trimmed().toString();
        skipElement();
        // Temporal and environmental scores describe one site, not the hole.
        if (!type.isEmpty() && type.compare(QLatin1String("Base"), Qt::CaseInsensitive) != 0)
            return;
        if (!best.present || c.rank > best.rank)
            best = c;
    }

    void finishChannel()
    {
        m_feed.version = m_channelDate;
        if (m_feed.version.isEmpty() && m_newest.isValid())
            m_feed.version = m_newest.toString(Qt::ISODate);
        m_feed.released = QDateTime::fromString(m_channelDate, Qt::ISODate);
        if (!m_feed.released.isValid())
            m_feed.released = QDateTime::fromString(m_channelModified, Qt::ISODate);
    }

    // The text of the current element with that of any elements inside it,
    // trimmed, as readElementText(IncludeChildElements) gives it. That one
    // recurses once per level, and 100,000 nested elements overflowed the
    // stack; this reads in a loop and refuses more than kMaxXmlNesting
    // levels. Empty, with m_failed set, when refused.
    QString readText() { return consumeElement(true); }

    // skipCurrentElement, with the same bound.
    void skipElement() { consumeElement(false); }

    QString consumeElement(bool keepText)
    {
        // The name is kept in a reused buffer: a new string per element read
        // was a tenth of the time of reading a large feed.
        const QStringView name = m_xml.qualifiedName();
        m_element.resize(name.size());
        std::copy(name.begin(), name.end(), m_element.data());
        const int line = static_cast<int>(m_xml.lineNumber());
        QString text;
        int depth = 0;
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                if (keepText)
                    text += m_xml.text();
                break;
            case QXmlStreamReader::StartElement:
                if (++depth > kMaxXmlNesting) {
                    refuse(FeedErrorKind::InvalidContent,
                           Jvn::tr("Line %1: the element <%2> holds elements nested more than %3 "
                                   "deep; a JVN feed nests a few. The file is damaged or is not "
                                   "a JVN feed.")
                               .arg(line)
                               .arg(m_element)
                               .arg(kMaxXmlNesting),
                           line);
                    return {};
                }
                break;
            case QXmlStreamReader::EndElement:
                if (depth-- == 0)
                    return text.trimmed();
                break;
            default:
                break;
            }
        }
        // Cut off or not well-formed: the caller reports m_xml's error.
        return {};
    }

    Result<Feed> xmlFailure()
    {
        const int line = static_cast<int>(m_xml.lineNumber());
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return detail::fail<Feed>(
                m_error, FeedErrorKind::Truncated, line,
                Jvn::tr("Line %1: the feed ends before its XML is complete: the file is "
                        "incomplete, perhaps a download that was cut off. Download it again.")
                    .arg(line));
        return detail::fail<Feed>(
            m_error, FeedErrorKind::Malformed, line,
            Jvn::tr("Line %1, column %2: the file is not well-formed XML (%3).")
                .arg(line)
                .arg(m_xml.columnNumber())
                .arg(m_xml.errorString()));
    }

    bool refuse(FeedErrorKind kind, const QString &message, int line = 0)
    {
        m_failure = detail::fail<Feed>(m_error, kind, line, message);
        m_failed = true;
        return false;
    }

    const QByteArray &m_input;
    QByteArray m_bytes; // m_input, or its UTF-8 text when it was UTF-16
    FeedError *m_error;
    bool m_failed = false;
    QString m_element; // the element consumeElement reads
    QXmlStreamReader m_xml;
    Feed m_feed;
    Result<Feed> m_failure = Result<Feed>::failure(QString());
    QSet<QString> m_ids;
    QString m_channelDate;
    QString m_channelModified;
    QDate m_newest;
};

} // namespace

Result<Feed> parseJvnRss(const QByteArray &bytes, FeedError *error)
{
    return Parser(bytes, error).run();
}

} // namespace feeds
} // namespace kamae
