// The asset register's rules and storage, without a GUI.
#include "TestSupport.h"

#include "assets/AssetJson.h"
#include "cli/Cli.h"
#include "core/Clock.h"
#include "domain/AssetFields.h"
#include "domain/AssetRules.h"
#include "io/AssetTransfer.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

using namespace kamae;
using domain::Asset;
using domain::AssetField;

namespace {

Asset rated(int c, int i, int a, domain::PersonalData pd = domain::PersonalData::None)
{
    Asset asset;
    asset.name = QStringLiteral("顧客台帳");
    asset.confidentiality = c;
    asset.integrity = i;
    asset.availability = a;
    asset.personalData = pd;
    return asset;
}

std::unique_ptr<store::Database> migratedDatabase()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    return std::move(db.value());
}

Asset sample(const QString &name)
{
    Asset a;
    a.businessArea = QStringLiteral("営業");
    a.name = name;
    a.users = QStringLiteral("営業部");
    a.ownerDepartment = QStringLiteral("営業部");
    a.location = QStringLiteral("ファイルサーバ");
    a.personalData = domain::PersonalData::Personal;
    a.confidentiality = 2;
    a.integrity = 2;
    a.availability = 1;
    a.threat = 2;
    a.vulnerability = 3;
    a.retention = QStringLiteral("5年");
    a.registered = QDate(2024, 4, 1);
    a.kind = domain::AssetKind::Data;
    return a;
}

// What `assets list --json` printed before it streamed (a QJsonObject per
// asset): the streamed output must parse to the same.
QJsonObject expectedJson(const Asset &a, const QVector<domain::Person> &people, const QDate &today)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id);
    for (const auto &info : domain::assetFields()) {
        const QString key = QString::fromLatin1(info.key);
        const QVariant value = domain::fieldValue(a, info.field);
        switch (value.typeId()) {
        case QMetaType::QDate:
            o.insert(key, value.toDate().isValid()
                              ? QJsonValue(value.toDate().toString(Qt::ISODate))
                              : QJsonValue());
            break;
        case QMetaType::Bool:
            o.insert(key, value.toBool());
            break;
        case QMetaType::Int:
            o.insert(key, value.toInt());
            break;
        default:
            o.insert(key, value.toString());
        }
    }
    static const char *kinds[] = {"data", "device", "software", "cloud_service", "account"};
    static const char *personal[] = {"none", "personal", "sensitive", "my_number"};
    static const char *mfa[] = {"not_applicable", "off", "on"};
    static const char *risk[] = {"", "low", "medium", "high"};
    o.insert(QStringLiteral("kind"), QLatin1String(kinds[static_cast<int>(a.kind)]));
    o.insert(QStringLiteral("personal_data"),
             QLatin1String(personal[static_cast<int>(a.personalData)]));
    o.insert(QStringLiteral("mfa"), QLatin1String(mfa[static_cast<int>(a.mfa)]));
    o.insert(QStringLiteral("risk_class"),
             QLatin1String(risk[static_cast<int>(domain::riskClass(domain::riskValue(a)))]));
    o.insert(QStringLiteral("needs_review"), domain::needsReview(a, today));
    const domain::Person *owner = domain::findPerson(people, a.ownerId);
    o.insert(QStringLiteral("owner_id"), owner ? QJsonValue(owner->id) : QJsonValue());
    o.insert(QStringLiteral("owner"), owner ? QJsonValue(owner->name) : QJsonValue());
    return o;
}

} // namespace

