// How the store fails and undoes: store::Transaction (commit, roll back when
// not committed, savepoints when nested), Result/Status error codes, and what
// a person reads when SQLite refuses a statement (never SQLite's English).
#include "TestSupport.h"

#include "core/Result.h"
#include "domain/Patch.h"
#include "domain/Person.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PatchRepository.h"
#include "store/PeopleRepository.h"
#include "store/SqlErrors.h"
#include "store/Transaction.h"
#include "vault/Vault.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

using namespace kamae;

namespace {

std::unique_ptr<store::Database> migratedDatabase()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    return std::move(db.value());
}

int countRows(store::Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool insertDepartment(store::Database &db, const QString &name)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO person (kind, name, updated_at) VALUES (1, ?, '')"));
    q.addBindValue(name);
    return q.exec();
}

bool inTransaction(store::Database &db)
{
    // BEGIN fails inside a transaction; a probe that leaves nothing behind.
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("BEGIN")))
        return true;
    return !q.exec(QStringLiteral("ROLLBACK"));
}

// SQLite's and Qt SQL's own words, which must not reach a person.
const QRegularExpression &sqliteEnglish()
{
    static const QRegularExpression words(
        QStringLiteral("constraint|no such|UNIQUE|FOREIGN KEY|NOT NULL|SQL|sqlite|"
                       "Unable to|statement|person\\.id|asset_id"),
        QRegularExpression::CaseInsensitiveOption);
    return words;
}

