#include "backups/VaultCopyButtons.h"

#include "backups/BackupsHtml.h"
#include "vault/VaultSession.h"
#include "widgets/FileDialogs.h"
#include "widgets/Widgets.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>

namespace kamae {
namespace ui {

VaultCopyButtons::VaultCopyButtons(vault::VaultSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_copy = makeButton(this, QStringLiteral("copyVaultButton"));
    m_verify = makeButton(this, QStringLiteral("verifyCopyButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_copy);
    layout->addWidget(m_verify);
    connect(m_copy, &QPushButton::clicked, this, &VaultCopyButtons::copyVault);
    connect(m_verify, &QPushButton::clicked, this, &VaultCopyButtons::verifyCopy);
    retranslate();
}

void VaultCopyButtons::copyVault()
{
    const QString folder = filedialogs::folder(
        this, FileKind::VaultCopy,
        BackupsPageText::tr("Copy the vault to offline media: choose the drive or folder"));
    if (!folder.isEmpty())
        copyVaultTo(folder);
}

void VaultCopyButtons::verifyCopy()
{
    const QString path = filedialogs::openFile(this, FileKind::VaultCopy,
                                               BackupsPageText::tr("Verify a copy of the vault"),
                                               BackupsPageText::tr("Kamae vaults (*.kamae)"));
    if (!path.isEmpty())
        verifyCopyAt(path);
}

std::optional<backups::CopyOutcome>
VaultCopyButtons::run(const QString &failedTitle,
                      const std::function<Result<backups::CopyOutcome>(vault::Vault &)> &workflow)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = workflow(m_session.vault());
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        QMessageBox::warning(this, failedTitle, outcome.error());
        return std::nullopt;
    }
    return std::move(outcome).value();
}

void VaultCopyButtons::copyVaultTo(const QString &folder)
{
    const auto outcome = run(BackupsPageText::tr("Copy not made"), [&folder](vault::Vault &v) {
        return backups::copyVaultToMedia(v, folder, backups::defaultPerformer());
    });
    if (!outcome)
        return;
    emit copyMade();
    QMessageBox::information(this, BackupsPageText::tr("Copy made"), outcome->message);
}

void VaultCopyButtons::verifyCopyAt(const QString &path)
{
    const auto outcome = run(BackupsPageText::tr("Copy not checked"), [&path](vault::Vault &v) {
        return backups::verifyVaultCopy(v, path, backups::defaultPerformer());
    });
    if (!outcome)
        return;
    if (outcome->verified)
        QMessageBox::information(this, BackupsPageText::tr("Copy verified"), outcome->message);
    else
        QMessageBox::warning(this, BackupsPageText::tr("Copy damaged"), outcome->message);
}

void VaultCopyButtons::retranslate()
{
    m_copy->setText(BackupsPageText::tr("Copy vault to offline media…"));
    m_copy->setToolTip(
        BackupsPageText::tr("Writes an encrypted, verified copy of this vault to a drive you "
                            "choose, and logs it for the \"Kamae vault\" job"));
    m_verify->setText(BackupsPageText::tr("Verify a copy…"));
    m_verify->setToolTip(
        BackupsPageText::tr("Opens a copy on a drive completely and logs the result"));
}

} // namespace ui
} // namespace kamae
