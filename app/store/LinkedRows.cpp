#include "store/LinkedRows.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace kamae {
namespace store {

namespace {

// A foreign key of `table`: its column, the table and column it refers to
// (empty: the rowid), and what a delete there does.
struct ForeignKey
{
    QString table;
    QString column;
    QString parent;
    QString parentColumn;
    QString onDelete;
};

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

// The foreign keys of every table (parent empty) or those referring to
// `parent`. Read from the schema, so a module's tables are found without
// being named.
Result<QVector<ForeignKey>> foreignKeys(const Database &db, const QString &parent,
                                        const QString &child = {})
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT m.name, f.\"from\", f.\"table\", f.\"to\", f.on_delete"
                             " FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
                             " WHERE m.type = 'table'"
                             " AND (ifnull(?, '') = '' OR lower(f.\"table\") = lower(?))"
                             " AND (ifnull(?, '') = '' OR m.name = ?)"
                             " ORDER BY m.name, f.id, f.seq"));
    q.addBindValue(parent);
    q.addBindValue(parent);
    q.addBindValue(child);
    q.addBindValue(child);
    if (!q.exec())
        return readFailed(q);
    QVector<ForeignKey> keys;
    while (q.next())
        keys.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString().toUpper()});
    return keys;
}

// The table's INTEGER PRIMARY KEY column, or empty.
Result<QString> integerKey(const Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(%1) WHERE pk > 0")
                    .arg(QLatin1Char('\'') + table + QLatin1Char('\''))))
        return readFailed(q);
    QStringList keys;
    QString type;
    while (q.next()) {
        keys << q.value(0).toString();
        type = q.value(1).toString();
    }
    return keys.size() == 1 && type == QLatin1String("INTEGER") ? keys.first() : QString();
}

} // namespace

QVector<qint64> LinkedRows::emptiedIn(const QString &table) const
{
    for (const Emptied &e : emptied)
        if (e.table == table)
            return e.rowIds;
    return {};
}

Result<QStringList> cascadingTables(const Database &db, const QString &table)
{
    auto keys = foreignKeys(db, table);
    if (!keys)
        return keys.asFailure();
    QStringList tables;
    for (const ForeignKey &k : keys.value())
        if (k.onDelete == QLatin1String("CASCADE") && !tables.contains(k.table))
            tables << k.table;
    return tables;
}

Result<LinkedRows> readLinkedRows(const Database &db, const QString &table,
                                  const QVector<qint64> &ids)
{
    if (ids.isEmpty())
        return LinkedRows();
    auto keys = foreignKeys(db, table);
    if (!keys)
        return keys.asFailure();
    LinkedRows linked;
    QSqlQuery q(db.sql());
    for (const ForeignKey &k : keys.value()) {
        const bool cascade = k.onDelete == QLatin1String("CASCADE");
        if (!cascade && k.onDelete != QLatin1String("SET NULL"))
            continue; // the delete itself fails while such a row exists
        // Ids are numbers: listed in the statement, one query for thousands.
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4) ORDER BY rowid")
                        .arg(cascade ? QStringLiteral("*")
                                     : QStringLiteral("rowid, %1").arg(quoted(k.column)),
                             quoted(k.table), quoted(k.column), sql::idList(ids))))
            return readFailed(q);
        if (cascade) {
            LinkedRows::Deleted deleted{k.table, {}, {}};
            const QSqlRecord record = q.record();
            for (int c = 0; c < record.count(); ++c)
                deleted.columns << record.fieldName(c);
            while (q.next()) {
                QVariantList row;
                for (int c = 0; c < record.count(); ++c)
                    row << q.value(c);
                deleted.rows.append(row);
            }
            if (!deleted.rows.isEmpty())
                linked.deleted.append(deleted);
        } else {
            LinkedRows::Emptied emptied{k.table, k.column, {}, {}};
            while (q.next()) {
                emptied.rowIds.append(q.value(0).toLongLong());
                emptied.recordIds.append(q.value(1).toLongLong());
            }
            if (!emptied.rowIds.isEmpty())
                linked.emptied.append(emptied);
        }
    }
    return linked;
}

