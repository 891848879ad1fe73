#include "backups/BackupRules.h"
#include "domain/AssetRules.h"
#include "i18n/Language.h"
#include "score/FactorSupport.h"

#include <QCoreApplication>
#include <QHash>

// バックアップ: every job keeps 3-2-1-1-0, runs, is restored now and then,
// its offline copy is checked, and every important asset has a job.
namespace kamae {
namespace score {

namespace {

struct BackupFactorText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::BackupFactorText)
};
using namespace support;

struct JobView
{
    const domain::BackupJob *job = nullptr;
    backups::JobStatus status;
};

QString recordKey(const Factor &f, qint64 id)
{
    return f.id + QLatin1Char(':') + QString::number(id);
}

QString lastText(const QDate &date)
{
    return date.isValid() ? i18n::formatDate(date) : BackupFactorText::tr("never");
}

// A passed check counts in full, one with warnings half, a failed one not.
double resultWeight(domain::BackupResult result)
{
    switch (result) {
    case domain::BackupResult::Success:
        return 1.0;
    case domain::BackupResult::Warnings:
        return 0.5;
    case domain::BackupResult::Failed:
        break;
    }
    return 0.0;
}

double checkValue(const backups::DueCheck &check, int intervalDays, const QDate &today)
{
    if (!check.lastDone.isValid())
        return 0.0;
    return recency(check.lastDone, intervalDays, today) * resultWeight(check.lastResult);
}

} // namespace

