#include "io/Xlsx.h"

#include "io/XmlScanner.h"

#include "core/InputFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QTime>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <quazip/unzip.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace kamae {
namespace io {

namespace {

struct Xlsx
{
    Q_DECLARE_TR_FUNCTIONS(kamae::io::Xlsx)
};

// Excel's own limits (Specifications and limits, Excel 2007 and later).
// Columns and characters in a cell: Table.h, the same for every reader and
// for the writer.
constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = kMaxTableColumns;
// A 100,000-row sheet is about 100 MB of XML; this refuses zip bombs and
// wrong files before they exhaust memory.
constexpr qint64 kMaxPartBytes = 512LL * 1024 * 1024;

const QLatin1String kMainNamespace("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QLatin1String
    kRelationshipsNamespace("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

template <typename T> Result<T> fail(ReadError *error, int line, const QString &message)
{
    if (error)
        *error = ReadError{line, message};
    return Result<T>::failure(message);
}

// "A" for 0, "Z" for 25, "AA" for 26.
QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// --- Strings inside the XML ---------------------------------------------

bool isHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

// _xHHHH_ at i: how OOXML stores characters XML 1.0 cannot (ST_Xstring).
bool isEscapeAt(QStringView s, qsizetype i)
{
    return i + 6 < s.size() && s[i] == u'_' && s[i + 1] == u'x' && isHex(s[i + 2].unicode()) &&
           isHex(s[i + 3].unicode()) && isHex(s[i + 4].unicode()) && isHex(s[i + 5].unicode()) &&
           s[i + 6] == u'_';
}

QString unescapeText(QString s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        if (isEscapeAt(s, i)) {
            out += QChar(static_cast<char16_t>(QStringView(s).mid(i + 2, 4).toUInt(nullptr, 16)));
            i += 7;
        } else {
            out += s.at(i++);
        }
    }
    return out;
}

void appendEscape(QString &out, char16_t code)
{
    out += QLatin1String("_x");
    out += QStringLiteral("%1").arg(static_cast<uint>(code), 4, 16, QLatin1Char('0')).toUpper();
    out += QLatin1Char('_');
}

// XML text with what XML 1.0 cannot hold escaped the way Excel does it. A CR
// is escaped too: XML parsers turn it into LF. A literal "_x0041_" gets its
// underscore escaped so that it reads back unchanged.
void appendXmlText(QString &out, QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        switch (c) {
        case u'&':
            out += QLatin1String("&amp;");
            continue;
        case u'<':
            out += QLatin1String("&lt;");
            continue;
        case u'>':
            out += QLatin1String("&gt;");
            continue;
        case u'"':
            out += QLatin1String("&quot;");
            continue;
        case u'\t':
        case u'\n':
            out += QChar(c);
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            appendEscape(out, c);
        } else if (c == u'_' && isEscapeAt(s, i)) {
            appendEscape(out, u'_');
        } else if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            out += s[i];
            out += s[++i];
        } else if (QChar::isSurrogate(c)) {
            appendEscape(out, c);
        } else {
            out += QChar(c);
        }
    }
}

// --- Reading the package --------------------------------------------------

// A damaged directory sends QuaZip's reads past the end of the file; a
// QBuffer would log a warning for each such seek (a file only fails the
// read), and the person importing would see them on the command line.
class QuietBuffer final : public QBuffer
{
public:
    using QBuffer::QBuffer;
    bool seek(qint64 position) override
    {
        return position >= 0 && position <= size() && QBuffer::seek(position);
    }
};

class Package
{
    // A zip without its 64-bit extension holds at most 65,535 files; a
    // workbook of a thousand sheets with their pictures holds a few
    // thousand. Bounds the index a damaged directory can fill.
    static constexpr qsizetype kMaxParts = 100000;

public:
    // The whole file, read once (at most kMaxTableFileBytes): QuaZip reads
    // the directory a byte at a time with seeks in between, a system call
    // each from a file, and a buffered file sets up a fresh 16 KiB buffer
    // after each seek.
    Package(const QString &path, QByteArray bytes)
        : m_path(path), m_bytes(std::move(bytes)), m_buffer(&m_bytes), m_zip(&m_buffer)
    {}

    Status open()
    {
        if (!m_buffer.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ||
            !m_zip.open(QuaZip::mdUnzip))
            return notAWorkbook();
        // Part names are case-insensitive in Open Packaging; Excel relies on
        // it. QuaZip answers a lookup of a name it has not met yet by reading
        // on in the directory, and reads a damaged entry again at every such
        // lookup, a few bytes per read: an entry claiming a 50 KB name or
        // extra field cost thousands of reads for each part looked up. The
        // directory is read once here, and a damaged entry refuses the file;
        // the first of two same names wins, as QuaZip's own lookup had it.
        qsizetype entries = 0;
        for (bool more = m_zip.goToFirstFile(); more; more = m_zip.goToNextFile()) {
            const QString name = m_zip.getCurrentFileName();
            unz64_file_pos position{};
            if (m_zip.getZipError() != UNZ_OK ||
                unzGetFilePos64(m_zip.getUnzFile(), &position) != UNZ_OK)
                return notAWorkbook();
            if (++entries > kMaxParts)
                return Status::failure(
                    Xlsx::tr("%1 holds more than %2 files; it is not a workbook Kamae can read.")
                        .arg(native(m_path))
                        .arg(kMaxParts));
            const QString key = name.toCaseFolded();
            if (!m_parts.contains(key))
                m_parts.insert(key, position);
        }
        if (m_zip.getZipError() != UNZ_OK)
            return notAWorkbook();
        // QuaZipFile opens "the current file" only once QuaZip has one (read()
        // moves it). A zip of no files at all has already failed above.
        if (!m_zip.goToFirstFile())
            return notAWorkbook();
        return {};
    }

