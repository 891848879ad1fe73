#include "dialogs/UnlockDialog.h"

#include "settings/AppSettings.h"
#include "widgets/PassphraseField.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

UnlockDialog::UnlockDialog(const QString &path, QWidget *parent) : QDialog(parent), m_path(path)
{
    build();
}

UnlockDialog::UnlockDialog(vault::Vault &heldVault, QWidget *parent)
    : QDialog(parent), m_path(heldVault.path()), m_held(&heldVault)
{
    build();
    m_switch->hide();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::build()
{
    setObjectName(QStringLiteral("UnlockDialog"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt = new QLabel(this);
    m_pass = new PassphraseField(false, this);
    m_pass->setObjectName(QStringLiteral("passphraseField"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_code->hide();
    m_switch = new QPushButton(this);
    m_switch->setObjectName(QStringLiteral("switchModeButton"));
    m_switch->setFlat(true);
    // A link-like button: a way out, not a second main action.
    m_switch->setStyleSheet(QStringLiteral(
        "QPushButton { color: palette(link); text-decoration: underline; border: none; "
        "padding: 2px 0; text-align: left; }"));
    m_switch->setCursor(Qt::PointingHandCursor);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addSpacing(6);
    layout->addWidget(m_prompt);
    layout->addWidget(m_pass);
    layout->addWidget(m_code);
    layout->addWidget(m_switch, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_pass, &PassphraseField::returnPressed, this, &UnlockDialog::accept);
    connect(m_code, &QLineEdit::returnPressed, this, &UnlockDialog::accept);
    connect(m_switch, &QPushButton::clicked, this, [this] { setRecoveryMode(!m_recoveryMode); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    setMinimumWidth(480);
    m_pass->setFocus();
}

void UnlockDialog::setRecoveryMode(bool on)
{
    m_recoveryMode = on;
    m_pass->setVisible(!on);
    m_code->setVisible(on);
    m_error->hide();
    (on ? static_cast<QWidget *>(m_code) : m_pass)->setFocus();
    retranslate();
}

void UnlockDialog::accept()
{
    const QString secret = m_recoveryMode ? m_code->text() : m_pass->text();
    if (secret.isEmpty())
        return;
    if (m_held) {
        if (m_held->checkPassphrase(secret)) {
            m_pass->clear();
            QDialog::accept();
            return;
        }
        m_lastError = vault::VaultError::WrongPassphrase;
        m_error->setText(vault::Vault::describe(m_lastError, m_path));
        m_error->show();
        adjustSize();
        m_pass->lineEdit()->selectAll();
        return;
    }

    m_error->hide();
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents();
    vault::VaultStatus status;
    auto opened = m_recoveryMode ? vault::Vault::openWithRecoveryCode(m_path, secret, &status)
                                 : vault::Vault::open(m_path, secret, &status);
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    m_lastError = status.code();
    if (!opened) {
        m_error->setText(status.message());
        m_error->show();
        adjustSize();
        if (m_recoveryMode)
            m_code->selectAll();
        else
            m_pass->lineEdit()->selectAll();
        (m_recoveryMode ? static_cast<QWidget *>(m_code) : m_pass)->setFocus();
        return;
    }
    opened->setBackupDirectory(AppSettings::backupDirectory());
    m_vault = std::move(opened);
    m_usedRecovery = m_recoveryMode;
    m_pass->clear();
    m_code->clear();
    QDialog::accept();
}

void UnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UnlockDialog::retranslate()
{
    setWindowTitle(m_held ? tr("Unlock Kamae") : tr("Unlock vault"));
    m_fileLabel->setText(QStringLiteral("<b>%1</b><br><small>%2</small>")
                             .arg(QFileInfo(m_path).fileName().toHtmlEscaped(),
                                  QDir::toNativeSeparators(m_path).toHtmlEscaped()));
    m_prompt->setText(m_recoveryMode ? tr("Recovery code (from the printed sheet):")
                                     : tr("Passphrase:"));
    m_switch->setText(m_recoveryMode ? tr("Use the passphrase instead")
                                     : tr("Forgot the passphrase? Use the recovery code"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace ui
} // namespace kamae