QVector<Factor> backupFactors(const ScoreInput &input, const QDate &today)
{
    // One pass to split the log by job.
    QHash<qint64, QVector<domain::BackupEvent>> eventsByJob;
    for (const domain::BackupEvent &e : input.backupEvents)
        eventsByJob[e.jobId].append(e);
    QVector<JobView> jobs;
    for (const domain::BackupJob &j : input.backupJobs) {
        // Kamae's own job exists from the first day with preset copies; until
        // a copy of the vault is logged as made, those copies exist only on
        // paper and earn nothing (its reminder asks for the first copy).
        const backups::JobLog log = backups::summarize(j.id, eventsByJob.value(j.id));
        if (!j.builtin.isEmpty() && !log.lastSuccessfulRun.date.isValid())
            continue;
        JobView v;
        v.job = &j;
        v.status = backups::jobStatus(j, log, today);
        jobs.append(v);
    }
    const qint64 n = jobs.size();
    // With no job counted, nothing about backups is recorded: the job
    // factors are not measured and one action asks for the first job.
    const auto notRecorded = [n](Factor &f) {
        if (n > 0)
            return false;
        f.measured = false;
        f.inputs = BackupFactorText::tr("No backup job with a logged copy is recorded.");
        Action a = action(f.id,
                          BackupFactorText::tr("Record a backup job of your data and log its "
                                               "runs, restore tests and offline checks"),
                          1.0, Effort::Hours, modules::key::Backups);
        a.group = QStringLiteral("backups.start");
        f.actions.append(a);
        return true;
    };

    Factor rules =
        factor("backups.rules", Category::Backups, MeasureKind::Technical, 3, modules::key::Backups);
    rules.title = BackupFactorText::tr("Backup jobs keeping 3-2-1-1-0");
    int meeting = 0;
    double sum = 0;
    for (const JobView &v : jobs) {
        QStringList missing;
        for (const backups::RuleCheck &r : v.status.rules) {
            if (!r.met)
                missing << backups::BackupText::rule(r.rule);
        }
        const int met = static_cast<int>(v.status.rules.size() - missing.size());
        sum += share(met, backups::kRuleCount);
        meeting += missing.isEmpty() ? 1 : 0;
        if (!missing.isEmpty())
            rules.actions.append(
                action(recordKey(rules, v.job->id),
                       BackupFactorText::tr("Make “%1” keep 3-2-1-1-0 (missing: %2)")
                           .arg(v.job->name, missing.join(BackupFactorText::tr(", "))),
                       share(missing.size(), backups::kRuleCount) / n, Effort::Hours,
                       modules::key::Backups, v.job->id));
    }
    rules.value = n > 0 ? sum / n : 0;
    rules.inputs = BackupFactorText::tr("%1 of %n backup job(s) meet all five rules.", nullptr,
                                        static_cast<int>(n))
                       .arg(meeting);

    Factor restore = factor("backups.restore_test", Category::Backups, MeasureKind::Technical, 3,
                            modules::key::Backups);
    restore.title = BackupFactorText::tr("Restore tests within their interval");
    sum = 0;
    int current = 0;
    for (const JobView &v : jobs) {
        const double value = checkValue(v.status.restoreTest, v.job->restoreTestDays, today);
        sum += value;
        current += value >= 1.0 ? 1 : 0;
        if (value < 1.0)
            restore.actions.append(
                action(recordKey(restore, v.job->id),
                       BackupFactorText::tr("Run a restore test of “%1” (last: %2)")
                           .arg(v.job->name, lastText(v.status.restoreTest.lastDone)),
                       (1.0 - value) / n, Effort::Hours, modules::key::Backups, v.job->id));
    }
    restore.value = n > 0 ? sum / n : 0;
    restore.inputs =
        BackupFactorText::tr("%1 of %n backup job(s) passed a restore test within their interval.",
                             nullptr, static_cast<int>(n))
            .arg(current);

    Factor airGap =
        factor("backups.air_gap", Category::Backups, MeasureKind::Physical, 2, modules::key::Backups);
    airGap.title = BackupFactorText::tr("Offline copies checked within their interval");
    int offline = 0;
    sum = 0;
    current = 0;
    for (const JobView &v : jobs)
        offline += backups::hasOfflineCopy(*v.job) ? 1 : 0;
    airGap.applies = n == 0 || offline > 0;
    for (const JobView &v : jobs) {
        if (!backups::hasOfflineCopy(*v.job))
            continue;
        const double value = checkValue(v.status.airGapCheck, v.job->airGapCheckDays, today);
        sum += value;
        current += value >= 1.0 ? 1 : 0;
        if (value < 1.0)
            airGap.actions.append(
                action(recordKey(airGap, v.job->id),
                       BackupFactorText::tr("Check the offline copy of “%1” (last: %2)")
                           .arg(v.job->name, lastText(v.status.airGapCheck.lastDone)),
                       (1.0 - value) / offline, Effort::Minutes, modules::key::Backups, v.job->id));
    }
    airGap.value = offline > 0 ? sum / offline : 0;
    airGap.inputs =
        BackupFactorText::tr("%1 of %n job(s) with an offline copy had it checked within their "
                             "interval.",
                             nullptr, offline)
            .arg(current);

    Factor runs =
        factor("backups.runs", Category::Backups, MeasureKind::Technical, 1, modules::key::Backups);
    runs.title = BackupFactorText::tr("Backups running on schedule");
    int onTime = 0;
    for (const JobView &v : jobs) {
        const bool ok = v.status.run.state != reminders::ReminderState::Overdue &&
                        v.status.run.lastResult != domain::BackupResult::Failed;
        onTime += ok ? 1 : 0;
        if (!ok) {
            const backups::DueCheck &run = v.status.run;
            QString text;
            if (!run.lastDone.isValid())
                text = BackupFactorText::tr("Run “%1” and record it in Kamae").arg(v.job->name);
            else if (run.lastResult == domain::BackupResult::Failed)
                text = BackupFactorText::tr("Get “%1” running again (last run failed on %2)")
                           .arg(v.job->name, i18n::formatDate(run.lastDone));
            else
                text = BackupFactorText::tr("Run “%1” (due since %2)")
                           .arg(v.job->name, i18n::formatDate(run.due));
            runs.actions.append(action(recordKey(runs, v.job->id), text, share(1, n), Effort::Hours,
                                       modules::key::Backups, v.job->id));
        }
    }
    runs.value = share(onTime, n);
    runs.inputs = BackupFactorText::tr("%1 of %n backup job(s) ran on schedule without failing.",
                                       nullptr, static_cast<int>(n))
                      .arg(onTime);

    Factor coverage =
        factor("backups.coverage", Category::Backups, MeasureKind::Technical, 2, modules::key::Backups);
    coverage.title = BackupFactorText::tr("Important assets protected by a backup job");
    qint64 important = 0;
    for (const domain::Asset &a : input.assets) {
        if (domain::importance(a) == 3 && a.kind != domain::AssetKind::Account)
            ++important;
    }
    const qint64 unprotected =
        backups::unprotectedImportantAssets(input.backupJobs, input.assets).size();
    coverage.applies = important > 0 || input.assets.isEmpty();
    coverage.measured = !input.assets.isEmpty();
    coverage.value = share(important - unprotected, important);
    coverage.inputs =
        BackupFactorText::tr("%1 of %n important asset(s) are protected by a backup job.", nullptr,
                             static_cast<int>(important))
            .arg(important - unprotected);
    if (input.assets.isEmpty()) {
        coverage.inputs = BackupFactorText::tr("The asset register is empty.");
        coverage.actions.append(startRegister(coverage.id));
    } else if (unprotected > 0)
        coverage.actions.append(
            action(coverage.id,
                   BackupFactorText::tr("Add %n important asset(s) to a backup job", nullptr,
                                        static_cast<int>(unprotected)),
                   share(unprotected, important), Effort::Hours, modules::key::Backups));
    const auto moreJobs = [](int left) {
        return BackupFactorText::tr("Deal with %n more backup job(s)", nullptr, left);
    };
    for (Factor *f : {&rules, &restore, &airGap, &runs}) {
        if (!notRecorded(*f))
            capRecordActions(*f, moreJobs, Effort::Days);
    }
    return {rules, restore, airGap, runs, coverage};
}

} // namespace score
} // namespace kamae
