#include "selfcheck/NewAssessmentDialog.h"

#include "i18n/Language.h"
#include "selfcheck/SelfCheckHtml.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

NewAssessmentDialog::NewAssessmentDialog(const score::Assessment *previous, const QDate &today,
                                         QWidget *parent)
    // Only a date and a tick: nothing worth asking about on Esc.
    : FormDialog(QStringLiteral("NewAssessmentDialog"), parent, Option::CloseFreely),
      m_hasPrevious(previous != nullptr)
{
    setWindowTitle(SelfAssessmentPageText::tr("New self-assessment"));
    setIntro(SelfAssessmentPageText::tr("The day the self-check is taken. It counts for SECURITY "
                                        "ACTION ★★ for a year."));
    m_date = makeDateEdit(this, QStringLiteral("dateEdit"), today);
    // The rule itself is score::checkAssessmentDate; the editor only offers
    // what it accepts.
    m_date->setMaximumDate(today);
    m_copy = new QCheckBox(this);
    m_copy->setObjectName(QStringLiteral("copyPreviousCheck"));
    if (previous) {
        m_copy->setText(SelfAssessmentPageText::tr("&Start from the answers of %1")
                            .arg(i18n::formatDate(previous->taken)));
        m_copy->setToolTip(SelfAssessmentPageText::tr(
            "Go through the questions and change what is different now."));
        m_copy->setChecked(true);
    } else {
        m_copy->hide();
    }
    addRow(form(), SelfAssessmentPageText::tr("&Date taken:"), m_date);
    bodyLayout()->addWidget(m_copy);
    setOkText(SelfAssessmentPageText::tr("Create"));
    setMinimumWidth(380);
}

QDate NewAssessmentDialog::date() const
{
    return m_date->date();
}

bool NewAssessmentDialog::copyPrevious() const
{
    return m_hasPrevious && m_copy->isChecked();
}

} // namespace ui
} // namespace kamae
