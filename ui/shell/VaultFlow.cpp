#include "shell/VaultFlow.h"

#include "demo/DemoCompany.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/CreateVaultDialog.h"
#include "dialogs/RecoveryCodeDialog.h"
#include "dialogs/UnlockDialog.h"
#include "settings/AppSettings.h"
#include "shell/MainWindowText.h"
#include "store/OrganisationRepository.h"
#include "vault/VaultSession.h"
#include "widgets/FileDialogs.h"
#include "widgets/Widgets.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace kamae {
namespace ui {

VaultFlow::VaultFlow(QWidget *window) : QObject(window), m_window(window) {}

VaultFlow::~VaultFlow()
{
    // Anything still unsaved is written by the session's destructor.
    m_session.reset();
}

void VaultFlow::newVault()
{
    if (m_session && !closeVault())
        return;
    CreateVaultDialog dialog(m_window);
    if (m_createOptions)
        dialog.setCreateOptions(*m_createOptions);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = dialog.takeVault();
    if (!created)
        return;
    created->setBackupDirectory(AppSettings::backupDirectory());
    RecoveryCodeDialog codeDialog(dialog.recoveryCode(), dialog.organisationName(), created->path(),
                                  m_window);
    codeDialog.exec();
    adoptVault(std::move(created));
}

void VaultFlow::openVaultDialog()
{
    const QString path = filedialogs::openFile(
        m_window, FileKind::Vault, MainWindowText::tr("Open vault"),
        MainWindowText::tr(
            "Kamae data files (*.kamae);;Backup copies (*.kamae.bak *.bak);;All files (*)"));
    if (!path.isEmpty())
        openVault(path);
}

void VaultFlow::openVault(const QString &path)
{
    if (m_session && !closeVault())
        return;
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, MainWindowText::tr("Open vault"),
                             vault::Vault::describe(vault::VaultError::NotFound, path));
        AppSettings::removeRecentVault(path);
        emit recentChanged();
        return;
    }
    unlockFile(path);
}

