#include "selfcheck/AssessmentBar.h"

#include "i18n/Language.h"
#include "selfcheck/SelfCheckHtml.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace kamae {
namespace ui {

namespace {

// The date, IPA's score and its band; how many are answered while some are
// not.
QString textOf(const score::Assessment &assessment)
{
    const QString date = i18n::formatDate(assessment.taken);
    const score::SelfCheckResult r = score::evaluate(assessment);
    if (r.answered == 0)
        return SelfAssessmentPageText::tr("%1 — not answered yet").arg(date);
    QString text = SelfAssessmentPageText::tr("%1 — %2 points (%3)")
                       .arg(date)
                       .arg(r.ipaScore)
                       .arg(score::SelfCheckText::band(r.band));
    if (!r.complete())
        text += QLatin1Char(' ') + SelfAssessmentPageText::tr("(%1 of %2 answered)")
                                       .arg(r.answered)
                                       .arg(score::kIpaQuestionCount);
    return text;
}

} // namespace

AssessmentBar::AssessmentBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("assessmentBar"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("assessmentCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(18);
    QLabel *assessmentLabel =
        makeBuddyLabel(m_combo, [] { return SelfAssessmentPageText::tr("&Assessment:"); });
    // Ctrl+N is the window's "new vault"; Insert adds here as on the other
    // pages.
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence(Qt::Key_Insert));
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = new QAction(this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(assessmentLabel);
    layout->addWidget(m_combo, 1);
    layout->addSpacing(8);
    layout->addWidget(makeActionButton(this, m_new, QStringLiteral("newButton")));
    layout->addWidget(makeActionButton(this, m_delete, QStringLiteral("deleteButton")));

    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { emit assessmentChosen(m_combo->itemData(index).toLongLong()); });

    retranslate();
    onLanguageChange(this, [this] { retranslate(); });
}

void AssessmentBar::setAssessments(const QVector<score::Assessment> &all, qint64 selectedId)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    // Newest first.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        m_combo->addItem(textOf(*it), it->id);
        if (it->id == selectedId)
            m_combo->setCurrentIndex(m_combo->count() - 1);
    }
}

void AssessmentBar::updateAssessment(const score::Assessment &assessment)
{
    if (const int item = m_combo->findData(assessment.id); item >= 0)
        m_combo->setItemText(item, textOf(assessment));
}

void AssessmentBar::retranslate()
{
    m_new->setText(SelfAssessmentPageText::tr("New assessment…"));
    m_new->setToolTip(SelfAssessmentPageText::tr("Take the self-check again (Insert)"));
    m_delete->setText(SelfAssessmentPageText::tr("Delete assessment"));
    m_delete->setToolTip(SelfAssessmentPageText::tr(
        "Delete the assessment shown, with its answers (Delete, outside the question table)"));
}

} // namespace ui
} // namespace kamae
