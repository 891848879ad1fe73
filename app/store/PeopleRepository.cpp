#include "store/PeopleRepository.h"

#include "core/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/LinkedRows.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace kamae {
namespace store {

using sql::dateText;
using sql::text;

namespace {

struct PeopleRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::PeopleRepository)
};

const QString kColumns = QStringLiteral(
    "kind, name, reading, department, role, contact, email, phone, joined_on, left_on,"
    " notes, external");

// The tables whose records name an owner, as (table, audit entity).

QString nowText()
{
    return clock::now().toString(Qt::ISODate);
}

void bindPerson(QSqlQuery &q, const domain::Person &p)
{
    q.addBindValue(static_cast<int>(p.kind));
    q.addBindValue(p.name.trimmed());
    q.addBindValue(text(p.reading.trimmed()));
    q.addBindValue(
        text(p.kind == domain::PersonKind::Department ? QString() : p.department.trimmed()));
    q.addBindValue(text(p.role.trimmed()));
    q.addBindValue(text(p.contact.trimmed()));
    q.addBindValue(text(p.email.trimmed()));
    q.addBindValue(text(p.phone.trimmed()));
    q.addBindValue(dateText(p.joined));
    q.addBindValue(dateText(p.left));
    q.addBindValue(text(p.notes));
    q.addBindValue(p.external ? 1 : 0);
}

domain::Person readPerson(const RowCursor &row)
{
    domain::Person p;
    p.id = row.integer(0);
    p.kind = sql::enumValue(row.integer(1), domain::kPersonKindCount, domain::PersonKind::Person);
    p.name = row.text(2);
    p.reading = row.text(3);
    p.department = row.text(4);
    p.role = row.text(5);
    p.contact = row.text(6);
    p.email = row.text(7);
    p.phone = row.text(8);
    p.joined = row.date(9);
    p.left = row.date(10);
    p.notes = row.text(11);
    p.external = row.integer(12) != 0;
    return p;
}

// The fields an audit line names, as stored.
QVector<std::pair<const char *, QString>> auditedValues(const domain::Person &p)
{
    return {
        {"kind", QString::number(static_cast<int>(p.kind))},
        {"name", p.name.trimmed()},
        {"reading", p.reading.trimmed()},
        {"department",
         p.kind == domain::PersonKind::Department ? QString() : p.department.trimmed()},
        {"role", p.role.trimmed()},
        {"contact", p.contact.trimmed()},
        {"email", p.email.trimmed()},
        {"phone", p.phone.trimmed()},
        {"joined", dateText(p.joined)},
        {"left", dateText(p.left)},
        {"notes", p.notes},
        {"external", p.external ? QStringLiteral("1") : QStringLiteral("0")},
    };
}

} // namespace

Status PeopleRepository::validate(const domain::Person &person) const
{
    const QString name = person.name.trimmed();
    if (name.isEmpty())
        return Status::failure(
            PeopleRepositoryText::tr("Every person or department needs a name."));
    if (static_cast<int>(person.kind) < 0 ||
        static_cast<int>(person.kind) >= domain::kPersonKindCount)
        return Status::failure(PeopleRepositoryText::tr("The kind of entry is out of range."));
    if (person.joined.isValid() && person.left.isValid() && person.left < person.joined)
        return Status::failure(
            PeopleRepositoryText::tr("“%1” cannot leave before joining.").arg(name));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM person WHERE name = ? AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(person.id);
    if (!q.exec() || !q.next())
        return writeFailed(q);
    if (q.value(0).toLongLong() > 0)
        return Status::failure(
            PeopleRepositoryText::tr("The list already has an entry named “%1”.").arg(name));
    const QString email = person.email.trimmed();
    if (!email.isEmpty()) {
        if (!domain::looksLikeEmail(email))
            return Status::failure(
                PeopleRepositoryText::tr("“%1” is not an e-mail address.").arg(email));
        // Imports match people by address: two entries with one address
        // would make every match ambiguous.
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM person WHERE lower(trim(email)) = lower(?) AND id <> ?"));
        q.addBindValue(email);
        q.addBindValue(person.id);
        if (!q.exec() || !q.next())
            return writeFailed(q);
        if (q.value(0).toLongLong() > 0)
            return Status::failure(
                PeopleRepositoryText::tr("The list already has an entry with the e-mail address "
                                         "“%1”.")
                    .arg(email));
    }
    return {};
}

Result<QVector<domain::Person>> PeopleRepository::all() const
{
    QVector<domain::Person> people;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, %1 FROM person ORDER BY kind DESC,"
                       " CASE WHEN reading <> '' THEN reading ELSE name END, name, id")
            .arg(kColumns),
        [&people](const RowCursor &row) { people.append(readPerson(row)); });
    if (!s)
        return s.asFailure();
    return people;
}

Result<domain::Person> PeopleRepository::get(qint64 id) const
{
    std::optional<domain::Person> found;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, %1 FROM person WHERE id = %2").arg(kColumns).arg(id),
        [&found](const RowCursor &row) { found = readPerson(row); });
    if (!s)
        return s.asFailure();
    if (!found)
        return Result<domain::Person>::failure(
            ErrorCode::NotFound,
            PeopleRepositoryText::tr("The person or department no longer exists."));
    return *found;
}

