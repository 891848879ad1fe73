#pragma once

#include "domain/Person.h"
#include "models/RecordTableModel.h"

namespace kamae {
namespace ui {

// The people and departments list as a read-only table; sorting is done by
// a proxy on SortRole.
class PeopleModel final : public RecordTableModel<domain::Person>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleModel)

public:
    enum Column
    {
        Name = 0,
        Kind,
        Reading,
        Department,
        Role,
        Email,
        Phone,
        Contact,
        Joined,
        Left,
        Outside, // staff or outside the company
        ColumnCount
    };

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(const QVector<domain::Person> &people) { setRecords(people); }
    const QVector<domain::Person> &people() const { return records(); }

    static QString kindText(domain::PersonKind kind);
    // "Staff" or "Outside" ("Outside" or nothing for a department).
    static QString outsideText(const domain::Person &person);

protected:
    QVariant cellData(int row, int column, int role) const override;
};

} // namespace ui
} // namespace kamae
