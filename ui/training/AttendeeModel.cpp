#include "training/AttendeeModel.h"

#include "models/RecordTableModel.h"

#include <algorithm>

namespace kamae {
namespace ui {

AttendeeModel::AttendeeModel(QObject *parent) : QAbstractTableModel(parent) {}

void AttendeeModel::setPeople(const QVector<domain::Person> &people,
                              const QVector<domain::Attendance> &attendance)
{
    beginResetModel();
    m_rows.clear();
    for (const domain::Person &p : people) {
        // Departments are entries of the list too, but nobody to tick.
        if (p.kind != domain::PersonKind::Person)
            continue;
        Row row{p, false, true, -1};
        for (const domain::Attendance &a : attendance)
            if (a.personId == p.id) {
                row.ticked = true;
                row.completed = a.state == domain::AttendanceState::Completed;
                row.score = a.score;
            }
        m_rows << row;
    }
    endResetModel();
    emit tickedChanged();
}

int AttendeeModel::rowOf(qint64 personId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).person.id == personId)
            return r;
    return -1;
}

void AttendeeModel::setTicked(int row, bool ticked)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).ticked == ticked)
        return;
    m_rows[row].ticked = ticked;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit tickedChanged();
}

int AttendeeModel::tick(const QVector<qint64> &personIds)
{
    int ticked = 0;
    for (qint64 id : personIds) {
        const int row = rowOf(id);
        if (row >= 0 && !isTicked(row)) {
            setTicked(row, true);
            ++ticked;
        }
    }
    return ticked;
}

void AttendeeModel::untickAll()
{
    for (int r = 0; r < m_rows.size(); ++r)
        setTicked(r, false);
}

int AttendeeModel::tickedCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.ticked; }));
}

QVector<qint64> AttendeeModel::tickedIds() const
{
    QVector<qint64> ids;
    for (const Row &r : m_rows)
        if (r.ticked)
            ids << r.person.id;
    return ids;
}

QVector<domain::Attendance> AttendeeModel::attendance(qint64 sessionId) const
{
    QVector<domain::Attendance> out;
    for (const Row &r : m_rows)
        if (r.ticked) {
            domain::Attendance a;
            a.sessionId = sessionId;
            a.personId = r.person.id;
            a.state = r.completed ? domain::AttendanceState::Completed
                                  : domain::AttendanceState::Attended;
            a.score = r.score;
            out << a;
        }
    return out;
}

QStringList AttendeeModel::departments() const
{
    QStringList names;
    for (const Row &r : m_rows) {
        const QString d = r.person.department.trimmed();
        if (!d.isEmpty() && !names.contains(d, Qt::CaseInsensitive))
            names << d;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

int AttendeeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AttendeeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendeeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.person.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return r.person.name;
        if (role == Qt::CheckStateRole)
            return r.ticked ? Qt::Checked : Qt::Unchecked;
        if (role == TableModel::SortRole)
            return r.person.reading.isEmpty() ? r.person.name : r.person.reading;
        if (role == Qt::ToolTipRole && !r.person.reading.isEmpty())
            return r.person.reading;
        return {};
    case DepartmentColumn:
        return role == Qt::DisplayRole ? r.person.department : QVariant();
    case RoleColumn:
        return role == Qt::DisplayRole ? r.person.role : QVariant();
    case CompletedColumn:
        if (role == Qt::CheckStateRole && r.ticked)
            return r.completed ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole && r.ticked)
            return r.completed ? tr("Completed") : tr("Attended only");
        return {};
    default:
        return {};
    }
}

bool AttendeeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid())
        return false;
    const bool on = value.toInt() == Qt::Checked;
    if (index.column() == NameColumn) {
        setTicked(index.row(), on);
        return true;
    }
    if (index.column() == CompletedColumn && m_rows.at(index.row()).ticked) {
        m_rows[index.row()].completed = on;
        emit dataChanged(index, index);
        return true;
    }
    return false;
}

Qt::ItemFlags AttendeeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn ||
        (index.column() == CompletedColumn && m_rows.at(index.row()).ticked))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AttendeeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DepartmentColumn:
        return tr("Department");
    case RoleColumn:
        return tr("Role");
    case CompletedColumn:
        return tr("Completed the course");
    default:
        return {};
    }
}

AttendeeFilterProxy::AttendeeFilterProxy(QObject *parent) : RecordFilterProxy(parent) {}

bool AttendeeFilterProxy::acceptsRow(int sourceRow) const
{
    const domain::Person &p = static_cast<const AttendeeModel *>(sourceModel())->person(sourceRow);
    return anyContainsSearch({p.name, p.reading, p.department, p.role, p.email});
}

} // namespace ui
} // namespace kamae
