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
    connect(&m_autosave, &QTimer::timeout, this, [this] { (void)saveNow(); });
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

VaultStatus VaultSession::saveNow()
{
    if (!isOpen())
        return VaultStatus(VaultError::InvalidInput, Vault::tr("The vault is locked."));
    m_autosave.stop();
    const quint64 counted = m_vault->database().changeCount();
    VaultStatus status = m_vault->save();
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
    return status;
}

VaultStatus VaultSession::close()
{
    if (!isOpen())
        return {};
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
