#include "core/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cerrno>
#include <cstring>

#if !defined(Q_OS_WIN)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kamae {
namespace input {

namespace {

struct InputFile
{
    Q_DECLARE_TR_FUNCTIONS(kamae::input::InputFile)
};

// Pieces read at a time, so that a file that grows while it is read is cut
// off at the limit without allocating more.
constexpr qint64 kChunkBytes = 1024 * 1024;

template <typename T>
T failWith(InputFileError *error, InputProblem problem, const QString &message)
{
    if (error)
        *error = InputFileError{problem, message};
    return T::failure(message);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

enum class Kind
{
    Regular,
    Folder,
    Device,
    Fifo,
    Socket,
    Other,
};

// Whole sentences, one per kind, so that each translates naturally.
QString notRegularMessage(const QString &path, Kind kind)
{
    switch (kind) {
    case Kind::Folder:
        return InputFile::tr("%1 is a folder, not a file.").arg(shown(path));
    case Kind::Device:
        return InputFile::tr("%1 is a device, not a file: Kamae reads only ordinary files.")
            .arg(shown(path));
    case Kind::Fifo:
        return InputFile::tr("%1 is a named pipe (FIFO), not a file: Kamae reads only ordinary "
                             "files. Save the data to a file first.")
            .arg(shown(path));
    case Kind::Socket:
        return InputFile::tr("%1 is a socket, not a file: Kamae reads only ordinary files.")
            .arg(shown(path));
    case Kind::Regular:
    case Kind::Other:
        break;
    }
    return InputFile::tr("%1 is not an ordinary file: Kamae reads only ordinary files.")
        .arg(shown(path));
}

QString tooLargeMessage(const QString &path, qint64 maxBytes)
{
    return InputFile::tr("%1 is larger than %2.")
        .arg(shown(path), QLocale().formattedDataSize(maxBytes));
}

#if !defined(Q_OS_WIN)
Kind kindOfMode(mode_t mode)
{
    if (S_ISREG(mode))
        return Kind::Regular;
    if (S_ISDIR(mode))
        return Kind::Folder;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Kind::Device;
    if (S_ISFIFO(mode))
        return Kind::Fifo;
    if (S_ISSOCK(mode))
        return Kind::Socket;
    return Kind::Other;
}
#endif

} // namespace

Status checkRegularFile(const QString &path, qint64 maxBytes, InputFileError *error)
{
#if defined(Q_OS_WIN)
    const QFileInfo info(path);
    if (!info.exists())
        return failWith<Status>(error, InputProblem::Unreadable,
                                InputFile::tr("Cannot read %1: %2")
                                    .arg(shown(path), InputFile::tr("No such file or directory")));
    if (!info.isFile())
        return failWith<Status>(
            error, InputProblem::NotRegular,
            notRegularMessage(path, info.isDir() ? Kind::Folder : Kind::Device));
    if (info.size() > maxBytes)
        return failWith<Status>(error, InputProblem::TooLarge, tooLargeMessage(path, maxBytes));
    return {};
#else
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        const int code = errno;
        return failWith<Status>(error, InputProblem::Unreadable,
                                InputFile::tr("Cannot read %1: %2")
                                    .arg(shown(path), QString::fromLocal8Bit(std::strerror(code))));
    }
    if (const Kind kind = kindOfMode(st.st_mode); kind != Kind::Regular)
        return failWith<Status>(error, InputProblem::NotRegular, notRegularMessage(path, kind));
    if (st.st_size > maxBytes)
        return failWith<Status>(error, InputProblem::TooLarge, tooLargeMessage(path, maxBytes));
    return {};
#endif
}

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, InputFileError *error)
{
    using R = Result<QByteArray>;
    if (Status s = checkRegularFile(path, maxBytes, error); !s)
        return R::failure(s.error());

    QFile file;
#if defined(Q_OS_WIN)
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith<R>(
            error, InputProblem::Unreadable,
            InputFile::tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
#else
    // O_NONBLOCK: should the path have become a FIFO since the check, open
    // returns at once instead of waiting for a writer; fstat then refuses it.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int code = errno;
        return failWith<R>(error, InputProblem::Unreadable,
                           InputFile::tr("Cannot read %1: %2")
                               .arg(shown(path), QString::fromLocal8Bit(std::strerror(code))));
    }
    struct stat st;
    const bool known = ::fstat(fd, &st) == 0;
    if (!known || !S_ISREG(st.st_mode)) {
        const Kind kind = known ? kindOfMode(st.st_mode) : Kind::Other;
        ::close(fd);
        return failWith<R>(error, InputProblem::NotRegular, notRegularMessage(path, kind));
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return failWith<R>(error, InputProblem::TooLarge, tooLargeMessage(path, maxBytes));
    }
    // Regular files ignore O_NONBLOCK; clear it all the same.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return failWith<R>(
            error, InputProblem::Unreadable,
            InputFile::tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
    }
#endif
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(std::min(file.size(), maxBytes)));
    while (true) {
        const QByteArray chunk = file.read(std::min(kChunkBytes, maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > maxBytes)
            break;
    }
    if (file.error() != QFileDevice::NoError)
        return failWith<R>(
            error, InputProblem::Unreadable,
            InputFile::tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
    // A file that grew between the check and the read.
    if (bytes.size() > maxBytes)
        return failWith<R>(error, InputProblem::TooLarge, tooLargeMessage(path, maxBytes));
    return bytes;
}

} // namespace input
} // namespace kamae
