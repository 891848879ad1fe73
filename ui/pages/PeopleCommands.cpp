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

void PeopleCommand::finish(const Status &status)
{
    if (!status) {
        setObsolete(true);
        if (m_onError)
            m_onError(status.error());
    }
    if (m_refresh)
        m_refresh();
}

AddPersonCommand::AddPersonCommand(store::Database &db, domain::Person person, Refresh refresh,
                                   ErrorHandler onError)
    : PeopleCommand(db, std::move(refresh), std::move(onError)), m_person(std::move(person))
{
    setText(PeopleCommandText::tr("Add %1").arg(m_person.name.trimmed()));
}

void AddPersonCommand::redo()
{
    // The first time it gets a new id; a redo after undo keeps it.
    const auto id = store::PeopleRepository(m_db).insert(m_person);
    if (id)
        m_person.id = *id;
    finish(id ? Status() : Status::failure(id.error()));
}

void AddPersonCommand::undo()
{
    const auto removed = store::PeopleRepository(m_db).remove(m_person.id);
    finish(removed ? Status() : Status::failure(removed.error()));
}

EditPersonCommand::EditPersonCommand(store::Database &db, domain::Person before,
                                     domain::Person after, Refresh refresh, ErrorHandler onError)
    : PeopleCommand(db, std::move(refresh), std::move(onError)), m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(PeopleCommandText::tr("Edit %1").arg(m_after.name.trimmed()));
}

void EditPersonCommand::redo()
{
    finish(store::PeopleRepository(m_db).update(m_after));
}

void EditPersonCommand::undo()
{
    finish(store::PeopleRepository(m_db).update(m_before));
}

RemovePersonCommand::RemovePersonCommand(store::Database &db, domain::Person person,
                                         Refresh refresh, ErrorHandler onError)
    : PeopleCommand(db, std::move(refresh), std::move(onError))
{
    m_removal.person = std::move(person);
    setText(PeopleCommandText::tr("Delete %1").arg(m_removal.person.name));
}

void RemovePersonCommand::redo()
{
    const auto removal = store::PeopleRepository(m_db).remove(m_removal.person.id);
    if (removal)
        m_removal = removal.value();
    finish(removal ? Status() : Status::failure(removal.error()));
}

void RemovePersonCommand::undo()
{
    finish(store::PeopleRepository(m_db).restore(m_removal));
}

AssignActionOwnerCommand::AssignActionOwnerCommand(store::Database &db, QString actionKey,
                                                   qint64 before, qint64 after, Refresh refresh,
                                                   ErrorHandler onError)
    : PeopleCommand(db, std::move(refresh), std::move(onError)), m_key(std::move(actionKey)),
      m_before(before), m_after(after)
{
    setText(PeopleCommandText::tr("Assign the owner of an action"));
}

void AssignActionOwnerCommand::redo()
{
    finish(store::PeopleRepository(m_db).setActionOwner(m_key, m_after));
}

void AssignActionOwnerCommand::undo()
{
    finish(store::PeopleRepository(m_db).setActionOwner(m_key, m_before));
}

} // namespace ui
} // namespace kamae
