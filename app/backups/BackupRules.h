#pragma once

#include "domain/Asset.h"
#include "domain/Backup.h"
#include "domain/BackupChecks.h"
#include "reminders/Reminder.h"

#include <QCoreApplication>
#include <QVector>

// The backup module's judgement, as docs/backups.md states it. Pure
// functions of (jobs, logs, today): the page, the reminders, the command
// line, the score and the tests share them.
namespace kamae {
namespace backups {

// What may be stored, and Kamae's own job (domain/BackupChecks.h, where the
// repository reaches them).
using domain::defaultVaultJob;
using domain::eventProblem;
using domain::jobProblem;

// The 3-2-1-1-0 rule: 3 copies of the data (the data itself counts as one),
// on 2 kinds of media, 1 of them off-site, 1 offline or immutable, and 0
// errors in the last restore test.
enum class Rule
{
    ThreeCopies = 0,
    TwoMedia = 1,
    OneOffSite = 2,
    OneOfflineOrImmutable = 3,
    ZeroErrors = 4,
};
constexpr int kRuleCount = 5;

struct RuleCheck
{
    Rule rule = Rule::ThreeCopies;
    bool met = false;
    QString explanation; // translated: why it is met or what is missing
};

// The newest log line of each kind for one job (null id when none).
struct JobLog
{
    domain::BackupEvent lastRun;
    domain::BackupEvent lastSuccessfulRun;
    domain::BackupEvent lastRestoreTest;
    domain::BackupEvent lastAirGapCheck;
};
// `events` may hold several jobs' lines in any order.
JobLog summarize(qint64 jobId, const QVector<domain::BackupEvent> &events);

QVector<RuleCheck> evaluate(const domain::BackupJob &job, const JobLog &log);
bool meetsAll(const QVector<RuleCheck> &checks);

// One recurring duty of a job and where it stands today.
struct DueCheck
{
    bool applies = false; // an air-gap check only applies with an offline copy
    QDate lastDone;       // invalid when never done
    domain::BackupResult lastResult = domain::BackupResult::Success;
    QDate due;
    reminders::ReminderState state = reminders::ReminderState::Upcoming;
};

// Restore tests and air-gap checks are "due soon" reminders::kDueSoonDays
// ahead; a run only on its day.

struct JobStatus
{
    QVector<RuleCheck> rules;
    bool meetsAll = false;
    DueCheck run;
    DueCheck restoreTest;
    DueCheck airGapCheck;
    // The worst of the three.
    reminders::ReminderState state = reminders::ReminderState::Upcoming;
};
JobStatus jobStatus(const domain::BackupJob &job, const JobLog &log, const QDate &today);

bool hasOfflineCopy(const domain::BackupJob &job);
// Kamae's own job ("Kamae vault"): made with the vault, logged by copying and
// verifying it, and never deleted (the repository refuses).
bool isVaultJob(const domain::BackupJob &job);

// Everything the company summary says.
struct CompanySummary
{
    int jobCount = 0;
    int jobsMeetingAll = 0;
    // For each rule, the names of the jobs that fail it.
    QVector<QStringList> failingJobs = QVector<QStringList>(kRuleCount);
    int overdueJobs = 0;
    // Importance-3 assets (other than accounts) that no job protects.
    QVector<qint64> unprotectedAssets;
};
CompanySummary summarizeCompany(const QVector<domain::BackupJob> &jobs,
                                const QVector<domain::BackupEvent> &events,
                                const QVector<domain::Asset> &assets, const QDate &today);
// The same from statuses already judged (statuses[i] is jobs[i]'s), for a
// page that holds them: no log is read again.
CompanySummary summarizeCompany(const QVector<domain::BackupJob> &jobs,
                                const QVector<JobStatus> &statuses,
                                const QVector<domain::Asset> &assets);
QVector<qint64> unprotectedImportantAssets(const QVector<domain::BackupJob> &jobs,
                                           const QVector<domain::Asset> &assets);

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::backups::BackupText)

public:
    static QString media(domain::BackupMedia media);
    static QString location(domain::BackupLocation location);
    static QString eventKind(domain::BackupEventKind kind);
    static QString result(domain::BackupResult result);
    static QString rule(Rule rule); // "3 copies", "1 off-site", …
    static QString state(reminders::ReminderState state);
    // The company in one or two sentences.
    static QString companySentence(const CompanySummary &summary);
};

} // namespace backups
} // namespace kamae
