#include "pages/ComingSoonPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

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
    case Module::Dashboard:
        return tr("Dashboard");
    case Module::Assets:
        return tr("Assets");
    case Module::Patches:
        return tr("Patches");
    case Module::Backups:
        return tr("Backups");
    case Module::Training:
        return tr("Training");
    case Module::Bcp:
        return tr("BCP");
    case Module::Incidents:
        return tr("Incidents & contacts");
    case Module::SelfAssessment:
        return tr("Self-assessment");
    case Module::Report:
        return tr("Report");
    }
    return {};
}

QString ComingSoonPage::measure() const
{
    switch (m_module) {
    case Module::Dashboard:
        return tr("All measures of the METI alert, in one score");
    case Module::Assets:
        return tr("Know every information asset you hold");
    case Module::Patches:
        return tr("Apply the latest security patches");
    case Module::Backups:
        return tr("Back up data and keep a copy cut off from the network");
    case Module::Training:
        return tr("Train officers and staff in how to respond to attacks");
    case Module::Bcp:
        return tr("Plan how business continues when systems stop");
    case Module::Incidents:
        return tr("Report, consult and inform partners when infected");
    case Module::SelfAssessment:
        return tr("The 25-question information security self-check");
    case Module::Report:
        return tr("Security under the leadership of management");
    }
    return {};
}

QString ComingSoonPage::description() const
{
    switch (m_module) {
    case Module::Dashboard:
        return tr("The posture score from 0 to 100 and how it moved over time, bars per "
                  "measure and for technical, physical and human measures, the next five "
                  "actions that raise the score most, and what is due this week.");
    case Module::Assets:
        return tr("The information-asset register with the columns of the IPA guideline for "
                  "SMEs: business area, users, owner department, medium and location, personal "
                  "data, confidentiality, integrity and availability, importance and risk value. "
                  "Import from and export to Excel (CSV and XLSX).");
    case Module::Patches:
        return tr("Patch status per asset with due dates by policy, and offline import of the "
                  "known-exploited vulnerability catalogue (KEV) and JVN iPedia, matched against "
                  "your assets.");
    case Module::Backups:
        return tr("Backup jobs checked against the 3-2-1-1-0 rule, backup runs, restore tests "
                  "and checks that the offline copy really is disconnected, with reminders "
                  "before they are overdue.");
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
    case Module::SelfAssessment:
        return tr("The 25 questions in the structure of IPA's five-minute self-check, with the "
                  "evidence Kamae already holds beside each answer, and SECURITY ACTION "
                  "readiness.");
    case Module::Report:
        return tr("A two- to four-page A4 report for executives in Japanese or English: score, "
                  "trend, top risks, next actions and status by measure, as PDF or on paper.");
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
    m_status->setText(tr("This page is not in this version of Kamae yet. Organisation, Assets, "
                         "Patches and Settings are ready to use now."));
}

} // namespace ui
} // namespace kamae
