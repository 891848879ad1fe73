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
        ColumnCount
    };

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(const QVector<domain::Person> &people) { setRecords(people); }
    const QVector<domain::Person> &people() const { return records(); }

    static QString kindText(domain::PersonKind kind);

protected:
    QVariant cellData(int row, int column, int role) const override;
};

} // namespace ui
} // namespace kamae
