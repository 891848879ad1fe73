#include "bcp/BcpEntryDialogs.h"

#include "bcp/BcpRowsEditor.h"
#include "widgets/OwnerCombo.h"
#include "widgets/RecordDialog.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLineEdit>

namespace kamae {
namespace ui {

namespace {
// The dialogs' texts keep the contexts they had as classes.
struct RoleText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BcpRoleDialog)
};
struct BottleneckText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BcpBottleneckDialog)
};
struct InvestmentText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BcpInvestmentDialog)
};
struct ContactText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BcpContactDialog)
};
struct InsuranceText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::BcpInsuranceDialog)
};
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

std::optional<domain::BcpRole> editBcpRole(const domain::BcpRole &role,
                                           const QVector<domain::Person> &people, QWidget *parent)
{
    using R = domain::BcpRole;
    RecordDialog<R> d(QStringLiteral("BcpRoleDialog"), role, parent);
    d.setTexts([] { return RoleText::tr("Add role"); }, [] { return RoleText::tr("Edit role"); },
               [] {
                   return RoleText::tr("A role of the emergency organisation (Form 03), who "
                                       "holds it and who stands in.");
               });
    QLineEdit *title = d.line([] { return RoleText::tr("&Role:"); }, &R::title, "titleEdit",
                              RecordDialog<R>::Readable);
    d.notes([] { return RoleText::tr("&Duties:"); }, &R::duties, "dutiesEdit", 100);
    OwnerCombo *holder =
        d.person([] { return RoleText::tr("&Held by:"); }, &R::personId, "personCombo", people);
    OwnerCombo *deputy =
        d.person([] { return RoleText::tr("D&eputy:"); }, &R::deputyId, "deputyCombo", people);
    d.require(title, [] { return RoleText::tr("Name the role."); });
    d.addCheck([holder, deputy]() -> FormDialog::Problem {
        if (holder->ownerId() > 0 && holder->ownerId() == deputy->ownerId())
            return {RoleText::tr("The deputy is someone other than the holder."), deputy};
        return {};
    });
    return d.run();
}

std::optional<domain::BcpBottleneck> editBcpBottleneck(const domain::BcpBottleneck &bottleneck,
                                                       const BcpAssetChoices &assets,
                                                       QWidget *parent)
{
    using R = domain::BcpBottleneck;
    RecordDialog<R> d(QStringLiteral("BcpBottleneckDialog"), bottleneck, parent);
    d.setTexts([] { return BottleneckText::tr("Add bottleneck resource"); },
               [] { return BottleneckText::tr("Edit bottleneck resource"); },
               [] {
                   return BottleneckText::tr("A resource the core businesses cannot do without "
                                             "(Form 16-2), and what is done about it.");
               });
    QLineEdit *resource = d.line([] { return BottleneckText::tr("&Resource:"); }, &R::resource,
                                 "resourceEdit", RecordDialog<R>::Readable);
    d.choice([] { return BottleneckText::tr("&Kind:"); }, &R::kind, "kindCombo",
             domain::kBcpResourceKindCount, &domain::BcpRecordText::resourceKind);
    d.idChoice([] { return BottleneckText::tr("Register &asset:"); }, &R::assetId, "assetCombo",
               assets);
    d.notes([] { return BottleneckText::tr("&Measure:"); }, &R::measure, "measureEdit", 100);
    d.require(resource, [] { return BottleneckText::tr("Name the resource."); });
    return d.run();
}

std::optional<domain::BcpInvestment> editBcpInvestment(const domain::BcpInvestment &investment,
                                                       QWidget *parent)
{
    using R = domain::BcpInvestment;
    RecordDialog<R> d(QStringLiteral("BcpInvestmentDialog"), investment, parent);
    d.setTexts([] { return InvestmentText::tr("Add investment"); },
               [] { return InvestmentText::tr("Edit investment"); },
               [] {
                   return InvestmentText::tr("Something bought or done before an incident so "
                                             "that the businesses keep going (Form 09).");
               });
    QLineEdit *text = d.line([] { return InvestmentText::tr("&Investment:"); }, &R::text,
                             "textEdit", RecordDialog<R>::Readable);
    d.yen([] { return InvestmentText::tr("&Cost:"); }, &R::costYen, "costEdit");
    d.date([] { return InvestmentText::tr("&Planned for:"); }, &R::planned, "plannedEdit");
    d.date([] { return InvestmentText::tr("D&one on:"); }, &R::done, "doneEdit");
    d.require(text, [] { return InvestmentText::tr("Say what the investment is."); });
    return d.run();
}

std::optional<domain::BcpContact> editBcpContact(const domain::BcpContact &contact,
                                                 const QVector<domain::Person> &people,
                                                 QWidget *parent)
{
    using R = domain::BcpContact;
    RecordDialog<R> d(QStringLiteral("BcpContactDialog"), contact, parent);
    d.setTexts([] { return ContactText::tr("Add contact"); },
               [] { return ContactText::tr("Edit contact"); },
               [] {
                   return ContactText::tr("Whom to call in an emergency: key organisations "
                                          "(Form 11) and staff (Form 12).");
               });
    d.choice([] { return ContactText::tr("&Kind:"); }, &R::kind, "kindCombo",
             domain::kBcpContactKindCount, &domain::BcpRecordText::contactKind);
    QLineEdit *name = d.line([] { return ContactText::tr("&Name:"); }, &R::name, "nameEdit",
                             RecordDialog<R>::Readable);
    QLineEdit *organisation =
        d.line([] { return ContactText::tr("&Organisation:"); }, &R::organisation,
               "organisationEdit", RecordDialog<R>::Readable);
    d.line([] { return ContactText::tr("&Phone:"); }, &R::phone, "phoneEdit");
    d.line([] { return ContactText::tr("&E-mail:"); }, &R::email, "emailEdit");
    d.person([] { return ContactText::tr("From the &people list:"); }, &R::personId, "personCombo",
             people);
    d.notes([] { return ContactText::tr("No&tes:"); }, &R::notes, "notesEdit", 80);
    d.addCheck([name, organisation]() -> FormDialog::Problem {
        if (name->text().trimmed().isEmpty() && organisation->text().trimmed().isEmpty())
            return {ContactText::tr("Name the contact or the organisation."), name};
        return {};
    });
    return d.run();
}

std::optional<domain::BcpInsurance> editBcpInsurance(const domain::BcpInsurance &insurance,
                                                     QWidget *parent)
{
    using R = domain::BcpInsurance;
    RecordDialog<R> d(QStringLiteral("BcpInsuranceDialog"), insurance, parent);
    d.setTexts([] { return InsuranceText::tr("Add insurance"); },
               [] { return InsuranceText::tr("Edit insurance"); },
               [] {
                   return InsuranceText::tr(
                       "An insurance policy that pays for damage or lost business (Form 18).");
               });
    QLineEdit *insurer = d.line([] { return InsuranceText::tr("&Insurer:"); }, &R::insurer,
                                "insurerEdit", RecordDialog<R>::Readable);
    d.line([] { return InsuranceText::tr("&Policy:"); }, &R::policy, "policyEdit",
           RecordDialog<R>::Readable);
    d.notes([] { return InsuranceText::tr("&Covers:"); }, &R::covers, "coversEdit", 80);
    d.line([] { return InsuranceText::tr("&Amount:"); }, &R::amount, "amountEdit");
    d.date([] { return InsuranceText::tr("&Renews on:"); }, &R::renews, "renewsEdit");
    d.require(insurer, [] { return InsuranceText::tr("Name the insurer."); });
    return d.run();
}

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
