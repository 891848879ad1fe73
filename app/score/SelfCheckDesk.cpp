#include "score/SelfCheckDesk.h"

#include "i18n/Language.h"

namespace kamae {
namespace score {

Status checkAssessmentDate(const QDate &taken, const QDate &today)
{
    if (!taken.isValid())
        return Status::failure(
            SelfCheckDeskText::tr("A self-assessment needs the date it was taken."));
    if (taken > today)
        return Status::failure(
            SelfCheckDeskText::tr("A self-assessment cannot be dated after today (%1).")
                .arg(i18n::formatDate(today)));
    return {};
}

Result<Assessment> newAssessment(const QDate &taken, const Assessment *previous, const QDate &today)
{
    Assessment assessment;
    assessment.taken = taken.isValid() ? taken : today;
    if (Status s = checkAssessmentDate(assessment.taken, today); !s)
        return Result<Assessment>::failure(s.error());
    if (previous)
        assessment.answers = previous->answers;
    return assessment;
}

const Assessment *scoredAssessment(const QVector<Assessment> &oldestFirst)
{
    return oldestFirst.isEmpty() ? nullptr : &oldestFirst.constLast();
}

bool isScoredAssessment(const Assessment &assessment, const QVector<Assessment> &oldestFirst)
{
    const Assessment *scored = scoredAssessment(oldestFirst);
    return scored && scored->id == assessment.id;
}

QVector<Evidence> evidenceForAssessment(const ScoreInput &input, const Assessment *assessment,
                                        const QDate &today)
{
    // The input holds the newest sitting; the evidence is for this one.
    ScoreInput shown = input;
    if (assessment)
        shown.assessment = *assessment;
    else
        shown.assessment.reset();
    return evidence(shown, today);
}

QHash<QString, QString> notApplicableReasons(const ScoreInput &input)
{
    QHash<QString, QString> out;
    for (const Question &q : questions()) {
        const QString reason = notApplicableReason(q.key, input);
        if (!reason.isEmpty())
            out.insert(q.key, reason);
    }
    return out;
}

bool isOpenQuestion(const QString &questionKey, const Assessment &assessment,
                    const QHash<QString, QString> &notApplicable)
{
    return assessment.answer(questionKey) == Answer::Unanswered &&
           !notApplicable.contains(questionKey);
}

} // namespace score
} // namespace kamae
