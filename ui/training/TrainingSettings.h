#pragma once

// What the Training page remembers (app/settings/SettingValue.h): the view
// state of its tables and splitters.

#include "settings/SettingValue.h"

#include <QByteArray>

namespace kamae {
namespace settings {

inline const SettingValue<QByteArray> trainingCoursesHeader{"training/coursesHeaderState"};
inline const SettingValue<QByteArray> trainingSessionsHeader{"training/sessionsHeaderState"};
inline const SettingValue<QByteArray> trainingCoverageSplitter{"training/coverageSplitter"};
inline const SettingValue<QByteArray> trainingDrillsSplitter{"training/drillsSplitter"};
inline const SettingValue<QByteArray> trainingDrillsHeader{"training/drillsHeaderState"};

} // namespace settings
} // namespace kamae
