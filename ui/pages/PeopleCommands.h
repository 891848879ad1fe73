#pragma once

#include "commands/ChangeCommand.h"
#include "domain/Person.h"
#include "organisation/PeopleImport.h"
#include "store/PeopleRepository.h"

#include <optional>

namespace kamae {
namespace ui {

// Undoable changes to the people and departments list and to the owners of
// next actions, written through store::PeopleRepository. The list refreshes
// after every write, a failed one too.

class AddPersonCommand final : public ChangeCommand<std::optional<domain::Person>>
{
public:
    AddPersonCommand(store::Database &db, domain::Person person, Refresh refresh,
                     ErrorHandler onError);
    qint64 personId() const { return after()->id; }
};

class EditPersonCommand final : public ChangeCommand<domain::Person>
{
public:
    EditPersonCommand(store::Database &db, domain::Person before, domain::Person after,
                      Refresh refresh, ErrorHandler onError);
};

// Deletes an entry; undo puts it back with every owner reference it had.
class RemovePersonCommand final : public ChangeCommand<std::optional<store::PersonRemoval>>
{
public:
    RemovePersonCommand(store::Database &db, domain::Person person, Refresh refresh,
                        ErrorHandler onError);
};

// Sets (or clears, with 0) the owner of a next action by its stable key.
class AssignActionOwnerCommand final : public ChangeCommand<qint64>
{
public:
    AssignActionOwnerCommand(store::Database &db, QString actionKey, qint64 before, qint64 after,
                             Refresh refresh, ErrorHandler onError);
};

// Imports the rows of a people file (organisation/PeopleImport.h): new
// entries added, entries of the list updated, in one step. Undo removes
// the added entries and puts the updated ones back as they were; redo
// writes them again with the same ids.
class ImportPeopleCommand final : public DeskCommand
{
public:
    ImportPeopleCommand(store::Database &db, organisation::PeopleImportPlan plan,
                        const QString &fileName, Refresh refresh, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    organisation::PeopleImportPlan m_plan;
    std::optional<organisation::PeopleImportOutcome> m_outcome;
};

} // namespace ui
} // namespace kamae
