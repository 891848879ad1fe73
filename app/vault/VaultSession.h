#pragma once

#include "vault/Vault.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace kamae {
namespace vault {

// An unlocked vault with its saving policy: saved automatically shortly
// after every committed change, retried after a failure, saved before
// closing. A failed save never drops data: the session stays open.
class VaultSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSession)

public:
    enum class SaveState
    {
        Saved,   // the file holds everything
        Pending, // changes wait for the autosave timer
        Failed,  // the last save failed; a retry is scheduled
    };
    Q_ENUM(SaveState)

    explicit VaultSession(std::unique_ptr<Vault> vault, QObject *parent = nullptr);
    ~VaultSession() override;

    Vault &vault() { return *m_vault; }
    const Vault &vault() const { return *m_vault; }
    bool isOpen() const { return m_vault && m_vault->isOpen(); }

    bool hasUnsavedChanges() const;
    // Pending as soon as a change is committed, even before the queued
    // change signal has been delivered.
    SaveState saveState() const;
    QString lastError() const { return m_lastError; }
    QDateTime lastSaved() const { return m_lastSaved; }

    void setAutosaveDelay(int milliseconds) { m_autosave.setInterval(milliseconds); }
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

    VaultStatus saveNow();
    // Saves if needed, then scrubs and closes. On a failed save nothing is
    // closed and the failure is returned: the caller decides.
    VaultStatus close();
    // Closes without saving; what was not saved is lost.
    void discardAndClose();

signals:
    void saveStateChanged(kamae::vault::VaultSession::SaveState state);
    void closed();

private:
    void onDatabaseChanged();
    void setState(SaveState state);
    // The autosave: Vault::startSave() on a worker, its result adopted
    // back on this thread (onBackgroundSaved()).
    void saveInBackground();
    void onBackgroundSaved();
    // Records a save's result: `counted` is the change count it saved.
    void adopt(const VaultStatus &status, quint64 counted);

    std::unique_ptr<Vault> m_vault;
    QTimer m_autosave;
    QTimer m_retry;
    quint64 m_savedChangeCount = 0;
    bool m_backgroundRunning = false;
    quint64 m_backgroundCount = 0; // what the running background save took
    SaveState m_state = SaveState::Saved;
    QString m_lastError;
    QDateTime m_lastSaved;
};

} // namespace vault
} // namespace kamae
