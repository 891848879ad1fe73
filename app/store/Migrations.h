#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace kamae {
namespace store {

class Database;

// One numbered step of the schema. Steps are never edited once released:
// a change to the schema is a new step.
struct Migration
{
    int version = 0;
    std::function<Status(QSqlDatabase &)> apply;
};

const std::vector<Migration> &schemaMigrations();
int latestSchemaVersion();

// Brings the database from its PRAGMA user_version to the last step, each
// step in its own transaction; on failure that step is rolled back and the
// database stays at the previous version.
Status migrate(Database &db, const std::vector<Migration> &steps = schemaMigrations());

// Runs a list of statements; the first failure stops and is reported.
Status execAll(QSqlDatabase &db, const QStringList &statements);

} // namespace store
} // namespace kamae
