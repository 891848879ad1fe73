#include "feeds/FeedFile.h"

#include "core/InputFile.h"
#include "feeds/FeedSupport.h"
#include "feeds/Jvn.h"
#include "feeds/Kev.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>

namespace kamae {
namespace feeds {

namespace {

struct FeedFile
{
    Q_DECLARE_TR_FUNCTIONS(kamae::feeds::FeedFile)
};

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

namespace {

// A UTF-16 text without a byte order mark: every other byte of its ASCII
// start ("<?xml", "{") is zero.
bool looksLikeUtf16WithoutBom(QByteArrayView bytes)
{
    if (bytes.size() < 4)
        return false;
    const auto b = [&bytes](qsizetype i) {
        return static_cast<unsigned char>(bytes[i]);
    };
    return (b(0) != 0 && b(1) == 0 && b(2) != 0 && b(3) == 0) ||
           (b(0) == 0 && b(1) != 0 && b(2) == 0 && b(3) != 0);
}

// Decodes all of `bytes` with the named encoding; false when the encoding is
// unknown or the bytes are not valid in it. ICU substitutes U+FFFD (or SUB
// for single-byte tables) for what it cannot decode; both count as errors.
bool decodesAs(QByteArrayView bytes, const char *encoding)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter) &&
           !text.contains(QChar(0x1A));
}

bool hasNonAscii(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

} // namespace

Result<QByteArray> readableText(const QByteArray &bytes, FeedError *error)
{
    const QByteArrayView view(bytes);
    if (view.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)) ||
        view.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return fail<QByteArray>(
            error, FeedErrorKind::Encoding, 0,
            FeedText::tr("The file is UTF-32, which Kamae does not read. Save it as UTF-8."));
    QStringConverter::Encoding encoding;
    if (view.startsWith("\xFF\xFE")) {
        encoding = QStringConverter::Utf16LE;
    } else if (view.startsWith("\xFE\xFF")) {
        encoding = QStringConverter::Utf16BE;
    } else {
        if (looksLikeUtf16WithoutBom(view))
            return fail<QByteArray>(
                error, FeedErrorKind::Encoding, 0,
                FeedText::tr("The file looks like UTF-16 without a byte order mark, which Kamae "
                             "does not read. Save it as UTF-8, or as UTF-16 with a byte order "
                             "mark."));
        return bytes;
    }
    const QByteArrayView body = view.sliced(2);
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(body);
    if (body.size() % 2 != 0 || decoder.hasError())
        return fail<QByteArray>(error, FeedErrorKind::Encoding, 0,
                                FeedText::tr("The file starts with a UTF-16 byte order mark, but "
                                             "its bytes are not valid UTF-16. Download the feed "
                                             "again, or save it as UTF-8."));
    QByteArray utf8 = text.toUtf8();
    // The declaration still names UTF-16 (or whatever the editor kept): the
    // byte order mark decided, and the text is UTF-8 now.
    const XmlEncoding declared = declaredXmlEncoding(utf8);
    if (!declared.name.isEmpty())
        utf8.replace(declared.valueStart, declared.valueEnd - declared.valueStart, "UTF-8");
    return utf8;
}

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    // Qt's check is much faster on text that is valid, as nearly all is.
    if (bytes.isValidUtf8())
        return -1;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length;
        char32_t min;
        char32_t value;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
            value = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
            value = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
            value = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (qsizetype k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (p[i + k] & 0x3F);
        }
        if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString lookalikeEncoding(QByteArrayView bytes, QStringView except)
{
    auto allowed = [except](QLatin1String name) {
        return except.compare(name, Qt::CaseInsensitive) != 0;
    };
    if (allowed(QLatin1String("UTF-8")) && hasNonAscii(bytes) && firstInvalidUtf8(bytes) < 0)
        return QStringLiteral("UTF-8");
    // Japanese text in Shift_JIS is full of lead bytes 0x81-0x9F, which
    // EUC-JP never has outside 0x8E and 0x8F; EUC-JP text, on the other
    // hand, often also decodes as Shift_JIS (as half-width katakana).
    const bool shiftJisLeads = std::any_of(bytes.begin(), bytes.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x80 && c <= 0x9F && c != 0x8E && c != 0x8F;
    });
    if (allowed(QLatin1String("EUC-JP")) && !shiftJisLeads && decodesAs(bytes, "EUC-JP"))
        return QStringLiteral("EUC-JP");
    if (allowed(QLatin1String("Shift_JIS")) &&
        (decodesAs(bytes, "Shift_JIS") || decodesAs(bytes, "windows-31j")))
        return QStringLiteral("Shift_JIS");
    return {};
}

XmlEncoding declaredXmlEncoding(QByteArrayView bytes)
{
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (!bytes.sliced(start).startsWith("<?xml"))
        return {};
    const qsizetype end = bytes.indexOf("?>", start);
    if (end < 0)
        return {};
    const QByteArrayView declaration = bytes.sliced(start, end - start);
    qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return {};
    at += 8;
    while (at < declaration.size() && (declaration[at] == ' ' || declaration[at] == '='))
        ++at;
    if (at >= declaration.size() || (declaration[at] != '"' && declaration[at] != '\''))
        return {};
    const char quote = declaration[at];
    const qsizetype close = declaration.indexOf(quote, at + 1);
    if (close < 0)
        return {};
    XmlEncoding result;
    result.name = declaration.sliced(at + 1, close - at - 1).toByteArray();
    result.valueStart = start + at + 1;
    result.valueEnd = start + close;
    return result;
}

QString encodingMismatchMessage(int line, const QString &declared, const QString &lookalike)
{
    if (lookalike.isEmpty())
        return FeedText::tr("Line %1: the file declares the encoding %2, but its bytes are not "
                            "%2. Download the feed again, or save it in the encoding it "
                            "declares.")
            .arg(line)
            .arg(declared);
    return FeedText::tr("Line %1: the file declares the encoding %2, but its bytes are not %2; "
                        "they look like %3. Download the feed again, or save it in the encoding "
                        "it declares.")
        .arg(line)
        .arg(declared, lookalike);
}

} // namespace detail

Result<Feed> parseFeed(const QByteArray &input, FeedError *error)
{
    const Result<QByteArray> text = detail::readableText(input, error);
    if (!text)
        return Result<Feed>::failure(text.error());
    const QByteArray &bytes = text.value();
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
    // Only regular files, checked before anything is read: /dev/zero never
    // ends and a FIFO would wait for a writer.
    const input::InputFile file = input::readInputFile(path, maxBytes);
    if (!file.ok()) {
        if (file.error == input::InputFileError::TooLarge)
            return detail::fail<Feed>(error, FeedErrorKind::TooLarge, 0,
                                      tooLargeMessage(path, maxBytes));
        return detail::fail<Feed>(error, FeedErrorKind::Unreadable, 0,
                                  input::describeInputFileError(file, path, maxBytes));
    }
    return parseFeed(file.bytes, error);
}

} // namespace feeds
} // namespace kamae
