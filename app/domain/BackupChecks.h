#pragma once

#include "domain/Backup.h"

#include <QDate>
#include <QString>

// What a backup job and a log line must be before they are stored (the
// repository refuses them otherwise, the dialogs say so first), and
// Kamae's own job as a new vault has it. The backup module's judgement of
// stored jobs is backups/BackupRules.h.
namespace kamae {
namespace domain {

// An empty reason when the job can be stored.
QString jobProblem(const BackupJob &job);
// An empty reason when the log line can be stored; `today` bounds the date.
QString eventProblem(const BackupEvent &event, const QDate &today);
QString eventProblem(const BackupEvent &event); // today from the clock

// Kamae's own job, as a new vault has it.
BackupJob defaultVaultJob(const QDate &today);

} // namespace domain
} // namespace kamae
