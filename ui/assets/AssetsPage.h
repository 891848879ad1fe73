#pragma once

#include "assets/AssetCommands.h"
#include "core/Result.h"
#include "io/Table.h"
#include "pages/ModulePage.h"

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace kamae {
namespace ui {

class AssetFilterBar;
class AssetFilterProxy;
class AssetTableModel;

// The information-asset register (情報資産管理台帳): a sortable table that
// filters as you type, an editor, add / duplicate / delete with undo, and
// the yearly review (棚卸し).
class AssetsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetsPage)

public:
    AssetsPage(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);
    ~AssetsPage() override;

    QString title() const override;

    AssetTableModel *model() const { return m_model; }
    AssetFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // Selects one asset with every filter cleared (from another page).
    void showAsset(qint64 assetId);
    // Filters to the rows due for their yearly review (from a reminder).
    void showNeedingReview();
    void addAsset();
    void editCurrent();
    void duplicateSelected();
    void deleteSelected();
    void markSelectedReviewed();
    void importFile(const QString &path);
    // Asks for the file, then importFile().
    void chooseImportFile();
    // Asks for the file and format, then exportFile().
    void chooseExportFile();
    // Writes the rows shown (filter and order as on screen).
    Status exportFile(const QString &path, io::TextEncoding encoding);

signals:
    // The per-asset patch view was asked for.
    void patchesRequested(qint64 assetId);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    QVector<domain::Asset> selectedAssets() const;
    void refreshFilters();
    // Rows of the register that changed elsewhere are updated in place (a
    // register of 100,000 is not read again for one edit).
    void applyChanges(const store::ChangeSet &changes) override;
    void updateSummary();
    void updateButtons();
    void retranslate();

    QUndoStack &m_undo;
    AssetCommandContext m_context;
    AssetTableModel *m_model = nullptr;
    AssetFilterProxy *m_proxy = nullptr;

    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    AssetFilterBar *m_filters = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_patchesAction = nullptr;
};

} // namespace ui
} // namespace kamae
