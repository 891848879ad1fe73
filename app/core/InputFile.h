#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reading a file that a person or another program named: only a regular
// file, only up to a stated size, and without ever blocking on a pipe.
// `/dev/zero`, `/dev/urandom`, a FIFO with no writer, a folder or a socket
// are refused before a byte is read (they would read forever, hang, or
// exhaust memory). Shared by the vault (vault files, copies) and the
// command line (passphrase files); other readers may use it too.
namespace kamae {
namespace input {

enum class InputFileError
{
    None,
    NotFound,   // nothing at that path (a dangling symbolic link included)
    NotRegular, // a folder, a device, a pipe (FIFO) or a socket
    TooLarge,   // a regular file larger than the limit
    CannotRead, // permissions, I/O error
};

// What a path that is not a regular file is instead, for the message.
enum class NotRegularKind
{
    Other,
    Folder,
    Device,
    Fifo,
    Socket,
};

struct InputFile
{
    InputFileError error = InputFileError::None;
    NotRegularKind notRegular = NotRegularKind::Other; // when error is NotRegular
    QByteArray bytes;                                  // the whole file when error is None
    qint64 size = 0;                                   // the size found (TooLarge) or read
    QString systemReason;                              // the operating system's words (CannotRead)

    bool ok() const { return error == InputFileError::None; }
};

// What the file at `path` is, without reading it: None for a regular file
// within maxBytes, else why not. Follows symbolic links.
InputFile inspectInputFile(const QString &path, qint64 maxBytes);

// Reads the whole file if it is a regular file of at most maxBytes. The
// checks are made on the opened file itself (fstat), so a file swapped for
// a FIFO or a device after a check is still refused, and at most
// maxBytes + 1 bytes are ever read (a file that grows while it is read is
// refused as TooLarge).
InputFile readInputFile(const QString &path, qint64 maxBytes);

// One sentence for the person, naming the file and what it is, e.g.
// "/dev/zero is a device, not a file: Kamae reads only ordinary files."
// Empty for None.
QString describeInputFileError(const InputFile &file, const QString &path, qint64 maxBytes);

// The same as a Result: the bytes, or the sentence of describeInputFileError.
Result<QByteArray> readInputFileOrReason(const QString &path, qint64 maxBytes);
// inspectInputFile as a Status: nothing is read.
Status checkInputFile(const QString &path, qint64 maxBytes);

// "64 KiB", "256 MiB": the limit as a person reads it.
QString formatByteLimit(qint64 bytes);

struct InputFileText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::input::InputFile)
};

} // namespace input
} // namespace kamae
