#pragma once

#include "domain/Person.h"
#include "training/TrainingRecords.h"
#include "models/RecordFilterProxy.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

namespace kamae {
namespace ui {

// The people who may attend a session, each ticked (was there) or not,
// and, for a ticked one, whether they completed the course or only
// attended. The first column's check box is the tick, the last one's
// "completed" (shown when editing a session's attendance).
class AttendeeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendeeModel)

public:
    enum Column
    {
        NameColumn,
        DepartmentColumn,
        RoleColumn,
        CompletedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit AttendeeModel(QObject *parent = nullptr);

    // `people` in the order to show; `attendance`: who is ticked already.
    void setPeople(const QVector<domain::Person> &people,
                   const QVector<domain::Attendance> &attendance);
    const domain::Person &person(int row) const { return m_rows.at(row).person; }
    int rowOf(qint64 personId) const;

    bool isTicked(int row) const { return m_rows.at(row).ticked; }
    void setTicked(int row, bool ticked);
    void toggle(int row) { setTicked(row, !isTicked(row)); }
    // Ticks these people (those in the list); returns how many were newly ticked.
    int tick(const QVector<qint64> &personIds);
    void untickAll();
    int tickedCount() const;
    QVector<qint64> tickedIds() const;
    // The ticked people's attendance of the session, keeping their scores.
    QVector<domain::Attendance> attendance(qint64 sessionId) const;
    QStringList departments() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void tickedChanged();

private:
    struct Row
    {
        domain::Person person;
        bool ticked = false;
        bool completed = true;
        int score = -1;
    };
    QVector<Row> m_rows;
};

// The people list of the picker, by a search of names, readings,
// departments, roles and addresses.
class AttendeeFilterProxy final : public RecordFilterProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendeeFilterProxy)

public:
    explicit AttendeeFilterProxy(QObject *parent = nullptr);

protected:
    bool acceptsRow(int sourceRow) const override;
};

} // namespace ui
} // namespace kamae
