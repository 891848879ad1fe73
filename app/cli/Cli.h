#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace kamae {
namespace cli {

// Exit codes, documented in docs/command-line.md.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2,
    WrongSecret = 3,
    DamagedFile = 4,
    Locked = 5,
    WriteFailed = 6,
    BadInput = 7,
};

// True unless the arguments open the window: none at all, or one path that
// exists or ends in .kamae (Qt's own options such as -platform aside).
// Everything else, a mistyped command included, runs headless and is
// answered on the terminal.
bool isCommandLine(const QStringList &arguments);
// The vault the window should open (empty for none); *opensWindow is false
// when the arguments are for the command line.
QString windowVaultArgument(const QStringList &arguments, bool *opensWindow);

// True for subcommands that lay out text and need a QGuiApplication (fonts,
// painting): "report". main() runs those on the offscreen platform.
bool needsGuiApplication(const QStringList &arguments);

// Runs one subcommand. arguments[0] is the program name. Needs a
// QCoreApplication (or a subclass) to exist.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cli
} // namespace kamae
