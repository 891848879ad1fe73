#include "bcp/BcpExerciseDialog.h"

#include "bcp/BcpRowsEditor.h"
#include "widgets/OwnerCombo.h"
#include "widgets/RecordDialog.h"

#include <QCoreApplication>
#include <QDateEdit>

namespace kamae {
namespace ui {

namespace {
// The dialogs' texts keep the contexts they had as classes.
struct ExerciseText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BcpExerciseDialog)
};
struct PublishText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BcpPublishDialog)
};

// The follow-up actions: text, owner, due and done, one row each.
BcpRowsEditor *makeActionRows(const domain::BcpExercise &exercise,
                              const QVector<domain::Person> &people, QWidget *parent)
{
    BcpRowsEditor::Column owner;
    owner.kind = BcpRowsEditor::Column::Choice;
    owner.choices << QStringLiteral("—");
    owner.ids << 0;
    for (const domain::Person &p : people) {
        owner.choices << p.name;
        owner.ids << p.id;
    }
    BcpRowsEditor::Column date;
    date.kind = BcpRowsEditor::Column::Date;
    auto *rows = new BcpRowsEditor({{}, owner, date, date}, QStringLiteral("actionRows"), parent);
    for (const domain::BcpAction &a : exercise.actions)
        rows->addRow({a.text, a.ownerId, a.due, a.done}, a.id);
    rows->setTitles({ExerciseText::tr("Action"), ExerciseText::tr("Owner"), ExerciseText::tr("Due"),
                     ExerciseText::tr("Done on")});
    rows->setButtonTexts(ExerciseText::tr("Add action"), ExerciseText::tr("Remove"));
    return rows;
}

void writeActions(domain::BcpExercise &e, const BcpRowsEditor *rows)
{
    e.actions.clear();
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QVariantList v = rows->row(r);
        if (v.value(0).toString().isEmpty())
            continue; // an empty row says nothing
        e.actions.append({rows->entryId(r), v.value(0).toString(), v.value(1).toLongLong(),
                          v.value(2).toDate(), v.value(3).toDate()});
    }
}

} // namespace

std::optional<domain::BcpExercise> editBcpExercise(const domain::BcpExercise &exercise,
                                                   const QVector<domain::Person> &people,
                                                   QDate today, QWidget *parent)
{
    using R = domain::BcpExercise;
    R start = exercise;
    if (!start.date.isValid())
        start.date = today;
    RecordDialog<R> d(QStringLiteral("BcpExerciseDialog"), start, parent);
    d.setTexts([] { return ExerciseText::tr("Record BCP exercise"); },
               [] { return ExerciseText::tr("Edit BCP exercise"); },
               [] {
                   return ExerciseText::tr("An exercise held on the plan, what it found and what "
                                           "is to be improved.");
               });
    d.setOkTexts([] { return ExerciseText::tr("Record"); },
                 [] { return ExerciseText::tr("Save"); });
    d.choice([] { return ExerciseText::tr("&Kind:"); }, &R::kind, "kindCombo",
             domain::kExerciseKindCount, &domain::BcpRecordText::exerciseKind);
    QDateEdit *date = d.day([] { return ExerciseText::tr("&Date:"); }, &R::date, "dateEdit", today);
    d.line([] { return ExerciseText::tr("&Scenario:"); }, &R::scenario, "scenarioEdit",
           RecordDialog<R>::Readable);
    // Those who took part, and the staff still here who could.
    IdChoices staff;
    for (const domain::Person &p : people)
        if (p.kind == domain::PersonKind::Person &&
            (exercise.participants.contains(p.id) || !p.left.isValid()))
            staff.append({p.id, p.name});
    d.idSet([] { return ExerciseText::tr("&Participants:"); }, &R::participants, "participantList",
            staff);
    d.notes([] { return ExerciseText::tr("&Findings:"); }, &R::findings, "findingsEdit", 100);
    d.field<BcpRowsEditor>([] { return ExerciseText::tr("Follow-up &actions:"); },
                           makeActionRows(exercise, people, &d), &writeActions);
    d.addCheck([date, today]() -> FormDialog::Problem {
        if (date->date() > today)
            return {
                ExerciseText::tr("An exercise is recorded once held: the date is not after today."),
                date};
        return {};
    });
    d.startWidth(720);
    return d.run();
}

std::optional<BcpApproval> askBcpApproval(int number, const QVector<domain::Person> &people,
                                          QWidget *parent)
{
    using R = BcpApproval;
    RecordDialog<R> d(QStringLiteral("BcpPublishDialog"), R{}, parent);
    const Text title = [] {
        return PublishText::tr("Publish version");
    };
    d.setTexts(title, title, [number] {
        return PublishText::tr("Freezes the draft as version %1, dated today. The draft stays "
                               "editable; later versions can be compared with it.")
            .arg(number);
    });
    const Text ok = [] {
        return PublishText::tr("Publish");
    };
    d.setOkTexts(ok, ok);
    OwnerCombo *approver = d.person([] { return PublishText::tr("&Approved by:"); }, &R::approverId,
                                    "approverCombo", people);
    d.line([] { return PublishText::tr("&Note:"); }, &R::note, "noteEdit",
           RecordDialog<R>::Readable);
    d.addCheck([approver]() -> FormDialog::Problem {
        if (approver->ownerId() == 0)
            return {PublishText::tr("Choose who approved the plan."), approver};
        return {};
    });
    return d.run();
}

} // namespace ui
} // namespace kamae
