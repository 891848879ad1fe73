#include "io/AssetTransfer.h"

#include "io/Csv.h"
#include "io/Xlsx.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace kamae {
namespace io {

namespace {

struct AssetTransferText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::io::AssetTransfer)
};

QString folded(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    t.remove(QLatin1Char(' '));
    t.remove(QLatin1Char('\n'));
    t.remove(QLatin1Char('\r'));
    return t;
}

bool isXlsx(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool AssetColumnMapping::maps(domain::AssetField field) const
{
    for (const auto &f : fieldOfColumn)
        if (f && *f == field)
            return true;
    return false;
}

AssetColumnMapping guessAssetMapping(const QStringList &header)
{
    AssetColumnMapping mapping;
    mapping.fieldOfColumn.resize(header.size());
    QSet<int> taken;
    for (int column = 0; column < header.size(); ++column) {
        const QString name = folded(header.at(column));
        if (name.isEmpty())
            continue;
        for (const domain::AssetFieldInfo &info : domain::assetFields()) {
            if (info.derived || taken.contains(static_cast<int>(info.field)))
                continue;
            bool hit = false;
            for (const QString &alias : domain::AssetFieldText::aliases(info.field)) {
                if (folded(alias) == name) {
                    hit = true;
                    break;
                }
            }
            if (hit) {
                mapping.fieldOfColumn[column] = info.field;
                taken.insert(static_cast<int>(info.field));
                break;
            }
        }
    }
    return mapping;
}

Status checkAssetMapping(const AssetColumnMapping &mapping)
{
    if (!mapping.maps(domain::AssetField::Name))
        return Status::failure(AssetTransferText::tr(
            "No column is chosen for the asset name. Choose which column holds it."));
    return {};
}

AssetImportPlan planAssetImport(const Table &table, const AssetColumnMapping &mapping,
                                const QDate &today)
{
    AssetImportPlan plan;
    plan.assets.reserve(table.rowCount());
    plan.assetLines.reserve(table.rowCount());
    for (int r = 0; r < table.rowCount(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = r < table.sourceLines.size() ? table.sourceLines.at(r) : r + 2;
        bool empty = true;
        for (int c = 0; c < row.size() && c < mapping.fieldOfColumn.size(); ++c)
            if (mapping.fieldOfColumn.at(c) && !row.at(c).trimmed().isEmpty())
                empty = false;
        if (empty) {
            ++plan.skippedEmpty;
            continue;
        }
        domain::Asset asset;
        QStringList problems;
        bool named = false;
        for (int c = 0; c < row.size() && c < mapping.fieldOfColumn.size(); ++c) {
            const auto field = mapping.fieldOfColumn.at(c);
            if (!field)
                continue;
            QString error;
            if (!domain::setFieldFromText(asset, *field, row.at(c), &error))
                problems << error;
            else if (*field == domain::AssetField::Name)
                named = true;
        }
        if (!named && problems.isEmpty())
            problems << AssetTransferText::tr("The asset name is empty.");
        if (!problems.isEmpty()) {
            plan.errors.append({line, problems.join(QLatin1Char(' '))});
            continue;
        }
        if (!asset.registered.isValid())
            asset.registered = today;
        plan.assets.append(asset);
        plan.assetLines.append(line);
    }
    return plan;
}

Table assetsToTable(const QVector<domain::Asset> &assets, AssetHeader header)
{
    Table table;
    const auto &fields = domain::assetFields();
    for (const auto &info : fields)
        table.header << (header == AssetHeader::Keys ? QString::fromLatin1(info.key)
                                                     : domain::AssetFieldText::label(info.field));
    table.rows.reserve(assets.size());
    for (const domain::Asset &a : assets) {
        QStringList row;
        row.reserve(fields.size());
        for (const auto &info : fields)
            row << domain::fieldText(a, info.field);
        table.rows.append(row);
    }
    return table;
}

Result<Table> readTableFile(const QString &path, TextEncoding encoding, const QString &sheet)
{
    if (isXlsx(path))
        return readXlsxFile(path, sheet);
    CsvReadOptions options;
    options.encoding = encoding;
    return readCsvFile(path, options);
}

Status writeAssetsFile(const QString &path, const QVector<domain::Asset> &assets,
                       TextEncoding encoding)
{
    const Table table = assetsToTable(assets);
    if (isXlsx(path))
        return writeXlsxFile(path, table, AssetTransferText::tr("Information assets"));
    CsvWriteOptions options;
    options.encoding =
        encoding == TextEncoding::ShiftJis ? TextEncoding::ShiftJis : TextEncoding::Utf8;
    options.byteOrderMark = options.encoding == TextEncoding::Utf8;
    return writeCsvFile(path, table, options);
}

} // namespace io
} // namespace kamae
