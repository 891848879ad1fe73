#include "organisation/PeopleImport.h"

#include "domain/AssetFields.h"
#include "store/PeopleRepository.h"
#include "store/Transaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace kamae {
namespace organisation {

namespace {

using domain::Person;
using domain::PersonKind;

// At most this many headers are listed in a message.
constexpr int kHeadersListed = 30;

QString listOf(const QStringList &names)
{
    QString text = names.mid(0, kHeadersListed).join(QStringLiteral(", "));
    if (names.size() > kHeadersListed)
        text += PeopleImportText::tr(" … (%n more)", nullptr,
                                     static_cast<int>(names.size()) - kHeadersListed);
    return text;
}

// Every alias, folded, and the field it names; rebuilt when the language
// changes (the labels are among the aliases).
const QHash<QString, PersonField> &aliasTable()
{
    static QHash<QString, PersonField> table;
    static QString builtFor;
    const QString language = personFieldLabel(PersonField::Name);
    if (!table.isEmpty() && builtFor == language)
        return table;
    table.clear();
    builtFor = language;
    for (const PersonFieldInfo &info : personFields())
        for (const QString &alias : personFieldAliases(info.field)) {
            const QString key = io::foldedHeader(alias);
            if (!key.isEmpty() && !table.contains(key))
                table.insert(key, info.field);
        }
    return table;
}

std::optional<PersonField> recognise(const QString &header)
{
    const QString key = io::foldedHeader(header);
    if (key.isEmpty())
        return std::nullopt;
    const auto &table = aliasTable();
    const auto it = table.constFind(key);
    return it == table.cend() ? std::nullopt : std::optional<PersonField>(it.value());
}

bool parseKind(const QString &text, PersonKind *kind)
{
    const QString t = io::foldedHeader(text);
    if (t.isEmpty()) {
        *kind = PersonKind::Person;
        return true;
    }
    static const QStringList persons = {QStringLiteral("person"), QStringLiteral("people"),
                                        QStringLiteral("個人"),   QStringLiteral("人"),
                                        QStringLiteral("社員"),   QStringLiteral("従業員")};
    static const QStringList departments = {QStringLiteral("department"), QStringLiteral("dept"),
                                            QStringLiteral("team"),       QStringLiteral("部署"),
                                            QStringLiteral("部門"),       QStringLiteral("チーム")};
    if (persons.contains(t) ||
        t == io::foldedHeader(PeopleImportText::tr("Person", "kind of entry"))) {
        *kind = PersonKind::Person;
        return true;
    }
    if (departments.contains(t) ||
        t == io::foldedHeader(PeopleImportText::tr("Department", "kind of entry"))) {
        *kind = PersonKind::Department;
        return true;
    }
    return false;
}

// Whether the entry is outside the company: yes (1, true, はい, 外部) or no
// (0, false, いいえ, 社員); an empty cell is no for a new entry.
bool parseExternal(const QString &text, bool *external)
{
    const QString t = io::foldedHeader(text);
    if (t.isEmpty()) {
        *external = false;
        return true;
    }
    static const QStringList yes = {
        QStringLiteral("1"),    QStringLiteral("yes"),      QStringLiteral("y"),
        QStringLiteral("true"), QStringLiteral("はい"),     QStringLiteral("外部"),
        QStringLiteral("社外"), QStringLiteral("external"), QStringLiteral("outside")};
    static const QStringList no = {QStringLiteral("0"),      QStringLiteral("no"),
                                   QStringLiteral("n"),      QStringLiteral("false"),
                                   QStringLiteral("いいえ"), QStringLiteral("社員"),
                                   QStringLiteral("社内"),   QStringLiteral("staff")};
    if (yes.contains(t)) {
        *external = true;
        return true;
    }
    if (no.contains(t)) {
        *external = false;
        return true;
    }
    return false;
}

QString emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

// The value of a field as stored, for comparing and for the audit.
QString valueOf(const Person &p, PersonField field)
{
    switch (field) {
    case PersonField::Name:
        return p.name.trimmed();
    case PersonField::Reading:
        return p.reading.trimmed();
    case PersonField::Kind:
        return personKindKey(p.kind);
    case PersonField::Department:
        return p.kind == PersonKind::Department ? QString() : p.department.trimmed();
    case PersonField::Role:
        return p.role.trimmed();
    case PersonField::Email:
        return p.email.trimmed();
    case PersonField::Phone:
        return p.phone.trimmed();
    case PersonField::Contact:
        return p.contact.trimmed();
    case PersonField::Joined:
        return p.joined.toString(Qt::ISODate);
    case PersonField::Left:
        return p.left.toString(Qt::ISODate);
    case PersonField::Notes:
        return p.notes;
    case PersonField::External:
        return p.external ? QStringLiteral("1") : QStringLiteral("0");
    }
    return {};
}

} // namespace

const QVector<PersonFieldInfo> &personFields()
{
    static const QVector<PersonFieldInfo> fields = {
        {PersonField::Kind, "kind"},       {PersonField::Name, "name"},
        {PersonField::Reading, "reading"}, {PersonField::Department, "department"},
        {PersonField::Role, "role"},       {PersonField::Email, "email"},
        {PersonField::Phone, "phone"},     {PersonField::Contact, "contact"},
        {PersonField::Joined, "joined"},   {PersonField::Left, "left"},
        {PersonField::Notes, "notes"},     {PersonField::External, "external"},
    };
    return fields;
}

QString personFieldLabel(PersonField field)
{
    switch (field) {
    case PersonField::Name:
        return PeopleImportText::tr("Name");
    case PersonField::Reading:
        return PeopleImportText::tr("Reading (furigana)");
    case PersonField::Kind:
        return PeopleImportText::tr("Kind (person or department)");
    case PersonField::Department:
        return PeopleImportText::tr("Department");
    case PersonField::Role:
        return PeopleImportText::tr("Role");
    case PersonField::Email:
        return PeopleImportText::tr("E-mail address");
    case PersonField::Phone:
        return PeopleImportText::tr("Phone");
    case PersonField::Contact:
        return PeopleImportText::tr("Other contact");
    case PersonField::Joined:
        return PeopleImportText::tr("Joined on");
    case PersonField::Left:
        return PeopleImportText::tr("Left on");
    case PersonField::Notes:
        return PeopleImportText::tr("Notes");
    case PersonField::External:
        return PeopleImportText::tr("Outside the company");
    }
    return {};
}

QStringList personFieldAliases(PersonField field)
{
    QStringList aliases;
    for (const PersonFieldInfo &info : personFields())
        if (info.field == field)
            aliases << QString::fromLatin1(info.key);
    aliases << personFieldLabel(field);
    switch (field) {
    case PersonField::Name:
        aliases << QStringLiteral("氏名") << QStringLiteral("名前") << QStringLiteral("お名前")
                << QStringLiteral("氏名（漢字）") << QStringLiteral("社員名")
                << QStringLiteral("従業員名") << QStringLiteral("担当者名")
                << QStringLiteral("名称") << QStringLiteral("Full name")
                << QStringLiteral("Employee name");
        break;
    case PersonField::Reading:
        aliases << QStringLiteral("フリガナ") << QStringLiteral("ふりがな")
                << QStringLiteral("よみがな") << QStringLiteral("ヨミガナ")
                << QStringLiteral("読み") << QStringLiteral("カナ")
                << QStringLiteral("氏名（フリガナ）") << QStringLiteral("氏名（カナ）")
                << QStringLiteral("Furigana") << QStringLiteral("Kana");
        break;
    case PersonField::Kind:
        aliases << QStringLiteral("種別") << QStringLiteral("区分") << QStringLiteral("Type");
        break;
    case PersonField::Department:
        aliases << QStringLiteral("部署") << QStringLiteral("部署名") << QStringLiteral("所属")
                << QStringLiteral("所属部署") << QStringLiteral("部門") << QStringLiteral("課")
                << QStringLiteral("Dept") << QStringLiteral("Team");
        break;
    case PersonField::Role:
        aliases << QStringLiteral("役職") << QStringLiteral("役割") << QStringLiteral("職位")
                << QStringLiteral("職種") << QStringLiteral("Title") << QStringLiteral("Job title")
                << QStringLiteral("Position");
        break;
    case PersonField::Email:
        aliases << QStringLiteral("メール") << QStringLiteral("メールアドレス")
                << QStringLiteral("E-mail") << QStringLiteral("Eメール") << QStringLiteral("Email")
                << QStringLiteral("Mail") << QStringLiteral("Email address")
                << QStringLiteral("Mail address");
        break;
    case PersonField::Phone:
        aliases << QStringLiteral("電話") << QStringLiteral("電話番号") << QStringLiteral("内線")
                << QStringLiteral("内線番号") << QStringLiteral("TEL")
                << QStringLiteral("Telephone") << QStringLiteral("Phone number");
        break;
    case PersonField::Contact:
        aliases << QStringLiteral("その他連絡先") << QStringLiteral("連絡先")
                << QStringLiteral("携帯") << QStringLiteral("携帯電話")
                << QStringLiteral("携帯番号") << QStringLiteral("Mobile")
                << QStringLiteral("Contact");
        break;
    case PersonField::Joined:
        aliases << QStringLiteral("入社日") << QStringLiteral("入社年月日")
                << QStringLiteral("着任日") << QStringLiteral("Joined")
                << QStringLiteral("Start date") << QStringLiteral("Hire date");
        break;
    case PersonField::Left:
        aliases << QStringLiteral("退職日") << QStringLiteral("退社日")
                << QStringLiteral("退職年月日") << QStringLiteral("Left")
                << QStringLiteral("Leaving date") << QStringLiteral("End date");
        break;
    case PersonField::Notes:
        aliases << QStringLiteral("備考") << QStringLiteral("メモ") << QStringLiteral("Note")
                << QStringLiteral("Remarks");
        break;
    case PersonField::External:
        aliases << QStringLiteral("外部") << QStringLiteral("社外") << QStringLiteral("外部の人")
                << QStringLiteral("社外の人") << QStringLiteral("社外関係者")
                << QStringLiteral("社員・外部") << QStringLiteral("External")
                << QStringLiteral("Outside") << QStringLiteral("Outsider")
                << QStringLiteral("Staff or outside");
        break;
    }
    return aliases;
}

QString personKindKey(domain::PersonKind kind)
{
    return kind == PersonKind::Department ? QStringLiteral("department") : QStringLiteral("person");
}

bool PeopleColumnMapping::maps(PersonField field) const
{
    return std::any_of(fieldOfColumn.cbegin(), fieldOfColumn.cend(),
                       [field](const auto &f) { return f && *f == field; });
}

void PeopleColumnMapping::setField(int column, std::optional<PersonField> field)
{
    if (column < 0)
        return;
    if (column >= fieldOfColumn.size())
        fieldOfColumn.resize(column + 1);
    if (field)
        for (auto &f : fieldOfColumn)
            if (f == field)
                f.reset();
    fieldOfColumn[column] = field;
}

PeopleColumnMapping guessPeopleMapping(const QStringList &header)
{
    PeopleColumnMapping mapping;
    mapping.fieldOfColumn.resize(header.size());
    for (int column = 0; column < header.size(); ++column) {
        const auto field = recognise(header.at(column));
        if (field && !mapping.maps(*field))
            mapping.fieldOfColumn[column] = field;
    }
    return mapping;
}

QStringList peopleMappingKeys()
{
    QStringList keys;
    for (const PersonFieldInfo &info : personFields())
        keys << QString::fromLatin1(info.key);
    return keys;
}

Status choosePeopleColumn(PeopleColumnMapping &mapping, const QStringList &header,
                          const QString &key, const QString &headerName)
{
    std::optional<PersonField> field;
    for (const PersonFieldInfo &info : personFields())
        if (key == QLatin1String(info.key))
            field = info.field;
    if (!field)
        return Status::failure(PeopleImportText::tr("Unknown field \"%1\": use one of %2.")
                                   .arg(key, peopleMappingKeys().join(QStringLiteral(", "))));
    const QString wanted = io::foldedHeader(headerName);
    for (int c = 0; c < header.size(); ++c) {
        if (!wanted.isEmpty() && io::foldedHeader(header.at(c)) == wanted) {
            mapping.fieldOfColumn.resize(
                std::max<qsizetype>(mapping.fieldOfColumn.size(), header.size()));
            mapping.setField(c, field);
            return {};
        }
    }
    QStringList names;
    for (const QString &h : header)
        if (!h.trimmed().isEmpty())
            names << h.trimmed();
    return Status::failure(PeopleImportText::tr("The file has no column \"%1\". Its columns "
                                                "are: %2.")
                               .arg(headerName, listOf(names)));
}

Status checkPeopleMapping(const io::Table &table, const PeopleColumnMapping &mapping)
{
    if (mapping.maps(PersonField::Name))
        return {};
    QStringList found;
    for (const QString &h : table.header)
        if (!h.trimmed().isEmpty())
            found << h.trimmed();
    return Status::failure(
        PeopleImportText::tr("No column is chosen for the name. Row %1 looks like the header; "
                             "its columns are: %2. Kamae recognises the name under these "
                             "headers: %3. Choose the column that holds it (on the command "
                             "line: --map name=HEADER).")
            .arg(table.headerLine)
            .arg(listOf(found), personFieldAliases(PersonField::Name).join(QStringLiteral(", "))));
}

QStringList unmappedPeopleColumns(const io::Table &table, const PeopleColumnMapping &mapping)
{
    QStringList names;
    for (int c = 0; c < table.columnCount(); ++c) {
        if (mapping.mapsColumn(c))
            continue;
        const QString name = table.header.at(c).trimmed();
        const bool hasValue =
            std::any_of(table.rows.cbegin(), table.rows.cend(), [c](const QStringList &row) {
                return c < row.size() && !row.at(c).trimmed().isEmpty();
            });
        if (name.isEmpty() && !hasValue)
            continue;
        names << (name.isEmpty() ? PeopleImportText::tr("column %1").arg(io::columnLetters(c))
                                 : name);
    }
    return names;
}

io::HeaderChooser peopleHeaderChooser(const QStringList &extraHeaders)
{
    QSet<QString> extra;
    for (const QString &h : extraHeaders)
        if (!io::foldedHeader(h).isEmpty())
            extra.insert(io::foldedHeader(h));
    return io::keyColumnHeaderChooser(
        [extra](const QString &cell) {
            return recognise(cell) == PersonField::Name || extra.contains(io::foldedHeader(cell));
        },
        [](const QString &cell) { return recognise(cell).has_value(); });
}

Result<io::Table> readPeopleFile(const QString &path, io::TextEncoding encoding,
                                 const QString &sheet, const QStringList &extraHeaders)
{
    return io::readTableFileWith(path, encoding, sheet, peopleHeaderChooser(extraHeaders));
}

int PeopleImportPlan::count(PersonImportAction action) const
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(),
                                          [action](const auto &r) { return r.action == action; }));
}