Status restoreLinkedRows(Database &db, const LinkedRows &rows)
{
    QSqlQuery q(db.sql());
    AuditLog audit(db);
    for (const LinkedRows::Emptied &e : rows.emptied) {
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ? AND %2 IS NULL")
                      .arg(quoted(e.table), quoted(e.column)));
        for (int i = 0; i < e.rowIds.size(); ++i) {
            // A row deleted meanwhile, or linked to someone else, stays so.
            const qint64 row = e.rowIds.at(i);
            const qint64 id = e.recordIds.at(i);
            q.addBindValue(id);
            q.addBindValue(row);
            if (!q.exec())
                return writeFailed(q);
            if (q.numRowsAffected() > 0)
                if (Status s =
                        audit.record(e.table, row, QStringLiteral("update"), e.column, {}, id);
                    !s)
                    return s;
        }
    }
    for (const LinkedRows::Deleted &d : rows.deleted) {
        auto keys = foreignKeys(db, {}, d.table);
        if (!keys)
            return keys.asFailure();
        auto key = integerKey(db, d.table);
        if (!key)
            return key.asFailure();
        // Each value bound once per placeholder, in order.
        QStringList values;
        QVector<int> binds; // column index of each placeholder
        for (int c = 0; c < d.columns.size(); ++c) {
            const QString &column = d.columns.at(c);
            const auto fk =
                std::find_if(keys.value().begin(), keys.value().end(),
                             [&column](const ForeignKey &k) { return k.column == column; });
            if (column == key.value()) {
                values << QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM %1 WHERE %2 = ?)"
                                         " THEN NULL ELSE ? END")
                              .arg(quoted(d.table), quoted(column));
                binds << c << c;
            } else if (fk != keys.value().end() && fk->onDelete == QLatin1String("SET NULL")) {
                const QString to =
                    fk->parentColumn.isEmpty() ? QStringLiteral("rowid") : quoted(fk->parentColumn);
                values << QStringLiteral("(SELECT %1 FROM %2 WHERE %1 = ?)")
                              .arg(to, quoted(fk->parent));
                binds << c;
            } else {
                values << QStringLiteral("?");
                binds << c;
            }
        }
        QStringList parentsExist;
        QVector<int> parentBinds;
        for (const ForeignKey &k : keys.value()) {
            if (k.onDelete == QLatin1String("SET NULL"))
                continue;
            const int c = d.columns.indexOf(k.column);
            if (c < 0)
                continue;
            const QString to =
                k.parentColumn.isEmpty() ? QStringLiteral("rowid") : quoted(k.parentColumn);
            parentsExist << QStringLiteral("(? IS NULL OR EXISTS (SELECT 1 FROM %1 WHERE %2 = ?))")
                                .arg(quoted(k.parent), to);
            parentBinds << c << c;
        }
        QStringList columns;
        for (const QString &c : d.columns)
            columns << quoted(c);
        const QString sql =
            QStringLiteral("INSERT OR IGNORE INTO %1 (%2) SELECT %3%4")
                .arg(quoted(d.table), columns.join(QLatin1String(", ")),
                     values.join(QLatin1String(", ")),
                     parentsExist.isEmpty()
                         ? QString()
                         : QLatin1String(" WHERE ") + parentsExist.join(QLatin1String(" AND ")));
        q.prepare(sql);
        for (const QVariantList &row : d.rows) {
            for (int c : binds)
                q.addBindValue(row.at(c));
            for (int c : parentBinds)
                q.addBindValue(row.at(c));
            if (!q.exec())
                return writeFailed(q);
        }
    }
    return {};
}

} // namespace store
} // namespace kamae
