#pragma once

#include "commands/ChangeCommand.h"
#include "score/SelfCheck.h"

#include <optional>

namespace kamae {
namespace ui {

// Where self-assessment commands write, and whom they tell.
struct SelfCheckCommandContext : CommandContext
{
    // One answer was written: (assessment id, question key, the answer now).
    // An answer tells only this; onChanged is for an assessment added,
    // removed or put back.
    std::function<void(qint64, const QString &, score::Answer)> onAnswerChanged;
};

// One answer of one assessment; Unanswered removes it. Consecutive changes
// to the same question merge into one step.
class SetAnswerCommand final : public ChangeCommand<score::Answer>
{
public:
    SetAnswerCommand(SelfCheckCommandContext context, qint64 assessmentId, QString key,
                     score::Answer before, score::Answer after);
};

// A new assessment (id 0) with its first answers. Undo removes it; redo
// inserts it again under the same id.
class AddAssessmentCommand final : public ChangeCommand<std::optional<score::Assessment>>
{
public:
    AddAssessmentCommand(SelfCheckCommandContext context, score::Assessment assessment);
    void redo() override;
    // The stored id once the first redo succeeded, else 0. Take it before
    // pushing (see outcome()).
    std::shared_ptr<const qint64> storedId() const { return m_id; }

private:
    std::shared_ptr<qint64> m_id = std::make_shared<qint64>(0);
};

// Deleting an assessment with its answers; undo puts both back under the
// same id.
class RemoveAssessmentCommand final : public ChangeCommand<std::optional<score::Assessment>>
{
public:
    RemoveAssessmentCommand(SelfCheckCommandContext context, score::Assessment assessment);
};

} // namespace ui
} // namespace kamae
