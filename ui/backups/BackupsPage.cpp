#include "backups/BackupsPage.h"

#include "backups/BackupDesk.h"
#include "backups/BackupEventDialog.h"
#include "backups/BackupEventTableModel.h"
#include "backups/BackupJobDialog.h"
#include "backups/BackupJobTableModel.h"
#include "core/Clock.h"
#include "domain/AssetRules.h"
#include "i18n/Language.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "vault/VaultSession.h"
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
#include <QSettings>
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

const QString kHeaderStateKey = QStringLiteral("backups/headerState");
const QString kSplitterKey = QStringLiteral("backups/splitter");

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
    : Page(parent), m_session(session), m_undo(undo)
{
    setObjectName(QStringLiteral("BackupsPage"));
    store::Database &db = session.vault().database();
    m_context = {&db, [this] { scheduleReload(); },
                 [this](const QString &message) {
                     showError(message);
                 }};
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &BackupsPage::reload);
    connect(&db, &store::Database::changed, this, [this, &db] {
        if (db.changeCount() == m_loadedChange)
            return;
        if (isVisible())
            scheduleReload();
        else
            m_dirty = true;
    });

    m_heading = makeHeading(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_error = makeErrorLabel(this);

    auto button = [this](const QString &name) {
        auto *b = new QPushButton(this);
        b->setObjectName(name);
        return b;
    };
    m_add = button(QStringLiteral("addButton"));
    m_edit = button(QStringLiteral("editButton"));
    m_delete = button(QStringLiteral("deleteButton"));
    m_recordRun = button(QStringLiteral("recordRunButton"));
    m_recordRestore = button(QStringLiteral("recordRestoreButton"));
    m_recordAirGap = button(QStringLiteral("recordAirGapButton"));
    m_copyVault = button(QStringLiteral("copyVaultButton"));
    m_verifyCopy = button(QStringLiteral("verifyCopyButton"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
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
    for (QPushButton *b : {m_recordRun, m_recordRestore, m_recordAirGap})
        jobButtons->addWidget(b);
    jobButtons->addStretch();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_attention);
    filters->addStretch(1);
    filters->addWidget(m_copyVault);
    filters->addWidget(m_verifyCopy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addLayout(jobButtons);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    auto *newJob = new QAction(this);
    newJob->setShortcut(QKeySequence(Qt::Key_Insert)); // Ctrl+N is "new vault"
    newJob->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newJob, &QAction::triggered, this, &BackupsPage::addJob);
    addAction(newJob);
    auto *remove = new QAction(m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &BackupsPage::deleteCurrent);
    m_view->addAction(remove);
    auto *edit = new QAction(m_view);
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, &BackupsPage::editCurrent);
    m_view->addAction(edit);
    auto *removeEvent = new QAction(m_eventView);
    removeEvent->setShortcut(QKeySequence::Delete);
    removeEvent->setShortcutContext(Qt::WidgetShortcut);
    connect(removeEvent, &QAction::triggered, this, &BackupsPage::deleteSelectedEvent);
    m_eventView->addAction(removeEvent);

    connect(m_add, &QPushButton::clicked, this, &BackupsPage::addJob);
    connect(m_edit, &QPushButton::clicked, this, &BackupsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &BackupsPage::deleteCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &BackupsPage::editCurrent);
    connect(m_recordRun, &QPushButton::clicked, this,
            [this] { recordEvent(BackupEventKind::Run); });
    connect(m_recordRestore, &QPushButton::clicked, this,
            [this] { recordEvent(BackupEventKind::RestoreTest); });
    connect(m_recordAirGap, &QPushButton::clicked, this,
            [this] { recordEvent(BackupEventKind::AirGapCheck); });
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

    const QSettings settings;
    if (settings.contains(kHeaderStateKey))
        m_columnsFitted =
            m_view->horizontalHeader()->restoreState(settings.value(kHeaderStateKey).toByteArray());
    if (settings.contains(kSplitterKey))
        splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    retranslate();
    reload();
}

BackupsPage::~BackupsPage()
{
    QSettings settings;
    settings.setValue(kHeaderStateKey, m_view->horizontalHeader()->saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("backupSplitter")))
        settings.setValue(kSplitterKey, splitter->saveState());
}

QString BackupsPage::title() const
{
    return tr("Backups");
}

void BackupsPage::scheduleReload()
{
    m_reloadTimer->start();
}

void BackupsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        reload();
}

int BackupsPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_proxy->mapToSource(current).row();
}

void BackupsPage::reload()
{
    m_reloadTimer->stop();
    m_dirty = false;
    store::Database &db = m_session.vault().database();
    store::BackupRepository repo(db);
    auto jobs = repo.jobs();
    auto events = repo.events();
    auto assets = store::AssetRepository(db).all();
    if (!jobs || !events || !assets) {
        showError(!jobs ? jobs.error() : !events ? events.error() : assets.error());
        return;
    }
    m_error->hide();
    m_loadedChange = db.changeCount();
    const QDate today = clock::today();
    const int row = currentRow();
    const qint64 selected = row >= 0 ? m_model->job(row).id : 0;
    m_events = std::move(events).value();
    m_assets = std::move(assets).value();
    m_summaryData = backups::summarizeCompany(jobs.value(), m_events, m_assets, today);
    m_model->setContent(std::move(jobs).value(), m_events, today);
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        m_columnsFitted = true;
    }
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
        m_search->clear();
        m_attention->setChecked(false);
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
    m_recordRun->setEnabled(has);
    m_recordRestore->setEnabled(has);
    m_recordAirGap->setEnabled(has && backups::hasOfflineCopy(m_model->job(row)));
    m_deleteEvent->setEnabled(m_eventView->selectionModel()->hasSelection());
}

void BackupsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void BackupsPage::addJob()
{
    domain::BackupJob job;
    job.started = clock::today();
    BackupJobDialog dialog(job, {}, m_assets, this);
    dialog.setPeople(OwnerCombo::loadPeople(m_session.vault().database()));
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
    dialog.setPeople(OwnerCombo::loadPeople(m_session.vault().database()));
    if (dialog.exec() != QDialog::Accepted || dialog.job() == before)
        return;
    m_undo.push(new SaveBackupJobCommand(m_context, before, dialog.job()));
}

void BackupsPage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const domain::BackupJob job = m_model->job(row);
    if (!job.builtin.isEmpty()) {
        showError(tr("Kamae's own backup job cannot be deleted; it records the copies of "
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
    if (event->type() == QEvent::LanguageChange)
        emit titleChanged();
    Page::changeEvent(event);
}

void BackupsPage::retranslate()
{
    m_heading->setText(tr("Backups"));
    m_add->setText(tr("Add job"));
    m_add->setToolTip(tr("Add a backup job (Insert)"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_recordRun->setText(tr("Record run…"));
    m_recordRestore->setText(tr("Record restore test…"));
    m_recordAirGap->setText(tr("Record air-gap check…"));
    m_recordAirGap->setToolTip(tr("Only for jobs with an offline copy"));
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
