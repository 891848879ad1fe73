#include "selfcheck/SelfAssessmentPage.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "selfcheck/SelfCheckModel.h"
#include "settings/UiSettings.h"
#include "store/Database.h"
#include "store/ScoreRepository.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

using score::Answer;

namespace {

const QString kEvidenceLink = QStringLiteral("evidence:");

enum StackPage
{
    EmptyPage,
    ContentPage
};

// The answers the radio buttons and the keys 1–4 give, in that order.
constexpr std::array<Answer, 4> kAnswerKeys = {Answer::Implemented, Answer::Partly,
                                               Answer::NotImplemented, Answer::DontKnow};

// The Answer column's editor: a list of the five answers.
class AnswerDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("answerEditor"));
        for (Answer a : SelfCheckModel::answerChoices())
            box->addItem(score::SelfCheckText::answer(a), static_cast<int>(a));
        // A choice is an answer: store it at once rather than on leaving.
        connect(box, &QComboBox::activated, this, [this, box] {
            auto *self = const_cast<AnswerDelegate *>(this);
            emit self->commitData(box);
            emit self->closeEditor(box);
        });
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toInt())));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        const auto *box = static_cast<QComboBox *>(editor);
        if (box->currentData().toInt() != index.data(Qt::EditRole).toInt())
            model->setData(index, box->currentData(), Qt::EditRole);
    }
};

QString colourSpan(const QColor &colour, const QString &html)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), html);
}

// Lines with a mark (✓, ✗, ⚠) in front, wrapped text hanging under the text.
QString markedLines(const QVector<std::pair<QString, QString>> &lines)
{
    QString rows;
    for (const auto &[mark, html] : lines)
        rows += QStringLiteral("<tr><td style='padding-right:4px'>%1</td><td>%2</td></tr>")
                    .arg(mark, html);
    return QStringLiteral("<table cellspacing='0' cellpadding='1'>%1</table>").arg(rows);
}

} // namespace

