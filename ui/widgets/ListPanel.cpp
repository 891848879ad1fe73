#include "widgets/ListPanel.h"

#include "widgets/FlowLayout.h"
#include "widgets/ListTableModel.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

ListPanel::ListPanel(ListTableModel *model, const QString &viewName, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    m_proxy = makeSortProxy(m_model, TableModel::SortRole, this);
    m_view = makeRecordTable(this, viewName, QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setModel(m_proxy);
    // In the plan's order (the first column) until the person sorts.
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_title = makeBoldLabel(this);
    m_title->setWordWrap(true);

    m_buttons = new FlowLayout;
    for (int a = 0; a < ActionCount; ++a) {
        m_actions[a] = new QAction(this);
        m_buttons->addWidget(
            makeActionButton(this, m_actions[a], viewName + QStringLiteral("Button%1").arg(a)));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_buttons);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        emit currentChanged();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPanel::updateActions);
    updateActions();
}

void ListPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ListPanel::setTexts(const QString &title, const QString &add, const QString &edit,
                         const QString &remove)
{
    setTitle(title);
    m_actions[Add]->setText(add);
    m_actions[Edit]->setText(edit);
    m_actions[Delete]->setText(remove);
    m_model->retranslate();
}

int ListPanel::currentRow() const
{
    const QList<int> rows = selectedSourceRows(m_view);
    return rows.isEmpty() ? -1 : rows.first();
}

qint64 ListPanel::currentId() const
{
    return m_model->idAt(currentRow());
}

void ListPanel::selectId(qint64 id)
{
    showSourceRow(m_view, m_model->rowOfId(id));
}

void ListPanel::setFilterText(const QString &text)
{
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterFixedString(text);
}

void ListPanel::addWidget(QWidget *widget)
{
    m_buttons->addWidget(widget);
}

void ListPanel::addButton(QAction *action, const QString &name)
{
    m_buttons->addWidget(makeActionButton(this, action, name));
}

void ListPanel::updateActions()
{
    const bool selected = currentRow() >= 0;
    m_actions[Edit]->setEnabled(selected);
    m_actions[Delete]->setEnabled(selected);
}

} // namespace ui
} // namespace kamae
