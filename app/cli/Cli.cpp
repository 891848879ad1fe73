#include "cli/Cli.h"

#include "cli/CliSupport.h"

#include "cli/Secrets.h"
#include "demo/DemoCompany.h"
#include "i18n/Language.h"
#include "report/ModuleReport.h"
#include "settings/AppSettings.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <functional>
#include <map>

namespace kamae {
namespace cli {

namespace {

QString usage()
{
    return Cli::tr(
               "Usage: kamae [VAULT]                      open the window\n"
               "       kamae COMMAND [OPTIONS]\n"
               "\n"
               "Commands:\n"
               "  init VAULT --org NAME      create a new vault; prints its recovery code once\n"
               "  demo VAULT                 create a vault filled with a demo company\n"
               "  verify VAULT               open read-only, check integrity, print a summary\n"
               "  passwd VAULT               change the passphrase\n"
               "  assets import VAULT FILE [--map KEY=HEADER]… [--allow-duplicates]\n"
               "                             add assets from CSV or XLSX (all rows or none)\n"
               "  assets export VAULT --out FILE.csv|FILE.xlsx [--encoding sjis]\n"
               "  assets list VAULT [--json] print the register\n"
               "  feeds import VAULT FILE    store a CISA KEV (JSON) or JVN iPedia (JVNRSS) file\n"
               "  patches list VAULT [--overdue] [--all] [--json]\n"
               "                             patch items not yet applied (--all: every one)\n"
               "  patches proposals VAULT [--json]\n"
               "                             what the feeds propose, each with its ID, why it\n"
               "                             matched and whether an update probably fixed it\n"
               "  patches confirm VAULT ID...  store proposals as patch items\n"
               "  patches dismiss VAULT ID...  do not propose them again for their assets\n"
               "  due VAULT [--within DAYS] [--json] [--ics FILE.ics]\n"
               "                             what is overdue or due soon (default 7 days);\n"
               "                             --ics writes every reminder as a calendar file\n"
               "  backup copy VAULT --to DIR write a verified, encrypted copy (offline media)\n"
               "  backup verify COPY [--vault VAULT]\n"
               "                             check a copy; with --vault the result is logged\n"
               "  score VAULT [--json] [--snapshot]\n"
               "                             the posture score, its factors and next actions;\n"
               "                             --snapshot stores it as today's point of the trend\n"
               "  report VAULT --out FILE.pdf|DIR [--lang ja|en] [--period 90d|quarter|year]\n"
               "         [--prepared-by NAME]\n"
               "                             the executive report (A4, PDF) in that language;\n"
               "                             into DIR under its default name; recorded in the\n"
               "                             vault's report history\n") +
           moduleCommandsHelp() +
           Cli::tr("\n"
                   "Options:\n"
                   "  --passphrase-file FILE     read the passphrase from FILE (else "
                   "$KAMAE_PASSPHRASE)\n"
                   "  --new-passphrase-file FILE passwd: the new passphrase (else "
                   "$KAMAE_NEW_PASSPHRASE)\n"
                   "  --recovery-code-file FILE  verify, passwd: unlock with the recovery code\n"
                   "  --lang ja|en               language of messages (and of the report)\n"
                   "  --help, --version\n"
                   "\n"
                   "Exit codes: 0 done, 1 failed, 2 usage, 3 wrong passphrase or code,\n"
                   "4 damaged or unsupported file, 5 open in another Kamae, 6 cannot write,\n"
                   "7 a file to import has errors.\n");
}

int cmdInit(const Invocation &inv, QTextStream &out, QTextStream &err, bool demo)
{
    if (int rc = needVault(inv, err))
        return rc;
    QString org = inv.value(QStringLiteral("org"));
    if (demo)
        org = demo::demoOrganisationName();
    else if (org.trimmed().isEmpty())
        return fail(err, Cli::tr("Give the organisation's name with --org NAME."), UsageError);

    QString passphrase;
    const bool haveGiven =
        inv.has(QStringLiteral("passphrase-file")) || qEnvironmentVariableIsSet("KAMAE_PASSPHRASE");
    if (demo && !haveGiven) {
        passphrase = QString::fromLatin1(demo::kDemoPassphrase);
    } else {
        const auto pass = obtainNewSecret(inv.value(QStringLiteral("passphrase-file")),
                                          QStringLiteral("KAMAE_PASSPHRASE"),
                                          Cli::tr("New passphrase: "), Cli::tr("Repeat it: "), err);
        if (!pass)
            return fail(err, pass.error(), UsageError);
        passphrase = pass.value();
    }

    const QString path = inv.positional.first();
    vault::VaultStatus status;
    QString recovery;
    auto v = vault::Vault::create(path, passphrase, org, vault::CreateOptions::tuned(), &recovery,
                                  &status);
    if (!v)
        return fail(err, status);
    if (demo) {
        if (Status s = demo::populate(v->database()); !s) {
            v->close();
            QFile::remove(path);
            return fail(err, s.error());
        }
        if (vault::VaultStatus s = v->save(); !s)
            return fail(err, s);
    }
    out << Cli::tr("Created %1 for %2.").arg(QDir::toNativeSeparators(v->path()), org) << Qt::endl;
    if (demo && !haveGiven)
        out << Cli::tr("Demo passphrase: %1").arg(QString::fromLatin1(demo::kDemoPassphrase))
            << Qt::endl;
    out << Cli::tr("Recovery code (shown only now; print it or write it down and keep it locked "
                   "away):")
        << Qt::endl
        << "    " << recovery << Qt::endl;
    return Success;
}

int cmdVerify(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (int rc = needVault(inv, err))
        return rc;
    if (int rc = needReadableVaultFile(inv.positional.first(), err))
        return rc;
    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadOnly, &rc);
    if (!v)
        return rc;
    QString problems;
    if (!v->database().checkIntegrity(&problems))
        return fail(err,
                    Cli::tr("The database inside %1 has errors: %2")
                        .arg(QDir::toNativeSeparators(v->path()), problems),
                    DamagedFile);
    const auto org = store::OrganisationRepository(v->database()).load();
    if (!org)
        return fail(err, org.error(), DamagedFile);
    const auto kdf = v->kdfParams();
    const QFileInfo info(v->path());
    out << Cli::tr("File:          %1").arg(QDir::toNativeSeparators(v->path())) << Qt::endl;
    out << Cli::tr("Organisation:  %1").arg(org->name) << Qt::endl;
    out << Cli::tr("Sites:         %1 (%2 overseas)")
               .arg(org->sites.size())
               .arg(org->overseasSiteCount())
        << Qt::endl;
    out << Cli::tr("Schema:        version %1").arg(v->database().userVersion()) << Qt::endl;
    out << Cli::tr("Encryption:    %1, Argon2id %2 MiB × %3 passes")
               .arg(v->cipher() == crypto::Cipher::Aes256Gcm ? QStringLiteral("AES-256-GCM")
                                                             : QStringLiteral("ChaCha20-Poly1305"))
               .arg(kdf.memoryKiB / 1024)
               .arg(kdf.iterations)
        << Qt::endl;
    out << Cli::tr("Size:          %1 bytes, saved %2")
               .arg(info.size())
               .arg(i18n::formatDate(info.lastModified().date()) + QLatin1Char(' ') +
                    info.lastModified().toString(QStringLiteral("HH:mm")))
        << Qt::endl;
    out << Cli::tr("Audit log:     %1 entries").arg(store::AuditLog(v->database()).count())
        << Qt::endl;
    out << Cli::tr("Integrity:     ok") << Qt::endl;
    return Success;
}

int cmdPasswd(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (int rc = needVault(inv, err))
        return rc;
    if (int rc = needReadableVaultFile(inv.positional.first(), err))
        return rc;
    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadWrite, &rc);
    if (!v)
        return rc;
    const auto next = obtainNewSecret(inv.value(QStringLiteral("new-passphrase-file")),
                                      QStringLiteral("KAMAE_NEW_PASSPHRASE"),
                                      Cli::tr("New passphrase: "), Cli::tr("Repeat it: "), err);
    if (!next)
        return fail(err, next.error(), UsageError);
    if (vault::VaultStatus s = v->changePassphrase(next.value()); !s)
        return fail(err, s);
    out << Cli::tr("The passphrase of %1 was changed. The recovery code still works.")
               .arg(QDir::toNativeSeparators(v->path()))
        << Qt::endl;
    // The change itself is saved; only the .bak could not follow it.
    if (!v->backupWarning().isEmpty())
        err << "kamae: " << v->backupWarning() << Qt::endl;
    return Success;
}

} // namespace

