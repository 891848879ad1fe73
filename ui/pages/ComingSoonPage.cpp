#include "pages/ComingSoonPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

ComingSoonPage *ComingSoonPage::forKey(const QString &key, QWidget *parent)
{
    if (key == QLatin1String("training"))
        return new ComingSoonPage(Module::Training, parent);
    if (key == QLatin1String("bcp"))
        return new ComingSoonPage(Module::Bcp, parent);
    if (key == QLatin1String("incidents"))
        return new ComingSoonPage(Module::Incidents, parent);
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
    retranslate();
}

QString ComingSoonPage::title() const
{
    switch (m_module) {
    case Module::Training:
        return tr("Training");
    case Module::Bcp:
        return tr("BCP");
    case Module::Incidents:
        return tr("Incidents & contacts");
    }
    return {};
}

QString ComingSoonPage::measure() const
{
    switch (m_module) {
    case Module::Training:
        return tr("Train officers and staff in how to respond to attacks");
    case Module::Bcp:
        return tr("Plan how business continues when systems stop");
    case Module::Incidents:
        return tr("Report, consult and inform partners when infected");
    }
    return {};
}

QString ComingSoonPage::description() const
{
    switch (m_module) {
    case Module::Training:
        return tr("The staff roster, courses such as phishing and Emotet awareness, sessions, "
                  "attendance and renewal dates, and the coverage of trained staff.");
    case Module::Bcp:
        return tr("Core businesses with target recovery times, the assets they depend on, "
                  "alternative means, the call tree, roles and response steps, with review "
                  "dates and versions.");
    case Module::Incidents:
        return tr("Whom to call (IPA, JPCERT/CC, police, the ministry, vendors, insurer, the "
                  "Otasuketai provider), which business partners to inform, and the incident "
                  "log.");
    }
    return {};
}

void ComingSoonPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
    Page::changeEvent(event);
}

void ComingSoonPage::retranslate()
{
    m_heading->setText(title());
    m_body->setText(QStringLiteral("<p style=\"color:#1f3a5f; font-weight:bold;\">%1</p><p>%2</p>")
                        .arg(measure().toHtmlEscaped(), description().toHtmlEscaped()));
    m_status->setText(
        tr("This page is not in this version of Kamae yet. The dashboard (score, trend, next "
           "actions and reminders), Organisation, Assets, Patches, Backups, the "
           "self-assessment, the executive report and Settings are ready to use now."));
}

} // namespace ui
} // namespace kamae
