#pragma once

// Shared by the libFuzzer targets of tests/fuzz (see README.md there).

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <unistd.h>

namespace kamae {
namespace fuzz {

// Qt's SQL drivers and translations want an application object; one for the
// whole run, as in the program.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "kamae-fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives as long as the process
    // Kamae's warnings say why an input was refused, once per execution: in
    // a run of millions they would fill the log and slow the fuzzer.
    QLoggingCategory::setFilterRules(QStringLiteral("kamae.*=false"));
}

// A copy, not QByteArray::fromRawData: the program's own buffers are always
// NUL-terminated, and a parser that reads one past the end must show up.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// XLSX workbooks and vaults are read from files: this process's own file in
// memory (/dev/shm) where there is one, so that -jobs runs do not collide.
inline QString scratchPath(const char *suffix)
{
    const QString folder =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/kamae-fuzz-%2%3")
        .arg(folder)
        .arg(::getpid())
        .arg(QString::fromLatin1(suffix));
}

inline void writeScratch(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort(); // the harness, not the code under test
}

} // namespace fuzz
} // namespace kamae
