#pragma once

#include "domain/Backup.h"

#include <QAbstractTableModel>
#include <QVector>

namespace kamae {
namespace ui {

// One job's log: runs, restore tests and air-gap checks, newest first.
class BackupEventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupEventTableModel)

public:
    enum Column
    {
        DateColumn,
        KindColumn,
        ResultColumn,
        SubjectColumn,
        DurationColumn,
        ByColumn,
        NotesColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit BackupEventTableModel(QObject *parent = nullptr);

    void setEvents(QVector<domain::BackupEvent> events);
    const domain::BackupEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<domain::BackupEvent> m_events;
};

} // namespace ui
} // namespace kamae