SelfAssessmentPage::SelfAssessmentPage(store::Database &db, QUndoStack &undo, QWidget *parent)
    : Page(parent), m_db(db), m_undo(undo)
{
    setObjectName(QStringLiteral("SelfAssessmentPage"));
    m_context.db = &db;
    m_context.onChanged = [this] {
        scheduleReload();
    };
    m_context.onAnswerChanged = [this](qint64 id, const QString &key, Answer answer) {
        applyAnswer(id, key, answer);
    };
    m_context.onError = [this](const QString &message) {
        showError(message);
    };

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &SelfAssessmentPage::reload);
    connect(&db, &store::Database::changed, this, [this] {
        if (m_db.changeCount() == m_loadedChange)
            return;
        if (isVisible())
            scheduleReload();
        else
            m_dirty = true;
    });

    m_heading = makeHeading(this);
    m_error = makeErrorLabel(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("selfCheckStack"));

    // Empty state: what the self-check is, and one button to begin.
    auto *empty = new QWidget(m_stack);
    m_emptyTitle = new QLabel(empty);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setWordWrap(true);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::RichText);
    m_emptyText->setMaximumWidth(720);
    m_emptyText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_start = new QPushButton(empty);
    m_start->setObjectName(QStringLiteral("startButton"));
    QFont startFont = m_start->font();
    startFont.setPointSizeF(startFont.pointSizeF() * 1.15);
    startFont.setBold(true);
    m_start->setFont(startFont);
    m_start->setMinimumHeight(m_start->fontMetrics().height() * 2 + 8);
    m_start->setDefault(true);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch();
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(0, 12, 0, 0);
    emptyLayout->setSpacing(12);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addLayout(startRow);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);

    // The assessments.
    auto *content = new QWidget(m_stack);
    m_toolbar = new QWidget(this);
    m_assessmentLabel = new QLabel(m_toolbar);
    m_assessmentCombo = new QComboBox(m_toolbar);
    m_assessmentCombo->setObjectName(QStringLiteral("assessmentCombo"));
    m_assessmentCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assessmentCombo->setMinimumContentsLength(18);
    m_assessmentLabel->setBuddy(m_assessmentCombo);
    m_new = new QPushButton(m_toolbar);
    m_new->setObjectName(QStringLiteral("newButton"));
    m_delete = new QPushButton(m_toolbar);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    auto *toolbar = new QHBoxLayout(m_toolbar);
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_assessmentLabel);
    toolbar->addWidget(m_assessmentCombo, 1);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_delete);

    // The question table with its filters.
    auto *questions = new QWidget(content);
    m_filter = new QComboBox(questions);
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    m_search = new QLineEdit(questions);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_model = new SelfCheckModel(this);
    m_proxy = new SelfCheckFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = makeRecordTable(questions, QStringLiteral("questionView"),
                             QAbstractItemView::SingleSelection);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(SelfCheckModel::AnswerColumn, new AnswerDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->sortByColumn(SelfCheckModel::NumberColumn, Qt::AscendingOrder);
    m_view->installEventFilter(this);
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(SelfCheckModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SelfCheckModel::PartColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SelfCheckModel::QuestionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SelfCheckModel::AnswerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SelfCheckModel::EvidenceColumn, QHeaderView::Interactive);
    header->resizeSection(SelfCheckModel::EvidenceColumn, 150);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter);
    filters->addWidget(m_search, 1);
    auto *questionsLayout = new QVBoxLayout(questions);
    questionsLayout->setContentsMargins(0, 0, 0, 0);
    questionsLayout->addLayout(filters);
    questionsLayout->addWidget(m_view, 1);

    // The current question, word-wrapped, with its answer and evidence.
    auto *detail = new QWidget;
    detail->setObjectName(QStringLiteral("questionDetail"));
    m_questionPlace = new QLabel(detail);
    m_questionPlace->setObjectName(QStringLiteral("questionPlace"));
    m_questionPlace->setWordWrap(true);
    m_questionPlace->setForegroundRole(QPalette::PlaceholderText);
    m_questionText = new QLabel(detail);
    m_questionText->setObjectName(QStringLiteral("questionText"));
    m_questionText->setWordWrap(true);
    m_questionText->setTextFormat(Qt::PlainText);
    m_questionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_questionText->font();
    bold.setBold(true);
    m_questionText->setFont(bold);
    m_whyText = new QLabel(detail);
    m_whyText->setObjectName(QStringLiteral("whyText"));
    m_whyText->setWordWrap(true);
    m_whyText->setTextFormat(Qt::PlainText);
    m_answerGroup = new QButtonGroup(this);
    m_answerGrid = new QGridLayout;
    m_answerGrid->setHorizontalSpacing(16);
    m_answerGrid->setVerticalSpacing(4);
    for (int i = 0; i < static_cast<int>(kAnswerKeys.size()); ++i) {
        auto *b = new QRadioButton(detail);
        b->setObjectName(QStringLiteral("answer%1").arg(i + 1));
        m_answerGroup->addButton(b, i);
        m_answerButtons[static_cast<std::size_t>(i)] = b;
    }
    m_clear = new QPushButton(detail);
    m_clear->setObjectName(QStringLiteral("clearAnswerButton"));
    arrangeAnswers(false);
    m_evidenceLabel = new QLabel(detail);
    m_evidenceLabel->setObjectName(QStringLiteral("evidenceLabel"));
    m_evidenceLabel->setWordWrap(true);
    m_evidenceLabel->setTextFormat(Qt::RichText);
    m_evidenceLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_evidenceLabel->setOpenExternalLinks(false);
    m_keysHint = new QLabel(detail);
    m_keysHint->setWordWrap(true);
    m_keysHint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_keysHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_keysHint->setFont(small);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 6, 8, 6);
    detailLayout->setSpacing(4);
    detailLayout->addWidget(m_questionPlace);
    detailLayout->addWidget(m_questionText);
    detailLayout->addWidget(m_whyText);
    detailLayout->addSpacing(4);
    detailLayout->addLayout(m_answerGrid);
    detailLayout->addSpacing(4);
    detailLayout->addWidget(m_evidenceLabel);
    detailLayout->addStretch();
    detailLayout->addWidget(m_keysHint);
    // One row of answers when there is room, two by two when not.
    m_detail = detail;
    detail->installEventFilter(this);
    auto *detailScroll = new QScrollArea(content);
    detailScroll->setObjectName(QStringLiteral("detailPane"));
    detailScroll->setWidget(detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_questionSplitter = new QSplitter(Qt::Vertical, content);
    m_questionSplitter->setObjectName(QStringLiteral("questionSplitter"));
    m_questionSplitter->addWidget(questions);
    m_questionSplitter->addWidget(detailScroll);
    m_questionSplitter->setChildrenCollapsible(false);
    // The detail pane keeps about what a long Japanese question needs at
    // the window's smallest size; the table takes the rest.
    m_questionSplitter->setStretchFactor(0, 1);
    m_questionSplitter->setStretchFactor(1, 0);
    m_questionSplitter->setSizes({1000, 280});

    // The result of the shown assessment.
    auto *resultPanel = new QWidget;
    m_result = new QLabel(resultPanel);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *line = new QFrame(resultPanel);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_readiness = new QLabel(resultPanel);
    m_readiness->setObjectName(QStringLiteral("readinessLabel"));
    m_readiness->setWordWrap(true);
    m_readiness->setTextFormat(Qt::RichText);
    m_readiness->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_readiness->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *resultLayout = new QVBoxLayout(resultPanel);
    resultLayout->setContentsMargins(12, 8, 12, 8);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(line);
    resultLayout->addWidget(m_readiness);
    resultLayout->addStretch();
    auto *resultScroll = new QScrollArea(content);
    resultScroll->setObjectName(QStringLiteral("resultPanel"));
    resultScroll->setWidget(resultPanel);
    resultScroll->setWidgetResizable(true);
    resultScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    resultScroll->setMinimumWidth(240);

    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_splitter->setObjectName(QStringLiteral("selfCheckSplitter"));
    m_splitter->addWidget(m_questionSplitter);
    m_splitter->addWidget(resultScroll);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({800, 280});

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(content);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading);
    headingRow->addSpacing(24);
    headingRow->addWidget(m_toolbar, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addLayout(headingRow);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    // Keyboard. Ctrl+N is the window's "new vault"; Insert adds here as on
    // the other pages.
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        if (m_stack->currentIndex() != ContentPage)
            return;
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    auto *add = new QAction(this);
    add->setShortcut(QKeySequence(Qt::Key_Insert));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QAction::triggered, this, &SelfAssessmentPage::askNewAssessment);
    addAction(add);
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        // Not while an answer is being picked in the table.
        if (!editingInTable())
            deleteCurrentAssessment();
    });
    addAction(remove);

    connect(m_start, &QPushButton::clicked, this, &SelfAssessmentPage::askNewAssessment);
    connect(m_new, &QPushButton::clicked, this, &SelfAssessmentPage::askNewAssessment);
    connect(m_delete, &QPushButton::clicked, this, &SelfAssessmentPage::deleteCurrentAssessment);
    connect(m_assessmentCombo, &QComboBox::activated, this, [this](int index) {
        selectAssessment(m_assessmentCombo->itemData(index).toLongLong());
    });
    connect(m_filter, &QComboBox::activated, this, [this](int index) {
        m_proxy->setFilter(static_cast<SelfCheckFilterProxy::Filter>(index));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SelfCheckFilterProxy::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SelfAssessmentPage::showCurrentQuestion);
    connect(m_model, &SelfCheckModel::answerEdited, this,
            [this](const QString &key, Answer answer) { setAnswer(key, answer); });
    connect(m_answerGroup, &QButtonGroup::idClicked, this, [this](int id) {
        if (!answerCurrent(kAnswerKeys.at(static_cast<std::size_t>(id))))
            showCurrentQuestion(); // put the buttons back
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { answerCurrent(Answer::Unanswered); });
    connect(m_evidenceLabel, &QLabel::linkActivated, this, &SelfAssessmentPage::openEvidence);

    if (settings::selfCheckSplitter.exists())
        m_splitter->restoreState(settings::selfCheckSplitter.get());
    if (settings::selfCheckQuestionSplitter.exists())
        m_questionSplitter->restoreState(settings::selfCheckQuestionSplitter.get());
    retranslate();
    reload();
}

SelfAssessmentPage::~SelfAssessmentPage()
{
    settings::selfCheckSplitter.set(m_splitter->saveState());
    settings::selfCheckQuestionSplitter.set(m_questionSplitter->saveState());
}

QString SelfAssessmentPage::title() const
{
    return tr("Self-assessment");
}

void SelfAssessmentPage::scheduleReload()
{
    m_reloadTimer->start();
}

void SelfAssessmentPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        reload();
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
    return m_assessments.isEmpty() ? nullptr : &m_assessments.constLast();
}

int SelfAssessmentPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

bool SelfAssessmentPage::editingInTable() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && focus != m_view && m_view->isAncestorOf(focus);
}

QString SelfAssessmentPage::currentQuestionKey() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->question(row).key : QString();
}

void SelfAssessmentPage::reload()
{
    m_reloadTimer->stop();
    m_dirty = false;
    auto all = store::ScoreRepository(m_db).assessments();
    auto input = score::loadScoreInput(m_db);
    if (!all || !input) {
        showError(!all ? all.error() : input.error());
        return;
    }
    m_error->hide();
    m_loadedChange = m_db.changeCount();
    m_assessments = std::move(all).value();
    m_input = std::move(input).value();
    if (!selected())
        m_selectedId = newest() ? newest()->id : 0;
    fillAssessmentCombo();
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
    fillAssessmentCombo();
    showSelected(true);
}

void SelfAssessmentPage::fillAssessmentCombo()
{
    const QSignalBlocker blocker(m_assessmentCombo);
    m_assessmentCombo->clear();
    // Newest first.
    for (auto it = m_assessments.crbegin(); it != m_assessments.crend(); ++it) {
        m_assessmentCombo->addItem(assessmentText(*it), it->id);
        if (it->id == m_selectedId)
            m_assessmentCombo->setCurrentIndex(m_assessmentCombo->count() - 1);
    }
}

