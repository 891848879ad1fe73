#pragma once

#include <QDate>
#include <QString>

namespace kamae {
namespace i18n {

// Installs Kamae's and Qt's translations for "ja" or "en" (replacing the
// previous ones) and makes that locale the default for dates and numbers.
// Every widget then receives QEvent::LanguageChange.
bool applyLanguage(const QString &code);
QString currentLanguage();

// Dates as the user's language writes them: yyyy/MM/dd in Japanese.
QString formatDate(const QDate &date);

} // namespace i18n
} // namespace kamae
