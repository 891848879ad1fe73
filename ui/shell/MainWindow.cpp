#include "shell/MainWindow.h"

#include "i18n/Language.h"
#include "pages/SettingsPage.h"
#include "settings/AppSettings.h"
#include "settings/UiSettings.h"
#include "shell/IdleWatcher.h"
#include "shell/LockedPage.h"
#include "shell/MainMenus.h"
#include "shell/SaveStatusWidget.h"
#include "shell/ShortcutsDialog.h"
#include "shell/UserGuideWindow.h"
#include "shell/VaultFlow.h"
#include "shell/WelcomePage.h"
#include "shell/Workspace.h"
#include "vault/VaultSession.h"
#include "widgets/Widgets.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace kamae {
namespace ui {

namespace {
// What a window manager usually adds around a window: borders and a title bar.
constexpr int kFrameGuess = 8;
constexpr int kTitleBarGuess = 32;
constexpr int kMinute = 60 * 1000;

// The window never opens larger than the screen it opens on, nor off it: a
// size saved on a larger monitor, or the default size on a small laptop at
// 150 %, is fitted to the screen's available area.
void fitToScreen(QWidget *window)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    QScreen *screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Before the first show the frame (title bar, borders) is not known:
    // leave room for a usual one.
    QSize frame = window->frameGeometry().size() - window->geometry().size();
    if (frame.isEmpty())
        frame = QSize(2 * kFrameGuess, kTitleBarGuess + kFrameGuess);
    const QSize room = available.size() - frame;
    const QSize size = window->size().boundedTo(room).expandedTo(QSize(1, 1));
    if (size != window->size())
        window->resize(size);
    // A restored position may lie off the screen; a new window is placed by
    // the window manager.
    if (!window->testAttribute(Qt::WA_Moved))
        return;
    const QSize outer = size + frame;
    const QPoint pos(
        std::clamp(window->x(), available.left(),
                   std::max(available.left(), available.right() + 1 - outer.width())),
        std::clamp(window->y(), available.top(),
                   std::max(available.top(), available.bottom() + 1 - outer.height())));
    if (pos != window->pos())
        window->move(pos);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_flow = new VaultFlow(this);
    m_screens = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_screens);
    m_locked = new LockedPage(m_screens);
    m_screens->addWidget(m_welcome);
    m_screens->addWidget(m_locked);
    setCentralWidget(m_screens);

    m_saveStatus = new SaveStatusWidget(this);
    statusBar()->addPermanentWidget(m_saveStatus);
    m_undoGroup = new QUndoGroup(this);
    m_idle = new IdleWatcher(this);
    applyAutoLock(AppSettings::autoLockMinutes());
    m_menus = new MainMenus(this, m_undoGroup);
    connectParts();

    if (!restoreGeometry(settings::windowGeometry.get()))
        resize(1100, 720);
    fitToScreen(this);
    restoreState(settings::windowState.get());

