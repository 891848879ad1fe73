#include "training/TrainingListPanel.h"

#include "models/RecordFilterProxy.h"
#include "models/RecordTableModel.h"
#include "widgets/Widgets.h"

#include "widgets/FlowLayout.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

TrainingListPanel::TrainingListPanel(TableModel *model, RecordFilterProxy *proxy,
                                     const QString &viewName, int actionCount,
                                     QList<int> needingRow, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(proxy), m_needingRow(std::move(needingRow))
{
    m_proxy->setSourceModel(m_model);
    m_search = makeSearchEdit(this);
    m_view = makeRecordTable(this, viewName, QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setModel(m_proxy);

    // Wraps on a narrow window instead of making the page scroll sideways.
    auto *buttons = new FlowLayout;
    for (int a = 0; a < actionCount; ++a) {
        m_actions << new QAction(this);
        buttons->addWidget(
            makeActionButton(this, m_actions.last(), viewName + QStringLiteral("Button%1").arg(a)));
    }
    buttons->addStretch();
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    buttons->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        emit currentChanged();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TrainingListPanel::updateActions);
    updateActions();
}

int TrainingListPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_proxy->mapToSource(current).row();
}

void TrainingListPanel::showRow(int sourceRow)
{
    if (sourceRow < 0)
        return;
    if (!m_proxy->mapFromSource(m_model->index(sourceRow, 0)).isValid())
        clearFilters();
    showSourceRow(m_view, sourceRow);
}

void TrainingListPanel::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
}

void TrainingListPanel::clearFilters()
{
    m_search->clear();
}

void TrainingListPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void TrainingListPanel::updateActions()
{
    const bool selected = currentRow() >= 0;
    for (int a : std::as_const(m_needingRow))
        m_actions.at(a)->setEnabled(selected);
}

} // namespace ui
} // namespace kamae
