#pragma once

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

// True when the arguments name a subcommand (or --help / --version), so the
// executable runs headless instead of opening the window.
bool isCommandLine(const QStringList &arguments);

// True for subcommands that lay out text and need a QGuiApplication (fonts,
// painting): "report". main() runs those on the offscreen platform.
bool needsGuiApplication(const QStringList &arguments);

// Runs one subcommand. arguments[0] is the program name. Needs a
// QCoreApplication (or a subclass) to exist.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cli
} // namespace kamae
