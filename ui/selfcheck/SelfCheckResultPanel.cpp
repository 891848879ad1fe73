#include "selfcheck/SelfCheckResultPanel.h"

#include "i18n/Language.h"
#include "selfcheck/SelfCheckHtml.h"
#include "selfcheck/SelfCheckModel.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

QLabel *richLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SelfCheckResultPanel::SelfCheckResultPanel(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("resultPanel"));
    auto *panel = new QWidget;
    m_result = richLabel(panel, QStringLiteral("resultLabel"));
    auto *line = new QFrame(panel);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_readiness = richLabel(panel, QStringLiteral("readinessLabel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_result);
    layout->addWidget(line);
    layout->addWidget(m_readiness);
    layout->addStretch();
    setWidget(panel);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(240);
}

void SelfCheckResultPanel::showAssessment(const score::Assessment *assessment,
                                          domain::SecurityActionLevel declared, const QDate &today)
{
    if (!assessment) {
        m_result->clear();
        m_readiness->clear();
        return;
    }
    showResult(*assessment);
    showReadiness(*assessment, declared, today);
}

void SelfCheckResultPanel::showResult(const score::Assessment &a)
{
    const QPalette &pal = palette();
    const score::SelfCheckResult r = score::evaluate(a);
    QStringList html;
    html << QStringLiteral("<p style='margin-bottom:2px'>%1</p>")
                .arg(SelfAssessmentPageText::tr("Self-assessment of %1")
                         .arg(i18n::formatDate(a.taken))
                         .toHtmlEscaped());
    html << QStringLiteral("<p style='font-size:large; margin-top:0'><b>%1</b></p>")
                .arg(SelfAssessmentPageText::tr("IPA self-check result: %1 / %2")
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
    QString answered = SelfAssessmentPageText::tr("Answered %1 of %2 questions.")
                           .arg(r.answered)
                           .arg(score::kIpaQuestionCount)
                           .toHtmlEscaped();
    if (!r.complete())
        answered += QLatin1Char(' ') +
                    SelfAssessmentPageText::tr(
                        "Questions not answered count 0 points; \"Don't know\" counts −1.")
                        .toHtmlEscaped();
    html << QStringLiteral("<p>%1</p>").arg(answered);
    QStringList rows;
    for (int p = 0; p < 3; ++p)
        rows << QStringLiteral("<tr><td>%1</td><td align='right' style='padding-left:12px'>"
                               "<b>%2</b></td></tr>")
                    .arg(
                        score::SelfCheckText::part(static_cast<score::Part>(p + 1)).toHtmlEscaped(),
                        SelfAssessmentPageText::tr("%1 / %2")
                            .arg(r.partScore[p])
                            .arg(r.partMax[p])
                            .toHtmlEscaped());
    html << QStringLiteral("<table cellspacing='0' cellpadding='1'>%1</table>")
                .arg(rows.join(QString()));
    m_result->setText(html.join(QString()));
}

void SelfCheckResultPanel::showReadiness(const score::Assessment &a,
                                         domain::SecurityActionLevel declared, const QDate &today)
{
    // SECURITY ACTION: what the shown answers support against what the
    // company declares on the Organisation page.
    const QPalette &pal = palette();
    const score::SecurityActionReadiness s = score::securityActionReadiness(&a, declared, today);
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
        declaredText = SelfAssessmentPageText::tr("Declared: not declared");
        break;
    case domain::SecurityActionLevel::OneStar:
        declaredText = SelfAssessmentPageText::tr("Declared: ★ one star");
        break;
    case domain::SecurityActionLevel::TwoStars:
        declaredText = SelfAssessmentPageText::tr("Declared: ★★ two stars");
        break;
    }
    auto readyText = [](bool ready) {
        return ready ? SelfAssessmentPageText::tr("ready") : SelfAssessmentPageText::tr("not yet");
    };
    QStringList out;
    out << QStringLiteral("<p><b>%1</b><br>%2</p>")
               .arg(SelfAssessmentPageText::tr("SECURITY ACTION readiness").toHtmlEscaped(),
                    declaredText.toHtmlEscaped());
    out << QStringLiteral("<p style='margin-bottom:0'><b>%1</b> — %2</p>%3")
               .arg(SelfAssessmentPageText::tr("★ One star").toHtmlEscaped(),
                    readyText(s.oneStarReady).toHtmlEscaped(), requirements(s.oneStar));
    out << QStringLiteral("<p style='margin-bottom:0'><b>%1</b> — %2</p>%3")
               .arg(SelfAssessmentPageText::tr("★★ Two stars").toHtmlEscaped(),
                    readyText(s.twoStarsReady).toHtmlEscaped(), requirements(s.twoStars));
    if (!s.mismatch.isEmpty())
        out << QStringLiteral("<p>%1</p>")
                   .arg(colourSpan(selfCheckBadColour(pal), s.mismatch.toHtmlEscaped()));
    m_readiness->setText(out.join(QString()));
}

} // namespace ui
} // namespace kamae
