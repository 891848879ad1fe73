#include "dialogs/UnlockDialog.h"

#include "settings/AppSettings.h"
#include "widgets/OffThread.h"
#include "widgets/PassphraseField.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

UnlockDialog::UnlockDialog(const QString &path, QWidget *parent)
    : FormDialog(QStringLiteral("UnlockDialog"), parent, Option::CloseFreely), m_path(path)
{
    build();
}

UnlockDialog::UnlockDialog(vault::Vault &heldVault, QWidget *parent)
    : FormDialog(QStringLiteral("UnlockDialog"), parent, Option::CloseFreely),
      m_path(heldVault.path()), m_held(&heldVault)
{
    build();
    m_switch->hide();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::build()
{
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt = new QLabel(this);
    m_pass = new PassphraseField(false, this);
    m_pass->setObjectName(QStringLiteral("passphraseField"));
    m_code = makeLineEdit(this, QStringLiteral("recoveryCodeEdit"), QString());
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

    QVBoxLayout *body = bodyLayout();
    body->insertWidget(0, m_fileLabel);
    body->addSpacing(6);
    body->addWidget(m_prompt);
    body->addWidget(m_pass);
    body->addWidget(m_code);
    body->addWidget(m_switch, 0, Qt::AlignLeft);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("progressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("unlockProgress"));
    m_progress->setRange(0, 0); // how long is not known: it moves
    m_progress->setTextVisible(false);
    // Their room is kept while hidden: the dialog does not grow (or
    // scroll, at 150 %) when the unlock starts.
    for (QWidget *w :
         {static_cast<QWidget *>(m_progressText), static_cast<QWidget *>(m_progress)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
        w->hide();
    }
    body->addWidget(m_progressText);
    body->addWidget(m_progress);
    body->addStretch();

    connect(m_pass, &PassphraseField::returnPressed, this, &UnlockDialog::accept);
    connect(m_code, &QLineEdit::returnPressed, this, &UnlockDialog::accept);
    connect(m_switch, &QPushButton::clicked, this, [this] { setRecoveryMode(!m_recoveryMode); });
    retranslate();
    setMinimumWidth(480);
    m_pass->setFocus();
}

QWidget *UnlockDialog::secretField() const
{
    return m_recoveryMode ? static_cast<QWidget *>(m_code) : m_pass;
}

void UnlockDialog::setRecoveryMode(bool on)
{
    m_recoveryMode = on;
    m_pass->setVisible(!on);
    m_code->setVisible(on);
    clearProblem();
    secretField()->setFocus();
    retranslate();
}

void UnlockDialog::failed(const QString &reason)
{
    showProblem(reason, secretField());
    if (m_recoveryMode)
        m_code->selectAll();
    else
        m_pass->lineEdit()->selectAll();
}

void UnlockDialog::accept()
{
    const QString secret = m_recoveryMode ? m_code->text() : m_pass->text();
    if (secret.isEmpty())
        return;
    clearProblem();
    if (m_held) {
        // The data is still in memory: only the key derivation, on a worker
        // like an unlock's.
        setBusy(true, tr("Checking the passphrase…"));
        const bool right =
            runOffThread([check = m_held->passphraseChecker(), secret] { return check(secret); });
        setBusy(false);
        if (right) {
            m_pass->clear();
            QDialog::accept();
            return;
        }
        m_lastError = vault::VaultError::WrongPassphrase;
        failed(vault::Vault::describe(m_lastError, m_path));
        return;
    }

    // The key derivation takes about a third of a second by design, and
    // decrypting a large company's file a little more: on a worker, while
    // this dialog says what is happening and keeps painting.
    setBusy(true, tr("Deriving the key and decrypting…"));
    const vault::SlotKind kind =
        m_recoveryMode ? vault::SlotKind::RecoveryCode : vault::SlotKind::Passphrase;
    auto [opened, status] = runOffThread([path = m_path, secret, kind] {
        vault::VaultStatus unsealed;
        auto v = vault::Vault::unseal(path, secret, kind, &unsealed);
        return std::make_pair(std::move(v), unsealed);
    });
    // The database belongs to this thread: it is made here.
    if (opened) {
        m_progressText->setText(tr("Opening the data…"));
        m_progressText->repaint();
        if (vault::VaultStatus loaded = opened->load(); !loaded) {
            status = loaded;
            opened.reset();
        }
    }
    setBusy(false);
    m_lastError = status.code();
    if (!opened) {
        failed(status.message());
        return;
    }
    opened->setBackupDirectory(AppSettings::backupDirectory());
    m_vault = std::move(opened);
    m_usedRecovery = m_recoveryMode;
    m_pass->clear();
    m_code->clear();
    QDialog::accept();
}

void UnlockDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    if (busy)
        m_progressText->setText(what);
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    m_pass->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_switch->setEnabled(!busy);
    buttons()->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
}

void UnlockDialog::done(int result)
{
    // Not while a worker unseals: its result is this dialog's to take.
    if (m_busy)
        return;
    FormDialog::done(result);
}

void UnlockDialog::retranslate()
{
    setWindowTitle(m_held ? tr("Unlock Kamae") : tr("Unlock vault"));
    m_fileLabel->setText(QStringLiteral("<b>%1</b><br><small>%2</small>")
                             .arg(QFileInfo(m_path).fileName().toHtmlEscaped(),
                                  QDir::toNativeSeparators(m_path).toHtmlEscaped()));
    m_prompt->setText(m_recoveryMode ? tr("Recovery &code (from the printed sheet):")
                                     : tr("&Passphrase:"));
    m_prompt->setBuddy(secretField());
    m_switch->setText(m_recoveryMode ? tr("Use the passphrase instead")
                                     : tr("Forgot the passphrase? Use the recovery code"));
    setOkText(tr("Unlock"));
}

} // namespace ui
} // namespace kamae
