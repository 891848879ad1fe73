#include "training/CampaignDialog.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace kamae {
namespace ui {

namespace {
// The texts keep the context they had as a class.
struct CampaignText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::CampaignDialog)
};
} // namespace

std::unique_ptr<RecordDialog<domain::PhishingCampaign>>
makeCampaignDialog(const domain::PhishingCampaign &campaign, QWidget *parent)
{
    using R = domain::PhishingCampaign;
    auto d = std::make_unique<RecordDialog<R>>(QStringLiteral("CampaignDialog"), campaign, parent);
    const bool editing = campaign.id > 0;
    d->setTexts([] { return CampaignText::tr("Add phishing drill"); },
                [] { return CampaignText::tr("Edit phishing drill"); },
                [editing] {
                    return editing ? QString()
                                   : CampaignText::tr(
                                         "A drill held without GoPhish, or one whose results you "
                                         "keep elsewhere. To bring in GoPhish's results, use "
                                         "Import instead.");
                });
    d->setOkTexts([] { return CampaignText::tr("Add"); }, [] { return CampaignText::tr("Save"); });
    QLineEdit *name = d->line([] { return CampaignText::tr("&Name:"); }, &R::name, "nameEdit");
    d->day([] { return CampaignText::tr("&Date held:"); }, &R::date, "dateEdit", clock::today());
    QLineEdit *scenario =
        d->line([] { return CampaignText::tr("&Scenario:"); }, &R::scenario, "scenarioEdit");
    d->notes([] { return CampaignText::tr("N&otes:"); }, &R::notes, "notesEdit", 0);
    d->setPlaceholder(name, [] { return CampaignText::tr("e.g. Invoice mail, October"); });
    d->setPlaceholder(scenario, [] {
        return CampaignText::tr("What the mail pretended to be, e.g. an unpaid invoice");
    });
    d->addCheck([dialog = d.get(), name]() -> FormDialog::Problem {
        const R c = dialog->record();
        const QString problem = domain::campaignProblem(c, clock::today());
        if (problem.isEmpty())
            return {};
        return {problem, c.name.isEmpty() ? name : nullptr};
    });
    d->startWidth(520);
    return d;
}

} // namespace ui
} // namespace kamae
