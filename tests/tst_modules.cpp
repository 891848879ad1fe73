// The module registry (app/modules): every module declared once, with keys,
// names and tables that hold together, and the demo built through it.
#include "TestSupport.h"

#include "demo/DemoCompany.h"
#include "modules/Keys.h"
#include "modules/Registry.h"
#include "reminders/Reminders.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Schema.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kamae;

namespace {

std::unique_ptr<store::Database> migratedDatabase()
{
    auto db = store::Database::createEmpty();
    if (!db)
        return nullptr;
    if (!store::migrate(*db.value()))
        return nullptr;
    return std::move(db).value();
}

QStringList schemaTables(store::Database &db)
{
    QStringList tables;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

} // namespace

class TestModules final : public QObject
{
    Q_OBJECT

private slots:
    void keysAreUniqueAndNamed()
    {
        QSet<QString> keys;
        for (const modules::ModuleInfo *m : modules::all()) {
            QVERIFY2(!m->key.isEmpty(), "a module without a key");
            QVERIFY2(!keys.contains(m->key), qPrintable(m->key));
            keys.insert(m->key);
            QVERIFY(m->name);
            QVERIFY(!m->name().isEmpty());
            QCOMPARE(modules::find(m->key), m);
            QCOMPARE(modules::displayName(m->key), m->name());
        }
        for (const QString &builtIn :
             {modules::key::Organisation, modules::key::Assets, modules::key::Patches,
              modules::key::Backups, modules::key::SelfAssessment})
            QVERIFY2(keys.contains(builtIn), qPrintable(builtIn));
        QVERIFY(!keys.contains(modules::key::Dashboard)); // a page, not a module
        QCOMPARE(modules::find(QStringLiteral("nonsense")), nullptr);
        // Nothing is ever shown blank, even for a key no module has.
        QCOMPARE(modules::displayName(QStringLiteral("nonsense")), QStringLiteral("nonsense"));
    }

    // Each table belongs to one module, except the shell's own; a table a
    // module names must exist. A change event can then always be told apart.
    void tablesBelongToOneModule()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        const QStringList schema = schemaTables(*db);
        const QStringList shell{QStringLiteral("meta"), QStringLiteral("audit_log"),
                                QStringLiteral("report_history"),
                                QStringLiteral("score_snapshot")};
        QHash<QString, QString> owner;
        for (const modules::ModuleInfo *m : modules::all()) {
            for (const QString &t : m->tables) {
                QVERIFY2(schema.contains(t), qPrintable(m->key + QLatin1Char('.') + t));
                QVERIFY2(!owner.contains(t), qPrintable(t + QStringLiteral(" twice")));
                owner.insert(t, m->key);
            }
            for (const QString &t : m->scoreTables)
                QVERIFY2(schema.contains(t), qPrintable(t));
        }
        for (const QString &t : schema)
            QVERIFY2(owner.contains(t) || shell.contains(t),
                     qPrintable(t + QStringLiteral(" belongs to no module")));
    }

