#include "pages/SettingsPage.h"

#include "i18n/Language.h"
#include "settings/AppSettings.h"
#include "vault/VaultSession.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

SettingsPage::SettingsPage(vault::VaultSession &session, QWidget *parent)
    : Page(parent), m_session(session)
{
    setObjectName(QStringLiteral("SettingsPage"));
    m_heading = makeHeading(this);

    m_generalBox = new QGroupBox(this);
    m_language = new QComboBox(m_generalBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(AppSettings::language()));
    m_autoLock = new QSpinBox(m_generalBox);
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setValue(AppSettings::autoLockMinutes());
    m_autoLock->setKeyboardTracking(false);
    m_languageLabel = new QLabel(m_generalBox);
    m_autoLockLabel = new QLabel(m_generalBox);
    m_language->setMinimumWidth(180);
    m_autoLock->setMinimumWidth(120);
    auto *general = new QFormLayout(m_generalBox);
    general->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    general->addRow(m_languageLabel, m_language);
    general->addRow(m_autoLockLabel, m_autoLock);

    m_backupBox = new QGroupBox(this);
    m_backupHint = new QLabel(m_backupBox);
    m_backupHint->setWordWrap(true);
    m_backupDir = new QLineEdit(m_backupBox);
    m_backupDir->setObjectName(QStringLiteral("backupDirEdit"));
    m_backupDir->setReadOnly(true);
    m_chooseBackup = new QPushButton(m_backupBox);
    m_resetBackup = new QPushButton(m_backupBox);
    m_resetBackup->setObjectName(QStringLiteral("resetBackupButton"));
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupDir, 1);
    backupRow->addWidget(m_chooseBackup);
    backupRow->addWidget(m_resetBackup);
    auto *backup = new QVBoxLayout(m_backupBox);
    backup->addWidget(m_backupHint);
    backup->addLayout(backupRow);

    m_vaultBox = new QGroupBox(this);
    m_vaultInfo = new QLabel(m_vaultBox);
    m_vaultInfo->setObjectName(QStringLiteral("vaultInfo"));
    m_vaultInfo->setWordWrap(true);
    m_vaultInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changePassphrase = new QPushButton(m_vaultBox);
    m_changePassphrase->setObjectName(QStringLiteral("changePassphraseButton"));
    m_newRecovery = new QPushButton(m_vaultBox);
    m_newRecovery->setObjectName(QStringLiteral("newRecoveryButton"));
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_changePassphrase);
    keyButtons->addWidget(m_newRecovery);
    keyButtons->addStretch();
    auto *vaultLayout = new QVBoxLayout(m_vaultBox);
    vaultLayout->addWidget(m_vaultInfo);
    vaultLayout->addLayout(keyButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addWidget(m_generalBox);
    layout->addWidget(m_backupBox);
    layout->addWidget(m_vaultBox);
    layout->addStretch();

    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        AppSettings::setLanguage(code);
        emit languageChosen(code);
    });
    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        AppSettings::setAutoLockMinutes(minutes);
        emit autoLockChanged(minutes);
    });
    connect(m_chooseBackup, &QPushButton::clicked, this, &SettingsPage::chooseBackupDirectory);
    connect(m_resetBackup, &QPushButton::clicked, this, [this] { setBackupDirectory({}); });
    connect(m_changePassphrase, &QPushButton::clicked, this,
            &SettingsPage::changePassphraseRequested);
    connect(m_newRecovery, &QPushButton::clicked, this, &SettingsPage::newRecoveryCodeRequested);

    retranslate();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::chooseBackupDirectory()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder for the backup copy"),
        m_backupDir->text().isEmpty() ? QFileInfo(m_session.vault().path()).absolutePath()
                                      : m_backupDir->text());
    if (!dir.isEmpty())
        setBackupDirectory(dir);
}

void SettingsPage::setBackupDirectory(const QString &directory)
{
    AppSettings::setBackupDirectory(directory);
    m_session.vault().setBackupDirectory(directory);
    retranslate();
}

void SettingsPage::updateVaultInfo()
{
    const vault::Vault &v = m_session.vault();
    const auto kdf = v.kdfParams();
    m_vaultInfo->setText(
        tr("<b>File:</b> %1<br><b>Encryption:</b> %2, key from the passphrase by Argon2id "
           "(%3 MiB, %n pass(es))<br><b>Previous version:</b> %4",
           nullptr, static_cast<int>(kdf.iterations))
            .arg(QDir::toNativeSeparators(v.path()).toHtmlEscaped(),
                 v.cipher() == crypto::Cipher::Aes256Gcm ? QStringLiteral("AES-256-GCM")
                                                         : QStringLiteral("ChaCha20-Poly1305"))
            .arg(kdf.memoryKiB / 1024)
            .arg(QDir::toNativeSeparators(v.backupPath()).toHtmlEscaped()));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
    Page::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    m_generalBox->setTitle(tr("General"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    m_autoLockLabel->setText(tr("Lock &after idle:"));
    m_autoLockLabel->setBuddy(m_autoLock);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setToolTip(tr("Kamae locks itself when the keyboard and mouse have been idle "
                              "this long. 0 turns it off."));
    m_backupBox->setTitle(tr("Previous version of the vault (.bak)"));
    m_backupHint->setText(tr("On the first save of each session Kamae keeps the file as it was "
                             "when you opened it, as a .bak copy. Choose another folder (for "
                             "example a different drive) or keep it beside the vault."));
    const QString dir = AppSettings::backupDirectory();
    m_backupDir->setText(QDir::toNativeSeparators(dir));
    m_backupDir->setPlaceholderText(tr("Beside the vault file"));
    m_chooseBackup->setText(tr("&Choose…"));
    m_resetBackup->setText(tr("Use the vault's folder"));
    m_resetBackup->setEnabled(!dir.isEmpty());
    m_vaultBox->setTitle(tr("Vault"));
    m_changePassphrase->setText(tr("Change &passphrase…"));
    m_newRecovery->setText(tr("New &recovery code…"));
    updateVaultInfo();
}

} // namespace ui
} // namespace kamae
