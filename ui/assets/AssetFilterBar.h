#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace kamae {
namespace ui {

class AssetFilterProxy;
class AssetTableModel;

// The register's search and filters (kind, department, importance, "needs
// review"), applied to the proxy as they change.
class AssetFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetFilterBar)

public:
    AssetFilterBar(const AssetTableModel *model, AssetFilterProxy *proxy, QWidget *parent);

    QLineEdit *search() const { return m_search; }
    // The departments named in the register, sorted; for the filter and the
    // editor's suggestions.
    QStringList departments() const;
    // The department list follows the register; the choice is kept while the
    // department still exists.
    void refreshDepartments();
    void clear();
    void showNeedingReviewOnly();
    void retranslate();

private:
    const AssetTableModel *m_model;
    AssetFilterProxy *m_proxy;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_importance = nullptr;
    QCheckBox *m_needsReview = nullptr;
};

// The header's menu of columns to show, with "Default columns".
void showAssetColumnMenu(QTableView *view, const AssetTableModel *model, const QPoint &pos);
// Hides the columns a new register does not show until asked.
void hideAssetColumnsByDefault(QTableView *view);

} // namespace ui
} // namespace kamae
