#pragma once

#include "backups/BackupRules.h"
#include "core/Result.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// The backup module's workflows, shared by the Backups page and the command
// line: Kamae's own vault copied to offline media and verified there, and
// the module's reminders.
namespace kamae {
namespace backups {

struct CopyOutcome
{
    vault::Vault::CopyReport report;
    bool verified = false; // the copy read back completely and intact
    bool recorded = false; // the log lines were stored in the vault
    QString recordError;   // why not, when the copy itself succeeded
    QString message;       // translated: what happened, what to do next
};

// Writes an encrypted, verified copy of the open vault into `directory` and
// records a backup run and an air-gap check for the "Kamae vault" job.
// Fails (and records nothing) when the copy could not be written or did not
// read back.
Result<CopyOutcome> copyVaultToMedia(vault::Vault &vault, const QString &directory,
                                     const QString &performedBy);

// Re-checks a copy of the open vault on a drive and records the result as an
// air-gap check and a restore test of the "Kamae vault" job, a failure too:
// a copy that no longer reads is exactly what the log must show. A path
// that does not exist records nothing.
Result<CopyOutcome> verifyVaultCopy(vault::Vault &vault, const QString &path,
                                    const QString &performedBy);

// Who "did" a check by default: the operating system's user name.
QString defaultPerformer();

// What a new job starts with: it starts today, so that its first duties
// fall one interval after (docs/backups.md).
domain::BackupJob newJob(const QDate &today);
// What a new log line of a job starts with: done today by defaultPerformer(),
// successfully.
domain::BackupEvent newEvent(qint64 jobId, domain::BackupEventKind kind, const QDate &today);

struct BackupDeskText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::backups::BackupDeskText)
};

} // namespace backups
} // namespace kamae
