#include "widgets/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace kamae {
namespace ui {
namespace filedialogs {

namespace {

// Kinds that remembered a folder before this helper keep their keys, so
// that nobody's choice is forgotten.
QString settingsKey(FileKind kind)
{
    switch (kind) {
    case FileKind::Vault:
        return QStringLiteral("fileDialogs/vault");
    case FileKind::VaultCopy:
        return QStringLiteral("backups/lastCopyFolder");
    case FileKind::Register:
        return QStringLiteral("fileDialogs/register");
    case FileKind::Feed:
        return QStringLiteral("patches/feedDirectory");
    case FileKind::Report:
        return QStringLiteral("report/lastFolder");
    case FileKind::Calendar:
        return QStringLiteral("dashboard/calendarFolder");
    case FileKind::BackupFolder:
        return QStringLiteral("fileDialogs/backupFolder");
    }
    return QStringLiteral("fileDialogs/other");
}

bool isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

QString documents()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return isFolder(docs) ? docs : QDir::homePath();
}

} // namespace

QString startFolder(FileKind kind)
{
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    return isFolder(remembered) ? remembered : documents();
}

void remember(FileKind kind, const QString &fileOrFolder)
{
    if (fileOrFolder.isEmpty())
        return;
    const QFileInfo info(fileOrFolder);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    QSettings().setValue(settingsKey(kind), folder);
}

QString openFile(QWidget *parent, FileKind kind, const QString &caption, const QString &filter,
                 QString *selectedFilter)
{
    const QString path =
        QFileDialog::getOpenFileName(parent, caption, startFolder(kind), filter, selectedFilter);
    remember(kind, path);
    return path;
}

QString saveFile(QWidget *parent, FileKind kind, const QString &caption, const QString &fileName,
                 const QString &filter, QString *selectedFilter)
{
    const QString start =
        QFileInfo(fileName).isAbsolute() ? fileName : QDir(startFolder(kind)).filePath(fileName);
    const QString path =
        QFileDialog::getSaveFileName(parent, caption, start, filter, selectedFilter);
    remember(kind, path);
    return path;
}

QString folder(QWidget *parent, FileKind kind, const QString &caption, const QString &current)
{
    const QString start = isFolder(current) ? current : startFolder(kind);
    const QString chosen = QFileDialog::getExistingDirectory(parent, caption, start);
    remember(kind, chosen);
    return chosen;
}

} // namespace filedialogs
} // namespace ui
} // namespace kamae
