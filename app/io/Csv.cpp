#include "io/Csv.h"

#include "core/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <utility>

namespace kamae {
namespace io {

namespace {

struct Csv
{
    Q_DECLARE_TR_FUNCTIONS(kamae::io::Csv)
};

// ICU's name for Microsoft's Shift_JIS. Plain "Shift_JIS" would be JIS X 0208
// only in some converters and lose ①, ㈱ or 髙, which Japanese Excel writes.
constexpr char kWindows31J[] = "windows-31j";

const QByteArray &utf8Bom()
{
    static const QByteArray bom("\xEF\xBB\xBF", 3);
    return bom;
}

QString hexByte(uchar byte)
{
    return QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
}

template <typename T> Result<T> fail(ReadError *error, int line, const QString &message)
{
    if (error)
        *error = ReadError{line, message};
    return Result<T>::failure(message);
}

// --- Decoding -------------------------------------------------------------

// 1-based physical line of the byte at `offset`, counting CRLF, LF and a lone
// CR as one line end each. Neither UTF-8 nor Shift_JIS uses 0x0A or 0x0D
// inside a multi-byte character, so this agrees with the decoded text.
int lineAtByte(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    const char *d = bytes.data();
    for (qsizetype i = 0; i < offset; ++i) {
        if (d[i] == '\n' || (d[i] == '\r' && (i + 1 >= bytes.size() || d[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// Offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode
// table 3-7: no overlongs, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            length = 3;
        } else if (c == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (c == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (i + length > n || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

bool decodesAsShiftJis(const char *data, qsizetype size)
{
    // A converter stays in error once it has seen one, even after
    // resetState(), so each probe gets a fresh one (about a microsecond).
    QStringDecoder decoder(kWindows31J, QStringDecoder::Flag::Stateless);
    // decode() is lazy: nothing is converted until the result is assigned.
    const QString text = decoder.decode(QByteArrayView(data, size));
    return !decoder.hasError();
}

// Offset of the first byte Windows-31J cannot decode, or -1. Only called
// after a failed decode: finds the line first, then the character.
qsizetype firstInvalidShiftJis(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype start = 0;
    while (start < n) {
        qsizetype end = start;
        while (end < n && s[end] != '\n' && s[end] != '\r')
            ++end;
        if (!decodesAsShiftJis(bytes.data() + start, end - start)) {
            qsizetype i = start;
            while (i < end) {
                const uchar c = s[i];
                qsizetype length = 1;
                if ((c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC)) {
                    if (i + 1 >= end)
                        return i;
                    const uchar t = s[i + 1];
                    if (t < 0x40 || t == 0x7F || t > 0xFC)
                        return i;
                    length = 2;
                } else if (c >= 0x80 && !(c >= 0xA1 && c <= 0xDF)) {
                    return i;
                }
                if (!decodesAsShiftJis(bytes.data() + i, length))
                    return i;
                i += length;
            }
            return start;
        }
        start = end + 1;
    }
    return -1;
}

struct Decoded
{
    QString text;
    qsizetype badOffset = -1; // -1: decoded
};

Decoded decodeUtf8(QByteArrayView bytes)
{
    Decoded result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    result.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.text.clear();
        result.badOffset = std::max<qsizetype>(0, firstInvalidUtf8(bytes));
    }
    return result;
}

Decoded decodeShiftJis(QByteArrayView bytes)
{
    Decoded result;
    QStringDecoder decoder(kWindows31J, QStringDecoder::Flag::Stateless);
    result.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.text.clear();
        result.badOffset = std::max<qsizetype>(0, firstInvalidShiftJis(bytes));
    }
    return result;
}

// --- Parsing ----------------------------------------------------------------

// Counts the candidates outside quotes in the first non-blank line.
char16_t detectDelimiter(const QString &text)
{
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = p + text.size();
    while (p < end && (*p == u'\r' || *p == u'\n'))
        ++p;
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\r' || c == u'\n')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
        else if (c == u';')
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas && semicolons > tabs)
        return u';';
    return u',';
}

// Scans the decoded text with pointers and cuts each field out once: the
// reader's time goes into allocating the fields, not into appending
// characters.
class Parser
{
public:
    enum class Next
    {
        Record,
        BlankLine,
        End,
        UnclosedQuote
    };

    Parser(const QString &text, char16_t delimiter)
        : m_p(reinterpret_cast<const char16_t *>(text.constData())), m_end(m_p + text.size()),
          m_delimiter(delimiter)
    {}

    Next next(QStringList &fields)
    {
        if (m_p == m_end)
            return Next::End;
        m_recordLine = m_line;
        if (*m_p == u'\n' || *m_p == u'\r') {
            skipLineEnd();
            return Next::BlankLine;
        }
        for (;;) {
            if (*m_p == u'"') {
                if (!quotedField(fields))
                    return Next::UnclosedQuote;
            } else {
                const char16_t *start = m_p;
                skipToFieldEnd();
                fields.append(QString(reinterpret_cast<const QChar *>(start), m_p - start));
            }
            if (m_p == m_end)
                return Next::Record;
            if (*m_p != m_delimiter) {
                skipLineEnd();
                return Next::Record;
            }
            ++m_p;
            if (m_p == m_end) {
                fields.append(QString());
                return Next::Record;
            }
        }
    }

    int recordLine() const { return m_recordLine; }
    int quoteLine() const { return m_quoteLine; }

private:
    void skipToFieldEnd()
    {
        while (m_p < m_end) {
            const char16_t c = *m_p;
            if (c == m_delimiter || c == u'\n' || c == u'\r')
                break;
            ++m_p;
        }
    }

    void skipLineEnd()
    {
        if (*m_p == u'\r' && m_p + 1 < m_end && m_p[1] == u'\n')
            ++m_p;
        ++m_p;
        ++m_line;
    }

    bool quotedField(QStringList &fields)
    {
        m_quoteLine = m_line;
        ++m_p;
        QString value;
        const char16_t *segment = m_p;
        for (;;) {
            if (m_p == m_end)
                return false;
            const char16_t c = *m_p;
            if (c == u'"') {
                const bool doubled = m_p + 1 < m_end && m_p[1] == u'"';
                value.append(QStringView(segment, m_p - segment + (doubled ? 1 : 0)));
                if (doubled) {
                    m_p += 2;
                    segment = m_p;
                    continue;
                }
                ++m_p;
                break;
            }
            if (c == u'\n' || (c == u'\r' && !(m_p + 1 < m_end && m_p[1] == u'\n')))
                ++m_line;
            ++m_p;
        }
        // Excel keeps what follows the closing quote ("12" inch → 12 inch)
        // rather than refusing the line; so do we.
        const char16_t *tail = m_p;
        skipToFieldEnd();
        if (m_p != tail)
            value.append(QStringView(tail, m_p - tail));
        fields.append(value);
        return true;
    }

    const char16_t *m_p;
    const char16_t *m_end;
    char16_t m_delimiter;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 1;
};

bool hasText(const QStringList &fields)
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [](const QString &field) { return !field.isEmpty(); });
}

// --- Writing ----------------------------------------------------------------

void appendField(QString &out, const QString &field, QChar delimiter, bool aloneInRow)
{
    const bool needsQuotes = std::any_of(field.cbegin(), field.cend(), [delimiter](QChar c) {
        return c == delimiter || c == u'"' || c == u'\r' || c == u'\n';
    });
    if (!needsQuotes) {
        // A row of one empty field would be a blank line, which readers skip.
        if (aloneInRow && field.isEmpty())
            out += QLatin1String("\"\"");
        else
            out += field;
        return;
    }
    out += QLatin1Char('"');
    qsizetype from = 0;
    for (qsizetype i = field.indexOf(u'"'); i >= 0; i = field.indexOf(u'"', i + 1)) {
        out += QStringView(field).mid(from, i - from + 1);
        out += QLatin1Char('"');
        from = i + 1;
    }
    out += QStringView(field).mid(from);
    out += QLatin1Char('"');
}

void appendRow(QString &out, const QStringList &row, int width, QChar delimiter)
{
    const qsizetype count = std::max<qsizetype>(row.size(), width);
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out += delimiter;
        appendField(out, i < row.size() ? row.at(i) : QString(), delimiter, count == 1);
    }
    out += QLatin1String("\r\n");
}

bool encodesAsShiftJis(QStringView text)
{
    QStringEncoder encoder(kWindows31J, QStringEncoder::Flag::Stateless);
    // encode() is lazy: nothing is converted until the result is assigned.
    const QByteArray bytes = encoder.encode(text);
    return !encoder.hasError();
}

// The first character of `field` Windows-31J cannot hold (a whole surrogate
// pair when it is one), or an empty string.
QString firstUnencodable(const QString &field)
{
    for (qsizetype i = 0; i < field.size();) {
        const qsizetype length = (field.at(i).isHighSurrogate() && i + 1 < field.size() &&
                                  field.at(i + 1).isLowSurrogate())
                                     ? 2
                                     : 1;
        const QStringView character = QStringView(field).mid(i, length);
        if (!encodesAsShiftJis(character))
            return character.toString();
        i += length;
    }
    return {};
}

QString unencodableMessage(const Table &table, int rowIndex, const QStringList &row, int column)
{
    const QString character = firstUnencodable(row.at(column));
    const int fileRow = rowIndex + 2; // the header is row 1, as Excel numbers it
    const QString name = column < table.header.size() ? table.header.at(column) : QString();
    if (name.isEmpty())
        return Csv::tr("Row %1, column %2: “%3” cannot be written in Shift_JIS.")
            .arg(fileRow)
            .arg(column + 1)
            .arg(character);
    return Csv::tr("Row %1, column %2 (%3): “%4” cannot be written in Shift_JIS.")
        .arg(fileRow)
        .arg(column + 1)
        .arg(name, character);
}

// Called only when encoding the whole text failed: row by row, then field by
// field, so the message can point at the cell.
QString findUnencodable(const Table &table)
{
    for (int r = -1; r < table.rowCount(); ++r) {
        const QStringList &row = r < 0 ? table.header : table.rows.at(r);
        if (encodesAsShiftJis(row.join(QString())))
            continue;
        for (int c = 0; c < row.size(); ++c) {
            if (!encodesAsShiftJis(row.at(c)))
                return unencodableMessage(table, r, row, c);
        }
    }
    return Csv::tr("The table cannot be written in Shift_JIS.");
}

Result<Table> parseDecoded(const QString &text, const CsvReadOptions &options, ReadError *error);

} // namespace

Result<Table> readCsv(const QByteArray &input, const CsvReadOptions &options, ReadError *error)
{
    QByteArrayView bytes(input);
    Decoded decoded;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" (Unicode テキスト): UTF-16LE with a byte
        // order mark, tab-separated, CRLF. The mark decides whatever
        // encoding was asked for: no other text file starts with it.
        const bool littleEndian = bytes.at(0) == '\xFF';
        bytes = bytes.sliced(2);
        if (bytes.isEmpty())
            return fail<Table>(error, 0, Csv::tr("The file is empty."));
        QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        decoded.text = decoder.decode(bytes);
        if (decoder.hasError() || bytes.size() % 2 != 0)
            return fail<Table>(error, 0,
                               Csv::tr("The file starts as UTF-16 (Excel's Unicode text) but is "
                                       "not valid UTF-16: it may be cut off or damaged."));
        return parseDecoded(decoded.text, options, error);
    }
    const bool bom = bytes.startsWith(utf8Bom());
    if (bom)
        bytes = bytes.sliced(utf8Bom().size());
    if (bytes.isEmpty())
        return fail<Table>(error, 0, Csv::tr("The file is empty."));

    TextEncoding encoding = options.encoding;
    if (encoding == TextEncoding::Auto && bom)
        encoding = TextEncoding::Utf8;
    switch (encoding) {
    case TextEncoding::Utf8:
        decoded = decodeUtf8(bytes);
        if (decoded.badOffset >= 0) {
            const int line = lineAtByte(bytes, decoded.badOffset);
            return fail<Table>(error, line,
                               Csv::tr("Line %1: the file is not valid UTF-8 (byte 0x%2).")
                                   .arg(line)
                                   .arg(hexByte(static_cast<uchar>(bytes.at(decoded.badOffset)))));
        }
        break;
    case TextEncoding::ShiftJis:
        decoded = decodeShiftJis(bytes);
        if (decoded.badOffset >= 0) {
            const int line = lineAtByte(bytes, decoded.badOffset);
            return fail<Table>(error, line,
                               Csv::tr("Line %1: the file is not valid Shift_JIS (byte 0x%2).")
                                   .arg(line)
                                   .arg(hexByte(static_cast<uchar>(bytes.at(decoded.badOffset)))));
        }
        break;
    case TextEncoding::Auto:
        decoded = decodeUtf8(bytes);
        if (decoded.badOffset >= 0) {
            const qsizetype utf8Bad = decoded.badOffset;
            decoded = decodeShiftJis(bytes);
            if (decoded.badOffset >= 0) {
                // The encoding that got further is the one the file was
                // meant to be in; its first bad byte is the useful one.
                const qsizetype offset = std::max(utf8Bad, decoded.badOffset);
                const int line = lineAtByte(bytes, offset);
                return fail<Table>(
                    error, line,
                    Csv::tr("Line %1: the file is neither UTF-8 nor Shift_JIS (byte 0x%2).")
                        .arg(line)
                        .arg(hexByte(static_cast<uchar>(bytes.at(offset)))));
            }
        }
        break;
    }
    return parseDecoded(decoded.text, options, error);
}

namespace {

Result<Table> parseDecoded(const QString &text, const CsvReadOptions &options, ReadError *error)
{
    const char16_t delimiter =
        options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter.unicode();
    Parser parser(text, delimiter);
    Table table;
    auto unclosed = [&]() {
        return fail<Table>(error, parser.quoteLine(),
                           Csv::tr("Line %1: a quoted field that starts here is never closed.")
                               .arg(parser.quoteLine()));
    };
    // The limits of Table.h, checked on every record before it is kept.
    QString limitProblem;
    int limitLine = 0;
    auto withinLimits = [&](QStringList &fields, int line) {
        if (fields.size() > kMaxTableColumns) {
            qsizetype count = fields.size();
            while (count > 0 && fields.at(count - 1).isEmpty())
                --count;
            if (count > kMaxTableColumns) {
                limitLine = line;
                limitProblem = Csv::tr("Line %1 has %2 fields; at most %3 columns can be read.")
                                   .arg(line)
                                   .arg(count)
                                   .arg(kMaxTableColumns);
                return false;
            }
            fields.resize(count);
        }
        for (qsizetype c = 0; c < fields.size(); ++c) {
            if (fields.at(c).size() > kMaxCellLength) {
                limitLine = line;
                limitProblem = Csv::tr("Line %1, field %2: the text is longer than the %3 "
                                       "characters a cell can hold.")
                                   .arg(line)
                                   .arg(c + 1)
                                   .arg(kMaxCellLength);
                return false;
            }
        }
        return true;
    };

    // The first non-empty records: the header is one of them (the first,
    // unless the caller's chooser sees title rows above it).
    struct Pending
    {
        Parser::Next kind;
        QStringList fields;
        int line;
    };
    QVector<Pending> pending;
    QVector<QStringList> candidates;
    QVector<int> candidateAt; // index into pending
    for (;;) {
        QStringList fields;
        const Parser::Next next = parser.next(fields);
        if (next == Parser::Next::End)
            break;
        if (next == Parser::Next::UnclosedQuote)
            return unclosed();
        if (!withinLimits(fields, parser.recordLine()))
            return fail<Table>(error, limitLine, limitProblem);
        const bool text = next == Parser::Next::Record && hasText(fields);
        if (candidates.isEmpty() && !text)
            continue; // blank lines and lines of only delimiters above the header
        if (text) {
            candidates.append(fields);
            candidateAt.append(static_cast<int>(pending.size()));
        }
        pending.append({next, std::move(fields), parser.recordLine()});
        if (candidates.size() == kHeaderSearchRows)
            break;
    }
    if (candidates.isEmpty())
        return fail<Table>(error, 0, Csv::tr("The file has no header line."));
    const int chosen = options.chooseHeader ? std::clamp(options.chooseHeader(candidates), 0,
                                                         int(candidates.size()) - 1)
                                            : 0;
    for (int i = 0; i < chosen; ++i) {
        table.titleRows.append(candidates.at(i));
        table.titleLines.append(pending.at(candidateAt.at(i)).line);
    }
    table.header = candidates.at(chosen);
    table.headerLine = pending.at(candidateAt.at(chosen)).line;

    const int width = table.columnCount();
    QVector<int> blankLines; // kept only for a one-column table, see below
    QString rowProblem;
    int problemLine = 0;
    auto addRecord = [&](Parser::Next next, QStringList &&fields, int line) {
        if (next == Parser::Next::BlankLine) {
            // With one column, Excel writes an empty cell as an empty line;
            // with more, a blank line is an editing accident. Blank lines at
            // the end are dropped either way.
            if (width == 1) {
                // Kept until a row follows: counted against the cells too,
                // so a file of line breaks cannot grow the list unbounded.
                if (table.rows.size() + blankLines.size() + 1 > kMaxTableCells) {
                    problemLine = line;
                    rowProblem = Csv::tr("Line %1: the file has more than %2 cells (%3 columns × "
                                         "%4 rows); split it or remove empty columns.")
                                     .arg(line)
                                     .arg(kMaxTableCells)
                                     .arg(width)
                                     .arg(table.rows.size() + blankLines.size() + 1);
                    return false;
                }
                blankLines.append(line);
            }
            return true;
        }
        for (const int blank : std::as_const(blankLines)) {
            table.rows.append(QStringList{QString()});
            table.sourceLines.append(blank);
            table.rowLengths.append(0);
        }
        blankLines.clear();

        int count = static_cast<int>(fields.size());
        if (count > width) {
            while (count > width && fields.at(count - 1).isEmpty())
                --count;
            if (count > width) {
                problemLine = line;
                rowProblem = Csv::tr("Line %1 has %2 fields; the header has %3.")
                                 .arg(line)
                                 .arg(count)
                                 .arg(width);
                return false;
            }
            fields.resize(width);
        }
        // Rows are padded to the header's width: the cells a table may hold
        // are bounded so that a wide header cannot multiply a small file.
        if (static_cast<qint64>(table.rows.size() + blankLines.size() + 1) * width >
            kMaxTableCells) {
            problemLine = line;
            rowProblem = Csv::tr("Line %1: the file has more than %2 cells (%3 columns × %4 "
                                 "rows); split it or remove empty columns.")
                             .arg(line)
                             .arg(kMaxTableCells)
                             .arg(width)
                             .arg(table.rows.size() + 1);
            return false;
        }
        while (fields.size() < width)
            fields.append(QString());
        table.rows.append(std::move(fields));
        table.sourceLines.append(line);
        table.rowLengths.append(count);
        return true;
    };

    for (qsizetype i = candidateAt.at(chosen) + 1; i < pending.size(); ++i) {
        Pending &p = pending[i];
        if (!addRecord(p.kind, std::move(p.fields), p.line))
            return fail<Table>(error, problemLine, rowProblem);
    }
    pending.clear();
    for (;;) {
        QStringList fields;
        fields.reserve(width);
        const Parser::Next next = parser.next(fields);
        if (next == Parser::Next::End)
            break;
        if (next == Parser::Next::UnclosedQuote)
            return unclosed();
        if (!withinLimits(fields, parser.recordLine()))
            return fail<Table>(error, limitLine, limitProblem);
        if (!addRecord(next, std::move(fields), parser.recordLine()))
            return fail<Table>(error, problemLine, rowProblem);
    }
    return table;
}

} // namespace

Result<Table> readCsvFile(const QString &path, const CsvReadOptions &options, ReadError *error)
{
    // Only a regular file of a sane size: a device would be read without end
    // and a FIFO would block.
    const Result<QByteArray> bytes = input::readInputFileOrReason(path, kMaxTableFileBytes);
    if (!bytes)
        return fail<Table>(error, 0, bytes.error());
    return readCsv(bytes.value(), options, error);
}

Result<QByteArray> writeCsv(const Table &table, const CsvWriteOptions &options)
{
    const QChar delimiter = options.delimiter.isNull() ? QLatin1Char(',') : options.delimiter;
    if (delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n')
        return Result<QByteArray>::failure(
            Csv::tr("A quote or a line break cannot separate the fields."));

    QString text;
    const int width = table.columnCount();
    appendRow(text, table.header, width, delimiter);
    for (const QStringList &row : table.rows)
        appendRow(text, row, width, delimiter);

    if (options.encoding == TextEncoding::ShiftJis) {
        QStringEncoder encoder(kWindows31J, QStringEncoder::Flag::Stateless);
        QByteArray bytes = encoder.encode(text);
        if (encoder.hasError())
            return Result<QByteArray>::failure(findUnencodable(table));
        return bytes;
    }
    QByteArray bytes;
    bytes.reserve(text.size() * 3 / 2 + 3);
    if (options.byteOrderMark)
        bytes += utf8Bom();
    bytes += text.toUtf8();
    return bytes;
}

Status writeCsvFile(const QString &path, const Table &table, const CsvWriteOptions &options)
{
    const Result<QByteArray> bytes = writeCsv(table, options);
    if (!bytes)
        return Status::failure(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Csv::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // QSaveFile::commit() renames over the target; flushing first makes a
    // full disk show up here as an error instead of a short file.
    if (file.write(bytes.value()) != bytes->size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(
            Csv::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    if (!file.commit())
        return Status::failure(
            Csv::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace io
} // namespace kamae
