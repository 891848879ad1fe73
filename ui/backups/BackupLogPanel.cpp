#include "backups/BackupLogPanel.h"

#include "backups/BackupEventTableModel.h"
#include "backups/BackupsHtml.h"
#include "widgets/Widgets.h"

#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

BackupLogPanel::BackupLogPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new BackupEventTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BackupEventTableModel::SortRole);
    m_view = makeRecordTable(this, QStringLiteral("eventView"), QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(BackupEventTableModel::DateColumn, Qt::DescendingOrder);
    auto *deleteButton = sayingText(makeButton(this, QStringLiteral("deleteEventButton")),
                                    [] { return BackupsPageText::tr("Delete record"); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(makeButtonRow({deleteButton}));
    layout->addWidget(m_view, 1);
    connect(deleteButton, &QPushButton::clicked, this, &BackupLogPanel::deleteRequested);
    // A line can be deleted while one is selected; a new list selects none.
    const auto follow = [this, deleteButton] {
        deleteButton->setEnabled(m_view->selectionModel()->hasSelection());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, follow);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, follow);
    follow();
    retranslate();
}

void BackupLogPanel::setEvents(QVector<domain::BackupEvent> events)
{
    if (events == m_events)
        return;
    const domain::BackupEvent *selected = selectedEvent();
    const qint64 selectedId = selected ? selected->id : 0;
    const int scrolled = m_view->verticalScrollBar()->value();
    m_events = events;
    m_model->setEvents(std::move(events));
    for (int row = 0; selectedId && row < m_model->rowCount(); ++row)
        if (m_model->event(row).id == selectedId)
            m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    m_view->verticalScrollBar()->setValue(scrolled);
    // Short columns fit their text; the notes take the rest.
    for (int c = 0; c < BackupEventTableModel::NotesColumn; ++c)
        m_view->resizeColumnToContents(c);
}

const domain::BackupEvent *BackupLogPanel::selectedEvent() const
{
    const QList<int> rows = selectedSourceRows(m_view);
    return rows.isEmpty() ? nullptr : &m_model->event(rows.first());
}

void BackupLogPanel::retranslate()
{
    // The lines' texts are the language's: the next setEvents() shows them anew.
    m_events.clear();
}

} // namespace ui
} // namespace kamae
