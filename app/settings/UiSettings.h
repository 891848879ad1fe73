#pragma once

// Every per-user preference the window remembers, declared once with its
// key and default (app/settings/SettingValue.h). Keys made per vault at run
// time (the tray's announced reminders) and the file dialogs' per-kind
// folders (widgets/FileDialogs) build their keys where they are used. A
// module added by the recipe declares its own beside its page
// (ui/training/TrainingSettings.h).

#include "settings/SettingValue.h"

#include <QByteArray>
#include <QString>

namespace kamae {
namespace settings {

// The window: geometry and toolbars (QMainWindow::saveGeometry /
// saveState), the navigation splitter and the page last shown.
inline const SettingValue<QByteArray> windowGeometry{"window/geometry"};
inline const SettingValue<QByteArray> windowState{"window/state"};
inline const SettingValue<QByteArray> navigationSplitter{"window/navigationSplitter"};
inline const SettingValue<int> currentPage{"window/currentPage", 0};

// The view state of each table (QHeaderView::saveState: column order,
// widths, hidden columns, sort) and of each splitter (QSplitter::saveState).
inline const SettingValue<QByteArray> assetsHeader{"assets/headerState"};
inline const SettingValue<QByteArray> patchesHeader{"patches/headerState"};
inline const SettingValue<QByteArray> proposalsHeader{"patches/proposalHeaderState"};
inline const SettingValue<QByteArray> backupsHeader{"backups/headerState"};
inline const SettingValue<QByteArray> backupsSplitter{"backups/splitter"};
inline const SettingValue<QByteArray> peopleHeader{"organisation/peopleHeaderState"};
inline const SettingValue<QByteArray> remindersHeader{"dashboard/headerState"};
inline const SettingValue<QByteArray> reportSplitter{"report/splitter"};
inline const SettingValue<QByteArray> selfCheckSplitter{"selfcheck/splitter"};
inline const SettingValue<QByteArray> selfCheckQuestionSplitter{"selfcheck/questionSplitter"};
inline const SettingValue<QByteArray> guideSplitter{"guide/splitter"};

// The folders file dialogs start in, remembered from the last use (empty:
// the dialog's own default).
inline const SettingValue<QString> backupCopyFolder{"backups/lastCopyFolder"};
inline const SettingValue<QString> calendarFolder{"dashboard/calendarFolder"};
inline const SettingValue<QString> feedFolder{"patches/feedDirectory"};
inline const SettingValue<QString> reportFolder{"report/lastFolder"};

} // namespace settings
} // namespace kamae
