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

// Stores `to` (redo after undo keeps the id), or removes `from`, keeping the
// answers it had. What undo removes is what the steps after it left; undo has
// already taken those back, so it is the assessment as added.
Status writeAssessment(store::Database &db, std::optional<score::Assessment> &from,
                       std::optional<score::Assessment> &to)
{
    store::ScoreRepository repo(db);
    return to ? keep(repo.saveAssessment(*to), to) : keep(repo.removeAssessment(from->id), from);
}

} // namespace

SetAnswerCommand::SetAnswerCommand(SelfCheckCommandContext context, qint64 assessmentId,
                                   QString key, score::Answer before, score::Answer after)
    : ChangeCommand({context.db, {}, context.onError}, before, after,
                    [assessmentId, key, answered = context.onAnswerChanged](
                        store::Database &db, score::Answer &, score::Answer &to) {
                        const Status s =
                            store::ScoreRepository(db).setAnswer(assessmentId, key, to);
                        if (s && answered)
                            answered(assessmentId, key, to);
                        return s;
                    })
{
    mergeBy(QStringLiteral("%1/%2").arg(assessmentId).arg(key));
    const score::Question *q = score::findQuestion(key);
    setText(SelfCheckCommandText::tr("Answer question %1").arg(q ? q->number : 0));
}

AddAssessmentCommand::AddAssessmentCommand(SelfCheckCommandContext context,
                                           score::Assessment assessment)
    : ChangeCommand(std::move(context), std::nullopt, std::move(assessment), writeAssessment)
{
    setText(SelfCheckCommandText::tr("New self-assessment of %1")
                .arg(i18n::formatDate(after()->taken)));
}

void AddAssessmentCommand::redo()
{
    ChangeCommand::redo();
    if (*outcome())
        *m_id = after()->id;
}

RemoveAssessmentCommand::RemoveAssessmentCommand(SelfCheckCommandContext context,
                                                 score::Assessment assessment)
    : ChangeCommand(std::move(context), std::move(assessment), std::nullopt, writeAssessment)
{
    setText(SelfCheckCommandText::tr("Delete self-assessment of %1")
                .arg(i18n::formatDate(before()->taken)));
}

} // namespace ui
} // namespace kamae
