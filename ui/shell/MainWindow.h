#pragma once

#include "vault/Vault.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QUndoGroup;

namespace kamae {
namespace vault {
class VaultSession;
} // namespace vault
namespace ui {

class IdleWatcher;
class LockedPage;
class MainMenus;
class SaveStatusWidget;
class UserGuideWindow;
class VaultFlow;
class WelcomePage;
class Workspace;

// The window and its three screens: welcome (no vault), locked, and the
// workspace of an unlocked vault. The menus are MainMenus; the vault's
// course (open, lock, save, close) and its session are VaultFlow's.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Screen
    {
        Welcome,
        Locked,
        Workspace
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Screen screen() const;
    Workspace *workspace() const { return m_workspace; }
    vault::VaultSession *session() const;
    IdleWatcher *idleWatcher() const { return m_idle; }
    SaveStatusWidget *saveStatus() const { return m_saveStatus; }
    VaultFlow *vaultFlow() const { return m_flow; }

    // Tests create vaults with cheap key derivation.
    void setCreateOptions(const vault::CreateOptions &options);

    // What VaultFlow does (main.cpp and the tests ask the window).
    void openVault(const QString &path);
    void adoptVault(std::unique_ptr<vault::Vault> vault);
    void lock();
    void unlock();
    bool closeVault();
    static QString demoVaultPath();

    void showUserGuide();
    void showShortcuts();
    UserGuideWindow *userGuide() const { return m_guide; }

protected:
    void closeEvent(QCloseEvent *event) override;
    // macOS hands a vault double-clicked in the Finder to the application
    // (QFileOpenEvent), not as an argument: it opens like one.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectParts();
    void showOpened();
    void showLocked();
    void showClosed();
    void dropWorkspace();
    void commitPendingEdits();
    void updateActions();
    void updateTitle();
    void applyLanguage(const QString &code);
    void applyAutoLock(int minutes);

    // The vault's course and the menus that ask for it.
    VaultFlow *m_flow = nullptr;
    MainMenus *m_menus = nullptr;
    // The three screens; the workspace only while a vault is unlocked.
    QStackedWidget *m_screens = nullptr;
    WelcomePage *m_welcome = nullptr;
    LockedPage *m_locked = nullptr;
    Workspace *m_workspace = nullptr;
    // The save state in the status bar, the idle lock, and undo, which
    // follows the workspace.
    SaveStatusWidget *m_saveStatus = nullptr;
    IdleWatcher *m_idle = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    UserGuideWindow *m_guide = nullptr; // made when first asked for
};

} // namespace ui
} // namespace kamae
