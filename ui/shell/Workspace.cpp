#include "shell/Workspace.h"

#include "assets/AssetsPage.h"
#include "backups/BackupsPage.h"
#include "dashboard/DashboardPage.h"
#include "pages/ComingSoonPage.h"
#include "pages/OrganisationPage.h"
#include "pages/SettingsPage.h"
#include "patches/PatchesPage.h"
#include "report/ReportPage.h"
#include "score/SnapshotKeeper.h"
#include "selfcheck/SelfAssessmentPage.h"
#include "shell/TrayNotifier.h"
#include "vault/VaultSession.h"

#include <QFileInfo>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {
const QString kSplitterKey = QStringLiteral("window/navigationSplitter");
const QString kPageKey = QStringLiteral("window/currentPage");
} // namespace

Workspace::Workspace(vault::VaultSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("Workspace"));
    m_undo = new QUndoStack(this);
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setMinimumWidth(150);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    m_nav->setSpacing(2);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    store::Database &db = session.vault().database();
    // The day's point of the score's history is kept from the unlock on,
    // whichever page is open; the dashboard only reads it.
    m_snapshots = new score::SnapshotKeeper(db, this);
    m_snapshots->start();
    using Module = ComingSoonPage::Module;
    auto *dashboard = new DashboardPage(db);
    dashboard->setUndoStack(m_undo);
    addPage(dashboard);
    auto *organisation = new OrganisationPage(db, *m_undo);
    addPage(organisation);
    auto *assets = new AssetsPage(db, *m_undo);
    addPage(assets);
    auto *patchesPage = new PatchesPage(db, *m_undo);
    addPage(patchesPage);
    auto *backupsPage = new BackupsPage(session, *m_undo);
    addPage(backupsPage);
    connect(assets, &AssetsPage::patchesRequested, this, [this, patchesPage](qint64 assetId) {
        setCurrentIndex(m_stack->indexOf(patchesPage));
        patchesPage->showAsset(assetId);
    });
    connect(backupsPage, &BackupsPage::assetRequested, this, [this, assets](qint64 assetId) {
        setCurrentIndex(m_stack->indexOf(assets));
        assets->showAsset(assetId);
    });
    connect(dashboard, &DashboardPage::reminderActivated, this,
            [this, assets, patchesPage, backupsPage](const reminders::Reminder &r) {
                switch (r.module) {
                case reminders::Module::Backups:
                    setCurrentIndex(m_stack->indexOf(backupsPage));
                    backupsPage->showJob(r.recordId);
                    break;
                case reminders::Module::Patches:
                    setCurrentIndex(m_stack->indexOf(patchesPage));
                    patchesPage->showItem(r.recordId);
                    break;
                case reminders::Module::Assets:
                    setCurrentIndex(m_stack->indexOf(assets));
                    assets->showNeedingReview();
                    break;
                }
            });
    auto *selfCheck = new SelfAssessmentPage(db, *m_undo);
    // Actions, factors and evidence name a page and maybe a record on it.
    const auto openPlace = [this, dashboard, organisation, assets, patchesPage, backupsPage,
                            selfCheck](score::Place place, qint64 recordId, const QString &key) {
        switch (place) {
        case score::Place::Dashboard:
            setCurrentIndex(m_stack->indexOf(dashboard));
            break;
        case score::Place::Organisation:
            setCurrentIndex(m_stack->indexOf(organisation));
            break;
        case score::Place::Assets:
            setCurrentIndex(m_stack->indexOf(assets));
            if (recordId > 0)
                assets->showAsset(recordId);
            else if (key.startsWith(QLatin1String("assets.reviewed")))
                assets->showNeedingReview();
            break;
        case score::Place::Patches:
            setCurrentIndex(m_stack->indexOf(patchesPage));
            if (recordId > 0)
                patchesPage->showItem(recordId);
            break;
        case score::Place::Backups:
            setCurrentIndex(m_stack->indexOf(backupsPage));
            if (recordId > 0)
                backupsPage->showJob(recordId);
            break;
        case score::Place::SelfAssessment:
            setCurrentIndex(m_stack->indexOf(selfCheck));
            if (recordId > 0)
                selfCheck->showLatestQuestion(static_cast<int>(recordId));
            break;
        }
    };
    connect(dashboard, &DashboardPage::actionActivated, this,
            [openPlace](const score::Action &a) { openPlace(a.place, a.recordId, a.key); });
    connect(selfCheck, &SelfAssessmentPage::placeRequested, this,
            [openPlace](score::Place place, qint64 recordId) {
                openPlace(place, recordId, QString());
            });
    addPage(selfCheck);
    for (Module m : {Module::Training, Module::Bcp, Module::Incidents})
        addPage(new ComingSoonPage(m));
    addPage(new ReportPage(db, QFileInfo(session.vault().path()).fileName()));
    m_tray = new TrayNotifier(db, this);
    connect(m_tray, &TrayNotifier::messageClicked, this, [this, dashboard] {
        setCurrentIndex(m_stack->indexOf(dashboard));
        if (QWidget *w = window()) {
            w->showNormal();
            w->raise();
            w->activateWindow();
        }
    });
    m_settings = new SettingsPage(session);
    addPage(m_settings);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (Page *leaving = currentPage())
            leaving->commitPendingEdits();
        m_stack->setCurrentIndex(row);
    });

    const QSettings settings;
    if (settings.contains(kSplitterKey))
        m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    else
        m_splitter->setSizes({190, 800});
    setCurrentIndex(std::clamp(settings.value(kPageKey, 0).toInt(), 0, pageCount() - 1));
}

Workspace::~Workspace()
{
    saveLayout();
}

void Workspace::addPage(Page *page)
{
    m_stack->addWidget(page);
    m_nav->addItem(page->title());
    connect(page, &Page::titleChanged, this, &Workspace::retitle);
}

void Workspace::retitle()
{
    for (int i = 0; i < pageCount(); ++i)
        m_nav->item(i)->setText(page(i)->title());
}

int Workspace::pageCount() const
{
    return m_stack->count();
}

Page *Workspace::page(int index) const
{
    return qobject_cast<Page *>(m_stack->widget(index));
}

Page *Workspace::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

int Workspace::currentIndex() const
{
    return m_stack->currentIndex();
}

void Workspace::setCurrentIndex(int index)
{
    m_nav->setCurrentRow(index);
}

void Workspace::commitPendingEdits()
{
    for (int i = 0; i < pageCount(); ++i)
        page(i)->commitPendingEdits();
    // Before a lock or close: the day's point follows the last changes.
    m_snapshots->flush();
}

void Workspace::saveLayout() const
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kPageKey, currentIndex());
}

} // namespace ui
} // namespace kamae
