#include "pages/PeopleCommands.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

namespace {

struct PeopleCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::PeopleCommands)
};

} // namespace

AddPersonCommand::AddPersonCommand(store::Database &db, domain::Person person, Refresh refresh,
                                   ErrorHandler onError)
    : ChangeCommand(refreshingContext(db, std::move(refresh), std::move(onError)), std::nullopt,
                    std::move(person), [](store::Database &db, auto &from, auto &to) {
                        // The first add gets a new id; a redo after undo keeps it.
                        store::PeopleRepository people(db);
                        return to ? keep(people.insert(*to), to->id)
                                  : statusOf(people.remove(from->id));
                    })
{
    setText(PeopleCommandText::tr("Add %1").arg(after()->name.trimmed()));
}

EditPersonCommand::EditPersonCommand(store::Database &db, domain::Person before,
                                     domain::Person after, Refresh refresh, ErrorHandler onError)
    : ChangeCommand(refreshingContext(db, std::move(refresh), std::move(onError)),
                    std::move(before), std::move(after),
                    [](store::Database &database, domain::Person &, domain::Person &to) {
                        return store::PeopleRepository(database).update(to);
                    })
{
    setText(PeopleCommandText::tr("Edit %1").arg(this->after().name.trimmed()));
}

RemovePersonCommand::RemovePersonCommand(store::Database &db, domain::Person person,
                                         Refresh refresh, ErrorHandler onError)
    : ChangeCommand(refreshingContext(db, std::move(refresh), std::move(onError)),
                    recordWith(&store::PersonRemoval::person, std::move(person)), std::nullopt,
                    [](store::Database &db, auto &from, auto &to) {
                        store::PeopleRepository people(db);
                        return to ? people.restore(*to)
                                  : keep(people.remove(from->person.id), from);
                    })
{
    setText(PeopleCommandText::tr("Delete %1").arg(before()->person.name));
}

AssignActionOwnerCommand::AssignActionOwnerCommand(store::Database &db, QString actionKey,
                                                   qint64 before, qint64 after, Refresh refresh,
                                                   ErrorHandler onError)
    : ChangeCommand(refreshingContext(db, std::move(refresh), std::move(onError)), before, after,
                    [key = std::move(actionKey)](store::Database &database, qint64 &, qint64 &to) {
                        return store::PeopleRepository(database).setActionOwner(key, to);
                    })
{
    setText(PeopleCommandText::tr("Assign the owner of an action"));
}

ImportPeopleCommand::ImportPeopleCommand(store::Database &db, organisation::PeopleImportPlan plan,
                                         const QString &fileName, Refresh refresh,
                                         ErrorHandler onError)
    : DeskCommand(refreshingContext(db, std::move(refresh), std::move(onError))),
      m_plan(std::move(plan))
{
    setText(PeopleCommandText::tr("Import people from %1").arg(fileName));
}

void ImportPeopleCommand::redo()
{
    Status status;
    if (m_outcome) {
        status = organisation::redoPeopleImport(database(), *m_outcome);
    } else {
        auto outcome = organisation::importPeople(database(), m_plan);
        status = statusOf(outcome);
        if (outcome)
            m_outcome = std::move(outcome).value();
    }
    setSucceeded(finish(status));
}

void ImportPeopleCommand::undo()
{
    if (m_outcome)
        finish(organisation::undoPeopleImport(database(), *m_outcome));
}

} // namespace ui
} // namespace kamae