QString SelfAssessmentPage::assessmentText(const score::Assessment &assessment) const
{
    const QString date = i18n::formatDate(assessment.taken);
    const score::SelfCheckResult r = score::evaluate(assessment);
    if (r.answered == 0)
        return tr("%1 — not answered yet").arg(date);
    QString text =
        tr("%1 — %2 points (%3)").arg(date).arg(r.ipaScore).arg(score::SelfCheckText::band(r.band));
    if (!r.complete())
        text += QLatin1Char(' ') +
                tr("(%1 of %2 answered)").arg(r.answered).arg(score::kIpaQuestionCount);
    return text;
}

void SelfAssessmentPage::recomputeEvidence()
{
    m_evidence.clear();
    if (!m_input)
        return;
    // The input holds the newest assessment; the evidence is for the shown one.
    score::ScoreInput input = *m_input;
    if (const score::Assessment *a = selected())
        input.assessment = *a;
    else
        input.assessment.reset();
    m_evidence = score::evidence(input, clock::today());
}

void SelfAssessmentPage::showSelected(bool moveToFirstOpen)
{
    const score::Assessment *a = selected();
    m_stack->setCurrentIndex(a ? ContentPage : EmptyPage);
    m_toolbar->setVisible(a != nullptr);
    recomputeEvidence();
    m_model->setContent(a ? std::optional<score::Assessment>(*a) : std::nullopt, m_evidence);
    m_shownId = m_selectedId;
    if (a && (moveToFirstOpen || !m_view->currentIndex().isValid()))
        selectFirstOpenRow();
    updateResult();
    showCurrentQuestion();
    updateButtons();
}

void SelfAssessmentPage::selectFirstOpenRow()
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, SelfCheckModel::NumberColumn);
        if (static_cast<Answer>(index.data(SelfCheckModel::AnswerRole).toInt()) ==
            Answer::Unanswered) {
            selectKey(index.data(SelfCheckModel::KeyRole).toString());
            return;
        }
    }
    if (m_proxy->rowCount() > 0)
        selectKey(m_proxy->index(0, 0).data(SelfCheckModel::KeyRole).toString());
}

void SelfAssessmentPage::selectKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SelfCheckModel::NumberColumn));
    if (!index.isValid()) {
        // Hidden by a filter: clear the filters rather than show nothing.
        m_search->clear();
        m_filter->setCurrentIndex(SelfCheckFilterProxy::AllQuestions);
        m_proxy->setFilter(SelfCheckFilterProxy::AllQuestions);
        index = m_proxy->mapFromSource(m_model->index(row, SelfCheckModel::NumberColumn));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
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
            selectKey(q.key);
}

