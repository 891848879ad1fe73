#pragma once

#include "domain/Asset.h"
#include "domain/Patch.h"
#include "pages/ModulePage.h"
#include "patches/PatchCommands.h"
#include "patches/Proposals.h"
#include "store/FeedStore.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

class FeedsPanel;
class PatchFilterProxy;
class PatchTableModel;
class ProposalTableModel;

// 修正プログラム: the patch items across all assets (overdue in red), what
// the imported feeds propose, the assets nobody has updated lately, and the
// feeds themselves.
class PatchesPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatchesPage)

public:
    enum Tab
    {
        ItemsTab,
        ProposalsTab,
        StaleTab,
        FeedsTab
    };

    PatchesPage(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);
    ~PatchesPage() override;

    QString title() const override;

    // The per-asset view: only this asset's items, all statuses.
    void showAsset(qint64 assetId);
    // Selects one item (from a reminder on the dashboard), clearing filters.
    void showItem(qint64 itemId);

    void addItem();
    void editCurrent();
    void markSelectedApplied();
    void acceptSelectedRisk();
    void deleteSelected();
    void confirmSelectedProposals();
    void dismissSelectedProposals();
    // Opens the Feeds tab and imports the file (as a drop on the page does).
    void importFeed(const QString &path);

    PatchTableModel *model() const { return m_model; }
    PatchFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    ProposalTableModel *proposalModel() const { return m_proposals; }
    QTableView *proposalView() const { return m_proposalView; }
    // To review (new) / Probably fixed / All.
    enum ProposalFilter
    {
        NewProposals,
        ProbablyFixedProposals,
        AllProposals
    };
    QComboBox *proposalFilter() const { return m_proposalFilter; }
    QTableWidget *staleTable() const { return m_stale; }
    QTabWidget *tabs() const { return m_tabs; }
    FeedsPanel *feedsPanel() const { return m_feeds; }
    QComboBox *assetFilter() const { return m_assetFilter; }
    QComboBox *scopeFilter() const { return m_scope; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    QVector<domain::PatchItem> selectedItems() const;
    QVector<patches::Proposal> selectedProposals() const;
    void pushChange(QVector<domain::PatchItem> before, QVector<domain::PatchItem> after,
                    const QString &text);
    void fillAssetFilter();
    void fillStale();
    void updateSummary();
    void updateButtons();
    void clearItemFilters();
    void retranslate();

    QUndoStack &m_undo;
    PatchCommandContext m_context;
    QVector<domain::Asset> m_assets;
    QVector<store::StoredEntry> m_entries;
    QString m_entriesSignature;
    domain::PatchPolicy m_policy;

    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;

    PatchTableModel *m_model = nullptr;
    PatchFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_assetFilter = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QAction *m_appliedAction = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_confirmAction = nullptr;
    QAction *m_dismissAction = nullptr;
    QPushButton *m_emptyImport = nullptr;
    QPushButton *m_emptyAdd = nullptr;

    ProposalTableModel *m_proposals = nullptr;
    QTableView *m_proposalView = nullptr;
    QLabel *m_proposalHint = nullptr;
    QComboBox *m_proposalFilter = nullptr;
    QSortFilterProxyModel *m_proposalProxy = nullptr;

    QLabel *m_staleHint = nullptr;
    QTableWidget *m_stale = nullptr;

    FeedsPanel *m_feeds = nullptr;
};

} // namespace ui
} // namespace kamae
