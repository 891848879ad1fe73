#pragma once

// What the feed parsers share. Internal to app/feeds/.

#include "core/Result.h"
#include "feeds/Feed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace kamae {
namespace feeds {

// Gives the messages every format can produce (empty file, not a feed) one
// translation context, so that each is translated once.
struct FeedText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::feeds::FeedText)
};

namespace detail {

template <typename T>
Result<T> fail(FeedError *error, FeedErrorKind kind, int line, const QString &message)
{
    if (error)
        *error = FeedError{kind, line, message};
    return Result<T>::failure(message);
}

// Offset of the first byte after a UTF-8 byte order mark and white space, or
// bytes.size() when there is nothing else.
qsizetype contentStart(QByteArrayView bytes);

// 1-based line of the byte at `offset`; CRLF, LF and a lone CR end a line.
int lineAtByte(QByteArrayView bytes, qsizetype offset);

// The bytes at `from` look like an HTML page rather than XML data.
bool looksLikeHtml(QByteArrayView bytes, qsizetype from);

// "cve-2024-1234 " → "CVE-2024-1234"; a null string when the text is not a
// CVE id (CVE, a four-digit year, four or more digits).
QString normalizedCve(QStringView text);

// "2024-05-01" exactly (no spaces, no time), else invalid. QDate::fromString
// with a format goes through the locale-aware parser, which was a tenth of
// the time of reading a large feed.
QDate isoDate(QStringView text);

// The date at the start of `text` when it begins with YYYY-MM-DD ("2024-02-14"
// or "2024-02-14T16:35+09:00"): the calendar day as written, without turning
// it into another time zone. Invalid otherwise.
QDate leadingDate(QStringView text);

QString emptyMessage();
QString webPageMessage();

} // namespace detail
} // namespace feeds
} // namespace kamae
