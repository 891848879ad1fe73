#include "incidents/ShippedTexts.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>
#include <vector>

namespace kamae {
namespace incidents {

ShippedTexts::ShippedTexts(const char *context, const QVector<const char *> &sources)
    : m_context(context)
{
    std::vector<std::unique_ptr<QTranslator>> translators;
    for (const char *lang : {"ja", "en"}) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/kamae_%1.qm").arg(QLatin1String(lang))))
            translators.push_back(std::move(translator));
    }
    for (const char *source : sources) {
        const QString key = QString::fromUtf8(source);
        m_forms.insert(key, key);
        for (const auto &translator : translators) {
            const QString translated = translator->translate(context, source);
            if (!translated.isEmpty())
                m_forms.insert(translated, key);
        }
    }
}

QString ShippedTexts::key(const QString &text) const
{
    const auto found = m_forms.constFind(text.trimmed());
    return found == m_forms.constEnd() ? text : found.value();
}

QString ShippedTexts::shown(const QString &text) const
{
    const auto found = m_forms.constFind(text.trimmed());
    if (found == m_forms.constEnd())
        return text;
    return QCoreApplication::translate(m_context, found.value().toUtf8().constData());
}

bool ShippedTexts::isShipped(const QString &text) const
{
    return m_forms.contains(text.trimmed());
}

} // namespace incidents
} // namespace kamae
