#pragma once

#include <QDate>
#include <QString>

namespace kamae {
namespace domain {

// One row of the information-asset register (IPA SME guideline,
// 情報資産管理台帳), plus what Kamae needs for patching and MFA.
enum class AssetKind
{
    Data = 0,
    Device = 1,
    Software = 2,
    CloudService = 3,
    Account = 4,
};
constexpr int kAssetKindCount = 5;

enum class PersonalData
{
    None = 0,
    Personal = 1,  // 個人情報
    Sensitive = 2, // 要配慮個人情報
    MyNumber = 3,  // 特定個人情報
};
constexpr int kPersonalDataCount = 4;

enum class Mfa
{
    NotApplicable = 0,
    Off = 1,
    On = 2,
};
constexpr int kMfaCount = 3;

// Risk classes of the guideline: 大 / 中 / 小.
enum class RiskClass
{
    Unrated = 0,
    Low = 1,
    Medium = 2,
    High = 3,
};

struct Asset
{
    qint64 id = 0; // 0 until stored
    QString businessArea;
    QString name;
    QString notes;
    QString users;
    QString ownerDepartment;
    QString location;
    PersonalData personalData = PersonalData::None;
    // 1–3; 0 means not rated yet.
    int confidentiality = 0;
    int integrity = 0;
    int availability = 0;
    int threat = 0;        // 脅威の起こりやすさ, 1–3, 0 = not assessed
    int vulnerability = 0; // 脆弱性のつけ込みやすさ, 1–3, 0 = not assessed
    QString retention;
    QDate registered;
    QDate reviewed;
    AssetKind kind = AssetKind::Data;
    bool internetFacing = false;
    Mfa mfa = Mfa::NotApplicable;
    QString vendor;
    QString product;
    QString version;
    // When its software (OS, firmware) was last updated, and whether the
    // maker still ships updates for the version it runs (サポート終了).
    QDate lastUpdated;
    bool endOfSupport = false;
    // Who answers for it: an entry of the people list (0 = not assigned).
    qint64 ownerId = 0;

    bool operator==(const Asset &o) const;
    bool operator!=(const Asset &o) const { return !(*this == o); }
};

} // namespace domain
} // namespace kamae
