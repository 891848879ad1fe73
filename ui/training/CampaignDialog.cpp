#include "training/CampaignDialog.h"

#include "core/Clock.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kamae {
namespace ui {

CampaignDialog::CampaignDialog(const domain::PhishingCampaign &campaign, QWidget *parent)
    : FormDialog(QStringLiteral("CampaignDialog"), parent), m_original(campaign)
{
    setWindowTitle(campaign.id > 0 ? tr("Edit phishing drill") : tr("Add phishing drill"));
    if (campaign.id <= 0)
        setIntro(tr("A drill held without GoPhish, or one whose results you keep elsewhere. "
                    "To bring in GoPhish's results, use Import instead."));
    m_name = makeLineEdit(this, QStringLiteral("nameEdit"), campaign.name);
    m_name->setPlaceholderText(tr("e.g. Invoice mail, October"));
    m_date = makeDateEdit(this, QStringLiteral("dateEdit"), campaign.date);
    m_date->setMaximumDate(clock::today());
    m_scenario = makeLineEdit(this, QStringLiteral("scenarioEdit"), campaign.scenario);
    m_scenario->setPlaceholderText(tr("What the mail pretended to be, e.g. an unpaid invoice"));
    m_notes = makeNotesEdit(this, QStringLiteral("notesEdit"), campaign.notes, 0);
    addRow(form(), tr("&Name:"), m_name);
    addRow(form(), tr("&Date held:"), m_date);
    addRow(form(), tr("&Scenario:"), m_scenario);
    addRow(form(), tr("N&otes:"), m_notes);
    setOkText(campaign.id > 0 ? tr("Save") : tr("Add"));
    startAt(QSize(520, sizeHint().height()));
}

domain::PhishingCampaign CampaignDialog::campaign() const
{
    domain::PhishingCampaign c = m_original;
    c.name = m_name->text().trimmed();
    c.date = m_date->date();
    c.scenario = m_scenario->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

FormDialog::Problem CampaignDialog::check() const
{
    const domain::PhishingCampaign c = campaign();
    const QString problem = domain::campaignProblem(c, clock::today());
    if (problem.isEmpty())
        return {};
    return {problem, c.name.isEmpty() ? static_cast<QWidget *>(m_name) : nullptr};
}

} // namespace ui
} // namespace kamae
