#include "training/CampaignDialog.h"

#include "core/Clock.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <iterator>

namespace kamae {
namespace ui {

CampaignDialog::CampaignDialog(const domain::PhishingCampaign &campaign, QWidget *parent)
    : FormDialog(QStringLiteral("CampaignDialog"), parent), m_original(campaign)
{
    m_name = makeLineEdit(this, QStringLiteral("nameEdit"), campaign.name);
    m_date = makeDateEdit(this, QStringLiteral("dateEdit"), campaign.date);
    m_date->setMaximumDate(clock::today());
    m_scenario = makeLineEdit(this, QStringLiteral("scenarioEdit"), campaign.scenario);
    m_notes = makeNotesEdit(this, QStringLiteral("notesEdit"), campaign.notes, 0);
    m_labels = {addRow(form(), QString(), m_name), addRow(form(), QString(), m_date),
                addRow(form(), QString(), m_scenario), addRow(form(), QString(), m_notes)};
    retranslate();
    startAt(QSize(520, sizeHint().height()));
}

void CampaignDialog::retranslate()
{
    const bool editing = m_original.id > 0;
    setWindowTitle(editing ? tr("Edit phishing drill") : tr("Add phishing drill"));
    setIntro(editing ? QString()
                     : tr("A drill held without GoPhish, or one whose results you keep "
                          "elsewhere. To bring in GoPhish's results, use Import instead."));
    m_name->setPlaceholderText(tr("e.g. Invoice mail, October"));
    m_scenario->setPlaceholderText(tr("What the mail pretended to be, e.g. an unpaid invoice"));
    const QString labels[] = {tr("&Name:"), tr("&Date held:"), tr("&Scenario:"), tr("N&otes:")};
    static_assert(std::size(labels) == std::tuple_size_v<decltype(m_labels)>);
    for (std::size_t i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    setOkText(editing ? tr("Save") : tr("Add"));
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
