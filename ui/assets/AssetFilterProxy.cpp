#include "assets/AssetFilterProxy.h"

#include "assets/AssetTableModel.h"
#include "domain/AssetRules.h"

namespace kamae {
namespace ui {

AssetFilterProxy::AssetFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void AssetFilterProxy::setAssetModel(AssetTableModel *model)
{
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    if (m_model) {
        // Structural changes are rare (add, delete, import): a reset is
        // simple and, at one pass over the rows, fast enough.
        auto begin = [this] {
            beginResetModel();
        };
        auto end = [this] {
            rebuild();
            endResetModel();
        };
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(m_model, &QAbstractItemModel::modelReset, this, end);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, end);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, end);
        connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &AssetFilterProxy::onSourceLayoutAboutToBeChanged);
        connect(m_model, &QAbstractItemModel::layoutChanged, this,
                &AssetFilterProxy::onSourceLayoutChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                &AssetFilterProxy::onSourceDataChanged);
        connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

void AssetFilterProxy::setSearchText(const QString &text)
{
    const QString folded = AssetTableModel::foldForSearch(text.trimmed());
    if (folded == m_matcher.pattern() && m_hasText == !folded.isEmpty())
        return;
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

bool AssetFilterProxy::accepts(int sourceRow) const
{
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

void AssetFilterProxy::rebuild()
{
    const int n = m_model ? m_model->rowCount() : 0;
    m_sourceRows.clear();
    m_sourceRows.reserve(n);
    m_proxyRowOf.fill(-1, n);
    for (int row = 0; row < n; ++row) {
        if (accepts(row)) {
            m_proxyRowOf[row] = static_cast<int>(m_sourceRows.size());
            m_sourceRows.append(row);
        }
    }
}

void AssetFilterProxy::refilter()
{
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QVector<int> sourceRowOf;
    sourceRowOf.reserve(before.size());
    for (const QModelIndex &i : before)
        sourceRowOf << m_sourceRows.value(i.row(), -1);
    rebuild();
    QModelIndexList after;
    after.reserve(before.size());
    for (int k = 0; k < before.size(); ++k) {
        const int row = sourceRowOf.at(k) >= 0 ? m_proxyRowOf.value(sourceRowOf.at(k), -1) : -1;
        after << (row >= 0 ? index(row, before.at(k).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void AssetFilterProxy::onSourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    for (const QModelIndex &i : std::as_const(m_layoutProxy))
        m_layoutSource << QPersistentModelIndex(mapToSource(i));
}

void AssetFilterProxy::onSourceLayoutChanged()
{
    rebuild();
    QModelIndexList after;
    after.reserve(m_layoutProxy.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSource))
        after << mapFromSource(source);
    changePersistentIndexList(m_layoutProxy, after);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    emit layoutChanged();
}

void AssetFilterProxy::onSourceDataChanged(const QModelIndex &topLeft,
                                           const QModelIndex &bottomRight, const QList<int> &roles)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (accepts(row) != (m_proxyRowOf.value(row, -1) >= 0)) {
            // An edit moved a row into or out of the filter.
            refilter();
            return;
        }
    }
    // Rows shown keep their place; tell the views which of them changed.
    int first = -1, last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int p = m_proxyRowOf.value(row, -1);
        if (p < 0)
            continue;
        first = first < 0 ? p : std::min(first, p);
        last = std::max(last, p);
    }
    if (first >= 0)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

QModelIndex AssetFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_sourceRows.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AssetFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int AssetFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sourceRows.size());
}

int AssetFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

QModelIndex AssetFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= m_sourceRows.size())
        return {};
    return m_model->index(m_sourceRows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex AssetFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = m_proxyRowOf.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

void AssetFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model)
        m_model->sort(column, order);
}

} // namespace ui
} // namespace kamae