    bool has(const QString &part) const { return m_parts.contains(part.toCaseFolded()); }

    Result<QByteArray> read(const QString &part)
    {
        const auto found = m_parts.constFind(part.toCaseFolded());
        if (found == m_parts.cend())
            return Result<QByteArray>::failure(
                Xlsx::tr("%1 is not an Excel workbook (.xlsx): %2 is missing.")
                    .arg(native(m_path), part));
        unz64_file_pos position = *found;
        if (unzGoToFilePos64(m_zip.getUnzFile(), &position) != UNZ_OK)
            return damaged(part);
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly))
            return damaged(part);
        if (file.usize() > kMaxPartBytes)
            return Result<QByteArray>::failure(
                Xlsx::tr("%1 is too large to read: %2 holds more than %3 MB.")
                    .arg(native(m_path), part)
                    .arg(kMaxPartBytes / (1024 * 1024)));
        QByteArray bytes = file.readAll();
        file.close();
        // close() checks the CRC; a short or corrupt entry shows up here.
        if (file.getZipError() != UNZ_OK || bytes.size() != file.usize())
            return damaged(part);
        return bytes;
    }

    Result<QByteArray> damaged(const QString &part) const
    {
        return Result<QByteArray>::failure(
            Xlsx::tr("%1 is damaged: %2 cannot be read.").arg(native(m_path), part));
    }

    const QString &path() const { return m_path; }

private:
    Status notAWorkbook() const
    {
        return Status::failure(
            Xlsx::tr("%1 is not an Excel workbook (.xlsx), or it is damaged.").arg(native(m_path)));
    }

    QString m_path;
    QByteArray m_bytes;
    QuietBuffer m_buffer;
    QuaZip m_zip;
    QHash<QString, unz64_file_pos> m_parts; // case-folded name → directory entry
};

QString xmlFailure(const QString &path, const QString &part, const QXmlStreamReader &xml)
{
    return Xlsx::tr("%1 is damaged: %2 cannot be read (line %3: %4).")
        .arg(native(path), part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

QString relationshipsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) +
           QLatin1String(".rels");
}

QString resolveTarget(const QString &fromPart, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = fromPart.lastIndexOf(u'/');
    return QDir::cleanPath(fromPart.left(slash + 1) + target);
}

struct Relationship
{
    QString type; // the last segment of the type URI: "worksheet", "styles", …
    QString part;
};

// Id → relationship; empty when the part has no relationships.
Result<QHash<QString, Relationship>> readRelationships(Package &package, const QString &part)
{
    QHash<QString, Relationship> relationships;
    const QString relsPart = relationshipsPartOf(part);
    if (!package.has(relsPart))
        return relationships;
    const Result<QByteArray> bytes = package.read(relsPart);
    if (!bytes)
        return Result<QHash<QString, Relationship>>::failure(bytes.error());
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement ||
            xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QStringView type = attributes.value(QLatin1String("Type"));
        relationships.insert(
            attributes.value(QLatin1String("Id")).toString(),
            Relationship{
                type.mid(type.lastIndexOf(u'/') + 1).toString(),
                resolveTarget(part, attributes.value(QLatin1String("Target")).toString())});
    }
    if (xml.hasError())
        return Result<QHash<QString, Relationship>>::failure(
            xmlFailure(package.path(), relsPart, xml));
    return relationships;
}

struct SheetEntry
{
    QString name;
    QString part;
};

struct Workbook
{
    QString part;
    QVector<SheetEntry> sheets;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;
};

Result<Workbook> readWorkbook(Package &package)
{
    Workbook workbook;
    workbook.part = QStringLiteral("xl/workbook.xml");
    const auto packageRelationships = readRelationships(package, QString());
    if (!packageRelationships)
        return Result<Workbook>::failure(packageRelationships.error());
    for (const Relationship &r : packageRelationships.value()) {
        if (r.type == QLatin1String("officeDocument"))
            workbook.part = r.part;
    }
    const Result<QByteArray> bytes = package.read(workbook.part);
    if (!bytes)
        return Result<Workbook>::failure(bytes.error());
    const auto relationships = readRelationships(package, workbook.part);
    if (!relationships)
        return Result<Workbook>::failure(relationships.error());
    for (const Relationship &r : relationships.value()) {
        if (r.type == QLatin1String("sharedStrings"))
            workbook.sharedStringsPart = r.part;
        else if (r.type == QLatin1String("styles"))
            workbook.stylesPart = r.part;
    }

    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView value = attributes.value(QLatin1String("date1904"));
            workbook.date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            SheetEntry sheet;
            sheet.name = attributes.value(QLatin1String("name")).toString();
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                    sheet.part = relationships->value(a.value().toString()).part;
            }
            // Without relationships, Excel's own naming is the best guess.
            if (sheet.part.isEmpty())
                sheet.part =
                    QStringLiteral("xl/worksheets/sheet%1.xml").arg(workbook.sheets.size() + 1);
            workbook.sheets.append(sheet);
        }
    }
    if (xml.hasError())
        return Result<Workbook>::failure(xmlFailure(package.path(), workbook.part, xml));
    if (workbook.sheets.isEmpty())
        return Result<Workbook>::failure(Xlsx::tr("%1 has no sheets.").arg(native(package.path())));
    return workbook;
}

// Why the scanner stopped, in QXmlStreamReader's words (translated by Qt),
// or a plain "damaged" when only the scanner objects (a DOCTYPE, say).
QString scanFailure(const QString &path, const QString &part, const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return xmlFailure(path, part, xml);
    return Xlsx::tr("%1 is damaged: %2 cannot be read.").arg(native(path), part);
}

