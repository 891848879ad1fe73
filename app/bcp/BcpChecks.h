#pragma once

#include "bcp/BcpRecords.h"
#include "core/Result.h"
#include "domain/Backup.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// The plan checked against the records Kamae keeps (the reason the plan is
// better here than on paper) and for completeness, section by section.
// Pure functions of an input read once (loadCheckInput): no query per core
// business. The rules are in docs/bcp.md.
namespace kamae {
namespace bcp {

enum class FindingKind
{
    // Against the records: a core business's targets and its assets.
    RtoBelowRestoreTest = 0, // the last timed restore test took longer than the RTO
    RpoBelowBackupInterval,  // its backups run less often than the RPO allows
    AssetNotBackedUp,        // no backup job protects a dependent asset
    RestoreNeverTested,      // the asset's jobs have no successful restore test
    AlternativeOnSameAsset,  // an alternative needs an asset the business depends on
                             // Completeness.
    NoPolicy,
    NoEmergencyCard,
    NoCoreBusiness,
    NoMaxOutage,
    NoRto,
    NoRpo,
    RtoBeyondOutage, // the RTO is longer than the maximum tolerable outage
    NoDependentAsset,
    NoSupplier,
    NoAlternative,
    NoRoles,
    NoRoleHolder,
    NoDeputy,
    NoContacts,
};

struct Finding
{
    FindingKind kind = FindingKind::NoPolicy;
    qint64 businessId = 0;  // the core business it is about, if any
    int businessNumber = 0; // its place in the plan, from 1
    qint64 roleId = 0;
    qint64 assetId = 0; // the record it links to
    qint64 jobId = 0;
    qint64 alternativeId = 0;
    QString text; // in the current language

    // A check against the records (not completeness).
    bool againstRecords() const { return kind <= FindingKind::AlternativeOnSameAsset; }
};

// What the checks read, once.
struct CheckInput
{
    domain::BcpPlan plan;
    QVector<domain::BackupJob> jobs;
    // The restore tests of every job (other log lines may be left out).
    QVector<domain::BackupEvent> restoreTests;
    // The names of the assets the plan links (for the words).
    QHash<qint64, QString> assetNames;
    QHash<qint64, QString> people;
};

Result<CheckInput> loadCheckInput(store::Database &db);

// The longest time between two runs of a schedule, in hours: daily 24,
// weekly the longest gap between its weekdays, monthly 31 days, every N
// days N × 24. -1 for a schedule that cannot be followed.
int backupIntervalHours(const domain::Schedule &schedule);

// The checks against the records, per core business in plan order.
QVector<Finding> recordChecks(const CheckInput &input);
// What the plan leaves out, section by section.
QVector<Finding> completenessChecks(const CheckInput &input);
// Both: the record checks first.
QVector<Finding> allChecks(const CheckInput &input);

// The stable key of a finding's kind (JSON): "rto_below_restore_test", …
QString findingKey(FindingKind kind);

// The text of HTML without its tags (is a prose section empty?).
QString plainText(const QString &html);

struct BcpCheckText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::bcp::BcpChecks)
};

} // namespace bcp
} // namespace kamae
