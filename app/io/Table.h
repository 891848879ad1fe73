#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace kamae {
namespace io {

// A table of strings as a spreadsheet or CSV file holds it. Nothing here knows
// what the columns mean; the import and export of each module do.
// Limits every reader applies before it allocates (docs/io-formats.md): a
// table wider than Excel's 16,384 columns, a cell longer than Excel's 32,767
// characters (the XLSX writer refuses those too, so whatever is read can be
// written back) or more than five million cells (header width × data rows
// with a value: 100,000 rows of 50 columns) is refused with a message, so a
// small hostile file cannot make a reader allocate gigabytes.
constexpr int kMaxTableColumns = 16384;
constexpr int kMaxCellLength = 32767;
constexpr qint64 kMaxTableCells = 5'000'000;
// Files larger than this are refused before they are read (CSV and XLSX).
constexpr qint64 kMaxTableFileBytes = 256LL * 1024 * 1024;
// How many non-empty rows at the top of a file are looked at to find the
// header below title rows (a title, a date, a blank row).
constexpr int kHeaderSearchRows = 10;

// Given the first non-empty rows of a file (at most kHeaderSearchRows), which
// one is the header: an index into `rows`. Empty: the first.
using HeaderChooser = std::function<int(const QVector<QStringList> &rows)>;

struct Table
{
    // The header row of the file, as read: not trimmed, duplicates and empty
    // names kept. The first non-empty row, unless a HeaderChooser chose a
    // later one.
    QStringList header;
    // The 1-based line (CSV) or sheet row (XLSX) of the header.
    int headerLine = 1;
    // The non-empty rows above the header (titles), as read, oldest first,
    // and their lines: a caller can fill header cells that a merged cell
    // above left empty.
    QVector<QStringList> titleRows;
    QVector<int> titleLines;
    // Every data row has exactly header.size() fields when read: short rows
    // are padded with empty strings (rowLengths says how many were present).
    // Writers accept rows of any length.
    QVector<QStringList> rows;
    // For each row, the 1-based physical line (CSV) or sheet row number
    // (XLSX) where it starts, so that messages point where the user looks.
    // Filled by the readers, ignored by the writers.
    QVector<int> sourceLines;
    // For each row, how many fields the file really had before padding (for
    // XLSX: the column of the last non-empty cell). Filled by the readers,
    // ignored by the writers.
    QVector<int> rowLengths;

    int columnCount() const { return static_cast<int>(header.size()); }
    int rowCount() const { return static_cast<int>(rows.size()); }
};

// What a reader could not accept, with the place for a UI that wants to point
// at it. `message` already names the line; `line` is 0 when there is none.
struct ReadError
{
    int line = 0; // 1-based physical line (CSV) or sheet row (XLSX)
    QString message;
};

enum class TextEncoding
{
    Auto, // reading: UTF-8 BOM, else valid UTF-8, else Shift_JIS; writing: UTF-8
    Utf8,
    ShiftJis // Windows-31J (CP932): what Japanese Excel reads and writes
};

} // namespace io
} // namespace kamae
