#pragma once

#include "score/SelfCheck.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace kamae {
namespace store {
class Database;
}
namespace ui {

// Where self-assessment commands write, and whom they tell.
struct SelfCheckCommandContext
{
    store::Database *db = nullptr;
    // An assessment was added, removed or put back.
    std::function<void()> onChanged;
    // One answer was written: (assessment id, question key, the answer now).
    std::function<void(qint64, const QString &, score::Answer)> onAnswerChanged;
    std::function<void(const QString &)> onError;
};

// One answer of one assessment; Unanswered removes it. Consecutive changes
// to the same question merge into one step.
class SetAnswerCommand final : public QUndoCommand
{
public:
    SetAnswerCommand(SelfCheckCommandContext context, qint64 assessmentId, QString key,
                     score::Answer before, score::Answer after);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    // Whether the first redo (run by QUndoStack::push) stored the answer.
    // Take it before pushing: a failed command is obsolete and the stack
    // deletes it.
    std::shared_ptr<const bool> outcome() const { return m_ok; }

private:
    bool write(score::Answer answer);

    SelfCheckCommandContext m_context;
    qint64 m_assessmentId;
    QString m_key;
    score::Answer m_before;
    score::Answer m_after;
    std::shared_ptr<bool> m_ok = std::make_shared<bool>(false);
};

// A new assessment (id 0) with its first answers. Undo removes it; redo
// inserts it again under the same id.
class AddAssessmentCommand final : public QUndoCommand
{
public:
    AddAssessmentCommand(SelfCheckCommandContext context, score::Assessment assessment);
    void redo() override;
    void undo() override;
    // The stored id once the first redo succeeded, else 0. Take it before
    // pushing (see SetAnswerCommand::outcome()).
    std::shared_ptr<const qint64> storedId() const { return m_id; }

private:
    SelfCheckCommandContext m_context;
    score::Assessment m_assessment;
    std::shared_ptr<qint64> m_id = std::make_shared<qint64>(0);
};

// Deleting an assessment with its answers; undo puts both back under the
// same id.
class RemoveAssessmentCommand final : public QUndoCommand
{
public:
    RemoveAssessmentCommand(SelfCheckCommandContext context, score::Assessment assessment);
    void redo() override;
    void undo() override;
    std::shared_ptr<const bool> outcome() const { return m_ok; }

private:
    SelfCheckCommandContext m_context;
    score::Assessment m_assessment;
    std::shared_ptr<bool> m_ok = std::make_shared<bool>(false);
};

} // namespace ui
} // namespace kamae
