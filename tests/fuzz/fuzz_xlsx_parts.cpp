// The XML parts of a workbook, zipped here into a well-formed .xlsx, so that
// mutations reach the relationship, workbook, shared-string, style and sheet
// readers instead of stopping at the zip's checksums (fuzz_xlsx covers the
// zip itself). The input is the parts of XlsxParts.h, in that order,
// separated by kPartSeparator; a part left out is missing from the zip.

#include "FuzzSupport.h"
#include "XlsxImport.h"
#include "XlsxParts.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace kamae;

namespace {

const QByteArray kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

void addEntry(QuaZip &zip, const QString &name, const QByteArray &bytes)
{
    QuaZipFile file(&zip);
    // Stored, not deflated: the time goes to the readers, not to zlib.
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0, 0) ||
        file.write(bytes) != bytes.size())
        std::abort();
    file.close();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    static const QString path = fuzz::scratchPath("-parts.xlsx");
    QList<QByteArray> pieces;
    {
        const QByteArray input = fuzz::bytesOf(data, size);
        qsizetype from = 0;
        while (pieces.size() < fuzz::kXlsxPartCount) {
            const qsizetype at = input.indexOf(fuzz::kPartSeparator, from);
            pieces << input.mid(from, at < 0 ? -1 : at - from);
            if (at < 0)
                break;
            from = at + fuzz::kPartSeparator.size();
        }
    }
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdCreate))
            std::abort();
        addEntry(zip, QStringLiteral("[Content_Types].xml"), kContentTypes);
        for (int i = 0; i < pieces.size(); ++i) {
            if (!pieces.at(i).isEmpty())
                addEntry(zip, QString::fromLatin1(fuzz::kXlsxParts[i]), pieces.at(i));
        }
        zip.close();
    }
    fuzz::readAndPlanAssetWorkbook(path);
    return 0;
}
