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

// Text the parsers can read, from a file's bytes: UTF-16 with a byte order
// mark (either order) becomes UTF-8, and an XML declaration in it then names
// UTF-8; anything else comes back as it is. Fails with an Encoding error for
// UTF-32, UTF-16 without a byte order mark, and UTF-16 that is not valid.
Result<QByteArray> readableText(const QByteArray &bytes, FeedError *error);

// Lists of an entry shorter than this are searched directly for repeats;
// longer ones through a hash set, so that a list of any length is read in
// linear time.
constexpr qsizetype kSetFrom = 16;

// Offset of the first byte that does not belong to valid UTF-8 (overlong
// forms, surrogates and values past U+10FFFF are not valid), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

// What bytes that are not in the expected encoding look like: "UTF-8",
// "EUC-JP" or "Shift_JIS" (the encodings Japanese files come in), other than
// `except`; empty when none fits.
QString lookalikeEncoding(QByteArrayView bytes, QStringView except);

// The encoding an XML declaration at the start of `bytes` names (after a
// UTF-8 byte order mark), and where its value sits; empty when there is no
// declaration or it names no encoding.
struct XmlEncoding
{
    QByteArray name;
    qsizetype valueStart = -1;
    qsizetype valueEnd = -1;
};
XmlEncoding declaredXmlEncoding(QByteArrayView bytes);

// The messages for bytes that are not in the encoding they should be in.
QString encodingMismatchMessage(int line, const QString &declared, const QString &lookalike);

} // namespace detail
} // namespace feeds
} // namespace kamae
