#pragma once

#include "domain/Asset.h"
#include "domain/Patch.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace kamae {
namespace ui {

// What the patch item table and the proposal table show alike.
struct PatchCells
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::PatchCells)

public:
    // "Critical (9.8)", "High", or "" when nothing is known.
    static QString severity(const domain::PatchItem &item);
    // "Exploited, ransomware", "Exploited" or "".
    static QString exploited(const domain::PatchItem &item);
    // For sorting the exploited column: ransomware above exploited above none.
    static int exploitedRank(const domain::PatchItem &item)
    {
        return (item.knownExploited ? 2 : 0) + (item.knownRansomwareUse ? 1 : 0);
    }
};

// Each asset's name and importance by id, for the asset columns.
class AssetIndex final
{
public:
    void set(const QVector<domain::Asset> &assets);
    void put(const domain::Asset &asset);
    void remove(qint64 assetId);
    bool contains(qint64 assetId) const { return m_names.contains(assetId); }
    QString name(qint64 assetId) const { return m_names.value(assetId); }
    int importance(qint64 assetId) const { return m_importance.value(assetId); }
    // The importance as shown: "" while unrated.
    QString importanceText(qint64 assetId) const;

private:
    QHash<qint64, QString> m_names;
    QHash<qint64, int> m_importance;
};

} // namespace ui
} // namespace kamae
