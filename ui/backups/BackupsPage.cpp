#include "backups/BackupsPage.h"

#include "backups/BackupDesk.h"
#include "backups/BackupEventDialog.h"
#include "backups/BackupEventTableModel.h"
#include "backups/BackupJobDialog.h"
#include "backups/BackupJobTableModel.h"
#include "core/Clock.h"
#include "domain/AssetRules.h"
#include "i18n/Language.h"
#include "settings/UiSettings.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "vault/VaultSession.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBar.h"
#include "widgets/FileDialogs.h"
#include "widgets/OwnerCombo.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

using domain::BackupEventKind;

namespace {

enum DetailTab
{
    RulesTab,
    LogTab,
    UnprotectedTab
};

QTableView *makeTable(QWidget *parent, const QString &name)
{
    QTableView *view = makeRecordTable(parent, name, QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString stateSpan(reminders::ReminderState state, const QString &text)
{
    switch (state) {
    case reminders::ReminderState::Overdue:
        return QStringLiteral("<span style='color:#c62828'><b>%1</b></span>")
            .arg(text.toHtmlEscaped());
    case reminders::ReminderState::DueSoon:
        return QStringLiteral("<span style='color:#b26a00'>%1</span>").arg(text.toHtmlEscaped());
    case reminders::ReminderState::Upcoming:
        break;
    }
    return text.toHtmlEscaped();
}

} // namespace

BackupsPage::BackupsPage(vault::VaultSession &session, QUndoStack &undo, QWidget *parent)
    : ModulePage(session.vault().database(), parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("BackupsPage"));
    watchTables({QStringLiteral("backup_job"), QStringLiteral("backup_copy"),
                 QStringLiteral("backup_event"), QStringLiteral("backup_protects"),
                 QStringLiteral("asset"), QStringLiteral("person")});
    m_context = {&database(), [this] { requestReload(); },
                 [this](const QString &message) {
                     messageBar()->showError(message);
                 }};

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    // The records of a job are buttons and context menu entries.
    m_recordRunAction = new QAction(this);
    connect(m_recordRunAction, &QAction::triggered, this,
            [this] { recordEvent(BackupEventKind::Run); });
    m_recordRestoreAction = new QAction(this);
    connect(m_recordRestoreAction, &QAction::triggered, this,
            [this] { recordEvent(BackupEventKind::RestoreTest); });
    m_recordAirGapAction = new QAction(this);
    connect(m_recordAirGapAction, &QAction::triggered, this,
            [this] { recordEvent(BackupEventKind::AirGapCheck); });

    m_add = makeButton(this, QStringLiteral("addButton"));
    m_edit = makeButton(this, QStringLiteral("editButton"));
    m_delete = makeButton(this, QStringLiteral("deleteButton"));
    m_copyVault = makeButton(this, QStringLiteral("copyVaultButton"));
    m_verifyCopy = makeButton(this, QStringLiteral("verifyCopyButton"));
    m_search = makeSearchEdit(this);
    m_attention = new QCheckBox(this);
    m_attention->setObjectName(QStringLiteral("attentionFilter"));

    m_model = new BackupJobTableModel(this);
    m_proxy = new BackupJobFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = makeTable(this, QStringLiteral("jobView"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(BackupJobTableModel::NameColumn, Qt::AscendingOrder);

    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("detailTabs"));
    m_rules = new QLabel(m_details);
    m_rules->setObjectName(QStringLiteral("rulesLabel"));
    m_rules->setTextFormat(Qt::RichText);
    m_rules->setWordWrap(true);
    m_rules->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_rules->setMargin(8);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->addTab(m_rules, QString());

    auto *log = new QWidget(m_details);
    m_eventModel = new BackupEventTableModel(this);
    m_eventProxy = new QSortFilterProxyModel(this);
    m_eventProxy->setSourceModel(m_eventModel);
    m_eventProxy->setSortRole(BackupEventTableModel::SortRole);
    m_eventView = makeTable(log, QStringLiteral("eventView"));
    m_eventView->setModel(m_eventProxy);
    m_eventView->sortByColumn(BackupEventTableModel::DateColumn, Qt::DescendingOrder);
    m_deleteEvent = new QPushButton(log);
    m_deleteEvent->setObjectName(QStringLiteral("deleteEventButton"));
    auto *logButtons = new QHBoxLayout;
    logButtons->addWidget(m_deleteEvent);
    logButtons->addStretch();
    auto *logLayout = new QVBoxLayout(log);
    logLayout->setContentsMargins(4, 4, 4, 4);
    logLayout->addLayout(logButtons);
    logLayout->addWidget(m_eventView, 1);
    m_details->addTab(log, QString());

    auto *unprotected = new QWidget(m_details);
    m_unprotectedHint = new QLabel(unprotected);
    m_unprotectedHint->setWordWrap(true);
    m_unprotected = new QTableWidget(0, 3, unprotected);
    m_unprotected->setObjectName(QStringLiteral("unprotectedTable"));
    m_unprotected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unprotected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unprotected->verticalHeader()->hide();
    m_unprotected->setAlternatingRowColors(true);
    m_unprotected->horizontalHeader()->setStretchLastSection(true);
    m_unprotected->setSortingEnabled(true);
    auto *unprotectedLayout = new QVBoxLayout(unprotected);
    unprotectedLayout->setContentsMargins(4, 4, 4, 4);
    unprotectedLayout->addWidget(m_unprotectedHint);
    unprotectedLayout->addWidget(m_unprotected, 1);
    m_details->addTab(unprotected, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("backupSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *jobButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_delete})
        jobButtons->addWidget(b);
    jobButtons->addSpacing(16);
    jobButtons->addWidget(
        makeActionButton(this, m_recordRunAction, QStringLiteral("recordRunButton")));
    jobButtons->addWidget(
        makeActionButton(this, m_recordRestoreAction, QStringLiteral("recordRestoreButton")));
    jobButtons->addWidget(
        makeActionButton(this, m_recordAirGapAction, QStringLiteral("recordAirGapButton")));
    jobButtons->addStretch();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_attention);
    filters->addStretch(1);
    filters->addWidget(m_copyVault);
    filters->addWidget(m_verifyCopy);

    QVBoxLayout *layout = bodyLayout();
    layout->addWidget(m_summary);
    layout->addLayout(jobButtons);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    TableOptions jobTable;
    jobTable.source = m_model;
    jobTable.idRole = BackupJobTableModel::IdRole;
    jobTable.nameColumn = BackupJobTableModel::NameColumn;
    jobTable.earlyColumns = {BackupJobTableModel::StatusColumn};
    jobTable.clearFilters = [this] { clearFilters(); };
    jobTable.filteredOutText = [](int n) {
        return tr("%n backup job(s) no longer match the search or filter and are hidden.", nullptr,
                  n);
    };
    addTable(m_view, jobTable);
    addTable(m_eventView, {});
    const auto find = [this] {
        m_search->setFocus();
        m_search->selectAll();
    };
    const auto hasJob = [this] { return currentRow() >= 0; };
    setAction(m_view, StandardAction::New, [this] { addJob(); });
    setAction(m_view, StandardAction::Edit, [this] { editCurrent(); }, hasJob);
    setAction(m_view, StandardAction::Delete, [this] { deleteCurrent(); }, [this] {
        const int row = currentRow();
        return row >= 0 && m_model->job(row).builtin.isEmpty();
    });
    setAction(m_view, StandardAction::Find, find);
    setAction(
        m_eventView, StandardAction::Delete, [this] { deleteSelectedEvent(); },
        [this] { return m_eventView->selectionModel()->hasSelection(); });
    setAction(m_eventView, StandardAction::Find, find);
    for (QAction *a : {m_recordRunAction, m_recordRestoreAction, m_recordAirGapAction})
        addContextAction(m_view, a);
    EmptyState *empty = addEmptyState(m_view);
    m_emptyAdd = empty->addButton(QStringLiteral("emptyAddButton"), [this] { addJob(); });

    connect(m_add, &QPushButton::clicked, this, &BackupsPage::addJob);
    connect(m_edit, &QPushButton::clicked, this, &BackupsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &BackupsPage::deleteCurrent);
    connect(m_deleteEvent, &QPushButton::clicked, this, &BackupsPage::deleteSelectedEvent);
    connect(m_copyVault, &QPushButton::clicked, this, &BackupsPage::copyVault);
    connect(m_verifyCopy, &QPushButton::clicked, this, &BackupsPage::verifyCopy);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &BackupJobFilterProxy::setSearchText);
    connect(m_attention, &QCheckBox::toggled, m_proxy, &BackupJobFilterProxy::setAttentionOnly);
    // Selection, not the current row: selectRow() moves the current row
    // before it selects, and the page acts on the selected job.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrentJob();
        updateButtons();
    });
    connect(m_eventView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPage::updateButtons);
    connect(m_unprotected, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_unprotected->item(row, 0))
            emit assetRequested(item->data(Qt::UserRole).toLongLong());
    });

    rememberView(m_view, settings::backupsHeader);
    rememberSplitter(splitter, settings::backupsSplitter);
    retranslate();
    reload();
}

