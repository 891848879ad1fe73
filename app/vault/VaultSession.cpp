#include "vault/VaultSession.h"
#include "core/Clock.h"

#include "store/Database.h"

namespace kamae {
namespace vault {

VaultSession::VaultSession(std::unique_ptr<Vault> vault, QObject *parent)
    : QObject(parent), m_vault(std::move(vault))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1500);
    m_retry.setSingleShot(true);
    m_retry.setInterval(30'000);
    // A failed save is kept in the state and lastError() and retried;
    // the status bar shows it, so the timers have nothing more to do.
    connect(&m_autosave, &QTimer::timeout, this, &VaultSession::saveInBackground);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (hasUnsavedChanges())
            (void)saveNow();
    });
    m_savedChangeCount = m_vault->database().changeCount();
    m_lastSaved = clock::localNow();
    connect(&m_vault->database(), &store::Database::changed, this,
            &VaultSession::onDatabaseChanged);
    // A schema upgrade on open changed the data before anyone listened.
    if (!m_vault->preMigrationCopy().isEmpty()) {
        m_savedChangeCount = quint64(-1);
        onDatabaseChanged();
    }
}

VaultSession::~VaultSession()
{
    // A background save finishes first (its worker calls back into us).
    if (m_vault)
        (void)m_vault->finishSave();
    // Last chance: an owner that did not close us explicitly still gets
    // its changes written. Nobody is left to tell of a failure; the vault
    // file then stays as it was last saved.
    if (isOpen() && hasUnsavedChanges())
        (void)m_vault->save();
}

VaultSession::SaveState VaultSession::saveState() const
{
    if (m_state == SaveState::Saved && hasUnsavedChanges())
        return SaveState::Pending;
    return m_state;
}

bool VaultSession::hasUnsavedChanges() const
{
    return isOpen() && m_vault->database().changeCount() != m_savedChangeCount;
}

void VaultSession::onDatabaseChanged()
{
    if (!hasUnsavedChanges())
        return;
    if (m_state != SaveState::Failed)
        setState(SaveState::Pending);
    // Not restarted on every change, so steady editing still saves.
    if (!m_autosave.isActive())
        m_autosave.start();
}

void VaultSession::saveInBackground()
{
    if (!isOpen())
        return;
    // One at a time: the next starts when this one is adopted.
    if (m_backgroundRunning)
        return;
    const quint64 counted = m_vault->database().changeCount();
    const VaultStatus started = m_vault->startSave([this] {
        QMetaObject::invokeMethod(this, &VaultSession::onBackgroundSaved, Qt::QueuedConnection);
    });
    if (!started) {
        adopt(started, counted);
        return;
    }
    m_backgroundRunning = true;
    m_backgroundCount = counted;
}

void VaultSession::onBackgroundSaved()
{
    if (!m_backgroundRunning)
        return;
    m_backgroundRunning = false;
    // Another write of the vault (saveNow(), a new passphrase) waited for
    // it and wrote everything after it: look again at what is unsaved.
    if (!m_vault->isSaving()) {
        onDatabaseChanged();
        return;
    }
    adopt(m_vault->finishSave(), m_backgroundCount);
}

VaultStatus VaultSession::saveNow()
{
    if (!isOpen())
        return VaultStatus(VaultError::InvalidInput, Vault::tr("The vault is locked."));
    m_autosave.stop();
    // A background save in flight is written first; this one follows and
    // holds everything, so its result is the one that counts.
    if (m_backgroundRunning) {
        m_backgroundRunning = false;
        (void)m_vault->finishSave();
    }
    const quint64 counted = m_vault->database().changeCount();
    VaultStatus status = m_vault->save();
    adopt(status, counted);
    return status;
}

void VaultSession::adopt(const VaultStatus &status, quint64 counted)
{
    if (status) {
        m_savedChangeCount = counted;
        m_lastError.clear();
        m_lastSaved = clock::localNow();
        m_retry.stop();
        setState(hasUnsavedChanges() ? SaveState::Pending : SaveState::Saved);
        if (hasUnsavedChanges())
            m_autosave.start();
    } else {
        m_lastError = status.message();
        m_retry.start();
        // Announced even when it was failing already: the reason may differ.
        m_state = SaveState::Failed;
        emit saveStateChanged(m_state);
    }
}

VaultStatus VaultSession::close()
{
    if (!isOpen())
        return {};
    // What a background save took counts before deciding what is unsaved.
    if (m_backgroundRunning) {
        m_backgroundRunning = false;
        adopt(m_vault->finishSave(), m_backgroundCount);
    }
    if (hasUnsavedChanges() || m_state == SaveState::Failed) {
        if (VaultStatus s = saveNow(); !s)
            return s;
    }
    discardAndClose();
    return {};
}

void VaultSession::discardAndClose()
{
    m_autosave.stop();
    m_retry.stop();
    m_backgroundRunning = false;
    if (m_vault)
        m_vault->close();
    m_savedChangeCount = 0;
    emit closed();
}

void VaultSession::setState(SaveState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit saveStateChanged(state);
}

} // namespace vault
} // namespace kamae
