#include "core/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cerrno>

#if !defined(Q_OS_WIN)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kamae {
namespace input {

namespace {

InputFile failure(InputFileError error, qint64 size = 0, const QString &reason = {})
{
    InputFile file;
    file.error = error;
    file.size = size;
    file.systemReason = reason;
    return file;
}

#if !defined(Q_OS_WIN)
InputFile fromStat(const struct stat &st, qint64 maxBytes)
{
    if (!S_ISREG(st.st_mode)) {
        InputFile file = failure(InputFileError::NotRegular);
        if (S_ISDIR(st.st_mode))
            file.notRegular = NotRegularKind::Folder;
        else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
            file.notRegular = NotRegularKind::Device;
        else if (S_ISFIFO(st.st_mode))
            file.notRegular = NotRegularKind::Fifo;
        else if (S_ISSOCK(st.st_mode))
            file.notRegular = NotRegularKind::Socket;
        return file;
    }
    if (st.st_size > maxBytes)
        return failure(InputFileError::TooLarge, static_cast<qint64>(st.st_size));
    InputFile file;
    file.size = static_cast<qint64>(st.st_size);
    return file;
}

InputFile fromErrno(int error)
{
    if (error == ENOENT || error == ENOTDIR)
        return failure(InputFileError::NotFound);
    return failure(InputFileError::CannotRead, 0, qt_error_string(error));
}
#endif

} // namespace

InputFile inspectInputFile(const QString &path, qint64 maxBytes)
{
    if (path.isEmpty())
        return failure(InputFileError::NotFound);
#if defined(Q_OS_WIN)
    const QFileInfo info(path);
    if (!info.exists())
        return failure(InputFileError::NotFound);
    if (!info.isFile()) {
        InputFile file = failure(InputFileError::NotRegular);
        if (info.isDir())
            file.notRegular = NotRegularKind::Folder;
        return file;
    }
    if (info.size() > maxBytes)
        return failure(InputFileError::TooLarge, info.size());
    InputFile file;
    file.size = info.size();
    return file;
#else
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return fromErrno(errno);
    return fromStat(st, maxBytes);
#endif
}

InputFile readInputFile(const QString &path, qint64 maxBytes)
{
    // Refused before it is opened: opening some devices has effects, and
    // opening a FIFO for reading waits for a writer.
    InputFile checked = inspectInputFile(path, maxBytes);
    if (!checked.ok())
        return checked;
#if defined(Q_OS_WIN)
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return failure(InputFileError::CannotRead, 0, in.errorString());
    InputFile file;
    file.bytes = in.read(maxBytes + 1);
    if (in.error() != QFileDevice::NoError)
        return failure(InputFileError::CannotRead, 0, in.errorString());
    if (file.bytes.size() > maxBytes)
        return failure(InputFileError::TooLarge, file.bytes.size());
    file.size = file.bytes.size();
    return file;
#else
    // O_NONBLOCK: if the path became a FIFO since the check, open() returns
    // at once instead of waiting for a writer; fstat() below refuses it.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return fromErrno(errno);
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return fromErrno(error);
    }
    InputFile file = fromStat(st, maxBytes);
    if (!file.ok()) {
        ::close(fd);
        return file;
    }
    // At most one byte more than allowed, whatever the size said.
    QByteArray bytes;
    bytes.resize(static_cast<qsizetype>(std::min<qint64>(file.size, maxBytes) + 1));
    qint64 total = 0;
    while (total < bytes.size()) {
        const ssize_t n =
            ::read(fd, bytes.data() + total, static_cast<size_t>(bytes.size() - total));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            return fromErrno(error);
        }
        if (n == 0)
            break;
        total += n;
        if (total == bytes.size() && total <= maxBytes)
            bytes.resize(static_cast<qsizetype>(std::min<qint64>(maxBytes + 1, total * 2)));
    }
    ::close(fd);
    if (total > maxBytes)
        return failure(InputFileError::TooLarge, total);
    bytes.resize(static_cast<qsizetype>(total));
    file.bytes = bytes;
    file.size = total;
    return file;
#endif
}

QString formatByteLimit(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= (qint64(1) << 30) && bytes % (qint64(1) << 30) == 0)
        return InputFileText::tr("%1 GiB").arg(locale.toString(bytes >> 30));
    if (bytes >= (qint64(1) << 20) && bytes % (qint64(1) << 20) == 0)
        return InputFileText::tr("%1 MiB").arg(locale.toString(bytes >> 20));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return InputFileText::tr("%1 KiB").arg(locale.toString(bytes >> 10));
    return InputFileText::tr("%n byte(s)", nullptr, static_cast<int>(bytes));
}

QString describeInputFileError(const InputFile &file, const QString &path, qint64 maxBytes)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (file.error) {
    case InputFileError::None:
        return {};
    case InputFileError::NotFound:
        return InputFileText::tr("There is no file at %1.").arg(name);
    case InputFileError::NotRegular:
        switch (file.notRegular) {
        case NotRegularKind::Folder:
            return InputFileText::tr("%1 is a folder, not a file.").arg(name);
        case NotRegularKind::Device:
            return InputFileText::tr("%1 is a device, not a file: Kamae reads only ordinary "
                                     "files.")
                .arg(name);
        case NotRegularKind::Fifo:
            return InputFileText::tr("%1 is a named pipe (FIFO), not a file: Kamae reads only "
                                     "ordinary files. Save the data to a file first.")
                .arg(name);
        case NotRegularKind::Socket:
            return InputFileText::tr("%1 is a socket, not a file: Kamae reads only ordinary "
                                     "files.")
                .arg(name);
        case NotRegularKind::Other:
            break;
        }
        return InputFileText::tr("%1 is not an ordinary file: Kamae reads only ordinary files.")
            .arg(name);
    case InputFileError::TooLarge:
        return InputFileText::tr("%1 is larger than %2, more than Kamae reads from such a file, "
                                 "so it was not read.")
            .arg(name, formatByteLimit(maxBytes));
    case InputFileError::CannotRead:
        return InputFileText::tr("The file %1 could not be read: %2").arg(name, file.systemReason);
    }
    return {};
}

Result<QByteArray> readInputFileOrReason(const QString &path, qint64 maxBytes)
{
    InputFile file = readInputFile(path, maxBytes);
    if (!file.ok())
        return Result<QByteArray>::failure(describeInputFileError(file, path, maxBytes));
    return std::move(file.bytes);
}

Status checkInputFile(const QString &path, qint64 maxBytes)
{
    const InputFile file = inspectInputFile(path, maxBytes);
    if (!file.ok())
        return Status::failure(describeInputFileError(file, path, maxBytes));
    return {};
}

} // namespace input
} // namespace kamae
