#include "backups/BackupRules.h"

#include "core/Clock.h"
#include "domain/AssetRules.h"
#include "domain/KamaeText.h"
#include "i18n/Language.h"

#include <QSet>

namespace kamae {
namespace backups {

using domain::BackupEvent;
using domain::BackupEventKind;
using domain::BackupJob;
using domain::BackupResult;
using reminders::ReminderState;

JobLog summarize(qint64 jobId, const QVector<BackupEvent> &events)
{
    JobLog log;
    // Newest by date, then by id (the later record of the same day).
    auto newer = [](const BackupEvent &e, const BackupEvent &than) {
        return than.id == 0 || e.date > than.date || (e.date == than.date && e.id > than.id);
    };
    for (const BackupEvent &e : events) {
        if (e.jobId != jobId)
            continue;
        switch (e.kind) {
        case BackupEventKind::Run:
            if (newer(e, log.lastRun))
                log.lastRun = e;
            if (e.result != BackupResult::Failed && newer(e, log.lastSuccessfulRun))
                log.lastSuccessfulRun = e;
            break;
        case BackupEventKind::RestoreTest:
            if (newer(e, log.lastRestoreTest))
                log.lastRestoreTest = e;
            break;
        case BackupEventKind::AirGapCheck:
            if (newer(e, log.lastAirGapCheck))
                log.lastAirGapCheck = e;
            break;
        }
    }
    return log;
}

bool hasOfflineCopy(const BackupJob &job)
{
    return std::any_of(job.copies.cbegin(), job.copies.cend(),
                       [](const domain::BackupCopy &c) { return c.offline; });
}

bool isVaultJob(const BackupJob &job)
{
    return !job.builtin.isEmpty();
}

QVector<RuleCheck> evaluate(const BackupJob &job, const JobLog &log)
{
    QVector<RuleCheck> checks;
    const int copies = static_cast<int>(job.copies.size()) + 1;
    QString copiesText;
    if (copies >= 3)
        copiesText = BackupText::tr("%1 copies: the data itself and %2 backup copies.")
                         .arg(copies)
                         .arg(copies - 1);
    else if (copies == 2)
        copiesText = BackupText::tr("Only 2 copies: the data itself and one backup copy. Keep at "
                                    "least two backup copies.");
    else
        copiesText = BackupText::tr("Only the data itself: no backup copy is listed. Keep at "
                                    "least two backup copies.");
    checks.append({Rule::ThreeCopies, copies >= 3, copiesText});

    QSet<int> media;
    QStringList mediaNames;
    for (const domain::BackupCopy &c : job.copies)
        if (!media.contains(static_cast<int>(c.media))) {
            media.insert(static_cast<int>(c.media));
            mediaNames << BackupText::media(c.media);
        }
    const QString list = mediaNames.join(BackupText::tr(", ", "list separator"));
    if (media.size() >= 2)
        checks.append({Rule::TwoMedia, true,
                       BackupText::tr("The copies use %n kinds of media (%1).", nullptr,
                                      static_cast<int>(media.size()))
                           .arg(list)});
    else if (media.isEmpty())
        checks.append({Rule::TwoMedia, false,
                       BackupText::tr("No backup copy is listed, so no media either.")});
    else
        checks.append({Rule::TwoMedia, false,
                       BackupText::tr("Every copy is on the same kind of media (%1); one failure "
                                      "or one attack on that kind can take them all. Use a second "
                                      "kind, such as a USB disk beside a NAS.")
                           .arg(list)});

    const auto offSite = std::find_if(job.copies.cbegin(), job.copies.cend(), [](const auto &c) {
        return c.location != domain::BackupLocation::OnSite;
    });
    checks.append(
        {Rule::OneOffSite, offSite != job.copies.cend(),
         offSite != job.copies.cend()
             ? BackupText::tr("Kept off-site: %1.")
                   .arg(offSite->label.isEmpty() ? BackupText::media(offSite->media)
                                                 : offSite->label)
             : BackupText::tr("No copy is kept off-site or in the cloud; a fire, flood or theft "
                              "at the office would take every copy.")});

    const auto isolated = std::find_if(job.copies.cbegin(), job.copies.cend(),
                                       [](const auto &c) { return c.offline || c.immutable; });
    checks.append({Rule::OneOfflineOrImmutable, isolated != job.copies.cend(),
                   isolated != job.copies.cend()
                       ? (isolated->offline ? BackupText::tr("Kept offline (air-gapped): %1.")
                                            : BackupText::tr("Kept immutable: %1."))
                             .arg(isolated->label.isEmpty() ? BackupText::media(isolated->media)
                                                            : isolated->label)
                       : BackupText::tr("No copy is offline (air-gapped) or immutable; ransomware "
                                        "encrypts every copy it can reach over the network.")});

    const BackupEvent &test = log.lastRestoreTest;
    if (test.id == 0) {
        checks.append({Rule::ZeroErrors, false,
                       BackupText::tr("No restore test is recorded: nobody knows yet whether "
                                      "this backup can be restored.")});
    } else {
        const QString date = i18n::formatDate(test.date);
        switch (test.result) {
        case BackupResult::Success:
            checks.append(
                {Rule::ZeroErrors, true,
                 BackupText::tr("The last restore test (%1) restored without errors.").arg(date)});
            break;
        case BackupResult::Warnings:
            checks.append({Rule::ZeroErrors, false,
                           BackupText::tr("The last restore test (%1) finished with errors; "
                                          "fix the cause and test again.")
                               .arg(date)});
            break;
        case BackupResult::Failed:
            checks.append({Rule::ZeroErrors, false,
                           BackupText::tr("The last restore test (%1) failed; the backup could "
                                          "not be restored. Fix it and test again.")
                               .arg(date)});
            break;
        }
    }
    // Kamae's own job comes with its copies preset: until a copy of the
    // vault is logged, they are planned, not made, and meet nothing.
    if (isVaultJob(job) && !log.lastSuccessfulRun.date.isValid()) {
        for (RuleCheck &c : checks) {
            if (c.rule == Rule::ZeroErrors || !c.met)
                continue;
            c.met = false;
            c.explanation = BackupText::tr("Not made yet: no copy of the vault is logged (%1)")
                                .arg(c.explanation);
        }
    }
    return checks;
}

bool meetsAll(const QVector<RuleCheck> &checks)
{
    return !checks.isEmpty() &&
           std::all_of(checks.cbegin(), checks.cend(), [](const RuleCheck &c) { return c.met; });
}

namespace {

// A duty that recurs every `days` after it was last done; never done, the
// first one falls due one interval after the job's start (a job recorded
// today is not overdue today); a last attempt that failed or had errors is
// due again at once (a restore with errors, an offline copy found still
// connected).
DueCheck intervalCheck(const BackupEvent &last, int days, const QDate &started, const QDate &today)
{
    DueCheck check;
    check.applies = true;
    if (last.id != 0) {
        check.lastDone = last.date;
        check.lastResult = last.result;
        check.due = last.result != BackupResult::Success ? last.date : last.date.addDays(days);
    } else {
        check.due = started.addDays(days);
    }
    check.state = reminders::stateFor(check.due, today, reminders::kDueSoonDays);
    return check;
}

ReminderState worst(ReminderState a, ReminderState b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

} // namespace

JobStatus jobStatus(const BackupJob &job, const JobLog &log, const QDate &today)
{
    JobStatus status;
    status.rules = evaluate(job, log);
    status.meetsAll = meetsAll(status.rules);

    status.run.applies = true;
    status.run.lastDone = log.lastRun.id ? log.lastRun.date : QDate();
    status.run.lastResult = log.lastRun.result;
    if (log.lastRun.id && log.lastRun.result == BackupResult::Failed &&
        (!log.lastSuccessfulRun.id || log.lastSuccessfulRun.date <= log.lastRun.date))
        status.run.due = log.lastRun.date; // the last run failed: due again at once
    else if (log.lastSuccessfulRun.id)
        status.run.due = domain::nextOccurrenceAfter(job.schedule, log.lastSuccessfulRun.date);
    else // never run: the first day after the start that the schedule falls on
        status.run.due = domain::nextOccurrenceAfter(job.schedule, job.started);
    status.run.state = reminders::stateFor(status.run.due, today, 0);

    status.restoreTest =
        intervalCheck(log.lastRestoreTest, job.restoreTestDays, job.started, today);
    if (hasOfflineCopy(job))
        status.airGapCheck =
            intervalCheck(log.lastAirGapCheck, job.airGapCheckDays, job.started, today);

    status.state = worst(status.run.state, status.restoreTest.state);
    if (status.airGapCheck.applies)
        status.state = worst(status.state, status.airGapCheck.state);
    return status;
}

QVector<qint64> unprotectedImportantAssets(const QVector<BackupJob> &jobs,
                                           const QVector<domain::Asset> &assets)
{
    QSet<qint64> covered;
    for (const BackupJob &j : jobs)
        for (qint64 id : j.assetIds)
            covered.insert(id);
    QVector<qint64> result;
    for (const domain::Asset &a : assets)
        if (a.kind != domain::AssetKind::Account && domain::importance(a) >= 3 &&
            !covered.contains(a.id))
            result.append(a.id);
    return result;
}

CompanySummary summarizeCompany(const QVector<BackupJob> &jobs, const QVector<BackupEvent> &events,
                                const QVector<domain::Asset> &assets, const QDate &today)
{
    QVector<JobStatus> statuses;
    statuses.reserve(jobs.size());
    for (const BackupJob &job : jobs)
        statuses.append(jobStatus(job, summarize(job.id, events), today));
    return summarizeCompany(jobs, statuses, assets);
}

CompanySummary summarizeCompany(const QVector<BackupJob> &jobs, const QVector<JobStatus> &statuses,
                                const QVector<domain::Asset> &assets)
{
    Q_ASSERT(jobs.size() == statuses.size());
    CompanySummary summary;
    summary.jobCount = static_cast<int>(jobs.size());
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const JobStatus &status = statuses.at(i);
        if (status.meetsAll)
            ++summary.jobsMeetingAll;
        if (status.state == ReminderState::Overdue)
            ++summary.overdueJobs;
        for (const RuleCheck &c : status.rules)
            if (!c.met)
                summary.failingJobs[static_cast<int>(c.rule)].append(jobs.at(i).name);
    }
    summary.unprotectedAssets = unprotectedImportantAssets(jobs, assets);
    return summary;
}

QString BackupText::media(domain::BackupMedia media)
{
    switch (media) {
    case domain::BackupMedia::Other:
        return tr("Other media");
    case domain::BackupMedia::InternalDisk:
        return tr("Internal disk");
    case domain::BackupMedia::Nas:
        return tr("NAS");
    case domain::BackupMedia::ExternalDisk:
        return tr("External disk (USB)");
    case domain::BackupMedia::Tape:
        return tr("Tape");
    case domain::BackupMedia::Optical:
        return tr("Optical disc");
    case domain::BackupMedia::Cloud:
        return tr("Cloud storage");
    }
    return {};
}

QString BackupText::location(domain::BackupLocation location)
{
    switch (location) {
    case domain::BackupLocation::OnSite:
        return tr("On-site");
    case domain::BackupLocation::OffSite:
        return tr("Off-site");
    case domain::BackupLocation::Cloud:
        return tr("Cloud");
    }
    return {};
}

QString BackupText::eventKind(BackupEventKind kind)
{
    switch (kind) {
    case BackupEventKind::Run:
        return tr("Backup run");
    case BackupEventKind::RestoreTest:
        return tr("Restore test");
    case BackupEventKind::AirGapCheck:
        return tr("Air-gap check");
    }
    return {};
}

QString BackupText::result(BackupResult result)
{
    switch (result) {
    case BackupResult::Success:
        return tr("Succeeded");
    case BackupResult::Warnings:
        return tr("With errors");
    case BackupResult::Failed:
        return tr("Failed");
    }
    return {};
}

QString BackupText::rule(Rule rule)
{
    switch (rule) {
    case Rule::ThreeCopies:
        return tr("3 copies");
    case Rule::TwoMedia:
        return tr("2 kinds of media");
    case Rule::OneOffSite:
        return tr("1 off-site");
    case Rule::OneOfflineOrImmutable:
        return tr("1 offline or immutable");
    case Rule::ZeroErrors:
        return tr("0 restore errors");
    }
    return {};
}

QString BackupText::state(ReminderState state)
{
    switch (state) {
    case ReminderState::Upcoming:
        return tr("On track");
    case ReminderState::DueSoon:
        return tr("Due soon");
    case ReminderState::Overdue:
        return tr("Overdue");
    }
    return {};
}

QString BackupText::companySentence(const CompanySummary &s)
{
    if (s.jobCount == 0)
        return tr("No backup job is recorded yet. Add the backups the company makes, starting "
                  "with the data it could not work without.");
    QString text = tr("%1 of %n backup jobs meet the 3-2-1-1-0 rule.", nullptr, s.jobCount)
                       .arg(s.jobsMeetingAll);
    if (s.overdueJobs > 0)
        text +=
            QLatin1Char(' ') + tr("%n job(s) have an overdue run, restore test or air-gap check.",
                                  nullptr, s.overdueJobs);
    if (!s.unprotectedAssets.isEmpty())
        text += QLatin1Char(' ') +
                tr("%n important asset(s) (importance 3) are not protected by any backup job.",
                   nullptr, static_cast<int>(s.unprotectedAssets.size()));
    return text;
}

} // namespace backups
} // namespace kamae
