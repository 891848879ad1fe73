#include "dialogs/CreateVaultDialog.h"

#include "vault/PassphraseStrength.h"
#include "widgets/DiscardGuard.h"
#include "widgets/FileDialogs.h"
#include "widgets/PassphraseField.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

CreateVaultDialog::CreateVaultDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("CreateVaultDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_org = new QLineEdit(this);
    m_org->setObjectName(QStringLiteral("organisationEdit"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_browse = new QPushButton(this);
    m_pass = new PassphraseField(true, this);
    m_pass->setObjectName(QStringLiteral("passphraseField"));
    m_repeat = new PassphraseField(false, this);
    m_repeat->setObjectName(QStringLiteral("repeatField"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    m_orgLabel = new QLabel(this);
    m_pathLabel = new QLabel(this);
    m_passLabel = new QLabel(this);
    m_repeatLabel = new QLabel(this);
    form->addRow(m_orgLabel, m_org);
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_passLabel, m_pass);
    form->addRow(m_repeatLabel, m_repeat);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_org, &QLineEdit::textChanged, this, [this] {
        suggestPath();
        validate();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &CreateVaultDialog::validate);
    connect(m_pass, &PassphraseField::textChanged, this, &CreateVaultDialog::validate);
    connect(m_repeat, &PassphraseField::textChanged, this, &CreateVaultDialog::validate);
    connect(m_browse, &QPushButton::clicked, this, &CreateVaultDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateVaultDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    suggestPath();
    validate();
    setMinimumWidth(560);
    m_discard = new DiscardGuard(this);
}

CreateVaultDialog::~CreateVaultDialog() = default;

QString CreateVaultDialog::organisationName() const
{
    return m_org->text().trimmed();
}

void CreateVaultDialog::suggestPath()
{
    if (m_pathEdited)
        return;
    QString base = organisationName();
    // Characters that no file system accepts, or that confuse a shell.
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    if (base.isEmpty())
        base = QStringLiteral("kamae");
    const QString dir = filedialogs::startFolder(FileKind::Vault);
    m_path->setText(QDir::toNativeSeparators(QDir(dir).filePath(base + QStringLiteral(".kamae"))));
}

void CreateVaultDialog::browse()
{
    QString path = filedialogs::saveFile(this, FileKind::Vault, tr("Where to keep the vault"),
                                         QDir::fromNativeSeparators(m_path->text()),
                                         tr("Kamae data files (*.kamae)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".kamae")))
        path += QStringLiteral(".kamae");
    m_pathEdited = true;
    m_path->setText(QDir::toNativeSeparators(path));
}

void CreateVaultDialog::validate()
{
    QString problem;
    if (organisationName().isEmpty())
        problem = tr("Enter the organisation's name.");
    else if (m_path->text().trimmed().isEmpty())
        problem = tr("Choose where to keep the vault file.");
    else if (m_pass->text().size() < vault::PassphraseStrength::kMinimumLength)
        problem = tr("The passphrase needs at least %1 characters.")
                      .arg(vault::PassphraseStrength::kMinimumLength);
    else if (m_repeat->text() != m_pass->text())
        problem = tr("The two passphrases differ.");
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    // Only complain about what the user has started to fill in.
    const bool show = !problem.isEmpty() && !m_repeat->text().isEmpty();
    m_error->setVisible(show);
    if (show)
        m_error->setText(problem);
}

void CreateVaultDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    adjustSize();
}

void CreateVaultDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (!PassphraseField::confirmIfWeak(this, m_pass->text()))
        return;

    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.endsWith(QLatin1String(".kamae")))
        path += QStringLiteral(".kamae");

    m_error->setText(tr("Creating the vault. Deriving the key takes a moment on purpose…"));
    m_error->setStyleSheet(QString());
    m_error->show();
    adjustSize();
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents();
    const vault::CreateOptions options = m_options ? *m_options : vault::CreateOptions::tuned();
    vault::VaultStatus status;
    QString code;
    auto created =
        vault::Vault::create(path, m_pass->text(), organisationName(), options, &code, &status);
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    if (!created) {
        showError(status.message());
        return;
    }
    m_vault = std::move(created);
    m_recoveryCode = code;
    m_pass->clear();
    m_repeat->clear();
    QDialog::accept();
}

void CreateVaultDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CreateVaultDialog::retranslate()
{
    setWindowTitle(tr("New vault"));
    m_intro->setText(tr("Kamae keeps all of one organisation's security records in one "
                        "encrypted file. Choose a passphrase you will remember: without it, "
                        "only the recovery code shown next can open the file."));
    m_orgLabel->setText(tr("&Organisation:"));
    m_orgLabel->setBuddy(m_org);
    m_pathLabel->setText(tr("&File:"));
    m_pathLabel->setBuddy(m_path);
    m_passLabel->setText(tr("&Passphrase:"));
    m_passLabel->setBuddy(m_pass);
    m_repeatLabel->setText(tr("&Repeat:"));
    m_repeatLabel->setBuddy(m_repeat);
    m_org->setPlaceholderText(tr("e.g. Example Trading Co., Ltd."));
    m_browse->setText(tr("&Browse…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create vault"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}

void CreateVaultDialog::reject()
{
    if (m_discard->mayDiscard())
        QDialog::reject();
}

} // namespace ui
} // namespace kamae
