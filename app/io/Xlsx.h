#pragma once

#include "core/Result.h"
#include "io/Table.h"

#include <QString>
#include <QStringList>

namespace kamae {
namespace io {

// Office Open XML workbooks (.xlsx), read and written as tables of text.
// What is understood and what is not: docs/io-formats.md.

// The names of the sheets in workbook order, hidden ones included.
Result<QStringList> xlsxSheetNames(const QString &path);

// Reads one sheet (empty name: the first one; otherwise exact, then
// case-insensitive as Excel compares them). The header is the first row with
// a non-empty cell; every later row up to the last non-empty one is a data
// row, padded to the header. Cell values as text: strings, numbers without
// ".0" for integers, TRUE/FALSE, dates in date-formatted cells as yyyy-MM-dd.
// A value to the right of the last header column is a failure naming the row.
// `chooseHeader` picks the header among the first non-empty rows when title
// rows may sit above it. The limits of Table.h (columns, cells, characters
// in a cell, file size) are refusals; only a regular file is opened.
Result<Table> readXlsxFile(const QString &path, const QString &sheet = {},
                           ReadError *error = nullptr, const HeaderChooser &chooseHeader = {});

// Writes a one-sheet workbook: bold header, frozen header row, autofilter,
// column widths from the content, every cell text (formatted "@" so that
// Excel keeps codes like 001 or 1-2 as typed when they are edited). Written
// through QSaveFile: a failure leaves no partial file. An empty sheet name
// means "Sheet1"; a name Excel would refuse is a failure.
Status writeXlsxFile(const QString &path, const Table &table, const QString &sheetName);

} // namespace io
} // namespace kamae
