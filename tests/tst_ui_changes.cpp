// The table models follow a store::ChangeSet row by row: inserts, updates
// and deletes as rowsInserted / dataChanged / rowsRemoved, a whole-table
// change as a reset; QAbstractItemModelTester watches every step.
#include "ModelSignals.h"
#include "TestSupport.h"

#include "assets/AssetTableModel.h"
#include "backups/BackupJobTableModel.h"
#include "patches/PatchTableModel.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PatchRepository.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QtTest>

using namespace kamae;
using store::ChangeSet;
using store::Database;

namespace {

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

domain::Asset asset(const QString &name, int rating = 2)
{
    domain::Asset a;
    a.name = name;
    a.confidentiality = a.integrity = a.availability = rating;
    return a;
}

// The set of everything committed since the last call, as a page's change
// handler would receive it.
ChangeSet published(Database &db)
{
    ChangeSet all;
    QMetaObject::Connection c = QObject::connect(&db, &Database::changesCommitted, &db,
                                                 [&all](const ChangeSet &s) { all.merge(s); });
    QCoreApplication::processEvents();
    QObject::disconnect(c);
    return all;
}

using Signals = test::ModelSignals;

template <typename Model> int rowOfName(const Model &model, const QString &name, int column)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, column).data().toString() == name)
            return row;
    return -1;
}

} // namespace

class TestUiChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_ui_changes"); }

    void assetModelFollowsRows()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        store::AssetRepository repo(*db);
        QVector<qint64> ids;
        for (const char *name : {"PC-1", "PC-2", "PC-3", "PC-4"})
            ids << *repo.insert(asset(QString::fromLatin1(name)));
        ui::AssetTableModel model;
        model.setAssets(*repo.all());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterFixedString(QStringLiteral("PC"));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        published(*db);
        Signals sig(&model);
        const int nameColumn = ui::AssetTableModel::columnOf(domain::AssetField::Name);

        // Inserted: one rowsInserted, no reset.
        const qint64 added = *repo.insert(asset(QStringLiteral("PC-5")));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.inserted.count(), 1);
        QCOMPARE(sig.reset.count(), 0);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.assetAt(model.rowOfId(added)).name, QStringLiteral("PC-5"));

        // Updated: that row's dataChanged, the new value read.
        sig.clear();
        domain::Asset renamed = *repo.get(ids.at(1));
        renamed.name = QStringLiteral("PC-2 renamed");
        QVERIFY(repo.update(renamed));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.changed.count(), 1);
        const int row = model.rowOfId(ids.at(1));
        QCOMPARE(sig.changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(model.index(row, nameColumn).data().toString(), QStringLiteral("PC-2 renamed"));
        QCOMPARE(sig.inserted.count() + sig.removed.count() + sig.reset.count(), 0);

        // Deleted, two next to each other and one apart: removals, no reset.
        sig.clear();
        QVERIFY(repo.remove({ids.at(0), ids.at(1), ids.at(3)}));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.removed.count(), 2);
        QCOMPARE(sig.reset.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfId(ids.at(0)), -1);
        QVERIFY(model.rowOfId(ids.at(2)) >= 0);
        QVERIFY(model.rowOfId(added) >= 0);

        // Other tables: nothing at all.
        sig.clear();
        QVERIFY(QSqlQuery(db->sql()).exec(QStringLiteral("INSERT INTO site (name) VALUES ('x')")));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.inserted.count() + sig.removed.count() + sig.changed.count() +
                     sig.reset.count(),
                 0);

        // A row named but no longer stored (a statement that failed inside a
        // committed transaction): it goes, and nothing is invented.
        ChangeSet stale;
        stale.add(QStringLiteral("asset"), ids.at(2), store::ChangeKind::Update);
        stale.add(QStringLiteral("asset"), 999, store::ChangeKind::Insert);
        QVERIFY(QSqlQuery(db->sql()).exec(
            QStringLiteral("DELETE FROM asset WHERE id = %1").arg(ids.at(2))));
        published(*db);
        QVERIFY(model.applyChanges(stale, *db));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfId(999), -1);

        // The whole table: a reset to what is stored.
        sig.clear();
        ChangeSet whole;
        whole.addWholeTable(QStringLiteral("asset"));
        QVERIFY(QSqlQuery(db->sql()).exec(QStringLiteral(
            "INSERT INTO asset (name, updated_at) VALUES ('Server', '2025-01-01')")));
        published(*db);
        QVERIFY(model.applyChanges(whole, *db));
        QCOMPARE(sig.reset.count(), 1);
        QCOMPARE(model.rowCount(), static_cast<int>(repo.count()));
        QCOMPARE(rowOfName(model, QStringLiteral("Server"), nameColumn) >= 0, true);
    }

    void patchModelFollowsItemsAndTheirAssets()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        store::AssetRepository assets(*db);
        store::PatchRepository patches(*db);
        const qint64 nas = *assets.insert(asset(QStringLiteral("NAS"), 3));
        const qint64 pc = *assets.insert(asset(QStringLiteral("PC"), 1));
        auto item = [](qint64 assetId, const QString &product) {
            domain::PatchItem p;
            p.assetId = assetId;
            p.product = product;
            return p;
        };
        const qint64 dsm = *patches.insert(item(nas, QStringLiteral("DSM")));
        const qint64 office = *patches.insert(item(pc, QStringLiteral("Office")));
        ui::PatchTableModel model;
        model.setContent(*patches.all(), *assets.all(), QDate(2026, 5, 1));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        published(*db);
        Signals sig(&model);
        using M = ui::PatchTableModel;

        // The asset renamed: its item's row changes, the other does not.
        domain::Asset renamed = *assets.get(nas);
        renamed.name = QStringLiteral("NAS-A");
        QVERIFY(assets.update(renamed));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.changed.count(), 1);
        QCOMPARE(model.index(model.rowOfId(dsm), M::AssetColumn).data().toString(),
                 QStringLiteral("NAS-A"));
        QCOMPARE(model.index(model.rowOfId(office), M::AssetColumn).data().toString(),
                 QStringLiteral("PC"));

        // A new item on a new asset: inserted, the asset's name known.
        sig.clear();
        const qint64 router = *assets.insert(asset(QStringLiteral("Router")));
        const qint64 fw = *patches.insert(item(router, QStringLiteral("Firmware")));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.inserted.count(), 1);
        QCOMPARE(sig.reset.count(), 0);
        QCOMPARE(model.index(model.rowOfId(fw), M::AssetColumn).data().toString(),
                 QStringLiteral("Router"));

        // An item updated.
        sig.clear();
        domain::PatchItem applied = *patches.get(office);
        applied.status = domain::PatchStatus::Applied;
        applied.applied = QDate(2026, 4, 30);
        QVERIFY(patches.update(applied));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.changed.count(), 1);
        QCOMPARE(model.itemAt(model.rowOfId(office)).status, domain::PatchStatus::Applied);

        // The asset deleted: its item goes with it (the cascade is reported).
        sig.clear();
        QVERIFY(assets.remove({nas}));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.removed.count(), 1);
        QCOMPARE(sig.reset.count(), 0);
        QCOMPARE(model.rowOfId(dsm), -1);
        QCOMPARE(model.rowCount(), 2);

        // A whole-table change: a reset.
        sig.clear();
        ChangeSet whole;
        whole.addWholeTable(QStringLiteral("patch_item"));
        QVERIFY(model.applyChanges(whole, *db));
        QCOMPARE(sig.reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void backupJobModelFollowsJobsAndTheirLogs()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        store::BackupRepository repo(*db);
        store::AssetRepository assets(*db);
        const qint64 server = *assets.insert(asset(QStringLiteral("Server")));
        const qint64 nas = *assets.insert(asset(QStringLiteral("NAS")));
        domain::BackupJob job;
        job.name = QStringLiteral("Nightly");
        job.started = QDate(2026, 1, 5);
        job.assetIds = {server, nas};
        job.copies = {domain::BackupCopy()};
        const domain::BackupJob nightly = *repo.save(job);
        const QDate today(2026, 5, 1);
        ui::BackupJobTableModel model;
        model.setContent(*repo.jobs(), *repo.events(), today);
        QCOMPARE(model.rowCount(), 2); // Kamae's own job and Nightly
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        published(*db);
        Signals sig(&model);
        using M = ui::BackupJobTableModel;
        const int row = model.rowOf(nightly.id);
        const QString neverRun = model.index(row, M::LastRunColumn).data().toString();

        // A run logged: the job's row says so.
        domain::BackupEvent run;
        run.jobId = nightly.id;
        run.date = QDate(2026, 4, 30);
        const qint64 runId = *repo.addEvent(run);
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.changed.count(), 1);
        QCOMPARE(model.log(model.rowOf(nightly.id)).lastRun.id, runId);
        QVERIFY(model.index(model.rowOf(nightly.id), M::LastRunColumn).data().toString() !=
                neverRun);

        // The run removed again: known from the model's own memory.
        sig.clear();
        QVERIFY(repo.removeEvent(runId));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.changed.count(), 1);
        QCOMPARE(model.index(model.rowOf(nightly.id), M::LastRunColumn).data().toString(),
                 neverRun);

        // A protected asset deleted: the link goes by cascade, the count drops.
        sig.clear();
        QVERIFY(assets.remove({nas}));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.changed.count(), 1);
        QCOMPARE(model.job(model.rowOf(nightly.id)).assetIds, QVector<qint64>{server});
        QCOMPARE(sig.reset.count(), 0);

        // A new job: inserted; the job deleted: removed.
        sig.clear();
        domain::BackupJob weekly = job;
        weekly.name = QStringLiteral("Weekly");
        weekly.assetIds = {server};
        const domain::BackupJob stored = *repo.save(weekly);
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.inserted.count(), 1);
        QCOMPARE(model.job(model.rowOf(stored.id)).name, QStringLiteral("Weekly"));
        QVERIFY(repo.remove(nightly.id));
        QVERIFY(model.applyChanges(published(*db), *db));
        QCOMPARE(sig.removed.count(), 1);
        QCOMPARE(model.rowOf(nightly.id), -1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(sig.reset.count(), 0);

        // Changes elsewhere: nothing; a whole backup table: a reset.
        sig.clear();
        QVERIFY(model.applyChanges(ChangeSet(), *db));
        ChangeSet whole;
        whole.addWholeTable(QStringLiteral("backup_event"));
        QVERIFY(model.applyChanges(whole, *db));
        QCOMPARE(sig.reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestUiChanges)
#include "tst_ui_changes.moc"
