#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace kamae {
namespace io {

// A table of strings as a spreadsheet or CSV file holds it. Nothing here knows
// what the columns mean; the import and export of each module do.
struct Table
{
    // The first non-empty row of the file, as read: not trimmed, duplicates
    // and empty names kept.
    QStringList header;
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
