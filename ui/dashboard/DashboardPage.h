#pragma once

#include "pages/Page.h"
#include "reminders/Reminder.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

class ReminderTableModel;

// What needs doing: everything overdue or due this week across the modules,
// each row opening its record. (The posture score joins it in issue 6.)
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(store::Database &db, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    void reload();
    int reminderCount() const;
    void openRow(int proxyRow);
    // Writes every reminder to an .ics file; returns false and shows why on failure.
    bool exportCalendar(const QString &path);

signals:
    void reminderActivated(const kamae::reminders::Reminder &reminder);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void chooseCalendarFile();
    void retranslate();

    store::Database &m_db;
    quint64 m_loadedChange = 0;
    QDate m_loadedDay;
    bool m_dirty = false;
    int m_overdue = 0;
    int m_dueSoon = 0;
    QTimer *m_reloadTimer = nullptr;
    QLabel *m_heading = nullptr;
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
