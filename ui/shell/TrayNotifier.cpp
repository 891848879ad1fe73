#include "shell/TrayNotifier.h"

#include "core/Clock.h"
#include "reminders/Reminders.h"
#include "settings/AppSettings.h"
#include "store/Database.h"

#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

namespace kamae {
namespace ui {

namespace {
QString key(const QString &calendarId, const char *what)
{
    return QStringLiteral("reminders/%1/%2").arg(calendarId, QLatin1String(what));
}
} // namespace

TrayNotifier::TrayNotifier(store::Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    auto *timer = new QTimer(this);
    timer->setInterval(60 * 60 * 1000);
    connect(timer, &QTimer::timeout, this, &TrayNotifier::check);
    timer->start();
    // After the window has settled.
    QTimer::singleShot(5000, this, &TrayNotifier::check);
}

TrayNotifier::~TrayNotifier()
{
    if (m_tray)
        m_tray->hide();
}

QString TrayNotifier::takeMessage()
{
    if (!AppSettings::trayNotifications())
        return {};
    const QDate today = clock::today();
    const QString id = reminders::calendarId(m_db);
    QSettings settings;
    if (settings.value(key(id, "lastDay")).toDate() == today)
        return {};
    auto all = reminders::allReminders(m_db, today);
    if (!all)
        return {};
    const QStringList announced = settings.value(key(id, "announced")).toStringList();
    const QVector<reminders::Reminder> fresh = reminders::newlyOverdue(all.value(), announced);
    if (fresh.isEmpty())
        return {};
    // Keep only what is still overdue, so a duty that comes back later is
    // announced again.
    QStringList stillOverdue;
    for (const reminders::Reminder &r : all.value())
        if (r.state == reminders::ReminderState::Overdue)
            stillOverdue << r.uid;
    settings.setValue(key(id, "announced"), stillOverdue);
    settings.setValue(key(id, "lastDay"), today);
    QString message = tr("%n item(s) became overdue:", nullptr, static_cast<int>(fresh.size()));
    for (int i = 0; i < std::min<qsizetype>(3, fresh.size()); ++i)
        message += QStringLiteral("\n• ") + fresh.at(i).title;
    if (fresh.size() > 3)
        message +=
            QStringLiteral("\n") + tr("…and %n more", nullptr, static_cast<int>(fresh.size() - 3));
    return message;
}

void TrayNotifier::check()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !AppSettings::trayNotifications())
        return;
    const QString message = takeMessage();
    if (message.isEmpty())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Kamae"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::messageClicked);
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::messageClicked);
    }
    m_tray->show();
    m_tray->showMessage(tr("Kamae: overdue"), message, QSystemTrayIcon::Warning);
}

} // namespace ui
} // namespace kamae
