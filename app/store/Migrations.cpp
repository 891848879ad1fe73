#include "store/Migrations.h"

#include "core/Clock.h"
#include "domain/BackupChecks.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/Transaction.h"
#include "store/ValueChecks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace kamae {
namespace store {

namespace {

Status version1(QSqlDatabase &db)
{
    return execAll(
        db, {
                QStringLiteral("CREATE TABLE meta ("
                               " key TEXT PRIMARY KEY,"
                               " value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE organisation ("
                               " id INTEGER PRIMARY KEY CHECK (id = 1),"
                               " name TEXT NOT NULL,"
                               " industry TEXT NOT NULL DEFAULT '',"
                               " employees INTEGER NOT NULL DEFAULT 0 CHECK (employees >= 0),"
                               " security_action INTEGER NOT NULL DEFAULT 0"
                               "   CHECK (security_action BETWEEN 0 AND 2),"
                               " notes TEXT NOT NULL DEFAULT '',"
                               " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE site ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " region TEXT NOT NULL DEFAULT '',"
                               " overseas INTEGER NOT NULL DEFAULT 0 CHECK (overseas IN (0, 1)),"
                               " notes TEXT NOT NULL DEFAULT '',"
                               " position INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id INTEGER PRIMARY KEY,"
                               " at TEXT NOT NULL,"
                               " entity TEXT NOT NULL,"
                               " entity_id INTEGER,"
                               " action TEXT NOT NULL,"
                               " field TEXT NOT NULL DEFAULT '',"
                               " old_value TEXT,"
                               " new_value TEXT)"),
                QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
            });
}

// The information-asset register (issue 3).
Status version2(QSqlDatabase &db)
{
    return execAll(
        db, {
                QStringLiteral(
                    "CREATE TABLE asset ("
                    " id INTEGER PRIMARY KEY,"
                    " business_area TEXT NOT NULL DEFAULT '',"
                    " name TEXT NOT NULL CHECK (name <> ''),"
                    " notes TEXT NOT NULL DEFAULT '',"
                    " users TEXT NOT NULL DEFAULT '',"
                    " owner_department TEXT NOT NULL DEFAULT '',"
                    " location TEXT NOT NULL DEFAULT '',"
                    " personal_data INTEGER NOT NULL DEFAULT 0"
                    "   CHECK (personal_data BETWEEN 0 AND 3),"
                    " confidentiality INTEGER NOT NULL DEFAULT 0"
                    "   CHECK (confidentiality BETWEEN 0 AND 3),"
                    " integrity INTEGER NOT NULL DEFAULT 0 CHECK (integrity BETWEEN 0 AND 3),"
                    " availability INTEGER NOT NULL DEFAULT 0"
                    "   CHECK (availability BETWEEN 0 AND 3),"
                    " threat INTEGER NOT NULL DEFAULT 0 CHECK (threat BETWEEN 0 AND 3),"
                    " vulnerability INTEGER NOT NULL DEFAULT 0"
                    "   CHECK (vulnerability BETWEEN 0 AND 3),"
                    " retention TEXT NOT NULL DEFAULT '',"
                    " registered_on TEXT NOT NULL DEFAULT '',"
                    " reviewed_on TEXT NOT NULL DEFAULT '',"
                    " kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 4),"
                    " internet_facing INTEGER NOT NULL DEFAULT 0"
                    "   CHECK (internet_facing IN (0, 1)),"
                    " mfa INTEGER NOT NULL DEFAULT 0 CHECK (mfa BETWEEN 0 AND 2),"
                    " vendor TEXT NOT NULL DEFAULT '',"
                    " product TEXT NOT NULL DEFAULT '',"
                    " version TEXT NOT NULL DEFAULT '',"
                    " updated_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX asset_product ON asset (vendor, product)"),
            });
}

// Patches and vulnerability feeds (issue 4).
Status version3(QSqlDatabase &db)
{
    return execAll(
        db,
        {
            QStringLiteral("ALTER TABLE asset ADD COLUMN last_updated TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE asset ADD COLUMN end_of_support INTEGER NOT NULL DEFAULT 0"
                           " CHECK (end_of_support IN (0, 1))"),
            // Items go with their asset; deleting an asset deletes them (and
            // undoing the delete puts them back, see RemoveAssetsCommand).
            QStringLiteral(
                "CREATE TABLE patch_item ("
                " id INTEGER PRIMARY KEY,"
                " asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,"
                " product TEXT NOT NULL DEFAULT '',"
                " installed_version TEXT NOT NULL DEFAULT '',"
                " available_update TEXT NOT NULL DEFAULT '',"
                " cves TEXT NOT NULL DEFAULT '',"
                " jvn_ids TEXT NOT NULL DEFAULT '',"
                " cvss_score REAL,"
                " severity INTEGER NOT NULL DEFAULT 0 CHECK (severity BETWEEN 0 AND 4),"
                " known_exploited INTEGER NOT NULL DEFAULT 0 CHECK (known_exploited IN (0, 1)),"
                " ransomware INTEGER NOT NULL DEFAULT 0 CHECK (ransomware IN (0, 1)),"
                " found_on TEXT NOT NULL DEFAULT '',"
                " due_on TEXT NOT NULL DEFAULT '',"
                " applied_on TEXT NOT NULL DEFAULT '',"
                " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
                " accepted_reason TEXT NOT NULL DEFAULT '',"
                " review_on TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " source_key TEXT NOT NULL DEFAULT '',"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX patch_item_asset ON patch_item (asset_id)"),
            // One row per feed kind: what was imported last.
            QStringLiteral("CREATE TABLE feed ("
                           " kind TEXT PRIMARY KEY,"
                           " version TEXT NOT NULL DEFAULT '',"
                           " released TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL DEFAULT '',"
                           " imported_at TEXT NOT NULL,"
                           " file_entries INTEGER NOT NULL DEFAULT 0)"),
            // Lists (cves, cpes, cwes) are joined with a space; products as
            // "vendor\tproduct" lines. Nothing here is queried by value except
            // (kind, entry_id).
            QStringLiteral("CREATE TABLE feed_entry ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL,"
                           " entry_id TEXT NOT NULL,"
                           " cves TEXT NOT NULL DEFAULT '',"
                           " vendor TEXT NOT NULL DEFAULT '',"
                           " product TEXT NOT NULL DEFAULT '',"
                           " products TEXT NOT NULL DEFAULT '',"
                           " cpes TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL DEFAULT '',"
                           " description TEXT NOT NULL DEFAULT '',"
                           " required_action TEXT NOT NULL DEFAULT '',"
                           " published TEXT NOT NULL DEFAULT '',"
                           " updated TEXT NOT NULL DEFAULT '',"
                           " due TEXT NOT NULL DEFAULT '',"
                           " known_exploited INTEGER NOT NULL DEFAULT 0,"
                           " ransomware INTEGER NOT NULL DEFAULT 0,"
                           " cvss_score REAL,"
                           " cvss_severity TEXT NOT NULL DEFAULT '',"
                           " cvss_version TEXT NOT NULL DEFAULT '',"
                           " cvss_vector TEXT NOT NULL DEFAULT '',"
                           " url TEXT NOT NULL DEFAULT '',"
                           " cwes TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " UNIQUE (kind, entry_id))"),
            QStringLiteral("CREATE TABLE product_alias ("
                           " id INTEGER PRIMARY KEY,"
                           " feed_vendor TEXT NOT NULL DEFAULT '',"
                           " feed_product TEXT NOT NULL,"
                           " asset_vendor TEXT NOT NULL DEFAULT '',"
                           " asset_product TEXT NOT NULL)"),
            // Names real feeds use for what registers call otherwise.
            QStringLiteral(
                "INSERT INTO product_alias (feed_vendor, feed_product, asset_vendor, "
                "asset_product) VALUES"
                " ('Fortinet', 'FortiOS', 'Fortinet', 'FortiGate'),"
                " ('Microsoft', 'Windows', 'Microsoft', 'Windows Server'),"
                " ('Microsoft', 'Win32k', 'Microsoft', 'Windows'),"
                " ('Microsoft', 'Win32k', 'Microsoft', 'Windows Server'),"
                " ('Microsoft', 'Remote Desktop Services', 'Microsoft', 'Windows'),"
                " ('Microsoft', 'Remote Desktop Services', 'Microsoft', 'Windows Server'),"
                " ('Microsoft', 'Netlogon', 'Microsoft', 'Windows Server'),"
                " ('Microsoft', 'Exchange Server', 'Microsoft', 'Exchange'),"
                " ('Progress', 'MOVEit Transfer', 'Ipswitch', 'MOVEit Transfer')"),
            QStringLiteral("CREATE TABLE match_dismissal ("
                           " asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,"
                           " source_key TEXT NOT NULL,"
                           " dismissed_on TEXT NOT NULL,"
                           " PRIMARY KEY (asset_id, source_key))"),
        });
}

// Backups: jobs, their copies and protected assets, and their logs (issue 5).
Status version4(QSqlDatabase &db)
{
    Status s = execAll(
        db,
        {
            QStringLiteral(
                "CREATE TABLE backup_job ("
                " id INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL CHECK (name <> ''),"
                " method TEXT NOT NULL DEFAULT '',"
                " owner TEXT NOT NULL DEFAULT '',"
                " schedule_kind INTEGER NOT NULL DEFAULT 0 CHECK (schedule_kind BETWEEN 0 AND 3),"
                " weekdays INTEGER NOT NULL DEFAULT 0,"
                " month_day INTEGER NOT NULL DEFAULT 1 CHECK (month_day BETWEEN 1 AND 31),"
                " interval_days INTEGER NOT NULL DEFAULT 1 CHECK (interval_days >= 1),"
                " generations INTEGER NOT NULL DEFAULT 0 CHECK (generations >= 0),"
                " retention TEXT NOT NULL DEFAULT '',"
                " restore_test_days INTEGER NOT NULL DEFAULT 90 CHECK (restore_test_days >= 1),"
                " airgap_check_days INTEGER NOT NULL DEFAULT 30 CHECK (airgap_check_days >= 1),"
                " started_on TEXT NOT NULL DEFAULT '',"
                " builtin TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX backup_job_builtin ON backup_job (builtin)"
                           " WHERE builtin <> ''"),
            QStringLiteral("CREATE TABLE backup_copy ("
                           " id INTEGER PRIMARY KEY,"
                           " job_id INTEGER NOT NULL REFERENCES backup_job (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " media INTEGER NOT NULL DEFAULT 0 CHECK (media BETWEEN 0 AND 6),"
                           " location INTEGER NOT NULL DEFAULT 0 CHECK (location BETWEEN 0 AND 2),"
                           " offline INTEGER NOT NULL DEFAULT 0 CHECK (offline IN (0, 1)),"
                           " immutable INTEGER NOT NULL DEFAULT 0 CHECK (immutable IN (0, 1)),"
                           " label TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX backup_copy_job ON backup_copy (job_id)"),
            // Deleting an asset drops its links; undoing the delete puts them
            // back (RemoveAssetsCommand).
            QStringLiteral("CREATE TABLE backup_protects ("
                           " job_id INTEGER NOT NULL REFERENCES backup_job (id) ON DELETE CASCADE,"
                           " asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,"
                           " PRIMARY KEY (job_id, asset_id))"),
            QStringLiteral("CREATE INDEX backup_protects_asset ON backup_protects (asset_id)"),
            QStringLiteral("CREATE TABLE backup_event ("
                           " id INTEGER PRIMARY KEY,"
                           " job_id INTEGER NOT NULL REFERENCES backup_job (id) ON DELETE CASCADE,"
                           " kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 2),"
                           " on_date TEXT NOT NULL CHECK (on_date <> ''),"
                           " result INTEGER NOT NULL DEFAULT 0 CHECK (result BETWEEN 0 AND 2),"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " minutes INTEGER,"
                           " performed_by TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX backup_event_job ON backup_event (job_id, kind, on_date)"),
        });
    if (!s)
        return s;
    // Kamae's own data is a backup job from the start, so that "never copied
    // offline" shows before anyone thinks of it. The user may rename it;
    // until then its texts are keys shown in the reader's language.
    const domain::BackupJob job = domain::defaultVaultJob(clock::today());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO backup_job (name, method, schedule_kind, interval_days, started_on, builtin,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(job.name);
    q.addBindValue(job.method);
    q.addBindValue(static_cast<int>(job.schedule.kind));
    q.addBindValue(job.schedule.intervalDays);
    q.addBindValue(job.started.toString(Qt::ISODate));
    q.addBindValue(job.builtin);
    q.addBindValue(clock::now().toString(Qt::ISODate));
    if (!q.exec())
        return writeFailed(q);
    const QVariant jobId = q.lastInsertId();
    // Calendar exports name their events with it, so that two companies'
    // reminders never replace each other in one calendar.
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('calendar_id', ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!q.exec())
        return writeFailed(q);
    q.prepare(QStringLiteral("INSERT INTO backup_copy (job_id, position, media, location, offline,"
                             " immutable, label) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < job.copies.size(); ++i) {
        const domain::BackupCopy &c = job.copies.at(i);
        for (const QVariant &v :
             {jobId, QVariant(i), QVariant(static_cast<int>(c.media)),
              QVariant(static_cast<int>(c.location)), QVariant(c.offline ? 1 : 0),
              QVariant(c.immutable ? 1 : 0), QVariant(c.label)})
            q.addBindValue(v);
        if (!q.exec())
            return writeFailed(q);
    }
    return {};
}

// The self-assessment and the score's history (issue 6).
Status version5(QSqlDatabase &db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE self_assessment ("
                                      " id INTEGER PRIMARY KEY,"
                                      " taken_on TEXT NOT NULL CHECK (taken_on <> ''),"
                                      " notes TEXT NOT NULL DEFAULT '',"
                                      " updated_at TEXT NOT NULL)"),
                       // Question keys, not numbers: Kamae's own questions may grow.
                       QStringLiteral("CREATE TABLE self_assessment_answer ("
                                      " assessment_id INTEGER NOT NULL"
                                      "   REFERENCES self_assessment (id) ON DELETE CASCADE,"
                                      " question TEXT NOT NULL,"
                                      " answer INTEGER NOT NULL CHECK (answer IN (-1, 0, 2, 4)),"
                                      " PRIMARY KEY (assessment_id, question))"),
                       // One row per day; detail holds percentages by category and
                       // kind as JSON keyed by stable names.
                       QStringLiteral("CREATE TABLE score_snapshot ("
                                      " day TEXT PRIMARY KEY,"
                                      " taken_at TEXT NOT NULL,"
                                      " total REAL NOT NULL CHECK (total BETWEEN 0 AND 100),"
                                      " manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),"
                                      " detail TEXT NOT NULL DEFAULT '')"),
                   });
}

// The history of issued reports (issue 7): metadata only, the PDF lives
// wherever the user saved it. metrics holds the report's figures as JSON by
// stable key, for the next report's "changes since the previous report".
Status version6(QSqlDatabase &db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE report_history ("
                                      " id INTEGER PRIMARY KEY,"
                                      " created_at TEXT NOT NULL,"
                                      " language TEXT NOT NULL CHECK (language IN ('ja', 'en')),"
                                      " period TEXT NOT NULL,"
                                      " period_from TEXT NOT NULL,"
                                      " period_to TEXT NOT NULL,"
                                      " total REAL NOT NULL CHECK (total BETWEEN 0 AND 100),"
                                      " prepared_by TEXT NOT NULL DEFAULT '',"
                                      " destination TEXT NOT NULL DEFAULT '',"
                                      " pages INTEGER NOT NULL DEFAULT 0,"
                                      " metrics TEXT NOT NULL DEFAULT '')"),
                   });
}

