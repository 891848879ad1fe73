#pragma once

#include "score/ScoreInput.h"
#include "score/ScoreTypes.h"

#include <QDate>
#include <QVector>

// What Kamae's own records say about a self-check question. When the answer
// is "implemented" and the records disagree, the answer is a contradiction:
// shown beside the question, and counted as "partly" in the score.
namespace kamae {
namespace score {

struct Evidence
{
    QString questionKey;
    QString text;             // translated: what the records show
    bool supports = true;     // false: the records show the measure is not (fully) in place
    bool contradicts = false; // the answer disagrees with it (isContradiction)
    // The records measure the question themselves (the training module's
    // coverage and drills): while such evidence exists the answer does not
    // count in the score, and an answer of either kind can contradict it.
    bool measures = false;
    Place place = modules::key::Dashboard;
    qint64 recordId = 0;
};

// Evidence for every question the data can speak to, in question order.
QVector<Evidence> evidence(const ScoreInput &input, const QDate &today);
// The same for one question; empty when the data says nothing about it.
QVector<Evidence> evidenceFor(const QString &questionKey, const ScoreInput &input,
                              const QDate &today);
bool contradicted(const QString &questionKey, const QVector<Evidence> &all);
// Whether `answer` contradicts the evidence: "implemented" where the records
// do not support the measure; for evidence that measures the question, also
// "not implemented" where they support it.
bool isContradiction(const Evidence &evidence, Answer answer);
// The records measure the question (some evidence for it `measures`).
bool measuredByRecords(const QString &questionKey, const QVector<Evidence> &all);

// Why the records show that a question cannot apply to the company
// (translated), or empty when it may apply. Question 30 (overseas sites and
// suppliers) cannot apply when the Organisation page lists sites and none of
// them is overseas. Kamae keeps no list of suppliers, so the reason says so
// (and the page invites an answer from a company with overseas suppliers).
QString notApplicableReason(const QString &questionKey, const ScoreInput &input);
// The records say the question cannot apply and `assessment` has no answer
// to it. An answer always counts: the records do not know everything (an
// overseas supplier, say). A question that does not apply neither earns nor
// loses points; it is not an open question.
bool notApplicable(const QString &questionKey, const ScoreInput &input,
                   const Assessment *assessment);

// A restore test older than this makes "backups: implemented" a contradiction.
constexpr int kRestoreTestStaleDays = 365;

} // namespace score
} // namespace kamae
