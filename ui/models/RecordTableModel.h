#pragma once

#include "store/ChangeSet.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <type_traits>
#include <utility>

namespace kamae {
namespace ui {

// Lower-case and width-folded, so that "ＰＣ" finds "PC" and "ｻｰﾊﾞ" finds
// "サーバ", as Japanese users expect of every search box.
QString foldForSearch(const QString &text);

// What Kamae's table models do alike: a flat table of fixed columns whose
// titles are given once; data() asks the subclass only about cells that
// exist, and a sort key it does not give is the displayed text.
// Not a Q_OBJECT: each model is, so that tr() and the titles use its context.
class TableModel : public QAbstractTableModel
{
    Q_DISABLE_COPY_MOVE(TableModel)

public:
    // Dates, numbers and ranks where the displayed text would sort wrong.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The stored id of the row's record (models of records that have one).
    static constexpr int IdRole = Qt::UserRole + 2;
    // The texts a search looks in, a QStringList (SearchFilterProxy); on
    // the first cell of a row, in models that give them.
    static constexpr int SearchRole = Qt::UserRole + 3;
    // Where a model's own roles start.
    static constexpr int FirstOwnRole = Qt::UserRole + 4;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // After a language switch: the headers and every cell anew.
    void retranslate();

protected:
    // titles: one QT_TR_NOOP text per column, translated in the context of
    // the subclass (its metaObject()), as its tr() would.
    TableModel(std::initializer_list<const char *> titles, QObject *parent);
    // Columns whose titles columnTitle() gives.
    TableModel(int columnCount, QObject *parent);

    virtual int recordCount() const = 0;
    virtual QString columnTitle(int column) const;
    // A role of a cell that exists. Where it gives no value, the display
    // text is cellText() and the sort key the display text; the alignment
    // is setAlignment()'s.
    virtual QVariant cellData(int row, int column, int role) const = 0;
    virtual QString cellText(int /*row*/, int /*column*/) const { return {}; }
    virtual QVariant rowId(int /*row*/) const { return {}; }

    void setAlignment(std::initializer_list<int> columns, Qt::Alignment alignment);
    // Rows in any order, repeats allowed; one signal over their span when
    // many, which a proxy handles in one pass.
    void emitRowsChanged(QVector<int> rows);
    void emitAllRowsChanged(const QList<int> &roles = {});