PeopleImportPlan planPeopleImport(const io::Table &table, const PeopleColumnMapping &mapping,
                                  const QVector<domain::Person> &existing)
{
    PeopleImportPlan plan;
    plan.unmappedColumns = unmappedPeopleColumns(table, mapping);
    QHash<QString, int> lineOfEmail; // the file's addresses, folded
    QHash<QString, int> lineOfName;
    QHash<qint64, int> lineOfEntry; // entries of the list a row already matched
    for (int r = 0; r < table.rowCount(); ++r) {
        const QStringList &row = table.rows.at(r);
        const int line = r < table.sourceLines.size() ? table.sourceLines.at(r) : r + 2;
        if (std::all_of(row.cbegin(), row.cend(),
                        [](const QString &cell) { return cell.trimmed().isEmpty(); })) {
            ++plan.skippedEmpty;
            continue;
        }
        // The row's values, by field; a field without a column or with an
        // empty cell is not in `given`.
        QHash<int, QString> given;
        for (int c = 0; c < row.size() && c < mapping.fieldOfColumn.size(); ++c) {
            const auto field = mapping.fieldOfColumn.at(c);
            if (!field)
                continue;
            // A note keeps its lines; other values are one line.
            const QString value =
                *field == PersonField::Notes ? row.at(c).trimmed() : row.at(c).simplified();
            if (!value.isEmpty())
                given.insert(static_cast<int>(*field), value);
        }
        auto value = [&given](PersonField f) {
            return given.value(static_cast<int>(f));
        };
        auto has = [&given](PersonField f) {
            return given.contains(static_cast<int>(f));
        };

        QStringList problems;
        const QString name = value(PersonField::Name);
        if (name.isEmpty())
            problems << PeopleImportText::tr("The name is empty.");
        const QString email = value(PersonField::Email);
        if (!email.isEmpty() && !domain::looksLikeEmail(email))
            problems << PeopleImportText::tr("“%1” is not an e-mail address.").arg(email);
        PersonKind kind = PersonKind::Person;
        if (!parseKind(value(PersonField::Kind), &kind))
            problems << PeopleImportText::tr("The kind must be person or department (個人 or "
                                             "部署), not “%1”.")
                            .arg(value(PersonField::Kind));
        bool external = false;
        if (!parseExternal(value(PersonField::External), &external))
            problems << PeopleImportText::tr("“Outside the company” must be yes or no (1 or 0, "
                                             "はい or いいえ, 外部 or 社員), not “%1”.")
                            .arg(value(PersonField::External));
        QDate joined, left;
        for (const auto &[field, date] :
             {std::pair{PersonField::Joined, &joined}, std::pair{PersonField::Left, &left}})
            if (!domain::parseDate(value(field), date))
                problems << PeopleImportText::tr("%1 must be a date such as 2026/4/1 or "
                                                 "2026-04-01, not “%2”.")
                                .arg(personFieldLabel(field), value(field));
        if (!name.isEmpty()) {
            if (const int other = lineOfName.value(name); other > 0)
                problems << PeopleImportText::tr("“%1” is also on line %2.").arg(name).arg(other);
            else
                lineOfName.insert(name, line);
        }
        if (!email.isEmpty() && domain::looksLikeEmail(email)) {
            if (const int other = lineOfEmail.value(emailKey(email)); other > 0)
                problems << PeopleImportText::tr("The e-mail address “%1” is also on line %2.")
                                .arg(email)
                                .arg(other);
            else
                lineOfEmail.insert(emailKey(email), line);
        }

        // The entry of the list the row is about: by address, else by name.
        const Person *byEmail = domain::findPersonByEmail(existing, email);
        const Person *byName = domain::findPersonByName(existing, name);
        const bool twoEntries = byEmail && byName && byEmail->id != byName->id;
        if (twoEntries)
            problems << PeopleImportText::tr("The e-mail address “%1” is that of “%2”, and the "
                                             "list has another entry named “%3”.")
                            .arg(email, byEmail->name, name);
        const Person *entry = byEmail ? byEmail : byName;
        // A row about two entries claims neither.
        if (entry && !twoEntries) {
            if (const int other = lineOfEntry.value(entry->id); other > 0)
                problems << PeopleImportText::tr("Line %1 is about the same entry “%2”.")
                                .arg(other)
                                .arg(entry->name);
            else
                lineOfEntry.insert(entry->id, line);
        }

        PersonImportRow planned;
        planned.line = line;
        planned.person = entry ? *entry : Person();
        Person &p = planned.person;
        if (has(PersonField::Kind) || !entry)
            p.kind = kind;
        if (!name.isEmpty())
            p.name = name;
        const std::pair<PersonField, QString Person::*> texts[] = {
            {PersonField::Reading, &Person::reading},
            {PersonField::Department, &Person::department},
            {PersonField::Role, &Person::role},
            {PersonField::Email, &Person::email},
            {PersonField::Phone, &Person::phone},
            {PersonField::Contact, &Person::contact},
            {PersonField::Notes, &Person::notes}};
        for (const auto &[field, member] : texts)
            if (has(field))
                p.*member = value(field);
        if (has(PersonField::Joined))
            p.joined = joined;
        if (has(PersonField::Left))
            p.left = left;
        if (has(PersonField::External))
            p.external = external;
        if (p.joined.isValid() && p.left.isValid() && p.left < p.joined)
            problems << PeopleImportText::tr("Leaves on %1, before joining on %2.")
                            .arg(p.left.toString(Qt::ISODate), p.joined.toString(Qt::ISODate));
        if (!problems.isEmpty()) {
            plan.errors.append({line, problems.join(QLatin1Char(' '))});
            continue;
        }
        if (entry) {
            planned.before = *entry;
            planned.matchedByEmail = byEmail != nullptr;
            for (const PersonFieldInfo &info : personFields())
                if (valueOf(planned.before, info.field) != valueOf(p, info.field))
                    planned.changed << QString::fromLatin1(info.key);
            planned.action = planned.changed.isEmpty() ? PersonImportAction::Unchanged
                                                       : PersonImportAction::Update;
        }
        plan.rows.append(planned);
    }
    return plan;
}

