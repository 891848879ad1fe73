#pragma once

#include "core/Result.h"
#include "domain/Asset.h"
#include "store/LinkedRows.h"

#include <QDate>
#include <QHash>
#include <QVector>

#include <functional>

namespace kamae {
namespace store {

class ChangeSet;
class Database;

// The information-asset register. Every write is one transaction with its
// audit log entries.
class AssetRepository final
{
public:
    explicit AssetRepository(Database &db) : m_db(db) {}

    Result<QVector<domain::Asset>> all() const;
    // Every asset in id order, one at a time, none kept: for output that
    // streams (memory flat in the number of assets).
    Status forEach(const std::function<void(const domain::Asset &)> &visit) const;
    // A light reader for code that needs only the names (100,000 full rows
    // cost ~90 ms).
    Result<QHash<qint64, QString>> names() const;
    Result<domain::Asset> get(qint64 id) const;
    // The stored ones of these assets, in one query, by id; ids no longer
    // stored are left out (for models applying a store::ChangeSet).
    Result<QVector<domain::Asset>> byIds(const QVector<qint64> &ids) const;
    // Brings `assets`, a copy of the register read with all(), in step with
    // a burst of committed changes: the assets it names are read again by
    // id, those no longer stored go, new ones join at the end; a change of
    // the table as a whole reads it all. For code that keeps every asset
    // but shows few of them (the Backups page).
    Status refresh(QVector<domain::Asset> &assets, const ChangeSet &changes) const;
    qint64 count() const;

    // Stores a new asset; an asset with an id (restored by undo) keeps it.
    Result<qint64> insert(const domain::Asset &asset);
    // Many at once, all or none (an import). One audit entry names them.
    Result<QVector<qint64>> insertMany(const QVector<domain::Asset> &assets,
                                       const QString &auditNote);
    // Writes the fields that differ from what is stored, each to the audit log.
    Status update(const domain::Asset &asset);
    // With `linked`, first reads into it every row that refers to them
    // (patch items, dismissals, backup jobs' links, a module's links), for
    // restore().
    Status remove(const QVector<qint64> &ids, LinkedRows *linked = nullptr);
    // Undoes remove(): the assets with their ids, and what referred to them,
    // in one transaction.
    Status restore(const QVector<domain::Asset> &assets, const LinkedRows &linked,
                   const QString &auditNote);
    // Sets the review date of these assets (the 棚卸し).
    Status markReviewed(const QVector<qint64> &ids, const QDate &date);

    static Status validate(const domain::Asset &asset);

private:
    Result<QVector<domain::Asset>> select(const QString &where, qint64 expected) const;
    Status read(const QString &where, const std::function<void(domain::Asset &&)> &visit) const;
    Status insertOne(const domain::Asset &asset, qint64 *id);

    Database &m_db;
};

} // namespace store
} // namespace kamae
