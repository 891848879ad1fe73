#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace kamae {
namespace i18n {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> kamae;
    std::unique_ptr<QTranslator> qt;
    QString code;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

bool applyLanguage(const QString &code)
{
    Installed &state = installed();
    const QString lang = code == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en");

    auto kamae = std::make_unique<QTranslator>();
    // Without its catalogue the language still switches (dates, Qt's own
    // strings); Kamae's text then stays in the English of the source.
    const bool haveKamae = kamae->load(QStringLiteral(":/i18n/kamae_%1.qm").arg(lang));
    auto qt = std::make_unique<QTranslator>();
    // Qt's own strings (standard buttons, file dialogs); English needs none.
    const bool haveQt =
        lang != QLatin1String("en") && qt->load(QStringLiteral("qtbase_%1").arg(lang),
                                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (state.kamae)
        QCoreApplication::removeTranslator(state.kamae.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.kamae = haveKamae ? std::move(kamae) : nullptr;
    state.qt = haveQt ? std::move(qt) : nullptr;
    QLocale::setDefault(lang == QLatin1String("ja")
                            ? QLocale(QLocale::Japanese, QLocale::Japan)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());
    if (state.kamae)
        QCoreApplication::installTranslator(state.kamae.get());
    state.code = lang;
    return haveKamae;
}

QString currentLanguage()
{
    return installed().code;
}

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (QLocale().language() == QLocale::Japanese)
        return date.toString(QStringLiteral("yyyy/MM/dd"));
    // "22 Nov 2026" cannot be misread as day/month or month/day.
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace i18n
} // namespace kamae
