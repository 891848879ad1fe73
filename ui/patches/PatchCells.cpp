#include "patches/PatchCells.h"

#include "domain/AssetRules.h"
#include "domain/PatchRules.h"

namespace kamae {
namespace ui {

QString PatchCells::severity(const domain::PatchItem &item)
{
    if (item.cvssScore >= 0)
        return QStringLiteral("%1 (%2)")
            .arg(domain::PatchText::severity(item.severity))
            .arg(item.cvssScore, 0, 'f', 1);
    return item.severity == domain::Severity::Unknown ? QString()
                                                      : domain::PatchText::severity(item.severity);
}

QString PatchCells::exploited(const domain::PatchItem &item)
{
    if (item.knownRansomwareUse)
        return tr("Exploited, ransomware");
    return item.knownExploited ? tr("Exploited") : QString();
}

void AssetIndex::set(const QVector<domain::Asset> &assets)
{
    m_names.clear();
    m_importance.clear();
    for (const domain::Asset &a : assets)
        put(a);
}

void AssetIndex::put(const domain::Asset &asset)
{
    m_names.insert(asset.id, asset.name);
    m_importance.insert(asset.id, domain::importance(asset));
}

void AssetIndex::remove(qint64 assetId)
{
    m_names.remove(assetId);
    m_importance.remove(assetId);
}

QString AssetIndex::importanceText(qint64 assetId) const
{
    const int value = importance(assetId);
    return value > 0 ? QString::number(value) : QString();
}

} // namespace ui
} // namespace kamae
