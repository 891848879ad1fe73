#include "training/DrillCommands.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "training/DrillsText.h"

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

ImportDrillCommand::ImportDrillCommand(CommandContext context, training::PhishingImportPlan plan,
                                       QDate today)
    : DeskCommand(std::move(context)), m_plan(std::move(plan)), m_today(today)
{
    setText(DrillCommandText::tr("Import phishing drill %1").arg(m_plan.campaign.name));
}

void ImportDrillCommand::redo()
{
    store::TrainingRepository repo(database());
    if (m_stored) {
        setSucceeded(finish(m_outcome.previous ? repo.resetCampaign(m_after)
                                               : repo.restoreCampaign(m_after)));
        return;
    }
    m_stored = true;
    auto outcome = training::importPhishing(database(), m_plan, m_today);
    Status status;
    if (!outcome) {
        status = Failure{
            outcome.code(),
            i18n::joinSentences({DrillsText::tr("The drill was not imported."), outcome.error()})};
    } else {
        m_outcome = std::move(outcome).value();
        // A replaced drill goes back to this state on redo; a new one is
        // kept by undo's removal.
        if (m_outcome.previous) {
            auto campaign = repo.campaign(m_outcome.campaignId);
            auto results = repo.results(m_outcome.campaignId);
            status = !campaign  ? Status(campaign.asFailure())
                     : !results ? Status(results.asFailure())
                                : Status();
            if (status)
                m_after = store::CampaignSnapshot{*campaign, *results, {}};
        }
    }
    setSucceeded(finish(status));
}

void ImportDrillCommand::undo()
{
    store::TrainingRepository repo(database());
    if (m_outcome.previous)
        finish(repo.resetCampaign(*m_outcome.previous));
    else
        finish(keep(repo.removeCampaign(m_outcome.campaignId), m_after));
}

AssignFollowUpsCommand::AssignFollowUpsCommand(CommandContext context, QDate today)
    : DeskCommand(std::move(context)), m_today(today)
{}

void AssignFollowUpsCommand::redo()
{
    store::TrainingRepository repo(database());
    if (m_stored) {
        setSucceeded(finish(m_made.addedCourse > 0 ? repo.restoreCourse(m_course)
                                                   : repo.restoreAssignments(m_made.assigned)));
        return;
    }
    m_stored = true;
    auto made = training::assignFollowUps(database(), m_today);
    if (made) {
        m_made = std::move(made).value();
        *m_count = static_cast<int>(m_made.assigned.size());
        setText(DrillCommandText::tr("Assign follow-up course to %n person(s)", nullptr, *m_count));
        if (m_made.assigned.isEmpty() && m_made.addedCourse <= 0) {
            setObsolete(true); // nothing changed: nothing to undo
            return;
        }
    }
    setSucceeded(finish(statusOf(made)));
}

void AssignFollowUpsCommand::undo()
{
    store::TrainingRepository repo(database());
    // The course added for them takes its assignments along.
    if (m_made.addedCourse > 0) {
        finish(keep(repo.removeCourse(m_made.addedCourse), m_course));
        return;
    }
    QVector<qint64> ids;
    for (const domain::TrainingAssignment &a : std::as_const(m_made.assigned))
        ids << a.id;
    finish(keep(repo.removeAssignments(ids), m_made.assigned));
}

LinkResultsCommand::LinkResultsCommand(CommandContext context) : DeskCommand(std::move(context)) {}

void LinkResultsCommand::redo()
{
    if (m_stored) {
        setSucceeded(finish(store::TrainingRepository(database()).linkResults(m_links)));
        return;
    }
    m_stored = true;
    auto links = training::relinkPhishingResults(database());
    if (links) {
        m_links = std::move(links).value();
        *m_count = static_cast<int>(m_links.size());
        setText(
            DrillCommandText::tr("Link %n drill result(s) to the people list", nullptr, *m_count));
        if (m_links.isEmpty()) {
            setObsolete(true);
            return;
        }
    }
    setSucceeded(finish(statusOf(links)));
}

void LinkResultsCommand::undo()
{
    QVector<std::pair<qint64, qint64>> unlinks;
    for (const auto &link : std::as_const(m_links))
        unlinks.append({link.first, 0});
    finish(store::TrainingRepository(database()).linkResults(unlinks));
}

} // namespace ui
} // namespace kamae