// One list of people and departments (issue 15): owners of assets, patch
// items, backup jobs and next actions now; trainees, BCP roles and incident
// responders later. A department is an entry of kind 1, so that "総務部" can
// own a record without naming a person. The free texts that named owners
// before (asset.owner_department, backup_job.owner) stay as they were and
// become entries of the list: departments from the assets, people from the
// jobs, each distinct name once.
Status version7(QSqlDatabase &db)
{
    const QString now = clock::now().toString(Qt::ISODate);
    Status s =
        execAll(db, {
                        QStringLiteral("CREATE TABLE person ("
                                       " id INTEGER PRIMARY KEY,"
                                       " kind INTEGER NOT NULL DEFAULT 0 CHECK (kind IN (0, 1)),"
                                       " name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
                                       " reading TEXT NOT NULL DEFAULT '',"
                                       " department TEXT NOT NULL DEFAULT '',"
                                       " role TEXT NOT NULL DEFAULT '',"
                                       " contact TEXT NOT NULL DEFAULT '',"
                                       " joined_on TEXT NOT NULL DEFAULT '',"
                                       " left_on TEXT NOT NULL DEFAULT '',"
                                       " notes TEXT NOT NULL DEFAULT '',"
                                       " updated_at TEXT NOT NULL)"),
                        // Deleting an entry leaves its records without an owner;
                        // undoing the delete puts them back (PeopleRepository::restore).
                        QStringLiteral("ALTER TABLE asset ADD COLUMN owner_id INTEGER"
                                       " REFERENCES person (id) ON DELETE SET NULL"),
                        QStringLiteral("ALTER TABLE patch_item ADD COLUMN owner_id INTEGER"
                                       " REFERENCES person (id) ON DELETE SET NULL"),
                        QStringLiteral("ALTER TABLE backup_job ADD COLUMN owner_id INTEGER"
                                       " REFERENCES person (id) ON DELETE SET NULL"),
                        QStringLiteral("CREATE INDEX asset_owner ON asset (owner_id)"),
                        QStringLiteral("CREATE INDEX patch_item_owner ON patch_item (owner_id)"),
                        QStringLiteral("CREATE INDEX backup_job_owner ON backup_job (owner_id)"),
                        // The owner of a next action, by the action's stable key
                        // ("owners.assign", "backups.restore_test:3"). A key whose
                        // action has gone is kept: the action comes back with it.
                        QStringLiteral("CREATE TABLE action_owner ("
                                       " action_key TEXT PRIMARY KEY CHECK (action_key <> ''),"
                                       " person_id INTEGER NOT NULL"
                                       "   REFERENCES person (id) ON DELETE CASCADE,"
                                       " assigned_at TEXT NOT NULL)"),
                    });
    if (!s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO person (kind, name, updated_at) SELECT DISTINCT 1, trim(owner_department), ?"
        " FROM asset WHERE trim(owner_department) <> '' ORDER BY trim(owner_department)"));
    q.addBindValue(now);
    if (!q.exec())
        return writeFailed(q);
    q.prepare(QStringLiteral(
        "INSERT INTO person (kind, name, updated_at) SELECT DISTINCT 0, trim(owner), ?"
        " FROM backup_job WHERE trim(owner) <> ''"
        " AND trim(owner) NOT IN (SELECT name FROM person) ORDER BY trim(owner)"));
    q.addBindValue(now);
    if (!q.exec())
        return writeFailed(q);
    s = execAll(db,
                {
                    QStringLiteral("UPDATE asset SET owner_id = (SELECT id FROM person"
                                   " WHERE name = trim(asset.owner_department))"
                                   " WHERE trim(owner_department) <> ''"),
                    QStringLiteral("UPDATE backup_job SET owner_id = (SELECT id FROM person"
                                   " WHERE name = trim(backup_job.owner)) WHERE trim(owner) <> ''"),
                });
    if (!s)
        return s;
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, entity, entity_id, action, field,"
                             " old_value, new_value)"
                             " SELECT ?, 'person', id, 'create', 'name', NULL, name FROM person"));
    q.addBindValue(now);
    if (!q.exec())
        return writeFailed(q);
    return {};
}

