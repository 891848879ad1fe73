#pragma once

#include "vault/Vault.h"
#include "widgets/FormDialog.h"

#include <memory>

class QProgressBar;

namespace kamae {
namespace ui {

class PassphraseField;

// Unlocks a vault file with its passphrase or recovery code. In "check"
// mode it only confirms the passphrase of a vault still held in memory
// (after an auto-lock whose save had failed).
class UnlockDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)

public:
    explicit UnlockDialog(const QString &path, QWidget *parent = nullptr);
    UnlockDialog(vault::Vault &heldVault, QWidget *parent);
    ~UnlockDialog() override;

    std::unique_ptr<vault::Vault> takeVault() { return std::move(m_vault); }
    bool usedRecoveryCode() const { return m_usedRecovery; }
    vault::VaultError lastError() const { return m_lastError; }

    void accept() override;
    void done(int result) override;
    // A worker is deriving the key and decrypting.
    bool isBusy() const { return m_busy; }

protected:
    void retranslate() override;

private:
    void build();
    void setRecoveryMode(bool on);
    // The field in use: the passphrase, or the recovery code.
    QWidget *secretField() const;
    void failed(const QString &reason);
    void setBusy(bool busy, const QString &what = {});

    QString m_path;
    vault::Vault *m_held = nullptr;
    bool m_recoveryMode = false;
    bool m_usedRecovery = false;
    vault::VaultError m_lastError = vault::VaultError::None;

    QLabel *m_fileLabel = nullptr;
    QLabel *m_prompt = nullptr;
    PassphraseField *m_pass = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_switch = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_busy = false;
    std::unique_ptr<vault::Vault> m_vault;
};

} // namespace ui
} // namespace kamae
