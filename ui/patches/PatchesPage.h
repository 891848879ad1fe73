#pragma once

#include "pages/ModulePage.h"
#include "patches/PatchDesk.h"
#include "patches/ProposalsPanel.h"
#include "store/ChangeSet.h"

class QTabWidget;
class QUndoStack;

namespace kamae {
namespace ui {

class FeedsPanel;
class PatchFilterProxy;
class PatchItemsPanel;
class PatchesSummary;
class StaleAssetsPanel;

// 修正プログラム: the patch items across all assets (overdue in red), what
// the imported feeds propose, the assets nobody has updated lately, and the
// feeds themselves; one part each, under a summary. The page reads, and
// follows the store's changes row by row.
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
    using ProposalFilter = ProposalsPanel::Filter;
    static constexpr ProposalFilter NewProposals = ProposalsPanel::NewProposals;
    static constexpr ProposalFilter ProbablyFixedProposals = ProposalsPanel::ProbablyFixedProposals;
    static constexpr ProposalFilter AllProposals = ProposalsPanel::AllProposals;

    PatchesPage(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);

    QString title() const override;

    QTabWidget *tabs() const { return m_tabs; }
    PatchesSummary *summary() const { return m_summary; }
    PatchItemsPanel *items() const { return m_items; }
    ProposalsPanel *proposals() const { return m_proposals; }
    // The per-asset view: only this asset's items, all statuses.
    void showAsset(qint64 assetId);
    // Selects one item (from a reminder on the dashboard), clearing filters.
    void showItem(qint64 itemId);
    PatchFilterProxy *proxy() const;

    StaleAssetsPanel *stale() const { return m_stale; }
    FeedsPanel *feedsPanel() const { return m_feeds; }
    // Opens the Feeds tab and imports the file (as a drop on the page does).
    void importFeed(const QString &path);
    QComboBox *proposalFilter() const;

    void applyChanges(const store::ChangeSet &changes) override;

protected:
    void load() override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addTables();
    bool read(const store::ChangeSet *changes);
    void updateSummary();
    void retranslate();

    patches::ProposalSource m_proposalSource;
    QVector<domain::Asset> m_assets;
    domain::PatchPolicy m_policy;
    // What changed while the page was hidden, shown when it shows.
    store::ChangeSet m_hidden;

    PatchesSummary *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    PatchItemsPanel *m_items = nullptr;
    ProposalsPanel *m_proposals = nullptr;
    StaleAssetsPanel *m_stale = nullptr;
    FeedsPanel *m_feeds = nullptr;
};

} // namespace ui
} // namespace kamae