void SelfAssessmentPage::updateResult()
{
    const score::Assessment *a = selected();
    if (!a) {
        m_result->clear();
        m_readiness->clear();
        return;
    }
    const QPalette &pal = palette();
    const score::SelfCheckResult r = score::evaluate(*a);
    QStringList html;
    html << QStringLiteral("<p style='margin-bottom:2px'>%1</p>")
                .arg(tr("Self-assessment of %1").arg(i18n::formatDate(a->taken)).toHtmlEscaped());
    html << QStringLiteral("<p style='font-size:large; margin-top:0'><b>%1</b></p>")
                .arg(tr("IPA self-check result: %1 / %2")
                         .arg(r.ipaScore)
                         .arg(score::kIpaMaxScore)
                         .toHtmlEscaped());
    if (r.answered > 0) {
        QColor bandColour = selfCheckWarnColour(pal);
        if (r.band == score::Band::Excellent)
            bandColour = selfCheckGoodColour(pal);
        else if (r.band == score::Band::Dangerous)
            bandColour = selfCheckBadColour(pal);
        html << QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(colourSpan(bandColour, score::SelfCheckText::band(r.band).toHtmlEscaped()),
                         score::SelfCheckText::bandAdvice(r.band).toHtmlEscaped());
    }
    QString answered = tr("Answered %1 of %2 questions.")
                           .arg(r.answered)
                           .arg(score::kIpaQuestionCount)
                           .toHtmlEscaped();
    if (!r.complete())
        answered +=
            QLatin1Char(' ') +
            tr("Questions not answered count 0 points; \"Don't know\" counts −1.").toHtmlEscaped();
    html << QStringLiteral("<p>%1</p>").arg(answered);
    QStringList rows;
    for (int p = 0; p < 3; ++p)
        rows << QStringLiteral("<tr><td>%1</td><td align='right' style='padding-left:12px'>"
                               "<b>%2</b></td></tr>")
                    .arg(
                        score::SelfCheckText::part(static_cast<score::Part>(p + 1)).toHtmlEscaped(),
                        tr("%1 / %2").arg(r.partScore[p]).arg(r.partMax[p]).toHtmlEscaped());
    html << QStringLiteral("<table cellspacing='0' cellpadding='1'>%1</table>")
                .arg(rows.join(QString()));
    m_result->setText(html.join(QString()));

    // SECURITY ACTION: what the shown answers support against what the
    // company declares on the Organisation page.
    const domain::SecurityActionLevel declared =
        m_input ? m_input->organisation.securityAction : domain::SecurityActionLevel::None;
    const score::SecurityActionReadiness s =
        score::securityActionReadiness(a, declared, clock::today());
    auto requirements = [&pal](const QVector<score::Requirement> &list) {
        QVector<std::pair<QString, QString>> lines;
        for (const score::Requirement &req : list)
            lines.append({req.met ? colourSpan(selfCheckGoodColour(pal), QStringLiteral("✓"))
                                  : colourSpan(selfCheckBadColour(pal), QStringLiteral("✗")),
                          req.text.toHtmlEscaped()});
        return markedLines(lines);
    };
    QString declaredText;
    switch (declared) {
    case domain::SecurityActionLevel::None:
        declaredText = tr("Declared: not declared");
        break;
    case domain::SecurityActionLevel::OneStar:
        declaredText = tr("Declared: ★ one star");
        break;
    case domain::SecurityActionLevel::TwoStars:
        declaredText = tr("Declared: ★★ two stars");
        break;
    }
    auto readyText = [this](bool ready) {
        return ready ? tr("ready") : tr("not yet");
    };
    QStringList out;
    out << QStringLiteral("<p><b>%1</b><br>%2</p>")
               .arg(tr("SECURITY ACTION readiness").toHtmlEscaped(), declaredText.toHtmlEscaped());
    out << QStringLiteral("<p style='margin-bottom:0'><b>%1</b> — %2</p>%3")
               .arg(tr("★ One star").toHtmlEscaped(), readyText(s.oneStarReady).toHtmlEscaped(),
                    requirements(s.oneStar));
    out << QStringLiteral("<p style='margin-bottom:0'><b>%1</b> — %2</p>%3")
               .arg(tr("★★ Two stars").toHtmlEscaped(), readyText(s.twoStarsReady).toHtmlEscaped(),
                    requirements(s.twoStars));
    if (!s.mismatch.isEmpty())
        out << QStringLiteral("<p>%1</p>")
                   .arg(colourSpan(selfCheckBadColour(pal), s.mismatch.toHtmlEscaped()));
    m_readiness->setText(out.join(QString()));
}

