#include "selfcheck/NewAssessmentDialog.h"

#include "i18n/Language.h"
#include "selfcheck/SelfCheckHtml.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

NewAssessmentDialog::NewAssessmentDialog(const score::Assessment *previous, const QDate &today,
                                         QWidget *parent)
    : QDialog(parent), m_hasPrevious(previous != nullptr)
{
    setObjectName(QStringLiteral("NewAssessmentDialog"));
    setWindowTitle(SelfAssessmentPageText::tr("New self-assessment"));
    auto *intro = new QLabel(
        SelfAssessmentPageText::tr("The day the self-check is taken. It counts for SECURITY "
                                   "ACTION ★★ for a year."),
        this);
    intro->setWordWrap(true);
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    // The rule itself is score::checkAssessmentDate; the editor only offers
    // what it accepts.
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(i18n::dateFormat());
    m_copy = new QCheckBox(this);
    m_copy->setObjectName(QStringLiteral("copyPreviousCheck"));
    if (previous) {
        m_copy->setText(SelfAssessmentPageText::tr("Start from the answers of %1")
                            .arg(i18n::formatDate(previous->taken)));
        m_copy->setToolTip(SelfAssessmentPageText::tr(
            "Go through the questions and change what is different now."));
        m_copy->setChecked(true);
    } else {
        m_copy->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(SelfAssessmentPageText::tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(SelfAssessmentPageText::tr("Date taken:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_copy);
    layout->addWidget(buttons);
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
