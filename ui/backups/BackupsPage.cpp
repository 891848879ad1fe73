#include "backups/BackupsPage.h"

#include "backups/BackupDesk.h"
#include "backups/BackupEventDialog.h"
#include "backups/BackupJobDetails.h"
#include "backups/BackupJobDialog.h"
#include "backups/BackupJobTableModel.h"
#include "backups/BackupJobsPanel.h"
#include "backups/BackupLogPanel.h"
#include "backups/BackupsHtml.h"
#include "backups/UnprotectedAssetsPanel.h"
#include "backups/VaultCopyButtons.h"
#include "core/Clock.h"
#include "i18n/Language.h"
#include "settings/UiSettings.h"
#include "store/AssetRepository.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "vault/VaultSession.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBar.h"
#include "widgets/OwnerCombo.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>
#include <iterator>

namespace kamae {
namespace ui {

using domain::BackupEventKind;

namespace {

// The jobs, their copies, protected assets and logs.
QStringList jobTables()
{
    return {QStringLiteral("backup_job"), QStringLiteral("backup_copy"),
            QStringLiteral("backup_event"), QStringLiteral("backup_protects")};
}

const char *const kAssetTable = "asset";
const char *const kPersonTable = "person";

} // namespace

BackupsPage::BackupsPage(vault::VaultSession &session, QUndoStack &undo, QWidget *parent)
    : ModulePage(session.vault().database(), parent), m_undo(undo)
{
    setObjectName(QStringLiteral("BackupsPage"));
    watchTables(jobTables() << QLatin1String(kAssetTable) << QLatin1String(kPersonTable));
    // What a command writes shows at once: its burst is published now and
    // comes to applyChanges() on its own, like any other.
    m_context = {&database(), [this] { database().publishNow(); },
                 [this](const QString &message) {
                     messageBar()->showError(message);
                 }};

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_vaultCopy = new VaultCopyButtons(session, this);
    m_jobs = new BackupJobsPanel(m_vaultCopy, this);
    m_details = new BackupJobDetails(this);

    using Action = BackupJobsPanel::Action;
    const std::function<void()> jobActions[] = {
        [this] { addJob(); },
        [this] { editCurrent(); },
        [this] { deleteCurrent(); },
        [this] { recordEvent(BackupEventKind::Run); },
        [this] { recordEvent(BackupEventKind::RestoreTest); },
        [this] {
            recordEvent(BackupEventKind::AirGapCheck);
        }};
    static_assert(std::size(jobActions) == Action::ActionCount);
    for (int a = 0; a < Action::ActionCount; ++a)
        connect(m_jobs->action(Action(a)), &QAction::triggered, this, jobActions[a]);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("backupSplitter"));
    splitter->addWidget(m_jobs);
    splitter->addWidget(m_details);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    QVBoxLayout *layout = bodyLayout();
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    QTableView *jobView = m_jobs->view();
    QTableView *eventView = m_details->log()->view();
    TableOptions jobTable;
    jobTable.source = m_jobs->model();
    jobTable.idRole = BackupJobTableModel::IdRole;
    jobTable.nameColumn = BackupJobTableModel::NameColumn;
    jobTable.earlyColumns = {BackupJobTableModel::StatusColumn};
    jobTable.clearFilters = [this] {
        m_jobs->clearFilters();
    };
    jobTable.filteredOutText = [](int n) {
        return tr("%n backup job(s) no longer match the search or filter and are hidden.", nullptr,
                  n);
    };
    addTable(jobView, jobTable);
    addTable(eventView, {});
    const auto find = [this] {
        m_jobs->focusSearch();
    };
    const auto allows = [this](Action action) {
        return [this, action] {
            return m_jobs->allows(action);
        };
    };
    setAction(jobView, StandardAction::New, [this] { addJob(); });
    setAction(
        jobView, StandardAction::Edit, [this] { editCurrent(); }, allows(Action::EditJob));
    setAction(
        jobView, StandardAction::Delete, [this] { deleteCurrent(); }, allows(Action::DeleteJob));
    setAction(jobView, StandardAction::Find, find);
    setAction(
        eventView, StandardAction::Delete, [this] { deleteSelectedEvent(); },
        [this] { return m_details->log()->selectedEvent() != nullptr; });
    setAction(eventView, StandardAction::Find, find);
    for (int a = Action::RecordRun; a < Action::ActionCount; ++a)
        addContextAction(jobView, m_jobs->action(Action(a)));
    sayingText(
        addEmptyState(jobView)->addButton(QStringLiteral("emptyAddButton"), [this] { addJob(); }),
        [] { return tr("Add a backup job…"); });