// Digits only, as the attributes and indices of a sheet are.
int toInt(QByteArrayView digits, bool *ok)
{
    qint64 value = 0;
    // More than ten digits cannot be an int; stop before the sum overflows.
    *ok = !digits.isEmpty() && digits.size() <= 10;
    if (!*ok)
        return 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - '0');
    }
    *ok = *ok && value <= std::numeric_limits<int>::max();
    return *ok ? static_cast<int>(value) : 0;
}

// Text of the <t> elements inside the current <si> or <is>, leaving out
// phonetic guides (<rPh>: the furigana Japanese Excel stores).
QString readRichText(XmlScanner &xml)
{
    QString text;
    int phonetic = 0;
    for (int depth = 1; depth > 0 && !xml.failed();) {
        switch (xml.next()) {
        case XmlScanner::Token::StartElement:
            if (phonetic == 0 && xml.name() == "t") {
                text += xml.readElementText();
            } else {
                ++depth;
                phonetic += xml.name() == "rPh";
            }
            break;
        case XmlScanner::Token::EndElement:
            --depth;
            phonetic -= xml.name() == "rPh";
            break;
        case XmlScanner::Token::Text:
        case XmlScanner::Token::End:
        case XmlScanner::Token::Invalid:
            break;
        }
    }
    return unescapeText(text);
}

// Texts longer than a cell may hold are kept as empty strings and their
// indices noted: the cell that uses one is refused with its reference.
Result<QStringList> readSharedStrings(Package &package, const QString &part, QSet<int> *tooLong)
{
    QStringList strings;
    if (part.isEmpty() || !package.has(part))
        return strings;
    const Result<QByteArray> bytes = package.read(part);
    if (!bytes)
        return Result<QStringList>::failure(bytes.error());
    XmlScanner xml(bytes.value());
    for (auto token = xml.next(); token != XmlScanner::Token::End && !xml.failed();
         token = xml.next()) {
        if (xml.isStart("si")) {
            QString text = readRichText(xml);
            if (text.size() > kMaxCellLength) {
                tooLong->insert(static_cast<int>(strings.size()));
                text.clear();
            }
            strings.append(text);
        } else if (xml.isStart("sst")) {
            bool ok = false;
            const int count = toInt(xml.attribute("uniqueCount"), &ok);
            strings.reserve(std::clamp(count, 0, 10'000'000));
        }
    }
    if (xml.failed())
        return Result<QStringList>::failure(scanFailure(package.path(), part, bytes.value()));
    return strings;
}

// --- Number formats -------------------------------------------------------

enum class NumberKind
{
    Plain,
    Date,
    DateTime,
    Time,
    // Elapsed time ([h]:mm:ss, [mm]:ss, [ss]): a duration, not a time of
    // day, shown from its largest unit up (37:30:00, 2250:00).
    ElapsedHours,
    ElapsedMinutes,
    ElapsedSeconds
};

NumberKind builtinKind(int id)
{
    // ECMA-376 18.8.30 and the ja-JP built-ins (27-36, 50-58: 和暦 and
    // 年月日 formats) that Japanese Excel files refer to without defining.
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return NumberKind::Date;
    if (id == 22)
        return NumberKind::DateTime;
    if (id == 46) // [h]:mm:ss
        return NumberKind::ElapsedHours;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || id == 45 || id == 47)
        return NumberKind::Time;
    return NumberKind::Plain;
}

NumberKind customKind(const QString &formatCode)
{
    // Only the first section (positive numbers) decides; quoted text,
    // escaped characters, fills, paddings and [colour]/[$-411] are not
    // format letters. [h], [m] and [s] are elapsed time.
    QString letters;
    bool elapsed = false;
    NumberKind elapsedKind = NumberKind::ElapsedSeconds;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (c == u';')
            break;
        if (c == u'"') {
            i = formatCode.indexOf(u'"', i + 1);
            if (i < 0)
                break;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = formatCode.indexOf(u']', i);
            if (close < 0)
                break;
            const QString inside = formatCode.mid(i + 1, close - i - 1).toLower();
            if (!inside.isEmpty() &&
                (inside.count(u'h') == inside.size() || inside.count(u'm') == inside.size() ||
                 inside.count(u's') == inside.size())) {
                // The first bracketed unit is the largest one shown.
                if (!elapsed)
                    elapsedKind = inside.front() == u'h'   ? NumberKind::ElapsedHours
                                  : inside.front() == u'm' ? NumberKind::ElapsedMinutes
                                                           : NumberKind::ElapsedSeconds;
                elapsed = true;
            }
            i = close;
        } else {
            letters += c.toLower();
        }
    }
    letters.remove(QLatin1String("general"));
    if (letters.contains(QLatin1String("e+")) || letters.contains(QLatin1String("e-")))
        return NumberKind::Plain; // scientific, not the era letter
    const bool date = letters.contains(u'y') || letters.contains(u'd') || letters.contains(u'e') ||
                      letters.contains(u'g');
    const bool time = elapsed || letters.contains(u'h') || letters.contains(u's');
    if (elapsed && !date)
        return elapsedKind;
    if (date && time)
        return NumberKind::DateTime;
    if (date || (letters.contains(u'm') && !time))
        return NumberKind::Date;
    if (time)
        return NumberKind::Time;
    return NumberKind::Plain;
}