    updateActions();
    updateTitle();
    // The menus retitle themselves; the Go menu lists the pages' new titles.
    onLanguageChange(this, [this] {
        updateActions();
        updateTitle();
    });
    qApp->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        // Out of the event's delivery: opening asks (unlock, close the
        // vault that is open) in dialogs of their own.
        if (!path.isEmpty())
            QTimer::singleShot(0, this, [this, path] { openVault(path); });
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow()
{
    dropWorkspace();
    // The session goes with the flow, after the workspace that used it.
    delete m_flow;
    m_flow = nullptr;
}

void MainWindow::connectParts()
{
    connect(m_menus, &MainMenus::newVaultRequested, m_flow, &VaultFlow::newVault);
    connect(m_menus, &MainMenus::openVaultRequested, m_flow, &VaultFlow::openVaultDialog);
    connect(m_menus, &MainMenus::saveRequested, m_flow, &VaultFlow::saveNow);
    connect(m_menus, &MainMenus::lockRequested, m_flow, &VaultFlow::lock);
    connect(m_menus, &MainMenus::closeVaultRequested, m_flow, &VaultFlow::closeVault);
    connect(m_menus, &MainMenus::demoRequested, m_flow, &VaultFlow::openDemo);
    connect(m_menus, &MainMenus::userGuideRequested, this, &MainWindow::showUserGuide);
    connect(m_menus, &MainMenus::shortcutsRequested, this, &MainWindow::showShortcuts);

    connect(m_welcome, &WelcomePage::createRequested, m_flow, &VaultFlow::newVault);
    connect(m_welcome, &WelcomePage::openRequested, m_flow, &VaultFlow::openVaultDialog);
    connect(m_welcome, &WelcomePage::recentChosen, m_flow, &VaultFlow::openVault);
    connect(m_welcome, &WelcomePage::demoRequested, m_flow, &VaultFlow::openDemo);
    connect(m_welcome, &WelcomePage::languageChosen, this, &MainWindow::applyLanguage);
    connect(m_locked, &LockedPage::unlockRequested, m_flow, &VaultFlow::unlock);
    connect(m_locked, &LockedPage::closeRequested, m_flow, &VaultFlow::closeVault);
    connect(m_idle, &IdleWatcher::idle, m_flow, &VaultFlow::lockWhenIdle);

    connect(m_flow, &VaultFlow::aboutToWrite, this, &MainWindow::commitPendingEdits);
    connect(m_flow, &VaultFlow::opened, this, &MainWindow::showOpened);
    connect(m_flow, &VaultFlow::locked, this, &MainWindow::showLocked);
    connect(m_flow, &VaultFlow::closed, this, &MainWindow::showClosed);
    connect(m_flow, &VaultFlow::sessionEnding, this, [this] {
        dropWorkspace();
        m_saveStatus->setSession(nullptr);
    });
    connect(m_flow, &VaultFlow::recentChanged, m_welcome, &WelcomePage::refreshRecent);
    connect(m_flow, &VaultFlow::message, statusBar(), &QStatusBar::showMessage);
}

MainWindow::Screen MainWindow::screen() const
{
    if (m_workspace && m_screens->currentWidget() == m_workspace)
        return Screen::Workspace;
    if (m_screens->currentWidget() == m_locked)
        return Screen::Locked;
    return Screen::Welcome;
}

vault::VaultSession *MainWindow::session() const
{
    return m_flow->session();
}

void MainWindow::setCreateOptions(const vault::CreateOptions &options)
{
    m_flow->setCreateOptions(options);
}

void MainWindow::openVault(const QString &path)
{
    m_flow->openVault(path);
}

void MainWindow::adoptVault(std::unique_ptr<vault::Vault> vault)
{
    m_flow->adoptVault(std::move(vault));
}

void MainWindow::lock()
{
    m_flow->lock();
}

void MainWindow::unlock()
{
    m_flow->unlock();
}

bool MainWindow::closeVault()
{
    return m_flow->closeVault();
}

QString MainWindow::demoVaultPath()
{
    return VaultFlow::demoVaultPath();
}

// A session is open: a new workspace shows it.
void MainWindow::showOpened()
{
    dropWorkspace();
    m_saveStatus->setSession(m_flow->session());
    m_locked->setUnsavedWarning({});
    m_workspace = new Workspace(*m_flow->session(), m_screens);
    m_screens->addWidget(m_workspace);
    m_screens->setCurrentWidget(m_workspace);
    m_undoGroup->addStack(m_workspace->undoStack());
    m_undoGroup->setActiveStack(m_workspace->undoStack());
    SettingsPage *settings = m_workspace->settingsPage();
    connect(settings, &SettingsPage::languageChosen, this, &MainWindow::applyLanguage);
    connect(settings, &SettingsPage::autoLockChanged, this, &MainWindow::applyAutoLock);
    connect(settings, &SettingsPage::changePassphraseRequested, m_flow,
            [this] { m_flow->changePassphrase(true); });
    connect(settings, &SettingsPage::newRecoveryCodeRequested, m_flow,
            &VaultFlow::replaceRecoveryCode);
    m_idle->setActive(true);
    updateActions();
    updateTitle();
}

void MainWindow::showLocked()
{
    dropWorkspace();
    // A page's last message may name a record.
    statusBar()->clearMessage();
    m_locked->setUnsavedWarning(m_flow->unsavedWarning());
    m_locked->setVaultPath(m_flow->vaultPath());
    m_screens->setCurrentWidget(m_locked);
    updateActions();
    updateTitle();
}

void MainWindow::showClosed()
{
    dropWorkspace();
    m_locked->setUnsavedWarning({});
    m_welcome->refreshRecent();
    m_screens->setCurrentWidget(m_welcome);
    updateActions();
    updateTitle();
}

void MainWindow::dropWorkspace()
{
    if (!m_workspace)
        return;
    m_undoGroup->removeStack(m_workspace->undoStack());
    m_screens->removeWidget(m_workspace);
    delete m_workspace;
    m_workspace = nullptr;
    m_idle->setActive(false);
}

void MainWindow::commitPendingEdits()
{
    if (m_workspace)
        m_workspace->commitPendingEdits();
}

void MainWindow::updateActions()
{
    const bool open = screen() == Screen::Workspace;
    m_menus->update(open, open || screen() == Screen::Locked, m_workspace);
    // The lock screen shows nothing of the data, the save state included:
    // the lock screen itself says when changes are still unsaved.
    m_saveStatus->setVisible(open);
}

void MainWindow::updateTitle()
{
    QString path;
    if (m_flow->session() || screen() == Screen::Locked)
        path = m_flow->vaultPath();
    setWindowTitle(path.isEmpty() ? tr("Kamae") : tr("%1 — Kamae").arg(QFileInfo(path).fileName()));
}

void MainWindow::applyLanguage(const QString &code)
{
    AppSettings::setLanguage(code);
    i18n::applyLanguage(code);
}

void MainWindow::applyAutoLock(int minutes)
{
    m_idle->setTimeout(minutes * kMinute);
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(this);
    m_guide->showGuide();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_menus->shortcutGroups(m_workspace), m_workspace != nullptr, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_flow->session() && !m_flow->closeVault()) {
        event->ignore();
        return;
    }
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    event->accept();
}

} // namespace ui
} // namespace kamae
