#include "feeds/Kev.h"

#include "feeds/FeedSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace kamae {
namespace feeds {

namespace {

struct Kev
{
    Q_DECLARE_TR_FUNCTIONS(kamae::feeds::Kev)
};

QString text(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

// Each once, in file order; a set keeps that linear (a list lookup made
// 100,000 CWEs in one entry take 17 seconds). The caller caps the count.
QStringList cwes(const QJsonValue &value)
{
    QStringList result;
    QSet<QString> seen;
    auto add = [&result, &seen](const QString &cwe) {
        const QString t = cwe.trimmed();
        if (t.isEmpty())
            return;
        if (result.size() < detail::kSetFrom) {
            if (!result.contains(t))
                result.append(t);
            return;
        }
        if (seen.isEmpty())
            seen = QSet<QString>(result.cbegin(), result.cend());
        if (!seen.contains(t)) {
            seen.insert(t);
            result.append(t);
        }
    };
    // Older catalogues had no cwes; a single string is taken as one.
    if (value.isString())
        add(value.toString());
    const QJsonArray list = value.toArray();
    for (const QJsonValue &item : list)
        add(item.toString());
    return result;
}

Result<Feed> jsonFailure(const QByteArray &bytes, const QJsonParseError &parseError,
                         FeedError *error)
{
    qsizetype end = bytes.size();
    while (end > 0 && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t' || bytes[end - 1] == '\r' ||
                       bytes[end - 1] == '\n'))
        --end;
    // Qt reports a cut-off document at its end, or one past it when the cut
    // is inside a string; the file's end is the place to name.
    const qsizetype offset = std::min<qsizetype>(parseError.offset, bytes.size());
    const int line = detail::lineAtByte(bytes, offset);
    if (offset >= end)
        return detail::fail<Feed>(
            error, FeedErrorKind::Truncated, line,
            Kev::tr("The JSON ends early, at byte %1 (line %2): the file is incomplete, perhaps "
                    "a download that was cut off. Download it again.")
                .arg(offset)
                .arg(line));
    return detail::fail<Feed>(
        error, FeedErrorKind::Malformed, line,
        Kev::tr("The file is not valid JSON: %1 at byte %2 (line %3).")
            .arg(parseError.errorString(), QString::number(offset), QString::number(line)));
}

Result<Feed> invalid(FeedError *error, const QString &message)
{
    return detail::fail<Feed>(error, FeedErrorKind::InvalidContent, 0, message);
}

} // namespace

Result<Feed> parseKev(const QByteArray &input, FeedError *error)
{
    const Result<QByteArray> readable = detail::readableText(input, error);
    if (!readable)
        return Result<Feed>::failure(readable.error());
    const QByteArray &bytes = readable.value();
    const qsizetype start = detail::contentStart(bytes);
    if (start == bytes.size())
        return detail::fail<Feed>(error, FeedErrorKind::Empty, 0, detail::emptyMessage());
    if (bytes.at(start) == '<' && detail::looksLikeHtml(bytes, start))
        return detail::fail<Feed>(error, FeedErrorKind::WebPage, 0, detail::webPageMessage());
    if (bytes.at(start) != '{' && bytes.at(start) != '[')
        return detail::fail<Feed>(error, FeedErrorKind::NotAFeed, 0,
                                  Kev::tr("The file is not JSON, so it is not a CISA KEV "
                                          "catalogue."));

    // JSON is UTF-8 (RFC 8259); Qt would read other bytes as U+FFFD and
    // keep going, or stop with a JSON error that does not say why.
    if (const qsizetype bad = detail::firstInvalidUtf8(bytes); bad >= 0) {
        const int line = detail::lineAtByte(bytes, bad);
        const QString lookalike = detail::lookalikeEncoding(bytes, u"UTF-8");
        return detail::fail<Feed>(
            error, FeedErrorKind::Encoding, line,
            lookalike.isEmpty()
                ? Kev::tr("Line %1: the file is not UTF-8, which a KEV catalogue (JSON) must be. "
                          "Download the catalogue again, or save it as UTF-8.")
                      .arg(line)
                : Kev::tr("Line %1: the file is not UTF-8, which a KEV catalogue (JSON) must be; "
                          "its bytes look like %2. Download the catalogue again, or save it as "
                          "UTF-8.")
                      .arg(line)
                      .arg(lookalike));
    }

    // QJsonDocument skips a UTF-8 byte order mark itself, so its offsets are
    // those of the file (of its UTF-8 text, for a UTF-16 file).
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return jsonFailure(bytes, parseError, error);
    if (!document.isObject())
        return detail::fail<Feed>(error, FeedErrorKind::NotAFeed, 0,
                                  Kev::tr("The JSON file is not a CISA KEV catalogue: it holds a "
                                          "list, not the catalogue object."));

    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("catalogVersion"));
    const QJsonValue list = root.value(QLatin1String("vulnerabilities"));
    if (version.isUndefined() && list.isUndefined())
        return detail::fail<Feed>(error, FeedErrorKind::NotAFeed, 0,
                                  Kev::tr("The JSON file is not a CISA KEV catalogue: it has "
                                          "neither catalogVersion nor vulnerabilities."));
    Feed feed;
    feed.kind = FeedKind::Kev;
    // Only ever seen as a string ("2024.05.01"); a number would still say
    // which edition it is.
    feed.version =
        version.isDouble() ? QString::number(version.toDouble()) : version.toString().trimmed();
    if (feed.version.isEmpty())
        return invalid(error, Kev::tr("The KEV catalogue has no catalogVersion."));
    if (list.isUndefined())
        return invalid(error, Kev::tr("The KEV catalogue has no vulnerabilities list."));
    if (!list.isArray())
        return invalid(error, Kev::tr("The vulnerabilities of the KEV catalogue are not a list."));
    feed.title = text(root, QLatin1String("title")).trimmed();
    feed.released =
        QDateTime::fromString(text(root, QLatin1String("dateReleased")).trimmed(), Qt::ISODate);

