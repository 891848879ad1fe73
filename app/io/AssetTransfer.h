#pragma once

#include "core/Result.h"
#include "domain/Asset.h"
#include "domain/AssetFields.h"
#include "io/Table.h"

#include <QDate>
#include <QVector>

#include <optional>

// The asset register to and from files (CSV, XLSX): which file column is
// which field, what each row becomes, and which rows cannot be imported and
// why. The GUI's import dialog and `kamae assets import` share all of it.
namespace kamae {
namespace io {

// For each column of the file, the field it fills, or none (ignored).
struct AssetColumnMapping
{
    QVector<std::optional<domain::AssetField>> fieldOfColumn;

    bool maps(domain::AssetField field) const;
};

// Recognises headers in English or Japanese, the IPA template's wording and
// Kamae's own keys (case and width folded). Each field is taken by the first
// column that names it; derived columns (importance, risk) are ignored.
AssetColumnMapping guessAssetMapping(const QStringList &header);

// Why a mapping cannot be used (no column for the asset name), or success.
Status checkAssetMapping(const AssetColumnMapping &mapping);

struct AssetRowError
{
    int line = 0; // as in the file (Table::sourceLines)
    QString message;
};

struct AssetImportPlan
{
    QVector<domain::Asset> assets; // the rows that can be imported
    QVector<int> assetLines;       // their lines in the file
    QVector<AssetRowError> errors; // the rows that cannot, with the reason
    int skippedEmpty = 0;          // rows with nothing in the mapped columns
};

// Turns rows into assets. A row with any field that does not parse is an
// error (all its problems named) and is not in `assets`. Assets without a
// registration date get `today`.
AssetImportPlan planAssetImport(const Table &table, const AssetColumnMapping &mapping,
                                const QDate &today);

// The register as a table: every field, derived ones included, with the
// column labels of the current language (or the stable keys).
enum class AssetHeader
{
    Labels,
    Keys
};
Table assetsToTable(const QVector<domain::Asset> &assets, AssetHeader header = AssetHeader::Labels);

// By extension: .xlsx, else CSV (tab-delimited for .tsv/.txt is detected).
Result<Table> readTableFile(const QString &path, TextEncoding encoding = TextEncoding::Auto,
                            const QString &sheet = {});
// .xlsx or CSV; CSV is UTF-8 with BOM unless Shift_JIS is asked for.
Status writeAssetsFile(const QString &path, const QVector<domain::Asset> &assets,
                       TextEncoding encoding = TextEncoding::Utf8);

} // namespace io
} // namespace kamae
