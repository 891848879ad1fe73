#include "store/Migrations.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

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

} // namespace

Status execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return Status::failure(q.lastError().text());
    }
    return {};
}

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, version1},
        {2, version2},
    };
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
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
        if (!db.transaction())
            return Status::failure(
                QCoreApplication::translate("kamae::store::Migrations",
                                            "Could not start the upgrade to schema %1: %2")
                    .arg(step.version)
                    .arg(db.lastError().text()));
        Status status = step.apply(db);
        if (status) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
                status = Status::failure(q.lastError().text());
        }
        if (!status || !db.commit()) {
            const QString reason = status ? db.lastError().text() : status.error();
            db.rollback();
            return Status::failure(
                QCoreApplication::translate("kamae::store::Migrations",
                                            "Upgrading the data to schema %1 failed: %2")
                    .arg(step.version)
                    .arg(reason));
        }
    }
    return {};
}

} // namespace store
} // namespace kamae
