#include "organisation/PeopleCommands.h"

#include "organisation/PeopleImport.h"
#include "store/PeopleRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kamae {
namespace organisation {

namespace {

struct PeopleCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::organisation::PeopleCommands)
};

// At most this many row problems (and updates) are printed; a count says the rest.
constexpr int kMaxLinesShown = 20;

const char *const kImportUsage =
    QT_TRANSLATE_NOOP("kamae::organisation::PeopleCommands",
                      "Usage: kamae people import VAULT FILE [--map KEY=HEADER]… "
                      "[--encoding sjis|utf8] [--sheet NAME]");
const char *const kListUsage = QT_TRANSLATE_NOOP("kamae::organisation::PeopleCommands",
                                                 "Usage: kamae people list VAULT [--json]");

QString usage(const char *text)
{
    return QCoreApplication::translate("kamae::organisation::PeopleCommands", text);
}

void printErrors(modules::CommandCall &call, const QString &shown,
                 const QVector<io::ImportRowError> &errors)
{
    for (int i = 0; i < errors.size() && i < kMaxLinesShown; ++i)
        call.err() << "kamae: "
                   << PeopleCommandText::tr("%1, line %2: %3")
                          .arg(shown)
                          .arg(errors.at(i).line)
                          .arg(errors.at(i).message)
                   << Qt::endl;
    if (errors.size() > kMaxLinesShown)
        call.err() << "kamae: "
                   << PeopleCommandText::tr("… and %n more.", nullptr,
                                            static_cast<int>(errors.size()) - kMaxLinesShown)
                   << Qt::endl;
}

