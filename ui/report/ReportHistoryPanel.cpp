#include "report/ReportHistoryPanel.h"

#include "report/ReportHistoryModel.h"
#include "report/ReportPageText.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

ReportHistoryPanel::ReportHistoryPanel(store::Database &db, QWidget *parent)
    : QWidget(parent), m_repository(db)
{
    setObjectName(QStringLiteral("reportHistory"));
    m_model = new ReportHistoryModel(this);
    m_proxy = makeSortProxy(m_model, ReportHistoryModel::SortRole, this);
    auto *title =
        sayingText(makeBoldLabel(this), [] { return ReportPageText::tr("Earlier reports"); });
    m_empty = makeWrappedLabel(this, QStringLiteral("historyEmpty"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_view =
        makeRecordTable(this, QStringLiteral("historyView"), QAbstractItemView::SingleSelection);
    m_view->setModel(m_proxy);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->sortByColumn(ReportHistoryModel::IssuedColumn, Qt::DescendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // Delete only from the table: in "Prepared by" it deletes a character.
    m_remove = new QAction(m_view);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setEnabled(false);
    m_view->addAction(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(title);
    // One of the two is shown; either keeps the history at the top.
    layout->addWidget(m_empty, 1, Qt::AlignTop);
    layout->addWidget(m_view, 1);
    layout->addLayout(
        makeButtonRow({makeActionButton(this, m_remove, QStringLiteral("removeButton"))}));

    connect(m_remove, &QAction::triggered, this, &ReportHistoryPanel::removeSelected);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_view->selectionModel()->hasSelection()); });

    retranslate();
    onLanguageChange(this, [this] {
        retranslate();
        m_model->retranslate();
    });
}

qint64 ReportHistoryPanel::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ReportHistoryModel::IdRole).toLongLong() : 0;
}

QModelIndex ReportHistoryPanel::shownIndexOf(qint64 id) const
{
    const int row = m_model->rowOf(id);
    return row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
}

void ReportHistoryPanel::setRecords(const QVector<report::ReportRecord> &records)
{
    const qint64 selected = selectedId();
    m_model->setRecords(records);
    if (const QModelIndex shown = shownIndexOf(selected); shown.isValid())
        m_view->setCurrentIndex(shown);
    const bool empty = records.isEmpty();
    m_view->setVisible(!empty);
    m_remove->setVisible(!empty);
    m_empty->setVisible(empty);
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

void ReportHistoryPanel::select(qint64 id)
{
    if (const QModelIndex shown = shownIndexOf(id); shown.isValid()) {
        m_view->setCurrentIndex(shown);
        m_view->scrollTo(shown);
    }
}

void ReportHistoryPanel::openRow(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    if (!index.isValid())
        return;
    const report::ReportRecord &r = m_model->record(m_proxy->mapToSource(index).row());
    if (report::isPrinted(r)) {
        QMessageBox::information(this, ReportPageText::tr("Printed report"),
                                 ReportPageText::tr("This report was printed on paper; there is "
                                                    "no file to open."));
        return;
    }
    const QString where = QDir::toNativeSeparators(r.destination);
    if (!QFileInfo(r.destination).isFile()) {
        QMessageBox::warning(this, ReportPageText::tr("File not found"),
                             ReportPageText::tr("The PDF file %1 is no longer there. It may have "
                                                "been moved, renamed or deleted.")
                                 .arg(where));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(r.destination)))
        QMessageBox::warning(this, ReportPageText::tr("Cannot open the file"),
                             ReportPageText::tr("No program could open %1.").arg(where));
}

bool ReportHistoryPanel::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const report::ReportRecord r = m_model->record(m_proxy->mapToSource(current).row());
    const QString issued =
        m_model->index(m_model->rowOf(r.id), ReportHistoryModel::IssuedColumn).data().toString();
    const QString question =
        report::isPrinted(r)
            ? ReportPageText::tr("Remove the report printed on %1 from the history?").arg(issued)
            : ReportPageText::tr("Remove the report issued on %1 from the history? The PDF file "
                                 "itself is not deleted:\n%2")
                  .arg(issued, QDir::toNativeSeparators(r.destination));
    const auto answer =
        QMessageBox::question(this, ReportPageText::tr("Remove from history"), question,
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    if (Status removed = m_repository.remove(r.id); !removed) {
        QMessageBox::warning(this, ReportPageText::tr("Not removed"), removed.error());
        return false;
    }
    emit removed();
    return true;
}

void ReportHistoryPanel::retranslate()
{
    m_empty->setText(ReportPageText::tr("No report has been saved or printed yet. Each one is "
                                        "listed here with its score, to compare with the next."));
    m_view->setToolTip(ReportPageText::tr(
        "Enter or double-click opens the PDF; Delete removes the entry from the history."));
    m_remove->setText(ReportPageText::tr("Remove from history"));
    m_remove->setToolTip(
        ReportPageText::tr("Remove the selected entry (Delete). The PDF file stays."));
}

} // namespace ui
} // namespace kamae
