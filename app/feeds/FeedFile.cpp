#include "feeds/FeedFile.h"

#include "feeds/FeedSupport.h"
#include "feeds/Jvn.h"
#include "feeds/Kev.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace kamae {
namespace feeds {

namespace {

struct FeedFile
{
    Q_DECLARE_TR_FUNCTIONS(kamae::feeds::FeedFile)
};

// Pipes and devices do not know their size; they are read in pieces of this
// size so that the limit is checked without allocating it up front.
constexpr qint64 kChunkBytes = 1024 * 1024;

bool startsWith(QByteArrayView bytes, qsizetype from, QByteArrayView prefix)
{
    return bytes.size() - from >= prefix.size() && bytes.sliced(from, prefix.size()) == prefix;
}

// Files people pick by mistake in the download folder, said by name because
// "neither format" does not tell them what to do instead.
QString notAFeedMessage(QByteArrayView bytes, qsizetype start)
{
    if (startsWith(bytes, start, "%PDF-"))
        return FeedFile::tr("The file is a PDF document, not a CISA KEV catalogue (JSON) or a JVN "
                            "iPedia feed (JVNRSS XML).");
    if (startsWith(bytes, start, "PK\x03\x04") || startsWith(bytes, start, "\x1F\x8B"))
        return FeedFile::tr("The file is compressed (ZIP or gzip): extract the feed from it "
                            "first.");
    // CISA offers the same catalogue as CSV next to the JSON.
    if (startsWith(bytes, start, "cveID,vendorProject") ||
        startsWith(bytes, start, "\"cveID\",\"vendorProject\""))
        return FeedFile::tr("The file is the CSV edition of the KEV catalogue; Kamae reads the "
                            "JSON edition (known_exploited_vulnerabilities.json).");
    return FeedFile::tr("The file is neither a CISA KEV catalogue (JSON) nor a JVN iPedia feed "
                        "(JVNRSS XML).");
}

QString tooLargeMessage(const QString &path, qint64 maxBytes)
{
    return FeedFile::tr("%1 is larger than %2, too large for a vulnerability feed.")
        .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(maxBytes));
}

} // namespace

namespace detail {

qsizetype contentStart(QByteArrayView bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() &&
           (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    return i;
}

int lineAtByte(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

bool looksLikeHtml(QByteArrayView bytes, qsizetype from)
{
    // The start is enough: a page declares itself in its first lines, and a
    // feed never has an html element anywhere.
    const QByteArray head =
        bytes.sliced(from, std::min<qsizetype>(bytes.size() - from, 1024)).toByteArray().toLower();
    return head.startsWith("<!doctype html") || head.contains("<html");
}

QString normalizedCve(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 13 || !t.startsWith(u"CVE-", Qt::CaseInsensitive) || t[8] != u'-')
        return {};
    for (qsizetype i = 4; i < t.size(); ++i) {
        if (i != 8 && !(t[i] >= u'0' && t[i] <= u'9'))
            return {};
    }
    return t.toString().toUpper();
}

QDate isoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    int digits[8];
    int n = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7)
            continue;
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return {};
        digits[n++] = c - u'0';
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int month = digits[4] * 10 + digits[5];
    const int day = digits[6] * 10 + digits[7];
    // QDate(y, m, d) is invalid for 2021-02-30 or month 13, as it should be.
    return QDate(year, month, day);
}

QDate leadingDate(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 10 || (t.size() > 10 && t[10] != u'T' && t[10] != u' '))
        return {};
    return isoDate(t.left(10));
}

QString emptyMessage()
{
    return FeedText::tr("The file is empty.");
}

QString webPageMessage()
{
    return FeedText::tr("The file is a web page (HTML), not a feed. Save the feed file itself "
                        "(the JSON or RSS link on the page), not the page.");
}

} // namespace detail

Result<Feed> parseFeed(const QByteArray &bytes, FeedError *error)
{
    const qsizetype start = detail::contentStart(bytes);
    if (start == bytes.size())
        return detail::fail<Feed>(error, FeedErrorKind::Empty, 0, detail::emptyMessage());
    switch (bytes.at(start)) {
    case '{':
    case '[':
        return parseKev(bytes, error);
    case '<':
        return parseJvnRss(bytes, error);
    default:
        return detail::fail<Feed>(error, FeedErrorKind::NotAFeed, 0, notAFeedMessage(bytes, start));
    }
}

Result<Feed> readFeedFile(const QString &path, FeedError *error, qint64 maxBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return detail::fail<Feed>(error, FeedErrorKind::Unreadable, 0,
                                  FeedFile::tr("%1 is a folder, not a file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return detail::fail<Feed>(
            error, FeedErrorKind::Unreadable, 0,
            FeedFile::tr("Cannot read %1: %2").arg(shown, file.errorString()));
    QByteArray bytes;
    if (!file.isSequential()) {
        if (file.size() > maxBytes)
            return detail::fail<Feed>(error, FeedErrorKind::TooLarge, 0,
                                      tooLargeMessage(path, maxBytes));
        bytes = file.readAll();
    } else {
        while (file.error() == QFileDevice::NoError) {
            const QByteArray chunk = file.read(std::min(kChunkBytes, maxBytes + 1 - bytes.size()));
            if (chunk.isEmpty())
                break;
            bytes += chunk;
            if (bytes.size() > maxBytes)
                break;
        }
    }
    if (file.error() != QFileDevice::NoError)
        return detail::fail<Feed>(
            error, FeedErrorKind::Unreadable, 0,
            FeedFile::tr("Cannot read %1: %2").arg(shown, file.errorString()));
    // Also catches a file that grew between the size check and the read.
    if (bytes.size() > maxBytes)
        return detail::fail<Feed>(error, FeedErrorKind::TooLarge, 0,
                                  tooLargeMessage(path, maxBytes));
    return parseFeed(bytes, error);
}

} // namespace feeds
} // namespace kamae
