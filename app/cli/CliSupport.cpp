#include "cli/CliSupport.h"

#include "cli/Secrets.h"
#include "core/Clock.h"
#include "core/InputFile.h"
#include "score/Snapshots.h"

#include <QTextStream>

namespace kamae {
namespace cli {

int exitCodeFor(vault::VaultError error)
{
    switch (error) {
    case vault::VaultError::None:
        return Success;
    case vault::VaultError::WrongPassphrase:
    case vault::VaultError::WrongRecoveryCode:
        return WrongSecret;
    case vault::VaultError::Damaged:
    case vault::VaultError::NotAVault:
    case vault::VaultError::NewerVersion:
        return DamagedFile;
    case vault::VaultError::LockedByOther:
        return Locked;
    case vault::VaultError::CannotWrite:
    case vault::VaultError::AlreadyExists:
        return WriteFailed;
    default:
        return Failure;
    }
}

Invocation parse(const QStringList &arguments, const QStringList &valued)
{
    Invocation inv;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString value;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                inv.withEquals << name;
            } else if (valued.contains(name)) {
                if (i + 1 >= arguments.size()) {
                    inv.error = Cli::tr("The option --%1 needs a value.").arg(name);
                    return inv;
                }
                value = arguments.at(++i);
            }
            inv.options[name] = value;
            inv.repeated[name].append(value);
        } else if (inv.command.isEmpty()) {
            inv.command = a;
        } else {
            inv.positional << a;
        }
    }
    return inv;
}

int fail(QTextStream &err, const QString &message, int code)
{
    // One line, so scripts can log it.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "kamae: " << line << Qt::endl;
    return code;
}

int fail(QTextStream &err, const vault::VaultStatus &status)
{
    // Not the window's wording: after a command nothing stays open.
    return fail(err, status.commandLineMessage(), exitCodeFor(status.code()));
}

std::unique_ptr<vault::Vault> unlock(const Invocation &inv, QTextStream &err, vault::OpenMode mode,
                                     int *exitCode, int vaultArgument)
{
    const QString path = inv.positional.value(vaultArgument);
    vault::VaultStatus status;
    std::unique_ptr<vault::Vault> v;
    if (inv.has(QStringLiteral("recovery-code-file"))) {
        const auto code = readSecretFile(inv.value(QStringLiteral("recovery-code-file")));
        if (!code) {
            *exitCode = fail(err, code.error(), UsageError);
            return nullptr;
        }
        v = vault::Vault::openWithRecoveryCode(path, code.value(), &status, mode);
    } else {
        const auto pass =
            obtainSecret(inv.value(QStringLiteral("passphrase-file")),
                         QStringLiteral("KAMAE_PASSPHRASE"), Cli::tr("Passphrase: "), err);
        if (!pass) {
            *exitCode = fail(err, pass.error(), UsageError);
            return nullptr;
        }
        v = vault::Vault::open(path, pass.value(), &status, mode);
    }
    if (!v)
        *exitCode = fail(err, status);
    return v;
}

vault::VaultStatus saveChanges(vault::Vault &v, QTextStream &err)
{
    if (auto kept = score::keepDaySnapshot(v.database(), clock::today()); !kept)
        err << QStringLiteral("kamae: ")
            // Spelled out: lupdate files a tr() here under "Cli" alone.
            << QCoreApplication::translate("kamae::cli::Cli",
                                           "Today's score snapshot was not stored: %1")
                   .arg(kept.error())
            << Qt::endl;
    return v.save();
}

int needVault(const Invocation &inv, QTextStream &err)
{
    if (inv.positional.size() != 1)
        return fail(err, Cli::tr("Name exactly one vault file. See kamae --help."), UsageError);
    return Success;
}

int needReadableVaultFile(const QString &path, QTextStream &err)
{
    const input::InputFile file = input::inspectInputFile(path, vault::Vault::kMaxFileSize);
    if (file.error == input::InputFileError::NotRegular ||
        file.error == input::InputFileError::TooLarge)
        return fail(err, input::describeInputFileError(file, path, vault::Vault::kMaxFileSize),
                    DamagedFile);
    return Success;
}

} // namespace cli
} // namespace kamae
