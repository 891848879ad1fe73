#pragma once

#include "core/Result.h"
#include "score/Evidence.h"
#include "score/ScoreInput.h"
#include "score/SelfCheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QVector>

// The self-assessment's operations and rules, shared by the Self-assessment
// page and the command line: what a new sitting may be and starts with,
// which sitting the score reads, what the records say beside the answers of
// any sitting, and which questions are still open.
namespace kamae {
namespace score {

struct SelfCheckDeskText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::SelfCheckDesk)
};

// A sitting is dated the day it was taken: never after today.
Status checkAssessmentDate(const QDate &taken, const QDate &today);

// The sitting to store for a new self-assessment taken on `taken` (today
// when invalid), starting from the answers of `previous` when given (taking
// the self-check again: change what is different now). Refuses a date after
// today.
Result<Assessment> newAssessment(const QDate &taken, const Assessment *previous,
                                 const QDate &today);

// The sitting the score reads: the newest (the list is oldest first, as
// store::ScoreRepository::assessments() gives it); null when there is none.
const Assessment *scoredAssessment(const QVector<Assessment> &oldestFirst);
bool isScoredAssessment(const Assessment &assessment, const QVector<Assessment> &oldestFirst);

// What today's records say beside the answers of `assessment` (any sitting,
// not only the newest the input holds): contradictions are worked out
// against its answers. `assessment` null: the records alone.
QVector<Evidence> evidenceForAssessment(const ScoreInput &input, const Assessment *assessment,
                                        const QDate &today);

// Questions the records show cannot apply, with the reason (question key →
// translated text); see notApplicableReason().
QHash<QString, QString> notApplicableReasons(const ScoreInput &input);

// A question still to answer in `assessment`: no answer, and the records do
// not show it cannot apply.
bool isOpenQuestion(const QString &questionKey, const Assessment &assessment,
                    const QHash<QString, QString> &notApplicable);

} // namespace score
} // namespace kamae
