#pragma once

// What the module repositories (training, BCP, incidents) share to read and
// write their rows. Internal to the repositories.

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace kamae {
namespace store {

class Database;

namespace sql {

// An id column that may be empty: NULL for 0.
QVariant nullableId(qint64 id);
// A yyyy-MM-dd column; an invalid date for "".
QDate dateFrom(const QString &stored);
// An instant stored in UTC with milliseconds; invalid for "".
QDateTime instantFrom(const QString &stored);

// Inserts one row of `columns` = `values`; an id > 0 is kept. `*newId` is
// the row's id.
Status insertRow(Database &db, const QString &table, qint64 id, QStringList columns,
                 QVariantList values, qint64 *newId = nullptr);
// A statement without parameters (DELETE FROM a table being rewritten).
Status execSql(Database &db, const QString &statement);

} // namespace sql
} // namespace store
} // namespace kamae
