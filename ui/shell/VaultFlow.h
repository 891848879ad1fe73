#pragma once

#include "vault/Vault.h"
#include "vault/VaultSession.h"

#include <QObject>

#include <memory>
#include <optional>

class QWidget;

namespace kamae {
namespace ui {

// The open vault's course: created, opened or unlocked, saved, locked and
// closed, with the dialogs that ask on the way. It owns the session; the
// window shows what the signals say.
class VaultFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultFlow)

public:
    enum class State
    {
        Closed,
        Open,
        Locked
    };

    // `window` is the parent of the dialogs.
    explicit VaultFlow(QWidget *window);
    ~VaultFlow() override;

    State state() const { return m_state; }
    vault::VaultSession *session() const { return m_session.get(); }
    // The vault of the session, or the one shown on the lock screen.
    QString vaultPath() const { return m_lockedPath; }
    // Why the data is still held while locked (its save failed); empty
    // when it was saved and wiped.
    QString unsavedWarning() const { return m_unsavedWarning; }

    // Tests create vaults with cheap key derivation.
    void setCreateOptions(const vault::CreateOptions &options) { m_createOptions = options; }

    void newVault();
    void openVaultDialog();
    void openVault(const QString &path);
    void adoptVault(std::unique_ptr<vault::Vault> vault);
    void saveNow();
    // Saves and wipes the data, then locks. If the save fails the data
    // stays in memory (hidden) and is retried.
    void lock();
    void unlock();
    // The idle timer's lock: closes open dialogs first.
    void lockWhenIdle();
    // Returns false if the user chose to keep the vault open.
    bool closeVault();
    // Opens the demo vault, creating it first if there is none yet.
    void openDemo();
    static QString demoVaultPath();
    void changePassphrase(bool askCurrent);
    void replaceRecoveryCode();

signals:
    // The session is about to write or close: write any edit in progress.
    void aboutToWrite();
    // A session is open and unlocked: show its workspace.
    void opened();
    // Locked: show the lock screen (the session may still be held).
    void locked();
    // The session is about to go: drop everything that refers to it.
    void sessionEnding();
    // No vault any more: back to the start.
    void closed();
    // The list of recent vaults changed.
    void recentChanged();
    void message(const QString &text, int timeoutMs);

private:
    void unlockFile(const QString &path);
    void endSession();
    void onSaveStateChanged();

    QWidget *m_window;
    State m_state = State::Closed;
    std::unique_ptr<vault::VaultSession> m_session;
    QString m_lockedPath;
    QString m_unsavedWarning;
    std::optional<vault::CreateOptions> m_createOptions;
};

} // namespace ui
} // namespace kamae
