// The kill test: a `kamae` process saving a vault of thousands of assets is
// SIGKILLed at a random moment, again and again. Each time the vault must
// open to the state before that save or after it, its .bak must open, and
// once Kamae has opened the vault again no stray file may be left beside
// it. A file-size limit (a full disk, as the process sees it) and a
// read-only folder must change nothing either.
//
// KAMAE_KILLS sets how many kills (default 30, for the suite);
// scripts/kill-test.sh runs a thousand or more. KAMAE_KILL_SEED replays a
// run. The figures are printed at the end (docs/robustness.md).

#include "TestSupport.h"

#include "store/Database.h"
#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace kamae;

namespace {

const QString kPassphrase = QStringLiteral("kill test passphrase");
constexpr int kStartAssets = 10000;
constexpr int kBatch = 200;

// A register as Excel saves "CSV UTF-8" (a byte order mark, CRLF): number,
// name, kind, place and manager.
bool writeRegister(const QString &path, int first, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray bytes =
        "\xEF\xBB\xBF" + QStringLiteral("資産番号,資産名,分類,所在地,管理者\r\n").toUtf8();
    for (int i = first; i < first + count; ++i)
        bytes += QStringLiteral("K-%1,顧客台帳 %1,情報,本社 2F,総務部\r\n")
                     .arg(i, 6, 10, QLatin1Char('0'))
                     .toUtf8();
    return file.write(bytes) == bytes.size();
}

struct Run
{
    bool killed = false;
    int exitCode = 0;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QByteArray errors;
};

} // namespace

