#pragma once

#include <QString>
#include <QStringList>

namespace kamae {

// Per-user preferences kept outside the vault (they hold no company data):
// language, auto-lock, backup folder, recently opened vault paths.
class AppSettings final
{
public:
    static QString language(); // "ja" or "en"
    static void setLanguage(const QString &code);
    // The language to start in before the user ever chose one.
    static QString systemLanguage();

    static int autoLockMinutes(); // 0 = never
    static void setAutoLockMinutes(int minutes);

    // A tray notification once a day for newly overdue reminders.
    static bool trayNotifications();
    static void setTrayNotifications(bool on);

    // The dashboard's getting-started checklist, hidden by the user for the
    // vault of this calendar id (reminders::calendarId).
    static bool gettingStartedHidden(const QString &vaultId);
    static void setGettingStartedHidden(const QString &vaultId, bool hidden);

    static QString backupDirectory(); // empty = beside the vault
    static void setBackupDirectory(const QString &directory);

    static QStringList recentVaults();
    static void addRecentVault(const QString &path);
    static void removeRecentVault(const QString &path);

    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMaxRecentVaults = 8;
};

} // namespace kamae
