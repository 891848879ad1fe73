#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace kamae {
namespace domain {

// One entry of the organisation's list of people and departments. The same
// list names owners of records and actions now, and trainees, BCP roles and
// incident responders when those modules arrive.
enum class PersonKind
{
    Person = 0,
    Department = 1, // a department (or team) named as an owner in its own right
};
constexpr int kPersonKindCount = 2;

struct Person
{
    qint64 id = 0; // 0 until stored
    PersonKind kind = PersonKind::Person;
    QString name;       // unique in the list: owners are chosen by it
    QString reading;    // furigana, for sorting Japanese names
    QString department; // a person's department; empty for a department
    QString role;
    QString contact; // another way to reach them, as written (a chat handle, a mobile)
    QString email;   // unique in the list when set: imports (drills) match people by it
    QString phone;
    QDate joined;
    QDate left; // set when the person has left; kept for the history
    QString notes;
    // Outside the company (a vendor's engineer, a tax accountant, a
    // contractor): listed as an owner or a contact, never a trainee.
    bool external = false;

    bool operator==(const Person &o) const
    {
        return id == o.id && kind == o.kind && name == o.name && reading == o.reading &&
               department == o.department && role == o.role && contact == o.contact &&
               email == o.email && phone == o.phone && joined == o.joined && left == o.left &&
               notes == o.notes && external == o.external;
    }
    bool operator!=(const Person &o) const { return !(*this == o); }
};

// The entry with this id, or nullptr (id 0 or not in the list).
inline const Person *findPerson(const QVector<Person> &people, qint64 id)
{
    if (id == 0)
        return nullptr;
    for (const Person &p : people) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

// The entry named exactly so (after trimming), or nullptr.
inline const Person *findPersonByName(const QVector<Person> &people, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const Person &p : people) {
        if (p.name == wanted)
            return &p;
    }
    return nullptr;
}

// Whether a text can be an e-mail address: something@something, no spaces.
// Deliberately loose: it catches a name or a phone number typed in the
// wrong field, not every address RFC 5322 refuses.
inline bool looksLikeEmail(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype at = t.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != t.lastIndexOf(QLatin1Char('@')) || at == t.size() - 1)
        return false;
    for (const QChar c : t)
        if (c.isSpace())
            return false;
    return true;
}

// The entry whose e-mail address is this one (compared trimmed and
// case-insensitively), or nullptr; also nullptr when two entries share it.
inline const Person *findPersonByEmail(const QVector<Person> &people, const QString &email)
{
    const QString wanted = email.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    const Person *found = nullptr;
    for (const Person &p : people) {
        if (p.email.trimmed().compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            return nullptr;
        found = &p;
    }
    return found;
}

} // namespace domain
} // namespace kamae
