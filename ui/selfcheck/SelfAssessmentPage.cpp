#include "selfcheck/SelfAssessmentPage.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "pages/ChangeWatcher.h"
#include "score/ScoreCache.h"
#include "score/ScoreRepository.h"
#include "score/SelfCheckDesk.h"
#include "selfcheck/AssessmentBar.h"
#include "selfcheck/NewAssessmentDialog.h"
#include "selfcheck/QuestionDetailPane.h"
#include "selfcheck/QuestionsPanel.h"
#include "selfcheck/SelfCheckEmptyState.h"
#include "selfcheck/SelfCheckModel.h"
#include "selfcheck/SelfCheckResultPanel.h"
#include "settings/UiSettings.h"
#include "store/Database.h"
#include "widgets/FlowLayout.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

using score::Answer;

namespace {

enum StackPage
{
    EmptyPage,
    ContentPage
};

} // namespace

SelfAssessmentPage::SelfAssessmentPage(store::Database &db, QUndoStack &undo, QWidget *parent)
    : Page(parent), m_db(db), m_undo(undo)
{
    setObjectName(QStringLiteral("SelfAssessmentPage"));
    m_context.db = &db;
    m_context.onChanged = [this] {
        m_changes->reloadSoon();
    };
    m_context.onAnswerChanged = [this](qint64 id, const QString &key, Answer answer) {
        applyAnswer(id, key, answer);
    };
    m_context.onError = [this](const QString &message) {
        showError(message);
    };

    m_changes = new ChangeWatcher(db, this, [this] { reload(); });

    auto *heading = sayingText(makeHeading(this), [] { return tr("Self-assessment"); });
    m_error = makeErrorLabel(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("selfCheckStack"));
    auto *empty = new SelfCheckEmptyState(m_stack);
    connect(empty, &SelfCheckEmptyState::startRequested, this,
            &SelfAssessmentPage::askNewAssessment);
    m_stack->addWidget(empty);

    // The assessments: the questions and the current one on the left, the
    // result on the right.
    auto *content = new QWidget(m_stack);
    m_model = new SelfCheckModel(this);
    m_questions = new QuestionsPanel(m_model, content);
    m_detail = new QuestionDetailPane(content);
    m_result = new SelfCheckResultPanel(content);

    m_questionSplitter = makeSplitter(content, Qt::Vertical, QStringLiteral("questionSplitter"),
                                      {m_questions, m_detail});
    // The detail pane keeps about what a long Japanese question needs at
    // the window's smallest size; the table takes the rest.
    m_questionSplitter->setStretchFactor(0, 1);
    m_questionSplitter->setStretchFactor(1, 0);
    m_questionSplitter->setSizes({1000, 280});
    // At 150 % of a small screen the detail pane would leave the table one
    // row: it keeps four, and the detail pane (which scrolls) gives way.
    QTableView *table = m_questions->view();
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            4 * table->verticalHeader()->defaultSectionSize() +
                            table->horizontalScrollBar()->sizeHint().height() +
                            2 * table->frameWidth());

    m_splitter = makeSplitter(content, Qt::Horizontal, QStringLiteral("selfCheckSplitter"),
                              {m_questionSplitter, m_result});
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({800, 280});

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(content);

    // The sittings beside the heading, under it on a narrow window.
    auto *headingRow = new FlowLayout;
    headingRow->setHorizontalSpacing(24);
    headingRow->addWidget(heading);
    m_bar = new AssessmentBar(this);
    m_bar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    headingRow->addWidget(m_bar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addLayout(headingRow);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connectParts();
    if (settings::selfCheckSplitter.exists())
        m_splitter->restoreState(settings::selfCheckSplitter.get());
    if (settings::selfCheckQuestionSplitter.exists())
        m_questionSplitter->restoreState(settings::selfCheckQuestionSplitter.get());
    reload();
    onLanguageChange(this, [this] {
        reload(); // the evidence, the model's texts and the result are built in the language
        emit titleChanged();
    });
}

SelfAssessmentPage::~SelfAssessmentPage()
{
    settings::selfCheckSplitter.set(m_splitter->saveState());
    settings::selfCheckQuestionSplitter.set(m_questionSplitter->saveState());
}