    const QJsonArray vulnerabilities = list.toArray();
    feed.entries.reserve(vulnerabilities.size());
    QSet<QString> seen;
    seen.reserve(vulnerabilities.size());
    for (qsizetype i = 0; i < vulnerabilities.size(); ++i) {
        // 1-based, as a person counts the entries they look at.
        const qsizetype number = i + 1;
        const QJsonValue value = vulnerabilities.at(i);
        if (!value.isObject())
            return invalid(error,
                           Kev::tr("Entry %1 of the KEV catalogue is not an object.").arg(number));
        const QJsonObject o = value.toObject();
        const QString rawCve = text(o, QLatin1String("cveID"));
        if (rawCve.trimmed().isEmpty())
            return invalid(error,
                           Kev::tr("Entry %1 of the KEV catalogue has no cveID.").arg(number));
        FeedEntry entry;
        entry.id = detail::normalizedCve(rawCve);
        if (entry.id.isEmpty())
            return invalid(error, Kev::tr("Entry %1 of the KEV catalogue has the cveID \"%2\", "
                                          "which is not a CVE id like CVE-2024-12345.")
                                      .arg(number)
                                      .arg(rawCve));

        const QJsonValue added = o.value(QLatin1String("dateAdded"));
        if (added.isUndefined() || added.isNull())
            return invalid(error, Kev::tr("%1 (entry %2 of the KEV catalogue) has no dateAdded.")
                                      .arg(entry.id)
                                      .arg(number));
        const QString addedText = added.toString().trimmed();
        entry.published = detail::isoDate(addedText);
        if (!entry.published.isValid())
            return invalid(error, Kev::tr("%1 (entry %2 of the KEV catalogue): dateAdded \"%3\" is "
                                          "not a date like 2024-05-01.")
                                      .arg(entry.id)
                                      .arg(number)
                                      .arg(added.toVariant().toString()));
        const QString dueText = text(o, QLatin1String("dueDate")).trimmed();
        if (!dueText.isEmpty()) {
            entry.dueDate = detail::isoDate(dueText);
            if (!entry.dueDate.isValid())
                return invalid(error, Kev::tr("%1 (entry %2 of the KEV catalogue): dueDate \"%3\" "
                                              "is not a date like 2024-05-22.")
                                          .arg(entry.id)
                                          .arg(number)
                                          .arg(dueText));
        }
        // CISA lists a CVE once; should a copy slip in, the first one stands.
        if (seen.contains(entry.id))
            continue;
        seen.insert(entry.id);

        entry.cves = QStringList{entry.id};
        entry.vendor = text(o, QLatin1String("vendorProject")).trimmed();
        entry.product = text(o, QLatin1String("product")).trimmed();
        if (!entry.vendor.isEmpty() || !entry.product.isEmpty())
            entry.products.append({entry.vendor, entry.product});
        entry.title = text(o, QLatin1String("vulnerabilityName")).trimmed();
        entry.description = text(o, QLatin1String("shortDescription")).trimmed();
        entry.requiredAction = text(o, QLatin1String("requiredAction")).trimmed();
        entry.knownExploited = true;
        // "Known" or "Unknown"; CISA never says "no", only that it does not know.
        entry.knownRansomwareUse = text(o, QLatin1String("knownRansomwareCampaignUse"))
                                       .trimmed()
                                       .compare(QLatin1String("Known"), Qt::CaseInsensitive) == 0;
        entry.url = QStringLiteral("https://nvd.nist.gov/vuln/detail/") + entry.id;
        const QJsonValue cweValue = o.value(QLatin1String("cwes"));
        if (cweValue.isArray() && cweValue.toArray().size() > kMaxCwesPerEntry)
            return invalid(error, Kev::tr("%1 (entry %2 of the KEV catalogue) has more than %3 "
                                          "CWEs; real entries have a few. The file is damaged or "
                                          "is not CISA's catalogue.")
                                      .arg(entry.id)
                                      .arg(number)
                                      .arg(kMaxCwesPerEntry));
        entry.cwes = cwes(cweValue);
        entry.notes = text(o, QLatin1String("notes")).trimmed();
        feed.entries.append(std::move(entry));
    }
    return feed;
}

} // namespace feeds
} // namespace kamae
