#include "pages/ComingSoonPage.h"

#include "modules/Registry.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace kamae {
namespace ui {

namespace {

// What each planned module's page says, in the page's translation context:
// its name, the METI measure it serves, and what it will hold.
struct Planned
{
    ComingSoonPage::Module module;
    const char *key;
    const char *title;
    const char *measure;
    const char *description;
};

const Planned kPlanned[] = {
    {ComingSoonPage::Module::Training, "training",
     QT_TRANSLATE_NOOP("kamae::ui::ComingSoonPage", "Training"),
     QT_TRANSLATE_NOOP("kamae::ui::ComingSoonPage",
                       "Train officers and staff in how to respond to attacks"),
     QT_TRANSLATE_NOOP("kamae::ui::ComingSoonPage",
                       "The staff roster, courses such as phishing and Emotet awareness, "
                       "sessions, attendance and renewal dates, and the coverage of trained "
                       "staff.")},
    {ComingSoonPage::Module::Bcp, "bcp", QT_TRANSLATE_NOOP("kamae::ui::ComingSoonPage", "BCP"),
     QT_TRANSLATE_NOOP("kamae::ui::ComingSoonPage",
                       "Plan how business continues when systems stop"),
     QT_TRANSLATE_NOOP("kamae::ui::ComingSoonPage",
                       "Core businesses with target recovery times, the assets they depend on, "
                       "alternative means, the call tree, roles and response steps, with review "
                       "dates and versions.")},
    {ComingSoonPage::Module::Incidents, "incidents",
     QT_TRANSLATE_NOOP("kamae::ui::ComingSoonPage", "Incidents & contacts"),
     QT_TRANSLATE_NOOP("kamae::ui::ComingSoonPage",
                       "Report, consult and inform partners when infected"),
     QT_TRANSLATE_NOOP("kamae::ui::ComingSoonPage",
                       "Whom to call (IPA, JPCERT/CC, police, the ministry, vendors, insurer, "
                       "the Otasuketai provider), which business partners to inform, and the "
                       "incident log.")},
};

const Planned &planned(ComingSoonPage::Module module)
{
    const auto *found = std::find_if(std::begin(kPlanned), std::end(kPlanned),
                                     [module](const Planned &p) { return p.module == module; });
    Q_ASSERT(found != std::end(kPlanned));
    return *found;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("kamae::ui::ComingSoonPage", text);
}

} // namespace

ComingSoonPage *ComingSoonPage::forKey(const QString &key, QWidget *parent)
{
    for (const Planned &p : kPlanned)
        if (key == QLatin1String(p.key))
            return new ComingSoonPage(p.module, parent);
    return nullptr;
}

ComingSoonPage::ComingSoonPage(Module module, QWidget *parent) : Page(parent), m_module(module)
{
    m_heading = makeHeading(this);
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("comingStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #5f6368;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addWidget(m_body);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addStretch();
    followLanguage(this, [this] {
        retranslate();
        emit titleChanged();
    });
}

QString ComingSoonPage::title() const
{
    return translated(planned(m_module).title);
}

void ComingSoonPage::retranslate()
{
    const Planned &p = planned(m_module);
    m_heading->setText(title());
    m_body->setText(
        QStringLiteral("<p style=\"color:#1f3a5f; font-weight:bold;\">%1</p><p>%2</p>")
            .arg(translated(p.measure).toHtmlEscaped(), translated(p.description).toHtmlEscaped()));
    // The modules that are built, from the registry, so the list grows with
    // them.
    QStringList ready = {tr("the dashboard (score, trend, next actions and reminders)")};
    // (A registered module whose page is not built yet shows this page
    // too, and is not ready itself.)
    for (const modules::ModuleInfo *m : modules::all())
        if (m->key != QLatin1String(p.key))
            ready << modules::displayName(m->key);
    ready << tr("the executive report") << tr("Settings");
    m_status->setText(tr("This page is not in this version of Kamae yet. Ready to use now: %1.")
                          .arg(ready.join(tr(", ", "list separator"))));
}

} // namespace ui
} // namespace kamae
