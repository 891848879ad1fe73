#include "TestSupport.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"
#include "store/ValueChecks.h"
#include "vault/Crypto.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace kamae;
using store::AuditEntry;
using store::AuditLog;
using store::Database;
using store::Migration;
using store::OrganisationRepository;

Q_DECLARE_METATYPE(kamae::domain::Organisation)

namespace {

std::unique_ptr<Database> emptyDatabase()
{
    auto db = Database::createEmpty();
    if (!db) {
        qWarning("createEmpty: %s", qPrintable(db.error()));
        return nullptr;
    }
    return std::move(db.value());
}

// A migrated database with the organisation row that Vault::create writes.
std::unique_ptr<Database> organisationDatabase(const QString &name = QStringLiteral("Acme"))
{
    auto db = emptyDatabase();
    if (!db || !store::migrate(*db))
        return nullptr;
    QSqlQuery q(db->sql());
    q.prepare(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                             "VALUES (1, ?, '2025-01-01T00:00:00Z')"));
    q.addBindValue(name);
    if (!q.exec())
        return nullptr;
    return db;
}

bool exec(const Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    return q.exec(statement);
}

QVariant scalar(const Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    if (!q.exec(statement) || !q.next())
        return {};
    return q.value(0);
}

bool tableExists(const Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                             "name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

Migration step(int version, const QStringList &statements)
{
    return {version, [statements](QSqlDatabase &db) {
                return store::execAll(db, statements);
            }};
}

// Audit entries oldest first, which reads more naturally in the checks.
QVector<AuditEntry> auditEntries(Database &db)
{
    QVector<AuditEntry> entries = AuditLog(db).recent(1000);
    std::reverse(entries.begin(), entries.end());
    return entries;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_store"); }

    // RowCursor::date reads Kamae's own yyyy-MM-dd from the bytes and
    // leaves every other text to QDate::fromString: the same date either way.
    void rowCursorDatesAreQtsIsoDates()
    {
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        const QStringList texts = {QStringLiteral("2025-01-31"),
                                   QStringLiteral("2024-02-29"),
                                   QStringLiteral("2025-02-29"),
                                   QStringLiteral("2025-13-01"),
                                   QStringLiteral("0000-01-01"),
                                   QStringLiteral("9999-12-31"),
                                   QStringLiteral("2025-1-5"),
                                   QStringLiteral("2025/01/05"),
                                   QStringLiteral("2025-01-05T10:00:00Z"),
                                   QStringLiteral("2025-01-0x"),
                                   QStringLiteral("２０２５-01-05"),
                                   QStringLiteral(" 2025-01-05"),
                                   QStringLiteral("2025-01-05 "),
                                   QString(),
                                   QStringLiteral("-025-01-05")};
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE d (n INTEGER, t TEXT)")));
        for (int i = 0; i < texts.size(); ++i) {
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO d VALUES (?, ?)")));
            q.addBindValue(i);
            q.addBindValue(texts.at(i).isNull() ? QVariant() : QVariant(texts.at(i)));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO d VALUES (99, 20250105)")));
        int rows = 0;
        QVERIFY((*db)->readRows(
            QStringLiteral("SELECT n, t FROM d ORDER BY n"), [&](const store::RowCursor &row) {
                const int n = int(row.integer(0));
                const QString text = n < texts.size() ? texts.at(n) : row.text(1);
                QCOMPARE(row.date(1), QDate::fromString(text, Qt::ISODate));
                ++rows;
            }));
        QCOMPARE(rows, int(texts.size()) + 1);
        QCOMPARE(QDate::fromString(QStringLiteral("2024-02-29"), Qt::ISODate), QDate(2024, 2, 29));
    }

    void migrationsAreNumberedInOrder()
    {
        const auto &steps = store::schemaMigrations();
        QVERIFY(!steps.empty());
        QCOMPARE(steps.front().version, 1);
        for (std::size_t i = 1; i < steps.size(); ++i)
            QCOMPARE(steps[i].version, steps[i - 1].version + 1);
        QCOMPARE(store::latestSchemaVersion(), steps.back().version);
    }

    void emptyDatabaseMigratesToLatest()
    {
        auto db = emptyDatabase();
        QVERIFY(db);
        QCOMPARE(db->userVersion(), 0);
        const Status status = store::migrate(*db);
        QVERIFY2(status, qPrintable(status.error()));
        QCOMPARE(db->userVersion(), store::latestSchemaVersion());
        for (const char *table : {"meta", "organisation", "site", "audit_log"})
            QVERIFY2(tableExists(*db, QString::fromLatin1(table)), table);
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
    }

    void migrateIsIdempotent()
    {
        auto db = emptyDatabase();
        QVERIFY(db);
        QVERIFY(store::migrate(*db));
        const quint64 changes = db->changeCount();
        // Step 1 creates tables without IF NOT EXISTS: running it twice fails.
        const Status again = store::migrate(*db);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(db->userVersion(), store::latestSchemaVersion());
        QCOMPARE(db->changeCount(), changes);

        int runs = 0;
        const std::vector<Migration> counted = {{1, [&runs](QSqlDatabase &) {
                                                     ++runs;
                                                     return Status();
                                                 }}};
        auto fresh = emptyDatabase();
        QVERIFY(fresh);
        QVERIFY(store::migrate(*fresh, counted));
        QVERIFY(store::migrate(*fresh, counted));
        QCOMPARE(runs, 1);
    }

    void failingStepIsRolledBack()
    {
        auto db = emptyDatabase();
        QVERIFY(db);
        const std::vector<Migration> steps = {
            step(1, {QStringLiteral("CREATE TABLE one (x INTEGER)"),
                     QStringLiteral("INSERT INTO one VALUES (1)")}),
            step(2,
                 {QStringLiteral("CREATE TABLE two (x INTEGER)"),
                  QStringLiteral("INSERT INTO one VALUES (2)"), QStringLiteral("THIS IS NOT SQL")}),
            step(3, {QStringLiteral("CREATE TABLE three (x INTEGER)")}),
        };
        const Status status = store::migrate(*db, steps);
        QVERIFY(!status);
        QVERIFY(!status.error().isEmpty());
        QCOMPARE(db->userVersion(), 1);
        QVERIFY(tableExists(*db, QStringLiteral("one")));
        QVERIFY(!tableExists(*db, QStringLiteral("two")));
        QVERIFY(!tableExists(*db, QStringLiteral("three")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM one")).toInt(), 1);

        // The database is usable and a fixed step 2 goes through.
        std::vector<Migration> fixed = steps;
        fixed[1] = step(2, {QStringLiteral("CREATE TABLE two (x INTEGER)")});
        QVERIFY(store::migrate(*db, fixed));
        QCOMPARE(db->userVersion(), 3);
        QVERIFY(tableExists(*db, QStringLiteral("two")));
        QVERIFY(tableExists(*db, QStringLiteral("three")));
    }

    void repositoryRoundTrip()
    {
        auto db = organisationDatabase(QStringLiteral("株式会社テスト"));
        QVERIFY(db);
        OrganisationRepository repository(*db);
        const auto initial = repository.load();
        QVERIFY2(initial, qPrintable(initial.error()));
        QCOMPARE(initial->name, QStringLiteral("株式会社テスト"));
        QCOMPARE(initial->employees, 0);
        QVERIFY(initial->sites.isEmpty());

        domain::Organisation org = test::sampleOrganisation(QStringLiteral("  株式会社テスト  "));
        const Status status = repository.save(org);
        QVERIFY2(status, qPrintable(status.error()));
        const auto loaded = repository.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->name, QStringLiteral("株式会社テスト"));
        QCOMPARE(loaded->industry, org.industry);
        QCOMPARE(loaded->employees, 42);
        QCOMPARE(loaded->securityAction, domain::SecurityActionLevel::TwoStars);
        QCOMPARE(loaded->notes, org.notes);
        QCOMPARE(loaded->sites.size(), 3);
        QCOMPARE(loaded->overseasSiteCount(), 1);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(loaded->sites.at(i).id > 0);
            QCOMPARE(loaded->sites.at(i).name, org.sites.at(i).name);
            QCOMPARE(loaded->sites.at(i).region, org.sites.at(i).region);
            QCOMPARE(loaded->sites.at(i).overseas, org.sites.at(i).overseas);
            QCOMPARE(loaded->sites.at(i).notes, org.sites.at(i).notes);
        }
    }

    // Fields left at their default (a null QString) are stored as empty.
    void defaultFieldsAreStored()
    {
        auto db = organisationDatabase();
        QVERIFY(db);
        OrganisationRepository repository(*db);
        domain::Organisation org;
        org.name = QStringLiteral("Acme");
        domain::Site site;
        site.name = QStringLiteral("Head office");
        org.sites = {site};
        const Status status = repository.save(org);
        QVERIFY2(status, qPrintable(status.error()));
        const auto loaded = repository.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->sites.size(), 1);
        QCOMPARE(loaded->sites.at(0).region, QString());
        // A null and an empty string are the same value: no audit entry
        // besides the new site.
        QCOMPARE(AuditLog(*db).count(), 1);
    }

    void loadWithoutOrganisationFails()
    {
        auto db = emptyDatabase();
        QVERIFY(db);
        QVERIFY(store::migrate(*db));
        const auto loaded = OrganisationRepository(*db).load();
        QVERIFY(!loaded);
        QVERIFY(!loaded.error().isEmpty());
    }

    void validateRefuses_data()
    {
        QTest::addColumn<domain::Organisation>("organisation");
        const domain::Organisation good = test::sampleOrganisation(QStringLiteral("Acme"));
        domain::Organisation o = good;
        o.name.clear();
        QTest::newRow("empty name") << o;
        o = good;
        o.name = QStringLiteral(" \t　");
        QTest::newRow("blank name") << o;
        o = good;
        o.employees = -1;
        QTest::newRow("negative employees") << o;
        o = good;
        o.employees = 10'000'001;
        QTest::newRow("absurd employees") << o;
        o = good;
        o.sites[1].name = QStringLiteral("  ");
        QTest::newRow("site without name") << o;
    }

    void validateRefuses()
    {
        QFETCH(domain::Organisation, organisation);
        QVERIFY(OrganisationRepository::validate(test::sampleOrganisation(QStringLiteral("A"))));
        const Status status = OrganisationRepository::validate(organisation);
        QVERIFY(!status);
        QVERIFY(!status.error().isEmpty());

        // save() refuses it too and leaves the stored data alone.
        auto db = organisationDatabase();
        QVERIFY(db);
        OrganisationRepository repository(*db);
        const auto before = repository.load();
        const quint64 changes = db->changeCount();
        QVERIFY(!repository.save(organisation));
        QVERIFY(repository.load().value() == before.value());
        QCOMPARE(db->changeCount(), changes);
        QCOMPARE(AuditLog(*db).count(), 0);
    }

    void sitesAddUpdateDeleteReorder()
    {
        auto db = organisationDatabase();
        QVERIFY(db);
        OrganisationRepository repository(*db);
        QVERIFY(repository.save(test::sampleOrganisation(QStringLiteral("Acme"))));
        domain::Organisation org = repository.load().value();
        QCOMPARE(org.sites.size(), 3);
        const domain::Site head = org.sites.at(0);
        const domain::Site osaka = org.sites.at(1);
        const domain::Site bangkok = org.sites.at(2);

        // Update one, delete one, add one, and reorder, in a single save.
        org.sites[2].region = QStringLiteral("タイ王国");
        org.sites[2].overseas = true;
        domain::Site nagoya;
        nagoya.name = QStringLiteral("名古屋工場");
        org.sites = {org.sites.at(2), nagoya, org.sites.at(0)};
        QVERIFY(repository.save(org));

        const domain::Organisation after = repository.load().value();
        QCOMPARE(after.sites.size(), 3);
        QCOMPARE(after.sites.at(0).id, bangkok.id);
        QCOMPARE(after.sites.at(0).region, QStringLiteral("タイ王国"));
        QCOMPARE(after.sites.at(1).name, QStringLiteral("名古屋工場"));
        QVERIFY(after.sites.at(1).id != osaka.id);
        QVERIFY(after.sites.at(1).id > 0);
        QCOMPARE(after.sites.at(2).id, head.id);
        QVERIFY(after.sites.at(2) == head);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM site WHERE id = %1").arg(osaka.id))
                .toInt(),
            0);

        // A pure reorder keeps every id.
        domain::Organisation reordered = after;
        std::reverse(reordered.sites.begin(), reordered.sites.end());
        QVERIFY(repository.save(reordered));
        QVERIFY(repository.load().value() == reordered);

        // And removing every site empties the table.
        reordered.sites.clear();
        QVERIFY(repository.save(reordered));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM site")).toInt(), 0);
    }

    void auditRecordsEveryChangedField()
    {
        auto db = organisationDatabase(QStringLiteral("Old name"));
        QVERIFY(db);
        OrganisationRepository repository(*db);
        domain::Organisation org = repository.load().value();
        org.name = QStringLiteral("New name");
        org.employees = 7;
        org.securityAction = domain::SecurityActionLevel::OneStar;
        domain::Site site;
        site.name = QStringLiteral("本社");
        org.sites = {site};
        QVERIFY(repository.save(org));

        QVector<AuditEntry> entries = auditEntries(*db);
        QCOMPARE(entries.size(), 4);
        const auto check = [](const AuditEntry &e, const char *entity, const char *action,
                              const char *field, const QVariant &oldValue,
                              const QVariant &newValue) {
            return e.entity == QLatin1String(entity) && e.action == QLatin1String(action) &&
                   e.field == QLatin1String(field) && e.oldValue.isNull() == oldValue.isNull() &&
                   e.oldValue.toString() == oldValue.toString() &&
                   e.newValue.isNull() == newValue.isNull() &&
                   e.newValue.toString() == newValue.toString() && e.at.isValid();
        };
        QVERIFY(check(entries[0], "organisation", "update", "name", QStringLiteral("Old name"),
                      QStringLiteral("New name")));
        QCOMPARE(entries[0].entityId, qint64(1));
        QVERIFY(check(entries[1], "organisation", "update", "employees", QStringLiteral("0"),
                      QStringLiteral("7")));
        QVERIFY(check(entries[2], "organisation", "update", "security_action", QStringLiteral("0"),
                      QStringLiteral("1")));
        QVERIFY(check(entries[3], "site", "create", "name", QVariant(), QStringLiteral("本社")));
        const qint64 siteId = repository.load().value().sites.at(0).id;
        QCOMPARE(entries[3].entityId, siteId);

        org = repository.load().value();
        org.notes = QStringLiteral("メモ");
        org.sites[0].region = QStringLiteral("東京都");
        org.sites[0].overseas = true;
        QVERIFY(repository.save(org));
        entries = auditEntries(*db);
        QCOMPARE(entries.size(), 7);
        QVERIFY(check(entries[4], "organisation", "update", "notes", QStringLiteral(""),
                      QStringLiteral("メモ")));
        QVERIFY(check(entries[5], "site", "update", "region", QStringLiteral(""),
                      QStringLiteral("東京都")));
        QCOMPARE(entries[5].entityId, siteId);
        QVERIFY(check(entries[6], "site", "update", "overseas", QStringLiteral("false"),
                      QStringLiteral("true")));

        org.sites.clear();
        QVERIFY(repository.save(org));
        entries = auditEntries(*db);
        QCOMPARE(entries.size(), 8);
        QVERIFY(check(entries[7], "site", "delete", "name", QStringLiteral("本社"), QVariant()));
        QCOMPARE(entries[7].entityId, siteId);

        // recent() is newest first and honours its limit.
        const QVector<AuditEntry> recent = AuditLog(*db).recent(2);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent[0].id, entries[7].id);
        QCOMPARE(recent[1].id, entries[6].id);
        QCOMPARE(AuditLog(*db).count(), qint64(8));
    }

    void noAuditWhenNothingChanged()
    {
        auto db = organisationDatabase();
        QVERIFY(db);
        OrganisationRepository repository(*db);
        QVERIFY(repository.save(test::sampleOrganisation(QStringLiteral("Acme"))));
        const qint64 count = AuditLog(*db).count();
        QVERIFY(count > 0);
        const domain::Organisation org = repository.load().value();
        QVERIFY(repository.save(org));
        QCOMPARE(AuditLog(*db).count(), count);
        // Whitespace that save() trims away is not a change either.
        domain::Organisation padded = org;
        padded.name = QStringLiteral("  Acme ");
        padded.sites[0].name += QLatin1Char(' ');
        QVERIFY(repository.save(padded));
        QCOMPARE(AuditLog(*db).count(), count);
    }

    // The change and its audit entries are one transaction: if the audit
    // cannot be written, the change is not made either.
    void saveIsAllOrNothing()
    {
        auto db = organisationDatabase(QStringLiteral("Before"));
        QVERIFY(db);
        OrganisationRepository repository(*db);
        QVERIFY(repository.save(test::sampleOrganisation(QStringLiteral("Before"))));
        const domain::Organisation before = repository.load().value();
        QVERIFY(exec(*db, QStringLiteral("DROP TABLE audit_log")));

        domain::Organisation changed = before;
        changed.name = QStringLiteral("After");
        changed.sites.removeLast();
        changed.sites[0].notes = QStringLiteral("changed");
        const Status status = repository.save(changed);
        QVERIFY(!status);
        QVERIFY(!status.error().isEmpty());
        QVERIFY(repository.load().value() == before);
    }

    void fromImageRejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("image");
        QTest::newRow("a few bytes") << QByteArray("garbage");
        QTest::newRow("random page") << crypto::randomBytes(4096);
        QTest::newRow("random pages") << crypto::randomBytes(5 * 4096);
        QByteArray fakeHeader = crypto::randomBytes(4096);
        fakeHeader.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        QTest::newRow("SQLite magic, random rest") << fakeHeader;
        QTest::newRow("zeros") << QByteArray(8192, '\0');
    }

    void fromImageRejectsGarbage()
    {
        QFETCH(QByteArray, image);
        const int connections = QSqlDatabase::connectionNames().size();
        auto db = Database::fromImage(crypto::toSecure(image));
        QVERIFY(!db);
        QVERIFY(!db.error().isEmpty());
        // The failed attempt leaves no connection behind.
        QCOMPARE(QSqlDatabase::connectionNames().size(), connections);
    }

    void serializeRoundTrip()
    {
        auto db = organisationDatabase(QStringLiteral("Round trip"));
        QVERIFY(db);
        QVERIFY(OrganisationRepository(*db).save(test::sampleOrganisation(QStringLiteral("Rt"))));
        const domain::Organisation expected = OrganisationRepository(*db).load().value();
        const crypto::SecureBytes image = db->serialize();
        QVERIFY(image.size() >= 4096);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(image.data()), 16),
                 QByteArray("SQLite format 3\0", 16));

        auto copy = Database::fromImage(image);
        QVERIFY2(copy, qPrintable(copy.error()));
        Database &other = *copy.value();
        QCOMPARE(other.userVersion(), store::latestSchemaVersion());
        QVERIFY(OrganisationRepository(other).load().value() == expected);
        QCOMPARE(AuditLog(other).count(), AuditLog(*db).count());
        QVERIFY(other.serialize() == image);

        // The two databases are independent.
        QVERIFY(exec(other, QStringLiteral("DELETE FROM site")));
        QCOMPARE(OrganisationRepository(*db).load().value().sites.size(), 3);
    }

    void changeCountCountsCommittedWrites()
    {
        auto db = organisationDatabase();
        QVERIFY(db);
        const quint64 start = db->changeCount();
        QVERIFY(exec(*db, QStringLiteral("SELECT * FROM organisation")));
        QCOMPARE(db->userVersion(), store::latestSchemaVersion());
        QVERIFY(OrganisationRepository(*db).load());
        QCOMPARE(db->changeCount(), start);

        QVERIFY(exec(*db, QStringLiteral("INSERT INTO meta VALUES ('a', '1')")));
        QCOMPARE(db->changeCount(), start + 1);

        // One transaction, one change, whatever it holds.
        QVERIFY(db->sql().transaction());
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO meta VALUES ('b', '2')")));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO meta VALUES ('c', '3')")));
        QCOMPARE(db->changeCount(), start + 1);
        QVERIFY(db->sql().commit());
        QCOMPARE(db->changeCount(), start + 2);

        // Neither a failed statement nor a rolled-back transaction counts.
        QVERIFY(!exec(*db, QStringLiteral("INSERT INTO meta VALUES ('a', 'duplicate')")));
        QVERIFY(db->sql().transaction());
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO meta VALUES ('d', '4')")));
        QVERIFY(db->sql().rollback());
        QCOMPARE(db->changeCount(), start + 2);
    }

    void changedIsQueuedAndCoalesced()
    {
        auto db = organisationDatabase();
        QVERIFY(db);
        QCoreApplication::processEvents();
        QSignalSpy spy(db.get(), &Database::changed);
        QVERIFY(spy.isValid());
        for (int i = 0; i < 5; ++i)
            QVERIFY(exec(*db, QStringLiteral("INSERT INTO meta VALUES ('k%1', 'v')").arg(i)));
        // Listeners may query the database, so never from inside SQLite.
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE(spy.count(), 1);
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);

        QVERIFY(exec(*db, QStringLiteral("SELECT * FROM meta")));
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);

        QVERIFY(exec(*db, QStringLiteral("DELETE FROM meta")));
        QTRY_COMPARE(spy.count(), 2);
    }

    // SQLite enforces CHECK only on writes; a file made or edited outside
    // Kamae can hold any value, which must never be read as an enum.
    // Schema 7 turns the owner texts of schema 6 into entries of the people
    // list and points the records at them; the texts stay as they were.
    void migrationSixToSevenCarriesOwnerTextsOver()
    {
        auto db = emptyDatabase();
        QVERIFY(db);
        std::vector<Migration> upToSix;
        for (const Migration &m : store::schemaMigrations()) {
            if (m.version <= 6)
                upToSix.push_back(m);
        }
        QVERIFY(store::migrate(*db, upToSix));
        QCOMPARE(db->userVersion(), 6);
        QVERIFY(!tableExists(*db, QStringLiteral("person")));
        for (const char *sql : {
                 "INSERT INTO asset (id, name, owner_department, updated_at) VALUES"
                 " (1, 'Customer list', '総務部', ''), (2, 'NAS', ' 総務部 ', ''),"
                 " (3, 'CAD', '営業部', ''), (4, 'Router', '', '')",
                 "UPDATE backup_job SET owner = '総務部 佐藤'",
                 "INSERT INTO backup_job (id, name, owner, updated_at) VALUES"
                 " (20, 'CAD copy', '営業部', ''), (21, 'Mail', '', '')",
                 "INSERT INTO patch_item (id, asset_id, product, updated_at) VALUES (5, 1, 'x', "
                 "'')",
             })
            QVERIFY2(exec(*db, QString::fromUtf8(sql)), sql);
        const qint64 auditBefore = AuditLog(*db).count();

        std::vector<Migration> upToSeven = upToSix;
        upToSeven.push_back(store::schemaMigrations().at(6));
        const Status s = store::migrate(*db, upToSeven);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(db->userVersion(), 7);
        QVERIFY(tableExists(*db, QStringLiteral("person")));
        QVERIFY(tableExists(*db, QStringLiteral("action_owner")));
        // The repository reads today's schema; the later steps only add
        // columns and tables.
        QVERIFY(store::migrate(*db));

        const auto people = store::PeopleRepository(*db).all();
        QVERIFY2(people, qPrintable(people.error()));
        QCOMPARE(people->size(), 3);
        const domain::Person *general = domain::findPersonByName(*people, QStringLiteral("総務部"));
        const domain::Person *sales = domain::findPersonByName(*people, QStringLiteral("営業部"));
        const domain::Person *sato =
            domain::findPersonByName(*people, QStringLiteral("総務部 佐藤"));
        QVERIFY(general && sales && sato);
        QCOMPARE(general->kind, domain::PersonKind::Department);
        QCOMPARE(sales->kind, domain::PersonKind::Department); // named by an asset first
        QCOMPARE(sato->kind, domain::PersonKind::Person);

        auto ownerOf = [&](const char *table, int id) {
            return scalar(*db, QStringLiteral("SELECT owner_id FROM %1 WHERE id = %2")
                                   .arg(QLatin1String(table))
                                   .arg(id));
        };
        QCOMPARE(ownerOf("asset", 1).toLongLong(), general->id);
        QCOMPARE(ownerOf("asset", 2).toLongLong(), general->id);
        QCOMPARE(ownerOf("asset", 3).toLongLong(), sales->id);
        QVERIFY(ownerOf("asset", 4).isNull());
        QCOMPARE(ownerOf("backup_job", 20).toLongLong(), sales->id);
        QVERIFY(ownerOf("backup_job", 21).isNull());
        QVERIFY(ownerOf("patch_item", 5).isNull());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM backup_job WHERE owner_id = %1")
                                 .arg(sato->id))
                     .toInt(),
                 1);
        // The old texts are still there, unchanged.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT owner_department FROM asset WHERE id = 2"))
                     .toString(),
                 QStringLiteral(" 総務部 "));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT owner FROM backup_job WHERE id = 20")).toString(),
            QStringLiteral("営業部"));
        // Each new entry is in the audit log.
        QCOMPARE(AuditLog(*db).count(), auditBefore + 3);
        QVERIFY(store::checkStoredValues(*db));
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
    }

    // Schema 10 marks people outside the company. A vault of schema 9
    // opens, gains the column with everyone on the staff, keeps its people
    // and their training, and then stores the flag.
    void vaultOfSchemaNineGainsTheOutsideFlag()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nine.kamae"));
        const QString passphrase = QStringLiteral("correct horse");
        {
            QString code;
            vault::VaultStatus created;
            auto v = vault::Vault::create(path, passphrase, QStringLiteral("Acme"),
                                          test::cheapOptions(), &code, &created);
            QVERIFY(v);
            // What release 9 wrote: the table without the column.
            for (const char *sql : {
                     "ALTER TABLE person DROP COLUMN external",
                     "PRAGMA user_version = 9",
                     "INSERT INTO person (id, kind, name, updated_at) VALUES"
                     " (1, 0, '佐藤 花子', ''), (2, 1, '総務部', ''), (3, 0, '山本 誠', '')",
                     "INSERT INTO training_course (id, title, updated_at) VALUES (1, 'Phishing', "
                     "'')",
                     "INSERT INTO training_session (id, course_id, held_on, updated_at)"
                     " VALUES (1, 1, '2026-04-01', '')",
                     "INSERT INTO training_attendance (session_id, person_id) VALUES (1, 1), (1, "
                     "3)",
                 })
                QVERIFY2(exec(v->database(), QString::fromUtf8(sql)), sql);
            QVERIFY(v->save());
        }
        vault::VaultStatus status;
        auto v = vault::Vault::open(path, passphrase, &status);
        QVERIFY2(v, qPrintable(status.message()));
        Database &db = v->database();
        QCOMPARE(db.userVersion(), store::latestSchemaVersion());
        QVERIFY(!v->preMigrationCopy().isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('person')"
                                           " WHERE name = 'external'"))
                     .toInt(),
                 1);
        store::PeopleRepository people(db);
        const auto all = people.all();
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), 3);
        for (const domain::Person &p : *all)
            QVERIFY2(!p.external, qPrintable(p.name));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM training_attendance")).toInt(), 2);

        domain::Person yamamoto = *domain::findPersonByName(*all, QStringLiteral("山本 誠"));
        yamamoto.external = true;
        QVERIFY(people.update(yamamoto));
        QVERIFY(people.get(3)->external);
        QVERIFY(!people.get(1)->external);
        // Only 0 and 1 are stored.
        QVERIFY(!exec(db, QStringLiteral("UPDATE person SET external = 2 WHERE id = 1")));
        QVERIFY(store::checkStoredValues(db));
        QString problems;
        QVERIFY2(db.checkIntegrity(&problems), qPrintable(problems));
    }

    void peopleRepositoryAddEditDeleteRestore()
    {
        auto db = organisationDatabase();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        const qint64 audit0 = AuditLog(*db).count();

        domain::Person dept;
        dept.kind = domain::PersonKind::Department;
        dept.name = QStringLiteral(" 総務部 ");
        dept.department = QStringLiteral("ignored for a department");
        const auto deptId = people.insert(dept);
        QVERIFY2(deptId, qPrintable(deptId.error()));
        domain::Person sato;
        sato.name = QStringLiteral("佐藤 花子");
        sato.reading = QStringLiteral("さとう はなこ");
        sato.department = QStringLiteral("総務部");
        sato.role = QStringLiteral("情報セキュリティ責任者");
        sato.contact = QStringLiteral("sato@example.co.jp");
        sato.joined = QDate(2015, 4, 1);
        const auto satoId = people.insert(sato);
        QVERIFY(satoId);
        QCOMPARE(AuditLog(*db).count(), audit0 + 2);

        auto stored = people.get(*deptId);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("総務部"));
        QVERIFY(stored->department.isEmpty());
        auto list = people.all();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().id, *deptId); // departments first

        // Refusals change nothing.
        const QByteArray image = crypto::toByteArray(db->serialize());
        domain::Person twin = sato;
        twin.name = QStringLiteral("総務部");
        QVERIFY(!people.insert(twin));
        domain::Person nameless;
        nameless.name = QStringLiteral("  ");
        QVERIFY(!people.insert(nameless));
        domain::Person early = sato;
        early.id = *satoId;
        early.left = QDate(2010, 1, 1);
        QVERIFY(!people.update(early));
        QVERIFY(!people.setActionOwner(QStringLiteral("backups.air_gap"), 999));
        QCOMPARE(crypto::toByteArray(db->serialize()), image);

        // An edit writes one audit line per changed field.
        QVERIFY(!people.get(*satoId)->external);
        domain::Person edited = *people.get(*satoId);
        edited.role = QStringLiteral("総務部長");
        edited.left = QDate(2026, 3, 31);
        edited.external = true; // stays on as an outside advisor
        const qint64 audit1 = AuditLog(*db).count();
        QVERIFY(people.update(edited));
        QCOMPARE(AuditLog(*db).count(), audit1 + 3);
        QCOMPARE(*people.get(*satoId), edited);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log"
                                            " WHERE entity = 'person' AND field = 'external'"))
                     .toString(),
                 QStringLiteral("0>1"));

        // Owners of records and actions; deleting the entry clears them and
        // restoring puts them back.
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO asset (id, name, owner_id, updated_at)"
                                         " VALUES (7, 'NAS', %1, '')")
                              .arg(*satoId)));
        QVERIFY(exec(*db, QStringLiteral("UPDATE backup_job SET owner_id = %1").arg(*satoId)));
        QVERIFY(people.setActionOwner(QStringLiteral("owners.assign"), *satoId));
        QCOMPARE(people.actionOwners()->value(QStringLiteral("owners.assign")), *satoId);
        const auto removal = people.remove(*satoId);
        QVERIFY2(removal, qPrintable(removal.error()));
        QCOMPARE(removal->linked.emptiedIn(QStringLiteral("asset")), QVector<qint64>{7});
        QCOMPARE(removal->linked.emptiedIn(QStringLiteral("backup_job")).size(), 1);
        // The action it was given is a row of action_owner, deleted with it.
        QCOMPARE(removal->linked.deleted.size(), 1);
        QCOMPARE(removal->linked.deleted.first().table, QStringLiteral("action_owner"));
        QVERIFY(scalar(*db, QStringLiteral("SELECT owner_id FROM asset WHERE id = 7")).isNull());
        QVERIFY(people.actionOwners()->isEmpty());
        QVERIFY(people.restore(*removal));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT owner_id FROM asset WHERE id = 7")).toLongLong(),
            *satoId);
        QCOMPARE(people.actionOwners()->value(QStringLiteral("owners.assign")), *satoId);
        QCOMPARE(*people.get(*satoId), edited);

        // Clearing an action's owner.
        QVERIFY(people.setActionOwner(QStringLiteral("owners.assign"), 0));
        QVERIFY(people.actionOwners()->isEmpty());
        const auto last = AuditLog(*db).recent(1);
        QCOMPARE(last.first().entity, QStringLiteral("action_owner"));
        QCOMPARE(last.first().field, QStringLiteral("owners.assign"));
    }

    void storedValuesOutsideKamaesRangesAreRefused_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("corrupt");
        QTest::addColumn<QString>("named");
        const QString asset =
            QStringLiteral("INSERT INTO asset (id, name, updated_at) VALUES (12, 'PC', '')");
        QTest::newRow("asset kind")
            << asset << QStringLiteral("UPDATE asset SET kind = 7") << QStringLiteral("kind");
        QTest::newRow("negative mfa")
            << asset << QStringLiteral("UPDATE asset SET mfa = -1") << QStringLiteral("mfa");
        QTest::newRow("text in an integer column")
            << asset << QStringLiteral("UPDATE asset SET personal_data = 'My Number'")
            << QStringLiteral("personal_data");
        QTest::newRow("c/i/a above 3")
            << asset << QStringLiteral("UPDATE asset SET confidentiality = 9")
            << QStringLiteral("confidentiality");
        const QString patch =
            asset + QStringLiteral("; INSERT INTO patch_item (id, asset_id, product, updated_at) "
                                   "VALUES (3, 12, 'x', '')");
        QTest::newRow("patch severity")
            << patch << QStringLiteral("UPDATE patch_item SET severity = 5")
            << QStringLiteral("severity");
        QTest::newRow("patch status")
            << patch << QStringLiteral("UPDATE patch_item SET status = 99")
            << QStringLiteral("status");
        QTest::newRow("cvss above 10")
            << patch << QStringLiteral("UPDATE patch_item SET cvss_score = 11.5")
            << QStringLiteral("cvss_score");
        QTest::newRow("security action")
            << QString() << QStringLiteral("UPDATE organisation SET security_action = 3")
            << QStringLiteral("security_action");
        QTest::newRow("backup media")
            << QString()
            << QStringLiteral("INSERT INTO backup_copy (job_id, media) SELECT id, 42 FROM "
                              "backup_job LIMIT 1")
            << QStringLiteral("media");
        QTest::newRow("absurd restore interval")
            << QString() << QStringLiteral("UPDATE backup_job SET restore_test_days = 100000000")
            << QStringLiteral("restore_test_days");
        QTest::newRow("person kind")
            << QStringLiteral("INSERT INTO person (id, name, updated_at) VALUES (4, '総務部', '')")
            << QStringLiteral("UPDATE person SET kind = 2") << QStringLiteral("kind");
        QTest::newRow("person outside the company")
            << QStringLiteral("INSERT INTO person (id, name, updated_at) VALUES (4, '山本', '')")
            << QStringLiteral("UPDATE person SET external = 'yes'") << QStringLiteral("external");
        const QString course = QStringLiteral(
            "INSERT INTO training_course (id, title, updated_at) VALUES (1, 'Phishing', '');"
            " INSERT INTO person (id, name, updated_at) VALUES (5, '佐藤', '');"
            " INSERT INTO training_session (id, course_id, held_on, updated_at)"
            " VALUES (2, 1, '2026-04-01', '');"
            " INSERT INTO training_attendance (session_id, person_id) VALUES (2, 5)");
        QTest::newRow("course topic")
            << course << QStringLiteral("UPDATE training_course SET topic = 8")
            << QStringLiteral("topic");
        QTest::newRow("course requirement")
            << course << QStringLiteral("UPDATE training_course SET requirement = -1")
            << QStringLiteral("requirement");
        QTest::newRow("absurd renewal")
            << course << QStringLiteral("UPDATE training_course SET renewal_months = 1200")
            << QStringLiteral("renewal_months");
        QTest::newRow("attendance state")
            << course << QStringLiteral("UPDATE training_attendance SET state = 2")
            << QStringLiteral("state");
        QTest::newRow("attendance score")
            << course << QStringLiteral("UPDATE training_attendance SET score = 101")
            << QStringLiteral("score");
        QTest::newRow("drill flag")
            << course +
                   QStringLiteral("; INSERT INTO phishing_campaign (id, name, held_on, updated_at)"
                                  " VALUES (3, 'Drill', '2026-05-01', '')")
            << QStringLiteral("INSERT INTO phishing_result (campaign_id, email, delivered)"
                              " VALUES (3, 'a@example.jp', 2)")
            << QStringLiteral("delivered");
        QTest::newRow("self-assessment answer")
            << QStringLiteral("INSERT INTO self_assessment (id, taken_on, updated_at) VALUES (1, "
                              "'2026-01-01', '')")
            << QStringLiteral("INSERT INTO self_assessment_answer (assessment_id, question, "
                              "answer) VALUES (1, 'q1', 3)")
            << QStringLiteral("answer");
    }

    void storedValuesOutsideKamaesRangesAreRefused()
    {
        QFETCH(QString, setup);
        QFETCH(QString, corrupt);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crafted.kamae"));
        {
            QString code;
            vault::VaultStatus created;
            auto v =
                vault::Vault::create(path, QStringLiteral("correct horse"), QStringLiteral("Acme"),
                                     test::cheapOptions(), &code, &created);
            QVERIFY(v);
            QVERIFY(store::checkStoredValues(v->database()));
            for (const QString &statement : setup.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                QVERIFY2(exec(v->database(), statement), qPrintable(statement));
            QVERIFY(store::checkStoredValues(v->database()));
            // What an editor outside Kamae can do.
            QVERIFY(exec(v->database(), QStringLiteral("PRAGMA ignore_check_constraints = ON")));
            QVERIFY2(exec(v->database(), corrupt), qPrintable(corrupt));
            QVERIFY(exec(v->database(), QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
            const Status s = store::checkStoredValues(v->database());
            QVERIFY(!s);
            QVERIFY2(s.error().contains(named), qPrintable(s.error()));
            QVERIFY(v->save());
        }
        const QByteArray before = test::readFile(path);
        for (const vault::OpenMode mode : {vault::OpenMode::ReadOnly, vault::OpenMode::ReadWrite}) {
            vault::VaultStatus status;
            auto v = vault::Vault::open(path, QStringLiteral("correct horse"), &status, mode);
            QVERIFY(!v);
            QCOMPARE(status.code(), vault::VaultError::Damaged);
            QVERIFY2(status.message().contains(named), qPrintable(status.message()));
        }
        QCOMPARE(test::readFile(path), before);
    }

    void checkIntegrity()
    {
        auto db = organisationDatabase();
        QVERIFY(db);
        QString details = QStringLiteral("not cleared");
        QVERIFY(db->checkIntegrity(&details));
        QVERIFY(details.isEmpty());
        QVERIFY(db->checkIntegrity(nullptr));

        // A dangling reference, slipped in with enforcement off.
        QVERIFY(exec(*db, QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(exec(*db, QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")));
        QVERIFY(exec(*db, QStringLiteral("CREATE TABLE child (parent_id INTEGER "
                                         "REFERENCES parent (id))")));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO child VALUES (42)")));
        QVERIFY(!db->checkIntegrity(&details));
        QVERIFY2(details.contains(QLatin1String("child")), qPrintable(details));
    }

    // Plaintext must never reach a file: no journal, no temporary tables or
    // sort spills on disk, freed pages overwritten.
    void databaseStaysInMemory()
    {
        auto db = organisationDatabase();
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA temp_store")).toInt(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("memory"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA database_list")));
        // A deserialized image reports a placeholder name, never a real file.
        while (q.next()) {
            const QString file = q.value(2).toString();
            QVERIFY2(file.isEmpty() || !QFileInfo::exists(file), qPrintable(file));
        }

        // The same after a round trip through an image, as on every open.
        auto copy = Database::fromImage(db->serialize());
        QVERIFY(copy);
        QCOMPARE(scalar(*copy.value(), QStringLiteral("PRAGMA temp_store")).toInt(), 2);
        QCOMPARE(scalar(*copy.value(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("memory"));
    }

    void wipe()
    {
        const int connections = QSqlDatabase::connectionNames().size();
        auto db = organisationDatabase();
        QVERIFY(db);
        QCOMPARE(QSqlDatabase::connectionNames().size(), connections + 1);
        QVERIFY(db->sql().isValid());
        QVERIFY(db->sql().isOpen());

        db->wipe();
        QVERIFY(!db->sql().isValid());
        QVERIFY(!db->sql().isOpen());
        QVERIFY(db->serialize().empty());
        QCOMPARE(db->userVersion(), -1);
        QCOMPARE(QSqlDatabase::connectionNames().size(), connections);
        QVERIFY(!OrganisationRepository(*db).load());

        db->wipe();
        QVERIFY(!db->sql().isValid());
        db.reset();
        QCOMPARE(QSqlDatabase::connectionNames().size(), connections);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
