#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

// Reading a file a person picked (a feed, a register, a vault) without
// trusting what the name points at: a device such as /dev/zero never ends, a
// named pipe (FIFO) blocks until someone writes to it, a folder or a socket
// has no content. Only regular files are read, and only up to a size limit,
// both checked before the first byte is read.
namespace kamae {
namespace input {

enum class InputProblem
{
    None,
    Unreadable, // missing, no permission, an I/O error
    NotRegular, // a folder, a device, a FIFO, a socket
    TooLarge,   // larger than the caller's limit
};

struct InputFileError
{
    InputProblem problem = InputProblem::None;
    // Translated, naming the path; for TooLarge the caller usually says
    // what the limit is for and words its own message.
    QString message;
};

// Fails for a path that does not exist, is not a regular file (after
// following links) or is larger than maxBytes. Reads nothing.
Status checkRegularFile(const QString &path, qint64 maxBytes, InputFileError *error = nullptr);

// The whole content of a regular file of at most maxBytes. The checks of
// checkRegularFile are made before opening and again on the opened file, and
// the open never blocks, so a path swapped for a FIFO in between is refused
// rather than waited on. Reading stops one byte past maxBytes should the
// file grow meanwhile.
Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes,
                                   InputFileError *error = nullptr);

} // namespace input
} // namespace kamae
