#include "backups/BackupCommands.h"

#include "backups/BackupRules.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

namespace {

struct BackupCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BackupCommandText)
};

} // namespace

SaveBackupJobCommand::SaveBackupJobCommand(BackupCommandContext context,
                                           std::optional<domain::BackupJob> before,
                                           domain::BackupJob after)
    : ChangeCommand(std::move(context), std::move(before), std::move(after),
                    [](store::Database &db, auto &from, auto &to) {
                        // A new job gets its ids; undoing an add deletes it.
                        store::BackupRepository repo(db);
                        return to ? keep(repo.save(*to), to) : statusOf(repo.remove(from->id));
                    })
{
    const QString name = this->after()->name;
    setText(this->before() ? BackupCommandText::tr("Edit backup job %1").arg(name)
                           : BackupCommandText::tr("Add backup job %1").arg(name));
}

RemoveBackupJobCommand::RemoveBackupJobCommand(BackupCommandContext context, domain::BackupJob job)
    : ChangeCommand(std::move(context), recordWith(&store::BackupJobSnapshot::job, std::move(job)),
                    std::nullopt, [](store::Database &db, auto &from, auto &to) {
                        // The removal keeps the job's log for undo.
                        store::BackupRepository repo(db);
                        return to ? repo.restore(*to) : keep(repo.remove(from->job.id), from);
                    })
{
    setText(BackupCommandText::tr("Delete backup job %1").arg(before()->job.name));
}

BackupEventCommand::BackupEventCommand(BackupCommandContext context, domain::BackupEvent event,
                                       bool added)
    : ChangeCommand(std::move(context), added ? std::nullopt : std::optional(event),
                    added ? std::optional(event) : std::nullopt,
                    [](store::Database &db, auto &from, auto &to) {
                        // Redo after undo keeps the row id.
                        store::BackupRepository repo(db);
                        return to ? keep(repo.addEvent(*to), to->id)
                                  : statusOf(repo.removeEvent(from->id));
                    })
{
    const QString what = backups::BackupText::eventKind(event.kind);
    setText(added ? BackupCommandText::tr("Record %1").arg(what)
                  : BackupCommandText::tr("Delete record %1").arg(what));
}

} // namespace ui
} // namespace kamae
