#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>
#include <vector>

// The vault's SQLite schema is one numbered sequence of steps (PRAGMA
// user_version) shared by the core tables and every module. Each module
// declares its own steps and value rules in its ModuleInfo (modules/Module.h);
// the store only runs them, so it never names a module's tables.
namespace kamae {
namespace store {

class Database;

// One numbered step of the schema. Steps are never edited once released:
// a change to the schema is a new step, numbered after the last one of any
// part (tst_modules refuses two parts with the same number).
struct Migration
{
    int version = 0;
    std::function<Status(QSqlDatabase &)> apply;
};

// A stored value Kamae reads as an enum, a flag or a bounded number, checked
// when a vault is opened (ValueChecks.h): `badWhen` is an SQL condition true
// for a row whose `column` holds a value this Kamae does not know.
struct ValueRule
{
    QString table;
    QString column;
    QString badWhen;
};
// Every value an integer in [min, max] (or NULL when nullable). typeof()
// catches text and real values too: a cast would read them as 0 or
// truncate them without a word.
ValueRule integerRange(const char *table, const char *column, qint64 min, qint64 max,
                       bool nullable = false);

// A share of the schema: the core tables', or one module's.
struct SchemaPart
{
    std::vector<Migration> steps;
    QVector<ValueRule> valueRules;
};

// All the parts together, the steps in version order.
struct Schema
{
    std::vector<Migration> steps;
    QVector<ValueRule> valueRules;

    // Fails, naming the version, when a step of `part` has a number that
    // one already added has.
    Status add(const SchemaPart &part);
    int latestVersion() const { return steps.empty() ? 0 : steps.back().version; }
};

// The core tables: the organisation, people, assets, patches, backups,
// self-assessment, score history, reports and the audit log, written before
// modules declared their own parts (Migrations.cpp).
SchemaPart coreSchema();

// The vault's schema: the core part and every built module's. Declared here
// so that the vault can migrate and check a file without knowing the
// modules; defined by the module registry (modules/Registry.cpp), which sits
// above the store and knows them.
const Schema &vaultSchema();

} // namespace store
} // namespace kamae