// The kind of number each cell style (index into cellXfs) shows.
Result<QVector<NumberKind>> readStyles(Package &package, const QString &part)
{
    QVector<NumberKind> kinds;
    if (part.isEmpty() || !package.has(part))
        return kinds;
    const Result<QByteArray> bytes = package.read(part);
    if (!bytes)
        return Result<QVector<NumberKind>>::failure(bytes.error());
    QHash<int, NumberKind> custom;
    bool inCellXfs = false;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                          customKind(attributes.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            kinds.append(custom.contains(id) ? custom.value(id) : builtinKind(id));
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return Result<QVector<NumberKind>>::failure(xmlFailure(package.path(), part, xml));
    return kinds;
}

QString numberText(QStringView value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value.toString();
    if (std::floor(number) == number && std::fabs(number) < 1e15)
        return QString::number(static_cast<qint64>(number));
    // Excel shows 15 significant digits; the stored binary value often has
    // 17 (0.30000000000000004).
    return QString::number(number, 'g', 15);
}

// A duration in days as Excel shows it under [h]:mm:ss, [mm]:ss or [ss].
QString elapsedText(double days, NumberKind kind)
{
    const qint64 seconds = std::llround(days * 86400.0);
    const auto two = [](qint64 n) {
        return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    };
    switch (kind) {
    case NumberKind::ElapsedHours:
        return QString::number(seconds / 3600) + QLatin1Char(':') + two(seconds / 60 % 60) +
               QLatin1Char(':') + two(seconds % 60);
    case NumberKind::ElapsedMinutes:
        return QString::number(seconds / 60) + QLatin1Char(':') + two(seconds % 60);
    default:
        return QString::number(seconds);
    }
}

QString serialText(QStringView value, NumberKind kind, bool date1904)
{
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (kind == NumberKind::ElapsedHours || kind == NumberKind::ElapsedMinutes ||
        kind == NumberKind::ElapsedSeconds) {
        // Negative durations show as ##### in Excel's 1900 system.
        if (!ok || !std::isfinite(serial) || serial < 0 || serial >= 2958466)
            return numberText(value);
        return elapsedText(serial, kind);
    }
    // 2958465 is 9999-12-31, the last date Excel shows.
    if (!ok || !std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return numberText(value);
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const QTime time = QTime(0, 0).addSecs(static_cast<int>(seconds % 86400));
    // Excel counts the 29 February 1900 that never was (Lotus 1-2-3's bug):
    // serial 1 is 1900-01-01, serial 61 is 1900-03-01.
    const QDate epoch = date1904    ? QDate(1904, 1, 1)
                        : days < 60 ? QDate(1899, 12, 31)
                                    : QDate(1899, 12, 30);
    const QDate date = epoch.addDays(days);
    switch (kind) {
    case NumberKind::Date:
        return date.toString(Qt::ISODate);
    case NumberKind::DateTime:
        return date.toString(Qt::ISODate) + QLatin1Char(' ') +
               time.toString(QStringLiteral("HH:mm:ss"));
    case NumberKind::Time:
        return time.toString(QStringLiteral("HH:mm:ss"));
    case NumberKind::Plain:
    case NumberKind::ElapsedHours:
    case NumberKind::ElapsedMinutes:
    case NumberKind::ElapsedSeconds:
        break;
    }
    return numberText(value);
}

// --- Reading a sheet ------------------------------------------------------

// "BC12" → column 54 (0-based), row 12; false when it is not a reference.
bool parseReference(QByteArrayView reference, int *column, int *row)
{
    qsizetype i = 0;
    int c = 0;
    while (i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z' && c <= kMaxColumns)
        c = c * 26 + (reference[i++] - 'A' + 1);
    if (c == 0 || c > kMaxColumns)
        return false;
    bool ok = false;
    const int r = toInt(reference.sliced(i), &ok);
    if (!ok || r < 1 || r > kMaxRows)
        return false;
    *column = c - 1;
    *row = r;
    return true;
}

struct Cell
{
    int column = 0;
    QString value;
};

class SheetReader
{
public:
    SheetReader(const QString &path, const QString &sheetName, const QStringList &sharedStrings,
                const QSet<int> &tooLong, const QVector<NumberKind> &styles, bool date1904,
                const HeaderChooser &chooseHeader, ReadError *error)
        : m_path(path), m_sheetName(sheetName), m_sharedStrings(sharedStrings), m_tooLong(tooLong),
          m_styles(styles), m_date1904(date1904), m_chooseHeader(chooseHeader), m_error(error)
    {}

    Result<Table> read(const QByteArray &bytes, const QString &part)
    {
        XmlScanner xml(bytes);
        QVector<Cell> cells;
        int rowNumber = 0;
        int nextColumn = 0;
        bool inSheetData = false;
        for (auto token = xml.next(); token != XmlScanner::Token::End && !xml.failed();
             token = xml.next()) {
            if (token == XmlScanner::Token::EndElement) {
                if (inSheetData && xml.name() == "row") {
                    if (!finishRow(rowNumber, cells))
                        return failure();
                    cells.clear();
                } else if (xml.name() == "sheetData") {
                    break; // nothing after it holds cell values
                }
                continue;
            }
            if (token != XmlScanner::Token::StartElement)
                continue;
            if (!inSheetData) {
                inSheetData = xml.name() == "sheetData";
            } else if (xml.name() == "row") {
                const QByteArrayView number = xml.attribute("r");
                bool ok = false;
                const int r = toInt(number, &ok);
                // Rows go down; a missing number means the next one.
                if (number.isEmpty())
                    ++rowNumber;
                else if (ok && r > rowNumber && r <= kMaxRows)
                    rowNumber = r;
                else
                    return damaged(part);
                nextColumn = 0;
            } else if (xml.name() == "c") {
                Cell cell;
                if (!readCell(xml, rowNumber, nextColumn, &cell)) {
                    if (m_failed)
                        return failure();
                    if (xml.failed())
                        break;
                    return damaged(part);
                }
                nextColumn = cell.column + 1;
                if (!cell.value.isEmpty())
                    cells.append(std::move(cell));
            }
        }
        if (xml.failed())
            return Result<Table>::failure(scanFailure(m_path, part, bytes));
        if (!m_headerFound && !m_pending.isEmpty() && !chooseHeader())
            return failure();
        if (!m_headerFound)
            return fail<Table>(m_error, 0, Xlsx::tr("The sheet “%1” is empty.").arg(m_sheetName));
        return std::move(m_table);
    }

private:
    bool readCell(XmlScanner &xml, int rowNumber, int nextColumn, Cell *cell)
    {
        // Views into the XML: they stay valid while the scanner moves on.
        const QByteArrayView reference = xml.attribute("r");
        const QByteArrayView type = xml.attribute("t");
        bool styled = false;
        const int style = toInt(xml.attribute("s"), &styled);
        int row = rowNumber;
        cell->column = nextColumn;
        if (!reference.isEmpty() &&
            (!parseReference(reference, &cell->column, &row) || row != rowNumber))
            return false;
        if (cell->column >= kMaxColumns)
            return false;
        QString raw;
        bool inlineText = false;
        for (bool inCell = true; inCell && !xml.failed();) {
            switch (xml.next()) {
            case XmlScanner::Token::StartElement:
                if (xml.name() == "v") {
                    raw = xml.readElementText();
                } else if (xml.name() == "is") {
                    raw = readRichText(xml);
                    inlineText = true;
                } else {
                    xml.skipElement(); // <f>, <extLst>
                }
                break;
            case XmlScanner::Token::EndElement:
                inCell = false;
                break;
            case XmlScanner::Token::Text:
                break;
            case XmlScanner::Token::End:
            case XmlScanner::Token::Invalid:
                return false;
            }
        }
        if (xml.failed())
            return false;
        if (inlineText || type == "inlineStr") {
            cell->value = raw;
        } else if (type == "s") {
            if (raw.isEmpty())
                return true;
            bool ok = false;
            const int index = raw.toInt(&ok);
            if (!ok || index < 0 || index >= m_sharedStrings.size()) {
                m_failed = true;
                setFailure(rowNumber,
                           Xlsx::tr("Row %1: cell %2 refers to text that is missing "
                                    "from the workbook.")
                               .arg(rowNumber)
                               .arg(columnName(cell->column) + QString::number(rowNumber)));
                return false;
            }
            if (m_tooLong.contains(index))
                return tooLong(rowNumber, cell->column);
            cell->value = m_sharedStrings.at(index);
        } else if (type == "str") {
            cell->value = unescapeText(raw);
        } else if (type == "b") {
            if (!raw.isEmpty())
                cell->value =
                    raw == QLatin1String("0") ? QStringLiteral("FALSE") : QStringLiteral("TRUE");
        } else if (type == "e") {
            cell->value = raw; // #N/A, #DIV/0! as Excel shows them
        } else if (type == "d") {
            // ISO 8601 dates, only written by Strict files and some tools.
            cell->value =
                raw.endsWith(QLatin1String("T00:00:00")) ? raw.left(10) : raw.replace(u'T', u' ');
        } else if (!raw.isEmpty()) {
            const NumberKind kind =
                styled && style < m_styles.size() ? m_styles.at(style) : NumberKind::Plain;
            cell->value =
                kind == NumberKind::Plain ? numberText(raw) : serialText(raw, kind, m_date1904);
        }
        if (cell->value.size() > kMaxCellLength)
            return tooLong(rowNumber, cell->column);
        return true;
    }

    bool tooLong(int rowNumber, int column)
    {
        m_failed = true;
        setFailure(rowNumber, Xlsx::tr("Row %1: cell %2 holds more than the 32,767 characters a "
                                       "cell can hold.")
                                  .arg(rowNumber)
                                  .arg(columnName(column) + QString::number(rowNumber)));
        return false;
    }

    // The first non-empty rows are held back until the header is chosen
    // among them (title rows above it are set aside).
    bool chooseHeader()
    {
        QVector<QStringList> candidates;
        for (const auto &[number, cells] : std::as_const(m_pending)) {
            int last = 0;
            for (const Cell &cell : cells)
                last = std::max(last, cell.column);
            QStringList row(last + 1, QString());
            for (const Cell &cell : cells)
                row[cell.column] = cell.value;
            candidates.append(row);
        }
        const int chosen =
            m_chooseHeader ? std::clamp(m_chooseHeader(candidates), 0, int(candidates.size()) - 1)
                           : 0;
        for (int i = 0; i < chosen; ++i) {
            m_table.titleRows.append(candidates.at(i));
            m_table.titleLines.append(m_pending.at(i).first);
        }
        m_headerFound = true;
        m_table.header = candidates.at(chosen);
        // The rows above belong to the header block (a group row over
        // sub-headings, merged cells): the table is as wide as the widest.
        for (int i = 0; i < chosen; ++i)
            while (m_table.header.size() < candidates.at(i).size())
                m_table.header.append(QString());
        m_table.headerLine = m_pending.at(chosen).first;
        m_lastRow = m_table.headerLine;
        const auto pending = std::move(m_pending);
        m_pending.clear();
        for (qsizetype i = chosen + 1; i < pending.size(); ++i) {
            if (!addRow(pending.at(i).first, pending.at(i).second))
                return false;
        }
        return true;
    }

    bool finishRow(int rowNumber, const QVector<Cell> &cells)
    {
        if (cells.isEmpty())
            return true; // empty rows count only if a later row has values
        if (!m_headerFound) {
            m_pending.append({rowNumber, cells});
            return m_pending.size() < kHeaderSearchRows || chooseHeader();
        }
        return addRow(rowNumber, cells);
    }

    bool addRow(int rowNumber, const QVector<Cell> &cells)
    {
        int last = 0;
        for (const Cell &cell : cells)
            last = std::max(last, cell.column);
        const int width = m_table.columnCount();
        if (last >= width) {
            setFailure(rowNumber,
                       Xlsx::tr("Row %1 has a value in column %2, right of the last header "
                                "column (%3).")
                           .arg(rowNumber)
                           .arg(columnName(last), columnName(width - 1)));
            m_failed = true;
            return false;
        }
        // Each row with a value is padded to the header's width: the cells
        // are bounded so that a wide header cannot multiply a small file.
        if (static_cast<qint64>(m_valueRows + 1) * width > kMaxTableCells) {
            setFailure(rowNumber, Xlsx::tr("Row %1: the sheet has more than %2 cells (%3 columns × "
                                           "%4 rows); split it or remove empty columns.")
                                      .arg(rowNumber)
                                      .arg(kMaxTableCells)
                                      .arg(width)
                                      .arg(m_valueRows + 1));
            m_failed = true;
            return false;
        }
        ++m_valueRows;
        // Rows in between that are empty or absent are empty data rows: the
        // row numbers the user sees stay those of the sheet.
        // They share one list: a stray value in row 1,048,576 costs a
        // pointer per row, not a list of empty strings per row.
        const QStringList emptyRow(width, QString());
        for (int r = m_lastRow + 1; r < rowNumber; ++r) {
            m_table.rows.append(emptyRow);
            m_table.sourceLines.append(r);
            m_table.rowLengths.append(0);
        }
        QStringList row(width, QString());
        for (const Cell &cell : cells)
            row[cell.column] = cell.value;
        m_table.rows.append(std::move(row));
        m_table.sourceLines.append(rowNumber);
        m_table.rowLengths.append(last + 1);
        m_lastRow = rowNumber;
        return true;
    }

    void setFailure(int row, const QString &message) { m_failure = ReadError{row, message}; }

    Result<Table> failure() { return fail<Table>(m_error, m_failure.line, m_failure.message); }

    Result<Table> damaged(const QString &part)
    {
        return Result<Table>::failure(
            Xlsx::tr("%1 is damaged: %2 cannot be read.").arg(native(m_path), part));
    }

    const QString &m_path;
    const QString &m_sheetName;
    const QStringList &m_sharedStrings;
    const QSet<int> &m_tooLong;
    const QVector<NumberKind> &m_styles;
    bool m_date1904;
    const HeaderChooser &m_chooseHeader;
    ReadError *m_error;

    Table m_table;
    QVector<std::pair<int, QVector<Cell>>> m_pending; // rows before the header is chosen
    qint64 m_valueRows = 0;
    bool m_headerFound = false;
    int m_lastRow = 0;
    bool m_failed = false;
    ReadError m_failure;
};

// --- Writing --------------------------------------------------------------

QString validSheetName(const QString &name, bool *ok)
{
    const QString result = name.isEmpty() ? QStringLiteral("Sheet1") : name;
    static const QString forbidden = QStringLiteral(":\\/?*[]");
    *ok = result.size() <= 31 && !result.startsWith(u'\'') && !result.endsWith(u'\'') &&
          result.compare(QLatin1String("History"), Qt::CaseInsensitive) != 0 &&
          std::none_of(result.cbegin(), result.cend(),
                       [](QChar c) { return forbidden.contains(c) || c.unicode() < 0x20; });
    return result;
}

// Excel's column width unit is about one digit of the default font; CJK
// characters take two.
int displayWidth(const QString &text)
{
    int widest = 0;
    int width = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            widest = std::max(widest, width);
            width = 0;
        } else if (!c.isLowSurrogate()) {
            const char16_t u = c.unicode();
            width += (u >= 0x1100 && !(u >= 0xFF61 && u <= 0xFF9F)) ? 2 : 1;
        }
    }
    return std::max(widest, width);
}

void appendNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    int i = sizeof digits;
    do {
        digits[--i] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n > 0);
    out.append(digits + i, static_cast<qsizetype>(sizeof digits) - i);
}