    // The schema is one sequence of steps, 1, 2, 3 … with no number taken
    // twice, made of the core part and the modules' own parts; a module's
    // part creates the tables it names, and its value rules name columns
    // that exist.
    void schemaIsOneSequenceOfTheModulesParts()
    {
        const store::Schema &schema = store::vaultSchema();
        for (int i = 0; i < int(schema.steps.size()); ++i)
            QCOMPARE(schema.steps.at(i).version, i + 1);
        QCOMPARE(store::latestSchemaVersion(), int(schema.steps.size()));

        store::Schema sum;
        QVERIFY(sum.add(store::coreSchema()));
        for (const modules::ModuleInfo *m : modules::all()) {
            if (!m->schema)
                continue;
            const store::SchemaPart part = m->schema();
            QVERIFY2(!part.steps.empty(), qPrintable(m->key));
            QVERIFY2(sum.add(part), qPrintable(m->key));
        }
        QCOMPARE(sum.steps.size(), schema.steps.size());
        QCOMPARE(sum.valueRules.size(), schema.valueRules.size());
        // A part that reuses a number is refused, naming it.
        const Status twice = sum.add({{{3, [](QSqlDatabase &) { return Status(); }}}, {}});
        QVERIFY(!twice);
        QVERIFY(twice.error().contains(QLatin1Char('3')));

        auto db = migratedDatabase();
        QVERIFY(db);
        for (const store::ValueRule &rule : schema.valueRules) {
            QSqlQuery q(db->sql());
            QVERIFY2(q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT 0")
                                .arg(rule.column, rule.table, rule.badWhen)),
                     qPrintable(rule.table + QLatin1Char('.') + rule.column));
        }
    }

    void changesNameTheirModules()
    {
        store::ChangeSet changes;
        QVERIFY(modules::modulesTouched(changes).isEmpty());
        changes.add(QStringLiteral("backup_event"), 3, store::ChangeKind::Insert);
        changes.add(QStringLiteral("asset"), 7, store::ChangeKind::Update);
        QCOMPARE(modules::modulesTouched(changes),
                 (QStringList{modules::key::Assets, modules::key::Backups}));
    }

    // The demo is made module by module through the registry: each module's
    // records exist, and later modules found the ids of earlier ones.
    void demoIsBuiltThroughTheRegistry()
    {
        QTemporaryDir dir;
        vault::VaultStatus status;
        QString code;
        auto v = vault::Vault::create(dir.filePath(QStringLiteral("demo.kamae")),
                                      QStringLiteral("correct horse battery"),
                                      QStringLiteral("Org"), test::cheapOptions(), &code, &status);
        QVERIFY2(v, qPrintable(status.message()));
        store::Database *db = &v->database();
        const Status filled = demo::populate(*db);
        QVERIFY2(filled, qPrintable(filled.error()));
        QSqlQuery q(db->sql());
        for (const char *sql :
             {"SELECT COUNT(*) FROM asset", "SELECT COUNT(*) FROM person",
              "SELECT COUNT(*) FROM patch_item", "SELECT COUNT(*) FROM backup_job",
              "SELECT COUNT(*) FROM self_assessment",
              // a backup job protects assets by the ids the assets module made
              "SELECT COUNT(*) FROM backup_protects p JOIN asset a ON a.id = p.asset_id"}) {
            QVERIFY2(q.exec(QLatin1String(sql)) && q.next(), sql);
            QVERIFY2(q.value(0).toInt() > 0, sql);
        }
        // Every module with duties has some in the demo.
        const auto all = reminders::allReminders(*db, QDate(2026, 12, 2));
        QVERIFY(all);
        for (const QString &key : modules::modulesWithDuties()) {
            const bool found = std::any_of(all->cbegin(), all->cend(),
                                           [&key](const reminders::Reminder &r) {
                                               return r.module == key;
                                           });
            QVERIFY2(found, qPrintable(key));
        }
    }

    // The window's demo: made and filled the first time, opened after; a
    // demo someone gave a passphrase of their own says so, and nothing is
    // made over it.
    void demoVaultIsMadeOnceThenOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Kamae/demo.kamae"));
        {
            demo::DemoVault made = demo::openDemoVault(path, test::cheapOptions());
            QVERIFY2(made.vault, qPrintable(made.message()));
            QVERIFY(QFileInfo::exists(path));
            QSqlQuery q(made.vault->database().sql());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM asset")) && q.next());
            QVERIFY(q.value(0).toInt() > 0);
        }
        const QDateTime written = QFileInfo(path).lastModified();
        {
            demo::DemoVault opened = demo::openDemoVault(path, test::cheapOptions());
            QVERIFY2(opened.vault, qPrintable(opened.message()));
            QCOMPARE(opened.vault->path(), QFileInfo(path).absoluteFilePath());
        }
        QCOMPARE(QFileInfo(path).lastModified(), written);

        const QString own = dir.filePath(QStringLiteral("own.kamae"));
        vault::VaultStatus status;
        QString code;
        QVERIFY(vault::Vault::create(own, QStringLiteral("a passphrase of my own"),
                                     QStringLiteral("Org"), test::cheapOptions(), &code, &status));
        const demo::DemoVault refused = demo::openDemoVault(own, test::cheapOptions());
        QVERIFY(!refused.vault);
        QCOMPARE(refused.status.code(), vault::VaultError::WrongPassphrase);
        QVERIFY(refused.problem.isEmpty());
        QVERIFY(QFileInfo::exists(own));
    }
};

QTEST_GUILESS_MAIN(TestModules)
#include "tst_modules.moc"
