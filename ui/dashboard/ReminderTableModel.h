#pragma once

#include "reminders/Reminder.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace kamae {
namespace ui {

// Reminders from every module: what is overdue and what is due this week.
class ReminderTableModel final : public QAbstractTableModel
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
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReminderTableModel(QObject *parent = nullptr);

    void setReminders(QVector<reminders::Reminder> reminders, const QDate &today);
    const reminders::Reminder &reminder(int row) const { return m_reminders.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<reminders::Reminder> m_reminders;
    QDate m_today;
};

} // namespace ui
} // namespace kamae
