#pragma once

#include "commands/ChangeCommand.h"
#include "training/TrainingRepository.h"

#include <optional>

namespace kamae {
namespace ui {

// Adding (no before) or editing a drill's campaign. Undo writes `before`
// back, or deletes the added drill; redo stores `after` under the same id.
class SaveCampaignCommand final : public ChangeCommand<std::optional<domain::PhishingCampaign>>
{
public:
    SaveCampaignCommand(CommandContext context, std::optional<domain::PhishingCampaign> before,
                        domain::PhishingCampaign after);
};

// Deleting a drill with its results; undo restores both under the same ids
// and links the follow-ups it caused again.
class RemoveCampaignCommand final : public ChangeCommand<std::optional<store::CampaignSnapshot>>
{
public:
    RemoveCampaignCommand(CommandContext context, domain::PhishingCampaign campaign);
};

} // namespace ui
} // namespace kamae
