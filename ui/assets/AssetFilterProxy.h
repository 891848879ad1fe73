#pragma once

#include "domain/Asset.h"

#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <optional>

namespace kamae {
namespace ui {

class AssetTableModel;

// Filters the register as the user types: text across all text columns
// (width- and case-folded), kind, owner department, importance, and
// "needs review". Sorting is passed to the source model, which sorts
// faster than a proxy can.
class AssetFilterProxy final : public QSortFilterProxyModel
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

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    AssetTableModel *m_model = nullptr;
    QStringMatcher m_matcher;
    bool m_hasText = false;
    std::optional<domain::AssetKind> m_kind;
    QString m_department;
    int m_importance = -1;
    bool m_needsReview = false;
};

} // namespace ui
} // namespace kamae
