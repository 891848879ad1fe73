#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace kamae {
namespace vault {
class Vault;
} // namespace vault
} // namespace kamae

namespace kamae {
namespace ui {

class PassphraseField;

// Sets a new passphrase on an open vault. Asks for the current one unless
// the vault was just opened with the recovery code.
class ChangePassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePassphraseDialog)

public:
    ChangePassphraseDialog(vault::Vault &vault, bool askCurrent, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslate();

    vault::Vault &m_vault;
    bool m_askCurrent;
    QLabel *m_intro = nullptr;
    QLabel *m_currentLabel = nullptr;
    PassphraseField *m_current = nullptr;
    QLabel *m_newLabel = nullptr;
    PassphraseField *m_new = nullptr;
    QLabel *m_repeatLabel = nullptr;
    PassphraseField *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ui
} // namespace kamae
