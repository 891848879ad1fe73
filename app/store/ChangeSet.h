#pragma once

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kamae {
namespace store {

enum class ChangeKind
{
    Insert,
    Update,
    Delete,
};

// What one burst of committed writes changed: per table, the rowids
// inserted, updated and deleted. Listeners use it to update only the rows
// that changed, and to skip work when none of their tables moved. A table
// can also be marked as changed as a whole (a write whose rows SQLite did not
// report one by one); then ids() is incomplete and wholeTable() is true.
// Kinds are as a listener sees the burst: a row deleted and inserted again
// (undo of a delete) is updated; a row inserted and deleted is not there.
// Ids are rowids: for a table whose key is not an INTEGER PRIMARY KEY they
// name rows but are no key a listener knows; use touches() for those.
class ChangeSet final
{
public:
    void add(const QString &table, qint64 rowId, ChangeKind kind);
    void addWholeTable(const QString &table);
    void merge(const ChangeSet &other);

    bool isEmpty() const { return m_tables.isEmpty(); }
    QStringList tables() const { return m_tables.keys(); }
    bool touches(const QString &table) const { return m_tables.contains(table); }
    bool touchesAny(const QStringList &tables) const;
    bool wholeTable(const QString &table) const;
    // Every row of the table that changed in any way.
    QSet<qint64> ids(const QString &table) const;
    QSet<qint64> ids(const QString &table, ChangeKind kind) const;

private:
    struct TableChanges
    {
        QSet<qint64> inserted;
        QSet<qint64> updated;
        QSet<qint64> deleted;
        bool whole = false;
    };
    QHash<QString, TableChanges> m_tables;
};

} // namespace store
} // namespace kamae

Q_DECLARE_METATYPE(kamae::store::ChangeSet)
