#pragma once

// What the subcommands share: argument parsing, messages, unlocking.
// Internal to app/cli/.

#include "cli/Cli.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QStringList>

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

} // namespace cli
} // namespace kamae
