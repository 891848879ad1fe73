#pragma once

#include "core/Result.h"
#include "domain/Person.h"
#include "io/Table.h"
#include "io/TableImport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// The people and departments list from a CSV or XLSX file (a list HR or a
// payroll tool exports, or one typed in Excel), with the rules of the asset
// import: the columns are guessed from Japanese or English headers and can
// be changed, every row that cannot be imported is named with its line and
// reason, every column left out is named, and what is stored is stored in
// one transaction. The import dialog and `kamae people import` share it
// (docs/user-guide.md; the rules in full: docs/command-line.md, `people
// import`).
//
// An entry already in the list (the same e-mail address, else the same
// name) is updated, not added again: the file's non-empty cells replace
// its values, empty cells leave them as they are. A file exported again
// after people moved or left therefore brings the list up to date without
// creating duplicates or erasing what was typed in Kamae.
namespace kamae {
namespace organisation {

struct PeopleImportText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::organisation::PeopleImport)
};

enum class PersonField
{
    Name,
    Reading,
    Kind,
    Department,
    Role,
    Email,
    Phone,
    Contact,
    Joined,
    Left,
    Notes,
    External, // outside the company: 1/0, yes/no, true/false, はい/いいえ, 外部/社員
};

struct PersonFieldInfo
{
    PersonField field;
    const char *key; // stable: --map KEY=HEADER, the JSON of `kamae people list`
};
// In the order of the people dialog.
const QVector<PersonFieldInfo> &personFields();
// The field's name in the current language.
QString personFieldLabel(PersonField field);
// The headers it is recognised by: its key, its English and Japanese
// names and the wording of common exports (氏名, フリガナ, 所属, 入社日 …).
QStringList personFieldAliases(PersonField field);

// For each column of the file, the field it fills, or none (not imported).
struct PeopleColumnMapping
{
    QVector<std::optional<PersonField>> fieldOfColumn;

    bool maps(PersonField field) const;
    bool mapsColumn(int column) const { return fieldOfColumn.value(column).has_value(); }
    // Gives the column the field (taking it from any other column).
    void setField(int column, std::optional<PersonField> field);
};

// Each field is taken by the first column whose header names it.
PeopleColumnMapping guessPeopleMapping(const QStringList &header);
// The keys --map accepts.
QStringList peopleMappingKeys();
// Maps the column headed `headerName` to `key`; fails naming the keys or
// the file's headers.
Status choosePeopleColumn(PeopleColumnMapping &mapping, const QStringList &header,
                          const QString &key, const QString &headerName);
// Fails when no column is chosen for the name, listing the file's headers
// and the names Kamae recognises.
Status checkPeopleMapping(const io::Table &table, const PeopleColumnMapping &mapping);
// The columns nothing is imported from, as the user knows them.
QStringList unmappedPeopleColumns(const io::Table &table, const PeopleColumnMapping &mapping);

// The header among the first rows: the first naming the name column (or a
// header chosen with --map), else the one naming the most fields.
io::HeaderChooser peopleHeaderChooser(const QStringList &extraHeaders = {});
Result<io::Table> readPeopleFile(const QString &path,
                                 io::TextEncoding encoding = io::TextEncoding::Auto,
                                 const QString &sheet = {}, const QStringList &extraHeaders = {});

enum class PersonImportAction
{
    Add,       // a new entry
    Update,    // an entry of the list, some of its values replaced
    Unchanged, // an entry of the list the row says nothing new about
};

struct PersonImportRow
{
    int line = 0; // in the file
    PersonImportAction action = PersonImportAction::Add;
    domain::Person person; // as it will be stored (with the entry's id when it is one)
    domain::Person before; // Update, Unchanged: the entry as it is
    bool matchedByEmail = false;
    QStringList changed; // Update: the keys of the fields that change
};

struct PeopleImportPlan
{
    QVector<PersonImportRow> rows;      // the rows that can be imported
    QVector<io::ImportRowError> errors; // the rows that cannot, with every reason
    int skippedEmpty = 0;
    QStringList unmappedColumns;

    int count(PersonImportAction action) const;
};

// Turns rows into entries and matches them to `existing`. A row is an error
// when its name is empty, an e-mail address is not one, a date does not
// parse (2026/4/1, 2026-04-01, 2026年4月1日, XLSX date cells), the kind is
// neither person nor department, "outside the company" is neither yes nor
// no (1/0, yes/no, true/false, はい/いいえ, 外部/社員), the person leaves
// before joining, its
// name or e-mail address is on another row of the file, or its e-mail
// address belongs to one entry and its name to another.
PeopleImportPlan planPeopleImport(const io::Table &table, const PeopleColumnMapping &mapping,
                                  const QVector<domain::Person> &existing);

// What an import wrote, so that undo can take it back and redo write it again.
struct PeopleImportOutcome
{
    QVector<domain::Person> added; // with their new ids
    QVector<domain::Person> updatedBefore;
    QVector<domain::Person> updatedAfter;
};
// Stores the plan's Add and Update rows in one transaction, each change in
// the audit log. Nothing is stored when one of them fails.
Result<PeopleImportOutcome> importPeople(store::Database &db, const PeopleImportPlan &plan);
// Takes an import back (the added entries removed, the updated ones as they
// were), and writes it again with the same ids; one transaction each.
Status undoPeopleImport(store::Database &db, const PeopleImportOutcome &outcome);
Status redoPeopleImport(store::Database &db, const PeopleImportOutcome &outcome);

// "person" or "department".
QString personKindKey(domain::PersonKind kind);

} // namespace organisation
} // namespace kamae
