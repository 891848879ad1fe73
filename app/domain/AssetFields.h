#pragma once

#include "domain/Asset.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>
#include <QVector>

// Every column of the register in one place: its stable key, its label in
// the user's language, how it reads and writes as text. The table, the
// CSV/XLSX import and export and the command line all go through here.
namespace kamae {
namespace domain {

enum class AssetField
{
    BusinessArea,
    Name,
    Notes,
    Users,
    OwnerDepartment,
    Location,
    PersonalData,
    Confidentiality,
    Integrity,
    Availability,
    Importance, // derived
    Threat,
    Vulnerability,
    RiskValue, // derived
    RiskClass, // derived
    Retention,
    Registered,
    Reviewed,
    Kind,
    InternetFacing,
    Mfa,
    Vendor,
    Product,
    Version,
    LastUpdated,
    EndOfSupport,
};

struct AssetFieldInfo
{
    AssetField field;
    const char *key; // stable, English, used in files and JSON
    bool derived;    // computed, never imported
};

const QVector<AssetFieldInfo> &assetFields();
const AssetFieldInfo &assetFieldInfo(AssetField field);

struct AssetFieldText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::domain::AssetFieldText)

public:
    // The column header in the current language.
    static QString label(AssetField field);
    // Headers this field is recognised by on import: the key, the English
    // and Japanese labels, and the IPA register template's wording.
    static QStringList aliases(AssetField field);
};

// The value as text for files ("" for unset ratings and dates, ISO dates,
// enum names in the current language).
QString fieldText(const Asset &asset, AssetField field);
// The value for sorting and display: numbers as numbers, dates as dates.
QVariant fieldValue(const Asset &asset, AssetField field);
// Parses text into the field. Accepts the English and Japanese names of
// enum values, 1–3 for ratings (full-width digits too), yes/no/はい/いいえ/
// ○/×, and dates as yyyy-MM-dd, yyyy/MM/dd or yyyy/M/d. On failure returns
// false with a translated reason and leaves the asset unchanged.
bool setFieldFromText(Asset &asset, AssetField field, const QString &text, QString *error);
// Yes/no as registers write it: yes, はい, ○, ◯, ●, ✓, 有, あり, 1 and no, いいえ,
// ×, 無, なし, -, 0 (case and width folded); empty is no. False when the text
// is neither.
bool parseYesNo(const QString &text, bool *out);
// A date as registers and lists write it: yyyy-MM-dd, yyyy/M/d, yyyy.M.d or
// yyyy年M月d日 (full-width digits too; XLSX date cells arrive as
// yyyy-MM-dd); empty is no date. False when the text is none of these.
bool parseDate(const QString &text, QDate *out);

} // namespace domain
} // namespace kamae
