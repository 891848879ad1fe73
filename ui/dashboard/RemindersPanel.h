#pragma once

#include "reminders/Reminder.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

class ReminderTableModel;

// What needs doing: everything overdue or due this week across the modules,
// each row opening its record, and the calendar export.
class RemindersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemindersPanel)

public:
    explicit RemindersPanel(store::Database &db, QWidget *parent = nullptr);
    ~RemindersPanel() override;

    // False with the reason shown when the reminders cannot be read.
    bool reload(const QDate &today);
    int reminderCount() const;
    void openRow(int proxyRow);
    // Writes every reminder to an .ics file; returns false and shows why on failure.
    bool exportCalendar(const QString &path);

signals:
    void reminderActivated(const kamae::reminders::Reminder &reminder);

private:
    void chooseCalendarFile();
    void retranslate();

    store::Database &m_db;
    int m_overdue = 0;
    int m_dueSoon = 0;
    QLabel *m_summary = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    ReminderTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ui
} // namespace kamae
