#pragma once

#include "widgets/FormDialog.h"

namespace kamae {
namespace vault {
class Vault;
} // namespace vault
} // namespace kamae

namespace kamae {
namespace ui {

class NewPassphrase;
class PassphraseField;

// Sets a new passphrase on an open vault. Asks for the current one unless
// the vault was just opened with the recovery code.
class ChangePassphraseDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePassphraseDialog)

public:
    ChangePassphraseDialog(vault::Vault &vault, bool askCurrent, QWidget *parent = nullptr);

    void accept() override;

protected:
    Problem check() const override;
    void retranslate() override;

private:
    vault::Vault &m_vault;
    bool m_askCurrent;
    PassphraseField *m_current = nullptr;
    NewPassphrase *m_new = nullptr;
};

} // namespace ui
} // namespace kamae
