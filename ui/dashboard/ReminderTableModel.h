#pragma once

#include "models/RecordTableModel.h"
#include "reminders/Reminder.h"

#include <QDate>

namespace kamae {
namespace ui {

// Reminders from every module: what is overdue and what is due this week.
class ReminderTableModel final : public RecordTableModel<reminders::Reminder>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderTableModel)

public:
    enum Column
    {
        StateColumn,
        DueColumn,
        TitleColumn,
        ModuleColumn,
        WhenColumn,
        ColumnCount
    };

    explicit ReminderTableModel(QObject *parent = nullptr);

    void setReminders(QVector<reminders::Reminder> reminders, const QDate &today);
    const reminders::Reminder &reminder(int row) const { return record(row); }

protected:
    QVariant cellData(int row, int column, int role) const override;

private:
    QDate m_today;
};

} // namespace ui
} // namespace kamae
