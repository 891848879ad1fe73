#include "selfcheck/QuestionDetailPane.h"

#include "selfcheck/SelfCheckHtml.h"
#include "selfcheck/SelfCheckModel.h"
#include "widgets/FlowLayout.h"
#include "widgets/Widgets.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

#include <algorithm>

namespace kamae {
namespace ui {

using score::Answer;

namespace {

const QString kEvidenceLink = QStringLiteral("evidence:");

} // namespace

QuestionDetailPane::QuestionDetailPane(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("detailPane"));
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
    // One row of answers when there is room, as many lines as it takes
    // when not (long Japanese answers on a narrow window).
    auto *answers = new FlowLayout;
    answers->setHorizontalSpacing(16);
    answers->setVerticalSpacing(4);
    for (int i = 0; i < static_cast<int>(kAnswerKeys.size()); ++i) {
        auto *b = new QRadioButton(detail);
        b->setObjectName(QStringLiteral("answer%1").arg(i + 1));
        m_answerGroup->addButton(b, i);
        m_answerButtons[static_cast<std::size_t>(i)] = b;
        answers->addWidget(b);
    }
    m_clear = new QPushButton(detail);
    m_clear->setObjectName(QStringLiteral("clearAnswerButton"));
    answers->addWidget(m_clear);
    m_evidenceLabel = new QLabel(detail);
    m_evidenceLabel->setObjectName(QStringLiteral("evidenceLabel"));
    m_evidenceLabel->setWordWrap(true);
    m_evidenceLabel->setTextFormat(Qt::RichText);
    m_evidenceLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_evidenceLabel->setOpenExternalLinks(false);
    auto *keysHint = sayingText(new QLabel(detail), [] {
        return SelfAssessmentPageText::tr(
            "In the table, keys 1 to 4 answer the selected question in this "
            "order and go to the next one; Backspace clears the answer.");
    });
    keysHint->setWordWrap(true);
    keysHint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = keysHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    keysHint->setFont(small);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_questionPlace);
    layout->addWidget(m_questionText);
    layout->addWidget(m_whyText);
    layout->addSpacing(4);
    layout->addLayout(answers);
    layout->addSpacing(4);
    layout->addWidget(m_evidenceLabel);
    layout->addStretch();
    layout->addWidget(keysHint);
    setWidget(detail);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_answerGroup, &QButtonGroup::idClicked, this,
            [this](int id) { emit answerChosen(kAnswerKeys.at(static_cast<std::size_t>(id))); });
    connect(m_clear, &QPushButton::clicked, this,
            [this] { emit answerChosen(Answer::Unanswered); });
    connect(m_evidenceLabel, &QLabel::linkActivated, this, &QuestionDetailPane::openEvidence);
    retranslate();
}

void QuestionDetailPane::showQuestion(const Shown &shown, bool hasAssessment)
{
    m_shown = shown;
    m_hasAssessment = hasAssessment;
    const bool has = shown.question && hasAssessment;
    for (QRadioButton *b : m_answerButtons)
        b->setEnabled(has);
    m_answerGroup->setExclusive(false);
    for (std::size_t i = 0; i < kAnswerKeys.size(); ++i)
        m_answerButtons.at(i)->setChecked(has && kAnswerKeys.at(i) == shown.answer);
    m_answerGroup->setExclusive(true);
    m_clear->setEnabled(has && shown.answer != Answer::Unanswered);
    if (!has) {
        m_shown.evidence.clear();
        m_questionPlace->clear();
        m_questionText->setText(hasAssessment ? SelfAssessmentPageText::tr(
                                                    "Select a question in the table to answer it.")
                                              : QString());
        m_whyText->clear();
        m_evidenceLabel->clear();
        return;
    }
    const score::Question &q = *shown.question;
    m_questionPlace->setText(SelfAssessmentPageText::tr("Question %1 · %2")
                                 .arg(q.number)
                                 .arg(score::SelfCheckText::part(q.part)));
    m_questionText->setText(score::SelfCheckText::question(q.key));
    m_whyText->setText(score::SelfCheckText::why(q.key));
    showEvidence();
}

