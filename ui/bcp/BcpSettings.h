#pragma once

// What the BCP page remembers (app/settings/SettingValue.h): the tab shown
// and the view state of its tables.

#include "settings/SettingValue.h"

#include <QByteArray>

namespace kamae {
namespace settings {

inline const SettingValue<int> bcpTab{"bcp/tab", 0};
inline const SettingValue<QByteArray> bcpBusinessesHeader{"bcp/businessesHeaderState"};
inline const SettingValue<QByteArray> bcpRolesHeader{"bcp/rolesHeaderState"};
inline const SettingValue<QByteArray> bcpBottlenecksHeader{"bcp/bottlenecksHeaderState"};
inline const SettingValue<QByteArray> bcpInvestmentsHeader{"bcp/investmentsHeaderState"};
inline const SettingValue<QByteArray> bcpContactsHeader{"bcp/contactsHeaderState"};
inline const SettingValue<QByteArray> bcpInsuranceHeader{"bcp/insuranceHeaderState"};
inline const SettingValue<QByteArray> bcpExercisesHeader{"bcp/exercisesHeaderState"};
inline const SettingValue<QByteArray> bcpVersionsHeader{"bcp/versionsHeaderState"};
inline const SettingValue<QByteArray> bcpHistorySplitter{"bcp/historySplitter"};

} // namespace settings
} // namespace kamae
