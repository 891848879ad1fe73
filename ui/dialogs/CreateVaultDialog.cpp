#include "dialogs/CreateVaultDialog.h"

#include "widgets/FileDialogs.h"
#include "widgets/NewPassphrase.h"
#include "widgets/PassphraseField.h"
#include "widgets/Widgets.h"

#include <QApplication>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace kamae {
namespace ui {

CreateVaultDialog::CreateVaultDialog(QWidget *parent)
    : FormDialog(QStringLiteral("CreateVaultDialog"), parent)
{
    m_org = makeLineEdit(this, QStringLiteral("organisationEdit"), QString());
    m_path = makePathEdit(this, QStringLiteral("pathEdit"), QString());
    auto *browseButton = sayingText(new QPushButton(this), [] { return tr("&Browse…"); });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    addLabelledRow(form(), m_org, [] { return tr("&Organisation:"); });
    addLabelledRow(form(), pathRow, m_path, [] { return tr("&File:"); });
    m_pass = new NewPassphrase(this, form(), QStringLiteral("passphraseField"));

    connect(m_org, &QLineEdit::textChanged, this, [this] {
        suggestPath();
        validate();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &CreateVaultDialog::validate);
    connect(m_pass, &NewPassphrase::changed, this, &CreateVaultDialog::validate);
    connect(browseButton, &QPushButton::clicked, this, &CreateVaultDialog::browse);

    retranslate();
    suggestPath();
    validate();
    setMinimumWidth(560);
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

FormDialog::Problem CreateVaultDialog::check() const
{
    if (organisationName().isEmpty())
        return {tr("Enter the organisation's name."), m_org};
    if (m_path->text().trimmed().isEmpty())
        return {tr("Choose where to keep the vault file."), m_path};
    return {m_pass->problem(), m_pass->field()};
}

void CreateVaultDialog::validate()
{
    // Only complain about what the user has started to fill in.
    checkAsTyped(m_pass->repeatStarted());
}

void CreateVaultDialog::accept()
{
    if (!passesChecks() || !m_pass->confirm(this))
        return;

    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.endsWith(QLatin1String(".kamae")))
        path += QStringLiteral(".kamae");

    showNote(tr("Creating the vault. Deriving the key takes a moment on purpose…"));
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
    if (!created) {
        showProblem(status.message());
        return;
    }
    m_vault = std::move(created);
    m_recoveryCode = code;
    m_pass->clear();
    QDialog::accept();
}

void CreateVaultDialog::retranslate()
{
    setWindowTitle(tr("New vault"));
    setIntro(tr("Kamae keeps all of one organisation's security records in one "
                "encrypted file. Choose a passphrase you will remember: without it, "
                "only the recovery code shown next can open the file."));
    m_pass->retranslate(tr("&Passphrase:"));
    m_org->setPlaceholderText(tr("e.g. Example Trading Co., Ltd."));
    setOkText(tr("Create vault"));
    validate();
}

} // namespace ui
} // namespace kamae