void VaultFlow::unlockFile(const QString &path)
{
    UnlockDialog dialog(path, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool recovered = dialog.usedRecoveryCode();
    adoptVault(dialog.takeVault());
    // The recovery code is for emergencies; get a passphrase back at once.
    if (recovered && m_session)
        changePassphrase(false);
}

void VaultFlow::adoptVault(std::unique_ptr<vault::Vault> vault)
{
    if (!vault)
        return;
    if (m_session)
        endSession();
    m_session = std::make_unique<vault::VaultSession>(std::move(vault));
    connect(m_session.get(), &vault::VaultSession::saveStateChanged, this,
            &VaultFlow::onSaveStateChanged);
    AppSettings::addRecentVault(m_session->vault().path());
    m_lockedPath = m_session->vault().path();
    m_unsavedWarning.clear();
    m_state = State::Open;
    if (!m_session->vault().preMigrationCopy().isEmpty())
        emit message(
            MainWindowText::tr(
                "The data was upgraded for this version. The file as it was is kept as %1.")
                .arg(QDir::toNativeSeparators(m_session->vault().preMigrationCopy())),
            15000);
    emit opened();
}

void VaultFlow::saveNow()
{
    if (!m_session)
        return;
    emit aboutToWrite();
    // A failure shows in the status bar's save state, with a retry.
    (void)m_session->saveNow();
}

void VaultFlow::lock()
{
    if (!m_session || m_state != State::Open)
        return;
    emit aboutToWrite();
    const vault::VaultStatus status = m_session->close();
    m_state = State::Locked;
    // The data stays in memory, hidden, while its save fails; the session
    // keeps retrying.
    m_unsavedWarning = status ? QString() : status.message();
    if (status)
        endSession();
    emit locked();
}

void VaultFlow::lockWhenIdle()
{
    if (m_state != State::Open)
        return;
    // A dialog left open (changing the passphrase, a file chooser) holds
    // references into the session and runs its own event loop: close it,
    // and lock once the stack has unwound back to the main loop.
    if (QThread::currentThread()->loopLevel() > 1 || QApplication::activeModalWidget()) {
        for (int guard = 0; guard < 16; ++guard) {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                break;
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->done(QDialog::Rejected);
            else
                modal->close();
        }
        QTimer::singleShot(0, this, &VaultFlow::lockWhenIdle);
        return;
    }
    lock();
}

void VaultFlow::unlock()
{
    if (!m_session) {
        unlockFile(m_lockedPath);
        return;
    }
    UnlockDialog dialog(m_session->vault(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_unsavedWarning.clear();
    m_state = State::Open;
    emit opened();
}

bool VaultFlow::closeVault()
{
    emit aboutToWrite();
    if (m_session) {
        vault::VaultStatus status = m_session->close();
        while (!status) {
            QMessageBox box(QMessageBox::Warning, MainWindowText::tr("Could not save"),
                            status.message(), QMessageBox::NoButton, m_window);
            QPushButton *retry =
                box.addButton(MainWindowText::tr("Try again"), QMessageBox::AcceptRole);
            QPushButton *discard = box.addButton(MainWindowText::tr("Close without saving"),
                                                 QMessageBox::DestructiveRole);
            box.addButton(MainWindowText::tr("Keep it open"), QMessageBox::RejectRole);
            box.setDefaultButton(retry);
            box.exec();
            if (box.clickedButton() == retry) {
                status = m_session->close();
            } else if (box.clickedButton() == discard) {
                m_session->discardAndClose();
                break;
            } else {
                return false;
            }
        }
    }
    endSession();
    m_state = State::Closed;
    m_lockedPath.clear();
    m_unsavedWarning.clear();
    emit closed();
    return true;
}

void VaultFlow::endSession()
{
    emit sessionEnding();
    m_session.reset();
}

void VaultFlow::onSaveStateChanged()
{
    // A save that succeeds while locked lets the held data go at last.
    if (m_session && m_state == State::Locked &&
        m_session->saveState() == vault::VaultSession::SaveState::Saved) {
        m_session->discardAndClose();
        m_unsavedWarning.clear();
        endSession();
        emit locked();
    }
}

QString VaultFlow::demoVaultPath()
{
    // Where scripts/run-demo.sh keeps it: ~/.local/share/Kamae on Linux.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Kamae/demo.kamae"));
}

void VaultFlow::openDemo()
{
    if (m_session && !closeVault())
        return;
    const QString path = demoVaultPath();
    demo::DemoVault demo;
    {
        const WaitCursor wait;
        demo = demo::openDemoVault(path, m_createOptions ? *m_createOptions
                                                         : vault::CreateOptions::tuned());
    }
    if (!demo.vault) {
        // Someone gave the demo a passphrase of their own: ask for it.
        if (demo.problem.isEmpty() && demo.status.code() == vault::VaultError::WrongPassphrase) {
            unlockFile(path);
            return;
        }
        QMessageBox::warning(m_window, MainWindowText::tr("Open the demo company"), demo.message());
        return;
    }
    demo.vault->setBackupDirectory(AppSettings::backupDirectory());
    adoptVault(std::move(demo.vault));
}

void VaultFlow::changePassphrase(bool askCurrent)
{
    if (!m_session)
        return;
    ChangePassphraseDialog dialog(m_session->vault(), askCurrent, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit message(MainWindowText::tr("The passphrase was changed."), 8000);
}

void VaultFlow::replaceRecoveryCode()
{
    if (!m_session)
        return;
    const auto answer = QMessageBox::question(
        m_window, MainWindowText::tr("New recovery code"),
        MainWindowText::tr("Kamae will issue a new recovery code. The old one stops working at "
                           "once, so destroy the old sheet afterwards. Continue?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString code;
    vault::VaultStatus status;
    {
        const WaitCursor wait;
        status = m_session->vault().replaceRecoveryCode(&code);
    }
    if (!status) {
        QMessageBox::warning(m_window, MainWindowText::tr("New recovery code"), status.message());
        return;
    }
    const auto org = store::OrganisationRepository(m_session->vault().database()).load();
    RecoveryCodeDialog dialog(code, org ? org->name : QString(), m_session->vault().path(),
                              m_window);
    dialog.exec();
}

} // namespace ui
} // namespace kamae
