#include "TestSupport.h"

#include "backups/BackupRules.h"
#include "bcp/BcpRepository.h"
#include "cli/Cli.h"
#include "cli/CliSupport.h"
#include "incidents/IncidentDefaults.h"
#include "incidents/IncidentRepository.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"
#include "training/TrainingDesk.h"
#include "vault/Crypto.h"
#include "vault/Vault.h"
#include "vault/VaultFormat.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QUuid>
#include <QtTest>

#include <sys/stat.h>

#include <algorithm>

using namespace kamae;

namespace {

// Passphrases the command line must never echo. The demo passphrase is
// public and printed on purpose, so it is not among them.
const QString kPassphrase = QStringLiteral("cli-Passphrase-1 ひみつ");
const QString kNewPassphrase = QStringLiteral("cli-New-Passphrase-2");
const QString kWrongPassphrase = QStringLiteral("wrong-guess-3");
const QString kFilePassphrase = QStringLiteral("from-a-file-4");

const QRegularExpression &recoveryCodePattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\b[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){5}\\b"));
    return re;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

bool hasJapanese(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x3000 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60'000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // Runs the real executable with no terminal and a clean environment:
    // only the variables named here carry secrets.
    Run kamae(const QStringList &arguments, const QMap<QString, QString> &environment = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(KAMAE_BINARY));
        process.setArguments(arguments);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KAMAE_PASSPHRASE"));
        env.remove(QStringLiteral("KAMAE_NEW_PASSPHRASE"));
        // The locale comes from LANG alone, so a test can choose it.
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        // A null value removes the variable (no display, for example).
        for (auto it = environment.begin(); it != environment.end(); ++it) {
            if (it.value().isNull())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(env);
        process.start();
        Run run;
        if (!process.waitForStarted(10'000)) {
            run.err = process.errorString();
            return run;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("timed out");
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        m_output += run.out + run.err;
        return run;
    }

    static QString describe(const Run &run)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(run.exitCode)
            .arg(run.out, run.err);
    }

    // A vault made in-process with cheap key derivation, so that the
    // command line opens it quickly; the header carries the parameters.
    QString cheapVault(const QString &name, QString *recoveryCode = nullptr)
    {
        const QString path = m_home.filePath(name);
        vault::VaultStatus status;
        auto v = vault::Vault::create(path, kPassphrase, QStringLiteral("Cli Test KK"),
                                      test::cheapOptions(), recoveryCode, &status);
        if (!v)
            return {};
        domain::Organisation org = test::sampleOrganisation(QStringLiteral("Cli Test KK"));
        if (!store::OrganisationRepository(v->database()).save(org) || !v->save())
            return {};
        return path;
    }

    QTemporaryDir m_home;
    QString m_output;

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_cli");
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(KAMAE_BINARY)).isExecutable(), KAMAE_BINARY);
    }

    void init() { m_output.clear(); }

    void cleanup()
    {
        for (const QString &secret :
             {kPassphrase, kNewPassphrase, kWrongPassphrase, kFilePassphrase})
            QVERIFY2(!m_output.contains(secret), qPrintable(m_output));
    }

    void versionAndHelp()
    {
        Run run = kamae({QStringLiteral("--version")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        // Between releases the version carries the commit (installer/README.md).
        const QRegularExpression version(QStringLiteral("^kamae ") +
                                         QRegularExpression::escape(QStringLiteral(KAMAE_VERSION)) +
                                         QStringLiteral("(\\+git[0-9]{8}\\.[0-9a-f]+)?$"));
        QVERIFY2(version.match(run.out.trimmed()).hasMatch(), qPrintable(run.out));

        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            run = kamae({flag});
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
            for (const char *command :
                 {"init", "demo", "verify", "passwd", "--passphrase-file", "--recovery-code-file"})
                QVERIFY2(run.out.contains(QLatin1String(command)), command);
        }
    }

    void usageErrors()
    {
        Run run =
            kamae({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--version")});
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY(run.err.startsWith(QLatin1String("kamae: ")));

        run = kamae({QStringLiteral("verify")});
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    // Only no argument, or one path that exists or is named like a vault,
    // opens the window; anything else is the command line's to refuse.
    void unknownCommand()
    {
        QVERIFY(cli::isCommandLine({QStringLiteral("kamae"), QStringLiteral("verify")}));
        QVERIFY(cli::isCommandLine({QStringLiteral("kamae"), QStringLiteral("--lang"),
                                    QStringLiteral("ja"), QStringLiteral("--help")}));
        QVERIFY(!cli::isCommandLine({QStringLiteral("kamae")}));
        QVERIFY(!cli::isCommandLine({QStringLiteral("kamae"), QStringLiteral("a.kamae")}));
        QVERIFY(!cli::isCommandLine(
            {QStringLiteral("kamae"), QStringLiteral("-platform"), QStringLiteral("xcb")}));
        const QString existing = m_home.filePath(QStringLiteral("company.dat"));
        QVERIFY(test::writeFile(existing, "x"));
        bool opensWindow = false;
        QCOMPARE(cli::windowVaultArgument({QStringLiteral("kamae"), existing}, &opensWindow),
                 existing);
        QVERIFY(opensWindow);
        QCOMPARE(cli::windowVaultArgument({QStringLiteral("kamae"), QStringLiteral("-style"),
                                           QStringLiteral("fusion"), QStringLiteral("b.KAMAE")},
                                          &opensWindow),
                 QStringLiteral("b.KAMAE"));
        QVERIFY(opensWindow);
        for (const QStringList &args :
             {QStringList{QStringLiteral("kamae"), QStringLiteral("foo")},
              QStringList{QStringLiteral("kamae"), QStringLiteral("people"),
                          QStringLiteral("import"), QStringLiteral("X"), QStringLiteral("Y")},
              QStringList{QStringLiteral("kamae"), QStringLiteral("--jsno")},
              QStringList{QStringLiteral("kamae"), QStringLiteral("a.kamae"),
                          QStringLiteral("b.kamae")}}) {
            QVERIFY2(cli::isCommandLine(args), qPrintable(args.join(QLatin1Char(' '))));
            QCOMPARE(cli::windowVaultArgument(args, &opensWindow), QString());
            QVERIFY(!opensWindow);
        }

        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(cli::run({QStringLiteral("kamae"), QStringLiteral("frobnicate")}, out, err),
                 int(cli::UsageError));
        QVERIFY2(errText.contains(QLatin1String("frobnicate")), qPrintable(errText));
        errText.clear();
        QCOMPARE(cli::run({QStringLiteral("kamae"), QStringLiteral("scor"), QStringLiteral("v")},
                          out, err),
                 int(cli::UsageError));
        QVERIFY2(errText.contains(QLatin1String("\"score\"")), qPrintable(errText));
        outText.clear();
        QCOMPARE(cli::run({QStringLiteral("kamae")}, out, err), int(cli::UsageError));
        QVERIFY(outText.contains(QLatin1String("verify")));

        // Through the real binary: refused on the terminal, no window, no file.
        const Run run =
            kamae({QStringLiteral("people"), QStringLiteral("frob"),
                   m_home.filePath(QStringLiteral("people.kamae")), QStringLiteral("x.csv")});
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QLatin1String("people")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("people.kamae"))));
    }

    // Every command refuses an option it does not take, before touching a
    // file, with one line that names the option and the command's usage.
    void unknownOptionsAreRefused()
    {
        const QString path = m_home.filePath(QStringLiteral("options.kamae"));
        for (const cli::CommandSpec &spec : cli::commandSpecs()) {
            QStringList args = {QStringLiteral("kamae"), QLatin1String(spec.command)};
            if (*spec.sub)
                args << QLatin1String(spec.sub);
            args << path << QStringLiteral("--no-such-option");
            QString outText, errText;
            QTextStream out(&outText), err(&errText);
            const QString what = args.join(QLatin1Char(' '));
            QCOMPARE(cli::run(args, out, err), int(cli::UsageError));
            QVERIFY2(errText.contains(QLatin1String("--no-such-option")), qPrintable(what));
            QVERIFY2(errText.contains(QLatin1String("kamae ") + QLatin1String(spec.command)),
                     qPrintable(errText));
            QCOMPARE(errText.count(QLatin1Char('\n')), 1);
            QVERIFY2(!QFileInfo::exists(path), qPrintable(what));
        }

        // A slip gets a suggestion, a flag given a value is refused, and an
        // option of another command is not accepted here.
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(cli::run({QStringLiteral("kamae"), QStringLiteral("score"), path,
                           QStringLiteral("--jsno")},
                          out, err),
                 int(cli::UsageError));
        QVERIFY2(errText.contains(QLatin1String("--json?")), qPrintable(errText));
        QVERIFY2(errText.contains(QLatin1String("kamae score VAULT")), qPrintable(errText));
        errText.clear();
        QCOMPARE(cli::run({QStringLiteral("kamae"), QStringLiteral("score"), path,
                           QStringLiteral("--json=yes")},
                          out, err),
                 int(cli::UsageError));
        QVERIFY2(errText.contains(QLatin1String("--json")), qPrintable(errText));
        errText.clear();
        QCOMPARE(cli::run({QStringLiteral("kamae"), QStringLiteral("score"), path,
                           QStringLiteral("--out"), QStringLiteral("x.pdf")},
                          out, err),
                 int(cli::UsageError));
        QVERIFY2(errText.contains(QLatin1String("--out")), qPrintable(errText));
        errText.clear();
        QCOMPARE(cli::run({QStringLiteral("kamae"), QStringLiteral("assets"),
                           QStringLiteral("frob"), path},
                          out, err),
                 int(cli::UsageError));
        QVERIFY2(errText.contains(QLatin1String("assets frob")), qPrintable(errText));
        QVERIFY2(errText.contains(QLatin1String("import|export|list")), qPrintable(errText));
        QVERIFY(!QFileInfo::exists(path));
    }

    void initCreatesAVault()
    {
        const QString path = m_home.filePath(QStringLiteral("init.kamae"));
        Run run = kamae({QStringLiteral("init"), path, QStringLiteral("--org"),
                         QStringLiteral("株式会社テスト")},
                        {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(QFileInfo::exists(path));
        const QRegularExpressionMatch code = recoveryCodePattern().match(run.out);
        QVERIFY2(code.hasMatch(), qPrintable(run.out));

        // Opens with the passphrase, at production strength.
        run = kamae({QStringLiteral("verify"), path},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("株式会社テスト")));
        QVERIFY(run.out.contains(QLatin1String("Integrity:     ok")));
        const vault::Parsed parsed = vault::parse(test::readFile(path));
        const vault::KeySlot *slot = parsed.header.slot(vault::SlotKind::Passphrase);
        QVERIFY(slot);
        QVERIFY(slot->kdfParams.memoryKiB >= 64u * 1024);

        // And the printed code is the real one.
        const QString codeFile = m_home.filePath(QStringLiteral("init-code.txt"));
        QVERIFY(test::writeFile(codeFile, code.captured(0).toLatin1() + "\n"));
        run = kamae(
            {QStringLiteral("verify"), path, QStringLiteral("--recovery-code-file"), codeFile});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("株式会社テスト")));
    }

    void initRefusesAnExistingFile()
    {
        const QString path = m_home.filePath(QStringLiteral("existing.kamae"));
        QVERIFY(test::writeFile(path, "keep me\n"));
        const Run run =
            kamae({QStringLiteral("init"), path, QStringLiteral("--org"), QStringLiteral("X")},
                  {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}});
        QVERIFY2(run.exitCode == cli::WriteFailed, qPrintable(describe(run)));
        QCOMPARE(test::readFile(path), QByteArray("keep me\n"));
        QVERIFY(!recoveryCodePattern().match(run.out).hasMatch());
    }

    void initWithoutPassphraseOrTerminal()
    {
        const QString path = m_home.filePath(QStringLiteral("nopass.kamae"));
        const Run run =
            kamae({QStringLiteral("init"), path, QStringLiteral("--org"), QStringLiteral("X")});
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY(run.err.startsWith(QLatin1String("kamae: ")));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.err.contains(QLatin1String("KAMAE_PASSPHRASE")));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(vault::Vault::lockFilePath(path)));
    }

    void verify()
    {
        QString code;
        const QString path = cheapVault(QStringLiteral("verify.kamae"), &code);
        QVERIFY(!path.isEmpty());

        Run run = kamae({QStringLiteral("verify"), path},
                        {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QLatin1String("Cli Test KK")));
        QVERIFY(run.out.contains(QLatin1String("3 (1 overseas)")));

        // The English message is pinned; --lang en makes it independent of
        // the saved language setting.
        run =
            kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"), path},
                  {{QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase}});
        QVERIFY2(run.exitCode == cli::WrongSecret, qPrintable(describe(run)));
        QVERIFY2(run.err.startsWith(QLatin1String("kamae: The passphrase is not correct.")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.out.isEmpty());
        const QString english = run.err;

        run =
            kamae({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("verify"), path},
                  {{QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase}});
        QVERIFY2(run.exitCode == cli::WrongSecret, qPrintable(describe(run)));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err != english && hasJapanese(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("パスフレーズが正しくありません")),
                 qPrintable(run.err));

        // With no language chosen yet, Kamae follows the system's locale.
        run = kamae({QStringLiteral("verify"), path},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase},
                     {QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8")}});
        QVERIFY2(run.err.contains(QStringLiteral("パスフレーズが正しくありません")),
                 qPrintable(run.err));
        run = kamae({QStringLiteral("verify"), path},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase},
                     {QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}});
        QCOMPARE(run.err, english);

        const QString passFile = m_home.filePath(QStringLiteral("pass.txt"));
        QVERIFY(test::writeFile(passFile, kPassphrase.toUtf8() + "\r\n"));
        run = kamae({QStringLiteral("verify"), path, QStringLiteral("--passphrase-file"), passFile},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        const QString codeFile = m_home.filePath(QStringLiteral("code.txt"));
        QVERIFY(test::writeFile(codeFile, code.toLower().toLatin1() + "\n"));
        run = kamae(
            {QStringLiteral("verify"), path, QStringLiteral("--recovery-code-file"), codeFile});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QLatin1String("Cli Test KK")));
    }

    void verifyDamagedFile()
    {
        const QString path = cheapVault(QStringLiteral("damaged.kamae"));
        QVERIFY(!path.isEmpty());
        QByteArray bytes = test::readFile(path);
        bytes[bytes.size() - 20] = static_cast<char>(bytes[bytes.size() - 20] ^ 0x10);
        QVERIFY(test::writeFile(path, bytes));
        const Run run = kamae({QStringLiteral("verify"), path},
                              {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}});
        QVERIFY2(run.exitCode == cli::DamagedFile, qPrintable(describe(run)));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(test::readFile(path), bytes);
    }

    void passwd()
    {
        QString code;
        const QString path = cheapVault(QStringLiteral("passwd.kamae"), &code);
        QVERIFY(!path.isEmpty());

        // Refused while another Kamae has the file open.
        {
            vault::VaultStatus status;
            auto holder = vault::Vault::open(path, kPassphrase, &status);
            QVERIFY(holder);
            const Run run = kamae({QStringLiteral("passwd"), path},
                                  {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase},
                                   {QStringLiteral("KAMAE_NEW_PASSPHRASE"), kNewPassphrase}});
            QVERIFY2(run.exitCode == cli::Locked, qPrintable(describe(run)));
        }

        Run run = kamae({QStringLiteral("passwd"), path},
                        {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase},
                         {QStringLiteral("KAMAE_NEW_PASSPHRASE"), kNewPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        run = kamae({QStringLiteral("verify"), path},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kNewPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = kamae({QStringLiteral("verify"), path},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}});
        QVERIFY2(run.exitCode == cli::WrongSecret, qPrintable(describe(run)));

        vault::VaultStatus status;
        QVERIFY2(vault::Vault::openWithRecoveryCode(path, code, &status, vault::OpenMode::ReadOnly),
                 qPrintable(status.message()));
    }

    // Issue 14: two kamae reaching one vault by two paths both saved, and
    // one side's changes vanished with exit 0. Through a link or a linked
    // folder, the second one is refused (exit 5) and the file is unchanged.
    void secondPathToAnOpenVaultIsRefused()
    {
        const QString path = cheapVault(QStringLiteral("linked.kamae"));
        QVERIFY(!path.isEmpty());
        const QString link = m_home.filePath(QStringLiteral("link-to-linked.kamae"));
        QVERIFY(QFile::link(path, link));
        const QString folder = m_home.filePath(QStringLiteral("home-link"));
        QVERIFY(QFile::link(m_home.path(), folder));
        vault::VaultStatus status;
        auto holder = vault::Vault::open(path, kPassphrase, &status);
        QVERIFY2(holder, qPrintable(status.message()));
        const QByteArray before = test::readFile(path);
        for (const QString &other : {link, QDir(folder).filePath(QStringLiteral("linked.kamae"))}) {
            const Run run = kamae({QStringLiteral("passwd"), other},
                                  {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase},
                                   {QStringLiteral("KAMAE_NEW_PASSPHRASE"), kNewPassphrase}});
            QVERIFY2(run.exitCode == cli::Locked, qPrintable(describe(run)));
            QVERIFY2(run.err.contains(
                         QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                     qPrintable(run.err));
        }
        QCOMPARE(test::readFile(path), before);
        QVERIFY(QFileInfo(link).isSymLink());
    }

    // Issue 14: a passphrase file with the bytes FF FE made a vault that
    // C0 C1 opened (both became U+FFFD U+FFFD). Bytes that are not UTF-8
    // are refused, in files, in the environment, at create and at open.
    void secretsThatAreNotUtf8AreRefused()
    {
        const QString ffFe = m_home.filePath(QStringLiteral("ff-fe.txt"));
        const QString c0C1 = m_home.filePath(QStringLiteral("c0-c1.txt"));
        QVERIFY(test::writeFile(ffFe, QByteArray("\xFF\xFE\n")));
        QVERIFY(test::writeFile(c0C1, QByteArray("\xC0\xC1\n")));

        // Creating: no vault is made.
        const QString created = m_home.filePath(QStringLiteral("not-utf8.kamae"));
        Run run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"),
                         created, QStringLiteral("--org"), QStringLiteral("X"),
                         QStringLiteral("--passphrase-file"), ffFe});
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QLatin1String("is not UTF-8 text")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFileInfo::exists(created));

        // Opening: refused, the file byte-identical.
        const QString path = cheapVault(QStringLiteral("utf8.kamae"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::readFile(path);
        for (const QString &option :
             {QStringLiteral("--passphrase-file"), QStringLiteral("--recovery-code-file")}) {
            run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("verify"),
                         path, option, c0C1});
            QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
            QVERIFY2(run.err.contains(QLatin1String("is not UTF-8 text")), qPrintable(run.err));
        }
        run = kamae({QStringLiteral("passwd"), path, QStringLiteral("--new-passphrase-file"), ffFe},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}});
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QCOMPARE(test::readFile(path), before);

        // The environment: raw bytes through the shell (QProcessEnvironment
        // only takes text).
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        shell.setProcessEnvironment(env);
        shell.start(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("KAMAE_PASSPHRASE=\"$(printf '\\377\\376')\" exec \"$0\" --lang "
                            "en verify \"$1\""),
             QStringLiteral(KAMAE_BINARY), path});
        QVERIFY(shell.waitForFinished(60'000));
        const QString shellErr = QString::fromUtf8(shell.readAllStandardError());
        QVERIFY2(shell.exitCode() == cli::UsageError, qPrintable(shellErr));
        QVERIFY2(shellErr.contains(QLatin1String("$KAMAE_PASSPHRASE is not UTF-8 text")),
                 qPrintable(shellErr));
        QCOMPARE(test::readFile(path), before);

        // UTF-8 with Japanese text works both ways, from a file and from the
        // environment, and a file without a final newline too.
        const QString good = m_home.filePath(QStringLiteral("good.txt"));
        QVERIFY(test::writeFile(good, kPassphrase.toUtf8()));
        run = kamae({QStringLiteral("verify"), path, QStringLiteral("--passphrase-file"), good});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = kamae({QStringLiteral("verify"), path},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }

    // Issue 14: `kamae verify /dev/zero` read until it aborted, a FIFO
    // hung. Vaults, copies and secret files must be regular files.
    void devicesAndFifosAreRefused()
    {
        const QString fifo = m_home.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString path = cheapVault(QStringLiteral("devices.kamae"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::readFile(path);
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        for (const QString &target : {QStringLiteral("/dev/zero"), fifo}) {
            for (const QStringList &arguments :
                 {QStringList{QStringLiteral("verify"), target},
                  QStringList{QStringLiteral("passwd"), target},
                  QStringList{QStringLiteral("backup"), QStringLiteral("verify"), target},
                  QStringList{QStringLiteral("backup"), QStringLiteral("verify"), target,
                              QStringLiteral("--vault"), path}}) {
                const Run run = kamae(
                    QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments, pass);
                QVERIFY2(run.exitCode == cli::DamagedFile,
                         qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') +
                                    describe(run)));
                QVERIFY2(run.err.contains(
                             QLatin1String(", not a file: Kamae reads only ordinary files.")),
                         qPrintable(run.err));
            }
            for (const QString &option :
                 {QStringLiteral("--passphrase-file"), QStringLiteral("--recovery-code-file")}) {
                const Run run = kamae({QStringLiteral("--lang"), QStringLiteral("en"),
                                       QStringLiteral("verify"), path, option, target});
                QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
                QVERIFY2(run.err.contains(
                             QLatin1String(", not a file: Kamae reads only ordinary files.")),
                         qPrintable(run.err));
            }
        }
        // Nothing was logged in the vault.
        QCOMPARE(test::readFile(path), before);
    }

    // Issue 14: a failed save on the command line said "Your data is still
    // open", the window's wording; and a full disk said "Unknown error".
    void failedSaveSaysTheFileIsAsItWas()
    {
        const QString path = cheapVault(QStringLiteral("too-big.kamae"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::readFile(path);
        QVERIFY(before.size() > 2048);
        Run run;
        {
            // Inherited by the child process: its lock file fits, its vault
            // does not.
            test::FileSizeLimit limit(2048);
            QVERIFY(limit.active());
            run = kamae(
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("passwd"), path},
                {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase},
                 {QStringLiteral("KAMAE_NEW_PASSPHRASE"), kNewPassphrase}});
        }
        QVERIFY2(run.exitCode == cli::WriteFailed, qPrintable(describe(run)));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QLatin1String("The change was not saved; the file is as it was")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("still open")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Unknown error")), qPrintable(run.err));
        QCOMPARE(test::readFile(path), before);
        vault::VaultStatus status;
        QVERIFY2(vault::Vault::open(path, kPassphrase, &status, vault::OpenMode::ReadOnly),
                 qPrintable(status.message()));
    }

    void assetsImportExportList()
    {
        const QString path = cheapVault(QStringLiteral("assets.kamae"));
        QVERIFY(!path.isEmpty());
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};

        // A bad file changes nothing and names each bad row.
        const QString bad = m_home.filePath(QStringLiteral("bad.csv"));
        QVERIFY(test::writeFile(bad, "name,confidentiality\r\nA,3\r\nB,7\r\n,1\r\n"));
        const QByteArray before = test::readFile(path);
        Run run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("assets"),
                         QStringLiteral("import"), path, bad},
                        pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("line 3")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("line 4")));
        QVERIFY(!run.err.contains(QStringLiteral("line 2")));
        QCOMPARE(test::readFile(path), before);

        // A Shift_JIS file with Japanese headers, as Excel saves it.
        const QString good = m_home.filePath(QStringLiteral("good.csv"));
        QStringEncoder sjis("windows-31j");
        const QByteArray bytes = sjis.encode(
            QStringLiteral("業務分類,情報資産名称,管理部署,機密性,完全性,可用性\r\n"
                           "営業,顧客台帳,営業部,3,2,2\r\n人事,従業員名簿,総務部,2,2,1\r\n"));
        QVERIFY(test::writeFile(good, bytes));
        run = kamae({QStringLiteral("assets"), QStringLiteral("import"), path, good}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        run = kamae(
            {QStringLiteral("assets"), QStringLiteral("list"), path, QStringLiteral("--json")},
            pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0)[QStringLiteral("name")].toString(), QStringLiteral("顧客台帳"));
        QCOMPARE(list.at(0)[QStringLiteral("importance")].toInt(), 3);
        QCOMPARE(list.at(1)[QStringLiteral("owner_department")].toString(),
                 QStringLiteral("総務部"));
        // An import names no owner from the people list.
        QVERIFY(list.at(1)[QStringLiteral("owner")].isNull());
        QVERIFY(list.at(1)[QStringLiteral("owner_id")].isNull());

        for (const QString &name : {QStringLiteral("out.xlsx"), QStringLiteral("out.csv")}) {
            const QString out = m_home.filePath(name);
            run = kamae({QStringLiteral("assets"), QStringLiteral("export"), path,
                         QStringLiteral("--out"), out},
                        pass);
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
            QVERIFY(QFileInfo(out).size() > 100);
        }
        // The export reads back in, but its rows are already in the
        // register: refused, listed, the vault as it was.
        const QByteArray beforeAgain = test::readFile(path);
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("assets"),
                     QStringLiteral("import"), path, m_home.filePath(QStringLiteral("out.xlsx"))},
                    pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        QVERIFY2(
            run.err.contains(QStringLiteral("line 2: \"顧客台帳\" is already in the register")),
            qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("line 3")));
        QVERIFY(run.err.contains(QStringLiteral("--allow-duplicates")));
        QCOMPARE(test::readFile(path), beforeAgain);
        // Asked for, the same two assets again.
        run = kamae({QStringLiteral("assets"), QStringLiteral("import"), path,
                     m_home.filePath(QStringLiteral("out.xlsx")),
                     QStringLiteral("--allow-duplicates")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("assets"),
                     QStringLiteral("list"), path},
                    pass);
        QVERIFY2(run.out.endsWith(QStringLiteral("4 assets\n")), qPrintable(run.out));
    }

    void assetsImportIpaRegister_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << "ipa_register_excel.xlsx";
        QTest::newRow("unicode text") << "ipa_register_excel_unicode.txt";
    }
    void assetsImportIpaRegister()
    {
        // The IPA register as Excel saves it: title rows, a two-row header,
        // three personal-data columns; every column not imported is named.
        QFETCH(QString, file);
        const QString path =
            cheapVault(QStringLiteral("ipa-%1.kamae").arg(file.section(QLatin1Char('.'), -1)));
        QVERIFY(!path.isEmpty());
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        Run run =
            kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("assets"),
                   QStringLiteral("import"), path, QStringLiteral(KAMAE_TEST_DATA "/io/") + file},
                  pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("Imported 5 assets")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Columns not imported: No., 重要度 (computed by "
                                                 "Kamae), 停止許容時間")),
                 qPrintable(run.out));
        run = kamae(
            {QStringLiteral("assets"), QStringLiteral("list"), path, QStringLiteral("--json")},
            pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 5);
        QCOMPARE(list.at(1)[QStringLiteral("name")].toString(),
                 QStringLiteral("源泉徴収票（マイナンバー記載）"));
        QCOMPARE(list.at(1)[QStringLiteral("personal_data")].toString(),
                 QStringLiteral("my_number"));
        QCOMPARE(list.at(1)[QStringLiteral("importance")].toInt(), 3);
        QCOMPARE(list.at(0)[QStringLiteral("personal_data")].toString(),
                 QStringLiteral("sensitive"));
        QCOMPARE(list.at(3)[QStringLiteral("personal_data")].toString(), QStringLiteral("none"));
    }

    void assetsImportWithMap()
    {
        const QString path = cheapVault(QStringLiteral("map.kamae"));
        QVERIFY(!path.isEmpty());
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        // A provider's register whose headers Kamae does not know.
        const QString file = m_home.filePath(QStringLiteral("provider.csv"));
        QVERIFY(test::writeFile(file, QStringLiteral("機器一覧\r\n\r\n区分,品名,設置場所,担当\r\n"
                                                     "PC,ノートPC 01,本社,山田\r\n"
                                                     "NW,UTM,サーバ室,鈴木\r\n")
                                          .toUtf8()));
        const QByteArray before = test::readFile(path);
        Run run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("assets"),
                         QStringLiteral("import"), path, file},
                        pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        // The message shows what was found and what is accepted.
        QVERIFY2(run.err.contains(QStringLiteral("Row 3 looks like the header")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("品名")));
        QVERIFY(run.err.contains(QStringLiteral("情報資産名称")));
        QVERIFY(run.err.contains(QStringLiteral("--map name=HEADER")));
        QCOMPARE(test::readFile(path), before);

        // A mistyped key or header is a usage error, nothing changed.
        run = kamae({QStringLiteral("assets"), QStringLiteral("import"), path, file,
                     QStringLiteral("--map"), QStringLiteral("nmae=品名")},
                    pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("assets"),
                     QStringLiteral("import"), path, file, QStringLiteral("--map"),
                     QStringLiteral("name=品番")},
                    pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("設置場所")), qPrintable(run.err));
        run = kamae({QStringLiteral("assets"), QStringLiteral("import"), path, file,
                     QStringLiteral("--map"), QStringLiteral("name")},
                    pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QCOMPARE(test::readFile(path), before);

        // --map is repeatable; the other options still work beside it.
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("assets"),
                     QStringLiteral("import"), path, file, QStringLiteral("--map"),
                     QStringLiteral("name=品名"), QStringLiteral("--map=location=設置場所"),
                     QStringLiteral("--map"), QStringLiteral("owner_department=担当"),
                     QStringLiteral("--encoding"), QStringLiteral("utf8")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("Columns not imported: 区分.")),
                 qPrintable(run.out));
        run = kamae(
            {QStringLiteral("assets"), QStringLiteral("list"), path, QStringLiteral("--json")},
            pass);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1)[QStringLiteral("name")].toString(), QStringLiteral("UTM"));
        QCOMPARE(list.at(1)[QStringLiteral("location")].toString(), QStringLiteral("サーバ室"));
        QCOMPARE(list.at(1)[QStringLiteral("owner_department")].toString(), QStringLiteral("鈴木"));
    }

    void assetsImportRowsOnlyInUnmappedColumns()
    {
        const QString path = cheapVault(QStringLiteral("unmapped.kamae"));
        QVERIFY(!path.isEmpty());
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        const QString file = m_home.filePath(QStringLiteral("unmapped.csv"));
        QVERIFY(test::writeFile(
            file, QStringLiteral("情報資産名称,担当者\r\nPC-01,山田\r\n,鈴木\r\n").toUtf8()));
        const QByteArray before = test::readFile(path);
        const Run run = kamae({QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("assets"), QStringLiteral("import"), path, file},
                              pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("line 3: The asset name is empty.")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("Columns not imported: 担当者")));
        QCOMPARE(test::readFile(path), before);
    }

    void assetsImportRefusesDevicesAndPipes()
    {
        const QString path = cheapVault(QStringLiteral("device.kamae"));
        QVERIFY(!path.isEmpty());
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        const QString fifo = m_home.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        const QByteArray before = test::readFile(path);
        for (const QString &input : {QStringLiteral("/dev/urandom"), fifo}) {
            const Run run = kamae({QStringLiteral("--lang"), QStringLiteral("en"),
                                   QStringLiteral("assets"), QStringLiteral("import"), path, input},
                                  pass);
            QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
            QVERIFY2(run.err.contains(QStringLiteral(", not a file")), qPrintable(run.err));
            QCOMPARE(run.err.count(input), 1);
        }
        QCOMPARE(test::readFile(path), before);
    }

    void feedsImportAndPatchesList()
    {
        const QString path = cheapVault(QStringLiteral("feeds.kamae"));
        QVERIFY(!path.isEmpty());
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        const QString assets = m_home.filePath(QStringLiteral("vpn.csv"));
        QVERIFY(test::writeFile(assets, "name,kind,vendor,product,version\r\n"
                                        "VPN,device,Fortinet,FortiOS,6.0.4\r\n"));
        Run run = kamae({QStringLiteral("assets"), QStringLiteral("import"), path, assets}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        // A truncated download is refused before the vault is opened.
        const QByteArray kev = test::readFile(
            QStringLiteral(KAMAE_TEST_DATA "/feeds/known_exploited_vulnerabilities.json"));
        const QString cut = m_home.filePath(QStringLiteral("cut.json"));
        QVERIFY(test::writeFile(cut, kev.left(kev.size() / 2)));
        const QByteArray before = test::readFile(path);
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("feeds"),
                     QStringLiteral("import"), path, cut},
                    pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("cut.json")), qPrintable(run.err));
        QCOMPARE(test::readFile(path), before);

        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("feeds"),
                     QStringLiteral("import"), path,
                     QStringLiteral(KAMAE_TEST_DATA "/feeds/known_exploited_vulnerabilities.json")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("2024.05.01")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("29 new")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("proposal")), qPrintable(run.out));
        run = kamae({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("feeds"),
                     QStringLiteral("import"), path,
                     QStringLiteral(KAMAE_TEST_DATA "/feeds/jvndb.rdf")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(hasJapanese(run.out), qPrintable(run.out));

        // An older catalogue: refused, file unchanged.
        QByteArray older = kev;
        older.replace("\"dateReleased\": \"2024-05-01", "\"dateReleased\": \"2023-05-01");
        QVERIFY(older != kev);
        const QString olderPath = m_home.filePath(QStringLiteral("older.json"));
        QVERIFY(test::writeFile(olderPath, older));
        const QByteArray imported = test::readFile(path);
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("feeds"),
                     QStringLiteral("import"), path, olderPath},
                    pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("older")), qPrintable(run.err));
        QCOMPARE(test::readFile(path), imported);

        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("patches"),
                     QStringLiteral("list"), path},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.endsWith(QStringLiteral("0 patch items, 0 overdue\n")),
                 qPrintable(run.out));
        run = kamae({QStringLiteral("patches"), QStringLiteral("list"), path,
                     QStringLiteral("--overdue"), QStringLiteral("--all")},
                    pass);
        QCOMPARE(run.exitCode, int(cli::UsageError));
        run = kamae({QStringLiteral("patches"), QStringLiteral("lits"), path}, pass);
        QCOMPARE(run.exitCode, int(cli::UsageError));
    }

    // kamae patches proposals / confirm / dismiss: the Proposals tab without
    // the window, through the same PatchDesk.
    void patchProposalsConfirmAndDismiss()
    {
        const QString path = cheapVault(QStringLiteral("proposals.kamae"));
        QVERIFY(!path.isEmpty());
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        const QString assets = m_home.filePath(QStringLiteral("four.csv"));
        QVERIFY(test::writeFile(assets, "name,kind,vendor,product,version,last_updated\r\n"
                                        "VPN,device,Fortinet,FortiOS,7.2.4,2023-03-01\r\n"
                                        "PC,device,Microsoft,Windows,11 23H2,2025-05-14\r\n"
                                        "PDF,software,Adobe,Acrobat Reader DC,,\r\n"
                                        "Browser,software,Google,Chrome,,2025-06-20\r\n"));
        Run run = kamae({QStringLiteral("assets"), QStringLiteral("import"), path, assets}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("feeds"),
                     QStringLiteral("import"), path,
                     QStringLiteral(KAMAE_TEST_DATA "/feeds/kev_2025-08-25_excerpt.json")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("kamae patches proposals")), qPrintable(run.out));

        run = kamae({QStringLiteral("patches"), QStringLiteral("proposals"), path,
                     QStringLiteral("--json")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!all.isEmpty());
        QString newId, fixedId, otherId;
        bool acrobatAndReader = false;
        for (const QJsonValue &v : all) {
            const QString id = v[QStringLiteral("id")].toString();
            QVERIFY2(!id.isEmpty(), qPrintable(run.out));
            QVERIFY(!v[QStringLiteral("asset")].toString().isEmpty());
            QVERIFY(!v[QStringLiteral("product")].toString().isEmpty());
            QVERIFY(!v[QStringLiteral("cves")].toArray().isEmpty());
            QCOMPARE(v[QStringLiteral("source")].toString(), QStringLiteral("KEV"));
            QVERIFY(v[QStringLiteral("known_exploited")].toBool());
            QVERIFY(v[QStringLiteral("known_ransomware_use")].isBool());
            QVERIFY(!v[QStringLiteral("why")][QStringLiteral("text")].toString().isEmpty());
            // BlueKeep is not for Windows 11.
            QVERIFY(!v[QStringLiteral("cves")].toArray().contains(
                QJsonValue(QStringLiteral("CVE-2019-0708"))));
            if (v[QStringLiteral("why")][QStringLiteral("feed_product")].toString() ==
                QLatin1String("Acrobat and Reader"))
                acrobatAndReader = true;
            const QString state = v[QStringLiteral("state")].toString();
            if (state == QLatin1String("probably_fixed")) {
                QVERIFY(v[QStringLiteral("fixed_by_update_of")].isString());
                if (fixedId.isEmpty())
                    fixedId = id;
            } else {
                QCOMPARE(state, QStringLiteral("new"));
                QVERIFY(v[QStringLiteral("fixed_by_update_of")].isNull());
                if (newId.isEmpty())
                    newId = id;
                else if (otherId.isEmpty())
                    otherId = id;
            }
        }
        QVERIFY(acrobatAndReader);
        QVERIFY(!newId.isEmpty() && !otherId.isEmpty() && !fixedId.isEmpty());

        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("patches"),
                     QStringLiteral("proposals"), path},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("probably fixed by the update of 2025-05-14")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(newId + QLatin1Char('\t')));
        QVERIFY(run.out.contains(QStringLiteral("Acrobat and Reader")));
        QVERIFY(run.out.contains(QStringLiteral("probably fixed\n")));

        // An unknown id: refused with a usage error, nothing changes, even
        // with a good id next to it.
        const QByteArray before = test::readFile(path);
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("patches"),
                     QStringLiteral("confirm"), path, newId, QStringLiteral("99:KEV:CVE-2099-1")},
                    pass);
        QCOMPARE(run.exitCode, int(cli::UsageError));
        QVERIFY2(run.err.contains(QStringLiteral("99:KEV:CVE-2099-1")), qPrintable(run.err));
        QCOMPARE(test::readFile(path), before);
        run = kamae({QStringLiteral("patches"), QStringLiteral("dismiss"), path,
                     QStringLiteral("nonsense")},
                    pass);
        QCOMPARE(run.exitCode, int(cli::UsageError));
        QCOMPARE(test::readFile(path), before);
        run = kamae({QStringLiteral("patches"), QStringLiteral("confirm"), path}, pass);
        QCOMPARE(run.exitCode, int(cli::UsageError));

        // Confirm one new and one probably fixed; dismiss another.
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("patches"),
                     QStringLiteral("confirm"), path, newId, fixedId},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("2 proposal")), qPrintable(run.out));
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("patches"),
                     QStringLiteral("dismiss"), path, otherId},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("1 proposal")), qPrintable(run.out));

        run = kamae({QStringLiteral("patches"), QStringLiteral("proposals"), path,
                     QStringLiteral("--json")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray after = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(after.size(), all.size() - 3);
        for (const QJsonValue &v : after) {
            const QString id = v[QStringLiteral("id")].toString();
            QVERIFY(id != newId && id != fixedId && id != otherId);
        }
        run = kamae(
            {QStringLiteral("patches"), QStringLiteral("list"), path, QStringLiteral("--json")},
            pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(items.size(), 2);
        QStringList sources;
        for (const QJsonValue &v : items)
            sources << v[QStringLiteral("asset_id")].toVariant().toString() + QLatin1Char(':') +
                           v[QStringLiteral("source")].toString();
        QVERIFY2(sources.contains(newId) && sources.contains(fixedId),
                 qPrintable(sources.join(u' ')));
    }

    // The demo's built-in KEV excerpt gives way to a real catalogue.
    void demoVaultImportsARealCatalogue()
    {
        const QString path = m_home.filePath(QStringLiteral("demo-kev.kamae"));
        Run run = kamae({QStringLiteral("demo"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QMap<QString, QString> pass = {
            {QStringLiteral("KAMAE_PASSPHRASE"), QStringLiteral("kamae-demo")}};
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("feeds"),
                     QStringLiteral("import"), path,
                     QStringLiteral(KAMAE_TEST_DATA "/feeds/known_exploited_vulnerabilities.json")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("2024.05.01")), qPrintable(run.out));
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("patches"),
                     QStringLiteral("proposals"), path},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("probably fixed")), qPrintable(run.out));
    }

    // Issue 14: JVN iPedia's own feeds (JVNRSS 2.0) import; a device or a
    // FIFO is refused at once (it was read without end, or waited on) and
    // the vault is not touched.
    void feedsImportRealFeedsAndRefusesDevices()
    {
        const QString path = cheapVault(QStringLiteral("feeds-devices.kamae"));
        QVERIFY(!path.isEmpty());
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        const QByteArray before = test::readFile(path);
        Run run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("feeds"),
                         QStringLiteral("import"), path, QStringLiteral("/dev/zero")},
                        pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("/dev/zero is a device, not a file")),
                 qPrintable(run.err));
        QCOMPARE(test::readFile(path), before);

        const QString fifo = m_home.filePath(QStringLiteral("feed.pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("feeds"),
                     QStringLiteral("import"), path, fifo},
                    pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("is a named pipe (FIFO), not a file")),
                 qPrintable(run.err));
        QCOMPARE(test::readFile(path), before);

        for (const char *name : {"jvndb_new.rdf", "jvndb.rdf", "jvndb_2024.rdf"}) {
            run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("feeds"),
                         QStringLiteral("import"), path,
                         QStringLiteral(KAMAE_TEST_DATA "/feeds/jvnrss2/") + QLatin1String(name)},
                        pass);
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        }
        QVERIFY(test::readFile(path) != before);
    }

    void demoPatches()
    {
        const QString path = m_home.filePath(QStringLiteral("demo-patches.kamae"));
        Run run = kamae({QStringLiteral("demo"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QMap<QString, QString> pass = {
            {QStringLiteral("KAMAE_PASSPHRASE"), QStringLiteral("kamae-demo")}};
        run = kamae({QStringLiteral("patches"), QStringLiteral("list"), path,
                     QStringLiteral("--overdue"), QStringLiteral("--json")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray overdue = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!overdue.isEmpty());
        bool fortios = false;
        for (const QJsonValue &v : overdue) {
            QVERIFY(v[QStringLiteral("overdue")].toBool());
            QCOMPARE(v[QStringLiteral("status")].toString().endsWith(QLatin1String("applied")),
                     false);
            fortios |= v[QStringLiteral("cves")].toArray().contains(
                QJsonValue(QStringLiteral("CVE-2018-13379")));
        }
        QVERIFY(fortios);
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("patches"),
                     QStringLiteral("list"), path, QStringLiteral("--all")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("OVERDUE")));
        QVERIFY(run.out.contains(QStringLiteral("Applied")));
        // Dates in the message language: ISO in English, yyyy/MM/dd in
        // Japanese, never the locale's day/month order.
        static const QRegularExpression iso(QStringLiteral("due \\d{4}-\\d{2}-\\d{2}\t"));
        QVERIFY2(run.out.contains(iso), qPrintable(run.out));
        QVERIFY(!run.out.contains(QRegularExpression(QStringLiteral("\\d{2}/\\d{2}/\\d{4}"))));
        run = kamae({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("patches"),
                     QStringLiteral("list"), path},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("\\d{4}/\\d{2}/\\d{2}"))),
                 qPrintable(run.out));
    }

    // The owners of the demo's records, from the people list.
    void listsCarryTheOwner()
    {
        const QString path = m_home.filePath(QStringLiteral("demo-owners.kamae"));
        Run run = kamae({QStringLiteral("demo"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QMap<QString, QString> pass = {
            {QStringLiteral("KAMAE_PASSPHRASE"), QStringLiteral("kamae-demo")}};
        run = kamae(
            {QStringLiteral("assets"), QStringLiteral("list"), path, QStringLiteral("--json")},
            pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        int owned = 0, unowned = 0;
        for (const QJsonValue &a : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            if (a[QStringLiteral("owner")].isNull()) {
                ++unowned;
                continue;
            }
            ++owned;
            QVERIFY(a[QStringLiteral("owner_id")].toInteger() > 0);
            if (a[QStringLiteral("owner_department")].toString() == QStringLiteral("総務部"))
                QCOMPARE(a[QStringLiteral("owner")].toString(), QStringLiteral("総務部"));
        }
        QVERIFY(owned > 0);
        QVERIFY(unowned > 0); // the demo leaves some without one
        run = kamae({QStringLiteral("patches"), QStringLiteral("list"), path,
                     QStringLiteral("--all"), QStringLiteral("--json")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!items.isEmpty());
        bool fromAsset = false;
        for (const QJsonValue &p : items) {
            QVERIFY(p.toObject().contains(QStringLiteral("owner")));
            fromAsset = fromAsset || p[QStringLiteral("owner_from_asset")].toBool();
        }
        QVERIFY(fromAsset);
    }

    void scoreOnTheDemo()
    {
        const QString path = m_home.filePath(QStringLiteral("demo-score.kamae"));
        Run run = kamae({QStringLiteral("demo"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QMap<QString, QString> pass = {
            {QStringLiteral("KAMAE_PASSPHRASE"), QStringLiteral("kamae-demo")}};

        run = kamae({QStringLiteral("score"), path, QStringLiteral("--json")}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
        const double total = root[QStringLiteral("total")].toDouble();
        QVERIFY(total > 20 && total < 95);
        QCOMPARE(root[QStringLiteral("rounded")].toInt(), qRound(total + 1e-9));
        QCOMPARE(root[QStringLiteral("categories")].toArray().size(), 8);
        QCOMPARE(root[QStringLiteral("kinds")].toArray().size(), 3);
        // The five ranked, and the demo's "Assign an owner to …" (no points).
        const QJsonArray next = root[QStringLiteral("next_actions")].toArray();
        QCOMPARE(next.size(), 6);
        QCOMPARE(next.last()[QStringLiteral("key")].toString(), QStringLiteral("owners.assign"));
        QCOMPARE(next.last()[QStringLiteral("points")].toDouble(), 0.0);
        double sum = 0;
        for (const QJsonValue &c : root[QStringLiteral("categories")].toArray())
            sum += c[QStringLiteral("points")].toDouble();
        QVERIFY(qAbs(sum - total) < 0.5); // each category rounded to one decimal
        // The demo's year of history and its two self-checks.
        const int snapshots = root[QStringLiteral("snapshot_count")].toInt();
        QVERIFY(snapshots > 50);
        QVERIFY(!root[QStringLiteral("change")][QStringLiteral("days_365")].isNull());
        QCOMPARE(root[QStringLiteral("self_assessment")][QStringLiteral("answered")].toInt(), 25);
        // Evidence apart from declaration: records + answers make the total,
        // and every factor says whether it was measured and on what.
        const double answers = root[QStringLiteral("answer_points")].toDouble();
        QVERIFY(answers > 0 && answers < total);
        QVERIFY(qAbs(answers + root[QStringLiteral("record_points")].toDouble() - total) < 0.15);
        QVERIFY(root[QStringLiteral("answer_share")].toDouble() > 0);
        for (const QJsonValue &f : root[QStringLiteral("factors")].toArray()) {
            QVERIFY(f[QStringLiteral("measured")].isBool());
            const QString basis = f[QStringLiteral("basis")].toString();
            QCOMPARE(basis, f[QStringLiteral("id")].toString().startsWith(QStringLiteral("self."))
                                ? QStringLiteral("answers")
                                : QStringLiteral("records"));
        }
        for (const QJsonValue &c : root[QStringLiteral("categories")].toArray())
            QVERIFY(c[QStringLiteral("answer_points")].toDouble() <=
                    c[QStringLiteral("points")].toDouble() + 1e-9);
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("score"), path},
                    pass);
        QVERIFY2(run.out.contains(QStringLiteral("(self-declared)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("self-declared\n")) ||
                     run.out.contains(QStringLiteral("self-declared\r\n")),
                 qPrintable(run.out));

        // Read-only by default; --snapshot stores today's and saves.
        const QByteArray before = test::readFile(path);
        run = kamae({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("score"), path,
                     QStringLiteral("--snapshot")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("対策スコア")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("次にやるべきこと")));
        QVERIFY(test::readFile(path) != before);
        run = kamae({QStringLiteral("score"), path, QStringLiteral("--json")}, pass);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()[QStringLiteral("snapshot_count")]
                     .toInt(),
                 snapshots + 1);

        run = kamae({QStringLiteral("score"), path},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase}});
        QCOMPARE(run.exitCode, int(cli::WrongSecret));
        run = kamae({QStringLiteral("score")}, pass);
        QCOMPARE(run.exitCode, int(cli::UsageError));
    }

    void scoreOnAFreshVault()
    {
        // Nothing recorded, nothing earned: 0 in every measure, each one
        // "not recorded", the known-exploited factor waiting for a feed.
        const QString path = m_home.filePath(QStringLiteral("fresh-score.kamae"));
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        Run run = kamae(
            {QStringLiteral("init"), path, QStringLiteral("--org"), QStringLiteral("新規株式会社")},
            pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = kamae({QStringLiteral("score"), path, QStringLiteral("--json")}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root[QStringLiteral("total")].toDouble(), 0.0);
        QCOMPARE(root[QStringLiteral("answer_points")].toDouble(), 0.0);
        double weights = 0;
        for (const QJsonValue &c : root[QStringLiteral("categories")].toArray()) {
            QVERIFY(!c[QStringLiteral("measured")].toBool());
            QCOMPARE(c[QStringLiteral("points")].toDouble(), 0.0);
            weights += c[QStringLiteral("weight")].toDouble();
        }
        QCOMPARE(weights, 100.0); // fixed points, never rescaled
        for (const QJsonValue &f : root[QStringLiteral("factors")].toArray()) {
            // The owners factor never applies: it only carries an action.
            QVERIFY(!f[QStringLiteral("applies")].toBool() ||
                    !f[QStringLiteral("measured")].toBool());
            if (f[QStringLiteral("id")].toString() == QStringLiteral("patches.exploited"))
                QCOMPARE(f[QStringLiteral("inputs")].toString(),
                         QStringLiteral("No vulnerability feed (KEV or JVN) was ever imported."));
        }
        const QJsonObject first = root[QStringLiteral("next_actions")].toArray().at(0).toObject();
        QCOMPARE(first[QStringLiteral("key")].toString(), QStringLiteral("self.unanswered"));
        QVERIFY(first[QStringLiteral("points")].toDouble() < 60); // not 96.7
        QCOMPARE(first[QStringLiteral("basis")].toString(), QStringLiteral("answers"));
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("score"), path},
                    pass);
        QVERIFY2(run.out.contains(QStringLiteral("not recorded")), qPrintable(run.out));
    }

    void reportOnTheDemo()
    {
        const QString path = m_home.filePath(QStringLiteral("demo-report.kamae"));
        Run run = kamae({QStringLiteral("demo"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        // No display of any kind: the report still lays out its pages.
        const QMap<QString, QString> pass = {
            {QStringLiteral("KAMAE_PASSPHRASE"), QStringLiteral("kamae-demo")},
            {QStringLiteral("QT_QPA_PLATFORM"), QString()},
            {QStringLiteral("DISPLAY"), QString()},
            {QStringLiteral("WAYLAND_DISPLAY"), QString()}};

        run = kamae({QStringLiteral("score"), path, QStringLiteral("--json")}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject score = QJsonDocument::fromJson(run.out.toUtf8()).object();

        const QString en = m_home.filePath(QStringLiteral("report-en.pdf"));
        run = kamae({QStringLiteral("report"), path, QStringLiteral("--out"), en,
                     QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--period"),
                     QStringLiteral("quarter")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("Wrote")), qPrintable(run.out));
        // The total as `score --json` rounds it, as the report's headline shows it.
        QVERIFY2(run.out.contains(
                     QStringLiteral("score %1.").arg(score[QStringLiteral("rounded")].toInt())),
                 qPrintable(run.out));
        QVERIFY(test::readFile(en).startsWith("%PDF"));
        QString text = pdfText(en);
        QVERIFY(text.contains(QStringLiteral("Posture score")));
        QVERIFY(text.contains(QStringLiteral("This is the first report")));
        // The numbers are the score's.
        QVERIFY(text.contains(QString::number(score[QStringLiteral("rounded")].toInt())));
        for (const QJsonValue &c : score[QStringLiteral("categories")].toArray()) {
            if (c[QStringLiteral("applies")].toBool()) {
                const QString percent =
                    QStringLiteral("%1 %").arg(c[QStringLiteral("percent")].toInt());
                QVERIFY2(text.contains(percent), qPrintable(percent));
            }
        }

        // The first report is in the history: the second compares with it.
        const QString ja = m_home.filePath(QStringLiteral("report-ja.pdf"));
        run = kamae({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("report"), path,
                     QStringLiteral("--out"), ja, QStringLiteral("--prepared-by"),
                     QStringLiteral("総務部 佐藤")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        text = pdfText(ja);
        QVERIFY(text.contains(QStringLiteral("前回のレポートからの変化")));
        QVERIFY(text.contains(QStringLiteral("発行のレポートとの比較")));
        QVERIFY(text.contains(QStringLiteral("総務部 佐藤")));

        // --out an existing folder: the report's default name inside it.
        const QString folder = m_home.filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(folder));
        run = kamae({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("report"), path,
                     QStringLiteral("--out"), folder},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QStringList written = QDir(folder).entryList(QDir::Files);
        QCOMPARE(written.size(), 1);
        const QRegularExpression jaName(
            QStringLiteral("^情報セキュリティ報告書_株式会社みなと精機_(\\d{8})\\.pdf$"));
        const auto jaMatch = jaName.match(written.first());
        QVERIFY2(jaMatch.hasMatch(), qPrintable(written.first()));
        const QDate named = QDate::fromString(jaMatch.captured(1), QStringLiteral("yyyyMMdd"));
        QVERIFY(qAbs(named.daysTo(QDate::currentDate())) <= 1); // the user's zone
        QVERIFY(test::readFile(QDir(folder).filePath(written.first())).startsWith("%PDF"));
        run = kamae({QStringLiteral("report"), path, QStringLiteral("--out"), folder,
                     QStringLiteral("--lang"), QStringLiteral("en")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        written = QDir(folder).entryList(QDir::Files);
        QCOMPARE(written.size(), 2);
        QVERIFY(std::any_of(written.cbegin(), written.cend(), [](const QString &f) {
            return f.startsWith(QStringLiteral("Information_security_report_株式会社みなと精機_"));
        }));

        // Bad input changes nothing.
        const QByteArray before = test::readFile(path);
        run = kamae({QStringLiteral("report"), path, QStringLiteral("--out"), en,
                     QStringLiteral("--period"), QStringLiteral("month")},
                    pass);
        QCOMPARE(run.exitCode, int(cli::UsageError));
        run = kamae({QStringLiteral("report"), path}, pass);
        QCOMPARE(run.exitCode, int(cli::UsageError));
        run = kamae({QStringLiteral("report"), path, QStringLiteral("--out"),
                     m_home.filePath(QStringLiteral("no/such/dir/r.pdf"))},
                    pass);
        QCOMPARE(run.exitCode, int(cli::WriteFailed));
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(test::readFile(path), before);
        QMap<QString, QString> wrong = pass;
        wrong.insert(QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase);
        run = kamae({QStringLiteral("report"), path, QStringLiteral("--out"), en}, wrong);
        QCOMPARE(run.exitCode, int(cli::WrongSecret));
    }

    void dueOnTheDemo()
    {
        const QString path = m_home.filePath(QStringLiteral("demo-due.kamae"));
        Run run = kamae({QStringLiteral("demo"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QMap<QString, QString> pass = {
            {QStringLiteral("KAMAE_PASSPHRASE"), QStringLiteral("kamae-demo")}};

        run = kamae({QStringLiteral("due"), path, QStringLiteral("--json")}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
        const QDate today =
            QDate::fromString(root[QStringLiteral("today")].toString(), Qt::ISODate);
        QVERIFY(today.isValid());
        QVERIFY(qAbs(today.daysTo(QDate::currentDate())) <= 1); // the user's zone
        QCOMPARE(root[QStringLiteral("within_days")].toInt(), 7);
        const QJsonArray reminders = root[QStringLiteral("reminders")].toArray();
        QVERIFY(!reminders.isEmpty());
        QStringList uids;
        QString calendarSuffix;
        bool lateRestoreTest = false;
        bool sawOverdue = false, sawOtherAfterOverdue = false;
        for (const QJsonValue &v : reminders) {
            const QJsonObject r = v.toObject();
            for (const char *key : {"uid", "module", "kind", "state", "due", "severity", "title",
                                    "detail", "record_id", "last_done", "days_until_due"})
                QVERIFY2(r.contains(QLatin1String(key)), key);
            const QString uid = r[QStringLiteral("uid")].toString();
            QVERIFY(!uid.isEmpty());
            uids << uid;
            // Every uid ends with the vault's calendar id (a UUID).
            const QString suffix = uid.right(36);
            QVERIFY2(!QUuid::fromString(suffix).isNull(), qPrintable(uid));
            if (calendarSuffix.isEmpty())
                calendarSuffix = suffix;
            QCOMPARE(suffix, calendarSuffix);
            // The demo's training lines are grouped per course (and month).
            QVERIFY(QStringList({QStringLiteral("backups"), QStringLiteral("patches"),
                                 QStringLiteral("assets"), QStringLiteral("training")})
                        .contains(r[QStringLiteral("module")].toString()));
            const QString state = r[QStringLiteral("state")].toString();
            QVERIFY(QStringList({QStringLiteral("overdue"), QStringLiteral("due_soon"),
                                 QStringLiteral("upcoming")})
                        .contains(state));
            const QDate due = QDate::fromString(r[QStringLiteral("due")].toString(), Qt::ISODate);
            QVERIFY(due.isValid());
            QCOMPARE(r[QStringLiteral("days_until_due")].toInt(), int(today.daysTo(due)));
            // Overdue, or due within the week; overdue ones first.
            if (state == QLatin1String("overdue")) {
                QVERIFY(due < today);
                QVERIFY2(!sawOtherAfterOverdue, "overdue after a reminder that is not");
                sawOverdue = true;
            } else {
                QVERIFY(due >= today && due <= today.addDays(7));
                sawOtherAfterOverdue = true;
            }
            lateRestoreTest |=
                r[QStringLiteral("module")].toString() == QLatin1String("backups") &&
                r[QStringLiteral("kind")].toString() == QLatin1String("restore_test") &&
                state == QLatin1String("overdue") &&
                r[QStringLiteral("title")].toString().contains(
                    QStringLiteral("給与・会計データ")) &&
                !r[QStringLiteral("last_done")].isNull();
        }
        QVERIFY(sawOverdue);
        QVERIFY2(lateRestoreTest, qPrintable(run.out));
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), uids.size());

        // A longer window holds more; a shorter one no more.
        run = kamae({QStringLiteral("due"), path, QStringLiteral("--json"),
                     QStringLiteral("--within"), QStringLiteral("400")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject wide = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(wide[QStringLiteral("within_days")].toInt(), 400);
        QVERIFY(wide[QStringLiteral("reminders")].toArray().size() > reminders.size());

        for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("-1"),
                                   QStringLiteral("3661"), QStringLiteral("")}) {
            run = kamae({QStringLiteral("due"), path, QStringLiteral("--within"), bad}, pass);
            QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
            QVERIFY(run.err.startsWith(QLatin1String("kamae: ")));
        }
        run = kamae({QStringLiteral("due")}, pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));

        // The calendar file.
        const QString ics = m_home.filePath(QStringLiteral("demo.ics"));
        run = kamae({QStringLiteral("due"), path, QStringLiteral("--ics"), ics}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QByteArray calendar = test::readFile(ics);
        QVERIFY2(calendar.startsWith("BEGIN:VCALENDAR\r\n"), calendar.left(200).constData());
        QVERIFY(calendar.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(calendar.contains("BEGIN:VEVENT\r\n"));
        QVERIFY(calendar.contains(QStringLiteral("株式会社みなと精機").toUtf8()));
        QVERIFY(calendar.contains(calendarSuffix.toLatin1()));
        QVERIFY(calendar.contains("RRULE:"));
        // The text output says so, and still lists what is due.
        QVERIFY2(run.out.contains(QDir::toNativeSeparators(ics)), qPrintable(run.out));

        // With --json too, stdout must stay one JSON document.
        run = kamae({QStringLiteral("due"), path, QStringLiteral("--json"), QStringLiteral("--ics"),
                     m_home.filePath(QStringLiteral("demo2.ics"))},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(QFileInfo::exists(m_home.filePath(QStringLiteral("demo2.ics"))));
        QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY2(run.err.contains(QLatin1String("demo2.ics")), qPrintable(run.err));
    }

    void backupCopyAndVerify()
    {
        const QString path = cheapVault(QStringLiteral("backup.kamae"));
        QVERIFY(!path.isEmpty());
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        const QString media = m_home.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(media));
        auto vaultLog = [&]() {
            vault::VaultStatus status;
            auto v = vault::Vault::open(path, kPassphrase, &status, vault::OpenMode::ReadOnly);
            if (!v)
                return QVector<domain::BackupEvent>();
            store::BackupRepository repo(v->database());
            return repo.events(repo.vaultJob()->id).value();
        };

        // Usage: no --to, no vault, unknown action.
        Run run = kamae({QStringLiteral("backup"), QStringLiteral("copy"), path}, pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        run =
            kamae({QStringLiteral("backup"), QStringLiteral("copy"), QStringLiteral("--to"), media},
                  pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        run = kamae({QStringLiteral("backup"), QStringLiteral("verify")}, pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        run = kamae({QStringLiteral("backup"), QStringLiteral("restore"), path}, pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY(test::entriesIn(media).isEmpty());
        // A folder that is not there.
        run = kamae({QStringLiteral("backup"), QStringLiteral("copy"), path, QStringLiteral("--to"),
                     m_home.filePath(QStringLiteral("unplugged"))},
                    pass);
        QVERIFY2(run.exitCode == cli::WriteFailed, qPrintable(describe(run)));
        QVERIFY(vaultLog().isEmpty());

        run = kamae(
            {QStringLiteral("backup"), QStringLiteral("copy"), path, QStringLiteral("--to"), media},
            pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QStringList copies = QDir(media).entryList({QStringLiteral("*.kamae")}, QDir::Files);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(test::entriesIn(media), copies);
        const QString copy = QDir(media).absoluteFilePath(copies.first());
        QVERIFY2(run.out.contains(QDir::toNativeSeparators(copy)), qPrintable(run.out));
        // The run and the air-gap check are in the vault.
        QCOMPARE(vaultLog().size(), 2);

        run = kamae({QStringLiteral("backup"), QStringLiteral("verify"), copy,
                     QStringLiteral("--vault"), path},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QLatin1String("intact")), qPrintable(run.out));
        QVector<domain::BackupEvent> log = vaultLog();
        QCOMPARE(log.size(), 4);
        QCOMPARE(backups::summarize(log.first().jobId, log).lastRestoreTest.result,
                 domain::BackupResult::Success);

        // With only the passphrase: checked, nothing logged.
        run = kamae({QStringLiteral("backup"), QStringLiteral("verify"), copy}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QLatin1String("intact")), qPrintable(run.out));
        QCOMPARE(vaultLog().size(), 4);
        run = kamae({QStringLiteral("backup"), QStringLiteral("verify"), copy},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase}});
        QVERIFY2(run.exitCode == cli::WrongSecret, qPrintable(describe(run)));

        // A damaged copy: exit 4 both ways, and the failure is logged.
        const QByteArray good = test::readFile(copy);
        QByteArray bad = good;
        bad[bad.size() - 20] = static_cast<char>(bad[bad.size() - 20] ^ 0x10);
        QVERIFY(test::writeFile(copy, bad));
        run = kamae({QStringLiteral("backup"), QStringLiteral("verify"), copy}, pass);
        QVERIFY2(run.exitCode == cli::DamagedFile, qPrintable(describe(run)));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        run = kamae({QStringLiteral("backup"), QStringLiteral("verify"), copy,
                     QStringLiteral("--vault"), path},
                    pass);
        QVERIFY2(run.exitCode == cli::DamagedFile, qPrintable(describe(run)));
        QCOMPARE(test::readFile(copy), bad);
        log = vaultLog();
        QCOMPARE(log.size(), 6);
        const backups::JobLog summary = backups::summarize(log.first().jobId, log);
        QCOMPARE(summary.lastRestoreTest.result, domain::BackupResult::Failed);
        QCOMPARE(summary.lastAirGapCheck.result, domain::BackupResult::Failed);

        // Nothing at that path: exit 1 either way (not "damaged"), nothing logged.
        const QString gone = QDir(media).filePath(QStringLiteral("gone.kamae"));
        run = kamae({QStringLiteral("backup"), QStringLiteral("verify"), gone,
                     QStringLiteral("--vault"), path},
                    pass);
        QVERIFY2(run.exitCode == cli::Failure, qPrintable(describe(run)));
        QCOMPARE(vaultLog().size(), 6);
        run = kamae({QStringLiteral("backup"), QStringLiteral("verify"), gone}, pass);
        QVERIFY2(run.exitCode == cli::Failure, qPrintable(describe(run)));
    }

    // kamae people import|list: the asset import's rules (the file checked
    // before the vault is opened, exit 7 and nothing stored on any bad row),
    // entries already in the list updated.
    void peopleImportAndList()
    {
        const QString path = cheapVault(QStringLiteral("staff.kamae"));
        QVERIFY(!path.isEmpty());
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        const QString data = QStringLiteral(KAMAE_TEST_DATA "/people/");
        const QString en = QStringLiteral("--lang");

        // Bad rows: each named with its line, no passphrase asked for, the
        // vault as it was.
        const QByteArray before = test::readFile(path);
        Run run =
            kamae({en, QStringLiteral("en"), QStringLiteral("people"), QStringLiteral("import"),
                   path, data + QStringLiteral("staff_utf8_bom.csv")});
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        for (int line = 3; line <= 7; ++line)
            QVERIFY2(run.err.contains(QStringLiteral("line %1: ").arg(line)), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("line 2: ")));
        QVERIFY(run.err.contains(QStringLiteral("is not an e-mail address")));
        QVERIFY(run.err.contains(QStringLiteral("Columns not imported: Badge")));
        QVERIFY(run.err.contains(QStringLiteral("cannot be imported; nothing was imported.")));
        QCOMPARE(test::readFile(path), before);

        // Excel's Shift_JIS CSV: four entries, the employee number said to be left out.
        run = kamae({en, QStringLiteral("en"), QStringLiteral("people"), QStringLiteral("import"),
                     path, data + QStringLiteral("staff_excel_sjis.csv")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("4 added, 0 updated, 0 already up to date")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Skipped 1 empty row")));
        QVERIFY(run.out.contains(QStringLiteral("Columns not imported: 社員番号")));

        // The later XLSX export: three entries updated, one added.
        run = kamae({en, QStringLiteral("en"), QStringLiteral("people"), QStringLiteral("import"),
                     path, data + QStringLiteral("staff_update.xlsx")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("1 added, 3 updated")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("updated “鈴木 花子” (E-mail address, Left on)")),
                 qPrintable(run.out));

        run = kamae(
            {QStringLiteral("people"), QStringLiteral("list"), path, QStringLiteral("--json")},
            pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 5);
        QJsonObject suzuki;
        for (const QJsonValue &v : list)
            if (v[QStringLiteral("name")].toString() == QStringLiteral("鈴木 花子"))
                suzuki = v.toObject();
        const QStringList keys = {
            QStringLiteral("id"),      QStringLiteral("kind"),       QStringLiteral("name"),
            QStringLiteral("reading"), QStringLiteral("department"), QStringLiteral("role"),
            QStringLiteral("email"),   QStringLiteral("phone"),      QStringLiteral("contact"),
            QStringLiteral("joined"),  QStringLiteral("left"),       QStringLiteral("notes"),
            QStringLiteral("external")};
        const QStringList found = suzuki.keys();
        QCOMPARE(QSet<QString>(found.cbegin(), found.cend()),
                 QSet<QString>(keys.cbegin(), keys.cend()));
        QCOMPARE(suzuki[QStringLiteral("kind")].toString(), QStringLiteral("person"));
        QCOMPARE(suzuki[QStringLiteral("email")].toString(),
                 QStringLiteral("suzuki@example.co.jp"));
        QCOMPARE(suzuki[QStringLiteral("joined")].toString(), QStringLiteral("2018-10-01"));
        QCOMPARE(suzuki[QStringLiteral("left")].toString(), QStringLiteral("2026-09-30"));
        QCOMPARE(suzuki[QStringLiteral("external")], QJsonValue(false));
        QVERIFY(list.at(0)[QStringLiteral("left")].isNull() ||
                list.at(0)[QStringLiteral("left")].isString());
        run = kamae(
            {en, QStringLiteral("en"), QStringLiteral("people"), QStringLiteral("list"), path},
            pass);
        QVERIFY2(run.out.contains(QStringLiteral("\n5 entr")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("left 2026-09-30")));

        // A header Kamae does not know is chosen with --map; without it, exit 7.
        const QString custom = m_home.filePath(QStringLiteral("custom.csv"));
        QVERIFY(
            test::writeFile(custom, QStringLiteral("社員氏名,連絡用アドレス\r\n小林 誠,kobayashi@"
                                                   "example.co.jp\r\n")
                                        .toUtf8()));
        run = kamae({en, QStringLiteral("en"), QStringLiteral("people"), QStringLiteral("import"),
                     path, custom},
                    pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("No column is chosen for the name")));
        // Repeated as for assets.
        run = kamae({QStringLiteral("people"), QStringLiteral("import"), path, custom,
                     QStringLiteral("--map"), QStringLiteral("name=社員氏名"),
                     QStringLiteral("--map"), QStringLiteral("email=連絡用アドレス")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = kamae(
            {QStringLiteral("people"), QStringLiteral("list"), path, QStringLiteral("--json")},
            pass);
        QVERIFY(run.out.contains(QStringLiteral("kobayashi@example.co.jp")));

        // Someone outside the company, said in Japanese; a value that is
        // neither yes nor no is a bad row.
        const QString vendors = m_home.filePath(QStringLiteral("vendors.csv"));
        QVERIFY(test::writeFile(vendors, QStringLiteral("氏名,外部\r\n保守 太郎,はい\r\n"
                                                        "小林 誠,社員\r\n税理士 花子,たぶん\r\n")
                                             .toUtf8()));
        run = kamae({en, QStringLiteral("en"), QStringLiteral("people"), QStringLiteral("import"),
                     path, vendors},
                    pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QStringLiteral("line 4: ")) &&
                     run.err.contains(QStringLiteral("たぶん")),
                 qPrintable(run.err));
        QVERIFY(test::writeFile(vendors, QStringLiteral("氏名,外部\r\n保守 太郎,はい\r\n"
                                                        "小林 誠,社員\r\n")
                                             .toUtf8()));
        run = kamae({QStringLiteral("people"), QStringLiteral("import"), path, vendors}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = kamae(
            {QStringLiteral("people"), QStringLiteral("list"), path, QStringLiteral("--json")},
            pass);
        QMap<QString, QJsonValue> external;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            external.insert(v[QStringLiteral("name")].toString(), v[QStringLiteral("external")]);
        QCOMPARE(external.value(QStringLiteral("保守 太郎")), QJsonValue(true));
        QCOMPARE(external.value(QStringLiteral("小林 誠")), QJsonValue(false));

        // Wrong options and values, a missing file, a wrong passphrase.
        run = kamae({QStringLiteral("people"), QStringLiteral("import"), path, custom,
                     QStringLiteral("--map"), QStringLiteral("surname=社員氏名")},
                    pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        run = kamae({QStringLiteral("people"), QStringLiteral("import"), path, custom,
                     QStringLiteral("--encoding"), QStringLiteral("latin1")},
                    pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        run = kamae({QStringLiteral("people"), QStringLiteral("import"), path, custom,
                     QStringLiteral("--allow-duplicates")},
                    pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("kamae people import VAULT FILE")));
        run = kamae({QStringLiteral("people"), QStringLiteral("import"), path,
                     m_home.filePath(QStringLiteral("missing.csv"))},
                    pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        run = kamae({QStringLiteral("people"), QStringLiteral("import"), path}, pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        run = kamae({QStringLiteral("people"), QStringLiteral("list"), path},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase}});
        QVERIFY2(run.exitCode == cli::WrongSecret, qPrintable(describe(run)));
        const QByteArray after = test::readFile(path);
        run = kamae({QStringLiteral("people"), QStringLiteral("import"), path,
                     data + QStringLiteral("staff_update.xlsx")},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase}});
        QVERIFY2(run.exitCode == cli::WrongSecret, qPrintable(describe(run)));
        QCOMPARE(test::readFile(path), after);
    }

    // kamae training coverage|phishing-import|sessions.
    void trainingCommands()
    {
        const QString path = cheapVault(QStringLiteral("training.kamae"));
        QVERIFY(!path.isEmpty());
        {
            vault::VaultStatus status;
            auto v = vault::Vault::open(path, kPassphrase, &status);
            QVERIFY(v);
            store::PeopleRepository people(v->database());
            for (const auto &[name, email, department] :
                 {std::tuple{"髙橋 一郎", "takahashi@example.co.jp", "総務部"},
                  std::tuple{"鈴木 花子", "suzuki@example.co.jp", "営業部"},
                  std::tuple{"佐藤 健", "sato@example.co.jp", "営業部"}}) {
                domain::Person p;
                p.name = QString::fromUtf8(name);
                p.email = QString::fromUtf8(email);
                p.department = QString::fromUtf8(department);
                QVERIFY(people.insert(p));
            }
            QVERIFY(training::addStarterCourses(v->database()));
            QVERIFY(v->save());
        }
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        const QString en = QStringLiteral("--lang");

        Run run = kamae({QStringLiteral("training"), QStringLiteral("coverage"), path,
                         QStringLiteral("--json")},
                        pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject coverage = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const char *key : {"date", "total", "courses", "departments", "overdue"})
            QVERIFY2(coverage.contains(QLatin1String(key)), key);
        QVERIFY(!coverage[QStringLiteral("courses")].toArray().isEmpty());
        const QJsonObject firstCourse =
            coverage[QStringLiteral("courses")].toArray().at(0).toObject();
        for (const char *key :
             {"id", "title", "required", "current", "pending", "overdue", "due_soon", "share"})
            QVERIFY2(firstCourse.contains(QLatin1String(key)), key);
        QStringList departments;
        for (const QJsonValue &d : coverage[QStringLiteral("departments")].toArray())
            departments << d[QStringLiteral("department")].toString();
        QVERIFY2(departments.contains(QStringLiteral("営業部")),
                 qPrintable(departments.join(u',')));
        run = kamae({en, QStringLiteral("en"), QStringLiteral("training"),
                     QStringLiteral("coverage"), path},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(QStringLiteral("Training coverage on ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("By department:")));
        QVERIFY(run.out.contains(QStringLiteral("営業部\t2 pe")));

        // A GoPhish results export: imported, the rows it cannot import and
        // the addresses nobody has listed on stderr.
        const QString results =
            QStringLiteral(KAMAE_TEST_DATA "/training/Invoice drill 2026-10 - Results.csv");
        run =
            kamae({en, QStringLiteral("en"), QStringLiteral("training"),
                   QStringLiteral("phishing-import"), path, results, QStringLiteral("--events"),
                   QStringLiteral(KAMAE_TEST_DATA "/training/Invoice drill 2026-10 - Events.csv")},
                  pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("Invoice drill 2026-10")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("line 10: not imported")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("no entry of the people list")));
        // A file that is not GoPhish's: exit 7, nothing stored.
        const QByteArray before = test::readFile(path);
        run = kamae({QStringLiteral("training"), QStringLiteral("phishing-import"), path,
                     QStringLiteral(KAMAE_TEST_DATA "/people/staff_utf8_bom.csv")},
                    pass);
        QVERIFY2(run.exitCode == cli::BadInput, qPrintable(describe(run)));
        QCOMPARE(test::readFile(path), before);
        run = kamae({QStringLiteral("training"), QStringLiteral("phishing-import"), path, results,
                     QStringLiteral("--date"), QStringLiteral("2026/10/01")},
                    pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QCOMPARE(test::readFile(path), before);

        run = kamae({en, QStringLiteral("en"), QStringLiteral("training"),
                     QStringLiteral("sessions"), path},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(QStringLiteral("0 session")), qPrintable(run.out));
        run = kamae({QStringLiteral("training"), QStringLiteral("sessions"), path,
                     QStringLiteral("--json")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).isArray());

        run = kamae({QStringLiteral("training"), QStringLiteral("coverage"), path},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), kWrongPassphrase}});
        QVERIFY2(run.exitCode == cli::WrongSecret, qPrintable(describe(run)));
        run = kamae({QStringLiteral("training"), QStringLiteral("coverage"), path,
                     QStringLiteral("--overdue")},
                    pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("kamae training coverage VAULT")));

        // The modules' commands are in the help.
        run = kamae({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        for (const char *line :
             {"people import VAULT FILE", "people list VAULT", "training coverage VAULT",
              "training phishing-import VAULT FILE", "training sessions VAULT"})
            QVERIFY2(run.out.contains(QLatin1String(line)), line);
    }

    // kamae bcp check|publish.
    void bcpCommands()
    {
        const QString path = cheapVault(QStringLiteral("bcp.kamae"));
        QVERIFY(!path.isEmpty());
        {
            vault::VaultStatus status;
            auto v = vault::Vault::open(path, kPassphrase, &status);
            QVERIFY(v);
            domain::Person boss;
            boss.name = QStringLiteral("鈴木 一郎");
            QVERIFY(store::PeopleRepository(v->database()).insert(boss));
            domain::Asset server;
            server.name = QStringLiteral("販売管理サーバ");
            const auto serverId = store::AssetRepository(v->database()).insert(server);
            QVERIFY(serverId);
            domain::BcpPlan plan;
            domain::BcpBusiness orders;
            orders.name = QStringLiteral("受注");
            orders.rtoHours = 4;
            orders.assets = {{*serverId, {}}};
            plan.businesses = {orders};
            QVERIFY(store::BcpRepository(v->database()).savePlan(plan));
            QVERIFY(v->save());
        }
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        const QString lang = QStringLiteral("--lang");

        Run run = kamae(
            {QStringLiteral("bcp"), QStringLiteral("check"), path, QStringLiteral("--json")}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject check = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(check[QStringLiteral("core_businesses")].toInt(), 1);
        QCOMPARE(check[QStringLiteral("against_records")].toInt(), 1);
        const QJsonArray findings = check[QStringLiteral("findings")].toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject first = findings.at(0).toObject();
        QCOMPARE(first[QStringLiteral("kind")].toString(), QStringLiteral("asset_not_backed_up"));
        QCOMPARE(first[QStringLiteral("business_number")].toInt(), 1);
        QVERIFY(first[QStringLiteral("asset_id")].toInteger() > 0);
        QVERIFY(first[QStringLiteral("job_id")].isNull());
        run = kamae(
            {lang, QStringLiteral("en"), QStringLiteral("bcp"), QStringLiteral("check"), path},
            pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(QStringLiteral("BCP check on ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral(
                     "! core business 1 (受注): no backup job protects 販売管理サーバ.")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("- No RPO for core business 1 (受注).")));

        // Publishing needs an approver from the people list.
        const QByteArray before = test::readFile(path);
        run = kamae({QStringLiteral("bcp"), QStringLiteral("publish"), path}, pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("kamae bcp publish VAULT --approver NAME")));
        run = kamae({QStringLiteral("bcp"), QStringLiteral("publish"), path,
                     QStringLiteral("--approver"), QStringLiteral("Nobody")},
                    pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QCOMPARE(test::readFile(path), before);
        run = kamae({lang, QStringLiteral("en"), QStringLiteral("bcp"), QStringLiteral("publish"),
                     path, QStringLiteral("--approver"), QStringLiteral("鈴木 一郎"),
                     QStringLiteral("--note"), QStringLiteral("First version")},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(QStringLiteral("Published version 1 of the BCP on ")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("approved by 鈴木 一郎")));
        {
            vault::VaultStatus status;
            auto v = vault::Vault::open(path, kPassphrase, &status);
            QVERIFY(v);
            const auto version = store::BcpRepository(v->database()).version(1);
            QVERIFY2(version, qPrintable(version.error()));
            QCOMPARE(version->note, QStringLiteral("First version"));
            QCOMPARE(version->plan.businesses.size(), 1);
        }
        run = kamae({lang, QStringLiteral("en"), QStringLiteral("--help")});
        for (const char *line : {"bcp check VAULT [--json]", "bcp publish VAULT --approver NAME",
                                 "bcp print VAULT --out FILE.pdf|DIR", "bcp card VAULT --out"})
            QVERIFY2(run.out.contains(QLatin1String(line)), line);

        // kamae bcp print|card: the binder of the draft and of version 1,
        // each part, the card; refused options leave no file.
        const QString binder = m_home.filePath(QStringLiteral("bcp-binder.pdf"));
        run = kamae(
            {QStringLiteral("bcp"), QStringLiteral("print"), path, QStringLiteral("--out"), binder},
            pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(pdfText(binder).contains(QStringLiteral("様式06")), qPrintable(pdfText(binder)));
        QVERIFY(pdfText(binder).contains(QStringLiteral("受注")));
        const QString v1 = m_home.filePath(QStringLiteral("bcp-v1.pdf"));
        run =
            kamae({lang, QStringLiteral("en"), QStringLiteral("bcp"), QStringLiteral("print"), path,
                   QStringLiteral("--out"), v1, QStringLiteral("--version"), QStringLiteral("1")},
                  pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(QStringLiteral("Wrote ")), qPrintable(run.out));
        QVERIFY(pdfText(v1).contains(QStringLiteral("Version 1")));
        for (const char *part : {"card", "calltree", "meti"}) {
            const QString file =
                m_home.filePath(QStringLiteral("bcp-%1.pdf").arg(QLatin1String(part)));
            run = kamae({QStringLiteral("bcp"), QStringLiteral("print"), path,
                         QStringLiteral("--out"), file, QStringLiteral("--part"),
                         QLatin1String(part)},
                        pass);
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
            QVERIFY(test::readFile(file).startsWith("%PDF"));
        }
        const QString card = m_home.filePath(QStringLiteral("bcp-card2.pdf"));
        run = kamae({lang, QStringLiteral("ja"), QStringLiteral("bcp"), QStringLiteral("card"),
                     path, QStringLiteral("--out"), card},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(pdfText(card).contains(QStringLiteral("171")));

        const QString refused = m_home.filePath(QStringLiteral("bcp-refused.pdf"));
        const QList<QStringList> wrong = {
            {QStringLiteral("--version"), QStringLiteral("9")},
            {QStringLiteral("--version"), QStringLiteral("x")},
            {QStringLiteral("--part"), QStringLiteral("cover")},
            {QStringLiteral("--lang"), QStringLiteral("fr")},
            {QStringLiteral("--colour"), QStringLiteral("red")},
        };
        for (const QStringList &extra : wrong) {
            run = kamae(QStringList{QStringLiteral("bcp"), QStringLiteral("print"), path,
                                    QStringLiteral("--out"), refused} +
                            extra,
                        pass);
            QVERIFY2(run.exitCode == cli::UsageError,
                     qPrintable(extra.join(QLatin1Char(' ')) + describe(run)));
            QVERIFY(!run.err.isEmpty());
            QVERIFY(!QFile::exists(refused));
        }
        run = kamae({QStringLiteral("bcp"), QStringLiteral("print"), path}, pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("kamae bcp print VAULT --out")));
        // A folder that is a file: nothing written, the write's own exit code.
        const QString blocker = m_home.filePath(QStringLiteral("bcp-blocker"));
        QVERIFY(test::writeFile(blocker, "x"));
        run = kamae({QStringLiteral("bcp"), QStringLiteral("card"), path, QStringLiteral("--out"),
                     blocker + QStringLiteral("/card.pdf")},
                    pass);
        QVERIFY2(run.exitCode == cli::WriteFailed, qPrintable(describe(run)));
        QCOMPARE(test::readFile(blocker), QByteArray("x"));
    }

    // kamae incidents report|card: the report of an incident in both
    // languages, the card in both sizes, into a folder by its default
    // name; a wrong id, size or option leaves no file; an unwritable path
    // is exit code 6.
    void incidentPrintCommands()
    {
        const QString path = cheapVault(QStringLiteral("incidents.kamae"));
        QVERIFY(!path.isEmpty());
        qint64 id = 0;
        {
            vault::VaultStatus status;
            auto v = vault::Vault::open(path, kPassphrase, &status);
            QVERIFY(v);
            const QDate today = QDate::fromString(QStringLiteral("2026-11-01"), Qt::ISODate);
            store::IncidentRepository repo(v->database());
            QVERIFY(repo.saveContacts(
                incidents::defaultContacts(QStringLiteral("東京都"), QString(), today), today));
            domain::Incident incident;
            incident.kind = domain::IncidentKind::Ransomware;
            incident.title = QStringLiteral("ファイルサーバの暗号化");
            incident.detected = QDateTime(today, QTime(9, 0), QTimeZone::utc());
            incident.aware = incident.detected;
            incident.personal.people = 1500;
            domain::TimelineEntry decision;
            decision.at = incident.detected.addSecs(3600);
            decision.kind = domain::TimelineKind::Decision;
            decision.text = QStringLiteral("身代金は支払わない");
            decision.tag = domain::timelinetag::NoRansomPaid;
            incident.timeline << decision;
            const auto inserted = repo.insertIncident(incident, incident.detected.addDays(1));
            QVERIFY2(inserted, qPrintable(inserted.error()));
            id = *inserted;
            QVERIFY(v->save());
        }
        const QMap<QString, QString> pass = {{QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase}};
        const QString lang = QStringLiteral("--lang");
        const QString number = QString::number(id);

        Run run = kamae({lang, QStringLiteral("en"), QStringLiteral("--help")});
        for (const char *line : {"incidents list VAULT [--json]", "incidents new VAULT --kind",
                                 "incidents report VAULT ID --out FILE.pdf|DIR",
                                 "incidents card VAULT --out FILE.pdf|DIR"})
            QVERIFY2(run.out.contains(QLatin1String(line)), line);

        const QString report = m_home.filePath(QStringLiteral("incident-en.pdf"));
        run = kamae({lang, QStringLiteral("en"), QStringLiteral("incidents"),
                     QStringLiteral("report"), path, number, QStringLiteral("--out"), report},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(QStringLiteral("Wrote ")), qPrintable(run.out));
        QString text = pdfText(report);
        QVERIFY2(text.contains(QStringLiteral("Incident report")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("ファイルサーバの暗号化")));
        QVERIFY(text.contains(QStringLiteral("速報")));
        QVERIFY(text.contains(QStringLiteral("Decision: no ransom was paid")));
        const QString reportJa = m_home.filePath(QStringLiteral("incident-ja.pdf"));
        run = kamae({lang, QStringLiteral("ja"), QStringLiteral("incidents"),
                     QStringLiteral("report"), path, number, QStringLiteral("--out"), reportJa},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(pdfText(reportJa).contains(QStringLiteral("2026/11/01")));

        const QString card = m_home.filePath(QStringLiteral("incident-card.pdf"));
        run = kamae({QStringLiteral("incidents"), QStringLiteral("card"), path,
                     QStringLiteral("--out"), card},
                    pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(pdfText(card).contains(QStringLiteral("#9110")));
        QDir().mkpath(m_home.filePath(QStringLiteral("cards")));
        run =
            kamae({lang, QStringLiteral("en"), QStringLiteral("incidents"), QStringLiteral("card"),
                   path, QStringLiteral("--out"), m_home.filePath(QStringLiteral("cards")),
                   QStringLiteral("--size"), QStringLiteral("wallet")},
                  pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QString wallet =
            m_home.filePath(QStringLiteral("cards/Incident_wallet_cards_Cli_Test_KK.pdf"));
        QVERIFY2(QFile::exists(wallet), qPrintable(run.out));
        QVERIFY(pdfText(wallet).contains(QStringLiteral("Numbers to call")));

        const QString refused = m_home.filePath(QStringLiteral("incident-refused.pdf"));
        const QList<QStringList> wrong = {
            {QStringLiteral("report"), path, QStringLiteral("999")},
            {QStringLiteral("report"), path, QStringLiteral("x")},
            {QStringLiteral("report"), path},
            {QStringLiteral("card"), path, QStringLiteral("--size"), QStringLiteral("a5")},
            {QStringLiteral("card"), path, QStringLiteral("--colour"), QStringLiteral("red")},
            {QStringLiteral("card"), path, lang, QStringLiteral("fr")},
        };
        for (const QStringList &args : wrong) {
            run = kamae(QStringList{QStringLiteral("incidents")} + args +
                            QStringList{QStringLiteral("--out"), refused},
                        pass);
            QVERIFY2(run.exitCode == cli::UsageError,
                     qPrintable(args.join(QLatin1Char(' ')) + describe(run)));
            QVERIFY(!run.err.isEmpty());
            QVERIFY(!QFile::exists(refused));
        }
        run = kamae({QStringLiteral("incidents"), QStringLiteral("card"), path}, pass);
        QVERIFY2(run.exitCode == cli::UsageError, qPrintable(describe(run)));
        QVERIFY(run.err.contains(QStringLiteral("kamae incidents card VAULT --out")));
        // The log still lists, and new still records, beside the printouts.
        run = kamae({QStringLiteral("incidents"), QStringLiteral("list"), path}, pass);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("ファイルサーバの暗号化")));
        // A folder that is a file: nothing written, the write's own exit code.
        const QString blocker = m_home.filePath(QStringLiteral("incident-blocker"));
        QVERIFY(test::writeFile(blocker, "x"));
        run = kamae({QStringLiteral("incidents"), QStringLiteral("report"), path, number,
                     QStringLiteral("--out"), blocker + QStringLiteral("/report.pdf")},
                    pass);
        QVERIFY2(run.exitCode == cli::WriteFailed, qPrintable(describe(run)));
        QCOMPARE(test::readFile(blocker), QByteArray("x"));
    }

    void demo()
    {
        const QString path = m_home.filePath(QStringLiteral("demo.kamae"));
        Run run = kamae({QStringLiteral("demo"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QLatin1String("kamae-demo")));
        QVERIFY(recoveryCodePattern().match(run.out).hasMatch());

        run = kamae({QStringLiteral("verify"), path},
                    {{QStringLiteral("KAMAE_PASSPHRASE"), QStringLiteral("kamae-demo")}});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("株式会社みなと精機")));
        QVERIFY2(run.out.contains(QLatin1String("Sites:         3 (1 overseas)")),
                 qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
