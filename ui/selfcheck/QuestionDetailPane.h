#pragma once

#include "score/Evidence.h"
#include "score/SelfCheck.h"

#include <QScrollArea>
#include <QVector>

#include <array>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace kamae {
namespace ui {

// The current question, word-wrapped, with the four answers as buttons, a
// button to clear the answer, and what Kamae's records say about it (each
// line a link to its record). Choosing is the page's job: the pane says
// what was chosen.
class QuestionDetailPane final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionDetailPane)

public:
    // The answers the buttons and the keys 1–4 give, in that order.
    static constexpr std::array<score::Answer, 4> kAnswerKeys = {
        score::Answer::Implemented, score::Answer::Partly, score::Answer::NotImplemented,
        score::Answer::DontKnow};

    struct Shown
    {
        const score::Question *question = nullptr; // null: no question selected
        score::Answer answer = score::Answer::Unanswered;
        QVector<score::Evidence> evidence;
        bool contradicted = false;
        // Whether the assessment shown is the one the score reads.
        bool scored = true;
        // Why the records show the question cannot apply; empty when it may.
        QString notApplicable;
    };

    explicit QuestionDetailPane(QWidget *parent = nullptr);

    // hasAssessment: whether there is an assessment to answer at all.
    void showQuestion(const Shown &shown, bool hasAssessment);

signals:
    // A button: an answer (Unanswered for "Clear answer").
    void answerChosen(kamae::score::Answer answer);
    void evidenceActivated(kamae::score::Place place, qint64 recordId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showEvidence();
    void openEvidence(const QString &link);
    void retranslate();

    Shown m_shown;
    bool m_hasAssessment = false;
    QLabel *m_questionPlace = nullptr;
    QLabel *m_questionText = nullptr;
    QLabel *m_whyText = nullptr;
    QButtonGroup *m_answerGroup = nullptr;
    std::array<QRadioButton *, 4> m_answerButtons{};
    QPushButton *m_clear = nullptr;
    QLabel *m_evidenceLabel = nullptr;
};

} // namespace ui
} // namespace kamae
