#pragma once

#include <QDate>
#include <QObject>
#include <QStringList>

class QSystemTrayIcon;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

// While Kamae runs: once a day, a tray notification for reminders that
// became overdue since the last one. What was already announced is
// remembered per vault (by its calendar id), outside the vault.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(store::Database &db, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // The text to show now, or empty: off in Settings, already shown today,
    // or nothing newly overdue. Marks what it returns as announced.
    QString takeMessage();
    // Shows takeMessage() in the tray, where there is one.
    void check();

signals:
    void messageClicked();

private:
    store::Database &m_db;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace ui
} // namespace kamae