// A literal without strlen() at every one of the millions of cells.
template <qsizetype N> void put(QByteArray &out, const char (&literal)[N])
{
    out.append(literal, N - 1);
}

QByteArray declaration()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
}

QString attributeText(const QString &value)
{
    QString out;
    appendXmlText(out, value);
    return out;
}

struct SheetParts
{
    QByteArray sheet;
    QByteArray sharedStrings;
};

// The sheet refers to every text by its index in the shared strings, so the
// sheet XML is plain ASCII and is built as bytes directly.
SheetParts buildSheet(const Table &table, int columns)
{
    QVector<QByteArray> names(columns);
    for (int c = 0; c < columns; ++c)
        names[c] = columnName(c).toLatin1();
    const int lastRow = table.rowCount() + 1;
    const QByteArray range = columns == 0
                                 ? QByteArray("A1")
                                 : QByteArray("A1:") + names.last() + QByteArray::number(lastRow);

    QHash<QString, int> index;
    QString strings;
    int cellCount = 0;
    auto stringIndex = [&](const QString &text) {
        ++cellCount;
        const auto found = index.constFind(text);
        if (found != index.cend())
            return found.value();
        const int i = static_cast<int>(index.size());
        index.insert(text, i);
        strings += QLatin1String("<si><t");
        if (text.front().isSpace() || text.back().isSpace())
            strings += QLatin1String(" xml:space=\"preserve\"");
        strings += QLatin1Char('>');
        appendXmlText(strings, text);
        strings += QLatin1String("</t></si>");
        return i;
    };

    // Widths first, so the sheet is written in one buffer in one pass.
    QVector<int> widths(columns, 0);
    for (int r = 0; r <= table.rowCount(); ++r) {
        const QStringList &row = r == 0 ? table.header : table.rows.at(r - 1);
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)) + (r == 0 ? 3 : 0));
    }

    SheetParts parts;
    QByteArray &sheet = parts.sheet;
    sheet.reserve(static_cast<qsizetype>(lastRow) * (columns * 40 + 20) + 1024 + columns * 64);
    sheet += declaration();
    sheet += "<worksheet xmlns=\"" + QByteArray(kMainNamespace.data()) + "\" xmlns:r=\"" +
             QByteArray(kRelationshipsNamespace.data()) + "\">";
    sheet += "<dimension ref=\"" + range + "\"/>";
    sheet += "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">";
    if (columns > 0)
        sheet += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                 "state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" "
                 "sqref=\"A2\"/>";
    sheet += "</sheetView></sheetViews>";
    sheet += "<sheetFormatPr defaultRowHeight=\"18.75\"/>";
    if (columns > 0) {
        sheet += "<cols>";
        for (int c = 0; c < columns; ++c) {
            // style 1 (text) also for cells the user adds later
            sheet += "<col min=\"";
            appendNumber(sheet, c + 1);
            sheet += "\" max=\"";
            appendNumber(sheet, c + 1);
            sheet += "\" width=\"";
            appendNumber(sheet, std::clamp(widths.at(c) + 2, 8, 60));
            sheet += "\" style=\"1\" customWidth=\"1\"/>";
        }
        sheet += "</cols>";
    }
    sheet += "<sheetData>";
    for (int r = 0; r <= table.rowCount(); ++r) {
        const QStringList &row = r == 0 ? table.header : table.rows.at(r - 1);
        put(sheet, "<row r=\"");
        appendNumber(sheet, r + 1);
        put(sheet, "\">");
        for (int c = 0; c < row.size(); ++c) {
            const QString &text = row.at(c);
            if (text.isEmpty())
                continue;
            put(sheet, "<c r=\"");
            sheet += names.at(c);
            appendNumber(sheet, r + 1);
            if (r == 0)
                put(sheet, "\" s=\"2\" t=\"s\"><v>");
            else
                put(sheet, "\" s=\"1\" t=\"s\"><v>");
            appendNumber(sheet, stringIndex(text));
            put(sheet, "</v></c>");
        }
        put(sheet, "</row>");
    }
    sheet += "</sheetData>";
    if (columns > 0)
        sheet += "<autoFilter ref=\"" + range + "\"/>";
    sheet += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
             "header=\"0.3\" footer=\"0.3\"/></worksheet>";

    QByteArray &shared = parts.sharedStrings;
    shared += declaration();
    shared += "<sst xmlns=\"" + QByteArray(kMainNamespace.data()) + "\" count=\"";
    appendNumber(shared, cellCount);
    shared += "\" uniqueCount=\"";
    appendNumber(shared, index.size());
    shared += "\">";
    shared += strings.toUtf8();
    shared += "</sst>";
    return parts;
}

