#include "pages/PeopleModel.h"

#include "i18n/Language.h"

namespace kamae {
namespace ui {

PeopleModel::PeopleModel(QObject *parent) : QAbstractTableModel(parent) {}

void PeopleModel::setPeople(const QVector<domain::Person> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

int PeopleModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).id == id)
            return i;
    }
    return -1;
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeopleModel::kindText(domain::PersonKind kind)
{
    return kind == domain::PersonKind::Department ? tr("Department") : tr("Person");
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    const domain::Person &p = m_people.at(index.row());
    if (role == IdRole)
        return p.id;
    auto date = [role](const QDate &d) -> QVariant {
        if (role == SortRole)
            return d.isValid() ? d.toString(Qt::ISODate) : QString();
        return d.isValid() ? d.toString(i18n::dateFormat()) : QString();
    };
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        // Sorted by reading when there is one (Japanese names sort by it).
        if (role == SortRole)
            return (p.reading.isEmpty() ? p.name : p.reading).toLower();
        if (role == Qt::ToolTipRole)
            return p.notes.isEmpty() ? QVariant() : QVariant(p.notes);
        return p.name;
    case Kind:
        return role == SortRole ? QVariant(static_cast<int>(p.kind)) : kindText(p.kind);
    case Reading:
        return p.reading;
    case Department:
        return p.department;
    case Role:
        return p.role;
    case Contact:
        return p.contact;
    case Joined:
        return date(p.joined);
    case Left:
        return date(p.left);
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Reading:
        return tr("Reading");
    case Department:
        return tr("Department");
    case Role:
        return tr("Role");
    case Contact:
        return tr("Contact");
    case Joined:
        return tr("Joined");
    case Left:
        return tr("Left");
    default:
        return {};
    }
}

} // namespace ui
} // namespace kamae
