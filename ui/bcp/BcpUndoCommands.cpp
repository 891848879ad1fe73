#include "bcp/BcpUndoCommands.h"

#include "bcp/BcpRepository.h"
#include "i18n/Language.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

namespace {

struct BcpUndoText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BcpUndoText)
};

} // namespace

SavePlanCommand::SavePlanCommand(CommandContext context, domain::BcpPlan before,
                                 domain::BcpPlan after, const QString &text,
                                 const QString &mergeKey)
    : ChangeCommand(std::move(context), std::move(before), std::move(after),
                    [](store::Database &db, domain::BcpPlan &, domain::BcpPlan &to) {
                        // New entries get their ids; redo after undo keeps them.
                        return keep(store::BcpRepository(db).savePlan(to), to);
                    })
{
    setText(text);
    if (!mergeKey.isEmpty())
        mergeBy(mergeKey);
}

SaveExerciseCommand::SaveExerciseCommand(CommandContext context,
                                         std::optional<domain::BcpExercise> before,
                                         std::optional<domain::BcpExercise> after, QDate today)
    : ChangeCommand(std::move(context), std::move(before), std::move(after),
                    [today](store::Database &db, auto &from, auto &to) -> Status {
                        store::BcpRepository repo(db);
                        if (!to)
                            return statusOf(repo.removeExercise(from->id));
                        // Undo of a removal, or a new exercise: its id is kept.
                        if (!from || to->id != from->id)
                            return keep(repo.insertExercise(*to, today), to->id);
                        return repo.updateExercise(*to, today);
                    })
{
    const auto &shown = this->after() ? this->after() : this->before();
    const QString date = i18n::formatDate(shown->date);
    if (!this->before())
        setText(BcpUndoText::tr("Record BCP exercise of %1").arg(date));
    else if (!this->after())
        setText(BcpUndoText::tr("Delete BCP exercise of %1").arg(date));
    else
        setText(BcpUndoText::tr("Edit BCP exercise of %1").arg(date));
}

PublishVersionCommand::PublishVersionCommand(CommandContext context, qint64 approverId,
                                             QString note, QDate today)
    : DeskCommand(std::move(context)), m_approverId(approverId), m_note(std::move(note)),
      m_today(today)
{
    setText(BcpUndoText::tr("Publish BCP version"));
}

void PublishVersionCommand::redo()
{
    auto published = store::BcpRepository(database()).publish(m_approverId, m_note, m_today);
    if (published)
        m_number = published->number;
    setSucceeded(finish(statusOf(published)));
}

void PublishVersionCommand::undo()
{
    (void)finish(store::BcpRepository(database()).removeLatestVersion(m_number));
}

} // namespace ui
} // namespace kamae
