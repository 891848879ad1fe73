#pragma once

#include "domain/Schedule.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace kamae {
namespace domain {

// Where one backup copy is kept.
enum class BackupMedia
{
    Other = 0,
    InternalDisk = 1, // a second disk in the same machine
    Nas = 2,
    ExternalDisk = 3, // USB disk or stick
    Tape = 4,
    Optical = 5, // DVD / Blu-ray
    Cloud = 6,   // a cloud storage or backup service
};
constexpr int kBackupMediaCount = 7;

enum class BackupLocation
{
    OnSite = 0,  // in the same building as the data
    OffSite = 1, // another building: a branch, a safe deposit, home
    Cloud = 2,   // a provider's data centre (off-site too)
};
constexpr int kBackupLocationCount = 3;

struct BackupCopy
{
    qint64 id = 0;
    BackupMedia media = BackupMedia::ExternalDisk;
    BackupLocation location = BackupLocation::OnSite;
    bool offline = false; // オフライン保管: disconnected from every network when not in use
    bool immutable = false; // 改ざん防止: cannot be changed or deleted for the retention time
    QString label;          // "USB disk A (rotated weekly)"

    bool operator==(const BackupCopy &o) const
    {
        return id == o.id && media == o.media && location == o.location && offline == o.offline &&
               immutable == o.immutable && label == o.label;
    }
};

// A backup job (バックアップ計画): what it protects, how and where it keeps
// copies, and how often Kamae expects proof that it works.
struct BackupJob
{
    qint64 id = 0;
    QString name;
    QString method;     // tool or method: "Windows Server Backup", "rsync to NAS"
    QString owner;      // as written before the people list; kept readable
    qint64 ownerId = 0; // an entry of the people list (0 = not assigned)
    Schedule schedule;
    int generations = 0; // retention: how many generations are kept (0 = not stated)
    QString retention;   // retention in words, if more than a count
    QVector<BackupCopy> copies;
    QVector<qint64> assetIds; // the assets it protects
    int restoreTestDays = 90; // restore test every N days
    int airGapCheckDays = 30; // air-gap check every N days (only with an offline copy)
    QDate started;            // when the job began; reminders count from here
    QString builtin;          // "kamae_vault" for Kamae's own job; empty otherwise
    QString notes;

    bool operator==(const BackupJob &o) const
    {
        return id == o.id && name == o.name && method == o.method && owner == o.owner &&
               ownerId == o.ownerId && schedule == o.schedule && generations == o.generations &&
               retention == o.retention && copies == o.copies && assetIds == o.assetIds &&
               restoreTestDays == o.restoreTestDays && airGapCheckDays == o.airGapCheckDays &&
               started == o.started && builtin == o.builtin && notes == o.notes;
    }
    bool operator!=(const BackupJob &o) const { return !(*this == o); }
};

// The built-in job that "Copy vault to offline media" records into.
inline const char *kKamaeVaultJob = "kamae_vault";

// One line of a job's log.
enum class BackupEventKind
{
    Run = 0,         // バックアップ実行記録
    RestoreTest = 1, // 復元テスト
    AirGapCheck = 2, // オフライン保管の確認
};
constexpr int kBackupEventKindCount = 3;

enum class BackupResult
{
    Success = 0,
    Warnings = 1, // finished, with errors or warnings (a restore with missing files)
    Failed = 2,
};
constexpr int kBackupResultCount = 3;

struct BackupEvent
{
    qint64 id = 0;
    qint64 jobId = 0;
    BackupEventKind kind = BackupEventKind::Run;
    QDate date;
    BackupResult result = BackupResult::Success;
    QString subject;     // restore test: what was restored; air-gap check: which copy
    int minutes = -1;    // restore test: how long it took; -1 = not recorded
    QString performedBy; // who did it
    QString notes;       // evidence, error messages

    bool operator==(const BackupEvent &o) const
    {
        return id == o.id && jobId == o.jobId && kind == o.kind && date == o.date &&
               result == o.result && subject == o.subject && minutes == o.minutes &&
               performedBy == o.performedBy && notes == o.notes;
    }
};

} // namespace domain
} // namespace kamae
