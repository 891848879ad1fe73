#pragma once

#include "training/TrainingRecords.h"
#include "widgets/RecordDialog.h"

#include <memory>

namespace kamae {
namespace ui {

// A phishing drill typed in by hand, or the name, date, scenario and notes
// of one imported (its results stay as imported). A campaign without an id
// is a new one; run() returns the campaign as edited.
std::unique_ptr<RecordDialog<domain::PhishingCampaign>>
makeCampaignDialog(const domain::PhishingCampaign &campaign, QWidget *parent = nullptr);

} // namespace ui
} // namespace kamae