class TestAssets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_assets"); }

    void importanceRule_data()
    {
        QTest::addColumn<int>("c");
        QTest::addColumn<int>("i");
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("personal");
        QTest::addColumn<int>("expected");
        QTest::newRow("unrated") << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("highest of CIA") << 1 << 3 << 2 << 0 << 3;
        QTest::newRow("all one") << 1 << 1 << 1 << 0 << 1;
        QTest::newRow("partly rated") << 0 << 2 << 0 << 0 << 2;
        QTest::newRow("personal raises to 2") << 1 << 1 << 1 << 1 << 2;
        QTest::newRow("personal keeps 3") << 3 << 1 << 1 << 1 << 3;
        QTest::newRow("personal unrated") << 0 << 0 << 0 << 1 << 2;
        QTest::newRow("sensitive is 3") << 1 << 1 << 1 << 2 << 3;
        QTest::newRow("my number is 3") << 0 << 0 << 0 << 3 << 3;
    }
    void importanceRule()
    {
        QFETCH(int, c);
        QFETCH(int, i);
        QFETCH(int, a);
        QFETCH(int, personal);
        QFETCH(int, expected);
        QCOMPARE(domain::importance(rated(c, i, a, static_cast<domain::PersonalData>(personal))),
                 expected);
    }

    void likelihoodTable()
    {
        // Rows: threat 1..3; columns: vulnerability 1..3.
        const int expected[3][3] = {{1, 1, 2}, {1, 2, 3}, {2, 3, 3}};
        for (int t = 1; t <= 3; ++t)
            for (int v = 1; v <= 3; ++v)
                QCOMPARE(domain::damageLikelihood(t, v), expected[t - 1][v - 1]);
        QCOMPARE(domain::damageLikelihood(0, 3), 0);
        QCOMPARE(domain::damageLikelihood(3, 0), 0);
        QCOMPARE(domain::damageLikelihood(4, 1), 0);
    }

    void riskValueAndClass()
    {
        Asset a = rated(3, 1, 1);
        QCOMPARE(domain::riskValue(a), 0); // threat not assessed
        a.threat = 3;
        a.vulnerability = 3;
        QCOMPARE(domain::riskValue(a), 9);
        a.vulnerability = 1;
        QCOMPARE(domain::riskValue(a), 6);
        a.confidentiality = 2;
        QCOMPARE(domain::riskValue(a), 4);
        a.confidentiality = 1;
        QCOMPARE(domain::riskValue(a), 2);
        QCOMPARE(domain::riskClass(0), domain::RiskClass::Unrated);
        QCOMPARE(domain::riskClass(1), domain::RiskClass::Low);
        QCOMPARE(domain::riskClass(3), domain::RiskClass::Low);
        QCOMPARE(domain::riskClass(4), domain::RiskClass::Medium);
        QCOMPARE(domain::riskClass(6), domain::RiskClass::High);
        QCOMPARE(domain::riskClass(9), domain::RiskClass::High);
    }

    void reviewAge()
    {
        const QDate today(2026, 11, 22);
        Asset a = sample(QStringLiteral("x"));
        // Registered today, never reviewed: not due for twelve months.
        a.registered = today;
        QVERIFY(!domain::needsReview(a, today));
        QCOMPARE(domain::reviewDue(a), QDate(2027, 11, 22));
        QVERIFY(!domain::needsReview(a, QDate(2027, 11, 22)));
        QVERIFY(domain::needsReview(a, QDate(2027, 11, 23)));
        // Registered long ago, never reviewed: due a year after registration.
        a.registered = QDate(2024, 4, 1);
        QCOMPARE(domain::reviewDue(a), QDate(2025, 4, 1));
        QVERIFY(domain::needsReview(a, today));
        // Reviewed after registration: the later date counts.
        a.reviewed = QDate(2026, 3, 1);
        QCOMPARE(domain::reviewDue(a), QDate(2027, 3, 1));
        QVERIFY(!domain::needsReview(a, today));
        // Registered after a (copied) review date: the registration counts.
        a.registered = QDate(2026, 6, 1);
        a.reviewed = QDate(2025, 1, 1);
        QCOMPARE(domain::reviewDue(a), QDate(2027, 6, 1));
        // Neither date: nobody knows when it was looked at, so due now.
        a.registered = QDate();
        a.reviewed = QDate();
        QVERIFY(!domain::reviewDue(a).isValid());
        QVERIFY(domain::needsReview(a, today));
        a.reviewed = QDate(2025, 11, 22);
        QVERIFY(!domain::needsReview(a, today)); // exactly twelve months
        a.reviewed = QDate(2025, 11, 21);
        QVERIFY(domain::needsReview(a, today));
        a.reviewed = QDate(2024, 2, 29);
        QVERIFY(!domain::needsReview(a, QDate(2025, 2, 28)));
        QVERIFY(domain::needsReview(a, QDate(2025, 3, 1)));
    }

    void classification()
    {
        Asset a = sample(QStringLiteral("x"));
        QVERIFY(domain::isClassified(a));
        a.ownerDepartment = QStringLiteral("  ");
        QVERIFY(!domain::isClassified(a));
        a = sample(QStringLiteral("x"));
        a.availability = 0;
        QVERIFY(!domain::isClassified(a));
    }

    void parsingTextAsPeopleTypeIt_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored"); // fieldText afterwards, in English
        QTest::newRow("rating") << int(AssetField::Confidentiality) << "3"
                                << "3";
        QTest::newRow("full-width rating") << int(AssetField::Integrity) << "２"
                                           << "2";
        QTest::newRow("rating word") << int(AssetField::Availability) << "高"
                                     << "3";
        QTest::newRow("empty rating") << int(AssetField::Threat) << ""
                                      << "";
        QTest::newRow("iso date") << int(AssetField::Registered) << "2024-04-01"
                                  << "2024-04-01";
        QTest::newRow("slash date") << int(AssetField::Reviewed) << "2024/4/1"
                                    << "2024-04-01";
        QTest::newRow("kanji date") << int(AssetField::Reviewed) << "2024年4月1日"
                                    << "2024-04-01";
        QTest::newRow("kind ja") << int(AssetField::Kind) << "クラウドサービス"
                                 << "Cloud service";
        QTest::newRow("kind en") << int(AssetField::Kind) << "device"
                                 << "Device";
        QTest::newRow("personal ja") << int(AssetField::PersonalData) << "要配慮個人情報"
                                     << "Sensitive personal data";
        QTest::newRow("my number") << int(AssetField::PersonalData) << "マイナンバー"
                                   << "My Number data";
        QTest::newRow("circle yes") << int(AssetField::InternetFacing) << "○"
                                    << "Yes";
        QTest::newRow("mfa ja") << int(AssetField::Mfa) << "有効"
                                << "On";
        QTest::newRow("name trimmed") << int(AssetField::Name) << "  給与データ "
                                      << "給与データ";
    }
    void parsingTextAsPeopleTypeIt()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        QFETCH(QString, stored);
        Asset a = sample(QStringLiteral("x"));
        QString error;
        QVERIFY2(domain::setFieldFromText(a, AssetField(field), text, &error), qPrintable(error));
        QCOMPARE(domain::fieldText(a, AssetField(field)), stored);
    }

    void parsingRefusesNonsense_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("rating 4") << int(AssetField::Confidentiality) << "4";
        QTest::newRow("rating word") << int(AssetField::Integrity) << "very";
        QTest::newRow("bad month") << int(AssetField::Registered) << "2024-13-01";
        QTest::newRow("not a date") << int(AssetField::Reviewed) << "last week";
        QTest::newRow("kind") << int(AssetField::Kind) << "spaceship";
        QTest::newRow("mfa") << int(AssetField::Mfa) << "maybe";
        QTest::newRow("bool") << int(AssetField::InternetFacing) << "perhaps";
        QTest::newRow("empty name") << int(AssetField::Name) << "   ";
    }
    void parsingRefusesNonsense()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        const Asset before = sample(QStringLiteral("x"));
        Asset a = before;
        QString error;
        QVERIFY(!domain::setFieldFromText(a, AssetField(field), text, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(text.trimmed()) || text.trimmed().isEmpty(), qPrintable(error));
        QCOMPARE(a, before);
    }

    void textRoundTripForEveryField()
    {
        Asset a = sample(QStringLiteral("基幹システム"));
        a.reviewed = QDate(2026, 1, 31);
        a.kind = domain::AssetKind::Software;
        a.internetFacing = true;
        a.mfa = domain::Mfa::Off;
        a.vendor = QStringLiteral("Fortinet");
        a.product = QStringLiteral("FortiOS");
        a.version = QStringLiteral("7.0.12");
        for (const domain::AssetFieldInfo &info : domain::assetFields()) {
            if (info.derived)
                continue;
            Asset b;
            b.name = QStringLiteral("placeholder");
            QString error;
            QVERIFY2(
                domain::setFieldFromText(b, info.field, domain::fieldText(a, info.field), &error),
                info.key);
            QCOMPARE(domain::fieldText(b, info.field), domain::fieldText(a, info.field));
        }
    }

    void headersAreRecognised()
    {
        QVERIFY(domain::AssetFieldText::aliases(AssetField::Name)
                    .contains(QStringLiteral("情報資産名称")));
        QVERIFY(domain::AssetFieldText::aliases(AssetField::Confidentiality)
                    .contains(QStringLiteral("機密性")));
        QVERIFY(domain::AssetFieldText::aliases(AssetField::Location)
                    .contains(QStringLiteral("媒体・保存先")));
        QVERIFY(domain::AssetFieldText::aliases(AssetField::OwnerDepartment)
                    .contains(QStringLiteral("owner_department")));
        // Keys are unique: they name columns in files and JSON.
        QSet<QString> keys;
        for (const auto &info : domain::assetFields())
            keys.insert(QString::fromLatin1(info.key));
        QCOMPARE(keys.size(), domain::assetFields().size());
        for (int i = 0; i < domain::assetFields().size(); ++i)
            QCOMPARE(int(domain::assetFields().at(i).field), i);
    }

    void repositoryRoundTripAndAudit()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        store::AssetRepository repo(*db);
        const auto id = repo.insert(sample(QStringLiteral("顧客台帳")));
        QVERIFY2(id, qPrintable(id.error()));
        auto stored = repo.get(id.value());
        QVERIFY(stored);
        Asset expected = sample(QStringLiteral("顧客台帳"));
        expected.id = id.value();
        QCOMPARE(stored.value(), expected);

        const qint64 auditBefore = store::AuditLog(*db).count();
        Asset changed = stored.value();
        changed.confidentiality = 3;
        changed.location = QStringLiteral("NAS");
        QVERIFY(repo.update(changed));
        const auto entries = store::AuditLog(*db).recent(10);
        QCOMPARE(store::AuditLog(*db).count(), auditBefore + 2);
        QStringList fields;
        for (const auto &e : entries.mid(0, 2))
            fields << e.field;
        fields.sort();
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("confidentiality"), QStringLiteral("location")}));
        for (const auto &e : entries.mid(0, 2)) {
            if (e.field == QLatin1String("location")) {
                QCOMPARE(e.oldValue.toString(), QStringLiteral("ファイルサーバ"));
                QCOMPARE(e.newValue.toString(), QStringLiteral("NAS"));
            }
        }
        // Saving the same values adds nothing to the log.
        QVERIFY(repo.update(changed));
        QCOMPARE(store::AuditLog(*db).count(), auditBefore + 2);

        QVERIFY(repo.markReviewed({id.value()}, QDate(2026, 11, 1)));
        QCOMPARE(repo.get(id.value())->reviewed, QDate(2026, 11, 1));
        QCOMPARE(store::AuditLog(*db).recent(1).first().field, QStringLiteral("reviewed"));

        QVERIFY(repo.remove({id.value()}));
        QVERIFY(!repo.get(id.value()));
        QCOMPARE(store::AuditLog(*db).recent(1).first().action, QStringLiteral("delete"));
        QCOMPARE(store::AuditLog(*db).recent(1).first().oldValue.toString(),
                 QStringLiteral("顧客台帳"));

        // Undo of a delete brings the asset back under its old id.
        QCOMPARE(repo.insert(changed).value(), id.value());
        QCOMPARE(repo.get(id.value())->location, QStringLiteral("NAS"));
    }

    void repositoryRefusesInvalid()
    {
        auto db = migratedDatabase();
        store::AssetRepository repo(*db);
        Asset a = sample(QStringLiteral(" "));
        QVERIFY(!repo.insert(a));
        a = sample(QStringLiteral("x"));
        a.confidentiality = 5;
        QVERIFY(!repo.insert(a));
        QCOMPARE(repo.count(), 0);
        QVERIFY(!repo.markReviewed({12345}, QDate(2026, 1, 1)));
    }

    void insertManyIsAllOrNothing()
    {
        auto db = migratedDatabase();
        store::AssetRepository repo(*db);
        QVector<Asset> batch;
        for (int i = 0; i < 50; ++i)
            batch << sample(QStringLiteral("資産 %1").arg(i));
        batch[30].name.clear();
        const auto failed = repo.insertMany(batch, QStringLiteral("test.csv"));
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QStringLiteral("31")), qPrintable(failed.error()));
        QCOMPARE(repo.count(), 0);
        QCOMPARE(store::AuditLog(*db).count(), 0);

        batch[30].name = QStringLiteral("資産 30");
        const auto ids = repo.insertMany(batch, QStringLiteral("test.csv"));
        QVERIFY2(ids, qPrintable(ids.error()));
        QCOMPARE(ids->size(), 50);
        QCOMPARE(repo.count(), 50);
        // One audit line for the whole import.
        QCOMPARE(store::AuditLog(*db).count(), 1);
        QCOMPARE(store::AuditLog(*db).recent(1).first().action, QStringLiteral("import"));
        QCOMPARE(repo.all()->at(49).name, QStringLiteral("資産 49"));
    }

    // An asset stored without a registration date is registered the day
    // Kamae first stores it (insert, or an import of many); its review is
    // due a year later. An asset restored by undo (with its id) comes back
    // exactly as it was.
    void newAssetsWithoutADateAreRegisteredToday()
    {
        const QDate today(2026, 11, 22);
        clock::setFixedNow(QDateTime(today, QTime(3, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
        auto db = migratedDatabase();
        store::AssetRepository repo(*db);
        Asset a = sample(QStringLiteral("日付なし"));
        a.registered = QDate();
        const auto id = repo.insert(a);
        QVERIFY(id);
        QCOMPARE(repo.get(*id)->registered, today);
        QVERIFY(!domain::needsReview(*repo.get(*id), today));
        Asset dated = sample(QStringLiteral("日付あり"));
        const auto ids = repo.insertMany({a, dated}, QStringLiteral("test.csv"));
        QVERIFY(ids);
        QCOMPARE(repo.get(ids->at(0))->registered, today);
        QCOMPARE(repo.get(ids->at(1))->registered, QDate(2024, 4, 1)); // kept
        Asset restored = a;
        restored.id = 4242;
        QVERIFY(repo.insertMany({restored}, QStringLiteral("undo")));
        QVERIFY(!repo.get(4242)->registered.isValid());
        clock::reset();
    }

    // The command line's import takes the date from the clock like the
    // dialog (the day of the import), and the export writes it back out.
    void commandLineImportRegistersOnTheImportDay()
    {
        const QDate today(2026, 11, 22);
        clock::setFixedNow(QDateTime(today, QTime(16, 30), QTimeZone::utc())); // 23rd in Tokyo
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.kamae"));
        const QString pass = QStringLiteral("assets cli pass 1");
        vault::VaultStatus status;
        auto v = vault::Vault::create(path, pass, QStringLiteral("CLI Ltd"), test::cheapOptions(),
                                      nullptr, &status);
        QVERIFY2(v, qPrintable(status.message()));
        v.reset();
        const QString csv = dir.filePath(QStringLiteral("in.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("資産名,管理部署,機密性,完全性,可用性\nNAS,総務部,2,2,2\n");
        }
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        qputenv("KAMAE_PASSPHRASE", pass.toUtf8());
        QString outText, errText;
        QTextStream o(&outText), e(&errText);
        const int rc = cli::run({QStringLiteral("kamae"), QStringLiteral("assets"),
                                 QStringLiteral("import"), path, csv},
                                o, e);
        const int rcOut = cli::run({QStringLiteral("kamae"), QStringLiteral("assets"),
                                    QStringLiteral("export"), path, QStringLiteral("--out"), out},
                                   o, e);
        qunsetenv("KAMAE_PASSPHRASE");
        e.flush();
        QVERIFY2(rc == 0 && rcOut == 0, qPrintable(errText));
        v = vault::Vault::open(path, pass, &status, vault::OpenMode::ReadOnly);
        QVERIFY(v);
        const auto all = store::AssetRepository(v->database()).all();
        QVERIFY(all && all->size() == 1);
        QCOMPARE(all->first().registered, QDate(2026, 11, 23));
        QVERIFY(!domain::needsReview(all->first(), QDate(2026, 11, 23)));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY2(text.contains(QLatin1String("2026-11-23")) ||
                     text.contains(QLatin1String("2026/11/23")),
                 qPrintable(text));
        clock::reset();
    }

    void mappingIsGuessedFromJapaneseHeaders()
    {
        const QStringList header = {
            QStringLiteral("No."),          QStringLiteral("業務分類"),
            QStringLiteral("情報資産名称"), QStringLiteral("管理部署"),
            QStringLiteral("媒体・保存先"), QStringLiteral("機密性"),
            QStringLiteral("完全性"),       QStringLiteral("可用性"),
            QStringLiteral("重要度"),       QStringLiteral(" Owner Department ")};
        const io::AssetColumnMapping m = io::guessAssetMapping(header);
        QCOMPARE(m.fieldOfColumn.size(), header.size());
        QVERIFY(!m.fieldOfColumn.at(0));
        QCOMPARE(*m.fieldOfColumn.at(1), AssetField::BusinessArea);
        QCOMPARE(*m.fieldOfColumn.at(2), AssetField::Name);
        QCOMPARE(*m.fieldOfColumn.at(3), AssetField::OwnerDepartment);
        QCOMPARE(*m.fieldOfColumn.at(4), AssetField::Location);
        QCOMPARE(*m.fieldOfColumn.at(5), AssetField::Confidentiality);
        // Derived columns are recomputed, never read.
        QVERIFY(!m.fieldOfColumn.at(8));
        // A field is taken once, by the first column naming it.
        QVERIFY(!m.fieldOfColumn.at(9));
        QVERIFY(io::checkAssetMapping(m));
        QVERIFY(!io::checkAssetMapping(io::guessAssetMapping({QStringLiteral("業務分類")})));
    }

    void importPlanNamesEveryBadRow()
    {
        io::Table table;
        table.header = {QStringLiteral("name"), QStringLiteral("confidentiality"),
                        QStringLiteral("reviewed")};
        table.rows = {
            {QStringLiteral("A"), QStringLiteral("3"), QStringLiteral("2026/1/5")},
            {QStringLiteral("B"), QStringLiteral("9"), QStringLiteral("someday")},
            {QString(), QString(), QString()},
            {QString(), QStringLiteral("2"), QString()},
            {QStringLiteral("C"), QString(), QString()},
        };
        table.sourceLines = {2, 3, 5, 6, 7};
        const auto plan =
            io::planAssetImport(table, io::guessAssetMapping(table.header), QDate(2026, 11, 22));
        QCOMPARE(plan.assets.size(), 2);
        QCOMPARE(plan.assetLines, (QVector<int>{2, 7}));
        QCOMPARE(plan.skippedEmpty, 1);
        QCOMPARE(plan.errors.size(), 2);
        QCOMPARE(plan.errors.at(0).line, 3);
        // Both problems of the row are named.
        QVERIFY(plan.errors.at(0).message.contains(QStringLiteral("\"9\"")));
        QVERIFY(plan.errors.at(0).message.contains(QStringLiteral("someday")));
        QCOMPARE(plan.errors.at(1).line, 6);
        QCOMPARE(plan.assets.at(0).reviewed, QDate(2026, 1, 5));
        QCOMPARE(plan.assets.at(1).registered, QDate(2026, 11, 22));
    }

    // --- Issue 14: the registers people have --------------------------------

    void ipaRegisterInEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Excel xlsx") << "ipa_register_excel.xlsx";
        QTest::newRow("Excel CSV Shift_JIS") << "ipa_register_excel_sjis.csv";
        QTest::newRow("Excel Unicode text") << "ipa_register_excel_unicode.txt";
        QTest::newRow("LibreOffice xlsx") << "ipa_register_libreoffice.xlsx";
        QTest::newRow("LibreOffice CSV") << "ipa_register_libreoffice.csv";
    }
    void ipaRegisterInEveryFormat()
    {
        // Title, blank row, a two-row header, three personal-data columns:
        // the strongest kind marked wins, so a My Number register is
        // importance 3, not 2.
        QFETCH(QString, file);
        const auto table = io::readTableFile(QStringLiteral(KAMAE_TEST_DATA "/io/") + file);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->headerLine, 4);
        const io::AssetColumnMapping mapping = io::guessAssetMapping(table->header);
        QVERIFY(io::checkAssetMapping(mapping));
        const auto plan = io::planAssetImport(table.value(), mapping, QDate(2026, 11, 22));
        QVERIFY2(plan.errors.isEmpty(), qPrintable(plan.errors.value(0).message));
        QCOMPARE(plan.assets.size(), 5);
        QCOMPARE(plan.skippedEmpty, 0);
        using domain::PersonalData;
        const QVector<PersonalData> personal = {PersonalData::Sensitive, PersonalData::MyNumber,
                                                PersonalData::Personal, PersonalData::None,
                                                PersonalData::MyNumber};
        const QVector<int> importance = {3, 3, 2, 2, 3};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(plan.assets.at(i).personalData, personal.at(i));
            QCOMPARE(domain::importance(plan.assets.at(i)), importance.at(i));
        }
        const Asset &first = plan.assets.at(0);
        QCOMPARE(first.name, QStringLiteral("従業員名簿"));
        QCOMPARE(first.businessArea, QStringLiteral("人事"));
        QCOMPARE(first.notes, QStringLiteral("健康診断結果を含む\n（産業医と共有）"));
        QCOMPARE(first.location, QStringLiteral("事務所PC"));
        QCOMPARE(first.retention, QStringLiteral("5年"));
        QCOMPARE(first.registered, QDate(2024, 4, 1));
        QCOMPARE(first.confidentiality, 3);
        QCOMPARE(plan.assets.at(2).users, QStringLiteral("営業部"));
        QCOMPARE(plan.assets.at(4).notes, QStringLiteral("番号法に基づく 安全管理措置"));
        // What is not imported is named, never dropped silently.
        QCOMPARE(plan.unmappedColumns,
                 QStringList({QStringLiteral("No."), QStringLiteral("重要度 (computed by Kamae)"),
                              QStringLiteral("停止許容時間")}));
    }

    void personalDataFlagsAgainstTheColumn()
    {
        io::Table table;
        table.header = {QStringLiteral("情報資産名称"), QStringLiteral("個人情報"),
                        QStringLiteral("要配慮個人情報"), QStringLiteral("特定個人情報")};
        table.rows = {
            {QStringLiteral("A"), QStringLiteral("×"), QString(), QStringLiteral("○")},
            {QStringLiteral("B"), QStringLiteral("特定個人情報"), QStringLiteral("無"), QString()},
            {QStringLiteral("C"), QString(), QStringLiteral("有"), QStringLiteral("無")},
            {QStringLiteral("D"), QString(), QStringLiteral("たぶん"), QString()},
        };
        table.sourceLines = {2, 3, 4, 5};
        const auto mapping = io::guessAssetMapping(table.header);
        QCOMPARE(*mapping.fieldOfColumn.at(1), AssetField::PersonalData);
        QCOMPARE(*mapping.personalFlagOfColumn.at(2), domain::PersonalData::Sensitive);
        QCOMPARE(*mapping.personalFlagOfColumn.at(3), domain::PersonalData::MyNumber);
        const auto plan = io::planAssetImport(table, mapping, QDate(2026, 11, 22));
        QCOMPARE(plan.assets.size(), 3);
        QCOMPARE(plan.assets.at(0).personalData, domain::PersonalData::MyNumber);
        // A stronger kind in the column itself is not weakened by a "no".
        QCOMPARE(plan.assets.at(1).personalData, domain::PersonalData::MyNumber);
        QCOMPARE(plan.assets.at(2).personalData, domain::PersonalData::Sensitive);
        QCOMPARE(plan.errors.size(), 1);
        QCOMPARE(plan.errors.at(0).line, 5);
        QVERIFY2(plan.errors.at(0).message.contains(QStringLiteral("要配慮個人情報")),
                 qPrintable(plan.errors.at(0).message));
        QVERIFY(plan.unmappedColumns.isEmpty());
    }

    void aHeaderTwoFieldsShareGoesToTheNextFreeOne()
    {
        // 更新日 names both the review date and the last update: the first
        // such column is the review, the second the last update.
        const io::AssetColumnMapping m = io::guessAssetMapping(
            {QStringLiteral("情報資産名称"), QStringLiteral("更新日"), QStringLiteral("更新日")});
        QCOMPARE(*m.fieldOfColumn.at(1), AssetField::Reviewed);
        QCOMPARE(*m.fieldOfColumn.at(2), AssetField::LastUpdated);
    }

    void rowsWithValuesOnlyInUnmappedColumnsAreErrors()
    {
        io::Table table;
        table.header = {QStringLiteral("情報資産名称"), QStringLiteral("担当者"),
                        QStringLiteral("重要度"), QString()};
        table.rows = {
            {QStringLiteral("PC-01"), QStringLiteral("山田"), QStringLiteral("2"), QString()},
            {QString(), QStringLiteral("鈴木"), QString(), QString()},
            {QString(), QString(), QStringLiteral("0"), QString()}, // a formula filled down
            {QString(), QString(), QString(), QStringLiteral("メモ")},
        };
        table.sourceLines = {2, 3, 4, 5};
        const auto plan =
            io::planAssetImport(table, io::guessAssetMapping(table.header), QDate(2026, 11, 22));
        QCOMPARE(plan.assets.size(), 1);
        QCOMPARE(plan.skippedEmpty, 1);
        QCOMPARE(plan.errors.size(), 2);
        QCOMPARE(plan.errors.at(0).line, 3);
        QCOMPARE(plan.errors.at(0).message, QStringLiteral("The asset name is empty."));
        QCOMPARE(plan.errors.at(1).line, 5);
        QCOMPARE(plan.unmappedColumns, QStringList({QStringLiteral("担当者"),
                                                    QStringLiteral("重要度 (computed by Kamae)"),
                                                    QStringLiteral("column D")}));
    }

    void headerNotFoundSaysWhatWasFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("provider.csv"));
        QVERIFY(
            test::writeFile(path, "機器一覧\r\n\r\n区分,品名,設置場所\r\nPC,ノートPC,本社\r\n"));
        const auto table = io::readTableFile(path);
        QVERIFY2(table, qPrintable(table.error()));
        // No row names the asset name: the fullest row below the title is
        // taken, and the message shows it and what Kamae accepts.
        const io::AssetColumnMapping guessed = io::guessAssetMapping(table->header);
        const Status s = io::checkAssetMapping(table.value(), guessed);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("Row 3")), qPrintable(s.error()));
        QVERIFY(s.error().contains(QStringLiteral("区分, 品名, 設置場所")));
        QVERIFY(s.error().contains(QStringLiteral("情報資産名称")));
        QVERIFY(s.error().contains(QStringLiteral("--map name=")));

        // Told which header is the name, the header row is found below the
        // title and the column chosen.
        const auto chosen =
            io::readTableFile(path, io::TextEncoding::Auto, {}, {QStringLiteral("品名")});
        QVERIFY2(chosen, qPrintable(chosen.error()));
        QCOMPARE(chosen->headerLine, 3);
        io::AssetColumnMapping mapping = io::guessAssetMapping(chosen->header);
        QVERIFY(io::chooseAssetColumn(mapping, chosen->header, QStringLiteral("name"),
                                      QStringLiteral("品名")));
        QVERIFY(io::chooseAssetColumn(mapping, chosen->header, QStringLiteral("location"),
                                      QStringLiteral("設置場所")));
        QVERIFY(io::checkAssetMapping(chosen.value(), mapping));
        const auto plan = io::planAssetImport(chosen.value(), mapping, QDate(2026, 11, 22));
        QCOMPARE(plan.assets.size(), 1);
        QCOMPARE(plan.assets.at(0).name, QStringLiteral("ノートPC"));
        QCOMPARE(plan.assets.at(0).location, QStringLiteral("本社"));
        QCOMPARE(plan.unmappedColumns, QStringList({QStringLiteral("区分")}));

        const Status unknownKey = io::chooseAssetColumn(
            mapping, chosen->header, QStringLiteral("nmae"), QStringLiteral("品名"));
        QVERIFY(!unknownKey.ok());
        QVERIFY(unknownKey.error().contains(QStringLiteral("has_my_number")));
        const Status unknownHeader = io::chooseAssetColumn(
            mapping, chosen->header, QStringLiteral("name"), QStringLiteral("品番"));
        QVERIFY(!unknownHeader.ok());
        QVERIFY(unknownHeader.error().contains(QStringLiteral("設置場所")));
    }

    void duplicatesOfTheRegister()
    {
        Asset pc = sample(QStringLiteral("PC-01"));
        pc.location = QStringLiteral("本社 2F");
        Asset fw;
        fw.name = QStringLiteral("UTM");
        fw.vendor = QStringLiteral("Fortinet");
        fw.product = QStringLiteral("FortiGate 60F");
        fw.location = QStringLiteral("サーバ室");
        io::AssetImportPlan plan;
        Asset samePc;
        samePc.name = QStringLiteral("ｐｃ－01 "); // case, width and spaces folded
        samePc.location = QStringLiteral("本社  2F");
        Asset otherPlace = samePc;
        otherPlace.location = QStringLiteral("大阪支店");
        Asset sameFw;
        sameFw.name = QStringLiteral("UTM");
        sameFw.vendor = QStringLiteral("fortinet");
        sameFw.product = QStringLiteral("FortiGate 60F");
        sameFw.location = QStringLiteral("ラック 1");
        plan.assets = {samePc, otherPlace, sameFw};
        plan.assetLines = {2, 3, 4};
        io::findDuplicateAssets(plan, {pc, fw});
        QCOMPARE(plan.duplicates.size(), 2);
        QCOMPARE(plan.duplicates.at(0).line, 2);
        QCOMPARE(plan.duplicates.at(0).name, QStringLiteral("PC-01"));
        QCOMPARE(plan.duplicates.at(1).line, 4);
        QVERIFY(plan.duplicates.at(1).reason.contains(QStringLiteral("vendor")));
        const QVector<Asset> kept = io::assetsWithoutDuplicates(plan);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.at(0).location, QStringLiteral("大阪支店"));
    }

    void filesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("encoding");
        QTest::newRow("csv utf-8") << "register.csv" << int(io::TextEncoding::Utf8);
        QTest::newRow("csv shift_jis") << "register.csv" << int(io::TextEncoding::ShiftJis);
        QTest::newRow("xlsx") << "register.xlsx" << int(io::TextEncoding::Utf8);
    }
    void filesRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(int, encoding);
        QVector<Asset> assets = {sample(QStringLiteral("顧客台帳")),
                                 sample(QStringLiteral("図面データ, \"CAD\""))};
        assets[1].notes = QStringLiteral("一行目\n二行目");
        assets[1].kind = domain::AssetKind::CloudService;
        assets[1].internetFacing = true;
        assets[1].mfa = domain::Mfa::On;
        assets[1].reviewed = QDate(2026, 3, 31);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const Status written =
            io::writeAssetsFile(path, assets, static_cast<io::TextEncoding>(encoding));
        QVERIFY2(written, qPrintable(written.error()));
        const auto table = io::readTableFile(path);
        QVERIFY2(table, qPrintable(table.error()));
        const auto plan = io::planAssetImport(table.value(), io::guessAssetMapping(table->header),
                                              QDate(2000, 1, 1));
        QVERIFY(plan.errors.isEmpty());
        QCOMPARE(plan.assets.size(), assets.size());
        for (int i = 0; i < assets.size(); ++i)
            QCOMPARE(plan.assets.at(i), assets.at(i));
    }
    // The listing streams its own JSON: it must be valid JSON, parse to
    // what the QJsonObject version printed, keep the keys sorted, and carry
    // every character of a name (quotes, backslashes, control characters,
    // line breaks, characters outside the BMP) through.
    void jsonListing()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        const QDate today(2026, 12, 1);
        const auto write = [&] {
            QString text;
            QTextStream out(&text);
            const Status s = assets::writeAssetsJson(*db, today, out);
            out.flush();
            return s ? text : QStringLiteral("failed: ") + s.error();
        };
        QCOMPARE(write(), QStringLiteral("[\n]\n"));

        domain::Person owner;
        owner.name = QStringLiteral("山田 \"太郎\"");
        const auto ownerId = store::PeopleRepository(*db).insert(owner);
        QVERIFY2(ownerId, qPrintable(ownerId.error()));
        QVector<Asset> assets = {sample(QStringLiteral("顧客台帳")),
                                 sample(QStringLiteral("a \"quoted\" \\path\\ \t tab")),
                                 sample(QStringLiteral("bell \x07 and \x1f, 改行\n二行目 🔐"))};
        assets[0].ownerId = *ownerId;
        assets[0].reviewed = QDate(2026, 3, 31);
        assets[1].kind = domain::AssetKind::CloudService;
        assets[1].internetFacing = true;
        assets[1].mfa = domain::Mfa::On;
        assets[2].registered = QDate();
        assets[2].personalData = domain::PersonalData::MyNumber;
        assets[2].confidentiality = 0;
        const auto ids = store::AssetRepository(*db).insertMany(assets, QStringLiteral("test"));
        QVERIFY2(ids, qPrintable(ids.error()));

        const QString text = write();
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(text.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + QStringLiteral(" in ") + text));
        const auto stored = store::AssetRepository(*db).all();
        const auto people = store::PeopleRepository(*db).all();
        QVERIFY(stored && people);
        QJsonArray expected;
        for (const Asset &a : stored.value())
            expected.append(expectedJson(a, people.value(), today));
        QCOMPARE(parsed.array(), expected);
        QCOMPARE(parsed.array().at(2)[QStringLiteral("name")].toString(), assets[2].name);
        QCOMPARE(parsed.array().at(0)[QStringLiteral("owner")].toString(), owner.name);

        // Keys in alphabetical order, as the QJsonObject version wrote them.
        QStringList keys;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines.mid(2, expected.at(0).toObject().size()))
            keys << line.trimmed().section(QLatin1Char('"'), 1, 1);
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);
        QCOMPARE(keys, expected.at(0).toObject().keys());

        // To a device (the command's standard output) the same bytes, in
        // UTF-8, written past the stream's own buffer.
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        {
            QTextStream out(&buffer);
            QVERIFY(assets::writeAssetsJson(*db, today, out));
        }
        QCOMPARE(buffer.data(), text.toUtf8());

        // A device that refuses the bytes is a failure, not a short listing.
        QTemporaryDir dir;
        QFile readOnly(dir.filePath(QStringLiteral("ro.json")));
        QVERIFY(readOnly.open(QIODevice::WriteOnly));
        readOnly.close();
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QTextStream refused(&readOnly);
        const Status failed = assets::writeAssetsJson(*db, today, refused);
        QVERIFY(!failed);
        QVERIFY2(failed.error().startsWith(QStringLiteral("The listing could not be written: ")),
                 qPrintable(failed.error()));
    }
};

QTEST_GUILESS_MAIN(TestAssets)
#include "tst_assets.moc"
