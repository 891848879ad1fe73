#include "bcp/BcpExerciseDialog.h"

#include "bcp/BcpRowsEditor.h"
#include "widgets/OwnerCombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace kamae {
namespace ui {

BcpExerciseDialog::BcpExerciseDialog(domain::BcpExercise exercise,
                                     const QVector<domain::Person> &people, QDate today,
                                     QWidget *parent)
    : FormDialog(QStringLiteral("BcpExerciseDialog"), parent), m_exercise(std::move(exercise)),
      m_today(today)
{
    m_kind = makeEnumCombo(this, QStringLiteral("kindCombo"), domain::kExerciseKindCount,
                           &domain::BcpRecordText::exerciseKind, m_exercise.kind);
    m_date = makeDateEdit(this, QStringLiteral("dateEdit"),
                          m_exercise.date.isValid() ? m_exercise.date : today);
    m_date->setMaximumDate(today);
    m_scenario = makeLineEdit(this, QStringLiteral("scenarioEdit"), m_exercise.scenario);
    m_participants = new QListWidget(this);
    m_participants->setObjectName(QStringLiteral("participantList"));
    m_participants->setMinimumHeight(fontMetrics().height() * 6);
    BcpRowsEditor::Column owner;
    owner.kind = BcpRowsEditor::Column::Choice;
    owner.choices << QStringLiteral("—");
    owner.ids << 0;
    for (const domain::Person &p : people) {
        const bool took = m_exercise.participants.contains(p.id);
        if (p.kind == domain::PersonKind::Person && (took || !p.left.isValid())) {
            auto *item = new QListWidgetItem(p.name, m_participants);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(took ? Qt::Checked : Qt::Unchecked);
        }
        owner.choices << p.name;
        owner.ids << p.id;
    }
    m_findings = makeNotesEdit(this, QStringLiteral("findingsEdit"), m_exercise.findings, 100);
    BcpRowsEditor::Column date;
    date.kind = BcpRowsEditor::Column::Date;
    m_actions = new BcpRowsEditor({{}, owner, date, date}, QStringLiteral("actionRows"), this);
    for (const domain::BcpAction &a : std::as_const(m_exercise.actions))
        m_actions->addRow({a.text, a.ownerId, a.due, a.done}, a.id);
    m_labels[0] = addRow(form(), QString(), m_kind);
    m_labels[1] = addRow(form(), QString(), m_date);
    m_labels[2] = addRow(form(), QString(), m_scenario);
    m_labels[3] = addRow(form(), QString(), m_participants);
    m_labels[4] = addRow(form(), QString(), m_findings);
    m_labels[5] = addRow(form(), QString(), m_actions);
    keepReadable({m_scenario});
    startAt(QSize(720, 620));
    retranslate();
}

domain::BcpExercise BcpExerciseDialog::exercise() const
{
    domain::BcpExercise e = m_exercise;
    e.kind = static_cast<domain::ExerciseKind>(m_kind->currentIndex());
    e.date = m_date->date();
    e.scenario = m_scenario->text().trimmed();
    e.participants.clear();
    for (int i = 0; i < m_participants->count(); ++i)
        if (m_participants->item(i)->checkState() == Qt::Checked)
            e.participants << m_participants->item(i)->data(Qt::UserRole).toLongLong();
    e.findings = m_findings->toPlainText().trimmed();
    e.actions.clear();
    for (int r = 0; r < m_actions->rowCount(); ++r) {
        const QVariantList v = m_actions->row(r);
        if (v.value(0).toString().isEmpty())
            continue; // an empty row says nothing
        e.actions.append({m_actions->entryId(r), v.value(0).toString(), v.value(1).toLongLong(),
                          v.value(2).toDate(), v.value(3).toDate()});
    }
    return e;
}

FormDialog::Problem BcpExerciseDialog::check() const
{
    if (m_date->date() > m_today)
        return {tr("An exercise is recorded once held: the date is not after today."), m_date};
    return {};
}

void BcpExerciseDialog::retranslate()
{
    setWindowTitle(m_exercise.id ? tr("Edit BCP exercise") : tr("Record BCP exercise"));
    setIntro(tr("An exercise held on the plan, what it found and what is to be improved."));
    m_labels[0]->setText(tr("&Kind:"));
    m_labels[1]->setText(tr("&Date:"));
    m_labels[2]->setText(tr("&Scenario:"));
    m_labels[3]->setText(tr("&Participants:"));
    m_labels[4]->setText(tr("&Findings:"));
    m_labels[5]->setText(tr("Follow-up &actions:"));
    m_actions->setTitles({tr("Action"), tr("Owner"), tr("Due"), tr("Done on")});
    m_actions->setButtonTexts(tr("Add action"), tr("Remove"));
    setOkText(m_exercise.id ? tr("Save") : tr("Record"));
}

BcpPublishDialog::BcpPublishDialog(int number, const QVector<domain::Person> &people,
                                   QWidget *parent)
    : FormDialog(QStringLiteral("BcpPublishDialog"), parent), m_number(number)
{
    m_approver = new OwnerCombo(this);
    m_approver->setObjectName(QStringLiteral("approverCombo"));
    m_approver->setPeople(people, 0);
    m_note = makeLineEdit(this, QStringLiteral("noteEdit"), QString());
    m_labels[0] = addRow(form(), QString(), m_approver);
    m_labels[1] = addRow(form(), QString(), m_note);
    keepReadable({m_note});
    retranslate();
}

qint64 BcpPublishDialog::approverId() const
{
    return m_approver->ownerId();
}

QString BcpPublishDialog::note() const
{
    return m_note->text().trimmed();
}

FormDialog::Problem BcpPublishDialog::check() const
{
    if (m_approver->ownerId() < 0)
        return {m_approver->problem(), m_approver};
    if (m_approver->ownerId() == 0)
        return {tr("Choose who approved the plan."), m_approver};
    return {};
}

void BcpPublishDialog::retranslate()
{
    setWindowTitle(tr("Publish version"));
    setIntro(tr("Freezes the draft as version %1, dated today. The draft stays editable; later "
                "versions can be compared with it.")
                 .arg(m_number));
    m_labels[0]->setText(tr("&Approved by:"));
    m_labels[1]->setText(tr("&Note:"));
    setOkText(tr("Publish"));
}

} // namespace ui
} // namespace kamae