BackupsPage::~BackupsPage() = default;

QString BackupsPage::title() const
{
    return tr("Backups");
}

int BackupsPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_proxy->mapToSource(current).row();
}

void BackupsPage::clearFilters()
{
    m_search->clear();
    m_attention->setChecked(false);
}

void BackupsPage::load()
{
    store::Database &db = database();
    store::BackupRepository repo(db);
    auto jobs = repo.jobs();
    auto events = repo.events();
    auto assets = store::AssetRepository(db).all();
    if (!jobs || !events || !assets) {
        messageBar()->showError(!jobs     ? jobs.error()
                                : !events ? events.error()
                                          : assets.error());
        return;
    }
    const QDate today = clock::today();
    const int row = currentRow();
    const qint64 selected = row >= 0 ? m_model->job(row).id : 0;
    m_events = std::move(events).value();
    m_assets = std::move(assets).value();
    m_summaryData = backups::summarizeCompany(jobs.value(), m_events, m_assets, today);
    m_model->setContent(std::move(jobs).value(), m_events, today);
    if (selected)
        showJob(selected);
    else if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);

    QHash<qint64, const domain::Asset *> byId;
    for (const domain::Asset &a : m_assets)
        byId.insert(a.id, &a);
    m_unprotected->setSortingEnabled(false);
    m_unprotected->setRowCount(0);
    for (qint64 id : m_summaryData.unprotectedAssets) {
        const domain::Asset *a = byId.value(id);
        if (!a)
            continue;
        const int r = m_unprotected->rowCount();
        m_unprotected->insertRow(r);
        auto *name = new QTableWidgetItem(a->name);
        name->setData(Qt::UserRole, a->id);
        m_unprotected->setItem(r, 0, name);
        m_unprotected->setItem(r, 1, new QTableWidgetItem(domain::AssetText::kind(a->kind)));
        m_unprotected->setItem(r, 2, new QTableWidgetItem(a->ownerDepartment));
    }
    m_unprotected->setSortingEnabled(true);
    m_unprotected->resizeColumnsToContents();
    updateSummary();
    showCurrentJob();
    updateButtons();
}

