#pragma once

#include "core/Result.h"
#include "store/Schema.h"

#include <QVector>

// The vault's SQLite file carries CHECK constraints, but SQLite enforces them
// only on writes, and a file made outside Kamae may not have them at all. So
// every value that Kamae turns into an enum, a flag or a bounded number is
// checked once when a vault is opened, against Kamae's own ranges rather than
// the file's schema: a repository can then cast without reading out of bounds.
namespace kamae {
namespace store {

class Database;

// Fails, naming the table, the record and the value, when a stored value is
// outside what the rules allow (by default those of every part of the vault's
// schema). Reads only.
Status checkStoredValues(const Database &db,
                         const QVector<ValueRule> &rules = vaultSchema().valueRules);

// The value rules of the core tables (coreSchema()).
QVector<ValueRule> coreValueRules();

} // namespace store
} // namespace kamae
