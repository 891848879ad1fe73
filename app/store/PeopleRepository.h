#pragma once

#include "core/Result.h"
#include "domain/Person.h"
#include "store/LinkedRows.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace kamae {
namespace store {

class Database;

// What deleting an entry of the people list took away, so that undo can put
// all of it back: the entry itself and every row that referred to it — the
// records it owned, the actions it was given, and what the modules keep of
// it (a trainee's attendances go with the person; a drill result stays,
// with its e-mail address, and loses the link).
struct PersonRemoval
{
    domain::Person person;
    LinkedRows linked;
};

// The organisation's list of people and departments, and the owners of next
// actions. Every change is one transaction with its audit log entries.
class PeopleRepository final
{
public:
    explicit PeopleRepository(Database &db) : m_db(db) {}

    // Sorted by kind (departments first), reading, name.
    Result<QVector<domain::Person>> all() const;
    Result<domain::Person> get(qint64 id) const;

    // Stores a new entry; an entry with an id (restored by undo) keeps it.
    Result<qint64> insert(const domain::Person &person);
    // Writes the fields that differ from what is stored, each to the audit log.
    Status update(const domain::Person &person);
    // Deletes the entry; the records it owned are left without an owner.
    Result<PersonRemoval> remove(qint64 id);
    // Undoes remove(): the entry with its id, and its owner references.
    Status restore(const PersonRemoval &removal);

    // Owners of next actions by action key.
    Result<QHash<QString, qint64>> actionOwners() const;
    // Sets (personId > 0) or clears (0) the owner of an action.
    Status setActionOwner(const QString &actionKey, qint64 personId);

    // Names are unique in the list; id is the entry being edited (0 if new).
    Status validate(const domain::Person &person) const;

private:
    Database &m_db;
};

} // namespace store
} // namespace kamae