    connect(m_jobs, &BackupJobsPanel::currentJobChanged, this, &BackupsPage::showCurrentJob);
    connect(m_details->log(), &BackupLogPanel::deleteRequested, this,
            &BackupsPage::deleteSelectedEvent);
    connect(m_details->unprotected(), &UnprotectedAssetsPanel::assetRequested, this,
            &BackupsPage::assetRequested);
    connect(m_vaultCopy, &VaultCopyButtons::copyMade, this, [this] {
        database().publishNow();
        m_jobs->showVaultJob();
    });

    rememberView(jobView, settings::backupsHeader);
    rememberSplitter(splitter, settings::backupsSplitter);
    retranslate();
    reload();
}

void BackupsPage::load()
{
    store::Database &db = database();
    store::BackupRepository repo(db);
    auto jobs = repo.jobs();
    auto events = repo.events();
    auto assets = store::AssetRepository(db).all();
    if (!jobs || !events || !assets) {
        messageBar()->showError(!jobs ? jobs.error() : !events ? events.error() : assets.error());
        return;
    }
    m_assets = std::move(assets).value();
    m_jobs->setContent(std::move(jobs).value(), events.value(), clock::today());
    showSummary();
    showCurrentJob();
}

void BackupsPage::applyChanges(const store::ChangeSet &changes)
{
    if (!changes.touchesAny(watchedTables()))
        return;
    const QString person = QLatin1String(kPersonTable);
    bool ownerChanged = changes.wholeTable(person);
    const QSet<qint64> people = changes.ids(person);
    for (int row = 0; row < m_jobs->model()->rowCount() && !ownerChanged; ++row)
        ownerChanged = people.contains(m_jobs->model()->job(row).ownerId);
    // An owner's name comes from the people list: read the jobs again, as
    // when a reload waits anyway.
    if (ownerChanged || reloadPending()) {
        ModulePage::applyChanges(changes);
        return;
    }
    Status applied = store::AssetRepository(database()).refresh(m_assets, changes);
    if (applied)
        applied = m_jobs->model()->applyChanges(changes, database());
    if (!applied) {
        messageBar()->showError(applied.error());
        return;
    }
    showSummary();
    if (changes.touchesAny(jobTables()))
        showCurrentJob();
    acknowledgeChanges();
}

void BackupsPage::showSummary()
{
    const backups::CompanySummary summary = m_jobs->summarize(m_assets);
    m_summary->setText(companySummaryHtml(summary));
    m_details->setUnprotected(m_assets, summary.unprotectedAssets);
}

void BackupsPage::showJob(qint64 jobId)
{
    m_jobs->showJob(jobId);
}

void BackupsPage::showCurrentJob()
{
    const int row = m_jobs->currentRow();
    if (row < 0) {
        m_details->showRules(nullptr, nullptr);
        m_details->log()->setEvents({});
        return;
    }
    const BackupJobTableModel *model = m_jobs->model();
    m_details->showRules(&model->job(row), &model->status(row));
    auto log = store::BackupRepository(database()).events(model->job(row).id);
    if (!log) {
        messageBar()->showError(log.error());
        return;
    }
    m_details->log()->setEvents(std::move(log).value());
}

void BackupsPage::addJob()
{
    BackupJobDialog dialog(backups::newJob(clock::today()), {}, m_assets, this);
    dialog.setPeople(OwnerCombo::loadPeople(database()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QSet<qint64> before = m_jobs->jobIds();
    m_undo.push(new SaveBackupJobCommand(m_context, std::nullopt, dialog.job()));
    // The command showed its job already: the one without a row before.
    for (qint64 id : m_jobs->jobIds() - before)
        showJob(id);
}

void BackupsPage::editCurrent()
{
    const int row = m_jobs->currentRow();
    if (row < 0)
        return;
    // Copies: changes applied while the dialog is open move the rows.
    const domain::BackupJob before = m_jobs->model()->job(row);
    BackupJobDialog dialog(before, m_jobs->model()->log(row), m_assets, this);
    dialog.setPeople(OwnerCombo::loadPeople(database()));
    if (dialog.exec() != QDialog::Accepted || dialog.job() == before)
        return;
    const auto watch = watchFilter(m_jobs->view());
    m_undo.push(new SaveBackupJobCommand(m_context, before, dialog.job()));
}

void BackupsPage::deleteCurrent()
{
    const domain::BackupJob *current = m_jobs->currentJob();
    if (!current)
        return;
    const domain::BackupJob job = *current;
    if (backups::isVaultJob(job)) {
        messageBar()->showWarning(tr("Kamae's own backup job cannot be deleted; it records the "
                                     "copies of this vault."));
        return;
    }
    if (confirmed(this, tr("Delete backup job"),
                  tr("Delete the backup job \"%1\" and its log of runs, restore tests and air-gap "
                     "checks? Undo (Ctrl+Z) brings them back.")
                      .arg(job.name)))
        m_undo.push(new RemoveBackupJobCommand(m_context, job));
}

void BackupsPage::recordEvent(BackupEventKind kind)
{
    const domain::BackupJob *job = m_jobs->currentJob();
    if (!job)
        return;
    const auto event =
        makeBackupEventDialog(backups::newEvent(job->id, kind, clock::today()), job->name, this)
            ->run();
    if (!event)
        return;
    m_undo.push(new BackupEventCommand(m_context, *event, true));
    m_details->setCurrentIndex(BackupJobDetails::LogTab);
}

void BackupsPage::deleteSelectedEvent()
{
    const domain::BackupEvent *selected = m_details->log()->selectedEvent();
    if (!selected)
        return;
    const domain::BackupEvent event = *selected;
    if (confirmed(
            this, tr("Delete record"),
            tr("Delete the record \"%1\" of %2 from the log? Undo (Ctrl+Z) brings it back.")
                .arg(backups::BackupText::eventKind(event.kind), i18n::formatDate(event.date))))
        m_undo.push(new BackupEventCommand(m_context, event, false));
}

void BackupsPage::copyVaultTo(const QString &folder)
{
    m_vaultCopy->copyVaultTo(folder);
}

void BackupsPage::verifyCopyAt(const QString &path)
{
    m_vaultCopy->verifyCopyAt(path);
}

void BackupsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the model's texts and the summary are built in the language
    }
    ModulePage::changeEvent(event);
}

QString BackupsPage::title() const
{
    return tr("Backups");
}

void BackupsPage::retranslate()
{
    setHeading(title(),
               tr("The backups the company makes and how each meets the 3-2-1-1-0 rule, their "
                  "log of runs, restore tests and air-gap checks, and copies of this vault on "
                  "offline media."));
    emptyState()->setTexts(tr("No backup jobs yet"),
                           tr("Add each backup the company makes (a NAS copy, a cloud backup, "
                              "a tape): where the copies go and how often, so that Kamae can "
                              "remind you of restore tests and air-gap checks."));
    m_jobs->retranslate();
    m_details->retranslate();
    m_vaultCopy->retranslate();
}

} // namespace ui
} // namespace kamae
