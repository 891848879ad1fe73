#pragma once

#include "core/Result.h"
#include "domain/Asset.h"
#include "domain/AssetFields.h"
#include "io/Table.h"
#include "io/TableImport.h"

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
    // Columns that say yes or no for one kind of personal data, as the IPA
    // register has them (個人情報 | 要配慮個人情報 | 特定個人情報, each 有/無 or
    // ○/×): the asset gets the strongest kind marked yes, or that of its
    // personal-data column if that is stronger (My Number > sensitive >
    // personal > none). Same size as fieldOfColumn; a column has a field or a
    // flag, never both.
    QVector<std::optional<domain::PersonalData>> personalFlagOfColumn;

    bool maps(domain::AssetField field) const;
    bool mapsColumn(int column) const;
    void setField(int column, std::optional<domain::AssetField> field);
    void setPersonalFlag(int column, std::optional<domain::PersonalData> level);

private:
    // Grows both lists to hold `column`; false for a negative one.
    bool reach(int column);
};

// Recognises headers in English or Japanese, the IPA template's wording and
// Kamae's own keys (case and width folded). Each field is taken by the first
// column that names it; derived columns (importance, risk) are ignored.
// 要配慮個人情報 and 特定個人情報 columns become personal-data flags.
AssetColumnMapping guessAssetMapping(const QStringList &header);

// The keys `kamae assets import --map KEY=HEADER` accepts: the field keys of
// assetFields() that are not derived, and has_sensitive_data and
// has_my_number for the yes/no personal-data columns.
QStringList assetMappingKeys();
// Maps the column whose header is `headerName` (compared as the guess
// compares, case and width folded) to `key`, taking the key away from any
// other column. Fails naming the headers or keys there are.
Status chooseAssetColumn(AssetColumnMapping &mapping, const QStringList &header, const QString &key,
                         const QString &headerName);

// Why a mapping cannot be used (no column for the asset name), or success.
Status checkAssetMapping(const AssetColumnMapping &mapping);
// The same, and the message lists the headers of the file (with the line of
// the header row) and the names Kamae accepts for the asset name.
Status checkAssetMapping(const Table &table, const AssetColumnMapping &mapping);

// The columns that nothing is imported from, in file order, as the user
// knows them: the header text, "column K" when it has none (only columns
// with a header or a value are named), and "(computed by Kamae)" after
// importance and risk columns.
QStringList unmappedColumns(const Table &table, const AssetColumnMapping &mapping);

using AssetRowError = ImportRowError;

// A row of the file that is already in the register.
struct AssetDuplicate
{
    int index = 0; // into AssetImportPlan::assets
    int line = 0;  // in the file
    QString name;
    QString reason; // "same name and location" or "same name, vendor and product"
};

struct AssetImportPlan
{
    QVector<domain::Asset> assets;      // the rows that can be imported
    QVector<int> assetLines;            // their lines in the file
    QVector<AssetRowError> errors;      // the rows that cannot, with the reason
    int skippedEmpty = 0;               // rows with no value at all (computed columns aside)
    QStringList unmappedColumns;        // see unmappedColumns()
    QVector<AssetDuplicate> duplicates; // filled by findDuplicateAssets()
};

// Turns rows into assets. A row with any field that does not parse is an
// error (all its problems named) and is not in `assets`; so is a row whose
// values are all in columns that are not imported ("the asset name is
// empty"). Assets without a registration date get `today`.
AssetImportPlan planAssetImport(const Table &table, const AssetColumnMapping &mapping,
                                const QDate &today);

// Marks the planned assets that are already in `existing`: the same name and
// location, or the same name, vendor and product (vendor and product not
// empty). Names and the rest are compared trimmed, case and width folded.
void findDuplicateAssets(AssetImportPlan &plan, const QVector<domain::Asset> &existing);
// The planned assets without those findDuplicateAssets() marked.
QVector<domain::Asset> assetsWithoutDuplicates(const AssetImportPlan &plan);

// The register as a table: every field, derived ones included, with the
// column labels of the current language (or the stable keys).
enum class AssetHeader
{
    Labels,
    Keys
};
Table assetsToTable(const QVector<domain::Asset> &assets, AssetHeader header = AssetHeader::Labels);

// The header among the first rows of a register: the first row that names
// the asset name column (or one of `extraHeaders`, the headers the user
// chose with --map); when the row right below it names further columns and
// leaves the name cell empty, that row (a two-row header, IPA style);
// failing both, the row naming the most columns; failing that, the first of
// the rows with the most values (a table under a one-cell title).
HeaderChooser assetHeaderChooser(const QStringList &extraHeaders = {});

// By extension: .xlsx, else CSV (tab-delimited for .tsv/.txt and UTF-16
// "Unicode text" are detected). The header is found with
// assetHeaderChooser(); header cells left empty under a merged cell of the
// row just above take that cell's text.
Result<Table> readTableFile(const QString &path, TextEncoding encoding = TextEncoding::Auto,
                            const QString &sheet = {}, const QStringList &extraHeaders = {});
// .xlsx or CSV; CSV is UTF-8 with BOM unless Shift_JIS is asked for.
Status writeAssetsFile(const QString &path, const QVector<domain::Asset> &assets,
                       TextEncoding encoding = TextEncoding::Utf8);

} // namespace io
} // namespace kamae
