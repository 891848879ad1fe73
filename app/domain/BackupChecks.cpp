#include "domain/BackupChecks.h"

#include "domain/KamaeText.h"

#include "core/Clock.h"
#include "i18n/Language.h"

#include <QCoreApplication>

namespace kamae {
namespace domain {

namespace {

// Spelled as the backup module's texts were, so that their translations
// carry over.
struct BackupCheckText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::backups::BackupText)
};

constexpr int kMaxIntervalDays = 3660;
constexpr int kMaxCopies = 50;
} // namespace

QString jobProblem(const BackupJob &job)
{
    if (job.name.trimmed().isEmpty())
        return BackupCheckText::tr("A backup job needs a name.");
    if (const QString problem = scheduleProblem(job.schedule); !problem.isEmpty())
        return problem;
    if (job.restoreTestDays < 1 || job.restoreTestDays > kMaxIntervalDays)
        return BackupCheckText::tr("The restore test interval must be between 1 and %1 days.")
            .arg(kMaxIntervalDays);
    if (job.airGapCheckDays < 1 || job.airGapCheckDays > kMaxIntervalDays)
        return BackupCheckText::tr("The air-gap check interval must be between 1 and %1 days.")
            .arg(kMaxIntervalDays);
    if (job.generations < 0 || job.generations > 100000)
        return BackupCheckText::tr("The number of generations kept must be between 0 and 100000.");
    if (job.copies.size() > kMaxCopies)
        return BackupCheckText::tr("A job can list at most %1 copies.").arg(kMaxCopies);
    if (!job.started.isValid())
        return BackupCheckText::tr("The job needs the date it started.");
    return {};
}

QString eventProblem(const BackupEvent &event, const QDate &today)
{
    if (event.jobId <= 0)
        return BackupCheckText::tr("The record does not belong to a backup job.");
    if (!event.date.isValid())
        return BackupCheckText::tr("The record needs a date.");
    if (today.isValid() && event.date > today)
        return BackupCheckText::tr("The date %1 is in the future; record what has happened.")
            .arg(i18n::formatDate(event.date));
    if (event.minutes < -1 || event.minutes > 60 * 24 * 30)
        return BackupCheckText::tr("The duration must be between 0 minutes and 30 days.");
    return {};
}

QString eventProblem(const BackupEvent &event)
{
    return eventProblem(event, clock::today());
}

BackupJob defaultVaultJob(const QDate &today)
{
    BackupJob job;
    // Keys, shown in the reader's language (domain/KamaeText.h).
    job.name = kamaetext::vaultJobName();
    job.method = kamaetext::vaultJobMethod();
    job.schedule = Schedule::everyNDays(30);
    job.started = today;
    job.builtin = QString::fromLatin1(kKamaeVaultJob);
    BackupCopy beside;
    beside.media = BackupMedia::InternalDisk;
    beside.label = kamaetext::besideCopyLabel();
    BackupCopy drive;
    drive.media = BackupMedia::ExternalDisk;
    drive.offline = true;
    drive.label = kamaetext::driveCopyLabel();
    job.copies = {beside, drive};
    return job;
}

} // namespace domain
} // namespace kamae
