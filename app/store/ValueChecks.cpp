#include "store/ValueChecks.h"

#include "domain/Asset.h"
#include "domain/Backup.h"
#include "domain/Patch.h"
#include "domain/Person.h"
#include "domain/Schedule.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace kamae {
namespace store {

namespace {

struct ValueChecksText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::ValueChecks)
};

// A column whose every value must be an integer in [min, max] (or NULL when
// nullable). The ranges are Kamae's enums, not the file's CHECKs.
struct IntegerRange
{
    const char *table;
    const char *column;
    qint64 min;
    qint64 max;
    bool nullable = false;
};

// Ten years: longer intervals are typing slips, and date arithmetic on
// absurd ones overflows.
constexpr qint64 kMaxDays = 3660;

const IntegerRange kRanges[] = {
    {"organisation", "security_action", 0, 2},
    {"organisation", "employees", 0, 100000000},
    {"site", "overseas", 0, 1},
    {"asset", "personal_data", 0, domain::kPersonalDataCount - 1},
    {"asset", "confidentiality", 0, 3},
    {"asset", "integrity", 0, 3},
    {"asset", "availability", 0, 3},
    {"asset", "threat", 0, 3},
    {"asset", "vulnerability", 0, 3},
    {"asset", "kind", 0, domain::kAssetKindCount - 1},
    {"asset", "internet_facing", 0, 1},
    {"asset", "mfa", 0, domain::kMfaCount - 1},
    {"asset", "end_of_support", 0, 1},
    {"patch_item", "severity", 0, domain::kSeverityCount - 1},
    {"patch_item", "known_exploited", 0, 1},
    {"patch_item", "ransomware", 0, 1},
    {"patch_item", "status", 0, domain::kPatchStatusCount - 1},
    {"backup_job", "schedule_kind", 0, domain::kScheduleKindCount - 1},
    {"backup_job", "weekdays", 0, 127},
    {"backup_job", "month_day", 1, 31},
    {"backup_job", "interval_days", 1, kMaxDays},
    {"backup_job", "generations", 0, 1000000},
    {"backup_job", "restore_test_days", 1, kMaxDays},
    {"backup_job", "airgap_check_days", 1, kMaxDays},
    {"backup_copy", "media", 0, domain::kBackupMediaCount - 1},
    {"backup_copy", "location", 0, domain::kBackupLocationCount - 1},
    {"backup_copy", "offline", 0, 1},
    {"backup_copy", "immutable", 0, 1},
    {"backup_event", "kind", 0, domain::kBackupEventKindCount - 1},
    {"backup_event", "result", 0, domain::kBackupResultCount - 1},
    {"backup_event", "minutes", 0, 1000000, true},
    {"score_snapshot", "manual", 0, 1},
    {"person", "kind", 0, domain::kPersonKindCount - 1},
    {"person", "external", 0, 1},
};

// Columns whose good values are not one integer range.
struct OtherRule
{
    const char *table;
    const char *column;
    const char *badWhen; // SQL condition true for a bad row
};

const OtherRule kOtherRules[] = {
    // Answers are one of four values.
    {"self_assessment_answer", "answer", "answer NOT IN (-1, 0, 2, 4)"},
    // A patch item's score is a CVSS score or nothing.
    {"patch_item", "cvss_score",
     "cvss_score IS NOT NULL AND (typeof(cvss_score) NOT IN ('real', 'integer') OR "
     "cvss_score < 0 OR cvss_score > 10)"},
};

QString describeValue(const QString &value)
{
    return value.size() > 40 ? value.left(40) + QChar(0x2026) : value;
}

Status badValue(const QString &table, const QString &column, const QString &rowId,
                const QString &value)
{
    return Status::failure(
        ValueChecksText::tr("record %1 of the table %2 has the value \"%3\" in %4, which this "
                            "version of Kamae does not know")
            .arg(rowId, table, describeValue(value), column));
}

} // namespace

ValueRule integerRange(const char *table, const char *column, qint64 min, qint64 max, bool nullable)
{
    const QString name = QLatin1String(column);
    return {QLatin1String(table), name,
            QStringLiteral("%1(typeof(%2) <> 'integer' OR %2 < %3 OR %2 > %4)")
                .arg(nullable ? name + QLatin1String(" IS NOT NULL AND ") : QString(), name)
                .arg(min)
                .arg(max)};
}

QVector<ValueRule> coreValueRules()
{
    QVector<ValueRule> rules;
    for (const IntegerRange &r : kRanges)
        rules.append(integerRange(r.table, r.column, r.min, r.max, r.nullable));
    for (const OtherRule &r : kOtherRules)
        rules.append({QLatin1String(r.table), QLatin1String(r.column), QLatin1String(r.badWhen)});
    return rules;
}

Status checkStoredValues(const Database &db, const QVector<ValueRule> &rules)
{
    // The first row of a table for which the condition holds: its rowid and
    // the quoted value of a column, or an empty rowid.
    auto firstBad = [&db](const QString &table, const QString &column, const QString &condition,
                          QString *rowId, QString *value) {
        return db.readRows(QStringLiteral("SELECT rowid, quote(%2) FROM %1 WHERE %3 LIMIT 1")
                               .arg(table, column, condition),
                           [&](const RowCursor &row) {
                               *rowId = row.text(0);
                               *value = row.text(1);
                           });
    };
    // One scan per table for the healthy file (every vault at every open);
    // only a table with a bad row is scanned again, column by column, to
    // name the value.
    QStringList tables;
    for (const ValueRule &r : rules)
        if (!tables.contains(r.table))
            tables << r.table;
    for (const QString &table : tables) {
        QStringList conditions;
        for (const ValueRule &r : rules)
            if (r.table == table)
                conditions << QLatin1Char('(') + r.badWhen + QLatin1Char(')');
        QString rowId, value;
        if (Status s = firstBad(table, QStringLiteral("rowid"),
                                conditions.join(QLatin1String(" OR ")), &rowId, &value);
            !s)
            return s;
        if (rowId.isEmpty())
            continue;
        for (const ValueRule &r : rules) {
            if (r.table != table)
                continue;
            rowId.clear();
            if (Status s = firstBad(table, r.column, r.badWhen, &rowId, &value); !s)
                return s;
            if (!rowId.isEmpty())
                return badValue(table, r.column, rowId, value);
        }
    }
    return {};
}

} // namespace store
} // namespace kamae
