#include "pages/PersonDialog.h"

#include "pages/PeopleModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kamae {
namespace ui {

namespace {
// The texts keep the context they had as a class.
struct PersonText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::PersonDialog)
};
} // namespace

std::unique_ptr<RecordDialog<domain::Person>> makePersonDialog(const domain::Person &person,
                                                               const QStringList &departments,
                                                               PersonValidator validate,
                                                               QWidget *parent)
{
    using R = domain::Person;
    using domain::PersonKind;
    auto d = std::make_unique<RecordDialog<R>>(QStringLiteral("PersonDialog"), person, parent);
    d->setTexts([] { return PersonText::tr("New person or department"); },
                [] { return PersonText::tr("Edit person or department"); }, nullptr);
    const Text save = [] {
        return PersonText::tr("Save");
    };
    d->setOkTexts(save, save);
    QComboBox *kind = d->choice([] { return PersonText::tr("&Kind:"); }, &R::kind, "kindCombo", 2,
                                &PeopleModel::kindText);
    QLineEdit *name = d->line([] { return PersonText::tr("&Name:"); }, &R::name, "nameEdit");
    d->line([] { return PersonText::tr("&Reading:"); }, &R::reading, "readingEdit");
    QComboBox *department = d->textChoice([] { return PersonText::tr("&Department:"); },
                                          &R::department, "departmentCombo", departments);
    d->line([] { return PersonText::tr("R&ole:"); }, &R::role, "roleEdit");
    d->flag([] { return PersonText::tr("O&utside the company (not staff)"); }, &R::external,
            "externalCheck",
            [] {
                return PersonText::tr("A vendor's engineer, an advisor or a contractor: they can "
                                      "own records and be contacted, but are not counted in "
                                      "training coverage.");
            });
    d->line([] { return PersonText::tr("E-&mail:"); }, &R::email, "emailEdit");
    d->line([] { return PersonText::tr("&Phone:"); }, &R::phone, "phoneEdit");
    d->line([] { return PersonText::tr("Other &contact:"); }, &R::contact, "contactEdit");
    d->date([] { return PersonText::tr("&Joined:"); }, &R::joined, "joinedEdit");
    d->date([] { return PersonText::tr("&Left:"); }, &R::left, "leftEdit");
    QPlainTextEdit *notes =
        d->notes([] { return PersonText::tr("Not&es:"); }, &R::notes, "notesEdit", 70);
    d->alsoWrite([notes](R &p) {
        // A department has no department of its own; notes are kept as typed.
        if (p.kind == PersonKind::Department)
            p.department.clear();
        p.notes = notes->toPlainText();
    });
    if (validate)
        d->addCheck([dialog = d.get(), validate, name]() -> FormDialog::Problem {
            if (const Status s = validate(dialog->record()); !s)
                return {s.error(), name};
            return {};
        });
    const auto updateKind = [kind, department] {
        department->setEnabled(kind->currentIndex() == static_cast<int>(PersonKind::Person));
    };
    QObject::connect(kind, &QComboBox::currentIndexChanged, d.get(), updateKind);
    updateKind();
    d->applyTexts();
    d->setMinimumWidth(460);
    name->setFocus();
    return d;
}

} // namespace ui
} // namespace kamae
