#pragma once

#include "commands/ChangeCommand.h"
#include "training/TrainingDesk.h"
#include "training/TrainingRepository.h"

#include <QDate>

#include <memory>
#include <optional>
#include <utility>

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

// Importing GoPhish's export (training::importPhishing). Undo deletes the
// new drill with its results, or puts back the drill and the results a new
// export of it replaced; redo stores the import again under the same ids.
class ImportDrillCommand final : public DeskCommand
{
public:
    ImportDrillCommand(CommandContext context, training::PhishingImportPlan plan, QDate today);

    void redo() override;
    void undo() override;
    // What the first redo stored (the page's summary says it).
    const training::PhishingImportOutcome &imported() const { return m_outcome; }

private:
    training::PhishingImportPlan m_plan;
    QDate m_today;
    training::PhishingImportOutcome m_outcome;
    // The drill as the import left it (for redo after undo).
    store::CampaignSnapshot m_after;
    bool m_stored = false;
};

// Assigning the follow-up course to the repeat clickers
// (training::assignFollowUps). Undo removes the assignments, and the
// course when it was added for them; redo puts them back under the same
// ids. Nothing to assign: the command is obsolete (the stack drops it).
class AssignFollowUpsCommand final : public DeskCommand
{
public:
    AssignFollowUpsCommand(CommandContext context, QDate today);

    void redo() override;
    void undo() override;
    // How many were assigned (-1: the write failed), readable after push
    // even once the stack has dropped a command that had nothing to do.
    std::shared_ptr<const int> assignedCount() const { return m_count; }

private:
    QDate m_today;
    training::FollowUps m_made;
    store::CourseSnapshot m_course; // the course added, as removed by undo
    std::shared_ptr<int> m_count = std::make_shared<int>(-1);
    bool m_stored = false;
};

// Linking the drill results no entry matched to the entries that now have
// their addresses (training::relinkPhishingResults). Undo unlinks them;
// redo links them again. Nothing to link: the command is obsolete.
class LinkResultsCommand final : public DeskCommand
{
public:
    explicit LinkResultsCommand(CommandContext context);

    void redo() override;
    void undo() override;
    // How many were linked (-1: the write failed), as assignedCount().
    std::shared_ptr<const int> linkedCount() const { return m_count; }

private:
    QVector<std::pair<qint64, qint64>> m_links;
    std::shared_ptr<int> m_count = std::make_shared<int>(-1);
    bool m_stored = false;
};

} // namespace ui
} // namespace kamae
