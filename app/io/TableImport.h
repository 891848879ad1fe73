#pragma once

#include "core/Result.h"
#include "io/Table.h"

#include <QString>
#include <QStringList>

#include <functional>

// What every import of a table (the asset register, the people list) does
// the same way, whatever its columns mean: comparing headers, naming a
// column as the user sees it, reading a CSV or XLSX file with the module's
// own idea of which row is the header.
namespace kamae {
namespace io {

// A row of a file that cannot be imported, and every reason why.
struct ImportRowError
{
    int line = 0; // as in the file (Table::sourceLines)
    QString message;
};

// A header as imports compare it: NFKC, case folded, without spaces and
// line breaks ("E-mail", "ｅ－ｍａｉｌ " and "e-mail" are one).
QString foldedHeader(const QString &text);

// "A" for column 0, "AA" for 26, as spreadsheets name columns.
QString columnLetters(int column);

// By extension: .xlsx (the sheet named, else the first), else CSV in
// `encoding` (tab-delimited and UTF-16 text are detected). `chooseHeader`
// says which of the first rows is the header.
Result<Table> readTableFileWith(const QString &path, TextEncoding encoding, const QString &sheet,
                                const HeaderChooser &chooseHeader);

// A header chooser for a table whose key column has known names: the first
// row with a cell `isKey` accepts; else the row with the most cells
// `recognises` accepts; else the first of the fullest rows (a table under a
// one-cell title).
HeaderChooser keyColumnHeaderChooser(std::function<bool(const QString &)> isKey,
                                     std::function<bool(const QString &)> recognises);

// The first of the rows with the most non-empty cells: the header of a
// table under a one-cell title, when no header is recognised.
int fullestRow(const QVector<QStringList> &rows);

// An encoding as the command line names it: empty or auto, utf8 (utf-8),
// sjis (shift_jis, cp932); false for anything else.
bool parseEncodingName(const QString &name, TextEncoding *encoding);

} // namespace io
} // namespace kamae