int importPeopleCommand(modules::CommandCall &call)
{
    const QStringList args = call.positional();
    if (args.size() != 2)
        return call.fail(usage(kImportUsage), modules::CommandError::Usage);
    io::TextEncoding encoding = io::TextEncoding::Auto;
    if (!io::parseEncodingName(call.value(QStringLiteral("encoding")), &encoding))
        return call.fail(PeopleCommandText::tr("Unknown encoding: use utf8 or sjis."),
                         modules::CommandError::Usage);
    // --map KEY=HEADER, repeated as for assets; "a=X;b=Y" in one option
    // is accepted too.
    QVector<std::pair<QString, QString>> choices;
    QStringList chosenHeaders;
    if (call.has(QStringLiteral("map"))) {
        for (const QString &choice : call.values(QStringLiteral("map"))
                                         .join(QLatin1Char(';'))
                                         .split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = choice.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == choice.size() - 1)
                return call.fail(PeopleCommandText::tr("--map needs KEY=HEADER (for example "
                                                       "--map name=社員氏名), not \"%1\".")
                                     .arg(choice),
                                 modules::CommandError::Usage);
            choices.append({choice.left(eq).trimmed(), choice.mid(eq + 1)});
            chosenHeaders << choice.mid(eq + 1);
        }
    }

    // The file is read and checked before the vault is opened.
    const QString file = args.at(1);
    const QString shown = QDir::toNativeSeparators(file);
    const auto table =
        readPeopleFile(file, encoding, call.value(QStringLiteral("sheet")), chosenHeaders);
    if (!table)
        return call.fail(table.error().contains(shown)
                             ? table.error()
                             : QStringLiteral("%1: %2").arg(shown, table.error()),
                         modules::CommandError::BadInput);
    PeopleColumnMapping columns = guessPeopleMapping(table->header);
    for (const auto &[key, header] : choices)
        if (Status s = choosePeopleColumn(columns, table->header, key, header); !s)
            return call.fail(QStringLiteral("--map %1=%2: %3").arg(key, header, s.error()),
                             modules::CommandError::Usage);
    if (Status s = checkPeopleMapping(table.value(), columns); !s)
        return call.fail(QStringLiteral("%1: %2").arg(shown, s.error()),
                         modules::CommandError::BadInput);
    const QString unmapped =
        unmappedPeopleColumns(table.value(), columns).isEmpty()
            ? QString()
            : PeopleCommandText::tr("Columns not imported: %1. Choose one with --map KEY=HEADER.")
                  .arg(unmappedPeopleColumns(table.value(), columns).join(QStringLiteral(", ")));
    auto refuse = [&](const PeopleImportPlan &plan) {
        printErrors(call, shown, plan.errors);
        if (!unmapped.isEmpty())
            call.err() << "kamae: " << unmapped << Qt::endl;
        return call.fail(PeopleCommandText::tr("%n row(s) cannot be imported; nothing was "
                                               "imported.",
                                               nullptr, static_cast<int>(plan.errors.size())),
                         modules::CommandError::BadInput);
    };
    // What the file alone says is wrong, before any passphrase is asked for.
    if (const PeopleImportPlan alone = planPeopleImport(table.value(), columns, {});
        !alone.errors.isEmpty())
        return refuse(alone);

    store::Database *db = call.openVault(true);
    if (!db)
        return call.exitCode();
    const auto existing = store::PeopleRepository(*db).all();
    if (!existing)
        return call.fail(existing.error());
    const PeopleImportPlan plan = planPeopleImport(table.value(), columns, existing.value());
    if (!plan.errors.isEmpty())
        return refuse(plan);
    const auto outcome = importPeople(*db, plan);
    if (!outcome)
        return call.fail(outcome.error());
    if (!call.save())
        return call.exitCode();

    QTextStream &out = call.out();
    out << PeopleCommandText::tr("Imported %1: %2 added, %3 updated, %4 already up to date.")
               .arg(shown)
               .arg(plan.count(PersonImportAction::Add))
               .arg(plan.count(PersonImportAction::Update))
               .arg(plan.count(PersonImportAction::Unchanged))
        << Qt::endl;
    int listed = 0;
    for (const PersonImportRow &row : plan.rows) {
        if (row.action != PersonImportAction::Update || listed++ >= kMaxLinesShown)
            continue;
        QStringList fields;
        for (const PersonFieldInfo &info : personFields())
            if (row.changed.contains(QLatin1String(info.key)))
                fields << personFieldLabel(info.field);
        out << PeopleCommandText::tr("Line %1: updated “%2” (%3).")
                   .arg(row.line)
                   .arg(row.before.name, fields.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    if (plan.skippedEmpty > 0)
        out << PeopleCommandText::tr("Skipped %n empty row(s).", nullptr, plan.skippedEmpty)
            << Qt::endl;
    if (!unmapped.isEmpty())
        out << unmapped << Qt::endl;
    return 0;
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

int listPeopleCommand(modules::CommandCall &call)
{
    if (call.positional().size() != 1)
        return call.fail(usage(kListUsage), modules::CommandError::Usage);
    store::Database *db = call.openVault(false);
    if (!db)
        return call.exitCode();
    const auto people = store::PeopleRepository(*db).all();
    if (!people)
        return call.fail(people.error());
    QTextStream &out = call.out();
    if (call.has(QStringLiteral("json"))) {
        // Keys are stable and English (docs/command-line.md).
        QJsonArray array;
        for (const domain::Person &p : people.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), p.id);
            o.insert(QStringLiteral("kind"), personKindKey(p.kind));
            o.insert(QStringLiteral("name"), p.name);
            o.insert(QStringLiteral("reading"), p.reading);
            o.insert(QStringLiteral("department"), p.department);
            o.insert(QStringLiteral("role"), p.role);
            o.insert(QStringLiteral("email"), p.email);
            o.insert(QStringLiteral("phone"), p.phone);
            o.insert(QStringLiteral("contact"), p.contact);
            o.insert(QStringLiteral("joined"), dateValue(p.joined));
            o.insert(QStringLiteral("left"), dateValue(p.left));
            o.insert(QStringLiteral("notes"), p.notes);
            o.insert(QStringLiteral("external"), p.external);
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const domain::Person &p : people.value()) {
        out << p.id << '\t' << p.name << '\t'
            << (p.kind == domain::PersonKind::Department ? PeopleCommandText::tr("department")
                                                         : p.department)
            << '\t' << p.role << '\t' << p.email << '\t'
            << (p.left.isValid()
                    ? PeopleCommandText::tr("left %1").arg(p.left.toString(Qt::ISODate))
                    : QString())
            << Qt::endl;
    }
    out << PeopleCommandText::tr("%n entry(s)", nullptr, static_cast<int>(people->size()))
        << Qt::endl;
    return 0;
}

} // namespace

QVector<modules::Command> peopleCommands()
{
    modules::Command import;
    import.command = "people";
    import.sub = "import";
    import.valued = {QStringLiteral("map"), QStringLiteral("encoding"), QStringLiteral("sheet")};
    import.context = "kamae::organisation::PeopleCommands";
    import.usage = kImportUsage;
    import.help = QT_TRANSLATE_NOOP(
        "kamae::organisation::PeopleCommands",
        "  people import VAULT FILE [--map KEY=HEADER]… [--encoding sjis|utf8]\n"
        "         [--sheet NAME]\n"
        "                             add or update people and departments from CSV or\n"
        "                             XLSX; an entry with the same e-mail address (else\n"
        "                             name) is updated (all rows or none)\n");
    import.run = importPeopleCommand;

    modules::Command list;
    list.command = "people";
    list.sub = "list";
    list.flags = {QStringLiteral("json")};
    list.context = "kamae::organisation::PeopleCommands";
    list.usage = kListUsage;
    list.help =
        QT_TRANSLATE_NOOP("kamae::organisation::PeopleCommands",
                          "  people list VAULT [--json] print the people and departments\n");
    list.run = listPeopleCommand;
    return {import, list};
}

} // namespace organisation
} // namespace kamae
