#include "io/AssetTransfer.h"

#include "io/Csv.h"
#include "io/TableImport.h"
#include "io/Xlsx.h"

#include "domain/AssetRules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace kamae {
namespace io {

namespace {

struct AssetTransferText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::io::AssetTransfer)
};

QString folded(const QString &text)
{
    return foldedHeader(text);
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
    if (field == domain::AssetField::PersonalData)
        for (const auto &flag : personalFlagOfColumn)
            if (flag)
                return true;
    return false;
}

bool AssetColumnMapping::mapsColumn(int column) const
{
    return fieldOfColumn.value(column).has_value() ||
           personalFlagOfColumn.value(column).has_value();
}

bool AssetColumnMapping::reach(int column)
{
    if (column < 0)
        return false;
    if (column >= fieldOfColumn.size())
        fieldOfColumn.resize(column + 1);
    if (column >= personalFlagOfColumn.size())
        personalFlagOfColumn.resize(column + 1);
    return true;
}

void AssetColumnMapping::setField(int column, std::optional<domain::AssetField> field)
{
    if (!reach(column))
        return;
    fieldOfColumn[column] = field;
    if (field)
        personalFlagOfColumn[column].reset();
}

void AssetColumnMapping::setPersonalFlag(int column, std::optional<domain::PersonalData> level)
{
    if (!reach(column))
        return;
    personalFlagOfColumn[column] = level;
    if (level)
        fieldOfColumn[column].reset();
}

