// A whole .xlsx file as `kamae assets import` and the import dialog take it:
// the zip, its parts, the sheet names, the first sheet read as an asset
// register, and the rows planned.

#include "FuzzSupport.h"
#include "XlsxImport.h"

#include "io/Xlsx.h"

using namespace kamae;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    static const QString path = fuzz::scratchPath(".xlsx");
    fuzz::writeScratch(path, fuzz::bytesOf(data, size));
    const Result<QStringList> sheets = io::xlsxSheetNames(path);
    if (!sheets)
        return 0;
    fuzz::readAndPlanAssetWorkbook(path);
    return 0;
}
