#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

// Files a user names for reading (a register to import, a feed, a backup):
// only a regular file, and only up to a size the caller states, checked
// before a single byte is read. A device (/dev/zero, /dev/urandom) would be
// read without end, a FIFO would block the program, a folder cannot be read.
namespace kamae {
namespace core {

// Success when `path` (after following symbolic links) is a regular file of
// at most `maxBytes` bytes; otherwise a translated reason naming the file.
Status checkInputFile(const QString &path, qint64 maxBytes);

// checkInputFile, then the whole file; a file that grows past `maxBytes`
// while it is read is refused as well.
Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes);

} // namespace core
} // namespace kamae
