#pragma once

#include "domain/Asset.h"
#include "patches/PatchViews.h"
#include "patches/Proposals.h"

class QAction;
class QComboBox;
class QSortFilterProxyModel;
class QUndoStack;

namespace kamae {
namespace ui {

class ProposalTableModel;

// The Patches page's "Proposals" tab: what the imported feeds suggest for
// the assets, new ones or all of them or those the asset's last update
// probably fixed, to confirm as patch items or dismiss (both undoable).
class ProposalsPanel final : public RecordsPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalsPanel)

public:
    // The filter's entries.
    enum Filter
    {
        NewProposals,
        ProbablyFixedProposals,
        AllProposals
    };

    ProposalsPanel(QUndoStack &undo, PatchCommandContext context, QWidget *parent = nullptr);

    ProposalTableModel *model() const { return m_model; }
    QComboBox *filter() const { return m_filter; }

    // Shows these proposals unless they are the ones shown beside the same
    // assets; the selection and the scroll position stay.
    void setContent(QVector<patches::Proposal> proposals, const QVector<domain::Asset> &assets,
                    bool assetsChanged);
    QVector<patches::Proposal> selectedProposals() const;
    void confirmSelected();
    void dismissSelected();
    void retranslate();

private:
    void applyFilter(int index);
    void updateCounts();
    void updateButtons() override;

    ProposalTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_filter = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_dismiss = nullptr;
};

} // namespace ui
} // namespace kamae
