#include "shell/Workspace.h"

#include "dashboard/DashboardPage.h"
#include "modules/Module.h"
#include "pages/ModulePages.h"
#include "pages/SettingsPage.h"
#include "report/ReportPage.h"
#include "score/SnapshotKeeper.h"
#include "settings/UiSettings.h"
#include "shell/TrayNotifier.h"
#include "vault/VaultSession.h"

#include <QFileInfo>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kamae {
namespace modules {
#define KAMAE_MODULE(id) const ModuleInfo &id##Module();
#include "modules/ModuleList.h"
} // namespace modules

namespace ui {
#define KAMAE_MODULE(id) ModulePages id##Pages();
#include "modules/ModuleList.h"

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
    // Every page is made now (the navigation lists them all), but only the
    // one shown reads its data; the others read when first opened.
    const Page::WaitToLoad waitToLoad;
    auto *dashboard = new DashboardPage(db);
    dashboard->setUndoStack(m_undo);
    addPage(dashboard);
    m_modulePages.insert(modules::key::Dashboard, dashboard);

    // The modules, in the order of app/modules/ModuleList.h.
    const PageContext context{session, db, *m_undo, [this](const PlaceRequest &request) {
                                  open(request);
                              }};
    const auto addModule = [&](const QString &key, const ModulePages &pages) {
        Page *page = pages.create(context);
        addPage(page);
        m_modulePages.insert(key, page);
        m_showers.insert(key, pages.show);
    };
    // Each KAMAE_MODULE line names a module whose app/ folder declares its
    // ModuleInfo (for the key) and whose ui/ folder declares its pages.
#define KAMAE_MODULE(id) addModule(modules::id##Module().key, id##Pages());
#include "modules/ModuleList.h"

    connect(dashboard, &DashboardPage::reminderActivated, this,
            [this](const reminders::Reminder &r) {
                open({r.module, r.recordId, r.kind});
            });
    connect(dashboard, &DashboardPage::actionActivated, this, [this](const score::Action &a) {
        open({a.place, a.recordId, a.key});
    });
    addPage(new ReportPage(db, QFileInfo(session.vault().path()).fileName()));
    auto *tray = new TrayNotifier(db, this);
    connect(tray, &TrayNotifier::messageClicked, this, [this, dashboard] {
        setCurrentIndex(indexOf(dashboard));
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
        // Also while the workspace itself is hidden (no show event then).
        if (Page *current = currentPage())
            current->ensureLoaded();
    });

    if (settings::navigationSplitter.exists())
        m_splitter->restoreState(settings::navigationSplitter.get());
    else
        m_splitter->setSizes({190, 800});
    setCurrentIndex(std::clamp(settings::currentPage.get(), 0, pageCount() - 1));
    if (Page *current = currentPage())
        current->ensureLoaded();
}

Workspace::~Workspace()
{
    saveLayout();
}

void Workspace::addPage(Page *page)
{
    // A page larger than the window (a small screen at 150 %) scrolls
    // instead of forcing the window wider than the screen.
    auto *frame = new QScrollArea(m_stack);
    frame->setObjectName(QStringLiteral("pageFrame"));
    frame->setFrameShape(QFrame::NoFrame);
    frame->setWidgetResizable(true);
    frame->setWidget(page);
    m_stack->addWidget(frame);
    m_nav->addItem(page->title());
    connect(page, &Page::titleChanged, this, &Workspace::retitle);
}

void Workspace::open(const PlaceRequest &request)
{
    Page *page = m_modulePages.value(request.module);
    if (!page)
        return;
    setCurrentIndex(indexOf(page));
    page->ensureLoaded();
    if (const auto show = m_showers.value(request.module))
        show(page, request);
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
    const auto *frame = qobject_cast<QScrollArea *>(m_stack->widget(index));
    return frame ? qobject_cast<Page *>(frame->widget()) : nullptr;
}

Page *Workspace::currentPage() const
{
    return page(m_stack->currentIndex());
}

int Workspace::indexOf(const Page *page) const
{
    for (int i = 0; i < pageCount(); ++i)
        if (this->page(i) == page)
            return i;
    return -1;
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
    settings::navigationSplitter.set(m_splitter->saveState());
    settings::currentPage.set(currentIndex());
}

} // namespace ui
} // namespace kamae
