#include "patches/ProposalsPanel.h"

#include "core/Clock.h"
#include "patches/PatchDesk.h"
#include "patches/PatchViews.h"
#include "patches/ProposalTableModel.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

namespace {

// Sorted by the model's keys, filtered by a proposal's state: new ones by
// default; those the asset's last update probably fixed stay reviewable
// under the filter.
QSortFilterProxyModel *makeStateProxy(QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSortRole(ProposalTableModel::SortRole);
    proxy->setSortLocaleAware(true);
    proxy->setFilterRole(ProposalTableModel::StateRole);
    proxy->setFilterKeyColumn(0);
    proxy->setFilterFixedString(QStringLiteral("new"));
    return proxy;
}

} // namespace

ProposalsPanel::ProposalsPanel(QUndoStack &undo, PatchCommandContext context, QWidget *parent)
    : RecordsPanel(undo, std::move(context), QStringLiteral("proposalView"), parent)
{
    m_model = new ProposalTableModel(this);
    m_proxy = makeStateProxy(this);
    setModels(m_model, m_proxy);
    view()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("proposalFilter"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ProposalsPanel::applyFilter);
    auto *hint = sayingText(new QLabel(this), [] {
        return PatchesPageText::tr(
            "Matches between the imported feeds and the vendor, product and version of your "
            "assets. Confirm what applies (it becomes a patch item with a due date by policy) "
            "and dismiss what does not; a dismissal is remembered for that asset. Hover a row "
            "for the description. A vulnerability the feed listed before the asset's last "
            "update is shown under \"Probably fixed\": that update probably brought the fix, "
            "so it is not counted as open.");
    });
    hint->setWordWrap(true);
    m_confirm = new QAction(this);
    connect(m_confirm, &QAction::triggered, this, &ProposalsPanel::confirmSelected);
    m_dismiss = new QAction(this);
    connect(m_dismiss, &QAction::triggered, this, &ProposalsPanel::dismissSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addRowAction(m_confirm, QStringLiteral("confirmButton")));
    buttons->addWidget(addRowAction(m_dismiss, QStringLiteral("dismissButton")));
    buttons->addStretch();
    buttons->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(view(), 1);
    retranslate();
    updateButtons();
}

void ProposalsPanel::setContent(QVector<patches::Proposal> proposals,
                                const QVector<domain::Asset> &assets, bool assetsChanged)
{
    // A reset would lose the place in a long list for nothing: an edited
    // item rarely changes what is proposed.
    if (!assetsChanged && proposals == m_model->proposals())
        return;
    {
        const ViewKeeper keep(view(), [this](const QModelIndex &index) {
            return patches::proposalId(m_model->proposalAt(m_proxy->mapToSource(index).row()));
        });
        m_model->setContent(std::move(proposals), assets);
    }
    updateCounts();
    updateButtons();
}

void ProposalsPanel::applyFilter(int index)
{
    view()->clearSelection();
    m_proxy->setFilterFixedString(index == ProbablyFixedProposals ? QStringLiteral("fixed")
                                  : index == AllProposals         ? QString()
                                                                  : QStringLiteral("new"));
    // "Probably fixed by the update of …" is wider than "New": widen the
    // state column when such rows appear, never narrow the user's width.
    const int state = ProposalTableModel::StateColumn;
    const int before = view()->columnWidth(state);
    view()->resizeColumnToContents(state);
    view()->setColumnWidth(state, std::max(before, std::min(view()->columnWidth(state), 260)));
    updateButtons();
}

void ProposalsPanel::updateCounts()
{
    const int all = m_model->rowCount();
    const int fresh = m_model->newCount();
    const QSignalBlocker block(m_filter);
    const int filter = std::max(0, m_filter->currentIndex());
    m_filter->clear();
    m_filter->addItems({PatchesPageText::tr("To review (%1)").arg(fresh),
                        PatchesPageText::tr("Probably fixed by an update (%1)").arg(all - fresh),
                        PatchesPageText::tr("All (%1)").arg(all)});
    m_filter->setCurrentIndex(filter);
}

void ProposalsPanel::updateButtons()
{
    const bool selected = view()->selectionModel()->hasSelection();
    m_confirm->setEnabled(selected);
    m_dismiss->setEnabled(selected);
}

QVector<patches::Proposal> ProposalsPanel::selectedProposals() const
{
    QVector<patches::Proposal> out;
    for (int row : selectedSourceRows(view()))
        out << m_model->proposalAt(row);
    return out;
}

void ProposalsPanel::confirmSelected()
{
    const QVector<patches::Proposal> proposals = selectedProposals();
    if (proposals.isEmpty())
        return;
    QVector<domain::PatchItem> items;
    for (const patches::Proposal &p : proposals)
        items << p.item;
    push(new PatchChangeCommand(context(), {}, items,
                                PatchesPageText::tr("Confirm %n proposal(s)", nullptr,
                                                    static_cast<int>(proposals.size()))));
}

void ProposalsPanel::dismissSelected()
{
    const QVector<patches::Proposal> proposals = selectedProposals();
    if (proposals.isEmpty())
        return;
    push(new DismissProposalsCommand(context(), patches::dismissalsFor(proposals, clock::today())));
}

void ProposalsPanel::retranslate()
{
    m_filter->setToolTip(PatchesPageText::tr("Which proposals to show"));
    m_confirm->setText(PatchesPageText::tr("Confirm as patch items"));
    m_dismiss->setText(PatchesPageText::tr("Dismiss"));
    m_model->retranslate();
    updateCounts();
}

} // namespace ui
} // namespace kamae
