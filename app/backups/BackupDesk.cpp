#include "backups/BackupDesk.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "reminders/Reminders.h"
#include "score/ScoreCache.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace kamae {
namespace backups {

using domain::BackupEvent;
using domain::BackupEventKind;
using domain::BackupResult;

namespace {

BackupEvent logLine(qint64 jobId, BackupEventKind kind, BackupResult result, const QString &subject,
                    const QString &by, const QString &notes)
{
    BackupEvent e = newEvent(jobId, kind, clock::today());
    e.result = result;
    e.subject = subject;
    e.performedBy = by;
    e.notes = notes;
    return e;
}

// Stores the lines together: a copy is either fully logged or not at all.
Status record(store::Database &db, const QVector<BackupEvent> &lines)
{
    store::Transaction tx(db);
    if (!tx)
        return tx.failure();
    store::BackupRepository repo(db);
    for (const BackupEvent &e : lines) {
        if (auto id = repo.addEvent(e); !id)
            return id.asFailure();
    }
    return tx.commit();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString defaultPerformer()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

domain::BackupJob newJob(const QDate &today)
{
    domain::BackupJob job;
    job.started = today;
    return job;
}

BackupEvent newEvent(qint64 jobId, BackupEventKind kind, const QDate &today)
{
    BackupEvent e;
    e.jobId = jobId;
    e.kind = kind;
    e.date = today;
    e.performedBy = defaultPerformer();
    return e;
}

Result<CopyOutcome> copyVaultToMedia(vault::Vault &vault, const QString &directory,
                                     const QString &performedBy)
{
    CopyOutcome outcome;
    const vault::VaultStatus written = vault.writeCopy(directory, &outcome.report);
    if (!written)
        return written.asFailure();
    outcome.verified = true;
    store::Database &db = vault.database();
    auto job = store::BackupRepository(db).vaultJob();
    const QString where = native(outcome.report.path);
    if (job) {
        const QString evidence = BackupDeskText::tr("Copied to %1 (%2 bytes) and read back intact.")
                                     .arg(where)
                                     .arg(outcome.report.bytes);
        const Status s = record(
            db, {logLine(job->id, BackupEventKind::Run, BackupResult::Success, where, performedBy,
                         evidence),
                 logLine(job->id, BackupEventKind::AirGapCheck, BackupResult::Success, where,
                         performedBy,
                         BackupDeskText::tr("The copy reads back intact. Disconnect the drive "
                                            "and keep it away from the network."))});
        outcome.recorded = s.ok();
        outcome.recordError = s.error();
    } else {
        outcome.recordError = job.error();
    }
    outcome.message =
        BackupDeskText::tr("The vault was copied to %1 and the copy was read back intact. "
                           "Now disconnect the drive and keep it somewhere safe, away from "
                           "this computer.")
            .arg(where);
    if (!outcome.recorded)
        outcome.message +=
            QLatin1Char(' ') +
            BackupDeskText::tr("The copy could not be logged: %1").arg(outcome.recordError);
    return outcome;
}

Result<CopyOutcome> verifyVaultCopy(vault::Vault &vault, const QString &path,
                                    const QString &performedBy)
{
    CopyOutcome outcome;
    QElapsedTimer timer;
    timer.start();
    const vault::VaultStatus checked = vault.verifyCopy(path, &outcome.report);
    const qint64 elapsedMs = timer.elapsed();
    switch (checked.code()) {
    case vault::VaultError::None:
    case vault::VaultError::Damaged:
    case vault::VaultError::NotAVault:
    case vault::VaultError::CannotRead:
        break;
    default:
        // Nothing was read: a wrong path, or a copy from a newer Kamae.
        return checked.asFailure();
    }
    outcome.verified = checked.ok();
    if (outcome.report.path.isEmpty())
        outcome.report.path = QFileInfo(path).absoluteFilePath();
    const QString where = native(outcome.report.path);
    const BackupResult result = outcome.verified ? BackupResult::Success : BackupResult::Failed;
    const QString evidence =
        outcome.verified
            ? BackupDeskText::tr("Opened the whole vault from %1 and checked it: intact.")
                  .arg(where)
            : checked.message();
    auto job = store::BackupRepository(vault.database()).vaultJob();
    if (job) {
        BackupEvent restore = logLine(job->id, BackupEventKind::RestoreTest, result,
                                      BackupDeskText::tr("The whole vault, from %1").arg(where),
                                      performedBy, evidence);
        restore.minutes = static_cast<int>((elapsedMs + 59999) / 60000);
        const Status s = record(vault.database(), {logLine(job->id, BackupEventKind::AirGapCheck,
                                                           result, where, performedBy, evidence),
                                                   restore});
        outcome.recorded = s.ok();
        outcome.recordError = s.error();
    } else {
        outcome.recordError = job.error();
    }
    if (outcome.verified) {
        outcome.message =
            outcome.report.lastChange.isValid()
                ? BackupDeskText::tr("The copy %1 is intact. Its newest change is from %2.")
                      .arg(where, i18n::formatDate(
                                      clock::dateIn(outcome.report.lastChange, clock::timeZone())))
                : BackupDeskText::tr("The copy %1 is intact.").arg(where);
    } else {
        outcome.message = BackupDeskText::tr("The copy %1 failed the check: %2 Make a new copy "
                                             "on another drive.")
                              .arg(where, checked.message());
    }
    if (!outcome.recorded)
        outcome.message +=
            QLatin1Char(' ') +
            BackupDeskText::tr("The result could not be logged: %1").arg(outcome.recordError);
    return outcome;
}

} // namespace backups

namespace reminders {

namespace {
struct BackupReminderText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::reminders::BackupReminderText)
};

QString lastDoneText(const backups::DueCheck &check)
{
    if (!check.lastDone.isValid())
        return BackupReminderText::tr("Never done.");
    if (check.lastResult == domain::BackupResult::Failed)
        return BackupReminderText::tr("The last one (%1) failed.")
            .arg(i18n::formatDate(check.lastDone));
    return BackupReminderText::tr("Last done %1.").arg(i18n::formatDate(check.lastDone));
}
} // namespace

Result<QVector<Reminder>> backupReminders(store::Database &db, const QDate &today)
{
    // From the score's input (score::ScoreCache), read once for both.
    const auto input = score::ScoreCache::inputOf(db);
    if (!input)
        return input.asFailure();
    QVector<Reminder> all;
    for (const domain::BackupJob &job : input->backupJobs) {
        const backups::JobStatus status =
            backups::jobStatus(job, backups::summarize(job.id, input->backupEvents), today);
        const QString id = QString::number(job.id);
        auto add = [&](const backups::DueCheck &check, const QString &kind, const QString &uid,
                       const QString &title, const QString &why, ReminderSeverity severity,
                       const domain::Schedule &recurrence) {
            if (!check.applies || !check.due.isValid())
                return;
            Reminder r;
            r.uid = uid;
            r.module = modules::key::Backups;
            r.kind = kind;
            r.recordId = job.id;
            r.title = title;
            r.detail = lastDoneText(check) + QLatin1Char(' ') + why;
            r.due = check.due;
            r.lastDone = check.lastDone;
            r.state = check.state;
            // Never done or failed is worse than late.
            const bool broken =
                !check.lastDone.isValid() || check.lastResult == domain::BackupResult::Failed;
            r.severity = broken && severity < ReminderSeverity::Critical
                             ? static_cast<ReminderSeverity>(static_cast<int>(severity) + 1)
                             : severity;
            r.recurring = true;
            r.recurrence = recurrence;
            all.append(r);
        };
        add(status.run, kind::BackupRun, QStringLiteral("backup-job-%1-run").arg(id),
            BackupReminderText::tr("Backup run: %1").arg(job.name),
            BackupReminderText::tr("Record the run (%1), or find out why it did not happen.")
                .arg(domain::ScheduleText::describe(job.schedule)),
            ReminderSeverity::Medium, job.schedule);
        add(status.restoreTest, kind::RestoreTest,
            QStringLiteral("backup-job-%1-restore-test").arg(id),
            BackupReminderText::tr("Restore test: %1").arg(job.name),
            BackupReminderText::tr("Restore some files from the backup and check them; "
                                   "due every %n day(s).",
                                   nullptr, job.restoreTestDays),
            ReminderSeverity::High, domain::Schedule::everyNDays(job.restoreTestDays));
        add(status.airGapCheck, kind::AirGapCheck,
            QStringLiteral("backup-job-%1-air-gap-check").arg(id),
            BackupReminderText::tr("Air-gap check: %1").arg(job.name),
            BackupReminderText::tr("Confirm the offline copy is disconnected from every network "
                                   "and still readable; due every %n day(s).",
                                   nullptr, job.airGapCheckDays),
            ReminderSeverity::High, domain::Schedule::everyNDays(job.airGapCheckDays));
    }
    return all;
}

} // namespace reminders
} // namespace kamae