QByteArray contentTypes()
{
    return declaration() +
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
           "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
           "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
           "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
           "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
           "</Types>";
}

QByteArray packageRelationships()
{
    return declaration() +
           "<Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
           "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
           "</Relationships>";
}

QByteArray workbookRelationships()
{
    const QByteArray type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    return declaration() +
           "<Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"" +
           type +
           "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
           type + "styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\"" + type +
           "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
}

QByteArray workbookXml(const QString &sheetName, const QString &filterRange)
{
    QString sheetReference = sheetName;
    sheetReference.replace(u'\'', QLatin1String("''"));
    QString xml = QLatin1String("<workbook xmlns=\"");
    xml += kMainNamespace;
    xml += QLatin1String("\" xmlns:r=\"");
    xml += kRelationshipsNamespace;
    xml += QLatin1String("\"><bookViews><workbookView/></bookViews><sheets><sheet name=\"");
    xml += attributeText(sheetName);
    xml += QLatin1String("\" sheetId=\"1\" r:id=\"rId1\"/></sheets>");
    if (!filterRange.isEmpty()) {
        xml += QLatin1String("<definedNames><definedName name=\"_xlnm._FilterDatabase\" "
                             "localSheetId=\"0\" hidden=\"1\">");
        xml +=
            attributeText(QLatin1Char('\'') + sheetReference + QLatin1String("'!") + filterRange);
        xml += QLatin1String("</definedName></definedNames>");
    }
    xml += QLatin1String("</workbook>");
    return declaration() + xml.toUtf8();
}

