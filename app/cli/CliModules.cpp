#include "cli/CliSupport.h"
#include "modules/Registry.h"
#include "report/ModuleReport.h"

#include <QTextStream>

namespace kamae {
namespace cli {

namespace {

// What a module's command sees of the command line (modules/Command.h).
class ModuleCall final : public modules::CommandCall
{
public:
    ModuleCall(const Invocation &inv, QTextStream &out, QTextStream &err)
        : m_inv(inv), m_out(out), m_err(err)
    {}

    // positional[0] is the subcommand.
    QStringList positional() const override { return m_inv.positional.mid(1); }
    bool has(const QString &option) const override { return m_inv.has(option); }
    QString value(const QString &option) const override { return m_inv.value(option); }
    QStringList values(const QString &option) const override { return m_inv.values(option); }
    QTextStream &out() override { return m_out; }
    QTextStream &err() override { return m_err; }

    store::Database *openVault(bool write) override
    {
        if (!m_vault) {
            if (m_inv.positional.size() < 2) {
                // Spelled out: lupdate files a tr() in this class under "Cli".
                m_exit = cli::fail(
                    m_err,
                    QCoreApplication::translate("kamae::cli::Cli",
                                                "Name exactly one vault file. See kamae --help."),
                    UsageError);
                return nullptr;
            }
            if (int rc = needReadableVaultFile(m_inv.positional.at(1), m_err)) {
                m_exit = rc;
                return nullptr;
            }
            m_vault =
                unlock(m_inv, m_err, write ? vault::OpenMode::ReadWrite : vault::OpenMode::ReadOnly,
                       &m_exit, 1);
        }
        return m_vault ? &m_vault->database() : nullptr;
    }

    bool save() override
    {
        if (!m_vault)
            return false;
        if (const vault::VaultStatus s = saveChanges(*m_vault, m_err); !s) {
            m_exit = cli::fail(m_err, s);
            return false;
        }
        return true;
    }

    int exitCode() const override { return m_exit; }

    int fail(const QString &message, modules::CommandError error) override
    {
        int code = Failure;
        switch (error) {
        case modules::CommandError::Failure:
            code = Failure;
            break;
        case modules::CommandError::Usage:
            code = UsageError;
            break;
        case modules::CommandError::BadInput:
            code = BadInput;
            break;
        case modules::CommandError::WriteFailed:
            code = WriteFailed;
            break;
        }
        m_exit = cli::fail(m_err, message, code);
        return m_exit;
    }

private:
    const Invocation &m_inv;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<vault::Vault> m_vault;
    int m_exit = Success;
};

} // namespace

const modules::Command *findModuleCommand(const QString &command, const QString &sub)
{
    if (const modules::Command *found = modules::findCommand(command, sub))
        return found;
    // A module's printing commands, declared with its report part.
    for (const report::ModuleReport *r : report::moduleReports())
        for (const modules::Command &c : r->commands)
            if (command == QLatin1String(c.command) && sub == QLatin1String(c.sub))
                return &c;
    return nullptr;
}

int runModuleCommand(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const modules::Command *command = findModuleCommand(inv.command, inv.positional.value(0));
    if (!command || !command->run)
        return fail(err, Cli::tr("Unknown command \"%1\". See kamae --help.").arg(inv.command),
                    UsageError);
    ModuleCall call(inv, out, err);
    return command->run(call);
}

QString moduleCommandsHelp()
{
    QString help;
    for (const modules::ModuleInfo *m : modules::all()) {
        for (const modules::Command &c : m->commands)
            help += QCoreApplication::translate(c.context, c.help);
        // Its printing commands after its own (report/ModuleReport.h).
        for (const report::ModuleReport *r : report::moduleReports())
            for (const modules::Command &c : r->commands)
                if (!m->commands.isEmpty() &&
                    QLatin1String(c.command) == QLatin1String(m->commands.first().command))
                    help += QCoreApplication::translate(c.context, c.help);
    }
    return help;
}

} // namespace cli
} // namespace kamae
