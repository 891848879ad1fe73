#pragma once

#include "backups/BackupDesk.h"

#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;

namespace kamae {
namespace vault {
class VaultSession;
}
namespace ui {

// Kamae's own vault copied to offline media and a copy verified there
// (backups::copyVaultToMedia, backups::verifyVaultCopy), both logged in
// the "Kamae vault" job: two buttons and what they ask and say.
class VaultCopyButtons final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultCopyButtons)

public:
    explicit VaultCopyButtons(vault::VaultSession &session, QWidget *parent = nullptr);

    // Ask for the folder or file, then copyVaultTo() / verifyCopyAt().
    void copyVault();
    void verifyCopy();
    void copyVaultTo(const QString &folder);
    void verifyCopyAt(const QString &path);
    void retranslate();

signals:
    // A copy was made and logged, before the message that says so.
    void copyMade();

private:
    // Runs a workflow under the wait cursor; a failure is said in a warning
    // titled `failedTitle`, and gives nothing.
    std::optional<backups::CopyOutcome>
    run(const QString &failedTitle,
        const std::function<Result<backups::CopyOutcome>(vault::Vault &)> &workflow);

    vault::VaultSession &m_session;
    QPushButton *m_copy = nullptr;
    QPushButton *m_verify = nullptr;
};

} // namespace ui
} // namespace kamae
