#pragma once

#include "vault/Vault.h"
#include "widgets/FormDialog.h"

#include <memory>
#include <optional>

namespace kamae {
namespace ui {

class NewPassphrase;

// Asks for the organisation, where to keep the file and a passphrase
// (twice), then creates the vault.
class CreateVaultDialog final : public FormDialog
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

protected:
    Problem check() const override;
    void retranslate() override;

private:
    void browse();
    void validate();
    void suggestPath();

    QLineEdit *m_org = nullptr;
    QLineEdit *m_path = nullptr;
    NewPassphrase *m_pass = nullptr;
    bool m_pathEdited = false;

    std::optional<vault::CreateOptions> m_options;
    std::unique_ptr<vault::Vault> m_vault;
    QString m_recoveryCode;
};

} // namespace ui
} // namespace kamae
