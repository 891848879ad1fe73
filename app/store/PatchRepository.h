#pragma once

#include "core/Result.h"
#include "domain/Patch.h"

#include <QDate>
#include <QVector>

namespace kamae {
namespace store {

class Database;

// Patch items (修正プログラムの適用状況) and the due-date policy. Every
// write is one transaction with its audit log entries.
class PatchRepository final
{
public:
    explicit PatchRepository(Database &db) : m_db(db) {}

    Result<QVector<domain::PatchItem>> all() const;
    Result<QVector<domain::PatchItem>> forAssets(const QVector<qint64> &assetIds) const;
    Result<domain::PatchItem> get(qint64 id) const;
    // The stored ones of these items, in one query, by id; ids no longer
    // stored are left out (for models applying a store::ChangeSet).
    Result<QVector<domain::PatchItem>> byIds(const QVector<qint64> &ids) const;

    // One change of many items, all or none: items of `after` that are not in
    // `before` are inserted (keeping their id when they have one, so undo and
    // redo restore the same rows), items in both are updated, items only in
    // `before` are deleted. Returns `after` with the ids given. Inside a
    // caller's store::Transaction (a feed import that refreshes items with
    // the entries it stores) it is part of that transaction.
    Result<QVector<domain::PatchItem>> apply(const QVector<domain::PatchItem> &before,
                                             const QVector<domain::PatchItem> &after,
                                             const QString &auditAction);

    // Convenience wrappers over apply().
    Result<qint64> insert(const domain::PatchItem &item);
    Status update(const domain::PatchItem &item);
    Status remove(const QVector<qint64> &ids);

    domain::PatchPolicy policy() const;
    Status setPolicy(const domain::PatchPolicy &policy);

private:
    Database &m_db;
};

} // namespace store
} // namespace kamae