// Collects the log while alive, so that a test can read what was warned.
struct LogCatcher
{
    LogCatcher()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) {
                s_lines << message;
            });
    }
    ~LogCatcher() { qInstallMessageHandler(m_previous); }
    static QStringList s_lines;
    QtMessageHandler m_previous;
};
QStringList LogCatcher::s_lines;

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_storage"); }

    void resultCarriesACode()
    {
        const auto plain = Result<int>::failure(QStringLiteral("why"));
        QVERIFY(!plain);
        QCOMPARE(plain.code(), ErrorCode::Other);
        QCOMPARE(plain.error(), QStringLiteral("why"));
        const auto coded = Result<int>::failure(ErrorCode::NotFound, QStringLiteral("gone"));
        QCOMPARE(coded.code(), ErrorCode::NotFound);
        // Passed on to another type, the code and the reason travel along.
        const Status passed = coded.asFailure();
        QVERIFY(!passed);
        QCOMPARE(passed.code(), ErrorCode::NotFound);
        QCOMPARE(passed.error(), QStringLiteral("gone"));
        const Result<QString> again = passed.asFailure();
        QCOMPARE(again.code(), ErrorCode::NotFound);
        const Result<int> fine = 7;
        QVERIFY(fine);
        QCOMPARE(fine.code(), ErrorCode::None);
        QCOMPARE(fine.value(), 7);
        QCOMPARE(Status().code(), ErrorCode::None);
        QVERIFY(Status());
        QCOMPARE(Status::failure(QString()).code(), ErrorCode::Other); // failed, if wordless
        QVERIFY(!Status::failure(QString()));
    }

    void vaultErrorsMapToCodes()
    {
        using vault::VaultError;
        QCOMPARE(vault::errorCodeOf(VaultError::None), ErrorCode::None);
        QCOMPARE(vault::errorCodeOf(VaultError::NotFound), ErrorCode::NotFound);
        QCOMPARE(vault::errorCodeOf(VaultError::CannotWrite), ErrorCode::Io);
        QCOMPARE(vault::errorCodeOf(VaultError::WrongPassphrase), ErrorCode::Crypto);
        QCOMPARE(vault::errorCodeOf(VaultError::UpgradeFailed), ErrorCode::Storage);
        const vault::VaultStatus locked(VaultError::LockedByOther, QStringLiteral("in use"));
        const Result<int> r = locked.asFailure();
        QCOMPARE(r.code(), ErrorCode::Io);
        QCOMPARE(r.error(), QStringLiteral("in use"));
    }

    void aCommittedTransactionStays()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        const quint64 changes = db->changeCount();
        {
            store::Transaction tx(*db);
            QVERIFY(tx);
            QVERIFY(!tx.isSavepoint());
            QVERIFY(insertDepartment(*db, QStringLiteral("総務部")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(countRows(*db, QStringLiteral("person")), 1);
        QVERIFY(db->changeCount() > changes);
        QVERIFY(!inTransaction(*db));
    }

    void anUncommittedTransactionIsRolledBack()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        const quint64 changes = db->changeCount();
        {
            store::Transaction tx(*db);
            QVERIFY(insertDepartment(*db, QStringLiteral("総務部")));
            QCOMPARE(countRows(*db, QStringLiteral("person")), 1);
            QVERIFY(inTransaction(*db));
            // An early return: the scope ends without commit().
        }
        QCOMPARE(countRows(*db, QStringLiteral("person")), 0);
        QCOMPARE(db->changeCount(), changes);
        QVERIFY(!inTransaction(*db));
        {
            store::Transaction tx(*db);
            QVERIFY(insertDepartment(*db, QStringLiteral("総務部")));
            tx.rollback();
            QCOMPARE(countRows(*db, QStringLiteral("person")), 0);
            QVERIFY(!inTransaction(*db));
        } // and nothing more at the end of the scope
        QCOMPARE(countRows(*db, QStringLiteral("person")), 0);
    }

    void nestedTransactionsAreSavepoints()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        const quint64 changes = db->changeCount();
        {
            store::Transaction outer(*db);
            QVERIFY(insertDepartment(*db, QStringLiteral("outer")));
            {
                store::Transaction kept(*db);
                QVERIFY(kept);
                QVERIFY(kept.isSavepoint());
                QVERIFY(insertDepartment(*db, QStringLiteral("kept")));
                {
                    store::Transaction deeper(*db);
                    QVERIFY(deeper.isSavepoint());
                    QVERIFY(insertDepartment(*db, QStringLiteral("deeper")));
                    QVERIFY(deeper.commit());
                }
                QVERIFY(kept.commit());
            }
            {
                store::Transaction dropped(*db);
                QVERIFY(insertDepartment(*db, QStringLiteral("dropped")));
            } // rolls back its own work only
            QCOMPARE(countRows(*db, QStringLiteral("person")), 3);
            QVERIFY(inTransaction(*db));
            // Nothing is committed until the outermost commits.
            QCOMPARE(db->changeCount(), changes);
            QVERIFY(outer.commit());
        }
        QCOMPARE(countRows(*db, QStringLiteral("person")), 3);
        QVERIFY(db->changeCount() > changes);

        // An inner commit is undone with its outer transaction.
        {
            store::Transaction outer(*db);
            store::Transaction inner(*db);
            QVERIFY(insertDepartment(*db, QStringLiteral("undone")));
            QVERIFY(inner.commit());
        }
        QCOMPARE(countRows(*db, QStringLiteral("person")), 3);
        QVERIFY(!inTransaction(*db));
    }

    // A transaction opened by hand (a migration's BEGIN) counts as outer too.
    void aHandWrittenBeginMakesASavepoint()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        {
            store::Transaction tx(*db);
            QVERIFY(tx);
            QVERIFY(tx.isSavepoint());
            QVERIFY(insertDepartment(*db, QStringLiteral("a")));
            QVERIFY(tx.commit());
        }
        QVERIFY(inTransaction(*db));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(countRows(*db, QStringLiteral("person")), 0);
    }

    // Repositories open their own Transaction; inside a caller's, a failed
    // call undoes only its own work and the caller decides about the rest.
    void repositoriesJoinTheCallersTransaction()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        const int audit = countRows(*db, QStringLiteral("audit_log"));
        domain::Person first;
        first.name = QStringLiteral("佐藤 花子");
        domain::Person twin = first; // the name is unique: refused
        {
            store::Transaction tx(*db);
            QVERIFY(people.insert(first));
            QVERIFY(!people.insert(twin));
            QVERIFY(tx.commit());
        }
        QCOMPARE(countRows(*db, QStringLiteral("person")), 1);
        {
            store::Transaction tx(*db);
            domain::Person second;
            second.name = QStringLiteral("鈴木 一郎");
            QVERIFY(people.insert(second));
        } // not committed: the insert and its audit line go
        QCOMPARE(countRows(*db, QStringLiteral("person")), 1);
        QCOMPARE(countRows(*db, QStringLiteral("audit_log")), audit + 1);
    }

    // SQLite refuses a statement: a constraint, a missing table, a foreign
    // key. The person reads what failed in their terms; SQLite's text goes to
    // the log, without the values of the record.
    void aRefusedStatementSpeaksThePersonsLanguage()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        domain::Person person;
        person.name = QStringLiteral("Secret Person");
        const auto id = people.insert(person);
        QVERIFY(id);

        QStringList messages;
        LogCatcher log;
        // The same id again: UNIQUE constraint failed: person.id.
        domain::Person clash;
        clash.id = id.value();
        clash.name = QStringLiteral("Another Secret");
        const auto constraint = people.insert(clash);
        QVERIFY(!constraint);
        QCOMPARE(constraint.code(), ErrorCode::Storage);
        QCOMPARE(constraint.error(), store::writeFailed(QString()).message);
        messages << constraint.error();

        // A patch item for an asset that is not there: FOREIGN KEY.
        domain::PatchItem orphan;
        orphan.assetId = 999;
        orphan.product = QStringLiteral("FortiOS");
        orphan.found = QDate(2024, 4, 1);
        orphan.due = QDate(2024, 5, 1);
        const auto foreignKey = store::PatchRepository(*db).insert(orphan);
        QVERIFY(!foreignKey);
        QCOMPARE(foreignKey.code(), ErrorCode::Storage);
        messages << foreignKey.error();

        // A table gone: reading and writing fail.
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE asset")));
        const auto read = store::AssetRepository(*db).all();
        QVERIFY(!read);
        QCOMPARE(read.code(), ErrorCode::Storage);
        QCOMPARE(read.error(), store::readFailed(QString()).message);
        messages << read.error();
        domain::Asset asset;
        asset.name = QStringLiteral("Secret Laptop");
        const auto write = store::AssetRepository(*db).insert(asset);
        QVERIFY(!write);
        messages << write.error();

        for (const QString &m : std::as_const(messages)) {
            QVERIFY(!m.isEmpty());
            QVERIFY2(!sqliteEnglish().match(m).hasMatch(), qPrintable(m));
        }
        // The log has the technical detail, and no value of any record.
        const QString logged = LogCatcher::s_lines.join(QLatin1Char('\n'));
        QVERIFY2(logged.contains(QStringLiteral("UNIQUE")), qPrintable(logged));
        QVERIFY2(logged.contains(QStringLiteral("no such table")), qPrintable(logged));
        QVERIFY(!logged.contains(QStringLiteral("Secret")));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
