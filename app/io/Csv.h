#pragma once

#include "core/Result.h"
#include "io/Table.h"

#include <QByteArray>
#include <QChar>
#include <QString>

namespace kamae {
namespace io {

struct CsvReadOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    // Null: the one of comma, tab and semicolon that occurs most often outside
    // quotes in the header line (comma when none does).
    QChar delimiter = QChar();
    // Which of the first non-empty records is the header (title rows above
    // it are skipped). Empty: the first.
    HeaderChooser chooseHeader;
};

// Reads CSV as Excel writes and people edit it (docs/io-formats.md):
// LF, CRLF or CR line ends; quoted fields with delimiters, doubled quotes and
// line breaks; a UTF-8 BOM is dropped; a UTF-16 BOM (Excel's "Unicode text")
// makes it UTF-16. The limits of Table.h are refusals naming the line. Short rows are padded, empty
// fields beyond the header are ignored, blank lines are skipped (kept as empty rows when the header
// has one column). Fails with a translated reason naming the line on bytes that do not decode, a
// quoted field that is never closed, a row with more fields than the header, an empty file or one
// without a header.
Result<Table> readCsv(const QByteArray &bytes, const CsvReadOptions &options = {},
                      ReadError *error = nullptr);
Result<Table> readCsvFile(const QString &path, const CsvReadOptions &options = {},
                          ReadError *error = nullptr);

struct CsvWriteOptions
{
    TextEncoding encoding = TextEncoding::Utf8; // Auto writes UTF-8
    // Only for UTF-8: Excel needs it to recognise UTF-8 when opening a CSV.
    bool byteOrderMark = true;
    QChar delimiter = QLatin1Char(',');
};

// RFC 4180 with CRLF line ends, as Excel writes it: a field is quoted only
// when it holds the delimiter, a quote, CR or LF (and a lone empty field, so
// that the line is not blank). Short rows are padded to the header. For
// ShiftJis, a character Windows-31J cannot hold is a failure naming the row
// and column, never a silent '?'.
Result<QByteArray> writeCsv(const Table &table, const CsvWriteOptions &options = {});
// Writes through QSaveFile: a failure leaves an existing file untouched and
// no partial file behind.
Status writeCsvFile(const QString &path, const Table &table, const CsvWriteOptions &options = {});

} // namespace io
} // namespace kamae