namespace {

QStringList flagAliases(domain::PersonalData level)
{
    if (level == domain::PersonalData::Sensitive)
        return {QStringLiteral("has_sensitive_data"), QStringLiteral("要配慮個人情報"),
                QStringLiteral("要配慮"), QStringLiteral("Sensitive personal data"),
                domain::AssetText::personalData(level)};
    return {QStringLiteral("has_my_number"), QStringLiteral("特定個人情報"),
            QStringLiteral("マイナンバー"), QStringLiteral("My Number"),
            domain::AssetText::personalData(level)};
}

const domain::PersonalData kFlagLevels[] = {domain::PersonalData::Sensitive,
                                            domain::PersonalData::MyNumber};

// What a header names, if anything: a field (derived ones too) or a flag.
struct Recognised
{
    std::optional<domain::AssetField> field;
    std::optional<domain::PersonalData> flag;
    bool derived = false;
    bool any() const { return field || flag; }
};

// Every alias, folded, and what it names. Built once per language (the
// labels are translated); the header chooser looks up every cell of ten
// rows that may be thousands of cells wide.
const QHash<QString, QVector<Recognised>> &aliasTable()
{
    static QHash<QString, QVector<Recognised>> table;
    static QString builtFor;
    const QString language = domain::AssetFieldText::label(domain::AssetField::Name) +
                             domain::AssetText::personalData(domain::PersonalData::MyNumber);
    if (!table.isEmpty() && builtFor == language)
        return table;
    table.clear();
    builtFor = language;
    for (const domain::AssetFieldInfo &info : domain::assetFields()) {
        for (const QString &alias : domain::AssetFieldText::aliases(info.field)) {
            Recognised r;
            r.field = info.field;
            r.derived = info.derived;
            const QString key = folded(alias);
            if (!key.isEmpty())
                table[key].append(r);
        }
    }
    for (const domain::PersonalData level : kFlagLevels) {
        for (const QString &alias : flagAliases(level)) {
            Recognised r;
            r.flag = level;
            const QString key = folded(alias);
            if (!key.isEmpty())
                table[key].append(r);
        }
    }
    return table;
}

// Everything a header may name, fields first in the order of
// assetFields(), then the flags.
QVector<Recognised> candidatesFor(const QString &header)
{
    const QString name = folded(header);
    if (name.isEmpty())
        return {};
    return aliasTable().value(name);
}

Recognised recognise(const QString &header)
{
    const QVector<Recognised> all = candidatesFor(header);
    return all.isEmpty() ? Recognised() : all.first();
}

// Folded for comparing the values of two assets.
QString key(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

// At most this many headers are listed in a message.
constexpr int kHeadersListed = 30;

QString listOf(const QStringList &names)
{
    QStringList shown = names.mid(0, kHeadersListed);
    QString text = shown.join(QStringLiteral(", "));
    if (names.size() > kHeadersListed)
        text += AssetTransferText::tr(" … (%n more)", nullptr,
                                      static_cast<int>(names.size()) - kHeadersListed);
    return text;
}

} // namespace

AssetColumnMapping guessAssetMapping(const QStringList &header)
{
    AssetColumnMapping mapping;
    mapping.fieldOfColumn.resize(header.size());
    mapping.personalFlagOfColumn.resize(header.size());
    QSet<int> taken;
    for (int column = 0; column < header.size(); ++column) {
        // The first field the header names that no earlier column took
        // (更新日 is 見直し日 first, 最終更新日 for a second such column).
        for (const Recognised &r : candidatesFor(header.at(column))) {
            if (r.flag) {
                mapping.personalFlagOfColumn[column] = r.flag;
                break;
            }
            if (r.field && !r.derived && !taken.contains(static_cast<int>(*r.field))) {
                mapping.fieldOfColumn[column] = r.field;
                taken.insert(static_cast<int>(*r.field));
                break;
            }
        }
    }
    return mapping;
}

QStringList assetMappingKeys()
{
    QStringList keys;
    for (const domain::AssetFieldInfo &info : domain::assetFields())
        if (!info.derived)
            keys << QString::fromLatin1(info.key);
    keys << QStringLiteral("has_sensitive_data") << QStringLiteral("has_my_number");
    return keys;
}

Status chooseAssetColumn(AssetColumnMapping &mapping, const QStringList &header, const QString &key,
                         const QString &headerName)
{
    std::optional<domain::AssetField> field;
    std::optional<domain::PersonalData> flag;
    for (const domain::AssetFieldInfo &info : domain::assetFields())
        if (!info.derived && key == QLatin1String(info.key))
            field = info.field;
    if (key == QLatin1String("has_sensitive_data"))
        flag = domain::PersonalData::Sensitive;
    else if (key == QLatin1String("has_my_number"))
        flag = domain::PersonalData::MyNumber;
    if (!field && !flag)
        return Status::failure(AssetTransferText::tr("Unknown field \"%1\": use one of %2.")
                                   .arg(key, assetMappingKeys().join(QStringLiteral(", "))));
    int column = -1;
    for (int c = 0; c < header.size() && column < 0; ++c)
        if (!folded(header.at(c)).isEmpty() && folded(header.at(c)) == folded(headerName))
            column = c;
    if (column < 0) {
        QStringList names;
        for (const QString &h : header)
            if (!h.trimmed().isEmpty())
                names << h.trimmed();
        return Status::failure(
            AssetTransferText::tr("The file has no column \"%1\". Its columns are: %2.")
                .arg(headerName, listOf(names)));
    }
    mapping.fieldOfColumn.resize(std::max<qsizetype>(mapping.fieldOfColumn.size(), header.size()));
    mapping.personalFlagOfColumn.resize(
        std::max<qsizetype>(mapping.personalFlagOfColumn.size(), header.size()));
    if (field) {
        for (auto &f : mapping.fieldOfColumn)
            if (f == field)
                f.reset();
        mapping.setField(column, field);
    } else {
        mapping.setPersonalFlag(column, flag);
    }
    return {};
}

Status checkAssetMapping(const AssetColumnMapping &mapping)
{
    if (!mapping.maps(domain::AssetField::Name))
        return Status::failure(AssetTransferText::tr(
            "No column is chosen for the asset name. Choose which column holds it."));
    return {};
}

Status checkAssetMapping(const Table &table, const AssetColumnMapping &mapping)
{
    if (mapping.maps(domain::AssetField::Name))
        return {};
    QStringList found;
    for (const QString &h : table.header)
        if (!h.trimmed().isEmpty())
            found << h.trimmed();
    QStringList accepted = domain::AssetFieldText::aliases(domain::AssetField::Name);
    return Status::failure(
        AssetTransferText::tr("No column is chosen for the asset name. Row %1 looks like the "
                              "header; its columns are: %2. Kamae recognises the asset name "
                              "under these headers: %3. Choose the column that holds it (on "
                              "the command line: --map name=HEADER).")
            .arg(table.headerLine)
            .arg(listOf(found), accepted.join(QStringLiteral(", "))));
}

QStringList unmappedColumns(const Table &table, const AssetColumnMapping &mapping)
{
    QStringList names;
    for (int c = 0; c < table.columnCount(); ++c) {
        if (mapping.mapsColumn(c))
            continue;
        const QString name = table.header.at(c).trimmed();
        bool hasValue = false;
        for (const QStringList &row : table.rows) {
            if (c < row.size() && !row.at(c).trimmed().isEmpty()) {
                hasValue = true;
                break;
            }
        }
        if (name.isEmpty() && !hasValue)
            continue;
        const QString label =
            name.isEmpty() ? AssetTransferText::tr("column %1").arg(columnLetters(c)) : name;
        names << (recognise(name).derived
                      ? AssetTransferText::tr("%1 (computed by Kamae)").arg(label)
                      : label);
    }
    return names;
}

AssetImportPlan planAssetImport(const Table &table, const AssetColumnMapping &mapping,
                                const QDate &today)
{
    AssetImportPlan plan;
    plan.assets.reserve(table.rowCount());
    plan.assetLines.reserve(table.rowCount());
    plan.unmappedColumns = unmappedColumns(table, mapping);
    // Computed columns (importance, risk) are often formulas filled down an
    // empty template: a row with values only there is an empty row.
    QVector<bool> computed(table.columnCount(), false);
    for (int c = 0; c < table.columnCount(); ++c)
        computed[c] = !mapping.mapsColumn(c) && recognise(table.header.at(c)).derived;
    for (int r = 0; r < table.rowCount(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = r < table.sourceLines.size() ? table.sourceLines.at(r) : r + 2;
        bool empty = true;
        for (int c = 0; c < row.size() && empty; ++c)
            if (!computed.value(c) && !row.at(c).trimmed().isEmpty())
                empty = false;
        if (empty) {
            ++plan.skippedEmpty;
            continue;
        }
        domain::Asset asset;
        QStringList problems;
        bool named = false;
        domain::PersonalData strongest = domain::PersonalData::None;
        for (int c = 0; c < row.size() && c < mapping.fieldOfColumn.size(); ++c) {
            if (const auto flag = mapping.personalFlagOfColumn.value(c)) {
                bool yes = false;
                if (!domain::parseYesNo(row.at(c), &yes))
                    problems << AssetTransferText::tr("%1 must be yes or no (有/無, ○/×), not "
                                                      "\"%2\".")
                                    .arg(table.header.value(c).trimmed(), row.at(c).trimmed());
                else if (yes)
                    strongest = std::max(strongest, *flag);
                continue;
            }
            const auto field = mapping.fieldOfColumn.at(c);
            if (!field)
                continue;
            QString error;
            if (!domain::setFieldFromText(asset, *field, row.at(c), &error))
                problems << error;
            else if (*field == domain::AssetField::Name)
                named = true;
        }
        // The strongest kind marked wins over a weaker personal-data column.
        asset.personalData = std::max(asset.personalData, strongest);
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

void findDuplicateAssets(AssetImportPlan &plan, const QVector<domain::Asset> &existing)
{
    plan.duplicates.clear();
    QHash<QString, QString> byLocation; // key → name as stored
    QHash<QString, QString> byProduct;
    const QChar sep(0x1F);
    for (const domain::Asset &a : existing) {
        byLocation.insert(key(a.name) + sep + key(a.location), a.name);
        if (!a.vendor.trimmed().isEmpty() && !a.product.trimmed().isEmpty())
            byProduct.insert(key(a.name) + sep + key(a.vendor) + sep + key(a.product), a.name);
    }
    for (int i = 0; i < plan.assets.size(); ++i) {
        const domain::Asset &a = plan.assets.at(i);
        const int line = plan.assetLines.value(i);
        if (const auto it = byLocation.constFind(key(a.name) + sep + key(a.location));
            it != byLocation.cend()) {
            plan.duplicates.append(
                {i, line, it.value(), AssetTransferText::tr("same name and location")});
        } else if (!a.vendor.trimmed().isEmpty() && !a.product.trimmed().isEmpty()) {
            if (const auto p =
                    byProduct.constFind(key(a.name) + sep + key(a.vendor) + sep + key(a.product));
                p != byProduct.cend())
                plan.duplicates.append(
                    {i, line, p.value(), AssetTransferText::tr("same name, vendor and product")});
        }
    }
}

QVector<domain::Asset> assetsWithoutDuplicates(const AssetImportPlan &plan)
{
    QSet<int> skip;
    for (const AssetDuplicate &d : plan.duplicates)
        skip.insert(d.index);
    QVector<domain::Asset> kept;
    kept.reserve(plan.assets.size() - skip.size());
    for (int i = 0; i < plan.assets.size(); ++i)
        if (!skip.contains(i))
            kept.append(plan.assets.at(i));
    return kept;
}

HeaderChooser assetHeaderChooser(const QStringList &extraHeaders)
{
    QSet<QString> extra;
    for (const QString &h : extraHeaders)
        if (!folded(h).isEmpty())
            extra.insert(folded(h));
    return [extra](const QVector<QStringList> &rows) {
        auto score = [&extra](const QStringList &row) {
            int n = 0;
            for (const QString &cell : row)
                n += recognise(cell).any() || extra.contains(folded(cell));
            return n;
        };
        // The column of the asset name in the row, or -2 when none; -1 when
        // only one of the user's --map headers tells it is a header.
        auto nameColumn = [&extra](const QStringList &row) {
            int byExtra = -2;
            for (int c = 0; c < row.size(); ++c) {
                const Recognised r = recognise(row.at(c));
                if (r.field == domain::AssetField::Name)
                    return c;
                if (extra.contains(folded(row.at(c))))
                    byExtra = -1;
            }
            return byExtra;
        };
        for (int i = 0; i < rows.size(); ++i) {
            const int name = nameColumn(rows.at(i));
            if (name == -2)
                continue;
            // A two-row header: the group row (業務分類, 情報資産名称, …,
            // 個人情報の種類, 評価値) above the row of sub-headings (個人情報,
            // 要配慮個人情報, …, 機密性, 完全性, 可用性).
            if (i + 1 < rows.size()) {
                const QStringList &below = rows.at(i + 1);
                if (nameColumn(below) == -2 && score(below) >= 2 &&
                    (name < 0 || below.value(name).trimmed().isEmpty()))
                    return i + 1;
            }
            return i;
        }
        int best = 0, bestScore = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const int s = score(rows.at(i));
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        if (bestScore > 0)
            return best;
        // Nothing is recognised: the header of a table below a one-cell title.
        return fullestRow(rows);
    };
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

Result<Table> readTableFile(const QString &path, TextEncoding encoding, const QString &sheet,
                            const QStringList &extraHeaders)
{
    Result<Table> table =
        readTableFileWith(path, encoding, sheet, assetHeaderChooser(extraHeaders));
    if (!table)
        return table;
    // A header cell under a merged cell of a two-row header is empty; the
    // text is in the row above (情報資産名称 spans both rows in the IPA
    // template, 機密性 has 評価値 above it).
    Table &t = table.value();
    int recognisedAbove = 0;
    if (!t.titleRows.isEmpty())
        for (const QString &cell : t.titleRows.last())
            recognisedAbove += recognise(cell).any();
    if (recognisedAbove >= 2 && t.titleLines.last() == t.headerLine - 1) {
        const QStringList &above = t.titleRows.last();
        for (int c = 0; c < t.header.size() && c < above.size(); ++c)
            if (t.header.at(c).trimmed().isEmpty())
                t.header[c] = above.at(c);
    }
    return table;
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
