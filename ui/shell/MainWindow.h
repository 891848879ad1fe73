#pragma once

#include "vault/Vault.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace kamae {
namespace vault {
class VaultSession;
} // namespace vault
} // namespace kamae

namespace kamae {
namespace ui {

class IdleWatcher;
class LockedPage;
class SaveStatusWidget;
class UserGuideWindow;
class WelcomePage;
class Workspace;

// The window and its three states: welcome (no vault), locked, and the
// workspace of an unlocked vault. It owns the open session.
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
    vault::VaultSession *session() const { return m_session.get(); }
    IdleWatcher *idleWatcher() const { return m_idle; }
    SaveStatusWidget *saveStatus() const { return m_saveStatus; }

    // Tests create vaults with cheap key derivation.
    void setCreateOptions(const vault::CreateOptions &options) { m_createOptions = options; }

    void newVault();
    void openVaultDialog();
    void openVault(const QString &path);
    void adoptVault(std::unique_ptr<vault::Vault> vault);
    // Saves and wipes the data, then shows the lock screen. If the save
    // fails the data stays in memory (hidden) and is retried.
    void lock();
    void unlock();
    // The idle timer's lock: closes open dialogs first.
    void lockWhenIdle();
    // Returns false if the user chose to keep the vault open.
    bool closeVault();
    // Help → Open the demo company: opens the demo vault, creating it
    // first (as scripts/run-demo.sh does) if there is none yet.
    void openDemo();
    static QString demoVaultPath();
    void showUserGuide();
    void showShortcuts();
    UserGuideWindow *userGuide() const { return m_guide; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateActions();
    void updateTitle();
    void showWorkspace();
    void dropWorkspace();
    void applyLanguage(const QString &code);
    void applyAutoLock(int minutes);
    void unlockFile(const QString &path);
    void changePassphrase(bool askCurrent);
    void replaceRecoveryCode();
    void onSaveStateChanged();
    void showAbout();
    void updateUndoText();

    QStackedWidget *m_screens = nullptr;
    WelcomePage *m_welcome = nullptr;
    LockedPage *m_locked = nullptr;
    Workspace *m_workspace = nullptr;
    SaveStatusWidget *m_saveStatus = nullptr;
    IdleWatcher *m_idle = nullptr;
    QUndoGroup *m_undoGroup = nullptr;

    std::unique_ptr<vault::VaultSession> m_session;
    QString m_lockedPath; // the vault shown on the lock screen
    std::optional<vault::CreateOptions> m_createOptions;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    UserGuideWindow *m_guide = nullptr;
    QList<QAction *> m_goActions;
};

} // namespace ui
} // namespace kamae
