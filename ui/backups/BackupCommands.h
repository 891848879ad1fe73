#pragma once

#include "store/BackupRepository.h"

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace kamae {
namespace store {
class Database;
}
namespace ui {

// Where backup commands write, and whom they tell.
struct BackupCommandContext
{
    store::Database *db = nullptr;
    std::function<void()> onChanged;
    std::function<void(const QString &)> onError;
};

// Adding (no before) or editing a job. Undo writes `before` back, or deletes
// the added job; redo stores `after` under the same ids.
class SaveBackupJobCommand final : public QUndoCommand
{
public:
    SaveBackupJobCommand(BackupCommandContext context, std::optional<domain::BackupJob> before,
                         domain::BackupJob after);
    void redo() override;
    void undo() override;
    // Whether the first redo (run by QUndoStack::push) stored the job. Take
    // it before pushing: a failed command is obsolete and the stack deletes it.
    std::shared_ptr<const bool> outcome() const { return m_ok; }

private:
    BackupCommandContext m_context;
    std::optional<domain::BackupJob> m_before;
    domain::BackupJob m_after;
    std::shared_ptr<bool> m_ok = std::make_shared<bool>(false);
};

// Deleting a job with its log; undo restores both under the same ids.
class RemoveBackupJobCommand final : public QUndoCommand
{
public:
    RemoveBackupJobCommand(BackupCommandContext context, domain::BackupJob job);
    void redo() override;
    void undo() override;

private:
    BackupCommandContext m_context;
    store::BackupJobSnapshot m_snapshot;
};

// Adding (added = true) or deleting one log line.
class BackupEventCommand final : public QUndoCommand
{
public:
    BackupEventCommand(BackupCommandContext context, domain::BackupEvent event, bool added);
    void redo() override;
    void undo() override;

private:
    bool write(bool add);

    BackupCommandContext m_context;
    domain::BackupEvent m_event;
    bool m_added;
};

} // namespace ui
} // namespace kamae
