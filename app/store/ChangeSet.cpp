#include "store/ChangeSet.h"

namespace kamae {
namespace store {

void ChangeSet::add(const QString &table, qint64 rowId, ChangeKind kind)
{
    TableChanges &t = m_tables[table];
    switch (kind) {
    case ChangeKind::Insert:
        // Gone and back in the same burst: the row a listener holds changed.
        if (t.deleted.remove(rowId))
            t.updated.insert(rowId);
        else
            t.inserted.insert(rowId);
        break;
    case ChangeKind::Update:
        if (!t.inserted.contains(rowId))
            t.updated.insert(rowId);
        break;
    case ChangeKind::Delete:
        // A row born and gone in the same burst never existed for a listener.
        if (!t.inserted.remove(rowId))
            t.deleted.insert(rowId);
        t.updated.remove(rowId);
        break;
    }
}

void ChangeSet::addWholeTable(const QString &table)
{
    m_tables[table].whole = true;
}

void ChangeSet::merge(const ChangeSet &other)
{
    for (auto it = other.m_tables.cbegin(); it != other.m_tables.cend(); ++it) {
        for (qint64 id : it->inserted)
            add(it.key(), id, ChangeKind::Insert);
        for (qint64 id : it->updated)
            add(it.key(), id, ChangeKind::Update);
        for (qint64 id : it->deleted)
            add(it.key(), id, ChangeKind::Delete);
        if (it->whole)
            addWholeTable(it.key());
    }
}

bool ChangeSet::touchesAny(const QStringList &tables) const
{
    for (const QString &table : tables)
        if (touches(table))
            return true;
    return false;
}

bool ChangeSet::wholeTable(const QString &table) const
{
    const auto it = m_tables.constFind(table);
    return it != m_tables.cend() && it->whole;
}

QSet<qint64> ChangeSet::ids(const QString &table) const
{
    const auto it = m_tables.constFind(table);
    if (it == m_tables.cend())
        return {};
    return it->inserted + it->updated + it->deleted;
}

QSet<qint64> ChangeSet::ids(const QString &table, ChangeKind kind) const
{
    const auto it = m_tables.constFind(table);
    if (it == m_tables.cend())
        return {};
    switch (kind) {
    case ChangeKind::Insert:
        return it->inserted;
    case ChangeKind::Update:
        return it->updated;
    case ChangeKind::Delete:
        return it->deleted;
    }
    return {};
}

} // namespace store
} // namespace kamae
