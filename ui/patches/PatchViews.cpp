#include "patches/PatchViews.h"

#include "widgets/Widgets.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>

namespace kamae {
namespace ui {

QTableView *makePatchTable(QWidget *parent, const QString &name)
{
    QTableView *view = makeRecordTable(parent, name, QAbstractItemView::ExtendedSelection);
    view->horizontalHeader()->setSectionsMovable(true);
    return view;
}

SectionLabels makeSection(QWidget *parent, const QString &headingName)
{
    SectionLabels section;
    section.heading = new QLabel(parent);
    section.heading->setObjectName(headingName);
    QFont bold = section.heading->font();
    bold.setBold(true);
    section.heading->setFont(bold);
    section.hint = new QLabel(parent);
    section.hint->setWordWrap(true);
    return section;
}

void SectionLabels::setTexts(const QString &headingText, const QString &hintText) const
{
    heading->setText(headingText);
    hint->setText(hintText);
}

RecordsPanel::RecordsPanel(QUndoStack &undo, PatchCommandContext context, const QString &viewName,
                           QWidget *parent)
    : QWidget(parent), m_undo(undo), m_context(std::move(context)),
      m_view(makePatchTable(this, viewName))
{}

void RecordsPanel::setModels(QAbstractItemModel *source, QSortFilterProxyModel *proxy)
{
    proxy->setSourceModel(source);
    m_view->setModel(proxy);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
}

QPushButton *RecordsPanel::addRowAction(QAction *action, const QString &buttonName)
{
    m_rowActions << action;
    return makeActionButton(this, action, buttonName);
}

void RecordsPanel::push(QUndoCommand *command)
{
    m_undo.push(command);
    emit edited();
}

ViewKeeper::ViewKeeper(QTableView *view, Key key)
    : m_view(view), m_key(std::move(key)), m_scroll(view->verticalScrollBar()->value())
{
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        m_selected << m_key(index);
}

ViewKeeper::~ViewKeeper()
{
    if (!m_view)
        return;
    if (!m_selected.isEmpty()) {
        const QSet<QString> keys(m_selected.cbegin(), m_selected.cend());
        const QAbstractItemModel *shown = m_view->model();
        QItemSelection selection;
        for (int row = 0, rows = shown->rowCount(); row < rows; ++row)
            if (const QModelIndex index = shown->index(row, 0); keys.contains(m_key(index)))
                selection.select(index, shown->index(row, shown->columnCount() - 1));
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    // The scroll range follows the new rows only once they are laid out.
    m_view->doItemsLayout();
    m_view->verticalScrollBar()->setValue(m_scroll);
}

} // namespace ui
} // namespace kamae