void SelfAssessmentPage::connectParts()
{
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        if (m_stack->currentIndex() == ContentPage)
            m_questions->focusSearch();
    });
    addAction(find);
    // The bar's buttons, and their keys anywhere on the page.
    addAction(m_bar->newAction());
    addAction(m_bar->deleteAction());
    connect(m_bar->newAction(), &QAction::triggered, this, &SelfAssessmentPage::askNewAssessment);
    connect(m_bar->deleteAction(), &QAction::triggered, this, [this] {
        // Not while an answer is being picked in the table.
        if (!m_questions->editingInTable())
            deleteCurrentAssessment();
    });
    connect(m_bar, &AssessmentBar::assessmentChosen, this, &SelfAssessmentPage::selectAssessment);
    connect(m_questions, &QuestionsPanel::currentChanged, this,
            &SelfAssessmentPage::showCurrentQuestion);
    connect(m_questions, &QuestionsPanel::answerKeyPressed, this,
            [this](Answer answer, bool advance) {
                if (advance)
                    answerAndAdvance(answer);
                else
                    answerCurrent(answer);
            });
    connect(m_model, &SelfCheckModel::answerEdited, this,
            [this](const QString &key, Answer answer) { setAnswer(key, answer); });
    connect(m_detail, &QuestionDetailPane::answerChosen, this, [this](Answer answer) {
        if (!answerCurrent(answer))
            showCurrentQuestion(); // put the buttons back
    });
    connect(m_detail, &QuestionDetailPane::evidenceActivated, this,
            &SelfAssessmentPage::placeRequested);
}

QString SelfAssessmentPage::title() const
{
    return tr("Self-assessment");
}

QLabel *SelfAssessmentPage::resultLabel() const
{
    return m_result->resultLabel();
}

QLabel *SelfAssessmentPage::readinessLabel() const
{
    return m_result->readinessLabel();
}

const score::Assessment *SelfAssessmentPage::selected() const
{
    for (const score::Assessment &a : m_assessments)
        if (a.id == m_selectedId)
            return &a;
    return nullptr;
}

const score::Assessment *SelfAssessmentPage::newest() const
{
    return score::scoredAssessment(m_assessments);
}

QString SelfAssessmentPage::currentQuestionKey() const
{
    const int row = m_questions->currentRow();
    return row >= 0 ? m_model->question(row).key : QString();
}

void SelfAssessmentPage::loadWaited()
{
    reload();
}

void SelfAssessmentPage::reload()
{
    // Made in a workspace and not yet shown: the first show reads.
    if (waitingToLoad())
        return;
    auto all = store::ScoreRepository(m_db).assessments();
    auto input = score::ScoreCache::inputOf(m_db);
    m_changes->loaded();
    if (!all || !input) {
        showError(!all ? all.error() : input.error());
        return;
    }
    m_error->hide();
    m_assessments = std::move(all).value();
    m_input = std::move(input).value();
    m_notApplicable = score::notApplicableReasons(*m_input);
    if (!selected())
        m_selectedId = newest() ? newest()->id : 0;
    m_bar->setAssessments(m_assessments, m_selectedId);
    showSelected(m_shownId != m_selectedId);
}

void SelfAssessmentPage::selectAssessment(qint64 id)
{
    if (id == m_selectedId && m_shownId == id)
        return;
    const qint64 previous = m_selectedId;
    m_selectedId = id;
    if (!selected()) {
        m_selectedId = previous;
        return;
    }
    m_bar->setAssessments(m_assessments, m_selectedId);
    showSelected(true);
}

void SelfAssessmentPage::showSelected(bool moveToFirstOpen)
{
    const score::Assessment *a = selected();
    m_stack->setCurrentIndex(a ? ContentPage : EmptyPage);
    m_bar->setVisible(a != nullptr);
    QVector<score::Evidence> evidence;
    if (m_input)
        evidence = score::evidenceForAssessment(*m_input, a, clock::today());
    m_model->setContent(a ? std::optional<score::Assessment>(*a) : std::nullopt,
                        std::move(evidence), m_notApplicable);
    m_shownId = m_selectedId;
    if (a && (moveToFirstOpen || !m_questions->view()->currentIndex().isValid()))
        m_questions->selectFirstOpenRow();
    updateResult();
    showCurrentQuestion();
    m_bar->deleteAction()->setEnabled(a != nullptr);
}

void SelfAssessmentPage::showLatestQuestion(int number)
{
    // The dashboard's actions speak of the newest sitting: the one the score reads.
    if (const score::Assessment *latest = newest(); latest && latest->id != m_selectedId)
        selectAssessment(latest->id);
    showQuestion(number);
}