QByteArray stylesXml()
{
    // Style 0: default; 1: text ("@", numFmt 49); 2: text in bold for the
    // header. 游ゴシック 11 is Japanese Excel's default body font.
    return declaration() + "<styleSheet xmlns=\"" + QByteArray(kMainNamespace.data()) +
           "\"><fonts count=\"2\">"
           "<font><sz val=\"11\"/><name val=\"" +
           QStringLiteral("游ゴシック").toUtf8() +
           "\"/><family val=\"3\"/><charset val=\"128\"/><scheme val=\"minor\"/></font>"
           "<font><b/><sz val=\"11\"/><name val=\"" +
           QStringLiteral("游ゴシック").toUtf8() +
           "\"/><family val=\"3\"/><charset val=\"128\"/><scheme val=\"minor\"/></font>"
           "</fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
           "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
           "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
           "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
           "borderId=\"0\"/></cellStyleXfs><cellXfs count=\"3\">"
           "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
           "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
           "applyNumberFormat=\"1\"/>"
           "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
           "applyNumberFormat=\"1\" applyFont=\"1\"/></cellXfs>"
           "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
           "</cellStyles></styleSheet>";
}

} // namespace

Result<QStringList> xlsxSheetNames(const QString &path)
{
    Result<QByteArray> bytes = input::readInputFileOrReason(path, kMaxTableFileBytes);
    if (!bytes)
        return Result<QStringList>::failure(bytes.error());
    Package package(path, std::move(bytes.value()));
    if (const Status opened = package.open(); !opened)
        return Result<QStringList>::failure(opened.error());
    const Result<Workbook> workbook = readWorkbook(package);
    if (!workbook)
        return Result<QStringList>::failure(workbook.error());
    QStringList names;
    for (const SheetEntry &sheet : workbook->sheets)
        names.append(sheet.name);
    return names;
}

