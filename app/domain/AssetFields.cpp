#include "domain/AssetFields.h"

#include "domain/AssetRules.h"

#include <QRegularExpression>

#include <initializer_list>

namespace kamae {
namespace domain {

namespace {

// Input as people type it: full-width digits and letters folded, case and
// surrounding spaces ignored.
QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
}

bool matches(const QString &foldedText, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (foldedText == QString::fromUtf16(w))
            return true;
    return false;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool parseRating(const QString &text, int *out)
{
    const QString t = folded(text);
    if (t.isEmpty() || t == QLatin1String("-")) {
        *out = 0;
        return true;
    }
    if (t == QLatin1String("1") || t == QLatin1String("2") || t == QLatin1String("3")) {
        *out = t.toInt();
        return true;
    }
    if (matches(t, {u"高", u"high", u"h"})) {
        *out = 3;
        return true;
    }
    if (matches(t, {u"中", u"medium", u"m"})) {
        *out = 2;
        return true;
    }
    if (matches(t, {u"低", u"low", u"l"})) {
        *out = 1;
        return true;
    }
    return false;
}

bool parseBool(const QString &text, bool *out)
{
    const QString t = folded(text);
    if (t.isEmpty() || matches(t, {u"no", u"n", u"false", u"0", u"いいえ", u"×", u"x", u"無",
                                   u"なし", u"-", u"非公開"})) {
        *out = false;
        return true;
    }
    if (matches(t, {u"yes", u"y", u"true", u"1", u"はい", u"○", u"◯", u"〇", u"●", u"✓", u"✔",
                    u"有", u"あり", u"公開"})) {
        *out = true;
        return true;
    }
    return false;
}

template <typename Enum>
bool parseEnum(
    const QString &text, int count, QString (*label)(Enum),
    std::initializer_list<std::pair<Enum, std::initializer_list<const char16_t *>>> synonyms,
    Enum *out)
{
    const QString t = folded(text);
    for (const auto &[value, words] : synonyms) {
        if (matches(t, words)) {
            *out = value;
            return true;
        }
    }
    for (int i = 0; i < count; ++i) {
        if (t == folded(label(static_cast<Enum>(i)))) {
            *out = static_cast<Enum>(i);
            return true;
        }
    }
    return false;
}

} // namespace

bool parseDate(const QString &text, QDate *out)
{
    const QString t = folded(text);
    if (t.isEmpty()) {
        *out = QDate();
        return true;
    }
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return false;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return false;
    *out = d;
    return true;
}

const QVector<AssetFieldInfo> &assetFields()
{
    static const QVector<AssetFieldInfo> fields = {
        {AssetField::BusinessArea, "business_area", false},
        {AssetField::Name, "name", false},
        {AssetField::Notes, "notes", false},
        {AssetField::Users, "users", false},
        {AssetField::OwnerDepartment, "owner_department", false},
        {AssetField::Location, "location", false},
        {AssetField::PersonalData, "personal_data", false},
        {AssetField::Confidentiality, "confidentiality", false},
        {AssetField::Integrity, "integrity", false},
        {AssetField::Availability, "availability", false},
        {AssetField::Importance, "importance", true},
        {AssetField::Threat, "threat", false},
        {AssetField::Vulnerability, "vulnerability", false},
        {AssetField::RiskValue, "risk_value", true},
        {AssetField::RiskClass, "risk_class", true},
        {AssetField::Retention, "retention", false},
        {AssetField::Registered, "registered", false},
        {AssetField::Reviewed, "reviewed", false},
        {AssetField::Kind, "kind", false},
        {AssetField::InternetFacing, "internet_facing", false},
        {AssetField::Mfa, "mfa", false},
        {AssetField::Vendor, "vendor", false},
        {AssetField::Product, "product", false},
        {AssetField::Version, "version", false},
        {AssetField::LastUpdated, "last_updated", false},
        {AssetField::EndOfSupport, "end_of_support", false},
    };
    return fields;
}

const AssetFieldInfo &assetFieldInfo(AssetField field)
{
    return assetFields().at(static_cast<int>(field));
}

QString AssetFieldText::label(AssetField field)
{
    switch (field) {
    case AssetField::BusinessArea:
        return tr("Business area");
    case AssetField::Name:
        return tr("Asset name");
    case AssetField::Notes:
        return tr("Notes");
    case AssetField::Users:
        return tr("Users");
    case AssetField::OwnerDepartment:
        return tr("Owner department");
    case AssetField::Location:
        return tr("Medium / location");
    case AssetField::PersonalData:
        return tr("Personal data");
    case AssetField::Confidentiality:
        return tr("Confidentiality");
    case AssetField::Integrity:
        return tr("Integrity");
    case AssetField::Availability:
        return tr("Availability");
    case AssetField::Importance:
        return tr("Importance");
    case AssetField::Threat:
        return tr("Threat likelihood");
    case AssetField::Vulnerability:
        return tr("Vulnerability");
    case AssetField::RiskValue:
        return tr("Risk value");
    case AssetField::RiskClass:
        return tr("Risk");
    case AssetField::Retention:
        return tr("Retention");
    case AssetField::Registered:
        return tr("Registered");
    case AssetField::Reviewed:
        return tr("Reviewed");
    case AssetField::Kind:
        return tr("Kind");
    case AssetField::InternetFacing:
        return tr("Internet-facing");
    case AssetField::Mfa:
        return tr("MFA");
    case AssetField::Vendor:
        return tr("Vendor");
    case AssetField::Product:
        return tr("Product");
    case AssetField::Version:
        return tr("Version");
    case AssetField::LastUpdated:
        return tr("Last updated");
    case AssetField::EndOfSupport:
        return tr("End of support");
    }
    return {};
}

QStringList AssetFieldText::aliases(AssetField field)
{
    QStringList names = {QString::fromLatin1(assetFieldInfo(field).key), label(field)};
    auto add = [&names](std::initializer_list<const char16_t *> words) {
        for (const char16_t *w : words)
            names << QString::fromUtf16(w);
    };
    // English labels and the IPA template's Japanese headers, whatever the
    // current language is.
    switch (field) {
    case AssetField::BusinessArea:
        add({u"Business area", u"業務分類", u"業務", u"部門業務"});
        break;
    case AssetField::Name:
        add({u"Asset name", u"Name", u"情報資産名称", u"情報資産名", u"資産名", u"名称"});
        break;
    case AssetField::Notes:
        add({u"Notes", u"備考", u"説明", u"概要"});
        break;
    case AssetField::Users:
        add({u"Users", u"利用者範囲", u"利用者"});
        break;
    case AssetField::OwnerDepartment:
        add({u"Owner department", u"Owner", u"管理部署", u"管理者", u"責任部署"});
        break;
    case AssetField::Location:
        add({u"Medium / location", u"Location", u"媒体・保存先", u"媒体", u"保存先", u"保管場所"});
        break;
    case AssetField::PersonalData:
        add({u"Personal data", u"個人情報", u"個人情報の種類", u"個人情報の有無"});
        break;
    case AssetField::Confidentiality:
        add({u"Confidentiality", u"C", u"機密性"});
        break;
    case AssetField::Integrity:
        add({u"Integrity", u"I", u"完全性"});
        break;
    case AssetField::Availability:
        add({u"Availability", u"A", u"可用性"});
        break;
    case AssetField::Importance:
        add({u"Importance", u"重要度"});
        break;
    case AssetField::Threat:
        add({u"Threat likelihood", u"Threat", u"脅威の起こりやすさ", u"脅威"});
        break;
    case AssetField::Vulnerability:
        add({u"Vulnerability", u"脆弱性のつけ込みやすさ", u"脆弱性"});
        break;
    case AssetField::RiskValue:
        add({u"Risk value", u"リスク値"});
        break;
    case AssetField::RiskClass:
        add({u"Risk", u"リスク"});
        break;
    case AssetField::Retention:
        add({u"Retention", u"保存期限", u"保存期間"});
        break;
    case AssetField::Registered:
        add({u"Registered", u"登録日"});
        break;
    case AssetField::Reviewed:
        add({u"Reviewed", u"見直し日", u"棚卸日", u"最終確認日", u"更新日"});
        break;
    case AssetField::Kind:
        add({u"Kind", u"Type", u"種別", u"種類", u"資産の種類"});
        break;
    case AssetField::InternetFacing:
        add({u"Internet-facing", u"インターネット公開", u"外部公開"});
        break;
    case AssetField::Mfa:
        add({u"MFA", u"多要素認証", u"2段階認証"});
        break;
    case AssetField::Vendor:
        add({u"Vendor", u"ベンダー", u"メーカー", u"製造元"});
        break;
    case AssetField::Product:
        add({u"Product", u"製品", u"製品名"});
        break;
    case AssetField::Version:
        add({u"Version", u"バージョン", u"版"});
        break;
    case AssetField::LastUpdated:
        add({u"Last updated", u"Last update", u"最終更新日", u"最終更新", u"更新日",
             u"最終アップデート"});
        break;
    case AssetField::EndOfSupport:
        add({u"End of support", u"EOS", u"EOL", u"End of life", u"サポート終了", u"サポート切れ"});
        break;
    }
    names.removeDuplicates();
    return names;
}

QString fieldText(const Asset &a, AssetField field)
{
    switch (field) {
    case AssetField::BusinessArea:
        return a.businessArea;
    case AssetField::Name:
        return a.name;
    case AssetField::Notes:
        return a.notes;
    case AssetField::Users:
        return a.users;
    case AssetField::OwnerDepartment:
        return a.ownerDepartment;
    case AssetField::Location:
        return a.location;
    case AssetField::PersonalData:
        return AssetText::personalData(a.personalData);
    case AssetField::Confidentiality:
        return AssetText::rating(a.confidentiality);
    case AssetField::Integrity:
        return AssetText::rating(a.integrity);
    case AssetField::Availability:
        return AssetText::rating(a.availability);
    case AssetField::Importance:
        return AssetText::rating(importance(a));
    case AssetField::Threat:
        return AssetText::rating(a.threat);
    case AssetField::Vulnerability:
        return AssetText::rating(a.vulnerability);
    case AssetField::RiskValue: {
        const int v = riskValue(a);
        return v > 0 ? QString::number(v) : QString();
    }
    case AssetField::RiskClass:
        return AssetText::riskClass(riskClass(riskValue(a)));
    case AssetField::Retention:
        return a.retention;
    case AssetField::Registered:
        return isoDate(a.registered);
    case AssetField::Reviewed:
        return isoDate(a.reviewed);
    case AssetField::Kind:
        return AssetText::kind(a.kind);
    case AssetField::InternetFacing:
        return a.internetFacing ? AssetFieldText::tr("Yes") : AssetFieldText::tr("No");
    case AssetField::Mfa:
        return AssetText::mfa(a.mfa);
    case AssetField::Vendor:
        return a.vendor;
    case AssetField::Product:
        return a.product;
    case AssetField::Version:
        return a.version;
    case AssetField::LastUpdated:
        return isoDate(a.lastUpdated);
    case AssetField::EndOfSupport:
        return a.endOfSupport ? AssetFieldText::tr("Yes") : AssetFieldText::tr("No");
    }
    return {};
}

QVariant fieldValue(const Asset &a, AssetField field)
{
    switch (field) {
    case AssetField::Confidentiality:
        return a.confidentiality;
    case AssetField::Integrity:
        return a.integrity;
    case AssetField::Availability:
        return a.availability;
    case AssetField::Importance:
        return importance(a);
    case AssetField::Threat:
        return a.threat;
    case AssetField::Vulnerability:
        return a.vulnerability;
    case AssetField::RiskValue:
    case AssetField::RiskClass:
        return riskValue(a);
    case AssetField::Registered:
        return a.registered;
    case AssetField::Reviewed:
        return a.reviewed;
    case AssetField::LastUpdated:
        return a.lastUpdated;
    case AssetField::EndOfSupport:
        return a.endOfSupport;
    case AssetField::PersonalData:
        return static_cast<int>(a.personalData);
    case AssetField::Kind:
        return static_cast<int>(a.kind);
    case AssetField::Mfa:
        return static_cast<int>(a.mfa);
    case AssetField::InternetFacing:
        return a.internetFacing;
    default:
        return fieldText(a, field);
    }
}

bool setFieldFromText(Asset &asset, AssetField field, const QString &text, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    const QString label = AssetFieldText::label(field);
    switch (field) {
    case AssetField::BusinessArea:
        asset.businessArea = text.trimmed();
        return true;
    case AssetField::Name:
        if (text.trimmed().isEmpty())
            return fail(AssetFieldText::tr("The asset name is empty."));
        asset.name = text.trimmed();
        return true;
    case AssetField::Notes:
        asset.notes = text;
        return true;
    case AssetField::Users:
        asset.users = text.trimmed();
        return true;
    case AssetField::OwnerDepartment:
        asset.ownerDepartment = text.trimmed();
        return true;
    case AssetField::Location:
        asset.location = text.trimmed();
        return true;
    case AssetField::Retention:
        asset.retention = text.trimmed();
        return true;
    case AssetField::Vendor:
        asset.vendor = text.trimmed();
        return true;
    case AssetField::Product:
        asset.product = text.trimmed();
        return true;
    case AssetField::Version:
        asset.version = text.trimmed();
        return true;
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
    case AssetField::Threat:
    case AssetField::Vulnerability: {
        int value = 0;
        if (!parseRating(text, &value))
            return fail(AssetFieldText::tr("%1 must be 1, 2 or 3 (or empty), not \"%2\".")
                            .arg(label, text.trimmed()));
        int *target = field == AssetField::Confidentiality ? &asset.confidentiality
                      : field == AssetField::Integrity     ? &asset.integrity
                      : field == AssetField::Availability  ? &asset.availability
                      : field == AssetField::Threat        ? &asset.threat
                                                           : &asset.vulnerability;
        *target = value;
        return true;
    }
    case AssetField::Registered:
    case AssetField::Reviewed:
    case AssetField::LastUpdated: {
        QDate date;
        if (!parseDate(text, &date))
            return fail(AssetFieldText::tr("%1 is not a date (use 2024-04-01 or 2024/4/1): "
                                           "\"%2\".")
                            .arg(label, text.trimmed()));
        (field == AssetField::Registered ? asset.registered
         : field == AssetField::Reviewed ? asset.reviewed
                                         : asset.lastUpdated) = date;
        return true;
    }
    case AssetField::PersonalData: {
        PersonalData value = PersonalData::None;
        if (folded(text).isEmpty()) {
            asset.personalData = PersonalData::None;
            return true;
        }
        if (!parseEnum<PersonalData>(
                text, kPersonalDataCount, &AssetText::personalData,
                {{PersonalData::None, {u"none", u"なし", u"無", u"-", u"×"}},
                 {PersonalData::Personal, {u"personal", u"個人情報", u"有", u"あり", u"○"}},
                 {PersonalData::Sensitive,
                  {u"sensitive", u"要配慮個人情報", u"要配慮", u"sensitive personal data"}},
                 {PersonalData::MyNumber,
                  {u"my number", u"mynumber", u"特定個人情報", u"マイナンバー",
                   u"my number data"}}},
                &value))
            return fail(
                AssetFieldText::tr("Unknown kind of personal data: \"%1\".").arg(text.trimmed()));
        asset.personalData = value;
        return true;
    }
    case AssetField::Kind: {
        AssetKind value = AssetKind::Data;
        if (folded(text).isEmpty()) {
            asset.kind = AssetKind::Data;
            return true;
        }
        if (!parseEnum<AssetKind>(
                text, kAssetKindCount, &AssetText::kind,
                {{AssetKind::Data, {u"data", u"データ", u"情報", u"電子データ", u"書類"}},
                 {AssetKind::Device,
                  {u"device", u"機器", u"端末", u"ハードウェア", u"hardware", u"pc"}},
                 {AssetKind::Software, {u"software", u"ソフトウェア", u"アプリケーション"}},
                 {AssetKind::CloudService,
                  {u"cloud", u"cloud service", u"クラウド", u"クラウドサービス", u"saas"}},
                 {AssetKind::Account, {u"account", u"アカウント", u"id"}}},
                &value))
            return fail(AssetFieldText::tr("Unknown kind of asset: \"%1\".").arg(text.trimmed()));
        asset.kind = value;
        return true;
    }
    case AssetField::Mfa: {
        Mfa value = Mfa::NotApplicable;
        if (folded(text).isEmpty()) {
            asset.mfa = Mfa::NotApplicable;
            return true;
        }
        if (!parseEnum<Mfa>(text, kMfaCount, &AssetText::mfa,
                            {{Mfa::NotApplicable,
                              {u"n/a", u"na", u"not applicable", u"対象外", u"該当なし", u"-"}},
                             {Mfa::Off, {u"off", u"no", u"なし", u"無効", u"未設定", u"×"}},
                             {Mfa::On, {u"on", u"yes", u"あり", u"有効", u"設定済み", u"○"}}},
                            &value))
            return fail(AssetFieldText::tr("MFA must be on, off or not applicable, not \"%1\".")
                            .arg(text.trimmed()));
        asset.mfa = value;
        return true;
    }
    case AssetField::InternetFacing: {
        bool value = false;
        if (!parseBool(text, &value))
            return fail(
                AssetFieldText::tr("%1 must be yes or no, not \"%2\".").arg(label, text.trimmed()));
        asset.internetFacing = value;
        return true;
    }
    case AssetField::EndOfSupport: {
        bool value = false;
        if (!parseBool(text, &value))
            return fail(
                AssetFieldText::tr("%1 must be yes or no, not \"%2\".").arg(label, text.trimmed()));
        asset.endOfSupport = value;
        return true;
    }
    case AssetField::Importance:
    case AssetField::RiskValue:
    case AssetField::RiskClass:
        // Derived: whatever the file says is recomputed.
        return true;
    }
    return true;
}

bool parseYesNo(const QString &text, bool *out)
{
    return parseBool(text, out);
}

} // namespace domain
} // namespace kamae
