// Typed change events: store::Database says which rows each burst of
// commits changed (changesCommitted), and the score's listeners skip bursts
// that leave its sources alone.
#include "TestSupport.h"

#include "i18n/Language.h"
#include "score/Score.h"
#include "score/ScoreCache.h"
#include "score/ScoreInput.h"
#include "score/ScoreRepository.h"
#include "score/SnapshotKeeper.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/BackupRepository.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Migrations.h"
#include "store/PatchRepository.h"
#include "store/PeopleRepository.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QtTest>

#include <sqlite3.h>

using namespace kamae;
using store::ChangeKind;
using store::ChangeSet;
using store::Database;

namespace {

// A migrated database with the organisation row Vault::create writes.
std::unique_ptr<Database> migratedDatabase()
{
    auto db = Database::createEmpty();
    if (!db || !store::migrate(**db))
        return nullptr;
    QSqlQuery q((*db)->sql());
    if (!q.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                               "VALUES (1, 'Acme', '2025-01-01T00:00:00Z')")))
        return nullptr;
    return std::move(db.value());
}

bool exec(const Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    return q.exec(statement);
}

domain::Asset asset(const QString &name)
{
    domain::Asset a;
    a.name = name;
    a.confidentiality = a.integrity = a.availability = 2;
    return a;
}

// Collects what the database publishes, burst by burst.
class Recorder
{
public:
    explicit Recorder(Database &db)
    {
        QObject::connect(&db, &Database::changesCommitted, &m_context,
                         [this](const ChangeSet &c) { m_sets.append(c); });
        take(); // what came before (the migrations) is not ours
    }
    // Lets the queued signal arrive; the bursts published since the last call.
    QVector<ChangeSet> take()
    {
        QCoreApplication::processEvents();
        return std::exchange(m_sets, {});
    }
    // Exactly one burst: its set.
    ChangeSet one()
    {
        const QVector<ChangeSet> sets = take();
        if (sets.size() != 1)
            qWarning("expected one burst, got %lld", static_cast<long long>(sets.size()));
        return sets.value(0);
    }

private:
    QObject m_context;
    QVector<ChangeSet> m_sets;
};

