#include "training/DrillCommands.h"

#include "core/Clock.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

namespace {

struct DrillCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::DrillCommandText)
};

} // namespace

SaveCampaignCommand::SaveCampaignCommand(CommandContext context,
                                         std::optional<domain::PhishingCampaign> before,
                                         domain::PhishingCampaign after)
    : ChangeCommand(std::move(context), std::move(before), std::move(after),
                    [](store::Database &db, auto &from, auto &to) -> Status {
                        store::TrainingRepository repo(db);
                        if (!to)
                            return statusOf(repo.removeCampaign(from->id));
                        if (from)
                            return repo.updateCampaign(*to, clock::today());
                        // A new drill gets its id; redo after undo keeps it.
                        return keep(repo.insertCampaign(*to, {}, clock::today()), to->id);
                    })
{
    const QString name = this->after()->name;
    setText(this->before() ? DrillCommandText::tr("Edit phishing drill %1").arg(name)
                           : DrillCommandText::tr("Add phishing drill %1").arg(name));
}

RemoveCampaignCommand::RemoveCampaignCommand(CommandContext context,
                                             domain::PhishingCampaign campaign)
    : ChangeCommand(std::move(context),
                    recordWith(&store::CampaignSnapshot::campaign, std::move(campaign)),
                    std::nullopt, [](store::Database &db, auto &from, auto &to) -> Status {
                        // The removal keeps the results for undo.
                        store::TrainingRepository repo(db);
                        return to ? repo.restoreCampaign(*to)
                                  : keep(repo.removeCampaign(from->campaign.id), from);
                    })
{
    setText(DrillCommandText::tr("Delete phishing drill %1").arg(before()->campaign.name));
}

} // namespace ui
} // namespace kamae
