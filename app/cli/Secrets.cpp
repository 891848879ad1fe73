#include "cli/Secrets.h"

#include "core/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace kamae {
namespace cli {

namespace {

struct Secrets
{
    Q_DECLARE_TR_FUNCTIONS(kamae::cli::Secrets)
};

// A passphrase or recovery-code file is a line of text, not a disk image.
constexpr qint64 kMaxSecretFileSize = 64 * 1024;

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

// Strictly: invalid bytes are not replaced by U+FFFD, where "FF FE" and
// "C0 C1" would both become the same two replacement characters (and a
// random key file would lose nearly all of its entropy).
bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString ignored = decoder(bytes);
    Q_UNUSED(ignored);
    return !decoder.hasError();
}

QString notUtf8(const QString &where)
{
    return Secrets::tr("%1 is not UTF-8 text. Kamae uses a passphrase as UTF-8 text and does not "
                       "guess at other bytes, so nothing was opened or changed. Save it as UTF-8; "
                       "for a random key, write it as text (for example in base64).")
        .arg(where);
}

Result<QString> readHidden(const QString &prompt, QTextStream &err)
{
    err << prompt << Qt::flush;
    termios old{};
    const bool haveTerm = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios silent = old;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.push_back(static_cast<char>(c));
    if (haveTerm)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err << Qt::endl;
    const bool valid = isUtf8(QByteArrayView(line.data(), static_cast<qsizetype>(line.size())));
    QString text = valid ? QString::fromStdString(line) : QString();
    std::fill(line.begin(), line.end(), '\0');
    if (!valid)
        return Result<QString>::failure(notUtf8(Secrets::tr("What was typed")));
    return text;
}

} // namespace

Result<QString> readSecretFile(const QString &path)
{
    // A regular file of at most 64 KiB: /dev/zero or a FIFO is refused
    // before it is read.
    const input::InputFile file = input::readInputFile(path, kMaxSecretFileSize);
    if (!file.ok())
        return Result<QString>::failure(
            input::describeInputFileError(file, path, kMaxSecretFileSize));
    QByteArray line = file.bytes;
    if (const qsizetype newline = line.indexOf('\n'); newline >= 0)
        line.truncate(newline);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (!isUtf8(line))
        return Result<QString>::failure(notUtf8(QDir::toNativeSeparators(path)));
    QString text = QString::fromUtf8(line);
    if (text.isEmpty())
        return Result<QString>::failure(Secrets::tr("%1 is empty.").arg(path));
    return text;
}

Result<QString> obtainSecret(const QString &file, const QString &environmentVariable,
                             const QString &prompt, QTextStream &err)
{
    if (!file.isEmpty())
        return readSecretFile(file);
    if (qEnvironmentVariableIsSet(environmentVariable.toLatin1().constData())) {
        if (!isUtf8(qgetenv(environmentVariable.toLatin1().constData())))
            return Result<QString>::failure(notUtf8(QLatin1Char('$') + environmentVariable));
        const QString value = qEnvironmentVariable(environmentVariable.toLatin1().constData());
        if (value.isEmpty())
            return Result<QString>::failure(
                Secrets::tr("$%1 is set but empty.").arg(environmentVariable));
        return value;
    }
    if (!stdinIsTerminal())
        return Result<QString>::failure(
            Secrets::tr("No passphrase given: set $%1 or use a file option.")
                .arg(environmentVariable));
    Result<QString> typed = readHidden(prompt, err);
    if (typed && typed->isEmpty())
        return Result<QString>::failure(Secrets::tr("The passphrase must not be empty."));
    return typed;
}

Result<QString> obtainNewSecret(const QString &file, const QString &environmentVariable,
                                const QString &prompt, const QString &repeatPrompt,
                                QTextStream &err)
{
    if (!file.isEmpty() || qEnvironmentVariableIsSet(environmentVariable.toLatin1().constData()) ||
        !stdinIsTerminal())
        return obtainSecret(file, environmentVariable, prompt, err);
    const Result<QString> first = readHidden(prompt, err);
    if (!first)
        return first;
    if (first->isEmpty())
        return Result<QString>::failure(Secrets::tr("The passphrase must not be empty."));
    const Result<QString> repeated = readHidden(repeatPrompt, err);
    if (!repeated)
        return repeated;
    if (repeated.value() != first.value())
        return Result<QString>::failure(Secrets::tr("The two passphrases differ."));
    return first;
}

} // namespace cli
} // namespace kamae
