#include "backups/BackupEventDialog.h"
#include "i18n/Language.h"

#include "backups/BackupRules.h"
#include "core/Clock.h"
#include "widgets/DiscardGuard.h"
#include "widgets/FittingScrollArea.h"
#include "widgets/Widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

using domain::BackupEventKind;

BackupEventDialog::BackupEventDialog(const domain::BackupEvent &event, const QString &jobName,
                                     QWidget *parent)
    : QDialog(parent), m_original(event)
{
    setObjectName(QStringLiteral("BackupEventDialog"));
    switch (event.kind) {
    case BackupEventKind::Run:
        setWindowTitle(tr("Record a backup run — %1").arg(jobName));
        break;
    case BackupEventKind::RestoreTest:
        setWindowTitle(tr("Record a restore test — %1").arg(jobName));
        break;
    case BackupEventKind::AirGapCheck:
        setWindowTitle(tr("Record an air-gap check — %1").arg(jobName));
        break;
    }
    const QDate today = clock::today();
    m_date = new QDateEdit(event.date.isValid() ? event.date : today, this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(i18n::dateFormat());
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("resultCombo"));
    if (event.kind == BackupEventKind::AirGapCheck) {
        // Said as what the person saw, not as a generic result.
        m_result->addItem(tr("Disconnected and readable"));
        m_result->addItem(tr("Readable, but it was still connected"));
        m_result->addItem(tr("Not readable, or missing"));
    } else {
        for (int r = 0; r < domain::kBackupResultCount; ++r)
            m_result->addItem(backups::BackupText::result(static_cast<domain::BackupResult>(r)));
    }
    m_result->setCurrentIndex(static_cast<int>(event.result));
    m_subject = new QLineEdit(event.subject, this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesEdit"));
    m_minutes->setRange(-1, 60 * 24 * 30);
    m_minutes->setSpecialValueText(tr("not recorded"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(event.minutes);
    m_by = new QLineEdit(event.performedBy, this);
    m_by->setObjectName(QStringLiteral("byEdit"));
    m_notes = new QPlainTextEdit(event.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Result:"), m_result);
    switch (event.kind) {
    case BackupEventKind::Run:
        m_subject->hide();
        m_minutes->hide();
        m_notes->setPlaceholderText(tr("Errors or warnings the backup reported"));
        break;
    case BackupEventKind::RestoreTest:
        m_subject->setPlaceholderText(tr("e.g. the accounting folder of last Friday"));
        form->addRow(tr("What was restored:"), m_subject);
        form->addRow(tr("Time it took:"), m_minutes);
        m_notes->setPlaceholderText(
            tr("Evidence: where it was restored to, who checked the files, a ticket number"));
        break;
    case BackupEventKind::AirGapCheck:
        m_minutes->hide();
        m_subject->setPlaceholderText(tr("e.g. USB disk B in the safe"));
        form->addRow(tr("Which copy:"), m_subject);
        m_notes->setPlaceholderText(tr("How it was checked, where the copy is kept"));
        break;
    }
    form->addRow(tr("Done by:"), m_by);
    form->addRow(event.kind == BackupEventKind::RestoreTest ? tr("Evidence:") : tr("Notes:"),
                 m_notes);

    m_error = makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupEventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupEventDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(fitToScreen(this, QSize(520, sizeHint().height())));
    m_discard = new DiscardGuard(this);
}

domain::BackupEvent BackupEventDialog::event() const
{
    domain::BackupEvent e = m_original;
    e.date = m_date->date();
    e.result = static_cast<domain::BackupResult>(m_result->currentIndex());
    e.subject = m_subject->text().trimmed();
    e.minutes = e.kind == BackupEventKind::RestoreTest ? m_minutes->value() : -1;
    e.performedBy = m_by->text().trimmed();
    e.notes = m_notes->toPlainText().trimmed();
    return e;
}

void BackupEventDialog::accept()
{
    if (const QString problem = backups::eventProblem(event()); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void BackupEventDialog::reject()
{
    if (m_discard->mayDiscard())
        QDialog::reject();
}

} // namespace ui
} // namespace kamae
