// An asset register as CSV, the way `kamae assets import` and the import
// dialog take it: read, header found, columns guessed, rows planned, checked
// for duplicates, and what can be imported written out again.

#include "FuzzSupport.h"

#include "io/AssetTransfer.h"
#include "io/Csv.h"

using namespace kamae;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    io::CsvReadOptions options;
    options.chooseHeader = io::assetHeaderChooser();
    io::ReadError error;
    const Result<io::Table> table = io::readCsv(fuzz::bytesOf(data, size), options, &error);
    if (!table)
        return 0;
    const io::AssetColumnMapping mapping = io::guessAssetMapping(table->header);
    (void)io::unmappedColumns(table.value(), mapping);
    if (!io::checkAssetMapping(table.value(), mapping))
        return 0;
    io::AssetImportPlan plan = io::planAssetImport(table.value(), mapping, QDate(2026, 12, 1));
    io::findDuplicateAssets(plan, plan.assets);
    const io::Table out = io::assetsToTable(io::assetsWithoutDuplicates(plan));
    (void)io::writeCsv(out);
    return 0;
}
