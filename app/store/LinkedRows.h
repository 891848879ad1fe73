#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace kamae {
namespace store {

class Database;

// The rows of other tables that point at one record through a foreign key,
// as they were just before the record is deleted: SQLite then deletes those
// declared ON DELETE CASCADE with it and empties the references declared ON
// DELETE SET NULL. The tables are found in the schema itself, so undoing the
// delete of a person puts back a module's rows (a trainee's attendances,
// an owner reference, a drill result's link) without the store naming any
// module's tables.
struct LinkedRows
{
    // References that will be emptied: the rows of `table` whose `column`
    // names a record, and which record each named.
    struct Emptied
    {
        QString table;
        QString column;
        QVector<qint64> rowIds;
        QVector<qint64> recordIds;
    };
    // Rows that will be deleted with it, every column as stored.
    struct Deleted
    {
        QString table;
        QStringList columns;
        QVector<QVariantList> rows;
    };
    QVector<Emptied> emptied;
    QVector<Deleted> deleted;

    bool isEmpty() const { return emptied.isEmpty() && deleted.isEmpty(); }
    // The ids of the rows of `table` whose reference will be emptied.
    QVector<qint64> emptiedIn(const QString &table) const;
};

// Reads what deleting the records `ids` of `table` would take away. Only
// one level: nothing may cascade from the rows that cascade from a record
// (tst_training checks it for people, tst_assets for assets).
Result<LinkedRows> readLinkedRows(const Database &db, const QString &table,
                                  const QVector<qint64> &ids);

// Puts them back after the records themselves (with their ids) were restored, inside
// the caller's transaction: an emptied reference that is still empty is
// linked again (and written to the audit log); a deleted row comes back with
// its id (a new one if a row took it meanwhile) when every record it refers
// to still exists, and a reference declared ON DELETE SET NULL to a record
// deleted meanwhile comes back empty. A row that would clash with one added
// meanwhile is not put back.
Status restoreLinkedRows(Database &db, const LinkedRows &rows);

// The tables whose rows are deleted with a record of `table`.
Result<QStringList> cascadingTables(const Database &db, const QString &table);

} // namespace store
} // namespace kamae
