#pragma once

#include "pages/Page.h"
#include "score/Evidence.h"
#include "score/ScoreInput.h"
#include "score/SelfCheck.h"
#include "selfcheck/SelfCheckCommands.h"

#include <QHash>
#include <QVector>

#include <optional>

class QDate;
class QLabel;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

class AssessmentBar;
class ChangeWatcher;
class QuestionDetailPane;
class QuestionsPanel;
class SelfCheckModel;
class SelfCheckResultPanel;

// Self-assessment (自社診断): the 25 questions of IPA's five-minute
// self-check and Kamae's own, answered per sitting, with IPA's result, what
// Kamae's records say beside each answer, and SECURITY ACTION readiness.
// The page holds the sittings and the undoable steps; its parts show the
// questions (QuestionsPanel), the current one (QuestionDetailPane) and the
// result (SelfCheckResultPanel). The rules are score::SelfCheckDesk's.
class SelfAssessmentPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfAssessmentPage)

public:
    SelfAssessmentPage(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);
    ~SelfAssessmentPage() override;

    QString title() const override;
    void reload();

    SelfCheckModel *model() const { return m_model; }
    // The assessment shown, 0 when there is none.
    qint64 currentAssessmentId() const { return m_selectedId; }
    void selectAssessment(qint64 id);
    // Selects the newest assessment (the one the score reads) and a question in it.
    void showLatestQuestion(int number);
    // Makes question `number` (1–) the current row, clearing filters that hide it.
    void showQuestion(int number);
    // The key of the current question, empty when none.
    QString currentQuestionKey() const;
    // Answers the current question (Unanswered clears it), undoably.
    bool answerCurrent(score::Answer answer);

    // Asks for the date and whether to start from the previous answers.
    void askNewAssessment();
    // Adds an assessment taken on `date` (not after today), with the answers
    // of the newest one when `copyPrevious`, and shows it.
    bool newAssessment(const QDate &date, bool copyPrevious);
    // Asks, then deletes the shown assessment (undoable).
    bool deleteCurrentAssessment();

    // IPA's result of the shown assessment, and SECURITY ACTION readiness.
    QLabel *resultLabel() const;
    QLabel *readinessLabel() const;

signals:
    // An evidence line was activated: open the record it names.
    void placeRequested(kamae::score::Place place, qint64 recordId);

protected:
    void loadWaited() override;
    void changeEvent(QEvent *event) override;

private:
    void connectParts();
    const score::Assessment *selected() const;
    const score::Assessment *newest() const;
    void showSelected(bool moveToFirstOpen);
    void updateResult();
    void showCurrentQuestion();
    bool setAnswer(const QString &key, score::Answer answer);
    void answerAndAdvance(score::Answer answer);
    void applyAnswer(qint64 assessmentId, const QString &key, score::Answer answer);
    void showError(const QString &message);

    store::Database &m_db;
    QUndoStack &m_undo;
    SelfCheckCommandContext m_context;
    QVector<score::Assessment> m_assessments; // oldest first
    std::optional<score::ScoreInput> m_input;
    QHash<QString, QString> m_notApplicable; // question key → why, from the records
    qint64 m_selectedId = 0;
    qint64 m_shownId = -1;
    ChangeWatcher *m_changes = nullptr;

    QLabel *m_error = nullptr;
    QStackedWidget *m_stack = nullptr;
    AssessmentBar *m_bar = nullptr;
    // The parts.
    SelfCheckModel *m_model = nullptr;
    QuestionsPanel *m_questions = nullptr;
    QuestionDetailPane *m_detail = nullptr;
    SelfCheckResultPanel *m_result = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_questionSplitter = nullptr;
};

} // namespace ui
} // namespace kamae
