#pragma once

#include "domain/Person.h"
#include "store/PeopleRepository.h"

#include <QUndoCommand>

#include <functional>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

namespace kamae {
namespace ui {

// Undoable changes to the people and departments list and to the owners of
// next actions. Both directions write through store::PeopleRepository, so
// undo is audited too; a step that fails marks itself obsolete, so that the
// stack never claims a state the data is not in.
class PeopleCommand : public QUndoCommand
{
public:
    using Refresh = std::function<void()>;
    using ErrorHandler = std::function<void(const QString &)>;

protected:
    PeopleCommand(store::Database &db, Refresh refresh, ErrorHandler onError)
        : m_db(db), m_refresh(std::move(refresh)), m_onError(std::move(onError))
    {}
    // Reports a failure (and makes the command obsolete), then refreshes.
    void finish(const Status &status);

    store::Database &m_db;

private:
    Refresh m_refresh;
    ErrorHandler m_onError;
};

class AddPersonCommand final : public PeopleCommand
{
public:
    AddPersonCommand(store::Database &db, domain::Person person, Refresh refresh,
                     ErrorHandler onError);
    void redo() override;
    void undo() override;
    qint64 personId() const { return m_person.id; }

private:
    domain::Person m_person;
};

class EditPersonCommand final : public PeopleCommand
{
public:
    EditPersonCommand(store::Database &db, domain::Person before, domain::Person after,
                      Refresh refresh, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    domain::Person m_before;
    domain::Person m_after;
};

// Deletes an entry; undo puts it back with every owner reference it had.
class RemovePersonCommand final : public PeopleCommand
{
public:
    RemovePersonCommand(store::Database &db, domain::Person person, Refresh refresh,
                        ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    store::PersonRemoval m_removal;
};

// Sets (or clears, with 0) the owner of a next action by its stable key.
class AssignActionOwnerCommand final : public PeopleCommand
{
public:
    AssignActionOwnerCommand(store::Database &db, QString actionKey, qint64 before, qint64 after,
                             Refresh refresh, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    QString m_key;
    qint64 m_before;
    qint64 m_after;
};

} // namespace ui
} // namespace kamae