    static QVariant boldFont();
    // A cell of cellData() that shows `shown` and sorts by `key`: `shown`
    // for Qt::DisplayRole, `key` for SortRole, nothing for the other roles
    // (an invalid key sorts by the shown text).
    static QVariant sortedCell(int role, const QVariant &key, const QVariant &shown);
    // The same, with `shown` also as its tooltip.
    static QVariant tippedCell(int role, const QVariant &key, const QVariant &shown);
    // A count, shown as its number and sorted as one.
    static QVariant countCell(int role, int count);
    // Rows below `count`, sorted and distinct, as contiguous (first, last) runs.
    static QVector<std::pair<int, int>> runsOf(QVector<int> rows, int count);
    // Rows of a table that were inserted or updated: what to read again.
    static QSet<qint64> savedIds(const store::ChangeSet &changes, const QString &table);

private:
    QVector<const char *> m_titles;
    int m_columnCount = 0;
    QHash<int, Qt::Alignment> m_alignment;
};

namespace detail {

template <typename T, typename = void> struct HasIntegralId : std::false_type
{
};
template <typename T>
struct HasIntegralId<T, std::void_t<decltype(std::declval<const T &>().id)>>
    : std::is_integral<std::decay_t<decltype(std::declval<const T &>().id)>>
{
};

} // namespace detail

// A table of records of one type, one row each. Records with an integral
// `id` (a stored rowid) are found by it, and are updated, added and removed
// one by one with the signals views and proxies need, so that a burst of
// changes never resets a large table.
template <typename T> class RecordTableModel : public TableModel
{
public:
    static constexpr bool HasId = detail::HasIntegralId<T>::value;

    void setRecords(QVector<T> records)
    {
        resetRecords(std::move(records), [] {});
    }
    const T &record(int row) const { return m_records.at(row); }
    const QVector<T> &records() const { return m_records; }

    // The row of the record with this id, -1 if none.
    int rowOfId(qint64 id) const
    {
        static_assert(HasId, "records without an id");
        return m_rowOfId.value(id, -1);
    }
    // Replaces the record of the same id in place, or appends it.
    void upsert(T record)
    {
        if (const int row = rowOfId(record.id); row >= 0) {
            prepareRecord(record);
            m_records[row] = std::move(record);
            emitRowsChanged({row});
            return;
        }
        QVector<T> added;
        added.append(std::move(record));
        appendRecords(std::move(added));
    }
    void removeIds(const QVector<qint64> &ids)
    {
        QVector<int> rows;
        for (qint64 id : ids)
            if (const int row = rowOfId(id); row >= 0)
                rows << row;
        removeRecordRows(std::move(rows));
    }

protected:
    using TableModel::TableModel;

    // The rows that `ids` named take what is stored of them now: a stored
    // record replaces its row or is appended, a named row not in `stored`
    // goes (deleted, or gone in a transaction that failed). Rows for which
    // alsoChanged() is true show new data without being named.
    void syncRecords(const QSet<qint64> &ids, QVector<T> stored,
                     const std::function<bool(const T &)> &alsoChanged = {})
    {
        QSet<qint64> found;
        for (const T &r : std::as_const(stored))
            found.insert(r.id);
        QVector<int> gone;
        for (qint64 id : ids)
            if (const int row = rowOfId(id); row >= 0 && !found.contains(id))
                gone << row;
        removeRecordRows(std::move(gone));

        QVector<int> changed;
        QVector<T> fresh;
        for (T &r : stored) {
            if (const int row = rowOfId(r.id); row >= 0) {
                prepareRecord(r);
                m_records[row] = std::move(r);
                changed << row;
            } else {
                fresh.append(std::move(r));
            }
        }
        if (alsoChanged)
            for (int row = 0; row < m_records.size(); ++row)
                if (alsoChanged(m_records.at(row)))
                    changed << row;
        emitRowsChanged(std::move(changed));
        appendRecords(std::move(fresh));
    }
    // Whether reading every record costs less than reading `named` by id.
    bool cheaperToReload(qsizetype named) const
    {
        return named > std::max<qsizetype>(1000, m_records.size() / 2);
    }

    // A reset to `records`; alongside() sets what the cells also read, inside it.
    template <typename Alongside> void resetRecords(QVector<T> records, Alongside &&alongside)
    {
        beginResetModel();
        alongside();
        m_records = std::move(records);
        for (T &r : m_records)
            prepareRecord(r);
        reindex();
        endResetModel();
    }
    // Appended rows, one signal.
    void appendRecords(QVector<T> records)
    {
        if (records.isEmpty())
            return;
        const int first = static_cast<int>(m_records.size());
        beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
        for (T &r : records) {
            prepareRecord(r);
            if constexpr (HasId)
                m_rowOfId.insert(r.id, static_cast<int>(m_records.size()));
            m_records.append(std::move(r));
        }
        endInsertRows();
    }
    // Rows in any order: by contiguous runs, last first so that earlier rows
    // keep their numbers, or one reset when scattered all over (a
    // multi-selection of a sorted table, an undone import).
    void removeRecordRows(QVector<int> rows)
    {
        const QVector<std::pair<int, int>> runs =
            runsOf(std::move(rows), static_cast<int>(m_records.size()));
        if (runs.size() > 32) {
            beginResetModel();
            QVector<T> kept;
            kept.reserve(m_records.size());
            int next = 0;
            for (const auto &[first, last] : runs) {
                for (; next < first; ++next)
                    kept.append(std::move(m_records[next]));
                next = last + 1;
            }
            for (; next < m_records.size(); ++next)
                kept.append(std::move(m_records[next]));
            m_records = std::move(kept);
            reindex();
            endResetModel();
            return;
        }
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            beginRemoveRows({}, it->first, it->second);
            m_records.remove(it->first, it->second - it->first + 1);
            reindex();
            endRemoveRows();
        }
    }

    // Columns whose text is a member of the record as it is.
    void setTextColumns(std::initializer_list<std::pair<int, QString T::*>> columns)
    {
        for (const auto &[column, member] : columns)
            m_textMembers.insert(column, member);
    }
    QString cellText(int row, int column) const override
    {
        const auto it = m_textMembers.constFind(column);
        return it == m_textMembers.cend() ? QString() : m_records.at(row).*it.value();
    }

    // Every record as it enters the table: what the model derives from it.
    virtual void prepareRecord(T & /*record*/) const {}
    // For a model that moves its rows itself; reindex() after.
    QVector<T> &mutableRecords() { return m_records; }
    void reindex()
    {
        if constexpr (HasId) {
            m_rowOfId.clear();
            m_rowOfId.reserve(m_records.size());
            for (int row = 0; row < m_records.size(); ++row)
                m_rowOfId.insert(m_records.at(row).id, row);
        }
    }

    int recordCount() const final { return static_cast<int>(m_records.size()); }
    QVariant rowId(int row) const final
    {
        if constexpr (HasId)
            return m_records.at(row).id;
        else
            return TableModel::rowId(row);
    }

private:
    QVector<T> m_records;
    QHash<qint64, int> m_rowOfId;
    QHash<int, QString T::*> m_textMembers;
};

} // namespace ui
} // namespace kamae
