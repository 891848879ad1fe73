#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// A module's subcommands of `kamae` (`kamae training coverage VAULT`),
// declared in its ModuleInfo and run by the command line (app/cli), which
// parses and checks the arguments, unlocks the vault and saves it the same
// way for every command. The module sees only this interface: the command
// line sits above the modules (rank 5) and they never include it.
namespace kamae {
namespace modules {

// Why a command stopped; the command line turns it into its exit code
// (docs/command-line.md).
enum class CommandError
{
    Failure,     // 1: it could not be done
    Usage,       // 2: the arguments are wrong
    BadInput,    // 7: a file to import has errors
    WriteFailed, // 6: the vault could not be saved
};

// One run of a module's command.
class CommandCall
{
public:
    virtual ~CommandCall() = default;

    // The arguments after the subcommand, in order: VAULT, FILE, …
    virtual QStringList positional() const = 0;
    virtual bool has(const QString &option) const = 0;
    virtual QString value(const QString &option) const = 0;
    // Every value of an option given several times, in order.
    virtual QStringList values(const QString &option) const = 0;

    virtual QTextStream &out() = 0;
    virtual QTextStream &err() = 0;

    // The vault named by the first argument, unlocked with the passphrase
    // options (read-only unless `write`); nullptr after the reason was
    // printed, and then the command returns exitCode().
    virtual store::Database *openVault(bool write) = 0;
    // Saves what the command changed, keeping today's point of the score's
    // history as the window does; false after the reason was printed (the
    // command then returns exitCode()).
    virtual bool save() = 0;
    virtual int exitCode() const = 0;

    // Prints "kamae: message" on err and returns the exit code for `error`.
    virtual int fail(const QString &message, CommandError error = CommandError::Failure) = 0;
};

struct Command
{
    const char *command = ""; // "training"
    const char *sub = "";     // "coverage"; never empty for a module's command
    // Options that take a value, and flags; the unlock options
    // (--passphrase-file, --recovery-code-file) and --lang are added.
    QStringList valued;
    QStringList flags;
    // The translation context of usage and help.
    const char *context = "";
    // One line, "Usage: kamae training coverage VAULT [--json]".
    const char *usage = "";
    // Its lines in `kamae --help`, indented as the others
    // ("  training coverage VAULT [--json]\n        …\n").
    const char *help = "";
    int (*run)(CommandCall &call) = nullptr;
};

} // namespace modules
} // namespace kamae
