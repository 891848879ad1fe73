#include "dialogs/ChangePassphraseDialog.h"

#include "vault/Vault.h"
#include "widgets/NewPassphrase.h"
#include "widgets/PassphraseField.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>

namespace kamae {
namespace ui {

ChangePassphraseDialog::ChangePassphraseDialog(vault::Vault &vault, bool askCurrent,
                                               QWidget *parent)
    : FormDialog(QStringLiteral("ChangePassphraseDialog"), parent, Option::CloseFreely),
      m_vault(vault), m_askCurrent(askCurrent)
{
    m_current = new PassphraseField(false, this);
    m_current->setObjectName(QStringLiteral("currentField"));
    addLabelledRow(form(), m_current, [] { return tr("&Current passphrase:"); });
    form()->setRowVisible(m_current, askCurrent);
    m_new = new NewPassphrase(this, form(), QStringLiteral("newField"));

    const auto validate = [this] {
        checkAsTyped(m_new->repeatStarted());
    };
    connect(m_current, &PassphraseField::textChanged, this, validate);
    connect(m_new, &NewPassphrase::changed, this, validate);
    retranslate();
    validate();
    setMinimumWidth(500);
}

FormDialog::Problem ChangePassphraseDialog::check() const
{
    if (m_askCurrent && m_current->text().isEmpty())
        return {tr("Enter the current passphrase."), m_current};
    return {m_new->problem(), m_new->field()};
}

void ChangePassphraseDialog::accept()
{
    if (!passesChecks())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool currentOk = !m_askCurrent || m_vault.checkPassphrase(m_current->text());
    QApplication::restoreOverrideCursor();
    if (!currentOk) {
        showProblem(tr("The current passphrase is not correct."), m_current);
        return;
    }
    if (!m_new->confirm(this))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const vault::VaultStatus status = m_vault.changePassphrase(m_new->text());
    QApplication::restoreOverrideCursor();
    if (!status) {
        showProblem(status.message());
        return;
    }
    QDialog::accept();
}

void ChangePassphraseDialog::retranslate()
{
    setWindowTitle(tr("Change passphrase"));
    setIntro(m_askCurrent ? tr("The new passphrase replaces the old one at once. The recovery "
                               "code keeps working.")
                          : tr("You unlocked the vault with the recovery code. Set a new "
                               "passphrase now, so that you do not need the code next time."));
    m_new->retranslate(tr("&New passphrase:"));
    setOkText(tr("Change passphrase"));
}

} // namespace ui
} // namespace kamae