Result<Table> readXlsxFile(const QString &path, const QString &sheet, ReadError *error,
                           const HeaderChooser &chooseHeader)
{
    // Only a regular file of a sane size: a device would be read without end
    // and a FIFO would block.
    Result<QByteArray> file = input::readInputFileOrReason(path, kMaxTableFileBytes);
    if (!file)
        return fail<Table>(error, 0, file.error());
    Package package(path, std::move(file.value()));
    if (const Status opened = package.open(); !opened)
        return fail<Table>(error, 0, opened.error());
    const Result<Workbook> workbook = readWorkbook(package);
    if (!workbook)
        return fail<Table>(error, 0, workbook.error());

    const SheetEntry *entry = nullptr;
    if (sheet.isEmpty()) {
        entry = &workbook->sheets.first();
    } else {
        for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (const SheetEntry &candidate : workbook->sheets) {
                if (!entry && candidate.name.compare(sheet, cs) == 0)
                    entry = &candidate;
            }
        }
        if (!entry)
            return fail<Table>(error, 0,
                               Xlsx::tr("The workbook has no sheet named “%1”.").arg(sheet));
    }

    QSet<int> tooLong;
    const Result<QStringList> strings =
        readSharedStrings(package, workbook->sharedStringsPart, &tooLong);
    if (!strings)
        return fail<Table>(error, 0, strings.error());
    const Result<QVector<NumberKind>> styles = readStyles(package, workbook->stylesPart);
    if (!styles)
        return fail<Table>(error, 0, styles.error());
    const Result<QByteArray> bytes = package.read(entry->part);
    if (!bytes)
        return fail<Table>(error, 0, bytes.error());
    SheetReader reader(path, entry->name, strings.value(), tooLong, styles.value(),
                       workbook->date1904, chooseHeader, error);
    Result<Table> table = reader.read(bytes.value(), entry->part);
    if (!table && error && error->message != table.error())
        *error = ReadError{0, table.error()};
    return table;
}

Status writeXlsxFile(const QString &path, const Table &table, const QString &sheetName)
{
    bool nameOk = false;
    const QString name = validSheetName(sheetName, &nameOk);
    if (!nameOk)
        return Status::failure(
            Xlsx::tr("“%1” cannot be a sheet name: use at most 31 characters, none of "
                     ": \\ / ? * [ ], and no ' at the start or end.")
                .arg(sheetName));
    int columns = table.columnCount();
    for (const QStringList &row : table.rows)
        columns = std::max(columns, static_cast<int>(row.size()));
    if (columns > kMaxColumns || table.rowCount() + 1 > kMaxRows)
        return Status::failure(Xlsx::tr("The table is too large for one Excel sheet (at most "
                                        "1,048,576 rows and 16,384 columns)."));
    for (int r = -1; r < table.rowCount(); ++r) {
        const QStringList &row = r < 0 ? table.header : table.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            if (row.at(c).size() > kMaxCellLength)
                return Status::failure(
                    Xlsx::tr("Row %1, column %2: the text is longer than the 32,767 characters "
                             "a cell can hold.")
                        .arg(r + 2)
                        .arg(columnName(c)));
        }
    }

    const SheetParts parts = buildSheet(table, columns);
    const QString filterRange =
        columns == 0
            ? QString()
            : QStringLiteral("$A$1:$%1$%2").arg(columnName(columns - 1)).arg(table.rowCount() + 1);

    // The zip is made in memory and written with QSaveFile: a failure at any
    // point leaves no partial workbook, and an existing one untouched.
    QByteArray zipBytes;
    {
        QBuffer buffer(&zipBytes);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return Status::failure(Xlsx::tr("Cannot write %1: the workbook cannot be compressed "
                                            "(error %2).")
                                       .arg(native(path))
                                       .arg(zip.getZipError()));
        const std::pair<QString, QByteArray> entries[] = {
            {QStringLiteral("[Content_Types].xml"), contentTypes()},
            {QStringLiteral("_rels/.rels"), packageRelationships()},
            {QStringLiteral("xl/workbook.xml"), workbookXml(name, filterRange)},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships()},
            {QStringLiteral("xl/styles.xml"), stylesXml()},
            {QStringLiteral("xl/sharedStrings.xml"), parts.sharedStrings},
            {QStringLiteral("xl/worksheets/sheet1.xml"), parts.sheet},
        };
        for (const auto &[entryName, data] : entries) {
            QuaZipFile file(&zip);
            // Level 1: the XML is repetitive enough that higher levels gain
            // a few percent of size for several times the time.
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entryName), nullptr, 0, Z_DEFLATED,
                           1) ||
                file.write(data) != data.size()) {
                return Status::failure(Xlsx::tr("Cannot write %1: the workbook cannot be "
                                                "compressed (error %2).")
                                           .arg(native(path))
                                           .arg(file.getZipError()));
            }
            file.close();
            if (file.getZipError() != ZIP_OK)
                return Status::failure(Xlsx::tr("Cannot write %1: the workbook cannot be "
                                                "compressed (error %2).")
                                           .arg(native(path))
                                           .arg(file.getZipError()));
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return Status::failure(Xlsx::tr("Cannot write %1: the workbook cannot be compressed "
                                            "(error %2).")
                                       .arg(native(path))
                                       .arg(zip.getZipError()));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Xlsx::tr("Cannot write %1: %2").arg(native(path), file.errorString()));
    // Flushing before commit() makes a full disk an error here rather than a
    // short file renamed into place.
    if (file.write(zipBytes) != zipBytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(Xlsx::tr("Cannot write %1: %2").arg(native(path), reason));
    }
    if (!file.commit())
        return Status::failure(
            Xlsx::tr("Cannot write %1: %2").arg(native(path), file.errorString()));
    return {};
}

} // namespace io
} // namespace kamae
