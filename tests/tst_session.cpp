#include "TestSupport.h"

#include "core/Clock.h"
#include "domain/AssetRules.h"
#include "score/Score.h"
#include "score/ScoreRepository.h"
#include "score/SnapshotKeeper.h"
#include "score/Snapshots.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/OrganisationRepository.h"
#include "vault/Vault.h"
#include "vault/VaultSession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#include <atomic>

using namespace kamae;
using vault::OpenMode;
using vault::Vault;
using vault::VaultError;
using vault::VaultSession;
using vault::VaultStatus;
using SaveState = vault::VaultSession::SaveState;

namespace {

const QString kPassphrase = QStringLiteral("セッションの合言葉");

// A vault on disk in dir/folder/a.kamae, reopened so that its session
// starts from a saved file.
std::unique_ptr<Vault> freshVault(const QTemporaryDir &dir, QString *path,
                                  const QString &folder = QStringLiteral("usb"))
{
    QDir(dir.path()).mkpath(folder);
    *path = dir.filePath(folder + QStringLiteral("/a.kamae"));
    VaultStatus status;
    if (!Vault::create(*path, kPassphrase, QStringLiteral("Session Ltd"), test::cheapOptions(),
                       nullptr, &status)) {
        qWarning("create: %s", qPrintable(status.message()));
        return nullptr;
    }
    auto v = Vault::open(*path, kPassphrase, &status);
    if (!v)
        qWarning("open: %s", qPrintable(status.message()));
    return v;
}

bool setNotes(VaultSession &session, const QString &notes)
{
    store::OrganisationRepository repository(session.vault().database());
    auto org = repository.load();
    if (!org)
        return false;
    org->notes = notes;
    return repository.save(org.value()).ok();
}

// What a second Kamae would read from disk right now.
QString notesOnDisk(const QString &path)
{
    VaultStatus status;
    auto v = Vault::open(path, kPassphrase, &status, OpenMode::ReadOnly);
    if (!v)
        return QStringLiteral("<%1>").arg(status.message());
    return store::OrganisationRepository(v->database()).load()->notes;
}

// Saves slowed down at the step "temporary written" (vault::testing's
// kill point), so that a background save is seen running; the thread that
// got there is remembered.
std::atomic<const QThread *> s_writer{nullptr};
void slowStep(const char *step)
{
    if (qstrcmp(step, "temporary written") == 0) {
        s_writer = QThread::currentThread();
        QThread::msleep(150);
    }
}
void slowWrites(bool on)
{
    vault::testing::setKillPoint(on ? &slowStep : nullptr);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_session"); }

    void autosavesAfterAChange()
    {
        QTemporaryDir dir;
        QString path;
        auto v = freshVault(dir, &path);
        QVERIFY(v);
        VaultSession session(std::move(v));
        session.setAutosaveDelay(50);
        QCOMPARE(session.saveState(), SaveState::Saved);
        QVERIFY(!session.hasUnsavedChanges());
        QSignalSpy states(&session, &VaultSession::saveStateChanged);

        QVERIFY(setNotes(session, QStringLiteral("autosaved")));
        QVERIFY(session.hasUnsavedChanges());
        // Saved later, from the event loop, not inside the write.
        QCOMPARE(notesOnDisk(path), QString());

        QTRY_COMPARE(states.count(), 2);
        QCOMPARE(states.at(0).at(0).value<SaveState>(), SaveState::Pending);
        QCOMPARE(states.at(1).at(0).value<SaveState>(), SaveState::Saved);
        QCOMPARE(session.saveState(), SaveState::Saved);
        QVERIFY(!session.hasUnsavedChanges());
        QVERIFY(session.lastError().isEmpty());
        QCOMPARE(notesOnDisk(path), QStringLiteral("autosaved"));

        // Reading is no change: nothing more is saved.
        QVERIFY(store::OrganisationRepository(session.vault().database()).load());
        QTest::qWait(150);
        QCOMPARE(states.count(), 2);
    }

    // The autosave writes on a worker from a snapshot of the image: a
    // write made while it runs is not in that file, and is saved next; the
    // window's thread is free meanwhile (its timers run).
    void autosaveWritesOnAWorkerFromASnapshot()
    {
        QTemporaryDir dir;
        QString path;
        auto v = freshVault(dir, &path);
        QVERIFY(v);
        VaultSession session(std::move(v));
        session.setAutosaveDelay(10);
        slowWrites(true);
        QVERIFY(setNotes(session, QStringLiteral("snapshot")));
        s_writer = nullptr;
        QTRY_VERIFY(session.vault().isSaving());
        // Written after the snapshot was taken.
        QVERIFY(setNotes(session, QStringLiteral("after the snapshot")));
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
        tick.start(5);
        QTRY_VERIFY(!session.vault().isSaving());
        QVERIFY2(ticks > 0, "the window's thread waited for the save");
        QVERIFY(s_writer.load() != nullptr);
        QVERIFY(s_writer.load() != QThread::currentThread());
        slowWrites(false);
        QTRY_COMPARE(session.saveState(), SaveState::Saved);
        QVERIFY(!session.hasUnsavedChanges());
        QCOMPARE(notesOnDisk(path), QStringLiteral("after the snapshot"));
    }

    // Whatever comes while a background save runs waits for it, so the
    // files are written in the order asked: a new passphrase, a save, a
    // close.
    void writesWaitForTheBackgroundSave()
    {
        QTemporaryDir dir;
        QString path;
        auto v = freshVault(dir, &path);
        QVERIFY(v);
        auto session = std::make_unique<VaultSession>(std::move(v));
        session->setAutosaveDelay(10);
        slowWrites(true);
        QVERIFY(setNotes(*session, QStringLiteral("first")));
        QTRY_VERIFY(session->vault().isSaving());
        const QString newPassphrase = QStringLiteral("新しい合言葉、長めに");
        QVERIFY(session->vault().changePassphrase(newPassphrase));
        QVERIFY(!session->vault().isSaving());
        // The old header's file did not land on top of the new one.
        VaultStatus status;
        QVERIFY(!Vault::open(path, kPassphrase, &status, OpenMode::ReadOnly));
        QCOMPARE(status.code(), VaultError::WrongPassphrase);
        auto reopened = Vault::open(path, newPassphrase, &status, OpenMode::ReadOnly);
        QVERIFY2(reopened, qPrintable(status.message()));
        QCOMPARE(store::OrganisationRepository(reopened->database()).load()->notes,
                 QStringLiteral("first"));
        reopened.reset();

        QVERIFY(setNotes(*session, QStringLiteral("second")));
        QTRY_VERIFY(session->vault().isSaving());
        QVERIFY(setNotes(*session, QStringLiteral("third")));
        QVERIFY(session->close()); // waits, then saves what came after
        slowWrites(false);
        reopened = Vault::open(path, newPassphrase, &status, OpenMode::ReadOnly);
        QVERIFY2(reopened, qPrintable(status.message()));
        QCOMPARE(store::OrganisationRepository(reopened->database()).load()->notes,
                 QStringLiteral("third"));
        reopened.reset();
        QCoreApplication::processEvents(); // the worker's late call finds nothing to do
        session.reset();
        QVERIFY(!QFileInfo::exists(Vault::lockFilePath(path)));
    }

    // Steady editing must not postpone the save forever.
    void steadyEditingStillSaves()
    {
        QTemporaryDir dir;
        QString path;
        auto v = freshVault(dir, &path);
        QVERIFY(v);
        VaultSession session(std::move(v));
        session.setAutosaveDelay(100);
        QElapsedTimer typing;
        typing.start();
        int edits = 0;
        while (typing.elapsed() < 400) {
            QVERIFY(setNotes(session, QStringLiteral("edit %1").arg(++edits)));
            QTest::qWait(20);
        }
        QVERIFY(notesOnDisk(path).startsWith(QLatin1String("edit ")));
        QTRY_COMPARE(session.saveState(), SaveState::Saved);
        QCOMPARE(notesOnDisk(path), QStringLiteral("edit %1").arg(edits));
    }

    void failedSaveKeepsEverythingAndRetries()
    {
        QTemporaryDir dir;
        QString path;
        auto v = freshVault(dir, &path);
        QVERIFY(v);
        VaultSession session(std::move(v));
        session.setAutosaveDelay(20);
        session.setRetryInterval(100);
        QSignalSpy closed(&session, &VaultSession::closed);

        // The USB stick is pulled out.
        QVERIFY(QDir(dir.path()).rename(QStringLiteral("usb"), QStringLiteral("away")));
        QVERIFY(setNotes(session, QStringLiteral("must not be lost")));
        QTRY_COMPARE(session.saveState(), SaveState::Failed);
        QVERIFY(!session.lastError().isEmpty());
        QVERIFY(session.hasUnsavedChanges());

        const VaultStatus status = session.close();
        QCOMPARE(status.code(), VaultError::CannotWrite);
        QVERIFY(!status.message().isEmpty());
        QVERIFY(session.isOpen());
        QCOMPARE(closed.count(), 0);
        QCOMPARE(session.saveState(), SaveState::Failed);

        // Editing on while it fails keeps the state Failed, not Pending.
        QVERIFY(setNotes(session, QStringLiteral("must not be lost either")));
        QTest::qWait(50);
        QCOMPARE(session.saveState(), SaveState::Failed);

        // It is plugged back in: the retry saves without anyone asking.
        QVERIFY(QDir(dir.path()).rename(QStringLiteral("away"), QStringLiteral("usb")));
        QTRY_COMPARE(session.saveState(), SaveState::Saved);
        QVERIFY(!session.hasUnsavedChanges());
        QVERIFY(session.lastError().isEmpty());
        QCOMPARE(notesOnDisk(path), QStringLiteral("must not be lost either"));
        QVERIFY(session.close());
        QCOMPARE(closed.count(), 1);
    }

    void closeSavesPendingChanges()
    {
        QTemporaryDir dir;
        QString path;
        auto v = freshVault(dir, &path);
        QVERIFY(v);
        VaultSession session(std::move(v));
        session.setAutosaveDelay(60'000);
        QSignalSpy closed(&session, &VaultSession::closed);
        QVERIFY(setNotes(session, QStringLiteral("saved on close")));
        QCoreApplication::processEvents();
        QCOMPARE(session.saveState(), SaveState::Pending);
        QCOMPARE(notesOnDisk(path), QString());

        const VaultStatus status = session.close();
        QVERIFY2(status, qPrintable(status.message()));
        QVERIFY(!session.isOpen());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(notesOnDisk(path), QStringLiteral("saved on close"));
        // The lock went with it.
        VaultStatus reopened;
        QVERIFY(Vault::open(path, kPassphrase, &reopened));
    }

    void discardAndCloseLosesChanges()
    {
        QTemporaryDir dir;
        QString path;
        auto v = freshVault(dir, &path);
        QVERIFY(v);
        const QByteArray before = test::readFile(path);
        {
            VaultSession session(std::move(v));
            session.setAutosaveDelay(60'000);
            QSignalSpy closed(&session, &VaultSession::closed);
            QVERIFY(setNotes(session, QStringLiteral("thrown away")));
            QVERIFY(session.hasUnsavedChanges());
            session.discardAndClose();
            QVERIFY(!session.isOpen());
            QVERIFY(!session.hasUnsavedChanges());
            QCOMPARE(closed.count(), 1);
        }
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(notesOnDisk(path), QString());
    }

    void destructorSavesPendingChanges()
    {
        QTemporaryDir dir;
        QString path;
        auto v = freshVault(dir, &path);
        QVERIFY(v);
        {
            VaultSession session(std::move(v));
            session.setAutosaveDelay(60'000);
            QVERIFY(setNotes(session, QStringLiteral("saved by the destructor")));
        }
        QCOMPARE(notesOnDisk(path), QStringLiteral("saved by the destructor"));
    }

    void saveNowSavesImmediately()
    {
        QTemporaryDir dir;
        QString path;
        auto v = freshVault(dir, &path);
        QVERIFY(v);
        VaultSession session(std::move(v));
        session.setAutosaveDelay(60'000);
        QVERIFY(setNotes(session, QStringLiteral("now")));
        const QDateTime before = session.lastSaved();
        QTest::qWait(5);
        QVERIFY(session.saveNow());
        QVERIFY(!session.hasUnsavedChanges());
        QCOMPARE(session.saveState(), SaveState::Saved);
        QVERIFY(session.lastSaved() > before);
        QCOMPARE(notesOnDisk(path), QStringLiteral("now"));
    }

    // A schema upgrade on open changes the data before the session exists;
    // it must still reach the disk.
    void upgradeOnOpenIsSaved()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto v = freshVault(dir, &path);
            QVERIFY(v);
            QVERIFY(test::dropAllTables(v->database().sql()));
            QVERIFY(v->save());
        }
        VaultStatus status;
        auto v = Vault::open(path, kPassphrase, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QVERIFY(!v->preMigrationCopy().isEmpty());
        VaultSession session(std::move(v));
        session.setAutosaveDelay(20);
        QVERIFY(session.hasUnsavedChanges());
        QTRY_COMPARE(session.saveState(), SaveState::Saved);
        QVERIFY(!session.hasUnsavedChanges());
        QVERIFY(session.close());

        auto again = Vault::open(path, kPassphrase, &status);
        QVERIFY2(again, qPrintable(status.message()));
        QVERIFY(again->preMigrationCopy().isEmpty());
    }

    // docs/scoring.md, "Snapshots": the vault session keeps the day's point
    // of the score's history, whichever page is open: on unlock, after
    // changes (replacing the day's point), and when the date changes.
    void snapshotKeeperKeepsTheDaysPoint()
    {
        const QDate day(2026, 11, 22);
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
        clock::setFixedNow(QDateTime(day, QTime(3, 0), QTimeZone::utc()));
        QTemporaryDir dir;
        QString path;
        auto v = freshVault(dir, &path);
        QVERIFY(v);
        VaultSession session(std::move(v));
        session.setAutosaveDelay(60 * 60 * 1000);
        store::Database &db = session.vault().database();
        store::ScoreRepository repo(db);
        QVERIFY(repo.snapshots()->isEmpty());

        score::SnapshotKeeper keeper(db);
        keeper.setSettleDelay(20);
        QSignalSpy taken(&keeper, &score::SnapshotKeeper::snapshotTaken);
        // On unlock: the day's point at once.
        keeper.start();
        QCOMPARE(taken.count(), 1);
        QCOMPARE(repo.snapshots()->size(), 1);
        const double first = (*repo.snapshotOn(day))->total;
        QCOMPARE(first, score::snapshotOf(*score::computeScore(db, day), {}, false).total);
        // Its own write is no change to follow: nothing more is stored.
        QTest::qWait(100);
        QCOMPARE(taken.count(), 1);
        // Starting again (a second unlock) with nothing changed writes nothing.
        const quint64 changes = db.changeCount();
        QVERIFY(!keeper.refresh());
        QCOMPARE(db.changeCount(), changes);

        // Changes on the vault's first day replace the day's point: the
        // trend never keeps the empty vault's figure beside today's score.
        store::AssetRepository assets(db);
        for (int i = 0; i < 3; ++i) {
            domain::Asset a;
            a.name = QStringLiteral("資産%1").arg(i);
            a.ownerDepartment = QStringLiteral("総務");
            a.confidentiality = a.integrity = a.availability = 2;
            a.threat = a.vulnerability = 1;
            QVERIFY(assets.insert(a));
        }
        const double now = score::snapshotOf(*score::computeScore(db, day), {}, false).total;
        QVERIFY2(!qFuzzyCompare(now + 1, first + 1), "the change should move the score");
        QTRY_COMPARE(taken.count(), 2);
        QCOMPARE(repo.snapshots()->size(), 1);
        QCOMPARE((*repo.snapshotOn(day))->total, now);
        QTest::qWait(100);
        QCOMPARE(taken.count(), 2);
        // Before a lock: changes still settling are kept at once.
        keeper.setSettleDelay(60 * 60 * 1000);
        domain::Asset late;
        late.name = QStringLiteral("施錠直前"); // not classified: the share drops
        QVERIFY(assets.insert(late));
        QTest::qWait(20); // the queued change signal
        keeper.flush();
        QCOMPARE(taken.count(), 3);
        QCOMPARE((*repo.snapshotOn(day))->total,
                 score::snapshotOf(*score::computeScore(db, day), {}, false).total);

        // The date changes while unlocked (the next morning in Tokyo).
        keeper.setDateCheckInterval(10);
        keeper.start();
        clock::setFixedNow(QDateTime(day, QTime(16, 0), QTimeZone::utc()));
        QTRY_COMPARE(taken.count(), 4);
        QCOMPARE(keeper.day(), day.addDays(1));
        QCOMPARE(repo.snapshots()->size(), 2);
        QVERIFY(repo.snapshotOn(day.addDays(1))->has_value());
        QVERIFY(repo.snapshotOn(day)->has_value()); // yesterday's stays
        QVERIFY(session.hasUnsavedChanges());       // and the session saves it
        clock::reset();
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
