#include "domain/AssetRules.h"

#include <algorithm>

namespace kamae {
namespace domain {

bool Asset::operator==(const Asset &o) const
{
    return id == o.id && businessArea == o.businessArea && name == o.name && notes == o.notes &&
           users == o.users && ownerId == o.ownerId && ownerDepartment == o.ownerDepartment &&
           location == o.location && personalData == o.personalData &&
           confidentiality == o.confidentiality && integrity == o.integrity &&
           availability == o.availability && threat == o.threat &&
           vulnerability == o.vulnerability && retention == o.retention &&
           registered == o.registered && reviewed == o.reviewed && kind == o.kind &&
           internetFacing == o.internetFacing && mfa == o.mfa && vendor == o.vendor &&
           product == o.product && version == o.version && lastUpdated == o.lastUpdated &&
           endOfSupport == o.endOfSupport;
}

int importance(const Asset &asset)
{
    int value = std::max({asset.confidentiality, asset.integrity, asset.availability});
    switch (asset.personalData) {
    case PersonalData::None:
        break;
    case PersonalData::Personal:
        value = std::max(value, 2);
        break;
    case PersonalData::Sensitive:
    case PersonalData::MyNumber:
        value = 3;
        break;
    }
    return std::clamp(value, 0, 3);
}

int damageLikelihood(int threat, int vulnerability)
{
    if (threat < 1 || threat > 3 || vulnerability < 1 || vulnerability > 3)
        return 0;
    // Rows: threat 3, 2, 1; columns: vulnerability 3, 2, 1.
    static constexpr int table[3][3] = {
        {3, 3, 2},
        {3, 2, 1},
        {2, 1, 1},
    };
    return table[3 - threat][3 - vulnerability];
}

int riskValue(const Asset &asset)
{
    return importance(asset) * damageLikelihood(asset.threat, asset.vulnerability);
}

RiskClass riskClass(int value)
{
    if (value <= 0)
        return RiskClass::Unrated;
    if (value >= 6)
        return RiskClass::High;
    if (value >= 4)
        return RiskClass::Medium;
    return RiskClass::Low;
}

QDate reviewDue(const Asset &asset)
{
    QDate last = asset.registered;
    if (asset.reviewed.isValid() && (!last.isValid() || asset.reviewed > last))
        last = asset.reviewed;
    return last.isValid() ? last.addMonths(kReviewIntervalMonths) : QDate();
}

bool needsReview(const Asset &asset, const QDate &today)
{
    const QDate due = reviewDue(asset);
    return !due.isValid() || due < today;
}

bool isClassified(const Asset &asset)
{
    return !asset.ownerDepartment.trimmed().isEmpty() && asset.confidentiality > 0 &&
           asset.integrity > 0 && asset.availability > 0;
}

QString AssetText::kind(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Data:
        return tr("Data");
    case AssetKind::Device:
        return tr("Device");
    case AssetKind::Software:
        return tr("Software");
    case AssetKind::CloudService:
        return tr("Cloud service");
    case AssetKind::Account:
        return tr("Account");
    }
    return {};
}

QString AssetText::personalData(PersonalData value)
{
    switch (value) {
    case PersonalData::None:
        return tr("None");
    case PersonalData::Personal:
        return tr("Personal data");
    case PersonalData::Sensitive:
        return tr("Sensitive personal data");
    case PersonalData::MyNumber:
        return tr("My Number data");
    }
    return {};
}

QString AssetText::mfa(Mfa value)
{
    switch (value) {
    case Mfa::NotApplicable:
        return tr("Not applicable");
    case Mfa::Off:
        return tr("Off");
    case Mfa::On:
        return tr("On");
    }
    return {};
}

QString AssetText::riskClass(RiskClass value)
{
    switch (value) {
    case RiskClass::Unrated:
        return {};
    case RiskClass::Low:
        return tr("Low");
    case RiskClass::Medium:
        return tr("Medium");
    case RiskClass::High:
        return tr("High");
    }
    return {};
}

QString AssetText::rating(int value)
{
    return value >= 1 && value <= 3 ? QString::number(value) : QString();
}

} // namespace domain
} // namespace kamae