bool needsGuiApplication(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        // The report, and a module's printing commands (`bcp print`).
        if (arguments.at(i) == QLatin1String("report"))
            return true;
        for (const report::ModuleReport *r : report::moduleReports())
            for (const modules::Command &c : r->commands)
                if (arguments.at(i) == QLatin1String(c.command) &&
                    arguments.value(i + 1) == QLatin1String(c.sub))
                    return true;
        return false;
    }
    return false;
}

namespace {

// Qt's own options, which QGuiApplication takes out of the arguments.
bool isQtOption(const QString &argument, bool *takesValue)
{
    static const QStringList withValue = {QStringLiteral("-platform"),
                                          QStringLiteral("-platformpluginpath"),
                                          QStringLiteral("-platformtheme"),
                                          QStringLiteral("-plugin"),
                                          QStringLiteral("-style"),
                                          QStringLiteral("-stylesheet"),
                                          QStringLiteral("-display"),
                                          QStringLiteral("-session"),
                                          QStringLiteral("-qwindowgeometry"),
                                          QStringLiteral("-qwindowtitle"),
                                          QStringLiteral("-qwindowicon"),
                                          QStringLiteral("-geometry"),
                                          QStringLiteral("-title")};
    static const QStringList flags = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                                      QStringLiteral("-nograb"), QStringLiteral("-dograb")};
    *takesValue = withValue.contains(argument);
    return *takesValue || flags.contains(argument);
}

} // namespace

