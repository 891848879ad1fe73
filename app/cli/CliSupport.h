#pragma once

// What the subcommands share: argument parsing, messages, unlocking.
// Internal to app/cli/.

#include "cli/Cli.h"
#include "modules/Command.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <map>
#include <memory>

class QTextStream;

namespace kamae {
namespace cli {

// Gives the command line's messages one translation context.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(kamae::cli::Cli)
};

// Parsed "command VAULT --option value --flag" arguments.
struct Invocation
{
    QString command;
    QStringList positional;
    std::map<QString, QString> options;      // the last value of each option
    std::map<QString, QStringList> repeated; // every value, in order (--map a=b --map c=d)
    QStringList withEquals;                  // options written --name=value
    QString error;

    bool has(const QString &name) const { return options.count(name) > 0; }
    QString value(const QString &name) const
    {
        const auto it = options.find(name);
        return it == options.end() ? QString() : it->second;
    }
    QStringList values(const QString &name) const
    {
        const auto it = repeated.find(name);
        return it == repeated.end() ? QStringList() : it->second;
    }
};

// What one command (or "command sub") accepts. The table in CliCommands.cpp
// is the single list: parsing, option checking and the usage hints read it.
struct CommandSpec
{
    const char *command = "";
    const char *sub = "";   // empty: the command has no subcommand
    QStringList valued;     // options that take a value
    QStringList flags;      // options that take none
    const char *usage = ""; // one line, QT_TRANSLATE_NOOP'd in `context`
    const char *context = "kamae::cli::Cli";
};

const QVector<CommandSpec> &commandSpecs();
// Every option that takes a value, for any command.
QStringList valuedOptions();
// Whether the invocation's command takes `option` with a value, where the
// option is otherwise a global flag (`kamae bcp print … --version 2`).
bool commandTakesValue(const Invocation &inv, const QString &option);
// Refuses (exit 2, one line with the command's usage) an unknown command or
// subcommand, an option the command does not take, or a value given to a flag.
int checkInvocation(const Invocation &inv, QTextStream &err);
// The one-line usage of a command, translated; empty when unknown.
QString usageOf(const QString &command, const QString &sub = QString());

Invocation parse(const QStringList &arguments, const QStringList &valued);

int exitCodeFor(vault::VaultError error);
// One line on stderr, "kamae: …", and the exit code.
int fail(QTextStream &err, const QString &message, int code = Failure);
int fail(QTextStream &err, const vault::VaultStatus &status);
// Opens the vault named first, with the passphrase or recovery code the
// options give; on failure prints why and sets *exitCode.
std::unique_ptr<vault::Vault> unlock(const Invocation &inv, QTextStream &err, vault::OpenMode mode,
                                     int *exitCode, int vaultArgument = 0);
int needVault(const Invocation &inv, QTextStream &err);
// Saves what a write command changed, first bringing the day's point of the
// score's history up to date, as the GUI's vault session does after changes
// (score::keepDaySnapshot). A snapshot that cannot be stored is reported on
// err and does not stop the save.
vault::VaultStatus saveChanges(vault::Vault &v, QTextStream &err);
// Refuses a vault or copy that is a folder, a device, a FIFO or larger
// than Kamae reads, before any passphrase is asked for or anything is
// read or logged (exit 4). A missing file is left to the command.
int needReadableVaultFile(const QString &path, QTextStream &err);

// kamae assets import|export|list …
int runAssets(const Invocation &inv, QTextStream &out, QTextStream &err);
// kamae feeds import …
int runFeeds(const Invocation &inv, QTextStream &out, QTextStream &err);
// kamae patches list …
int runPatches(const Invocation &inv, QTextStream &out, QTextStream &err);
// kamae due …
int runDue(const Invocation &inv, QTextStream &out, QTextStream &err);
// kamae backup copy|verify …
int runBackup(const Invocation &inv, QTextStream &out, QTextStream &err);
// kamae score …
int runScore(const Invocation &inv, QTextStream &out, QTextStream &err);
// kamae report …
int runReport(const Invocation &inv, QTextStream &out, QTextStream &err);
// A module's command (modules/Command.h), found by command and subcommand.
int runModuleCommand(const Invocation &inv, QTextStream &out, QTextStream &err);
// A module's subcommand: its ModuleInfo's, or a printing one of its report
// part (report/ModuleReport.h); nullptr when there is none.
const modules::Command *findModuleCommand(const QString &command, const QString &sub);
// The modules' lines of `kamae --help`, translated.
QString moduleCommandsHelp();

} // namespace cli
} // namespace kamae
