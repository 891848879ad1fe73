#pragma once

// What fuzz_xlsx and fuzz_xlsx_parts do with the workbook they wrote: read
// it as `kamae assets import` and the import dialog do, and plan the rows.

#include "io/AssetTransfer.h"
#include "io/Xlsx.h"

#include <QDate>
#include <QString>

namespace kamae {
namespace fuzz {

inline void readAndPlanAssetWorkbook(const QString &path)
{
    io::ReadError error;
    const Result<io::Table> table =
        io::readXlsxFile(path, QString(), &error, io::assetHeaderChooser());
    if (!table)
        return;
    const io::AssetColumnMapping mapping = io::guessAssetMapping(table->header);
    if (io::checkAssetMapping(table.value(), mapping))
        (void)io::planAssetImport(table.value(), mapping, QDate(2026, 12, 1));
}

} // namespace fuzz
} // namespace kamae
