#include "pages/PeopleModel.h"

#include "i18n/Language.h"

namespace kamae {
namespace ui {

PeopleModel::PeopleModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Name"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Reading"),
                        QT_TR_NOOP("Department"), QT_TR_NOOP("Role"), QT_TR_NOOP("E-mail"),
                        QT_TR_NOOP("Phone"), QT_TR_NOOP("Contact"), QT_TR_NOOP("Joined"),
                        QT_TR_NOOP("Left"), QT_TR_NOOP("Staff or outside")},
                       parent)
{
    setTextColumns({{Reading, &domain::Person::reading},
                    {Department, &domain::Person::department},
                    {Role, &domain::Person::role},
                    {Email, &domain::Person::email},
                    {Phone, &domain::Person::phone},
                    {Contact, &domain::Person::contact}});
}

QString PeopleModel::kindText(domain::PersonKind kind)
{
    return kind == domain::PersonKind::Department ? tr("Department") : tr("Person");
}

QString PeopleModel::outsideText(const domain::Person &person)
{
    if (person.external)
        return tr("Outside");
    return person.kind == domain::PersonKind::Department ? QString() : tr("Staff");
}

QVariant PeopleModel::cellData(int row, int column, int role) const
{
    const domain::Person &p = record(row);
    auto date = [role](const QDate &d) -> QVariant {
        if (role == SortRole)
            return d.isValid() ? d.toString(Qt::ISODate) : QString();
        return d.isValid() ? d.toString(i18n::dateFormat()) : QString();
    };
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        // Sorted by reading when there is one (Japanese names sort by it).
        if (role == SortRole)
            return (p.reading.isEmpty() ? p.name : p.reading).toLower();
        if (role == Qt::ToolTipRole)
            return p.notes.isEmpty() ? QVariant() : QVariant(p.notes);
        return p.name;
    case Kind:
        return role == SortRole ? QVariant(static_cast<int>(p.kind)) : kindText(p.kind);
    case Joined:
        return date(p.joined);
    case Left:
        return date(p.left);
    case Outside:
        if (role == Qt::ToolTipRole)
            return p.external ? tr("Outside the company: not counted as a trainee") : QVariant();
        return outsideText(p);
    }
    // The other columns' tooltip is their text.
    return role == Qt::ToolTipRole ? QVariant(cellText(row, column)) : QVariant();
}

} // namespace ui
} // namespace kamae
