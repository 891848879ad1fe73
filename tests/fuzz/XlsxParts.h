#pragma once

// The parts of a workbook that fuzz_xlsx_parts takes apart, in the order
// its input holds them, separated by kPartSeparator. make_fuzz_seeds cuts
// the fixture workbooks the same way.

#include <QByteArray>
#include <QString>

namespace kamae {
namespace fuzz {

inline const char *const kXlsxParts[] = {
    "_rels/.rels",          "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml", "xl/styles.xml",   "xl/worksheets/sheet1.xml",
};
constexpr int kXlsxPartCount = 6;
inline const QByteArray kPartSeparator = QByteArrayLiteral("\n<!--kamae-part-->\n");

} // namespace fuzz
} // namespace kamae
