#include "pages/SettingsPage.h"

#include "domain/PatchRules.h"
#include "i18n/Language.h"
#include "score/ScoreRepository.h"
#include "settings/AppSettings.h"
#include "store/PatchRepository.h"
#include "vault/VaultSession.h"
#include "widgets/ColumnsLayout.h"
#include "widgets/FileDialogs.h"
#include "widgets/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

SettingsPage::SettingsPage(vault::VaultSession &session, QWidget *parent)
    : Page(parent), m_session(session)
{
    setObjectName(QStringLiteral("SettingsPage"));
    auto *heading = sayingText(makeHeading(this), [] { return tr("Settings"); });

    auto *generalBox = sayingText(new QGroupBox(this), [] { return tr("General"); });
    auto *language = new QComboBox(generalBox);
    language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so anyone can find their own.
    language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->setCurrentIndex(language->findData(AppSettings::language()));
    m_autoLock = new QSpinBox(generalBox);
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setValue(AppSettings::autoLockMinutes());
    m_autoLock->setKeyboardTracking(false);
    language->setMinimumWidth(180);
    m_autoLock->setMinimumWidth(120);
    auto *general = new QFormLayout(generalBox);
    general->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    // On a narrow window a field goes under its label.
    general->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addLabelledRow(general, language, [] { return tr("&Language:"); });
    addLabelledRow(general, m_autoLock, [] { return tr("Lock &after idle:"); });
    auto *trayNotify = sayingText(new QCheckBox(generalBox), [] {
        return tr("&Notify me of overdue items (once a day, while Kamae runs)");
    });
    trayNotify->setObjectName(QStringLiteral("trayNotifyCheck"));
    trayNotify->setChecked(AppSettings::trayNotifications());
    connect(trayNotify, &QCheckBox::toggled, this,
            [](bool on) { AppSettings::setTrayNotifications(on); });
    general->addRow(QString(), trayNotify);

    auto *backupBox =
        sayingText(new QGroupBox(this), [] { return tr("Previous version of the vault (.bak)"); });
    auto *backupHint = sayingText(new QLabel(backupBox), [] {
        return tr("On the first save of each session Kamae keeps the file as it was when you "
                  "opened it, as a .bak copy. Choose another folder (for example a different "
                  "drive) or keep it beside the vault.");
    });
    backupHint->setWordWrap(true);
    m_backupDir = new QLineEdit(backupBox);
    m_backupDir->setObjectName(QStringLiteral("backupDirEdit"));
    m_backupDir->setReadOnly(true);
    auto *chooseBackup = sayingText(new QPushButton(backupBox), [] { return tr("&Choose…"); });
    m_resetBackup = new QPushButton(backupBox);
    m_resetBackup->setObjectName(QStringLiteral("resetBackupButton"));
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupDir, 1);
    backupRow->addWidget(chooseBackup);
    backupRow->addWidget(m_resetBackup);
    auto *backup = new QVBoxLayout(backupBox);
    backup->addWidget(backupHint);
    backup->addLayout(backupRow);

    auto *vaultBox = sayingText(new QGroupBox(this), [] { return tr("Vault"); });
    m_vaultInfo = new QLabel(vaultBox);
    m_vaultInfo->setObjectName(QStringLiteral("vaultInfo"));
    m_vaultInfo->setWordWrap(true);
    m_vaultInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *changePassphrase =
        sayingText(new QPushButton(vaultBox), [] { return tr("Change &passphrase…"); });
    changePassphrase->setObjectName(QStringLiteral("changePassphraseButton"));
    auto *newRecovery =
        sayingText(new QPushButton(vaultBox), [] { return tr("New &recovery code…"); });
    newRecovery->setObjectName(QStringLiteral("newRecoveryButton"));
    auto *vaultLayout = new QVBoxLayout(vaultBox);
    vaultLayout->addWidget(m_vaultInfo);
    vaultLayout->addLayout(makeButtonRow({changePassphrase, newRecovery}));

    // Due dates of patch items: data of the vault, so the same for every
    // user of the file, and audited.
    auto *policyBox = sayingText(new QGroupBox(this), [] { return tr("Patch due dates"); });
    policyBox->setObjectName(QStringLiteral("policyBox"));
    auto *policyHint = sayingText(new QLabel(policyBox), [] {
        return tr("Days from finding a needed update to its due date. Known exploitation "
                  "shortens any other period. New items follow these; existing due dates stay "
                  "as they are.");
    });
    policyHint->setWordWrap(true);
    m_policyError = makeErrorLabel(policyBox);
    auto *policyForm = new QFormLayout;
    policyForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    policyForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto addDays = [policyBox, policyForm](const char *name, Text label) {
        auto *spin = new QSpinBox(policyBox);
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(1, 3650);
        spin->setKeyboardTracking(false);
        spin->setMinimumWidth(120);
        addLabelledRow(policyForm, spin, std::move(label));
        return spin;
    };
    m_policyDays[0] = addDays("knownExploitedDays", [] { return tr("Known exploited:"); });
    m_policyDays[1] = addDays("criticalDays", [] { return tr("Critical (CVSS 9.0+):"); });
    m_policyDays[2] = addDays("highDays", [] { return tr("High (CVSS 7.0+):"); });
    m_policyDays[3] = addDays("otherDays", [] { return tr("Others:"); });
    m_policyDays[4] = addDays("staleAssetDays", [] { return tr("List assets not updated for:"); });
    // Not a due date but read beside them: the score (docs/scoring.md).
    m_feedAge =
        addDays("feedMaxAgeDays", [] { return tr("Score counts a vulnerability feed for:"); });
    auto *policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addWidget(policyHint);
    policyLayout->addLayout(policyForm);
    policyLayout->addWidget(m_policyError);
    loadPolicy();
    // Arrow clicks come in bursts: one write (and one audit line) per pause.
    m_policyTimer = new QTimer(this);
    m_policyTimer->setSingleShot(true);
    m_policyTimer->setInterval(600);
    connect(m_policyTimer, &QTimer::timeout, this, &SettingsPage::savePolicy);
    for (QSpinBox *spin : m_policyDays)
        connect(spin, &QSpinBox::valueChanged, m_policyTimer, qOverload<>(&QTimer::start));
    connect(m_feedAge, &QSpinBox::valueChanged, m_policyTimer, qOverload<>(&QTimer::start));

    // Two columns on a wide window, one on a narrow one.
    auto *columns = new ColumnsLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(generalBox);
    left->addWidget(backupBox);
    left->addWidget(vaultBox);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(policyBox);
    right->addStretch();
    columns->addColumn(left, 3);
    columns->addColumn(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(columns, 1);

    connect(language, &QComboBox::activated, this, [this, language] {
        const QString code = language->currentData().toString();
        AppSettings::setLanguage(code);
        emit languageChosen(code);
    });
    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        AppSettings::setAutoLockMinutes(minutes);
        emit autoLockChanged(minutes);
    });
    connect(chooseBackup, &QPushButton::clicked, this, &SettingsPage::chooseBackupDirectory);
    connect(m_resetBackup, &QPushButton::clicked, this, [this] { setBackupDirectory({}); });
    connect(changePassphrase, &QPushButton::clicked, this,
            &SettingsPage::changePassphraseRequested);
    connect(newRecovery, &QPushButton::clicked, this, &SettingsPage::newRecoveryCodeRequested);

    followLanguage(this, [this] {
        retranslate();
        emit titleChanged();
    });
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::chooseBackupDirectory()
{
    const QString dir = filedialogs::folder(
        this, FileKind::BackupFolder, tr("Folder for the backup copy"),
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

void SettingsPage::loadPolicy()
{
    const domain::PatchPolicy p = store::PatchRepository(m_session.vault().database()).policy();
    const int values[] = {p.knownExploitedDays, p.criticalDays, p.highDays, p.otherDays,
                          p.staleAssetDays};
    for (int i = 0; i < 5; ++i) {
        const QSignalBlocker block(m_policyDays[i]);
        m_policyDays[i]->setValue(values[i]);
    }
    const QSignalBlocker block(m_feedAge);
    m_feedAge->setValue(store::ScoreRepository(m_session.vault().database()).feedMaxAgeDays());
}

void SettingsPage::commitPendingEdits()
{
    if (m_policyTimer->isActive())
        savePolicy();
}

void SettingsPage::savePolicy()
{
    m_policyTimer->stop();
    domain::PatchPolicy p;
    p.knownExploitedDays = m_policyDays[0]->value();
    p.criticalDays = m_policyDays[1]->value();
    p.highDays = m_policyDays[2]->value();
    p.otherDays = m_policyDays[3]->value();
    p.staleAssetDays = m_policyDays[4]->value();
    Status s = store::PatchRepository(m_session.vault().database()).setPolicy(p);
    if (s)
        s = store::ScoreRepository(m_session.vault().database())
                .setFeedMaxAgeDays(m_feedAge->value());
    m_policyError->setVisible(!s);
    if (!s) {
        m_policyError->setText(s.error());
        loadPolicy();
    }
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

void SettingsPage::retranslate()
{
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setToolTip(tr("Kamae locks itself when the keyboard and mouse have been idle "
                              "this long. 0 turns it off."));
    const QString dir = AppSettings::backupDirectory();
    m_backupDir->setText(QDir::toNativeSeparators(dir));
    m_backupDir->setPlaceholderText(tr("Beside the vault file"));
    m_resetBackup->setText(tr("Use the vault's folder"));
    m_resetBackup->setEnabled(!dir.isEmpty());
    m_feedAge->setToolTip(tr("The known-exploited factor of the score counts only while the "
                             "newest KEV or JVN import is at most this old."));
    for (QSpinBox *spin : m_policyDays)
        spin->setSuffix(tr(" days"));
    m_feedAge->setSuffix(tr(" days"));
    updateVaultInfo();
}

} // namespace ui
} // namespace kamae
