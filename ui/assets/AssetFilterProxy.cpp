#include "assets/AssetFilterProxy.h"

#include "assets/AssetTableModel.h"
#include "domain/AssetRules.h"

namespace kamae {
namespace ui {

AssetFilterProxy::AssetFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // The source sorts itself; the proxy keeps the source's order.
    setDynamicSortFilter(false);
}

void AssetFilterProxy::setAssetModel(AssetTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void AssetFilterProxy::setSearchText(const QString &text)
{
    const QString folded = AssetTableModel::foldForSearch(text.trimmed());
    m_hasText = !folded.isEmpty();
    m_matcher.setPattern(folded);
    refilter();
}

void AssetFilterProxy::setKind(std::optional<domain::AssetKind> kind)
{
    m_kind = kind;
    refilter();
}

void AssetFilterProxy::setDepartment(const QString &department)
{
    m_department = department;
    refilter();
}

void AssetFilterProxy::setImportance(int importance)
{
    m_importance = importance;
    refilter();
}

void AssetFilterProxy::setNeedsReviewOnly(bool on)
{
    m_needsReview = on;
    refilter();
}

void AssetFilterProxy::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter re-runs
    // filterAcceptsRow over the source rows.
    invalidateFilter();
}

void AssetFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model)
        m_model->sort(column, order);
}

bool AssetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const domain::Asset &a = m_model->assetAt(sourceRow);
    if (m_kind && a.kind != *m_kind)
        return false;
    if (!m_department.isEmpty() && a.ownerDepartment != m_department)
        return false;
    if (m_importance >= 0 && domain::importance(a) != m_importance)
        return false;
    if (m_needsReview && !m_model->needsReview(sourceRow))
        return false;
    if (m_hasText && m_matcher.indexIn(m_model->searchText(sourceRow)) < 0)
        return false;
    return true;
}

} // namespace ui
} // namespace kamae
