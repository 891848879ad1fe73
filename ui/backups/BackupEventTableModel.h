#pragma once

#include "domain/Backup.h"
#include "models/RecordTableModel.h"

namespace kamae {
namespace ui {

// One job's log: runs, restore tests and air-gap checks, newest first.
class BackupEventTableModel final : public RecordTableModel<domain::BackupEvent>
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

    explicit BackupEventTableModel(QObject *parent = nullptr);

    void setEvents(QVector<domain::BackupEvent> events) { setRecords(std::move(events)); }
    const domain::BackupEvent &event(int row) const { return record(row); }

protected:
    QVariant cellData(int row, int column, int role) const override;
};

} // namespace ui
} // namespace kamae