class TestKill final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_inputs;
    int m_count = 0;   // assets in the vault as last opened
    int m_batches = 0; // registers written so far (unique numbers)
    int m_emptyLocks = 0;

    // The assets in the vault at `path`, opened as Kamae opens it (taking the
    // lock and clearing what a killed save left); -1 if it does not open.
    static int assetCount(const QString &path, QString *why,
                          vault::OpenMode mode = vault::OpenMode::ReadWrite)
    {
        vault::VaultStatus status;
        auto v = vault::Vault::open(path, kPassphrase, &status, mode);
        if (!v) {
            *why = status.message();
            return -1;
        }
        QSqlQuery query(v->database().sql());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM asset")) || !query.next()) {
            *why = QStringLiteral("cannot count the assets");
            return -1;
        }
        return query.value(0).toInt();
    }

    // True once a save's temporary file is beside the vault.
    bool saving() const
    {
        return !QDir(QFileInfo(m_vault).absolutePath())
                    .entryList({QStringLiteral(".*.kamae-tmp-*")}, QDir::Files | QDir::Hidden)
                    .isEmpty();
    }

    // Imports a new batch of kBatch assets in a kamae process, killed after
    // `killAfterMs` if it is still running (never, if negative), or, with
    // `afterSaveStartsUs` >= 0, that long after its save's temporary file
    // appears.
    Run import(int killAfterMs, const std::function<void()> &inChild = {},
               int afterSaveStartsUs = -1)
    {
        const QString csv = QDir(m_inputs).filePath(QStringLiteral("batch.csv"));
        if (!writeRegister(csv, kStartAssets + kBatch * m_batches++, kBatch))
            qFatal("cannot write %s", qPrintable(csv));
        QProcess process;
        process.setProgram(QStringLiteral(KAMAE_BINARY));
        process.setArguments({QStringLiteral("assets"), QStringLiteral("import"), m_vault, csv});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase);
        process.setProcessEnvironment(env);
        if (inChild)
            process.setChildProcessModifier(inChild);
        process.start();
        Run run;
        if (!process.waitForStarted())
            qFatal("cannot start %s", KAMAE_BINARY);
        if (afterSaveStartsUs >= 0) {
            QElapsedTimer waited;
            waited.start();
            while (!process.waitForFinished(0) && waited.elapsed() < 120000) {
                if (saving()) {
                    QThread::usleep(static_cast<unsigned long>(afterSaveStartsUs));
                    break;
                }
                QThread::usleep(50);
            }
            killAfterMs = 0;
        }
        // (waitForFinished() is false for a process that already ended.)
        if (process.state() != QProcess::NotRunning &&
            !process.waitForFinished(killAfterMs < 0 ? 120000 : killAfterMs)) {
            process.kill(); // SIGKILL
            process.waitForFinished();
            run.killed = true;
        }
        run.exitCode = process.exitCode();
        run.status = process.exitStatus();
        run.errors = process.readAllStandardError();
        return run;
    }

    // What is beside the vault: only it and its .bak (the lock and a
    // killed save's temporary file are gone once Kamae opened it again).
    QStringList strayFiles() const
    {
        QStringList entries =
            QDir(QFileInfo(m_vault).absolutePath())
                .entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        entries.removeAll(QFileInfo(m_vault).fileName());
        entries.removeAll(QFileInfo(m_vault).fileName() + QStringLiteral(".bak"));
        return entries;
    }

    // The vault holds `expected` assets (or `orNew`), its .bak opens, and
    // nothing else is left. Updates m_count.
    void checkIntact(int expected, int orNew, const QString &when)
    {
        // Killed between creating its lock and writing its owner into it,
        // a kamae leaves an empty lock, taken over once 10 s old: wait.
        const QFileInfo lock(vault::Vault::lockFilePath(m_vault));
        if (lock.exists() && lock.size() == 0) {
            ++m_emptyLocks;
            QThread::sleep(11);
        }
        QString why;
        const int count = assetCount(m_vault, &why);
        QVERIFY2(count == expected || count == orNew,
                 qPrintable(when + QStringLiteral(": %1 assets (%2 or %3 expected) %4")
                                       .arg(count)
                                       .arg(expected)
                                       .arg(orNew)
                                       .arg(why)));
        m_count = count;
        const QString bak = m_vault + QStringLiteral(".bak");
        if (QFileInfo::exists(bak))
            QVERIFY2(assetCount(bak, &why, vault::OpenMode::ReadOnly) >= 0,
                     qPrintable(when + QStringLiteral(": .bak: ") + why));
        QVERIFY2(strayFiles().isEmpty(), qPrintable(when + QStringLiteral(": left: ") +
                                                    strayFiles().join(QLatin1Char(' '))));
    }

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_kill");
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("vault")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("inputs")));
        m_vault = QDir(m_dir.path()).filePath(QStringLiteral("vault/company.kamae"));
        m_inputs = QDir(m_dir.path()).filePath(QStringLiteral("inputs"));
        vault::VaultStatus status;
        QString code;
        {
            auto v = vault::Vault::create(m_vault, kPassphrase, QStringLiteral("Kill KK"),
                                          test::cheapOptions(), &code, &status);
            QVERIFY2(v, qPrintable(status.message()));
        }
        // Thousands of assets, imported the way a user does.
        const QString csv = QDir(m_inputs).filePath(QStringLiteral("start.csv"));
        QVERIFY(writeRegister(csv, 0, kStartAssets));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KAMAE_PASSPHRASE"), kPassphrase);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KAMAE_BINARY),
                      {QStringLiteral("assets"), QStringLiteral("import"), m_vault, csv});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        checkIntact(kStartAssets, kStartAssets, QStringLiteral("start"));
    }

    void killedSavesLoseNothing()
    {
        // How long an import takes whole: the kills fall anywhere in it.
        QElapsedTimer timer;
        timer.start();
        const Run whole = import(-1);
        const int full = static_cast<int>(timer.elapsed());
        QVERIFY2(whole.exitCode == 0, whole.errors.constData());
        checkIntact(m_count + kBatch, m_count + kBatch, QStringLiteral("whole run"));

        const int kills = qEnvironmentVariableIsSet("KAMAE_KILLS")
                              ? qEnvironmentVariableIntValue("KAMAE_KILLS")
                              : 30;
        const quint32 seed =
            qEnvironmentVariableIsSet("KAMAE_KILL_SEED")
                ? static_cast<quint32>(qEnvironmentVariableIntValue("KAMAE_KILL_SEED"))
                : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        int killed = 0, before = 0, after = 0, writing = 0, finished = 0;
        // The vault is put back to its first state every ten batches, so
        // that a run keeps the length measured above.
        const QString pristine = QDir(m_inputs).filePath(QStringLiteral("pristine.kamae"));
        QVERIFY(QFile::copy(m_vault, pristine));
        const int pristineCount = m_count;
        for (int i = 0; i < kills; ++i) {
            if (m_count >= pristineCount + 10 * kBatch) {
                QFile::remove(m_vault + QStringLiteral(".bak"));
                QVERIFY(QFile::remove(m_vault));
                QVERIFY(QFile::copy(pristine, m_vault));
                m_count = pristineCount;
            }
            const int old = m_count;
            // A third anywhere in the run, a third in its last 40 %, and a
            // third within 3 ms of the save's temporary file appearing, so
            // that many kills fall while it is written and renamed.
            const int mode = i % 3;
            const int delay = mode == 0   ? random.bounded(full + full / 5 + 1)
                              : mode == 1 ? full * 3 / 5 + random.bounded(full / 2 + 1)
                                          : random.bounded(3000);
            const Run run = mode == 2 ? import(0, {}, delay) : import(delay);
            const QString when =
                QStringLiteral("kill %1 after %2 %3 (seed %4)")
                    .arg(i)
                    .arg(delay)
                    .arg(mode == 2 ? QStringLiteral("µs into the save") : QStringLiteral("ms"))
                    .arg(seed);
            // A killed save's temporary file says the kill fell in its write.
            const bool inWrite = strayFiles().filter(QStringLiteral(".kamae-tmp-")).size() > 0;
            checkIntact(old, old + kBatch, when);
            if (QTest::currentTestFailed())
                return;
            if (!run.killed) {
                QVERIFY2(run.exitCode == 0, qPrintable(when + QString::fromUtf8(run.errors)));
                QCOMPARE(m_count, old + kBatch);
                ++finished;
            } else {
                ++killed;
                (m_count == old ? before : after)++;
                writing += inWrite ? 1 : 0;
            }
        }
        qInfo("kill test: %d runs (seed %u), an import takes %d ms whole; %d killed (%d before "
              "the save took effect, %d of them while writing the new file; %d after), %d "
              "finished; %d empty locks taken over; 0 lost, 0 stray files",
              kills, seed, full, killed, before, writing, after, finished, m_emptyLocks);
    }

    // A full disk as the process sees it: no file may grow past 64 KiB, so
    // the save's temporary file cannot be written. SIGXFSZ is ignored so
    // that the write fails with EFBIG and Kamae says so.
    void fileSizeLimitChangesNothing()
    {
        const int old = m_count;
        const Run run = import(-1, [] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{64 * 1024, 64 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        QVERIFY(!run.killed);
        QVERIFY2(run.exitCode != 0, "the save cannot have succeeded");
        QVERIFY2(!run.errors.trimmed().isEmpty(), "no message");
        checkIntact(old, old, QStringLiteral("file-size limit"));
    }

    void readOnlyFolderChangesNothing()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into a read-only folder; run as a user (scripts/kill-test.sh)");
        const QString folder = QFileInfo(m_vault).absolutePath();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const int old = m_count;
        const Run run = import(-1);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!run.killed);
        QVERIFY2(run.exitCode != 0, "the save cannot have succeeded");
        QVERIFY2(!run.errors.trimmed().isEmpty(), "no message");
        checkIntact(old, old, QStringLiteral("read-only folder"));
    }
};

QTEST_GUILESS_MAIN(TestKill)
#include "tst_kill.moc"