QString windowVaultArgument(const QStringList &arguments, bool *opensWindow)
{
    QStringList rest;
    for (int i = 1; i < arguments.size(); ++i) {
        bool takesValue = false;
        if (isQtOption(arguments.at(i), &takesValue)) {
            i += takesValue ? 1 : 0;
            continue;
        }
        rest << arguments.at(i);
    }
    *opensWindow = false;
    if (rest.isEmpty()) {
        *opensWindow = true;
        return QString();
    }
    if (rest.size() != 1 || rest.first().startsWith(QLatin1Char('-')))
        return QString();
    // Only a file that exists or is named like a vault opens the window:
    // a mistyped command must not become a vault called "frobnicate".
    const QString &path = rest.first();
    const QFileInfo info(path);
    if ((info.exists() && !info.isDir()) ||
        path.endsWith(QLatin1String(".kamae"), Qt::CaseInsensitive)) {
        *opensWindow = true;
        return path;
    }
    return QString();
}

bool isCommandLine(const QStringList &arguments)
{
    bool opensWindow = false;
    windowVaultArgument(arguments, &opensWindow);
    return !opensWindow;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Invocation inv = parse(arguments, valuedOptions());
    // --version is the program's version, but a version of a record for a
    // command that takes one: parsed again with its value.
    const QString versionOption = QStringLiteral("version");
    const bool versionValued = commandTakesValue(inv, versionOption);
    if (versionValued)
        inv = parse(arguments, valuedOptions() << versionOption);
    QString lang = AppSettings::language();
    if (inv.has(QStringLiteral("lang")))
        lang = inv.value(QStringLiteral("lang"));
    if (lang != QLatin1String("ja") && lang != QLatin1String("en"))
        return fail(err, Cli::tr("Unknown language \"%1\": use ja or en.").arg(lang), UsageError);
    i18n::applyLanguage(lang);

    if (!inv.error.isEmpty())
        return fail(err, inv.error, UsageError);
    if (inv.has(versionOption) && !versionValued) {
        out << "kamae " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    // isCommandLine() routes "-h" here; the parser takes it for a command.
    if (inv.has(QStringLiteral("help")) || inv.command == QLatin1String("help") ||
        inv.command == QLatin1String("-h") || inv.command.isEmpty()) {
        out << usage();
        return inv.command.isEmpty() && !inv.has(QStringLiteral("help")) ? UsageError : Success;
    }

    static const std::map<QString,
                          std::function<int(const Invocation &, QTextStream &, QTextStream &)>>
        commands = {
            {QStringLiteral("init"),
             [](const Invocation &i, QTextStream &o, QTextStream &e) {
                 return cmdInit(i, o, e, false);
             }},
            {QStringLiteral("demo"),
             [](const Invocation &i, QTextStream &o, QTextStream &e) {
                 return cmdInit(i, o, e, true);
             }},
            {QStringLiteral("verify"), cmdVerify},
            {QStringLiteral("passwd"), cmdPasswd},
            {QStringLiteral("assets"), runAssets},
            {QStringLiteral("feeds"), runFeeds},
            {QStringLiteral("patches"), runPatches},
            {QStringLiteral("due"), runDue},
            {QStringLiteral("backup"), runBackup},
            {QStringLiteral("score"), runScore},
            {QStringLiteral("report"), runReport},
        };
    if (int rc = checkInvocation(inv, err))
        return rc;
    const auto it = commands.find(inv.command);
    if (it == commands.end())
        return runModuleCommand(inv, out, err); // checkInvocation knows it
    return it->second(inv, out, err);
}

} // namespace cli
} // namespace kamae
