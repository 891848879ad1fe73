#include "store/SqlWrites.h"

#include "store/Database.h"
#include "store/SqlErrors.h"

#include <QSqlQuery>

namespace kamae {
namespace store {
namespace sql {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDate dateFrom(const QString &stored)
{
    return QDate::fromString(stored, Qt::ISODate);
}

QDateTime instantFrom(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

Status insertRow(Database &db, const QString &table, qint64 id, QStringList columns,
                 QVariantList values, qint64 *newId)
{
    if (id > 0) {
        columns.prepend(QStringLiteral("id"));
        values.prepend(id);
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return writeFailed(q);
    if (newId)
        *newId = q.lastInsertId().toLongLong();
    return {};
}

Status execSql(Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    if (!q.exec(statement))
        return writeFailed(q);
    return {};
}

} // namespace sql
} // namespace store
} // namespace kamae
