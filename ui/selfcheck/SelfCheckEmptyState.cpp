#include "selfcheck/SelfCheckEmptyState.h"

#include "selfcheck/SelfCheckHtml.h"
#include "widgets/Widgets.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

SelfCheckEmptyState::SelfCheckEmptyState(QWidget *parent) : QWidget(parent)
{
    auto *title = sayingText(new QLabel(this), [] {
        return SelfAssessmentPageText::tr("Take the information security self-check");
    });
    setBoldFont(title, 1.2);
    title->setWordWrap(true);
    m_text = makeWrappedLabel(this, QStringLiteral("emptyText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setMaximumWidth(720);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_start = makeButton(this, QStringLiteral("startButton"));
    setBoldFont(m_start, 1.15);
    m_start->setMinimumHeight(m_start->fontMetrics().height() * 2 + 8);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &SelfCheckEmptyState::startRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_text);
    layout->addLayout(makeButtonRow({m_start}));
    layout->addStretch();
    retranslate();
    onLanguageChange(this, [this] { retranslate(); });
}

void SelfCheckEmptyState::retranslate()
{
    m_text->setText(
        QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
            .arg(SelfAssessmentPageText::tr(
                     "The self-check asks the 25 questions of IPA's "
                     "「5分でできる！情報セキュリティ自社診断」 (the five-minute "
                     "information security self-check) in its three parts: basic measures, "
                     "staff measures and organisational measures. Kamae adds a few questions "
                     "of its own for what the 25 do not cover, such as multi-factor "
                     "authentication, the business continuity plan and overseas sites.")
                     .toHtmlEscaped(),
                 SelfAssessmentPageText::tr(
                     "Answer each question with Implemented, Partly implemented, Not "
                     "implemented or Don't know. The 25 give IPA's result out of 100 and its "
                     "verdict; beside each answer Kamae shows what its own records say, and "
                     "how far the company is from SECURITY ACTION ★ and ★★.")
                     .toHtmlEscaped(),
                 SelfAssessmentPageText::tr(
                     "It takes about five minutes. Take it again at least once a year: each "
                     "sitting is kept, so you can see what has changed.")
                     .toHtmlEscaped()));
    m_start->setText(SelfAssessmentPageText::tr("Start the self-assessment"));
    m_start->setMinimumWidth(m_start->fontMetrics().horizontalAdvance(m_start->text()) + 56);
}

} // namespace ui
} // namespace kamae