void QuestionDetailPane::showEvidence()
{
    const QString heading =
        QStringLiteral("<b>%1</b>")
            .arg(SelfAssessmentPageText::tr("What Kamae's records say").toHtmlEscaped());
    const QPalette &pal = palette();
    QVector<std::pair<QString, QString>> lines;
    if (!m_shown.notApplicable.isEmpty() && m_shown.answer == Answer::Unanswered) {
        // Not applicable: neither earned nor lost, and an answer still counts.
        lines.append({QStringLiteral("–"),
                      QStringLiteral("<b>%1</b> %2<br>%3")
                          .arg(SelfAssessmentPageText::tr("Not applicable:").toHtmlEscaped(),
                               m_shown.notApplicable.toHtmlEscaped(),
                               SelfAssessmentPageText::tr(
                                   "It neither earns nor loses points. If the records do not "
                                   "tell the whole story, answer it: an answer counts.")
                                   .toHtmlEscaped())});
    }
    for (int i = 0; i < m_shown.evidence.size(); ++i) {
        const score::Evidence &e = m_shown.evidence.at(i);
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
    if (lines.isEmpty()) {
        m_evidenceLabel->setText(
            QStringLiteral("%1<br>%2")
                .arg(heading, SelfAssessmentPageText::tr(
                                  "Nothing about this question; the answer stands as given.")
                                  .toHtmlEscaped()));
        return;
    }
    const bool measured = std::any_of(m_shown.evidence.cbegin(), m_shown.evidence.cend(),
                                      [](const score::Evidence &e) { return e.measures; });
    if (measured) {
        // The training records stand in for the answer (score::SelfCheckFactors).
        const QString text =
            m_shown.contradicted
                ? SelfAssessmentPageText::tr("The records measure this question and disagree "
                                             "with the answer. The score counts the records, "
                                             "not the answer.")
                : SelfAssessmentPageText::tr("The records measure this question: the score "
                                             "counts them, not the answer.");
        lines.append({QString(), colourSpan(m_shown.contradicted ? selfCheckBadColour(pal)
                                                                 : selfCheckGoodColour(pal),
                                            text.toHtmlEscaped())});
    } else if (m_shown.contradicted) {
        // Only the newest sitting feeds the score; an older one is history.
        const QString text =
            m_shown.scored
                ? SelfAssessmentPageText::tr("The answer says “implemented”, but the records "
                                             "disagree: the score counts it as partly "
                                             "implemented until they agree.")
                : SelfAssessmentPageText::tr("The answer says “implemented”, but today's records "
                                             "disagree. This is an older self-assessment; the "
                                             "score reads only the newest.");
        lines.append({QString(), colourSpan(selfCheckBadColour(pal), text.toHtmlEscaped())});
    }
    m_evidenceLabel->setText(heading + markedLines(lines));
}

void QuestionDetailPane::openEvidence(const QString &link)
{
    if (!link.startsWith(kEvidenceLink))
        return;
    bool ok = false;
    const int i = QStringView(link).mid(kEvidenceLink.size()).toInt(&ok);
    if (!ok || i < 0 || i >= m_shown.evidence.size())
        return;
    const score::Evidence &e = m_shown.evidence.at(i);
    emit evidenceActivated(e.place, e.recordId);
}

void QuestionDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_shown.question)
        showEvidence();
    QScrollArea::changeEvent(event);
}

void QuestionDetailPane::retranslate()
{
    for (std::size_t i = 0; i < kAnswerKeys.size(); ++i) {
        m_answerButtons.at(i)->setText(score::SelfCheckText::answer(kAnswerKeys.at(i)));
        m_answerButtons.at(i)->setToolTip(
            SelfAssessmentPageText::tr("Key %1 in the table").arg(static_cast<int>(i) + 1));
    }
    // Equal widths: wrapped onto two lines, the answers stand in columns.
    int widest = 0;
    for (QRadioButton *b : m_answerButtons) {
        b->setMinimumWidth(0);
        widest = std::max(widest, b->sizeHint().width());
    }
    for (QRadioButton *b : m_answerButtons)
        b->setMinimumWidth(widest);
    m_clear->setText(SelfAssessmentPageText::tr("Clear answer"));
    m_clear->setToolTip(SelfAssessmentPageText::tr("Backspace in the table"));
}

} // namespace ui
} // namespace kamae
