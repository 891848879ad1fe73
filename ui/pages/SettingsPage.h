#pragma once

#include "pages/Page.h"
#include "widgets/CoreForward.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace kamae {
namespace ui {

// Preferences of this user (language, auto-lock, where the vault's backup
// copy goes) and the vault's keys (passphrase, recovery code).
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(vault::VaultSession &session, QWidget *parent = nullptr);

    QString title() const override;
    // Writes a policy change still waiting for its pause.
    void commitPendingEdits() override;

signals:
    void languageChosen(const QString &code);
    void autoLockChanged(int minutes);
    void changePassphraseRequested();
    void newRecoveryCodeRequested();

private:
    void chooseBackupDirectory();
    void setBackupDirectory(const QString &directory);
    void updateVaultInfo();
    void loadPolicy();
    void savePolicy();
    void retranslate();

    vault::VaultSession &m_session;
    QSpinBox *m_autoLock = nullptr;
    QLineEdit *m_backupDir = nullptr;
    QPushButton *m_resetBackup = nullptr;
    QLabel *m_vaultInfo = nullptr;
    QLabel *m_policyError = nullptr;
    // known exploited, critical, high, other, stale asset
    QSpinBox *m_policyDays[5] = {};
    // How many days a vulnerability feed counts as current for the score.
    QSpinBox *m_feedAge = nullptr;
    QTimer *m_policyTimer = nullptr;
};

} // namespace ui
} // namespace kamae
