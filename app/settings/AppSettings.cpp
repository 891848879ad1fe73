#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace kamae {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
const QString kBackupDir = QStringLiteral("vault/backupDirectory");
const QString kRecent = QStringLiteral("vault/recent");
} // namespace

QString AppSettings::systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                             : QStringLiteral("en");
}

QString AppSettings::language()
{
    const QString code = QSettings().value(kLanguage).toString();
    return code == QLatin1String("ja") || code == QLatin1String("en") ? code : systemLanguage();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

bool AppSettings::trayNotifications()
{
    return QSettings().value(QStringLiteral("reminders/trayNotifications"), true).toBool();
}

void AppSettings::setTrayNotifications(bool on)
{
    QSettings().setValue(QStringLiteral("reminders/trayNotifications"), on);
}

bool AppSettings::gettingStartedHidden(const QString &vaultId)
{
    return QSettings()
        .value(QStringLiteral("dashboard/%1/gettingStartedHidden").arg(vaultId), false)
        .toBool();
}

void AppSettings::setGettingStartedHidden(const QString &vaultId, bool hidden)
{
    const QString key = QStringLiteral("dashboard/%1/gettingStartedHidden").arg(vaultId);
    if (hidden)
        QSettings().setValue(key, true);
    else
        QSettings().remove(key);
}

int AppSettings::autoLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kAutoLock, kDefaultAutoLockMinutes).toInt(&ok);
    return ok && minutes >= 0 && minutes <= 24 * 60 ? minutes : kDefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    QSettings().setValue(kAutoLock, minutes);
}

QString AppSettings::backupDirectory()
{
    return QSettings().value(kBackupDir).toString();
}

void AppSettings::setBackupDirectory(const QString &directory)
{
    QSettings().setValue(kBackupDir, directory);
}

QStringList AppSettings::recentVaults()
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentVault(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentVaults();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentVaults)
        list.removeLast();
    QSettings().setValue(kRecent, list);
}

void AppSettings::removeRecentVault(const QString &path)
{
    QStringList list = recentVaults();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kRecent, list);
}

} // namespace kamae
