#include "i18n/Language.h"
#include "score/Evidence.h"
#include "score/FactorSupport.h"

#include <QCoreApplication>

// The self-assessment's answers, one factor per question. They stand for
// the measures no module measures from records yet (education, BCP,
// incident readiness, the supply chain) and add the company's own word to
// the others. An "implemented" the records contradict counts as "partly". A
// question the records measure themselves (training, the drills) does not
// count while they do.
namespace kamae {
namespace score {

namespace {

struct SelfCheckFactorText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::SelfCheckFactorText)
};
using namespace support;

// Up to this many open questions are answered in minutes; more take hours.
constexpr int kQuickAnswerCount = 5;

} // namespace

QVector<Factor> selfCheckFactors(const ScoreInput &input, const QDate &today)
{
    const QVector<Evidence> found = evidence(input, today);
    const Assessment *assessment = input.assessment ? &*input.assessment : nullptr;
    int unanswered = 0;
    for (const Question &q : questions()) {
        const Answer a = assessment ? assessment->answer(q.key) : Answer::Unanswered;
        unanswered += a == Answer::Unanswered && !notApplicable(q.key, input, assessment) &&
                              !measuredByRecords(q.key, found)
                          ? 1
                          : 0;
    }
    const QString answerAll =
        input.assessment ? SelfCheckFactorText::tr("Answer the %n open self-assessment question(s)",
                                                   nullptr, unanswered)
                         : SelfCheckFactorText::tr("Take the self-assessment (%n questions)",
                                                   nullptr, unanswered);

    QVector<Factor> out;
    for (const Question &q : questions()) {
        Factor f;
        f.basis = Basis::Answers;
        f.id = QStringLiteral("self.") + q.key;
        f.category = q.category;
        f.kind = q.kind;
        f.weight = 1;
        f.place = modules::key::SelfAssessment;
        f.title = SelfCheckText::shortTitle(q.key);
        const Answer a = input.assessment ? input.assessment->answer(q.key) : Answer::Unanswered;
        f.value = answerValue(a);
        const bool doubted = a == Answer::Implemented && contradicted(q.key, found);
        if (doubted)
            f.value = answerValue(Answer::Partly);
        if (measuredByRecords(q.key, found)) {
            // The records measure what the question asks (training
            // coverage, the drills): the answer does not count beside them,
            // and they earn the measure's points through their own factors.
            f.applies = false;
            f.value = 0;
            QStringList said;
            bool disagrees = false;
            for (const Evidence &e : found) {
                if (e.questionKey != q.key || !e.measures)
                    continue;
                said << e.text;
                disagrees |= e.contradicts;
            }
            f.inputs = SelfCheckFactorText::tr("Question %1 is measured from the records "
                                               "instead of the answer: %2")
                           .arg(q.number)
                           .arg(i18n::joinSentences(said));
            if (disagrees)
                f.inputs = i18n::joinSentences(
                    {f.inputs, SelfCheckFactorText::tr("The answer “%1” contradicts them.")
                                   .arg(SelfCheckText::answer(a))});
        } else if (notApplicable(q.key, input, assessment)) {
            // Neither earned nor lost: the measure's other questions share
            // its points.
            f.applies = false;
            f.basis = Basis::Records;
            f.inputs = SelfCheckFactorText::tr("Question %1 does not apply: %2")
                           .arg(q.number)
                           .arg(notApplicableReason(q.key, input));
        } else if (a == Answer::Unanswered) {
            f.measured = false;
            f.inputs = SelfCheckFactorText::tr("Self-assessment question %1 is not answered.")
                           .arg(q.number);
            // A few open questions are minutes; the whole self-assessment
            // (read and answer 31 questions) is an afternoon's work.
            Action act = action(f.id, answerAll, 1.0,
                                unanswered <= kQuickAnswerCount ? Effort::Minutes : Effort::Hours,
                                modules::key::SelfAssessment, q.number);
            act.group = QStringLiteral("self.unanswered");
            act.basis = Basis::Answers;
            f.actions.append(act);
        } else if (doubted) {
            f.inputs =
                SelfCheckFactorText::tr(
                    "Question %1 answered “%2” on %3, but Kamae's records disagree; "
                    "counted as partly implemented.")
                    .arg(q.number)
                    .arg(SelfCheckText::answer(a), i18n::formatDate(input.assessment->taken));
            for (const Evidence &e : found) {
                if (e.questionKey == q.key && e.contradicts) {
                    f.actions.append(action(f.id + QStringLiteral(":evidence"),
                                            SelfCheckFactorText::tr("Fix what contradicts “%1”: %2")
                                                .arg(SelfCheckText::shortTitle(q.key), e.text),
                                            1.0 - f.value, q.effort, e.place, e.recordId));
                    break;
                }
            }
        } else {
            f.inputs =
                SelfCheckFactorText::tr("Question %1 answered “%2” on %3.")
                    .arg(q.number)
                    .arg(SelfCheckText::answer(a), i18n::formatDate(input.assessment->taken));
            if (a == Answer::DontKnow)
                f.actions.append(action(f.id,
                                        SelfCheckFactorText::tr("Find out and answer: %1")
                                            .arg(SelfCheckText::shortTitle(q.key)),
                                        1.0, Effort::Hours, modules::key::SelfAssessment,
                                        q.number));
            else if (f.value < 1.0)
                f.actions.append(action(f.id,
                                        SelfCheckFactorText::tr("Put in place: %1")
                                            .arg(SelfCheckText::shortTitle(q.key)),
                                        1.0 - f.value, q.effort, modules::key::SelfAssessment,
                                        q.number));
            // These win their points by a changed answer alone.
            for (Action &act : f.actions)
                act.basis = Basis::Answers;
        }
        out.append(f);
    }
    return out;
}

} // namespace score
} // namespace kamae
