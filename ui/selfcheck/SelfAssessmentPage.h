#pragma once

#include "pages/Page.h"
#include "score/Evidence.h"
#include "score/ScoreInput.h"
#include "score/SelfCheck.h"
#include "selfcheck/SelfCheckCommands.h"

#include <QVector>

#include <array>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDate;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace kamae {
namespace store {
class Database;
}
namespace ui {

class SelfCheckFilterProxy;
class SelfCheckModel;

// Self-assessment (自社診断): the 25 questions of IPA's five-minute
// self-check and Kamae's own, answered per sitting, with IPA's result, what
// Kamae's records say beside each answer, and SECURITY ACTION readiness.
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
    // Makes question `number` (1–) the current row, clearing filters that hide it.
    // Selects the newest assessment (the one the score reads) and a question in it.
    void showLatestQuestion(int number);
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
    QLabel *resultLabel() const { return m_result; }
    QLabel *readinessLabel() const { return m_readiness; }

signals:
    // An evidence line was activated: open the record it names.
    void placeRequested(kamae::score::Place place, qint64 recordId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const score::Assessment *selected() const;
    const score::Assessment *newest() const;
    int currentRow() const;
    // Whether an answer is being picked in the table's editor.
    bool editingInTable() const;
    void scheduleReload();
    void showSelected(bool moveToFirstOpen);
    void fillAssessmentCombo();
    QString assessmentText(const score::Assessment &assessment) const;
    void recomputeEvidence();
    void updateResult();
    void showCurrentQuestion();
    void arrangeAnswers(bool oneRow);
    void updateButtons();
    void selectFirstOpenRow();
    void selectKey(const QString &key);
    bool setAnswer(const QString &key, score::Answer answer);
    void answerAndAdvance(score::Answer answer);
    void applyAnswer(qint64 assessmentId, const QString &key, score::Answer answer);
    void openEvidence(const QString &link);
    void showError(const QString &message);
    void retranslate();

    store::Database &m_db;
    QUndoStack &m_undo;
    SelfCheckCommandContext m_context;
    QVector<score::Assessment> m_assessments; // oldest first
    std::optional<score::ScoreInput> m_input;
    QVector<score::Evidence> m_evidence;       // for the shown assessment
    QVector<score::Evidence> m_detailEvidence; // the links of the detail pane
    qint64 m_selectedId = 0;
    qint64 m_shownId = -1;
    quint64 m_loadedChange = 0;
    bool m_dirty = false;
    QTimer *m_reloadTimer = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_stack = nullptr;
    // Empty state.
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_start = nullptr;
    // Assessments.
    QWidget *m_toolbar = nullptr;
    QLabel *m_assessmentLabel = nullptr;
    QComboBox *m_assessmentCombo = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    // Questions.
    QComboBox *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    SelfCheckModel *m_model = nullptr;
    SelfCheckFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_questionSplitter = nullptr;
    // Detail of the current question.
    QLabel *m_questionPlace = nullptr;
    QLabel *m_questionText = nullptr;
    QLabel *m_whyText = nullptr;
    QWidget *m_detail = nullptr;
    QButtonGroup *m_answerGroup = nullptr;
    QGridLayout *m_answerGrid = nullptr;
    bool m_answersOneRow = false;
    std::array<QRadioButton *, 4> m_answerButtons{};
    QPushButton *m_clear = nullptr;
    QLabel *m_keysHint = nullptr;
    QLabel *m_evidenceLabel = nullptr;
    // Result.
    QLabel *m_result = nullptr;
    QLabel *m_readiness = nullptr;
};

} // namespace ui
} // namespace kamae