void SelfAssessmentPage::showCurrentQuestion()
{
    const int row = currentRow();
    const bool has = row >= 0 && selected();
    for (QRadioButton *b : m_answerButtons)
        b->setEnabled(has);
    if (!has) {
        m_questionPlace->clear();
        m_questionText->setText(selected() ? tr("Select a question in the table to answer it.")
                                           : QString());
        m_whyText->clear();
        m_evidenceLabel->clear();
        m_detailEvidence.clear();
        m_clear->setEnabled(false);
        m_answerGroup->setExclusive(false);
        for (QRadioButton *b : m_answerButtons)
            b->setChecked(false);
        m_answerGroup->setExclusive(true);
        return;
    }
    const score::Question &q = m_model->question(row);
    const Answer answer = m_model->answer(row);
    m_questionPlace->setText(
        tr("Question %1 · %2").arg(q.number).arg(score::SelfCheckText::part(q.part)));
    m_questionText->setText(score::SelfCheckText::question(q.key));
    m_whyText->setText(score::SelfCheckText::why(q.key));
    m_answerGroup->setExclusive(false);
    for (std::size_t i = 0; i < kAnswerKeys.size(); ++i)
        m_answerButtons.at(i)->setChecked(kAnswerKeys.at(i) == answer);
    m_answerGroup->setExclusive(true);
    m_clear->setEnabled(answer != Answer::Unanswered);

    m_detailEvidence = m_model->evidence(row);
    const QString heading =
        QStringLiteral("<b>%1</b>").arg(tr("What Kamae's records say").toHtmlEscaped());
    if (m_detailEvidence.isEmpty()) {
        m_evidenceLabel->setText(
            QStringLiteral("%1<br>%2")
                .arg(heading, tr("Nothing about this question; the answer stands as given.")
                                  .toHtmlEscaped()));
        return;
    }
    const QPalette &pal = palette();
    QVector<std::pair<QString, QString>> lines;
    for (int i = 0; i < m_detailEvidence.size(); ++i) {
        const score::Evidence &e = m_detailEvidence.at(i);
        const QString link = QStringLiteral("<a href='%1%2'>%3</a>")
                                 .arg(kEvidenceLink)
                                 .arg(i)
                                 .arg(e.text.toHtmlEscaped());
        QString mark = colourSpan(selfCheckGoodColour(pal), QStringLiteral("✓"));
        if (e.contradicts)
            mark = colourSpan(selfCheckBadColour(pal), QStringLiteral("⚠"));
        else if (!e.supports)
            mark = colourSpan(selfCheckWarnColour(pal), QStringLiteral("✗"));
        lines.append({mark, link});
    }
    if (m_model->contradicted(row)) {
        // Only the newest sitting feeds the score; an older one is history.
        const bool counts = newest() && newest()->id == m_selectedId;
        const QString text = counts ? tr("The answer says “implemented”, but the records "
                                         "disagree: the score counts it as partly "
                                         "implemented until they agree.")
                                    : tr("The answer says “implemented”, but today's records "
                                         "disagree. This is an older self-assessment; the "
                                         "score reads only the newest.");
        lines.append({QString(), colourSpan(selfCheckBadColour(pal), text.toHtmlEscaped())});
    }
    m_evidenceLabel->setText(heading + markedLines(lines));
}

void SelfAssessmentPage::updateButtons()
{
    m_delete->setEnabled(selected() != nullptr);
}

