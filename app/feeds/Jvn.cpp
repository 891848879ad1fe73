#include "feeds/Jvn.h"

#include "feeds/FeedSupport.h"

#include <QSet>
#include <QXmlStreamReader>

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
const QLatin1String kSec("http://jvn.jp/rss/mod_sec/3.0/");
// Other versions of the module share this start; they are refused by name
// rather than read with guesses about what changed.
const QLatin1String kSecFamily("http://jvn.jp/rss/mod_sec/");

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

void addOnce(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

void addPair(FeedEntry &entry, const QString &vendor, const QString &product)
{
    if (vendor.isEmpty() && product.isEmpty())
        return;
    const std::pair<QString, QString> pair{vendor, product};
    if (!entry.products.contains(pair))
        entry.products.append(pair);
}

class Parser
{
public:
    Parser(const QByteArray &bytes, FeedError *error) : m_bytes(bytes), m_error(error) {}

    Result<Feed> run()
    {
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

        m_xml.addData(m_bytes);
        if (!readRoot())
            return m_failure;
        m_feed.kind = FeedKind::Jvn;
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() == kRss && m_xml.name() == QLatin1String("channel")) {
                readChannel();
            } else if (m_xml.namespaceUri() == kRss && m_xml.name() == QLatin1String("item")) {
                if (!readItem())
                    return m_failure;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return xmlFailure();
        finishChannel();
        return std::move(m_feed);
    }

private:
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
            if (d.namespaceUri() == kSec)
                return true;
            if (d.namespaceUri().startsWith(kSecFamily))
                otherSec = d.namespaceUri().toString();
        }
        if (!otherSec.isEmpty())
            return refuse(FeedErrorKind::NotAFeed,
                          Jvn::tr("The feed uses the JVN sec: module %1; Kamae reads version "
                                  "3.0 (%2).")
                              .arg(otherSec, kSec));
        return refuse(FeedErrorKind::NotAFeed,
                      Jvn::tr("The RSS file is not a JVN feed: it does not declare the JVN "
                              "sec: module (%1).")
                          .arg(kSec));
    }

    void readChannel()
    {
        while (m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (ns == kRss && name == QLatin1String("title"))
                m_feed.title = readText();
            else if (ns == kDc && name == QLatin1String("date"))
                m_channelDate = readText();
            else if (ns == kDcTerms && name == QLatin1String("modified"))
                m_channelModified = readText();
            else
                m_xml.skipCurrentElement();
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
        while (m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (ns == kSec) {
                if (name == QLatin1String("identifier")) {
                    entry.id = readText();
                } else if (name == QLatin1String("references")) {
                    readReference(entry);
                } else if (name == QLatin1String("cpe")) {
                    const QXmlStreamAttributes a = m_xml.attributes();
                    const std::pair<QString, QString> attributes{
                        a.value(QLatin1String("vendor")).trimmed().toString(),
                        a.value(QLatin1String("product")).trimmed().toString()};
                    const QString uri = readText();
                    const std::pair<QString, QString> fromUri = cpeVendorProduct(uri);
                    addOnce(entry.cpes, uri);
                    addPair(entry, fromUri.first, fromUri.second);
                    addPair(entry, attributes.first, attributes.second);
                    if (!haveFirstCpe) {
                        haveFirstCpe = true;
                        firstAttributes = attributes;
                        entry.vendor = fromUri.first;
                        entry.product = fromUri.second;
                    }
                } else if (name == QLatin1String("cvss")) {
                    readCvss(best);
                } else {
                    m_xml.skipCurrentElement();
                }
            } else if (ns == kRss) {
                if (name == QLatin1String("title"))
                    entry.title = readText();
                else if (name == QLatin1String("link"))
                    entry.url = readText();
                else if (name == QLatin1String("description"))
                    entry.description = readText();
                else
                    m_xml.skipCurrentElement();
            } else if (ns == kDc && name == QLatin1String("date")) {
                date = readText();
            } else if (ns == kDcTerms && name == QLatin1String("issued")) {
                issued = readText();
            } else if (ns == kDcTerms && name == QLatin1String("modified")) {
                modified = readText();
            } else {
                m_xml.skipCurrentElement();
            }
        }
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

    void readReference(FeedEntry &entry)
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
        addOnce(entry.cves, cve);
        if (id.startsWith(QLatin1String("CWE-"), Qt::CaseInsensitive))
            addOnce(entry.cwes, id.toUpper());
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
        m_xml.skipCurrentElement();
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

    QString readText()
    {
        return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
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
        return false;
    }

    const QByteArray &m_bytes;
    FeedError *m_error;
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
