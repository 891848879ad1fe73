#include "backups/BackupEventDialog.h"

#include "backups/BackupRules.h"
#include "core/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace kamae {
namespace ui {

using domain::BackupEventKind;

BackupEventDialog::BackupEventDialog(const domain::BackupEvent &event, const QString &jobName,
                                     QWidget *parent)
    : FormDialog(QStringLiteral("BackupEventDialog"), parent), m_original(event)
{
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
    m_date = makeDateEdit(this, QStringLiteral("dateEdit"), event.date);
    m_date->setMaximumDate(clock::today());
    if (event.kind == BackupEventKind::AirGapCheck) {
        // Said as what the person saw, not as a generic result.
        m_result = makeComboBox(this, QStringLiteral("resultCombo"),
                                {tr("Disconnected and readable"),
                                 tr("Readable, but it was still connected"),
                                 tr("Not readable, or missing")},
                                static_cast<int>(event.result));
    } else {
        m_result = makeEnumCombo(this, QStringLiteral("resultCombo"), domain::kBackupResultCount,
                                 &backups::BackupText::result, event.result);
    }
    m_subject = makeLineEdit(this, QStringLiteral("subjectEdit"), event.subject);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesEdit"));
    m_minutes->setRange(-1, 60 * 24 * 30);
    m_minutes->setSpecialValueText(tr("not recorded"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(event.minutes);
    m_by = makeLineEdit(this, QStringLiteral("byEdit"), event.performedBy);
    m_notes = makeNotesEdit(this, QStringLiteral("notesEdit"), event.notes, 0);

    addRow(form(), tr("&Date:"), m_date);
    addRow(form(), tr("&Result:"), m_result);
    switch (event.kind) {
    case BackupEventKind::Run:
        m_subject->hide();
        m_minutes->hide();
        m_notes->setPlaceholderText(tr("Errors or warnings the backup reported"));
        break;
    case BackupEventKind::RestoreTest:
        m_subject->setPlaceholderText(tr("e.g. the accounting folder of last Friday"));
        addRow(form(), tr("&What was restored:"), m_subject);
        addRow(form(), tr("&Time it took:"), m_minutes);
        m_notes->setPlaceholderText(
            tr("Evidence: where it was restored to, who checked the files, a ticket number"));
        break;
    case BackupEventKind::AirGapCheck:
        m_minutes->hide();
        m_subject->setPlaceholderText(tr("e.g. USB disk B in the safe"));
        addRow(form(), tr("&Which copy:"), m_subject);
        m_notes->setPlaceholderText(tr("How it was checked, where the copy is kept"));
        break;
    }
    addRow(form(), tr("Done &by:"), m_by);
    addRow(form(), event.kind == BackupEventKind::RestoreTest ? tr("&Evidence:") : tr("&Notes:"),
           m_notes);
    setOkText(tr("Save"));
    startAt(QSize(520, sizeHint().height()));
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

FormDialog::Problem BackupEventDialog::check() const
{
    return {backups::eventProblem(event()), nullptr};
}

} // namespace ui
} // namespace kamae
