#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>

class QObject;
class QTranslator;

namespace kamae {
namespace i18n {

// Installs Kamae's and Qt's translations for "ja" or "en" (replacing the
// previous ones) and makes that locale the default for dates and numbers.
// Every widget then receives QEvent::LanguageChange.
bool applyLanguage(const QString &code);
QString currentLanguage();

// Kamae's translations and the default locale in another language for the
// life of the object, without telling the widgets: the report is written in
// the language chosen for it while the window stays in its own. Everything
// that calls tr() inside the scope (the score's factor titles too) speaks
// the scope's language. GUI thread only; scopes do not nest.
class ScopedLanguage final
{
public:
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    bool m_switched = false;
    QString m_previousCode;
    QLocale m_previousLocale;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QObject> m_quiet;
};

// Dates as the user's language writes them: yyyy/MM/dd in Japanese,
// yyyy-MM-dd (ISO 8601) in English. Every date shown to a person, in a
// message, a table, the report or on the command line, goes through here.
QString formatDate(const QDate &date);
// The same as a QDateTimeEdit display format.
QString dateFormat();

// Translated sentences as one text: a space after an English full stop,
// none after a Japanese 。 (「…件です。 次に…」 would read as a typo).
QString joinSentences(const QStringList &sentences);

} // namespace i18n
} // namespace kamae