// People gain an e-mail address and a phone number (contact stays, as
// "other contact"): drills are imported by address, and the BCP call tree
// and incident contacts will call them.
Status version8(QSqlDatabase &db)
{
    return execAll(
        db, {
                QStringLiteral("ALTER TABLE person ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE person ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX person_email ON person (email) WHERE email <> ''"),
            });
}

// People outside the company (a vendor's engineer, an advisor, a
// contractor) stay in the list as owners and contacts, but are nobody's
// trainees: training coverage leaves them out.
Status version10(QSqlDatabase &db)
{
    return execAll(db, {
                           QStringLiteral("ALTER TABLE person ADD COLUMN external INTEGER NOT NULL"
                                          " DEFAULT 0 CHECK (external IN (0, 1))"),
                       });
}

} // namespace

Status execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return writeFailed(q);
    }
    return {};
}

SchemaPart coreSchema()
{
    SchemaPart part;
    part.steps = {
        {1, version1}, {2, version2}, {3, version3}, {4, version4},   {5, version5},
        {6, version6}, {7, version7}, {8, version8}, {10, version10},
    };
    part.valueRules = coreValueRules();
    return part;
}

Status Schema::add(const SchemaPart &part)
{
    for (const Migration &step : part.steps) {
        const auto taken = std::find_if(steps.begin(), steps.end(), [&step](const Migration &m) {
            return m.version == step.version;
        });
        if (taken != steps.end() || step.version <= 0)
            return Status::failure(QStringLiteral("schema step %1 is declared twice or is not "
                                                  "positive")
                                       .arg(step.version));
    }
    steps.insert(steps.end(), part.steps.begin(), part.steps.end());
    std::sort(steps.begin(), steps.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    valueRules += part.valueRules;
    return {};
}

const std::vector<Migration> &schemaMigrations()
{
    return vaultSchema().steps;
}

int latestSchemaVersion()
{
    return vaultSchema().latestVersion();
}

Status migrate(Database &database, const std::vector<Migration> &steps)
{
    QSqlDatabase db = database.sql();
    const int current = database.userVersion();
    if (current < 0)
        return Status::failure(QCoreApplication::translate(
            "kamae::store::Migrations", "The schema version could not be read."));
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        // What failed is logged where it failed (SqlErrors); the person
        // learns which step, and that the file was left as it was.
        const auto failed = [&step] {
            return Status::failure(
                ErrorCode::Storage,
                QCoreApplication::translate("kamae::store::Migrations",
                                            "Upgrading the data to schema %1 failed.")
                    .arg(step.version));
        };
        Transaction tx(database);
        if (!tx)
            return failed();
        Status status = step.apply(db);
        if (status) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
                status = writeFailed(q);
        }
        if (status)
            status = tx.commit();
        if (!status)
            return failed();
    }
    return {};
}

} // namespace store
} // namespace kamae
