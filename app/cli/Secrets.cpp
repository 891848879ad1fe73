#include "cli/Secrets.h"

#include <QCoreApplication>
#include <QFile>
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

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

QString readHidden(const QString &prompt, QTextStream &err)
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
    QString text = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

} // namespace

Result<QString> readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            Secrets::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
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
    QString typed = readHidden(prompt, err);
    if (typed.isEmpty())
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
    const QString first = readHidden(prompt, err);
    if (first.isEmpty())
        return Result<QString>::failure(Secrets::tr("The passphrase must not be empty."));
    if (readHidden(repeatPrompt, err) != first)
        return Result<QString>::failure(Secrets::tr("The two passphrases differ."));
    return first;
}

} // namespace cli
} // namespace kamae
