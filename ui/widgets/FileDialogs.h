#pragma once

#include <QString>

class QWidget;

namespace kamae {
namespace ui {

// The kinds of file a person picks in Kamae. Each remembers its own last
// folder: importing a register does not move where the report is saved.
enum class FileKind
{
    Vault,        // opening or creating a vault
    VaultCopy,    // copies of the vault on offline media
    Register,     // asset register import and export
    Feed,         // vulnerability feeds
    Report,       // the executive report's PDF
    Calendar,     // the reminders' calendar file
    BackupFolder, // where the previous generation (.bak) goes
};

// Every file chooser in ui/ goes through here: it starts in the folder last
// chosen for the same kind of file, else in the user's Documents folder
// (else the home folder, which a fresh account has even without Documents),
// and remembers the folder of what was chosen.
namespace filedialogs {

QString startFolder(FileKind kind);
// A file's folder, or a folder itself.
void remember(FileKind kind, const QString &fileOrFolder);

QString openFile(QWidget *parent, FileKind kind, const QString &caption, const QString &filter,
                 QString *selectedFilter = nullptr);
// fileName: a name proposed in the start folder, or a whole path.
QString saveFile(QWidget *parent, FileKind kind, const QString &caption, const QString &fileName,
                 const QString &filter, QString *selectedFilter = nullptr);
// current: the folder the field names now, if any; it wins over the
// remembered one.
QString folder(QWidget *parent, FileKind kind, const QString &caption,
               const QString &current = QString());

} // namespace filedialogs
} // namespace ui
} // namespace kamae
