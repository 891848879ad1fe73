#pragma once

#include "core/Result.h"

class QTextStream;

namespace kamae {
namespace cli {

// The first line of a file, without its line ending (like restic and borg).
Result<QString> readSecretFile(const QString &path);

// From the file if named, else the environment variable, else typed at a
// terminal without echo. Never printed.
Result<QString> obtainSecret(const QString &file, const QString &environmentVariable,
                             const QString &prompt, QTextStream &err);
// As above; typed at a terminal it is asked twice and must match.
Result<QString> obtainNewSecret(const QString &file, const QString &environmentVariable,
                                const QString &prompt, const QString &repeatPrompt,
                                QTextStream &err);

} // namespace cli
} // namespace kamae
