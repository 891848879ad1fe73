#pragma once

#include "commands/ChangeCommand.h"
#include "store/BackupRepository.h"

#include <optional>

namespace kamae {
namespace ui {

// Where backup commands write, and whom they tell.
using BackupCommandContext = CommandContext;

// Adding (no before) or editing a job. Undo writes `before` back, or deletes
// the added job; redo stores `after` under the same ids.
class SaveBackupJobCommand final : public ChangeCommand<std::optional<domain::BackupJob>>
{
public:
    SaveBackupJobCommand(BackupCommandContext context, std::optional<domain::BackupJob> before,
                         domain::BackupJob after);
};

// Deleting a job with its log; undo restores both under the same ids.
class RemoveBackupJobCommand final : public ChangeCommand<std::optional<store::BackupJobSnapshot>>
{
public:
    RemoveBackupJobCommand(BackupCommandContext context, domain::BackupJob job);
};

// Adding (added = true) or deleting one log line.
class BackupEventCommand final : public ChangeCommand<std::optional<domain::BackupEvent>>
{
public:
    BackupEventCommand(BackupCommandContext context, domain::BackupEvent event, bool added);
};

} // namespace ui
} // namespace kamae