void BackupsPage::showJob(qint64 jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: clear the filters rather than show nothing.
        clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void BackupsPage::showCurrentJob()
{
    const int row = currentRow();
    if (row < 0) {
        m_rules->setText(tr("Select a backup job to see how it meets the 3-2-1-1-0 rule."));
        m_eventModel->setEvents({});
        return;
    }
    const domain::BackupJob &job = m_model->job(row);
    const backups::JobStatus &s = m_model->status(row);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(job.name.toHtmlEscaped());
    for (const backups::RuleCheck &c : s.rules)
        lines << QStringLiteral("<span style='color:%1'><b>%2 %3</b></span> — %4")
                     .arg(c.met ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"),
                          c.met ? QStringLiteral("○") : QStringLiteral("×"),
                          backups::BackupText::rule(c.rule).toHtmlEscaped(),
                          c.explanation.toHtmlEscaped());
    lines << QString();
    auto due = [&lines](const QString &label, const backups::DueCheck &check) {
        if (!check.applies)
            return;
        lines << QStringLiteral("%1: %2").arg(
            label.toHtmlEscaped(),
            stateSpan(check.state, tr("%1 (%2)").arg(i18n::formatDate(check.due),
                                                     backups::BackupText::state(check.state))));
    };
    due(tr("Next run expected"), s.run);
    due(tr("Next restore test due"), s.restoreTest);
    due(tr("Next air-gap check due"), s.airGapCheck);
    m_rules->setText(lines.join(QStringLiteral("<br>")));
    QVector<domain::BackupEvent> log;
    for (const domain::BackupEvent &e : m_events)
        if (e.jobId == job.id)
            log.append(e);
    m_eventModel->setEvents(std::move(log));
    // Short columns fit their text; the notes take the rest.
    for (int c = 0; c < BackupEventTableModel::NotesColumn; ++c)
        m_eventView->resizeColumnToContents(c);
}

void BackupsPage::updateSummary()
{
    const backups::CompanySummary &s = m_summaryData;
    QStringList lines{backups::BackupText::companySentence(s).toHtmlEscaped()};
    QStringList failing;
    for (int r = 0; r < backups::kRuleCount; ++r)
        if (!s.failingJobs.at(r).isEmpty())
            failing << tr("%1: %2")
                           .arg(backups::BackupText::rule(static_cast<backups::Rule>(r)),
                                s.failingJobs.at(r).join(tr(", ", "list separator")))
                           .toHtmlEscaped();
    if (!failing.isEmpty())
        lines
            << QStringLiteral("<span style='color:#c62828'>%1</span>")
                   .arg(tr("Not met — %1").toHtmlEscaped().arg(failing.join(QStringLiteral("; "))));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_details->setTabText(
        UnprotectedTab, tr("Important assets without backup (%1)").arg(s.unprotectedAssets.size()));
}

void BackupsPage::updateButtons()
{
    const int row = currentRow();
    const bool has = row >= 0;
    m_edit->setEnabled(has);
    m_delete->setEnabled(has && m_model->job(row).builtin.isEmpty());
    m_recordRunAction->setEnabled(has);
    m_recordRestoreAction->setEnabled(has);
    m_recordAirGapAction->setEnabled(has && backups::hasOfflineCopy(m_model->job(row)));
    m_deleteEvent->setEnabled(m_eventView->selectionModel()->hasSelection());
}

void BackupsPage::addJob()
{
    domain::BackupJob job;
    job.started = clock::today();
    BackupJobDialog dialog(job, {}, m_assets, this);
    dialog.setPeople(OwnerCombo::loadPeople(database()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new SaveBackupJobCommand(m_context, std::nullopt, dialog.job());
    const auto ok = command->outcome();
    m_undo.push(command);
    if (*ok) {
        reload();
        // The new job is the one without a row before: the highest id.
        qint64 newest = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            newest = std::max(newest, m_model->job(r).id);
        showJob(newest);
    }
}

void BackupsPage::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const domain::BackupJob before = m_model->job(row);
    BackupJobDialog dialog(before, m_model->log(row), m_assets, this);
    dialog.setPeople(OwnerCombo::loadPeople(database()));
    if (dialog.exec() != QDialog::Accepted || dialog.job() == before)
        return;
    const auto watch = watchFilter(m_view);
    m_undo.push(new SaveBackupJobCommand(m_context, before, dialog.job()));
}

void BackupsPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const domain::BackupJob job = m_model->job(row);
    if (!job.builtin.isEmpty()) {
        messageBar()->showWarning(tr("Kamae's own backup job cannot be deleted; it records the copies of "
                     "this vault."));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete backup job"),
        tr("Delete the backup job \"%1\" and its log of runs, restore tests and air-gap "
           "checks? Undo (Ctrl+Z) brings them back.")
            .arg(job.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_undo.push(new RemoveBackupJobCommand(m_context, job));
}

void BackupsPage::recordEvent(BackupEventKind kind)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const domain::BackupJob &job = m_model->job(row);
    domain::BackupEvent event;
    event.jobId = job.id;
    event.kind = kind;
    event.date = clock::today();
    event.performedBy = backups::defaultPerformer();
    BackupEventDialog dialog(event, job.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undo.push(new BackupEventCommand(m_context, dialog.event(), true));
    m_details->setCurrentIndex(LogTab);
}

void BackupsPage::deleteSelectedEvent()
{
    const QModelIndexList rows = m_eventView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const domain::BackupEvent event =
        m_eventModel->event(m_eventProxy->mapToSource(rows.first()).row());
    const auto answer = QMessageBox::question(
        this, tr("Delete record"),
        tr("Delete the record \"%1\" of %2 from the log? Undo (Ctrl+Z) brings it back.")
            .arg(backups::BackupText::eventKind(event.kind), i18n::formatDate(event.date)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_undo.push(new BackupEventCommand(m_context, event, false));
}

void BackupsPage::copyVault()
{
    const QString folder =
        filedialogs::folder(this, FileKind::VaultCopy,
                            tr("Copy the vault to offline media: choose the drive or folder"));
    if (folder.isEmpty())
        return;
    copyVaultTo(folder);
}

void BackupsPage::copyVaultTo(const QString &folder)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome =
        backups::copyVaultToMedia(m_session.vault(), folder, backups::defaultPerformer());
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        QMessageBox::warning(this, tr("Copy not made"), outcome.error());
        return;
    }
    reload();
    if (const int row = m_model->rowOf([this] {
            for (int r = 0; r < m_model->rowCount(); ++r)
                if (!m_model->job(r).builtin.isEmpty())
                    return m_model->job(r).id;
            return qint64(0);
        }());
        row >= 0)
        showJob(m_model->job(row).id);
    QMessageBox::information(this, tr("Copy made"), outcome->message);
}

void BackupsPage::verifyCopy()
{
    const QString path = filedialogs::openFile(this, FileKind::VaultCopy,
                                               tr("Verify a copy of the vault"),
                                               tr("Kamae vaults (*.kamae)"));
    if (path.isEmpty())
        return;
    verifyCopyAt(path);
}

void BackupsPage::verifyCopyAt(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = backups::verifyVaultCopy(m_session.vault(), path, backups::defaultPerformer());
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        QMessageBox::warning(this, tr("Copy not checked"), outcome.error());
        return;
    }
    reload();
    if (outcome->verified)
        QMessageBox::information(this, tr("Copy verified"), outcome->message);
    else
        QMessageBox::warning(this, tr("Copy damaged"), outcome->message);
}

void BackupsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the model's texts and the summary are built in the language
    }
    ModulePage::changeEvent(event);
}

