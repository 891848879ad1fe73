#pragma once

#include "vault/Vault.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kamae {
namespace ui {

class DiscardGuard;

class PassphraseField;

// Asks for the organisation, where to keep the file and a passphrase
// (twice), then creates the vault.
class CreateVaultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVaultDialog)

public:
    explicit CreateVaultDialog(QWidget *parent = nullptr);
    ~CreateVaultDialog() override;

    // Tests use cheap key derivation; the app tunes it on this machine.
    void setCreateOptions(const vault::CreateOptions &options) { m_options = options; }

    std::unique_ptr<vault::Vault> takeVault() { return std::move(m_vault); }
    QString recoveryCode() const { return m_recoveryCode; }
    QString organisationName() const;

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void validate();
    void suggestPath();
    void retranslate();
    void showError(const QString &message);

    QLabel *m_intro = nullptr;
    QLabel *m_orgLabel = nullptr;
    QLineEdit *m_org = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_passLabel = nullptr;
    PassphraseField *m_pass = nullptr;
    QLabel *m_repeatLabel = nullptr;
    PassphraseField *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_pathEdited = false;

    std::optional<vault::CreateOptions> m_options;
    std::unique_ptr<vault::Vault> m_vault;
    QString m_recoveryCode;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ui
} // namespace kamae
