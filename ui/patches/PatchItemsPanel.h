#pragma once

#include "core/Result.h"
#include "domain/Asset.h"
#include "domain/Patch.h"
#include "patches/PatchViews.h"

#include <functional>

class QAction;
class QComboBox;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace kamae {
namespace store {
class ChangeSet;
}
namespace ui {

class PatchFilterProxy;
class PatchTableModel;

// The Patches page's "Patch items" tab: the items of every asset with a
// search, a status scope and an asset filter, and what is done to the
// selected ones (add, edit, applied today, accept the risk, delete), each
// an undoable command.
class PatchItemsPanel final : public RecordsPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatchItemsPanel)

public:
    // Runs a change of the selected items so that the page can say
    // afterwards which of them the filters now hide.
    using Watch = std::function<void(const std::function<void()> &change)>;

    // `assets` and `policy` are the page's: what the items belong to and
    // new ones start from, read by the page, never copied here.
    PatchItemsPanel(QUndoStack &undo, PatchCommandContext context,
                    const QVector<domain::Asset> &assets, const domain::PatchPolicy &policy,
                    QWidget *parent = nullptr);

    PatchTableModel *model() const { return m_model; }
    PatchFilterProxy *proxy() const { return m_proxy; }
    void setWatch(Watch watch) { m_watch = std::move(watch); }

    // Everything read again: the selection and the scroll position stay.
    void setContent(QVector<domain::PatchItem> items, const QDate &today);
    // The page read the assets and the policy again (the items follow
    // applyChanges()).
    void assetsChanged();
    // The rows a burst of changes names, updated in place.
    Status applyChanges(const store::ChangeSet &changes, store::Database &db);

    bool hasAssets() const { return !m_assets.isEmpty(); }
    QVector<domain::PatchItem> selectedItems() const;
    // The per-asset view: only this asset's items, all statuses.
    void showAsset(qint64 assetId);
    // Selects one item, clearing the filters.
    void showItem(qint64 itemId);
    void clearFilters();
    void focusSearch();

    void addItem();
    void editCurrent();
    void markSelectedApplied();
    void acceptSelectedRisk();
    void deleteSelected();
    void retranslate();

private:
    void pushChange(QVector<domain::PatchItem> before, QVector<domain::PatchItem> after,
                    const QString &text);
    void watched(const std::function<void()> &change);
    void fillAssetFilter();
    void updateButtons() override;

    Watch m_watch;
    const QVector<domain::Asset> &m_assets;
    const domain::PatchPolicy &m_policy;

    PatchTableModel *m_model = nullptr;
    PatchFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_assetFilter = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QAction *m_applied = nullptr;
    QAction *m_accept = nullptr;
};

} // namespace ui
} // namespace kamae
