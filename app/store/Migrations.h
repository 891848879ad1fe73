#pragma once

#include "core/Result.h"
#include "store/Schema.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace kamae {
namespace store {

class Database;

// The steps of the vault's schema, in order (store/Schema.h).
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
