#include "dialogs/ChangePassphraseDialog.h"

#include "vault/PassphraseStrength.h"
#include "vault/Vault.h"
#include "widgets/PassphraseField.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

ChangePassphraseDialog::ChangePassphraseDialog(vault::Vault &vault, bool askCurrent,
                                               QWidget *parent)
    : QDialog(parent), m_vault(vault), m_askCurrent(askCurrent)
{
    setObjectName(QStringLiteral("ChangePassphraseDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_current = new PassphraseField(false, this);
    m_current->setObjectName(QStringLiteral("currentField"));
    m_new = new PassphraseField(true, this);
    m_new->setObjectName(QStringLiteral("newField"));
    m_repeat = new PassphraseField(false, this);
    m_repeat->setObjectName(QStringLiteral("repeatField"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    m_currentLabel = new QLabel(this);
    m_newLabel = new QLabel(this);
    m_repeatLabel = new QLabel(this);
    if (askCurrent)
        form->addRow(m_currentLabel, m_current);
    else {
        m_currentLabel->hide();
        m_current->hide();
    }
    form->addRow(m_newLabel, m_new);
    form->addRow(m_repeatLabel, m_repeat);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_current, &PassphraseField::textChanged, this, &ChangePassphraseDialog::validate);
    connect(m_new, &PassphraseField::textChanged, this, &ChangePassphraseDialog::validate);
    connect(m_repeat, &PassphraseField::textChanged, this, &ChangePassphraseDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    validate();
    setMinimumWidth(500);
}

void ChangePassphraseDialog::validate()
{
    const bool ok = (!m_askCurrent || !m_current->text().isEmpty()) &&
                    m_new->text().size() >= vault::PassphraseStrength::kMinimumLength &&
                    m_new->text() == m_repeat->text();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ChangePassphraseDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool currentOk = !m_askCurrent || m_vault.checkPassphrase(m_current->text());
    QApplication::restoreOverrideCursor();
    if (!currentOk) {
        m_error->setText(tr("The current passphrase is not correct."));
        m_error->show();
        adjustSize();
        return;
    }
    if (!PassphraseField::confirmIfWeak(this, m_new->text()))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const vault::VaultStatus status = m_vault.changePassphrase(m_new->text());
    QApplication::restoreOverrideCursor();
    if (!status) {
        m_error->setText(status.message());
        m_error->show();
        adjustSize();
        return;
    }
    QDialog::accept();
}

void ChangePassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChangePassphraseDialog::retranslate()
{
    setWindowTitle(tr("Change passphrase"));
    m_intro->setText(m_askCurrent
                         ? tr("The new passphrase replaces the old one at once. The recovery "
                              "code keeps working.")
                         : tr("You unlocked the vault with the recovery code. Set a new "
                              "passphrase now, so that you do not need the code next time."));
    m_currentLabel->setText(tr("&Current passphrase:"));
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setText(tr("&New passphrase:"));
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setText(tr("&Repeat:"));
    m_repeatLabel->setBuddy(m_repeat);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change passphrase"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace ui
} // namespace kamae