void BackupsPage::retranslate()
{
    setHeading(tr("Backups"),
               tr("The backups the company makes and how each meets the 3-2-1-1-0 rule, their "
                  "log of runs, restore tests and air-gap checks, and copies of this vault on "
                  "offline media."));
    emptyState()->setTexts(tr("No backup jobs yet"),
                           tr("Add each backup the company makes (a NAS copy, a cloud backup, "
                              "a tape): where the copies go and how often, so that Kamae can "
                              "remind you of restore tests and air-gap checks."));
    m_emptyAdd->setText(tr("Add a backup job…"));
    m_add->setText(tr("Add job"));
    m_add->setToolTip(tr("Add a backup job (Insert)"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_recordRunAction->setText(tr("Record run…"));
    m_recordRestoreAction->setText(tr("Record restore test…"));
    m_recordAirGapAction->setText(tr("Record air-gap check…"));
    m_recordAirGapAction->setToolTip(tr("Only for jobs with an offline copy"));
    m_copyVault->setText(tr("Copy vault to offline media…"));
    m_copyVault->setToolTip(tr("Writes an encrypted, verified copy of this vault to a drive you "
                               "choose, and logs it for the \"Kamae vault\" job"));
    m_verifyCopy->setText(tr("Verify a copy…"));
    m_verifyCopy->setToolTip(tr("Opens a copy on a drive completely and logs the result"));
    m_search->setPlaceholderText(tr("Search jobs (Ctrl+F)"));
    m_attention->setText(tr("Needs attention only"));
    m_deleteEvent->setText(tr("Delete record"));
    m_details->setTabText(RulesTab, tr("3-2-1-1-0 and due dates"));
    m_details->setTabText(LogTab, tr("Log"));
    m_unprotectedHint->setText(
        tr("Assets of importance 3 whose data no backup job protects (accounts are left out). "
           "Add them to a job, or add a job for them. Double-click opens the asset."));
    m_unprotected->setHorizontalHeaderLabels({tr("Asset"), tr("Kind"), tr("Owner department")});
}

} // namespace ui
} // namespace kamae