Result<PeopleImportOutcome> importPeople(store::Database &db, const PeopleImportPlan &plan)
{
    store::PeopleRepository repository(db);
    store::Transaction tx(db);
    if (!tx)
        return tx.failure();
    PeopleImportOutcome outcome;
    // Updates first: a renamed entry frees its old name for a new one.
    for (const PersonImportRow &row : plan.rows) {
        if (row.action != PersonImportAction::Update)
            continue;
        if (Status s = repository.update(row.person); !s)
            return Status::failure(PeopleImportText::tr("Line %1: %2").arg(row.line).arg(s.error()))
                .asFailure();
        outcome.updatedBefore.append(row.before);
        outcome.updatedAfter.append(row.person);
    }
    for (const PersonImportRow &row : plan.rows) {
        if (row.action != PersonImportAction::Add)
            continue;
        auto id = repository.insert(row.person);
        if (!id)
            return Status::failure(
                       PeopleImportText::tr("Line %1: %2").arg(row.line).arg(id.error()))
                .asFailure();
        Person added = row.person;
        added.id = id.value();
        outcome.added.append(added);
    }
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return outcome;
}

Status undoPeopleImport(store::Database &db, const PeopleImportOutcome &outcome)
{
    store::PeopleRepository repository(db);
    store::Transaction tx(db);
    if (!tx)
        return tx.failure();
    for (const Person &p : outcome.added)
        if (auto removed = repository.remove(p.id); !removed)
            return removed.asFailure();
    for (const Person &p : outcome.updatedBefore)
        if (Status s = repository.update(p); !s)
            return s;
    return tx.commit();
}

Status redoPeopleImport(store::Database &db, const PeopleImportOutcome &outcome)
{
    store::PeopleRepository repository(db);
    store::Transaction tx(db);
    if (!tx)
        return tx.failure();
    for (const Person &p : outcome.updatedAfter)
        if (Status s = repository.update(p); !s)
            return s;
    for (const Person &p : outcome.added)
        if (auto id = repository.insert(p); !id)
            return id.asFailure();
    return tx.commit();
}

} // namespace organisation
} // namespace kamae
