#pragma once

#include "domain/Person.h"

#include <QAbstractTableModel>
#include <QVector>

namespace kamae {
namespace ui {

// The people and departments list as a read-only table; sorting is done by
// a proxy on SortRole.
class PeopleModel final : public QAbstractTableModel
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
        Contact,
        Joined,
        Left,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(const QVector<domain::Person> &people);
    const QVector<domain::Person> &people() const { return m_people; }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(domain::PersonKind kind);

private:
    QVector<domain::Person> m_people;
};

} // namespace ui
} // namespace kamae