void SelfAssessmentPage::showQuestion(int number)
{
    for (const score::Question &q : score::questions())
        if (q.number == number)
            m_questions->selectKey(q.key);
}

void SelfAssessmentPage::updateResult()
{
    const domain::SecurityActionLevel declared =
        m_input ? m_input->organisation.securityAction : domain::SecurityActionLevel::None;
    m_result->showAssessment(selected(), declared, clock::today());
}

void SelfAssessmentPage::showCurrentQuestion()
{
    const score::Assessment *a = selected();
    const int row = m_questions->currentRow();
    QuestionDetailPane::Shown shown;
    if (a && row >= 0) {
        shown.question = &m_model->question(row);
        shown.answer = m_model->answer(row);
        shown.evidence = m_model->evidence(row);
        shown.contradicted = m_model->contradicted(row);
        shown.scored = score::isScoredAssessment(*a, m_assessments);
        shown.notApplicable = m_notApplicable.value(shown.question->key);
    }
    m_detail->showQuestion(shown, a != nullptr);
}

bool SelfAssessmentPage::setAnswer(const QString &key, Answer answer)
{
    const score::Assessment *a = selected();
    if (!a)
        return false;
    const Answer before = a->answer(key);
    if (before == answer)
        return true;
    auto *command = new SetAnswerCommand(m_context, a->id, key, before, answer);
    const auto ok = command->outcome();
    m_undo.push(command);
    return *ok;
}

bool SelfAssessmentPage::answerCurrent(Answer answer)
{
    const QString key = currentQuestionKey();
    return !key.isEmpty() && setAnswer(key, answer);
}

void SelfAssessmentPage::answerAndAdvance(Answer answer)
{
    if (m_questions->currentRow() < 0)
        return;
    // The next row in the order shown, taken now: answering may re-sort or
    // filter the current one away.
    const QString next = m_questions->nextKey();
    if (answerCurrent(answer) && !next.isEmpty())
        m_questions->selectKey(next);
}

void SelfAssessmentPage::applyAnswer(qint64 assessmentId, const QString &key, Answer answer)
{
    // The write is the only one since the last load: stay in step without
    // reading everything again (answering should keep up with typing).
    m_changes->ownWriteShown();
    m_error->hide();
    for (int i = 0; i < m_assessments.size(); ++i) {
        score::Assessment &a = m_assessments[i];
        if (a.id != assessmentId)
            continue;
        if (answer == Answer::Unanswered)
            a.answers.remove(key);
        else
            a.answers.insert(key, answer);
        m_bar->updateAssessment(a);
    }
    if (assessmentId != m_selectedId)
        return;
    m_model->setAnswer(key, answer);
    updateResult();
    showCurrentQuestion();
}

bool SelfAssessmentPage::newAssessment(const QDate &date, bool copyPrevious)
{
    auto assessment = score::newAssessment(date, copyPrevious ? newest() : nullptr, clock::today());
    if (!assessment) {
        showError(assessment.error());
        return false;
    }
    auto *command = new AddAssessmentCommand(m_context, assessment.value());
    const auto id = command->storedId();
    m_undo.push(command);
    if (*id == 0)
        return false;
    m_selectedId = *id;
    reload();
    m_questions->view()->setFocus();
    return true;
}

void SelfAssessmentPage::askNewAssessment()
{
    NewAssessmentDialog dialog(newest(), clock::today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    newAssessment(dialog.date(), dialog.copyPrevious());
}

bool SelfAssessmentPage::deleteCurrentAssessment()
{
    const score::Assessment *a = selected();
    if (!a)
        return false;
    const score::Assessment victim = *a;
    const auto answer = QMessageBox::question(
        this, tr("Delete self-assessment"),
        tr("Delete the self-assessment of %1 with its %n answer(s)? Undo (Ctrl+Z) brings it back.",
           nullptr, static_cast<int>(victim.answers.size()))
            .arg(i18n::formatDate(victim.taken)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    auto *command = new RemoveAssessmentCommand(m_context, victim);
    const auto ok = command->outcome();
    m_undo.push(command);
    if (*ok)
        reload();
    return *ok;
}

void SelfAssessmentPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SelfAssessmentPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->refreshColours();
        updateResult();
        showCurrentQuestion();
    }
    Page::changeEvent(event);
}

} // namespace ui
} // namespace kamae