Result<qint64> PeopleRepository::insert(const domain::Person &person)
{
    if (Status s = validate(person); !s)
        return s.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    if (person.id > 0) {
        q.prepare(QStringLiteral("INSERT INTO person (id, %1, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(kColumns));
        q.addBindValue(person.id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO person (%1, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(kColumns));
    }
    bindPerson(q, person);
    q.addBindValue(nowText());
    if (!q.exec())
        return writeFailed(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog(m_db).record(QStringLiteral("person"), id, QStringLiteral("create"),
                                         QStringLiteral("name"), {}, person.name.trimmed());
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return id;
}

Status PeopleRepository::update(const domain::Person &person)
{
    if (Status s = validate(person); !s)
        return s;
    auto before = get(person.id);
    if (!before)
        return before.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE person SET kind = ?, name = ?, reading = ?, department = ?,"
                             " role = ?, contact = ?, email = ?, phone = ?, joined_on = ?,"
                             " left_on = ?, notes = ?, external = ?,"
                             " updated_at = ? WHERE id = ?"));
    bindPerson(q, person);
    q.addBindValue(nowText());
    q.addBindValue(person.id);
    if (!q.exec())
        return writeFailed(q);
    AuditLog audit(m_db);
    const auto old = auditedValues(before.value());
    const auto now = auditedValues(person);
    for (qsizetype i = 0; i < now.size(); ++i) {
        if (old.at(i).second == now.at(i).second)
            continue;
        if (Status s = audit.record(QStringLiteral("person"), person.id, QStringLiteral("update"),
                                    QString::fromLatin1(now.at(i).first), old.at(i).second,
                                    now.at(i).second);
            !s)
            return s;
    }
    return tx.commit();
}

Result<PersonRemoval> PeopleRepository::remove(qint64 id)
{
    auto person = get(id);
    if (!person)
        return person.asFailure();
    PersonRemoval removal;
    removal.person = person.value();
    auto linked = readLinkedRows(m_db, QStringLiteral("person"), {id});
    if (!linked)
        return linked.asFailure();
    removal.linked = std::move(linked).value();

    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM person WHERE id = ?"));
    q.addBindValue(id);
    Status s = q.exec() ? Status() : writeFailed(q);
    if (s)
        s = AuditLog(m_db).record(QStringLiteral("person"), id, QStringLiteral("delete"),
                                  QStringLiteral("name"), removal.person.name, {});
    if (s)
        s = tx.commit();
    if (!s)
        return s.asFailure();
    return removal;
}

Status PeopleRepository::restore(const PersonRemoval &removal)
{
    if (Status s = validate(removal.person); !s)
        return s;
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO person (id, %1, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kColumns));
    q.addBindValue(removal.person.id);
    bindPerson(q, removal.person);
    q.addBindValue(nowText());
    if (!q.exec())
        return writeFailed(q);
    AuditLog audit(m_db);
    const qint64 id = removal.person.id;
    if (Status s = audit.record(QStringLiteral("person"), id, QStringLiteral("create"),
                                QStringLiteral("name"), {}, removal.person.name.trimmed());
        !s)
        return s;
    if (Status s = restoreLinkedRows(m_db, removal.linked); !s)
        return s;
    return tx.commit();
}

Result<QHash<QString, qint64>> PeopleRepository::actionOwners() const
{
    QHash<QString, qint64> owners;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT action_key, person_id FROM action_owner"),
        [&owners](const RowCursor &row) { owners.insert(row.text(0), row.integer(1)); });
    if (!s)
        return s.asFailure();
    return owners;
}

Status PeopleRepository::setActionOwner(const QString &actionKey, qint64 personId)
{
    if (actionKey.trimmed().isEmpty())
        return Status::failure(PeopleRepositoryText::tr("The action has no key to assign it by."));
    if (personId > 0) {
        if (auto p = get(personId); !p)
            return p.asFailure();
    }
    auto owners = actionOwners();
    if (!owners)
        return owners.asFailure();
    const qint64 before = owners.value().value(actionKey, 0);
    if (before == personId)
        return {};
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    if (personId > 0) {
        q.prepare(QStringLiteral("INSERT INTO action_owner (action_key, person_id, assigned_at)"
                                 " VALUES (?, ?, ?) ON CONFLICT (action_key) DO UPDATE SET"
                                 " person_id = excluded.person_id,"
                                 " assigned_at = excluded.assigned_at"));
        q.addBindValue(actionKey);
        q.addBindValue(personId);
        q.addBindValue(nowText());
    } else {
        q.prepare(QStringLiteral("DELETE FROM action_owner WHERE action_key = ?"));
        q.addBindValue(actionKey);
    }
    Status s = q.exec() ? Status() : writeFailed(q);
    if (s)
        s = AuditLog(m_db).record(QStringLiteral("action_owner"), 0,
                                  personId > 0 ? QStringLiteral("update")
                                               : QStringLiteral("delete"),
                                  actionKey, before > 0 ? QVariant(before) : QVariant(),
                                  personId > 0 ? QVariant(personId) : QVariant());
    if (!s)
        return s;
    return tx.commit();
}

} // namespace store
} // namespace kamae
