#pragma once

// Every per-user preference the window remembers for its pages, declared
// once with its key and default (app/settings/SettingValue.h). The shell's
// own (window geometry, current page) are still in ui/shell/.

#include "settings/SettingValue.h"

#include <QByteArray>
#include <QString>

namespace kamae {
namespace settings {

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

// The folders file dialogs start in, remembered from the last use (empty:
// the dialog's own default).
inline const SettingValue<QString> backupCopyFolder{"backups/lastCopyFolder"};
inline const SettingValue<QString> calendarFolder{"dashboard/calendarFolder"};
inline const SettingValue<QString> feedFolder{"patches/feedDirectory"};
inline const SettingValue<QString> reportFolder{"report/lastFolder"};

} // namespace settings
} // namespace kamae