QSet<qint64> idSet(std::initializer_list<qint64> ids)
{
    return QSet<qint64>(ids);
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT

private slots:
    void changeSetKindsAsAListenerSeesThem()
    {
        ChangeSet c;
        c.add(QStringLiteral("t"), 1, ChangeKind::Insert);
        c.add(QStringLiteral("t"), 1, ChangeKind::Update);
        QCOMPARE(c.ids(QStringLiteral("t"), ChangeKind::Insert), idSet({1}));
        QVERIFY(c.ids(QStringLiteral("t"), ChangeKind::Update).isEmpty());
        // Born and gone in one burst: the table was touched, no row is left.
        c.add(QStringLiteral("t"), 1, ChangeKind::Delete);
        QVERIFY(c.touches(QStringLiteral("t")));
        QVERIFY(c.ids(QStringLiteral("t")).isEmpty());
        // Gone and back (undo of a delete): the row a listener holds changed.
        c.add(QStringLiteral("t"), 2, ChangeKind::Delete);
        c.add(QStringLiteral("t"), 2, ChangeKind::Insert);
        QCOMPARE(c.ids(QStringLiteral("t"), ChangeKind::Update), idSet({2}));
        QVERIFY(c.ids(QStringLiteral("t"), ChangeKind::Delete).isEmpty());
        // Merging keeps the same rules across commits.
        ChangeSet later;
        later.add(QStringLiteral("t"), 2, ChangeKind::Delete);
        later.addWholeTable(QStringLiteral("u"));
        c.merge(later);
        QCOMPARE(c.ids(QStringLiteral("t"), ChangeKind::Delete), idSet({2}));
        QVERIFY(c.wholeTable(QStringLiteral("u")));
        QVERIFY(c.touchesAny({QStringLiteral("x"), QStringLiteral("u")}));
        QVERIFY(!c.touchesAny({QStringLiteral("x")}));
    }

    void insertUpdateDeleteThroughRepositories()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        Recorder rec(*db);
        QSignalSpy changed(db.get(), &Database::changed);
        rec.take();
        changed.clear();
        store::AssetRepository assets(*db);

        const auto id = assets.insert(asset(QStringLiteral("NAS")));
        QVERIFY(id);
        ChangeSet c = rec.one();
        QCOMPARE(c.ids(QStringLiteral("asset"), ChangeKind::Insert), idSet({*id}));
        QVERIFY(c.touches(QStringLiteral("audit_log")));
        QCOMPARE(changed.count(), 1); // still there, after the typed signal

        domain::Asset a = *assets.get(*id);
        a.name = QStringLiteral("NAS 2");
        QVERIFY(assets.update(a));
        c = rec.one();
        QCOMPARE(c.ids(QStringLiteral("asset"), ChangeKind::Update), idSet({*id}));
        QVERIFY(c.ids(QStringLiteral("asset"), ChangeKind::Insert).isEmpty());

        QVERIFY(assets.remove({*id}));
        c = rec.one();
        QCOMPARE(c.ids(QStringLiteral("asset"), ChangeKind::Delete), idSet({*id}));
        QCOMPARE(c.tables().size(), 2); // asset and audit_log, nothing else
    }

    void rolledBackWritesAreNeverPublished()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        Recorder rec(*db);
        rec.take();
        QSqlDatabase sql = db->sql();
        QVERIFY(sql.transaction());
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO site (name) VALUES ('Osaka')")));
        QVERIFY(sql.rollback());
        QVERIFY(rec.take().isEmpty());
        // A repository write that fails halfway rolls back too: an import
        // whose second asset has no name stores nothing, says nothing.
        store::AssetRepository assets(*db);
        QVERIFY(!assets.insertMany({asset(QStringLiteral("A")), domain::Asset()}, {}));
        QVERIFY(rec.take().isEmpty());
        // A statement refused in autocommit mode: nothing either.
        QVERIFY(!exec(*db, QStringLiteral("INSERT INTO asset (name, updated_at) VALUES ('', '')")));
        QVERIFY(rec.take().isEmpty());
        // And the next commit carries only its own rows.
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO site (name) VALUES ('Kobe')")));
        const ChangeSet c = rec.one();
        QCOMPARE(c.tables(), QStringList{QStringLiteral("site")});
        QCOMPARE(c.ids(QStringLiteral("site")).size(), 1);
    }

    void aBurstOfCommitsIsOneSet()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        Recorder rec(*db);
        QSignalSpy changed(db.get(), &Database::changed);
        rec.take();
        changed.clear();
        store::AssetRepository assets(*db);
        const quint64 before = db->changeCount();
        const auto a = assets.insert(asset(QStringLiteral("A")));
        const auto b = assets.insert(asset(QStringLiteral("B")));
        QVERIFY(a && b);
        domain::Asset renamed = *assets.get(*a);
        renamed.name = QStringLiteral("A2");
        QVERIFY(assets.update(renamed));
        QCOMPARE(db->changeCount(), before + 3);
        // Before the event loop runs, a reader can see what is on its way.
        QCOMPARE(db->unpublishedChanges().ids(QStringLiteral("asset"), ChangeKind::Insert),
                 idSet({*a, *b}));
        const ChangeSet c = rec.one();
        QCOMPARE(changed.count(), 1);
        // Inserted within the burst: an insert still, whatever came after.
        QCOMPARE(c.ids(QStringLiteral("asset"), ChangeKind::Insert), idSet({*a, *b}));
        QVERIFY(c.ids(QStringLiteral("asset"), ChangeKind::Update).isEmpty());
        QVERIFY(db->unpublishedChanges().isEmpty());
    }

    // A writer that shows its own write at once publishes it alone: an
    // insert and the delete that undoes it come as two bursts, not as one
    // that says nothing; the queued call then publishes nothing more.
    void publishNowSplitsTheBurst()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        Recorder rec(*db);
        QSignalSpy changed(db.get(), &Database::changed);
        store::AssetRepository assets(*db);
        const auto a = assets.insert(asset(QStringLiteral("A")));
        QVERIFY(a);
        QVector<ChangeSet> now;
        QMetaObject::Connection c = connect(db.get(), &Database::changesCommitted, this,
                                            [&now](const ChangeSet &s) { now.append(s); });
        db->publishNow();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().ids(QStringLiteral("asset"), ChangeKind::Insert), idSet({*a}));
        QVERIFY(db->unpublishedChanges().isEmpty());
        QVERIFY(assets.remove({*a}));
        db->publishNow();
        QCOMPARE(now.size(), 2);
        QCOMPARE(now.last().ids(QStringLiteral("asset"), ChangeKind::Delete), idSet({*a}));
        db->publishNow(); // nothing waits
        disconnect(c);
        QCOMPARE(rec.take().size(), 2);
        QCOMPARE(changed.count(), 2);
    }

    // A kept copy of the register follows a burst by id: updated, deleted
    // and new assets, and the whole table when it changed as a whole.
    void assetCopyFollowsABurst()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        Recorder rec(*db);
        store::AssetRepository assets(*db);
        QVector<qint64> ids;
        for (const char *name : {"PC-1", "PC-2", "PC-3"})
            ids << *assets.insert(asset(QString::fromLatin1(name)));
        QVector<domain::Asset> kept = *assets.all();
        rec.take();
        domain::Asset renamed = *assets.get(ids.at(0));
        renamed.name = QStringLiteral("PC-1 renamed");
        QVERIFY(assets.update(renamed));
        QVERIFY(assets.remove({ids.at(1)}));
        const qint64 added = *assets.insert(asset(QStringLiteral("PC-4")));
        QVERIFY(assets.refresh(kept, rec.one()));
        QCOMPARE(kept, *assets.all());
        QCOMPARE(kept.last().id, added);
        QVERIFY(assets.refresh(kept, ChangeSet())); // nothing of the assets
        QCOMPARE(kept, *assets.all());
        ChangeSet whole;
        whole.addWholeTable(QStringLiteral("asset"));
        kept.clear();
        QVERIFY(assets.refresh(kept, whole));
        QCOMPARE(kept, *assets.all());
    }

    // ON DELETE CASCADE and SET NULL run inside SQLite; the update hook
    // still sees every row they touch.
    void cascadesAreReported()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        Recorder rec(*db);
        store::AssetRepository assets(*db);
        store::PeopleRepository people(*db);
        domain::Person sato;
        sato.name = QStringLiteral("佐藤");
        const auto personId = people.insert(sato);
        QVERIFY(personId);
        domain::Asset owned = asset(QStringLiteral("NAS"));
        owned.ownerId = *personId;
        const auto assetId = assets.insert(owned);
        QVERIFY(assetId);
        domain::PatchItem item;
        item.assetId = *assetId;
        item.product = QStringLiteral("DSM");
        const auto itemId = store::PatchRepository(*db).insert(item);
        QVERIFY(itemId);
        domain::BackupJob job;
        job.name = QStringLiteral("Nightly");
        job.started = QDate(2026, 4, 1);
        job.assetIds = {*assetId};
        job.copies = {domain::BackupCopy()};
        const auto saved = store::BackupRepository(*db).save(job);
        QVERIFY2(saved, qPrintable(saved.error()));
        QVERIFY(store::FeedStore(*db).dismiss({{*assetId, QStringLiteral("kev:CVE-1"), {}}}));
        QVERIFY(people.setActionOwner(QStringLiteral("owners.assign"), *personId));
        rec.take();

        // The person goes: the asset loses its owner (SET NULL), the action
        // its owner row (CASCADE).
        QVERIFY(people.remove(*personId));
        ChangeSet c = rec.one();
        QCOMPARE(c.ids(QStringLiteral("person"), ChangeKind::Delete), idSet({*personId}));
        QCOMPARE(c.ids(QStringLiteral("asset"), ChangeKind::Update), idSet({*assetId}));
        QCOMPARE(c.ids(QStringLiteral("action_owner"), ChangeKind::Delete).size(), 1);

        // The asset goes: its patch item, dismissal and backup link with it.
        QVERIFY(assets.remove({*assetId}));
        c = rec.one();
        QCOMPARE(c.ids(QStringLiteral("asset"), ChangeKind::Delete), idSet({*assetId}));
        QCOMPARE(c.ids(QStringLiteral("patch_item"), ChangeKind::Delete), idSet({*itemId}));
        QCOMPARE(c.ids(QStringLiteral("match_dismissal"), ChangeKind::Delete).size(), 1);
        QCOMPARE(c.ids(QStringLiteral("backup_protects"), ChangeKind::Delete).size(), 1);

        // The job goes: its copies too.
        QVERIFY(store::BackupRepository(*db).remove(saved->id));
        c = rec.one();
        QCOMPARE(c.ids(QStringLiteral("backup_job"), ChangeKind::Delete), idSet({saved->id}));
        QCOMPARE(c.ids(QStringLiteral("backup_copy"), ChangeKind::Delete),
                 idSet({saved->copies.first().id}));
    }

    // SQLite's truncate optimization drops every row of DELETE FROM t
    // (without WHERE, no trigger, no foreign key) without telling the
    // update hook; the Database turns it off.
    void deleteWithoutWhereIsReportedRowByRow()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        Recorder rec(*db);
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO site (id, name) VALUES (7, 'a'), (8, 'b')")));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO report_history (id, created_at, language,"
                                         " period, period_from, period_to, total) VALUES"
                                         " (3, '', 'ja', '', '', '', 50)")));
        rec.take();
        QVERIFY(exec(*db, QStringLiteral("DELETE FROM site")));
        QVERIFY(exec(*db, QStringLiteral("DELETE FROM report_history")));
        const ChangeSet c = rec.one();
        QCOMPARE(c.ids(QStringLiteral("site"), ChangeKind::Delete), idSet({7, 8}));
        QCOMPARE(c.ids(QStringLiteral("report_history"), ChangeKind::Delete), idSet({3}));
        QVERIFY(!c.wholeTable(QStringLiteral("site")));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM site")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // DDL writes no rows the hook could report: the tables are marked whole.
    // And the authorizer that turns the truncation off must not stop a drop.
    void droppedAndAlteredTablesAreWhole()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        Recorder rec(*db);
        rec.take();
        QVERIFY(exec(*db, QStringLiteral("ALTER TABLE site ADD COLUMN extra TEXT DEFAULT 'x'")));
        ChangeSet c = rec.one();
        QVERIFY(c.wholeTable(QStringLiteral("site")));
        QVERIFY(exec(*db, QStringLiteral("DROP TABLE report_history")));
        c = rec.one();
        QVERIFY(c.wholeTable(QStringLiteral("report_history")));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'report_history'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // really dropped
    }

    // A REPLACE conflict deletes the old row unreported; Kamae writes
    // upserts, whose surviving row is reported as updated.
    void upsertsReportTheRowTheyKeep()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        Recorder rec(*db);
        store::ScoreRepository scores(*db);
        QVERIFY(scores.setFeedMaxAgeDays(10));
        const QSet<qint64> inserted = rec.one().ids(QStringLiteral("meta"), ChangeKind::Insert);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(scores.setFeedMaxAgeDays(20));
        const ChangeSet c = rec.one();
        QCOMPARE(c.ids(QStringLiteral("meta"), ChangeKind::Update), inserted);
        QVERIFY(c.ids(QStringLiteral("meta"), ChangeKind::Delete).isEmpty());
        QCOMPARE(scores.feedMaxAgeDays(), 20);

        // No statement in the app may bring REPLACE back.
        QStringList offenders;
        QDirIterator it(QStringLiteral(KAMAE_SOURCE_DIR "/app"), {QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        const QRegularExpression replace(QStringLiteral("OR\\s+REPLACE\\b|\\bREPLACE\\s+INTO\\b|"
                                                        "ON\\s+CONFLICT\\s+REPLACE"),
                                         QRegularExpression::CaseInsensitiveOption);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString source = QString::fromUtf8(test::readFile(path));
            for (const QString &line : source.split(QLatin1Char('\n')))
                if (replace.match(line).hasMatch() &&
                    !line.trimmed().startsWith(QLatin1String("//")))
                    offenders << path;
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    // The update hook never reports WITHOUT ROWID tables: Kamae has none.
    void everyTableHasRowids()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                      " AND sql LIKE '%WITHOUT ROWID%'")));
        if (q.next())
            QFAIL(qPrintable(q.value(0).toString()));
    }

    // A new image is a new Database, hooked after it is loaded: nothing to
    // report, and its own writes are reported from then on.
    void aLoadedImageIsNoChange()
    {
        auto source = migratedDatabase();
        QVERIFY(source);
        QVERIFY(exec(*source, QStringLiteral("INSERT INTO site (name) VALUES ('Osaka')")));
        auto loaded = Database::fromImage(source->serialize());
        QVERIFY(loaded);
        Recorder rec(**loaded);
        QVERIFY(rec.take().isEmpty());
        QCOMPARE((*loaded)->changeCount(), quint64(0));
        QVERIFY(exec(**loaded, QStringLiteral("INSERT INTO site (name) VALUES ('Kobe')")));
        QCOMPARE(rec.one().ids(QStringLiteral("site"), ChangeKind::Insert).size(), 1);
    }

    // scoreInputTables() names exactly what loadScoreInput() reads.
    void scoreInputTablesAreWhatTheScoreReads()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        QVariant v = db->sql().driver()->handle();
        QCOMPARE(v.typeName(), "sqlite3*");
        sqlite3 *handle = *static_cast<sqlite3 *const *>(v.data());
        // This database is thrown away after: its own authorizer may go.
        static QSet<QString> read;
        read.clear();
        sqlite3_set_authorizer(
            handle,
            [](void *, int action, const char *table, const char *, const char *,
               const char *) -> int {
                if (action == SQLITE_READ && table && qstrncmp(table, "sqlite_", 7) != 0)
                    read.insert(QString::fromUtf8(table));
                return SQLITE_OK;
            },
            nullptr);
        QVERIFY(score::loadScoreInput(*db));
        sqlite3_set_authorizer(handle, nullptr, nullptr);
        const QStringList listed = score::scoreInputTables();
        QSet<QString> expected(listed.cbegin(), listed.cend());
        // FeedStore::feeds() counts the entries per feed; the score uses only
        // the import dates, which live in feed.
        read.remove(QStringLiteral("feed_entry"));
        QCOMPARE(read, expected);
    }

    void snapshotKeeperFollowsOnlyTheScoresSources()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        QCoreApplication::processEvents(); // the migrations' burst
        score::SnapshotKeeper keeper(*db);
        keeper.setSettleDelay(60 * 60 * 1000);
        keeper.start();
        QCoreApplication::processEvents(); // the keeper's own first point
        QVERIFY(!keeper.isSettling());
        // A report in the history, an audit line: the score reads neither.
        QVERIFY(store::AuditLog(*db).record(QStringLiteral("x"), 0, QStringLiteral("update"), {},
                                            {}, {}));
        QCoreApplication::processEvents();
        QVERIFY(!keeper.isSettling());
        QVERIFY(store::AssetRepository(*db).insert(asset(QStringLiteral("NAS"))));
        QCoreApplication::processEvents();
        QVERIFY(keeper.isSettling());
        keeper.flush();
        QVERIFY(!keeper.isSettling());
    }

    // The score's input is read once per change of its sources, whoever
    // asks (the snapshot, the dashboard, the self-assessment), and never
    // missed: an unpublished write, a raw statement, a write that lands
    // between a reading and the publishing of older writes.
    void scoreInputIsReadOncePerChange()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        QCoreApplication::processEvents();
        score::ScoreCache &cache = score::ScoreCache::of(*db);
        QCOMPARE(&score::ScoreCache::of(*db), &cache);
        const auto assetCount = [&db] {
            auto in = score::ScoreCache::inputOf(*db);
            return in ? int(in->assets.size()) : -1;
        };
        QCOMPARE(assetCount(), 0);
        QCOMPARE(assetCount(), 0);
        const QDate day(2026, 12, 1);
        QVERIFY(score::computeScore(*db, day));
        QVERIFY(score::ScoreCache::scoreOf(*db, day));
        QCOMPARE(cache.readings(), 1);
        QCOMPARE(cache.computings(), 1);
        // Another day is another score, from the same reading.
        QVERIFY(score::ScoreCache::scoreOf(*db, day.addDays(1)));
        QCOMPARE(cache.readings(), 1);
        QCOMPARE(cache.computings(), 2);

        // Not yet published: still seen.
        QVERIFY(store::AssetRepository(*db).insert(asset(QStringLiteral("NAS"))));
        QCOMPARE(assetCount(), 1);
        QCOMPARE(cache.readings(), 2);
        auto withAsset = score::ScoreCache::scoreOf(*db, day);
        QVERIFY(withAsset);
        QCOMPARE(cache.computings(), 3);
        QCOMPARE(withAsset->total, score::computeScore(*cache.input(), day).total);
        // The factors' texts follow the language.
        QVERIFY(i18n::applyLanguage(QStringLiteral("ja")));
        QVERIFY(score::ScoreCache::scoreOf(*db, day));
        QCOMPARE(cache.computings(), 4);
        QVERIFY(i18n::applyLanguage(QStringLiteral("en")));
        // Its publishing brings nothing new to read.
        QCoreApplication::processEvents();
        QCOMPARE(assetCount(), 1);
        QCOMPARE(cache.readings(), 2);

        // A write the score does not read changes nothing.
        QVERIFY(store::AuditLog(*db).record(QStringLiteral("x"), 0, QStringLiteral("update"), {},
                                            {}, {}));
        QCoreApplication::processEvents();
        QCOMPARE(assetCount(), 1);
        QCOMPARE(cache.readings(), 2);

        // A raw statement is caught by SQLite's hooks all the same.
        QVERIFY(exec(*db, QStringLiteral("DELETE FROM asset")));
        QCOMPARE(assetCount(), 0);
        QCOMPARE(cache.readings(), 3);

        // Read between a write and its publishing, then written again
        // before that publishing: the second write is not lost.
        QVERIFY(store::AssetRepository(*db).insert(asset(QStringLiteral("PC"))));
        QCOMPARE(assetCount(), 1);
        QVERIFY(store::AssetRepository(*db).insert(asset(QStringLiteral("Server"))));
        QCoreApplication::processEvents();
        QCOMPARE(assetCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
