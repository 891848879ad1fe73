#include "training/DrillsPanel.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "training/CampaignDialog.h"
#include "training/CampaignTableModel.h"
#include "training/DrillCommands.h"
#include "training/DrillImportDialog.h"
#include "training/DrillsText.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>

// What the drills panel's actions do: the import, drills typed in by hand
// (undoable), follow-ups and linking (DrillsPanel.cpp shows the drills).
namespace kamae {
namespace ui {

CommandContext DrillsPanel::commandContext()
{
    return {&m_db, [this] { reload(); },
            [this](const QString &m) {
                emit message(MessageBar::Level::Error, m);
            }};
}

void DrillsPanel::importDrill(const QString &resultsPath, const QString &eventsPath)
{
    DrillImportDialog dialog(m_db, m_state.records.campaigns, resultsPath, this);
    if (!eventsPath.isEmpty())
        dialog.setEventsPath(eventsPath);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto plan = dialog.plan();
    if (!plan)
        return;
    auto *command = new ImportDrillCommand(commandContext(), *plan, clock::today());
    const auto ok = command->outcome();
    m_undo.push(command);
    // A command whose write failed is obsolete: the stack has deleted it
    // (and the message bar says why).
    if (!*ok)
        return;
    const training::PhishingImportOutcome outcome = command->imported();
    showCampaign(outcome.campaignId);
    const bool problems = !plan->problems.isEmpty() || !plan->unmatched.isEmpty();
    emit message(problems ? MessageBar::Level::Warning : MessageBar::Level::Info,
                 training::importSummaryText(*plan, outcome));
}

void DrillsPanel::importFiles(const QStringList &paths)
{
    QString results;
    QString events;
    for (const QString &path : paths) {
        if (QFileInfo(path).fileName().contains(QLatin1String("event"), Qt::CaseInsensitive))
            events = path;
        else
            results = path;
    }
    if (results.isEmpty())
        std::swap(results, events);
    importDrill(results, events);
}

void DrillsPanel::addDrill()
{
    domain::PhishingCampaign campaign;
    campaign.date = clock::today();
    const auto added = makeCampaignDialog(campaign, this)->run();
    if (!added)
        return;
    auto *command = new SaveCampaignCommand(commandContext(), std::nullopt, *added);
    const auto ok = command->outcome();
    m_undo.push(command);
    // A command whose write failed is obsolete: the stack has deleted it.
    if (*ok)
        showCampaign(command->after()->id);
}

void DrillsPanel::editCurrent()
{
    const DrillRow *drill = currentDrill();
    if (!drill)
        return;
    const auto edited = makeCampaignDialog(drill->campaign, this)->run();
    if (!edited || *edited == drill->campaign)
        return;
    m_undo.push(new SaveCampaignCommand(commandContext(), drill->campaign, *edited));
}

void DrillsPanel::deleteCurrent()
{
    const DrillRow *drill = currentDrill();
    if (!drill)
        return;
    const domain::PhishingCampaign campaign = drill->campaign;
    const auto answer = QMessageBox::question(
        this, DrillsText::tr("Delete phishing drill"),
        DrillsText::tr("Delete the drill “%1” with its %n result(s)? You can undo this.", nullptr,
                       drill->rates.recipients)
            .arg(campaign.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_undo.push(new RemoveCampaignCommand(commandContext(), campaign));
}

void DrillsPanel::assignFollowUps()
{
    if (m_followUps.isEmpty())
        return;
    QStringList names;
    for (const domain::TrainingAssignment &a : std::as_const(m_followUps))
        if (const domain::Person *p = domain::findPerson(m_state.people, a.personId))
            names << p->name;
    constexpr int kListed = 15;
    QString list = names.mid(0, kListed).join(QLatin1Char('\n'));
    if (names.size() > kListed)
        list += QLatin1Char('\n') +
                DrillsText::tr("and %n more", nullptr, static_cast<int>(names.size()) - kListed);
    const auto answer = QMessageBox::question(
        this, DrillsText::tr("Assign follow-up course"),
        DrillsText::tr("These %n people clicked in two or more drills. Assign them the phishing "
                       "follow-up course, due in %1 days?",
                       nullptr, static_cast<int>(names.size()))
                .arg(domain::kDefaultAssignmentDays) +
            QStringLiteral("\n\n") + list,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto *command = new AssignFollowUpsCommand(commandContext(), clock::today());
    const auto made = command->assignedCount();
    m_undo.push(command);
    if (*made < 0)
        return; // the message bar says why
    reload();
    emit message(
        MessageBar::Level::Info,
        DrillsText::tr("The follow-up course was assigned to %n person(s).", nullptr, *made));
}

void DrillsPanel::linkUnmatched()
{
    auto *command = new LinkResultsCommand(commandContext());
    const auto linked = command->linkedCount();
    m_undo.push(command);
    if (*linked < 0)
        return; // the message bar says why
    reload();
    emit message(MessageBar::Level::Info,
                 DrillsText::tr("%n drill result(s) linked to the people list by e-mail address.",
                                nullptr, *linked));
}

} // namespace ui
} // namespace kamae
