#include "backups/BackupJobsPanel.h"

#include "backups/BackupJobTableModel.h"
#include "backups/BackupsHtml.h"
#include "widgets/FlowLayout.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <iterator>

namespace kamae {
namespace ui {

BackupJobsPanel::BackupJobsPanel(QWidget *filterRowEnd, QWidget *parent) : QWidget(parent)
{
    m_search = makeSearchEdit(this);
    m_attention = new QCheckBox(this);
    m_attention->setObjectName(QStringLiteral("attentionFilter"));
    m_model = new BackupJobTableModel(this);
    m_proxy = new BackupJobFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = makeRecordTable(this, QStringLiteral("jobView"), QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(BackupJobTableModel::NameColumn, Qt::AscendingOrder);

    // The buttons show the actions; their texts are set in retranslate().
    const char *const buttonNames[] = {"addButton",           "editButton",
                                       "deleteButton",        "recordRunButton",
                                       "recordRestoreButton", "recordAirGapButton"};
    static_assert(std::size(buttonNames) == ActionCount);
    // Top down: the buttons, the search and filter row, the table.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Both rows wrap on a narrow window rather than widen the page.
    auto *buttons = new FlowLayout;
    layout->addLayout(buttons);
    for (int a = 0; a < ActionCount; ++a) {
        m_actions[a] = new QAction(this);
        buttons->addWidget(
            makeActionButton(this, m_actions[a], QString::fromLatin1(buttonNames[a])));
    }
    auto *filters = new FlowLayout;
    layout->addLayout(filters);
    filters->addWidget(m_search);
    filters->addWidget(m_attention);
    filters->addStretch();
    filters->addWidget(filterRowEnd);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &BackupJobFilterProxy::setSearchText);
    connect(m_attention, &QCheckBox::toggled, m_proxy, &BackupJobFilterProxy::setAttentionOnly);
    // Selection, not the current row: selectRow() moves the current row
    // before it selects, and the page acts on the selected job.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        emit currentJobChanged();
    });
    // A job's copies decide whether an air-gap check can be recorded.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BackupJobsPanel::updateActions);
    retranslate();
    updateActions();
}

bool BackupJobsPanel::allows(Action id) const
{
    const domain::BackupJob *job = currentJob();
    switch (id) {
    case AddJob:
        return true;
    case DeleteJob:
        return job && !backups::isVaultJob(*job);
    case RecordAirGapCheck:
        return job && backups::hasOfflineCopy(*job);
    case EditJob:
    case RecordRun:
    case RecordRestoreTest:
    case ActionCount:
        break;
    }
    return job != nullptr;
}

void BackupJobsPanel::updateActions()
{
    for (int a = 0; a < ActionCount; ++a)
        m_actions[a]->setEnabled(allows(static_cast<Action>(a)));
}

QSet<qint64> BackupJobsPanel::jobIds() const
{
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->job(row).id);
    return ids;
}

int BackupJobsPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_proxy->mapToSource(current).row();
}

const domain::BackupJob *BackupJobsPanel::currentJob() const
{
    const int row = currentRow();
    return row >= 0 ? &m_model->job(row) : nullptr;
}

QModelIndex BackupJobsPanel::shownIndex(qint64 jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return {};
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: clear the filters rather than show nothing.
        clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    return index;
}

void BackupJobsPanel::showJob(qint64 jobId)
{
    if (const QModelIndex index = shownIndex(jobId); index.isValid()) {
        m_view->selectRow(index.row());
        m_view->scrollTo(index);
    }
}

void BackupJobsPanel::showVaultJob()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (backups::isVaultJob(m_model->job(row)))
            showJob(m_model->job(row).id);
}

void BackupJobsPanel::setContent(QVector<domain::BackupJob> jobs,
                                 const QVector<domain::BackupEvent> &events, const QDate &today)
{
    const domain::BackupJob *job = currentJob();
    const qint64 selected = job ? job->id : 0;
    const int scrolled = m_view->verticalScrollBar()->value();
    m_model->setContent(std::move(jobs), events, today);
    if (!selected) {
        if (m_proxy->rowCount() > 0)
            m_view->selectRow(0);
        return;
    }
    if (const QModelIndex index = shownIndex(selected); index.isValid())
        m_view->selectRow(index.row());
    m_view->verticalScrollBar()->setValue(scrolled);
}

void BackupJobsPanel::clearFilters()
{
    m_search->clear();
    m_attention->setChecked(false);
}

void BackupJobsPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

backups::CompanySummary BackupJobsPanel::summarize(const QVector<domain::Asset> &assets) const
{
    QVector<domain::BackupJob> jobs;
    QVector<backups::JobStatus> statuses;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        jobs.append(m_model->job(row));
        statuses.append(m_model->status(row));
    }
    return backups::summarizeCompany(jobs, statuses, assets);
}

void BackupJobsPanel::retranslate()
{
    const QString texts[] = {BackupsPageText::tr("Add job"),
                             BackupsPageText::tr("Edit…"),
                             BackupsPageText::tr("Delete"),
                             BackupsPageText::tr("Record run…"),
                             BackupsPageText::tr("Record restore test…"),
                             BackupsPageText::tr("Record air-gap check…")};
    for (int a = 0; a < ActionCount; ++a)
        m_actions[a]->setText(texts[a]);
    m_actions[AddJob]->setToolTip(BackupsPageText::tr("Add a backup job (Insert)"));
    m_actions[RecordAirGapCheck]->setToolTip(
        BackupsPageText::tr("Only for jobs with an offline copy"));
    m_search->setPlaceholderText(BackupsPageText::tr("Search jobs (Ctrl+F)"));
    m_attention->setText(BackupsPageText::tr("Needs attention only"));
}

} // namespace ui
} // namespace kamae
