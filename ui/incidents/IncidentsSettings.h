#pragma once

// What the incidents page remembers (app/settings/SettingValue.h): the tab
// shown, the view state of its tables, the splitter, and the language of
// the partner notice.

#include "settings/SettingValue.h"

#include <QByteArray>
#include <QString>

namespace kamae {
namespace settings {

inline const SettingValue<int> incidentsTab{"incidents/tab", 0};
inline const SettingValue<QByteArray> incidentsLogHeader{"incidents/logHeaderState"};
inline const SettingValue<QByteArray> incidentsTimelineHeader{"incidents/timelineHeaderState"};
inline const SettingValue<QByteArray> incidentsActionsHeader{"incidents/actionsHeaderState"};
inline const SettingValue<QByteArray> incidentsContactsHeader{"incidents/contactsHeaderState"};
inline const SettingValue<QByteArray> incidentsPartnersHeader{"incidents/partnersHeaderState"};
inline const SettingValue<QByteArray> incidentsLogSplitter{"incidents/logSplitter"};
inline const SettingValue<QString> incidentsNoticeLanguage{"incidents/noticeLanguage"};

} // namespace settings
} // namespace kamae
