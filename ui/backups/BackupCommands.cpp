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

void failCommand(QUndoCommand *command, const BackupCommandContext &context, const QString &error)
{
    command->setObsolete(true);
    if (context.onError)
        context.onError(error);
}

void changed(const BackupCommandContext &context)
{
    if (context.onChanged)
        context.onChanged();
}

} // namespace

SaveBackupJobCommand::SaveBackupJobCommand(BackupCommandContext context,
                                           std::optional<domain::BackupJob> before,
                                           domain::BackupJob after)
    : m_context(std::move(context)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(m_before ? BackupCommandText::tr("Edit backup job %1").arg(m_after.name)
                     : BackupCommandText::tr("Add backup job %1").arg(m_after.name));
}

void SaveBackupJobCommand::redo()
{
    auto stored = store::BackupRepository(*m_context.db).save(m_after);
    if (!stored) {
        failCommand(this, m_context, stored.error());
        return;
    }
    m_after = std::move(stored).value(); // a new job now carries its ids
    *m_ok = true;
    changed(m_context);
}

void SaveBackupJobCommand::undo()
{
    store::BackupRepository repo(*m_context.db);
    const Status s = m_before ? [&] {
        auto stored = repo.save(*m_before);
        return stored ? Status() : Status::failure(stored.error());
    }()
                              : [&] {
                                    auto removed = repo.remove(m_after.id);
                                    return removed ? Status() : Status::failure(removed.error());
                                }();
    if (!s) {
        failCommand(this, m_context, s.error());
        return;
    }
    changed(m_context);
}

RemoveBackupJobCommand::RemoveBackupJobCommand(BackupCommandContext context, domain::BackupJob job)
    : m_context(std::move(context))
{
    m_snapshot.job = std::move(job);
    setText(BackupCommandText::tr("Delete backup job %1").arg(m_snapshot.job.name));
}

void RemoveBackupJobCommand::redo()
{
    auto removed = store::BackupRepository(*m_context.db).remove(m_snapshot.job.id);
    if (!removed) {
        failCommand(this, m_context, removed.error());
        return;
    }
    m_snapshot = std::move(removed).value();
    changed(m_context);
}

void RemoveBackupJobCommand::undo()
{
    if (Status s = store::BackupRepository(*m_context.db).restore(m_snapshot); !s) {
        failCommand(this, m_context, s.error());
        return;
    }
    changed(m_context);
}

BackupEventCommand::BackupEventCommand(BackupCommandContext context, domain::BackupEvent event,
                                       bool added)
    : m_context(std::move(context)), m_event(std::move(event)), m_added(added)
{
    const QString what = backups::BackupText::eventKind(m_event.kind);
    setText(added ? BackupCommandText::tr("Record %1").arg(what)
                  : BackupCommandText::tr("Delete record %1").arg(what));
}

bool BackupEventCommand::write(bool add)
{
    store::BackupRepository repo(*m_context.db);
    if (add) {
        auto id = repo.addEvent(m_event);
        if (!id) {
            failCommand(this, m_context, id.error());
            return false;
        }
        m_event.id = id.value(); // redo after undo keeps the same row id
    } else if (auto removed = repo.removeEvent(m_event.id); !removed) {
        failCommand(this, m_context, removed.error());
        return false;
    }
    changed(m_context);
    return true;
}

void BackupEventCommand::redo()
{
    write(m_added);
}

void BackupEventCommand::undo()
{
    write(!m_added);
}

} // namespace ui
} // namespace kamae