void SelfAssessmentPage::openEvidence(const QString &link)
{
    if (!link.startsWith(kEvidenceLink))
        return;
    bool ok = false;
    const int i = QStringView(link).mid(kEvidenceLink.size()).toInt(&ok);
    if (!ok || i < 0 || i >= m_detailEvidence.size())
        return;
    const score::Evidence &e = m_detailEvidence.at(i);
    emit placeRequested(e.place, e.recordId);
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
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    // The next row in the order shown, taken now: answering may re-sort or
    // filter the current one away.
    QString next;
    if (current.row() + 1 < m_proxy->rowCount())
        next = m_proxy->index(current.row() + 1, 0).data(SelfCheckModel::KeyRole).toString();
    if (answerCurrent(answer) && !next.isEmpty())
        selectKey(next);
}

void SelfAssessmentPage::applyAnswer(qint64 assessmentId, const QString &key, Answer answer)
{
    // The write is the only one since the last load: stay in step without
    // reading everything again (answering should keep up with typing).
    if (m_loadedChange + 1 == m_db.changeCount())
        m_loadedChange = m_db.changeCount();
    else
        scheduleReload();
    m_error->hide();
    for (int i = 0; i < m_assessments.size(); ++i) {
        score::Assessment &a = m_assessments[i];
        if (a.id != assessmentId)
            continue;
        if (answer == Answer::Unanswered)
            a.answers.remove(key);
        else
            a.answers.insert(key, answer);
        const int item = m_assessmentCombo->findData(assessmentId);
        if (item >= 0)
            m_assessmentCombo->setItemText(item, assessmentText(a));
    }
    if (assessmentId != m_selectedId)
        return;
    m_model->setAnswer(key, answer);
    updateResult();
    showCurrentQuestion();
}

bool SelfAssessmentPage::newAssessment(const QDate &date, bool copyPrevious)
{
    const QDate today = clock::today();
    const QDate taken = date.isValid() ? date : today;
    if (taken > today) {
        showError(tr("A self-assessment cannot be dated after today."));
        return false;
    }
    score::Assessment assessment;
    assessment.taken = taken;
    if (copyPrevious && newest())
        assessment.answers = newest()->answers;
    auto *command = new AddAssessmentCommand(m_context, assessment);
    const auto id = command->storedId();
    m_undo.push(command);
    if (*id == 0)
        return false;
    m_selectedId = *id;
    reload();
    m_view->setFocus();
    return true;
}

void SelfAssessmentPage::askNewAssessment()
{
    const QDate today = clock::today();
    const score::Assessment *previous = newest();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("NewAssessmentDialog"));
    dialog.setWindowTitle(tr("New self-assessment"));
    auto *intro = new QLabel(tr("The day the self-check is taken. It counts for SECURITY "
                                "ACTION ★★ for a year."),
                             &dialog);
    intro->setWordWrap(true);
    auto *date = new QDateEdit(today, &dialog);
    date->setObjectName(QStringLiteral("dateEdit"));
    date->setCalendarPopup(true);
    date->setMaximumDate(today);
    date->setDisplayFormat(i18n::dateFormat());
    auto *copy = new QCheckBox(&dialog);
    copy->setObjectName(QStringLiteral("copyPreviousCheck"));
    if (previous) {
        copy->setText(tr("Start from the answers of %1").arg(i18n::formatDate(previous->taken)));
        copy->setToolTip(tr("Go through the questions and change what is different now."));
        copy->setChecked(true);
    } else {
        copy->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Date taken:"), date);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(copy);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(380);
    if (dialog.exec() != QDialog::Accepted)
        return;
    newAssessment(date->date(), previous && copy->isChecked());
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

void SelfAssessmentPage::arrangeAnswers(bool oneRow)
{
    for (QRadioButton *b : m_answerButtons)
        m_answerGrid->removeWidget(b);
    m_answerGrid->removeWidget(m_clear);
    for (int c = 0; c < 6; ++c)
        m_answerGrid->setColumnStretch(c, 0);
    const int columns = oneRow ? 4 : 2;
    for (int i = 0; i < static_cast<int>(m_answerButtons.size()); ++i)
        m_answerGrid->addWidget(m_answerButtons.at(static_cast<std::size_t>(i)), i / columns,
                                i % columns);
    m_answerGrid->addWidget(m_clear, oneRow ? 0 : 1, columns, Qt::AlignLeft);
    m_answerGrid->setColumnStretch(columns + 1, 1);
    m_answersOneRow = oneRow;
}

bool SelfAssessmentPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_detail && event->type() == QEvent::Resize) {
        int needed = m_clear->sizeHint().width() + 5 * m_answerGrid->horizontalSpacing() +
                     m_detail->layout()->contentsMargins().left() +
                     m_detail->layout()->contentsMargins().right();
        for (QRadioButton *b : m_answerButtons)
            needed += b->sizeHint().width();
        const bool oneRow = m_detail->width() >= needed;
        if (oneRow != m_answersOneRow)
            arrangeAnswers(oneRow);
    }
    // In the table Delete clears the answer, as Backspace does: the rows are
    // questions, and deleting the whole assessment from there would be a trap.
    if (watched == m_view && event->type() == QEvent::ShortcutOverride && !editingInTable()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress && !editingInTable()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier) {
            if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_4) {
                answerAndAdvance(kAnswerKeys.at(static_cast<std::size_t>(key->key() - Qt::Key_1)));
                return true;
            }
            if (key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete) {
                answerCurrent(Answer::Unanswered);
                return true;
            }
        }
    }
    return Page::eventFilter(watched, event);
}

void SelfAssessmentPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SelfAssessmentPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the evidence, the model's texts and the result are built in the language
        emit titleChanged();
    } else if (event->type() == QEvent::PaletteChange) {
        m_model->refreshColours();
        updateResult();
        showCurrentQuestion();
    }
    Page::changeEvent(event);
}

void SelfAssessmentPage::retranslate()
{
    m_heading->setText(tr("Self-assessment"));
    m_emptyTitle->setText(tr("Take the information security self-check"));
    m_emptyText->setText(
        QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
            .arg(tr("The self-check asks the 25 questions of IPA's "
                    "「5分でできる！情報セキュリティ自社診断」 (the five-minute information "
                    "security self-check) in its three parts: basic measures, staff measures and "
                    "organisational measures. Kamae adds a few questions of its own for what the "
                    "25 do not cover, such as multi-factor authentication, the business "
                    "continuity plan and overseas sites.")
                     .toHtmlEscaped(),
                 tr("Answer each question with Implemented, Partly implemented, Not implemented "
                    "or Don't know. The 25 give IPA's result out of 100 and its verdict; beside "
                    "each answer Kamae shows what its own records say, and how far the company "
                    "is from SECURITY ACTION ★ and ★★.")
                     .toHtmlEscaped(),
                 tr("It takes about five minutes. Take it again at least once a year: each "
                    "sitting is kept, so you can see what has changed.")
                     .toHtmlEscaped()));
    m_start->setText(tr("Start the self-assessment"));
    m_start->setMinimumWidth(m_start->fontMetrics().horizontalAdvance(m_start->text()) + 56);
    m_assessmentLabel->setText(tr("&Assessment:"));
    m_new->setText(tr("New assessment…"));
    m_new->setToolTip(tr("Take the self-check again (Insert)"));
    m_delete->setText(tr("Delete assessment"));
    m_delete->setToolTip(
        tr("Delete the assessment shown, with its answers (Delete, outside the question table)"));
    const int filter = std::max(0, m_filter->currentIndex());
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        m_filter->addItems({tr("All questions"), tr("Unanswered"), tr("Not implemented or partly"),
                            tr("Contradicted by records")});
        m_filter->setCurrentIndex(filter);
    }
    m_search->setPlaceholderText(tr("Search questions (Ctrl+F)"));
    for (std::size_t i = 0; i < kAnswerKeys.size(); ++i) {
        m_answerButtons.at(i)->setText(score::SelfCheckText::answer(kAnswerKeys.at(i)));
        m_answerButtons.at(i)->setToolTip(tr("Key %1 in the table").arg(static_cast<int>(i) + 1));
    }
    m_clear->setText(tr("Clear answer"));
    m_clear->setToolTip(tr("Backspace in the table"));
    m_keysHint->setText(tr("In the table, keys 1 to 4 answer the selected question in this order "
                           "and go to the next one; Backspace clears the answer."));
}

} // namespace ui
} // namespace kamae
