#pragma once

#include "domain/Asset.h"

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <QStringMatcher>

#include <optional>

namespace kamae {
namespace ui {

class AssetTableModel;

// Filters the register as the user types: text across all text columns
// (width- and case-folded), kind, owner department, importance, and
// "needs review". A lean proxy of its own rather than a
// QSortFilterProxyModel: over 100,000 rows the latter spends twenty times
// longer on its bookkeeping than on matching. Rows keep the source's
// order; sorting is passed to the source model.
class AssetFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetFilterProxy)

public:
    explicit AssetFilterProxy(QObject *parent = nullptr);

    void setAssetModel(AssetTableModel *model);
    void setSearchText(const QString &text);
    void setKind(std::optional<domain::AssetKind> kind);
    void setDepartment(const QString &department); // empty = any
    void setImportance(int importance);            // -1 = any, 0 = not rated
    void setNeedsReviewOnly(bool on);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    void rebuild();
    void refilter();
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);

    AssetTableModel *m_model = nullptr;
    QVector<int> m_sourceRows; // proxy row → source row
    QVector<int> m_proxyRowOf; // source row → proxy row, -1 when filtered out
    QModelIndexList m_layoutProxy;
    QList<QPersistentModelIndex> m_layoutSource;

    QStringMatcher m_matcher;
    bool m_hasText = false;
    std::optional<domain::AssetKind> m_kind;
    QString m_department;
    int m_importance = -1;
    bool m_needsReview = false;
};

} // namespace ui
} // namespace kamae
