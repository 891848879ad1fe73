#include "i18n/Language.h"

#include <QCoreApplication>
#include <QEvent>
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

QLocale localeFor(const QString &lang)
{
    return lang == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString normalised(const QString &code)
{
    return code == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en");
}

// Swallows the application's LanguageChange while a scope swaps
// translators: QApplication would otherwise post it to every window, which
// would then retranslate (to the window's own language, but needlessly and
// after the scope has ended).
class QuietLanguageChange final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance();
    }
};

} // namespace

ScopedLanguage::ScopedLanguage(const QString &code)
{
    Installed &state = installed();
    const QString lang = normalised(code);
    if (lang == state.code && !state.code.isEmpty())
        return;
    m_switched = true;
    m_previousCode = state.code;
    m_previousLocale = QLocale();
    if (QCoreApplication *app = QCoreApplication::instance()) {
        m_quiet = std::make_unique<QuietLanguageChange>();
        app->installEventFilter(m_quiet.get());
    }
    if (state.kamae)
        QCoreApplication::removeTranslator(state.kamae.get());
    m_translator = std::make_unique<QTranslator>();
    if (m_translator->load(QStringLiteral(":/i18n/kamae_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(m_translator.get());
    else
        m_translator.reset();
    QLocale::setDefault(localeFor(lang));
    state.code = lang;
}

ScopedLanguage::~ScopedLanguage()
{
    if (!m_switched)
        return;
    Installed &state = installed();
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (state.kamae)
        QCoreApplication::installTranslator(state.kamae.get());
    QLocale::setDefault(m_previousLocale);
    state.code = m_previousCode;
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(m_quiet.get());
}

bool applyLanguage(const QString &code)
{
    Installed &state = installed();
    const QString lang = normalised(code);

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
    QLocale::setDefault(localeFor(lang));
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

QString joinSentences(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences) {
        if (!text.isEmpty() && !text.endsWith(QChar(0x3002)) && !text.endsWith(QChar(0xFF01)) &&
            !text.endsWith(QChar(0xFF1F)))
            text += QLatin1Char(' ');
        text += sentence;
    }
    return text;
}

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    // ISO order in both languages: 2026-11-22 cannot be misread as
    // day/month or month/day, and it reads the same in the window, on the
    // command line and on paper.
    return date.toString(dateFormat());
}

QString dateFormat()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("yyyy/MM/dd")
                                                     : QStringLiteral("yyyy-MM-dd");
}

} // namespace i18n
} // namespace kamae
