#pragma once

// How the repositories write values into their columns. Internal to store/.

#include <QDate>
#include <QString>
#include <QStringList>

namespace kamae {
namespace store {
namespace sql {

// Qt binds a null QString as SQL NULL, which the NOT NULL text columns
// refuse; a field left at its default (QString()) means "empty".
inline QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

// yyyy-MM-dd, or "" for no date.
inline QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(QLatin1String(""));
}

// Id lists (CVEs, CPEs, CWEs) are stored space-separated.
inline QString joined(const QStringList &list)
{
    return text(list.join(QLatin1Char(' ')));
}

inline QStringList split(const QString &stored)
{
    return stored.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// "1,2,3" for WHERE id IN (...): integers only, so nothing to escape.
template <typename Ids> QString idList(const Ids &ids)
{
    QString list;
    list.reserve(static_cast<qsizetype>(ids.size()) * 7);
    for (qint64 id : ids) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    return list;
}

// A stored enum value, or the fallback when it is outside 0..count-1.
// checkStoredValues() refuses such a vault when it is opened; this keeps a
// value that slipped past it from ever indexing out of bounds.
template <typename E> E enumValue(qint64 stored, int count, E fallback)
{
    return stored >= 0 && stored < count ? static_cast<E>(stored) : fallback;
}

} // namespace sql
} // namespace store
} // namespace kamae
