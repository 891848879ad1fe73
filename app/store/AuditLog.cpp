#include "store/AuditLog.h"
#include "core/Clock.h"

#include "store/Database.h"
#include "store/SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kamae {
namespace store {

Status AuditLog::record(const QString &entity, qint64 entityId, const QString &action,
                        const QString &field, const QVariant &oldValue, const QVariant &newValue)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, entity, entity_id, action, field, "
                             "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(clock::now().toString(Qt::ISODateWithMs));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(action);
    // A null QString would reach SQLite as NULL; the column is NOT NULL.
    q.addBindValue(field.isNull() ? QString(QLatin1String("")) : field);
    q.addBindValue(oldValue.isValid() ? oldValue.toString() : QVariant());
    q.addBindValue(newValue.isValid() ? newValue.toString() : QVariant());
    if (!q.exec())
        return writeFailed(q);
    return {};
}

QVector<AuditEntry> AuditLog::recent(int limit) const
{
    QVector<AuditEntry> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, at, entity, entity_id, action, field, old_value, "
                             "new_value FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.entity = q.value(2).toString();
        e.entityId = q.value(3).toLongLong();
        e.action = q.value(4).toString();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6);
        e.newValue = q.value(7);
        out.append(e);
    }
    return out;
}

qint64 AuditLog::count() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace store
} // namespace kamae
