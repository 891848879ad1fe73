#include "cli/CliSupport.h"
#include "modules/Registry.h"
#include "report/ModuleReport.h"

#include <QTextStream>

#include <algorithm>

namespace kamae {
namespace cli {

namespace {

// Options every command that opens a vault takes.
const QStringList kUnlock = {QStringLiteral("passphrase-file"),
                             QStringLiteral("recovery-code-file")};
// Options any command takes.
const QStringList kGlobalValued = {QStringLiteral("lang")};
const QStringList kGlobalFlags = {QStringLiteral("help"), QStringLiteral("version")};

QStringList withUnlock(QStringList valued)
{
    return kUnlock + valued;
}

int editDistance(const QString &a, const QString &b)
{
    QVector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The closest of the names, if it is close enough to be a typing slip.
QString closest(const QString &word, const QStringList &names)
{
    QString best;
    int bestDistance = 3;
    for (const QString &name : names) {
        const int d = editDistance(word, name);
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return best;
}

QString translatedUsage(const CommandSpec &spec)
{
    return QCoreApplication::translate(spec.context, spec.usage);
}

const CommandSpec *findSpec(const QString &command, const QString &sub)
{
    for (const CommandSpec &spec : commandSpecs())
        if (command == QLatin1String(spec.command) && sub == QLatin1String(spec.sub))
            return &spec;
    return nullptr;
}

QStringList subcommandsOf(const QString &command)
{
    QStringList subs;
    for (const CommandSpec &spec : commandSpecs())
        if (command == QLatin1String(spec.command) && *spec.sub)
            subs << QLatin1String(spec.sub);
    return subs;
}

} // namespace

const QVector<CommandSpec> &commandSpecs()
{
    static const QVector<CommandSpec> specs = {
        {"init",
         "",
         {QStringLiteral("org"), QStringLiteral("passphrase-file")},
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae init VAULT --org NAME")},
        {"demo",
         "",
         {QStringLiteral("passphrase-file")},
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae demo VAULT")},
        {"verify",
         "",
         kUnlock,
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae verify VAULT")},
        {"passwd",
         "",
         withUnlock({QStringLiteral("new-passphrase-file")}),
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae passwd VAULT")},
        {"assets",
         "import",
         withUnlock({QStringLiteral("mapping"), QStringLiteral("encoding"), QStringLiteral("sheet"),
                     QStringLiteral("map")}),
         {QStringLiteral("allow-duplicates")},
         QT_TRANSLATE_NOOP("kamae::cli::Cli",
                           "Usage: kamae assets import VAULT FILE [--map KEY=HEADER]… "
                           "[--allow-duplicates] [--encoding sjis|utf8] [--sheet NAME]")},
        {"assets",
         "export",
         withUnlock({QStringLiteral("out"), QStringLiteral("encoding")}),
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli",
                           "Usage: kamae assets export VAULT --out FILE.csv|FILE.xlsx "
                           "[--encoding sjis]")},
        {"assets",
         "list",
         kUnlock,
         {QStringLiteral("json")},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae assets list VAULT [--json]")},
        {"feeds",
         "import",
         kUnlock,
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae feeds import VAULT FILE")},
        {"patches",
         "list",
         kUnlock,
         {QStringLiteral("overdue"), QStringLiteral("all"), QStringLiteral("json")},
         QT_TRANSLATE_NOOP("kamae::cli::Cli",
                           "Usage: kamae patches list VAULT [--overdue] [--all] [--json]")},
        {"patches",
         "proposals",
         kUnlock,
         {QStringLiteral("json")},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae patches proposals VAULT [--json]")},
        {"patches",
         "confirm",
         kUnlock,
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae patches confirm VAULT ID…")},
        {"patches",
         "dismiss",
         kUnlock,
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae patches dismiss VAULT ID…")},
        {"due",
         "",
         withUnlock({QStringLiteral("within"), QStringLiteral("ics")}),
         {QStringLiteral("json")},
         QT_TRANSLATE_NOOP("kamae::cli::Cli",
                           "Usage: kamae due VAULT [--within DAYS] [--json] [--ics FILE.ics]")},
        {"backup",
         "copy",
         withUnlock({QStringLiteral("to")}),
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae backup copy VAULT --to DIR")},
        {"backup",
         "verify",
         withUnlock({QStringLiteral("vault")}),
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae backup verify COPY [--vault VAULT]")},
        {"score",
         "",
         kUnlock,
         {QStringLiteral("json"), QStringLiteral("snapshot")},
         QT_TRANSLATE_NOOP("kamae::cli::Cli", "Usage: kamae score VAULT [--json] [--snapshot]")},
        {"report",
         "",
         withUnlock(
             {QStringLiteral("out"), QStringLiteral("period"), QStringLiteral("prepared-by")}),
         {},
         QT_TRANSLATE_NOOP("kamae::cli::Cli",
                           "Usage: kamae report VAULT --out FILE.pdf|DIR [--lang ja|en] "
                           "[--period 90d|quarter|year] [--prepared-by NAME]")},
    };
    static const QVector<CommandSpec> withModules = [] {
        QVector<CommandSpec> all = specs;
        for (const modules::ModuleInfo *m : modules::all())
            for (const modules::Command &c : m->commands)
                all.append({c.command, c.sub, withUnlock(c.valued), c.flags, c.usage, c.context});
        for (const report::ModuleReport *r : report::moduleReports())
            for (const modules::Command &c : r->commands)
                all.append({c.command, c.sub, withUnlock(c.valued), c.flags, c.usage, c.context});
        return all;
    }();
    return withModules;
}

QStringList valuedOptions()
{
    QStringList all = kGlobalValued;
    for (const CommandSpec &spec : commandSpecs())
        for (const QString &name : spec.valued)
            // A global flag (--version) takes a value only for the command
            // that says so (`bcp print --version N`): commandTakesValue.
            if (!all.contains(name) && !kGlobalFlags.contains(name))
                all << name;
    return all;
}

bool commandTakesValue(const Invocation &inv, const QString &option)
{
    const QStringList subs = subcommandsOf(inv.command);
    const QString sub = subs.isEmpty() ? QString() : inv.positional.value(0);
    const CommandSpec *spec = findSpec(inv.command, sub);
    return spec && spec->valued.contains(option);
}

QString usageOf(const QString &command, const QString &sub)
{
    if (const CommandSpec *spec = findSpec(command, sub))
        return translatedUsage(*spec);
    const QStringList subs = subcommandsOf(command);
    if (subs.isEmpty())
        return QString();
    return Cli::tr("Usage: kamae %1 %2 VAULT …").arg(command, subs.join(QLatin1Char('|')));
}

int checkInvocation(const Invocation &inv, QTextStream &err)
{
    const QStringList subs = subcommandsOf(inv.command);
    const QString sub = subs.isEmpty() ? QString() : inv.positional.value(0);
    const CommandSpec *spec = findSpec(inv.command, sub);
    if (!spec) {
        if (subs.isEmpty() && !findSpec(inv.command, QString())) {
            QStringList commands;
            for (const CommandSpec &s : commandSpecs())
                if (!commands.contains(QLatin1String(s.command)))
                    commands << QLatin1String(s.command);
            const QString near = closest(inv.command, commands);
            return fail(err,
                        near.isEmpty()
                            ? Cli::tr("Unknown command \"%1\". See kamae --help.").arg(inv.command)
                            : Cli::tr("Unknown command \"%1\". Did you mean \"%2\"? See kamae "
                                      "--help.")
                                  .arg(inv.command, near),
                        UsageError);
        }
        const QString usage = usageOf(inv.command);
        if (sub.isEmpty())
            return fail(err, Cli::tr("Name what to do. %1").arg(usage), UsageError);
        return fail(err, Cli::tr("Unknown command \"%1 %2\". %3").arg(inv.command, sub, usage),
                    UsageError);
    }
    const QStringList valued = kGlobalValued + spec->valued;
    const QStringList flags = kGlobalFlags + spec->flags;
    const QString name = QLatin1String(spec->command) +
                         (*spec->sub ? QLatin1Char(' ') + QLatin1String(spec->sub) : QString());
    for (const auto &[option, value] : inv.options) {
        Q_UNUSED(value)
        if (valued.contains(option))
            continue;
        if (flags.contains(option)) {
            if (inv.withEquals.contains(option))
                return fail(err,
                            Cli::tr("The option --%1 takes no value. %2")
                                .arg(option, translatedUsage(*spec)),
                            UsageError);
            continue;
        }
        const QString near = closest(option, valued + flags);
        const QString hint = near.isEmpty() ? QString() : Cli::tr("Did you mean --%1? ").arg(near);
        return fail(err,
                    Cli::tr("\"kamae %1\" has no option --%2. %3%4")
                        .arg(name, option, hint, translatedUsage(*spec)),
                    UsageError);
    }
    return Success;
}

} // namespace cli
} // namespace kamae
