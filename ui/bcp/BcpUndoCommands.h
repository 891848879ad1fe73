#pragma once

#include "bcp/BcpRecords.h"
#include "commands/ChangeCommand.h"

#include <QDate>

#include <optional>

namespace kamae {
namespace ui {

// A change of the draft plan: the repository writes the plan whole, so the
// step holds the plan before and after and undo writes the one before
// (entries keep their ids both ways). Consecutive edits of one prose
// section merge into one step.
class SavePlanCommand final : public ChangeCommand<domain::BcpPlan>
{
public:
    SavePlanCommand(CommandContext context, domain::BcpPlan before, domain::BcpPlan after,
                    const QString &text, const QString &mergeKey = {});
};

// Recording (no before), editing or deleting (no after) an exercise; undo
// puts it back under the same id.
class SaveExerciseCommand final : public ChangeCommand<std::optional<domain::BcpExercise>>
{
public:
    SaveExerciseCommand(CommandContext context, std::optional<domain::BcpExercise> before,
                        std::optional<domain::BcpExercise> after, QDate today);
};

// Publishing the draft as the next version; undo removes that version.
class PublishVersionCommand final : public DeskCommand
{
public:
    PublishVersionCommand(CommandContext context, qint64 approverId, QString note, QDate today);

    void redo() override;
    void undo() override;
    int number() const { return m_number; }

private:
    qint64 m_approverId;
    QString m_note;
    QDate m_today;
    int m_number = 0;
};

} // namespace ui
} // namespace kamae
