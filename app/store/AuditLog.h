#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVector>

namespace kamae {
namespace store {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString entity; // table-like name: "organisation", "site", …
    qint64 entityId = 0;
    QString action; // "create", "update", "delete"
    QString field;  // for updates: which field
    QVariant oldValue;
    QVariant newValue;
};

// Append-only record of every change, written in the same transaction as
// the change itself.
class AuditLog final
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    Status record(const QString &entity, qint64 entityId, const QString &action,
                  const QString &field = {}, const QVariant &oldValue = {},
                  const QVariant &newValue = {});
    // Newest first.
    QVector<AuditEntry> recent(int limit) const;
    qint64 count() const;

private:
    Database &m_db;
};

} // namespace store
} // namespace kamae
