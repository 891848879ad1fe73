#include "core/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kamae {
namespace core {

namespace {

struct InputFile
{
    Q_DECLARE_TR_FUNCTIONS(kamae::core::InputFile)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString tooLarge(const QString &path, qint64 maxBytes)
{
    return InputFile::tr("%1 is too large to read (more than %2 MB).")
        .arg(native(path))
        .arg(maxBytes / (1024 * 1024));
}

} // namespace

Status checkInputFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(
            InputFile::tr("Cannot read %1: there is no such file.").arg(native(path)));
    if (info.isDir())
        return Status::failure(
            InputFile::tr("Cannot read %1: it is a folder, not a file.").arg(native(path)));
    // isFile() is false for devices, FIFOs and sockets; it follows links.
    if (!info.isFile())
        return Status::failure(InputFile::tr("Cannot read %1: it is not a regular file (a device, "
                                             "a pipe or a socket).")
                                   .arg(native(path)));
    if (info.size() > maxBytes)
        return Status::failure(tooLarge(path, maxBytes));
    return {};
}

Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes)
{
    if (Status s = checkInputFile(path, maxBytes); !s)
        return Result<QByteArray>::failure(s.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            InputFile::tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    // Read to the end rather than size() bytes: a file that grew since the
    // check is read whole or refused, never cut.
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(file.size()));
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            return Result<QByteArray>::failure(
                InputFile::tr("Cannot read %1: %2").arg(native(path), file.errorString()));
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes)
            return Result<QByteArray>::failure(tooLarge(path, maxBytes));
        bytes.append(chunk, static_cast<qsizetype>(n));
    }
    return bytes;
}

} // namespace core
} // namespace kamae
