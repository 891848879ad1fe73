#include "selfcheck/SelfCheckCommands.h"

#include "i18n/Language.h"
#include "score/ScoreRepository.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

namespace {

struct SelfCheckCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::SelfCheckCommandText)
};

// QUndoCommand ids only need to differ between command classes that merge.
constexpr int kSetAnswerId = 0x5e1f;

void failCommand(QUndoCommand *command, const SelfCheckCommandContext &context,
                 const QString &error)
{
    command->setObsolete(true);
    if (context.onError)
        context.onError(error);
}

void changed(const SelfCheckCommandContext &context)
{
    if (context.onChanged)
        context.onChanged();
}

} // namespace

SetAnswerCommand::SetAnswerCommand(SelfCheckCommandContext context, qint64 assessmentId,
                                   QString key, score::Answer before, score::Answer after)
    : m_context(std::move(context)), m_assessmentId(assessmentId), m_key(std::move(key)),
      m_before(before), m_after(after)
{
    const score::Question *q = score::findQuestion(m_key);
    setText(SelfCheckCommandText::tr("Answer question %1").arg(q ? q->number : 0));
}

bool SetAnswerCommand::write(score::Answer answer)
{
    if (Status s = store::ScoreRepository(*m_context.db).setAnswer(m_assessmentId, m_key, answer);
        !s) {
        failCommand(this, m_context, s.error());
        return false;
    }
    if (m_context.onAnswerChanged)
        m_context.onAnswerChanged(m_assessmentId, m_key, answer);
    return true;
}

void SetAnswerCommand::redo()
{
    if (write(m_after))
        *m_ok = true;
}

void SetAnswerCommand::undo()
{
    write(m_before);
}

int SetAnswerCommand::id() const
{
    return kSetAnswerId;
}

bool SetAnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetAnswerCommand *>(other);
    // QUndoStack offers a command to merge even when its redo failed.
    if (!next || next->isObsolete() || !*next->m_ok || next->m_assessmentId != m_assessmentId ||
        next->m_key != m_key)
        return false;
    m_after = next->m_after;
    // Back where it started: nothing left to undo.
    setObsolete(m_after == m_before);
    return true;
}

AddAssessmentCommand::AddAssessmentCommand(SelfCheckCommandContext context,
                                           score::Assessment assessment)
    : m_context(std::move(context)), m_assessment(std::move(assessment))
{
    setText(SelfCheckCommandText::tr("New self-assessment of %1")
                .arg(i18n::formatDate(m_assessment.taken)));
}

void AddAssessmentCommand::redo()
{
    auto stored = store::ScoreRepository(*m_context.db).saveAssessment(m_assessment);
    if (!stored) {
        failCommand(this, m_context, stored.error());
        return;
    }
    m_assessment = std::move(stored).value(); // redo after undo keeps the id
    *m_id = m_assessment.id;
    changed(m_context);
}

void AddAssessmentCommand::undo()
{
    // What is removed is what the steps after this one left; undo has
    // already taken those back, so it is the assessment as added.
    auto removed = store::ScoreRepository(*m_context.db).removeAssessment(m_assessment.id);
    if (!removed) {
        failCommand(this, m_context, removed.error());
        return;
    }
    changed(m_context);
}

RemoveAssessmentCommand::RemoveAssessmentCommand(SelfCheckCommandContext context,
                                                 score::Assessment assessment)
    : m_context(std::move(context)), m_assessment(std::move(assessment))
{
    setText(SelfCheckCommandText::tr("Delete self-assessment of %1")
                .arg(i18n::formatDate(m_assessment.taken)));
}

void RemoveAssessmentCommand::redo()
{
    auto removed = store::ScoreRepository(*m_context.db).removeAssessment(m_assessment.id);
    if (!removed) {
        failCommand(this, m_context, removed.error());
        return;
    }
    m_assessment = std::move(removed).value(); // the answers as they were
    *m_ok = true;
    changed(m_context);
}

void RemoveAssessmentCommand::undo()
{
    auto stored = store::ScoreRepository(*m_context.db).saveAssessment(m_assessment);
    if (!stored) {
        failCommand(this, m_context, stored.error());
        return;
    }
    changed(m_context);
}

} // namespace ui
} // namespace kamae
