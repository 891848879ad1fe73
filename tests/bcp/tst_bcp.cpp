// The BCP module's core (issue 18): the schema and the repository (the
// draft written whole, exercises, what deleting a person or an asset takes
// and undo puts back), the record checks at their edges, versions, the
// score and reminders, the demo and the command line.
#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "bcp/BcpChecks.h"
#include "bcp/BcpModule.h"
#include "bcp/BcpRecords.h"
#include "bcp/BcpRepository.h"
#include "bcp/BcpScore.h"
#include "bcp/BcpVersions.h"
#include "core/Clock.h"
#include "demo/DemoCompany.h"
#include "domain/Asset.h"
#include "domain/Backup.h"
#include "domain/Person.h"
#include "i18n/Language.h"
#include "modules/Registry.h"
#include "reminders/Reminders.h"
#include "report/Report.h"
#include "report/ReportDocument.h"
#include "score/Score.h"
#include "score/ScoreInput.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/LinkedRows.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"
#include "store/ValueChecks.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace kamae;
using namespace kamae::domain;

namespace {

const QDate kToday(2026, 11, 22);

std::unique_ptr<store::Database> migrated()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    return std::move(db.value());
}

QVariant scalar(const store::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

qint64 addPerson(store::Database &db, const QString &name, const QString &department = {})
{
    Person p;
    p.name = name;
    p.department = department;
    auto id = store::PeopleRepository(db).insert(p);
    return id ? *id : 0;
}

qint64 addAsset(store::Database &db, const QString &name)
{
    Asset a;
    a.name = name;
    auto id = store::AssetRepository(db).insert(a);
    return id ? *id : 0;
}

// A plan with something in every list.
BcpPlan samplePlan(qint64 boss, qint64 deputy, qint64 server, qint64 pc)
{
    BcpPlan plan;
    plan.sections.insert(bcpsection::Policy, QStringLiteral("<p>人命を最優先する。</p>"));
    plan.sections.insert(bcpsection::Scenarios, QStringLiteral("<h2>Ransomware</h2>"));
    plan.roles = {{0, QStringLiteral("対策本部長"), QStringLiteral("全体指揮"), boss, deputy},
                  {0, QStringLiteral("経理"), {}, deputy, 0}};
    BcpBusiness orders;
    orders.name = QStringLiteral("受注・出荷");
    orders.description = QStringLiteral("Orders from the EDI to the warehouse");
    orders.maxOutageHours = 72;
    orders.rtoHours = 24;
    orders.rpoHours = 24;
    orders.assets = {{server, QStringLiteral("order database")}, {pc, QStringLiteral("EDI")}};
    orders.partners = {{0, BcpPartnerKind::Supplier, QStringLiteral("運送会社"),
                        QStringLiteral("delivery"), QStringLiteral("03-0000-0000")},
                       {0, BcpPartnerKind::Customer, QStringLiteral("A社"), {}, {}}};
    orders.alternatives = {{0, QStringLiteral("FAX と手書き伝票"), 0},
                           {0, QStringLiteral("Spare PC"), pc}};
    BcpBusiness payroll;
    payroll.name = QStringLiteral("給与");
    plan.businesses = {orders, payroll};
    plan.bottlenecks = {{0, QStringLiteral("販売管理サーバ"), BcpResourceKind::Computer, server,
                         QStringLiteral("UPS")}};
    plan.investments = {{0, QStringLiteral("NAS の二重化"), 300000, QDate(2027, 3, 31), {}}};
    plan.contacts = {{0,
                      BcpContactKind::Organisation,
                      QStringLiteral("電力会社"),
                      QStringLiteral("東京電力"),
                      QStringLiteral("0120-000-000"),
                      {},
                      {},
                      0},
                     {0, BcpContactKind::Staff, QStringLiteral("Boss"), {}, {}, {}, {}, boss}};
    plan.insurance = {{0, QStringLiteral("損保"), QStringLiteral("サイバー保険"),
                       QStringLiteral("incident response"), QStringLiteral("1億円"),
                       QDate(2027, 4, 1)}};
    return plan;
}

// The plan with the ids of the stored one cleared, to compare content.
BcpPlan withoutIds(BcpPlan plan)
{
    for (auto &r : plan.roles)
        r.id = 0;
    for (auto &b : plan.businesses) {
        b.id = 0;
        for (auto &p : b.partners)
            p.id = 0;
        for (auto &a : b.alternatives)
            a.id = 0;
    }
    for (auto &b : plan.bottlenecks)
        b.id = 0;
    for (auto &i : plan.investments)
        i.id = 0;
    for (auto &c : plan.contacts)
        c.id = 0;
    for (auto &i : plan.insurance)
        i.id = 0;
    return plan;
}

BackupJob job(qint64 id, const QVector<qint64> &assets,
              const Schedule &schedule = Schedule::daily())
{
    BackupJob j;
    j.id = id;
    j.name = QStringLiteral("Job %1").arg(id);
    j.assetIds = assets;
    j.schedule = schedule;
    return j;
}

BackupEvent restoreTest(qint64 id, qint64 jobId, const QDate &date, int minutes,
                        BackupResult result = BackupResult::Success)
{
    BackupEvent e;
    e.id = id;
    e.jobId = jobId;
    e.kind = BackupEventKind::RestoreTest;
    e.date = date;
    e.minutes = minutes;
    e.result = result;
    return e;
}

// One core business depending on asset 1, with a supplier and an
// alternative, RTO 2 h and RPO 24 h; asset 1 backed up daily by job 10,
// whose last restore test took `minutes`.
bcp::CheckInput oneBusiness(int minutes)
{
    bcp::CheckInput input;
    BcpBusiness b;
    b.id = 5;
    b.name = QStringLiteral("受注・出荷");
    b.maxOutageHours = 24;
    b.rtoHours = 2;
    b.rpoHours = 24;
    b.assets = {{1, QStringLiteral("order database")}};
    b.partners = {{1, BcpPartnerKind::Supplier, QStringLiteral("運送会社"), {}, {}}};
    b.alternatives = {{1, QStringLiteral("FAX"), 0}};
    input.plan.businesses = {b};
    input.jobs = {job(10, {1})};
    input.restoreTests = {restoreTest(1, 10, kToday.addDays(-30), minutes)};
    input.assetNames = {{1, QStringLiteral("販売管理サーバ")}};
    return input;
}

QVector<bcp::FindingKind> kinds(const QVector<bcp::Finding> &findings)
{
    QVector<bcp::FindingKind> out;
    for (const bcp::Finding &f : findings)
        out << f.kind;
    return out;
}

} // namespace

class TestBcp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_bcp");
        clock::setFixedNow(QDateTime(kToday, QTime(1, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
    }
    void cleanupTestCase() { clock::reset(); }

    void registeredWithItsSchema()
    {
        const modules::ModuleInfo *m = modules::find(bcp::ModuleKey);
        QVERIFY(m);
        QCOMPARE(m->name(), QStringLiteral("BCP"));
        QVERIFY(m->schema);
        QCOMPARE(m->schema().steps.size(), std::size_t(2));
        QCOMPARE(m->schema().steps.front().version, 11);
        auto db = migrated();
        QVERIFY(db);
        QVERIFY(db->userVersion() >= 11);
        for (const QString &table : m->tables)
            QVERIFY2(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                                "'%1'")
                                     .arg(table))
                             .toInt() == 1,
                     qPrintable(table));
    }

    void savesAndReadsThePlanWhole()
    {
        auto db = migrated();
        QVERIFY(db);
        const qint64 boss = addPerson(*db, QStringLiteral("Boss"));
        const qint64 deputy = addPerson(*db, QStringLiteral("Deputy"));
        const qint64 server = addAsset(*db, QStringLiteral("販売管理サーバ"));
        const qint64 pc = addAsset(*db, QStringLiteral("EDI PC"));
        store::BcpRepository repo(*db);
        QVERIFY(repo.plan()->businesses.isEmpty());

        const BcpPlan plan = samplePlan(boss, deputy, server, pc);
        const auto stored = repo.savePlan(plan);
        QVERIFY2(stored, qPrintable(stored.error()));
        QVERIFY(stored->businesses.at(0).id > 0);
        QVERIFY(stored->businesses.at(0).partners.at(1).id > 0);
        QCOMPARE(withoutIds(*stored), plan);
        const auto read = repo.plan();
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(*read, *stored);

        // Saved again with changes: ids kept, order kept, removed entries gone.
        BcpPlan changed = *read;
        changed.businesses.swapItemsAt(0, 1);
        changed.businesses[1].rtoHours = 8;
        changed.businesses[1].alternatives.removeFirst();
        changed.roles.removeLast();
        changed.sections.remove(bcpsection::Scenarios);
        const auto again = repo.savePlan(changed);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(*again, changed);
        QCOMPARE(*repo.plan(), changed);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM bcp_role")).toInt(), 1);
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
        QVERIFY(store::checkStoredValues(*db));
    }

    void refusesWhatCannotBeStored()
    {
        auto db = migrated();
        QVERIFY(db);
        const qint64 boss = addPerson(*db, QStringLiteral("Boss"));
        store::BcpRepository repo(*db);
        BcpPlan plan;
        plan.businesses = {BcpBusiness{}};
        QCOMPARE(repo.savePlan(plan).code(), ErrorCode::Invalid);
        plan.businesses[0].name = QStringLiteral("Orders");
        plan.businesses[0].rtoHours = kMaxBcpHours + 1;
        QCOMPARE(repo.savePlan(plan).code(), ErrorCode::Invalid);
        plan.businesses[0].rtoHours = kMaxBcpHours;
        QVERIFY(repo.savePlan(plan));
        plan.roles = {{0, QStringLiteral("経理"), {}, boss, boss}};
        QCOMPARE(repo.savePlan(plan).code(), ErrorCode::Invalid);
        plan.roles[0].deputyId = 0;
        plan.businesses[0].assets = {{7, {}}, {7, {}}};
        QCOMPARE(repo.savePlan(plan).code(), ErrorCode::Invalid);
        // An asset that is not in the register: the store refuses it, and
        // the draft stays as it was.
        plan.businesses[0].assets = {{999, {}}};
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FOREIGN KEY")));
        QVERIFY(!repo.savePlan(plan));
        QCOMPARE(repo.plan()->businesses.at(0).rtoHours, kMaxBcpHours);
        QVERIFY(repo.plan()->roles.isEmpty());
    }

    void deletingAPersonOrAnAssetIsUndone()
    {
        auto db = migrated();
        QVERIFY(db);
        const qint64 boss = addPerson(*db, QStringLiteral("Boss"));
        const qint64 deputy = addPerson(*db, QStringLiteral("Deputy"));
        const qint64 server = addAsset(*db, QStringLiteral("販売管理サーバ"));
        const qint64 pc = addAsset(*db, QStringLiteral("EDI PC"));
        store::BcpRepository repo(*db);
        const auto stored = repo.savePlan(samplePlan(boss, deputy, server, pc));
        QVERIFY(stored);
        BcpExercise drill;
        drill.date = kToday.addDays(-10);
        drill.participants = {boss, deputy};
        drill.actions = {{0, QStringLiteral("Print the call tree"), deputy, kToday, {}}};
        QVERIFY(repo.insertExercise(drill, kToday));
        const BcpExercise before = repo.exercises()->at(0);

        // The deputy goes: roles and actions lose the reference, the
        // participation goes; undo puts every one back.
        store::PeopleRepository people(*db);
        const auto removal = people.remove(deputy);
        QVERIFY2(removal, qPrintable(removal.error()));
        QCOMPARE(repo.plan()->roles.at(0).deputyId, 0);
        QCOMPARE(repo.plan()->roles.at(1).personId, 0);
        QCOMPARE(repo.exercises()->at(0).participants, QVector<qint64>{boss});
        QCOMPARE(repo.exercises()->at(0).actions.at(0).ownerId, 0);
        QVERIFY(people.restore(*removal));
        QCOMPARE(*repo.plan(), *stored);
        QCOMPARE(repo.exercises()->at(0), before);

        // The PC goes: its link and the alternative's reference go; undo.
        store::AssetRepository assets(*db);
        const auto pcAsset = assets.get(pc);
        QVERIFY(pcAsset);
        store::LinkedRows linked;
        QVERIFY(assets.remove({pc}, &linked));
        QCOMPARE(repo.plan()->businesses.at(0).assets.size(), 1);
        QCOMPARE(repo.plan()->businesses.at(0).alternatives.at(1).assetId, 0);
        QVERIFY(assets.restore({*pcAsset}, linked, QStringLiteral("undo")));
        QCOMPARE(*repo.plan(), *stored);
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
    }

    // Undo puts rows back one level deep.
    void nothingCascadesFromWhatCascadesFromAPersonOrAnAsset()
    {
        auto db = migrated();
        QVERIFY(db);
        for (const QString &parent : {QStringLiteral("person"), QStringLiteral("asset")}) {
            const auto first = store::cascadingTables(*db, parent);
            QVERIFY2(first, qPrintable(first.error()));
            QVERIFY(first->contains(parent == QStringLiteral("person")
                                        ? QStringLiteral("bcp_exercise_participant")
                                        : QStringLiteral("bcp_business_asset")));
            for (const QString &table : *first) {
                const auto second = store::cascadingTables(*db, table);
                QVERIFY2(second, qPrintable(second.error()));
                QVERIFY2(second->isEmpty(), qPrintable(table));
            }
        }
    }

    void keepsExercises()
    {
        auto db = migrated();
        QVERIFY(db);
        const qint64 boss = addPerson(*db, QStringLiteral("Boss"));
        store::BcpRepository repo(*db);
        BcpExercise e;
        e.kind = ExerciseKind::CallTree;
        e.date = kToday.addDays(1);
        QCOMPARE(repo.insertExercise(e, kToday).code(), ErrorCode::Invalid);
        e.date = kToday;
        e.participants = {boss, boss};
        QCOMPARE(repo.insertExercise(e, kToday).code(), ErrorCode::Invalid);
        e.participants = {boss};
        e.scenario = QStringLiteral("Ransomware on the file server");
        e.findings = QStringLiteral("Two numbers were out of date");
        const auto id = repo.insertExercise(e, kToday);
        QVERIFY2(id, qPrintable(id.error()));
        e.id = *id;
        e.actions = {{0, QStringLiteral("Update the call tree"), boss, kToday.addDays(14), {}}};
        QVERIFY(repo.updateExercise(e, kToday));
        auto read = repo.exercise(*id);
        QVERIFY(read);
        QCOMPARE(read->actions.size(), 1);
        QVERIFY(read->actions.at(0).id > 0);
        e.actions[0].id = read->actions.at(0).id;
        QCOMPARE(*read, e);
        const auto removed = repo.removeExercise(*id);
        QVERIFY(removed);
        QVERIFY(repo.exercises()->isEmpty());
        QVERIFY(repo.insertExercise(*removed, kToday)); // undo keeps the ids
        QCOMPARE(*repo.exercise(*id), e);
    }
    void backupIntervals()
    {
        using bcp::backupIntervalHours;
        QCOMPARE(backupIntervalHours(Schedule::daily()), 24);
        QCOMPARE(backupIntervalHours(Schedule::weekly(weekdayBit(Qt::Monday))), 7 * 24);
        // Monday and Thursday: the longest gap is Thursday to Monday.
        QCOMPARE(backupIntervalHours(
                     Schedule::weekly(weekdayBit(Qt::Monday) | weekdayBit(Qt::Thursday))),
                 4 * 24);
        QCOMPARE(backupIntervalHours(Schedule::weekly(kAllWeekdays)), 24);
        QCOMPARE(backupIntervalHours(Schedule::weekly(0)), -1);
        QCOMPARE(backupIntervalHours(Schedule::monthly(31)), 31 * 24);
        QCOMPARE(backupIntervalHours(Schedule::everyNDays(3)), 72);
    }

    // RTO 2 h: a restore of 120 minutes passes, 121 fails, naming the job.
    void rtoAgainstTheLastRestoreTest()
    {
        QVERIFY(bcp::recordChecks(oneBusiness(120)).isEmpty());
        const auto findings = bcp::recordChecks(oneBusiness(121));
        QCOMPARE(findings.size(), 1);
        const bcp::Finding &f = findings.at(0);
        QCOMPARE(f.kind, bcp::FindingKind::RtoBelowRestoreTest);
        QVERIFY(f.againstRecords());
        QCOMPARE(f.businessId, qint64(5));
        QCOMPARE(f.businessNumber, 1);
        QCOMPARE(f.assetId, qint64(1));
        QCOMPARE(f.jobId, qint64(10));
        QVERIFY2(f.text.contains(QStringLiteral("2 h 1 min")) &&
                     f.text.contains(QStringLiteral("販売管理サーバ")) &&
                     f.text.contains(QStringLiteral("Job 10")),
                 qPrintable(f.text));

        // The newest timed test counts: a slow old one, a fast new one.
        auto input = oneBusiness(600);
        input.restoreTests << restoreTest(2, 10, kToday.addDays(-1), 90);
        QVERIFY(bcp::recordChecks(input).isEmpty());
        // A failed test and one without its minutes prove no duration.
        input.restoreTests << restoreTest(3, 10, kToday, 10, BackupResult::Failed)
                           << restoreTest(4, 10, kToday, -1);
        QVERIFY(bcp::recordChecks(input).isEmpty());
        input.restoreTests[1].minutes = 700;
        QCOMPARE(kinds(bcp::recordChecks(input)), {bcp::FindingKind::RtoBelowRestoreTest});
        // No RTO stated: nothing to check it against.
        input.plan.businesses[0].rtoHours = -1;
        QVERIFY(bcp::recordChecks(input).isEmpty());
    }

    // RPO 24 h: daily backups pass, an RPO of 23 h fails; the most frequent
    // of the asset's jobs counts.
    void rpoAgainstTheBackupInterval()
    {
        auto input = oneBusiness(60);
        input.plan.businesses[0].rpoHours = 23;
        auto findings = bcp::recordChecks(input);
        QCOMPARE(kinds(findings), {bcp::FindingKind::RpoBelowBackupInterval});
        QCOMPARE(findings.at(0).jobId, qint64(10));
        input.plan.businesses[0].rpoHours = 24;
        QVERIFY(bcp::recordChecks(input).isEmpty());
        // Weekly only: 168 h; with a second, daily job: 24 h.
        input.jobs = {job(10, {1}, Schedule::weekly(weekdayBit(Qt::Friday)))};
        findings = bcp::recordChecks(input);
        QCOMPARE(kinds(findings), {bcp::FindingKind::RpoBelowBackupInterval});
        QVERIFY2(findings.at(0).text.contains(QStringLiteral("168 h")),
                 qPrintable(findings.at(0).text));
        input.plan.businesses[0].rpoHours = 168;
        QVERIFY(bcp::recordChecks(input).isEmpty());
        input.plan.businesses[0].rpoHours = 24;
        input.jobs << job(11, {1});
        QVERIFY(bcp::recordChecks(input).isEmpty());
    }

    void unprotectedUntestedAndSameAssetAlternatives()
    {
        auto input = oneBusiness(60);
        // Asset 2 has no job but Kamae's own, which protects nothing of the plan.
        input.plan.businesses[0].assets << BcpAssetLink{2, QStringLiteral("mail")};
        BackupJob own = job(99, {2});
        own.builtin = QString::fromLatin1(kKamaeVaultJob);
        input.jobs << own;
        auto findings = bcp::recordChecks(input);
        QCOMPARE(kinds(findings), {bcp::FindingKind::AssetNotBackedUp});
        QCOMPARE(findings.at(0).assetId, qint64(2));
        QVERIFY2(findings.at(0).text.contains(QStringLiteral("asset #2")),
                 qPrintable(findings.at(0).text));

        // Asset 2 backed up by job 11, whose only restore test failed.
        input.jobs << job(11, {2});
        input.restoreTests << restoreTest(5, 11, kToday, 30, BackupResult::Failed);
        findings = bcp::recordChecks(input);
        QCOMPARE(kinds(findings), {bcp::FindingKind::RestoreNeverTested});
        QCOMPARE(findings.at(0).jobId, qint64(11));
        input.restoreTests << restoreTest(6, 11, kToday, -1, BackupResult::Warnings);
        QVERIFY(bcp::recordChecks(input).isEmpty());

        // The alternative needs asset 2 too.
        input.plan.businesses[0].alternatives << BcpAlternative{7, QStringLiteral("Webmail"), 2};
        findings = bcp::recordChecks(input);
        QCOMPARE(kinds(findings), {bcp::FindingKind::AlternativeOnSameAsset});
        QCOMPARE(findings.at(0).alternativeId, qint64(7));
        QCOMPARE(findings.at(0).assetId, qint64(2));
    }

    void completenessInWords()
    {
        auto input = oneBusiness(60);
        QCOMPARE(kinds(bcp::completenessChecks(input)),
                 (QVector<bcp::FindingKind>{bcp::FindingKind::NoPolicy, bcp::FindingKind::NoRoles,
                                            bcp::FindingKind::NoEmergencyCard,
                                            bcp::FindingKind::NoContacts}));
        input.plan.sections.insert(bcpsection::Policy,
                                   QStringLiteral("<html><head><style>p {}</style></head>"
                                                  "<body><p>&nbsp;</p></body></html>"));
        input.plan.sections.insert(bcpsection::Card, QStringLiteral("<p>171</p>"));
        input.plan.roles = {{3, QStringLiteral("経理"), {}, 1, 0},
                            {4, QStringLiteral("対策本部長"), {}, 0, 2}};
        BcpBusiness payroll;
        payroll.id = 6;
        payroll.name = QStringLiteral("給与");
        payroll.maxOutageHours = 24;
        payroll.rtoHours = 48;
        payroll.rpoHours = 24;
        payroll.partners = {{2, BcpPartnerKind::Customer, QStringLiteral("A社"), {}, {}}};
        input.plan.businesses << payroll;
        input.plan.contacts = {
            {1, BcpContactKind::Organisation, QStringLiteral("IPA"), {}, {}, {}, {}, 0}};
        const auto findings = bcp::completenessChecks(input);
        QStringList texts;
        for (const auto &f : findings)
            texts << f.text;
        QCOMPARE(
            texts,
            (QStringList{
                QStringLiteral("The basic policy (Form 02) is not written yet."),
                QStringLiteral("No deputy for 経理."),
                QStringLiteral("Nobody holds the role 対策本部長."),
                QStringLiteral("The RTO of core business 2 (給与) is longer than its "
                               "maximum tolerable outage."),
                QStringLiteral("No asset of the register is linked to core business 2 (給与)."),
                QStringLiteral("No supplier for core business 2 (給与)."),
                QStringLiteral("No alternative or manual fallback for core business 2 (給与)."),
            }));
        QCOMPARE(findings.at(1).roleId, qint64(3));
        QCOMPARE(findings.at(3).businessId, qint64(6));
        QCOMPARE(findings.at(3).businessNumber, 2);
        // RTO equal to the outage passes.
        input.plan.businesses[1].rtoHours = 24;
        QVERIFY(!kinds(bcp::completenessChecks(input)).contains(bcp::FindingKind::RtoBeyondOutage));
    }

    void checksReadTheVault()
    {
        auto db = migrated();
        QVERIFY(db);
        const qint64 server = addAsset(*db, QStringLiteral("販売管理サーバ"));
        store::BcpRepository repo(*db);
        BcpPlan plan;
        BcpBusiness b;
        b.name = QStringLiteral("受注");
        b.rtoHours = 1;
        b.assets = {{server, {}}};
        plan.businesses = {b};
        QVERIFY(repo.savePlan(plan));
        const auto input = bcp::loadCheckInput(*db);
        QVERIFY2(input, qPrintable(input.error()));
        QCOMPARE(input->assetNames.value(server), QStringLiteral("販売管理サーバ"));
        QCOMPARE(kinds(bcp::recordChecks(*input)), {bcp::FindingKind::AssetNotBackedUp});
    }
    void planJsonRoundTrips()
    {
        BcpPlan plan = samplePlan(1, 2, 3, 4);
        plan.businesses[0].id = 9;
        plan.investments[0].done = QDate(2026, 1, 2);
        plan.roles[0].id = 5;
        const auto back = bcp::planFromJson(bcp::planToJson(plan));
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(*back, plan);
        QCOMPARE(*bcp::planFromJson(bcp::planToJson(BcpPlan{})), BcpPlan{});
        QVERIFY(!bcp::planFromJson("not json"));
    }

    void publishesComparesAndRestoresVersions()
    {
        auto db = migrated();
        QVERIFY(db);
        const qint64 boss = addPerson(*db, QStringLiteral("Boss"));
        const qint64 deputy = addPerson(*db, QStringLiteral("Deputy"));
        const qint64 server = addAsset(*db, QStringLiteral("販売管理サーバ"));
        const qint64 pc = addAsset(*db, QStringLiteral("EDI PC"));
        store::BcpRepository repo(*db);
        const auto v1Plan = repo.savePlan(samplePlan(boss, deputy, server, pc));
        QVERIFY(v1Plan);
        QCOMPARE(repo.publish(999, {}, kToday).code(), ErrorCode::Invalid);
        const auto v1 = repo.publish(boss, QStringLiteral("  First  "), kToday.addDays(-100));
        QVERIFY2(v1, qPrintable(v1.error()));
        QCOMPARE(v1->number, 1);
        QCOMPARE(v1->approverName, QStringLiteral("Boss"));
        QCOMPARE(v1->note, QStringLiteral("First"));

        // The draft moves on: a target changes, a business is added, a role
        // goes, the policy is rewritten, an asset is linked.
        BcpPlan draft = *v1Plan;
        draft.businesses[0].rtoHours = 8;
        draft.businesses[1].assets = {{server, QStringLiteral("payroll data")}};
        BcpBusiness web;
        web.name = QStringLiteral("Web shop");
        draft.businesses << web;
        draft.roles.removeLast();
        draft.sections[bcpsection::Policy] = QStringLiteral("<p>Changed</p>");
        const auto saved = repo.savePlan(draft);
        QVERIFY(saved);
        const auto v2 = repo.publish(deputy, {}, kToday);
        QVERIFY(v2);
        QCOMPARE(v2->number, 2);
        const auto list = repo.versions();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).published, kToday.addDays(-100));
        QVERIFY(list->at(0).plan.businesses.isEmpty()); // listed without plans
        const auto read1 = repo.version(1);
        QVERIFY(read1);
        QCOMPARE(read1->plan, *v1Plan);
        QCOMPARE(repo.version(2)->plan, *saved);
        QCOMPARE(repo.version(3).code(), ErrorCode::NotFound);

        bcp::PlanNames names;
        names.assets = *repo.assetNames({server, pc});
        names.people = *repo.personNames();
        const auto changes = bcp::comparePlans(read1->plan, *saved, names);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).part, bcp::PlanPart::Policy);
        QCOMPARE(changes.at(0).changes.at(0).kind, bcp::ChangeKind::Changed);
        QCOMPARE(changes.at(1).part, bcp::PlanPart::Roles);
        QCOMPARE(changes.at(1).changes.size(), 1);
        QCOMPARE(changes.at(1).changes.at(0).kind, bcp::ChangeKind::Removed);
        QCOMPARE(changes.at(1).changes.at(0).item, QStringLiteral("経理"));
        QCOMPARE(changes.at(2).part, bcp::PlanPart::Businesses);
        const auto &business = changes.at(2).changes;
        QCOMPARE(business.size(), 3);
        QCOMPARE(business.at(0).kind, bcp::ChangeKind::Changed);
        QCOMPARE(business.at(0).item, QStringLiteral("受注・出荷"));
        QCOMPARE(business.at(0).detail, QStringLiteral("RTO: 24 h → 8 h"));
        QCOMPARE(business.at(1).detail, QStringLiteral("asset 販売管理サーバ added"));
        QCOMPARE(business.at(2).kind, bcp::ChangeKind::Added);
        QCOMPARE(business.at(2).item, QStringLiteral("Web shop"));
        QVERIFY(bcp::comparePlans(*saved, *saved).isEmpty());

        // Undo of publish removes only the newest.
        QCOMPARE(repo.removeLatestVersion(1).code(), ErrorCode::NotFound);

        // Restoring version 1 after the PC and the deputy left the vault:
        // their references are emptied, the rest is version 1.
        store::AssetRepository assets(*db);
        QVERIFY(assets.remove({pc}));
        QVERIFY(store::PeopleRepository(*db).remove(deputy));
        const auto restored = repo.restoreVersion(1);
        QVERIFY2(restored, qPrintable(restored.error()));
        BcpPlan expected = *v1Plan;
        expected.businesses[0].assets.removeLast();
        expected.businesses[0].alternatives[1].assetId = 0;
        expected.roles[0].deputyId = 0;
        expected.roles[1].personId = 0;
        QCOMPARE(*restored, expected);
        QCOMPARE(*repo.plan(), expected);
        QVERIFY(repo.removeLatestVersion(2));
        QCOMPARE(repo.versions()->size(), 1);
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
    }

    // Nothing recorded: no factor, and the answers hold the measure;
    // anything recorded: the records measure it.
    void scoreFromTheRecords()
    {
        score::ScoreInput input;
        QVERIFY(bcp::bcpFactors(input, kToday).isEmpty());
        QVERIFY(bcp::bcpEvidence(input, kToday).isEmpty());
        bcp::ScoreData data;
        input.moduleData.insert(bcp::ModuleKey, data);
        QVERIFY(bcp::bcpEvidence(input, kToday).isEmpty());

        // One complete business, backed up daily, restored in an hour.
        const auto checks = oneBusiness(60);
        data.plan = checks.plan;
        data.assetNames = checks.assetNames;
        input.backupJobs = checks.jobs;
        input.backupEvents = checks.restoreTests;
        BcpVersion v;
        v.number = 1;
        v.published = kToday.addDays(-365);
        data.versions = {v};
        BcpExercise e;
        e.date = kToday.addDays(-30);
        data.exercises = {e};
        input.moduleData.insert(bcp::ModuleKey, data);
        auto factors = bcp::bcpFactors(input, kToday);
        QCOMPARE(factors.size(), 4);
        for (const score::Factor &f : factors) {
            QVERIFY2(f.applies && f.measured, qPrintable(f.id));
            QCOMPARE(f.category, score::Category::Bcp);
            QVERIFY2(qFuzzyCompare(f.value, 1.0), qPrintable(f.id + QLatin1Char(' ') + f.inputs));
            QCOMPARE(f.basis, score::Basis::Records);
        }
        auto evidence = bcp::bcpEvidence(input, kToday);
        QCOMPARE(evidence.size(), 2);
        QVERIFY(evidence.at(0).measures && evidence.at(0).supports);
        QCOMPARE(evidence.at(1).questionKey, QStringLiteral("kamae.bcp.review"));
        QVERIFY(evidence.at(1).supports);

        // A day later the version is more than 12 months old; a restore of
        // 121 minutes breaks the RTO of 2 h.
        input.backupEvents[0].minutes = 121;
        factors = bcp::bcpFactors(input, kToday.addDays(1));
        QVERIFY(factors.at(0).value < 1.0);
        QCOMPARE(factors.at(2).value, 0.0);
        QCOMPARE(factors.at(2).actions.size(), 1);
        QVERIFY(!bcp::bcpEvidence(input, kToday.addDays(1)).at(1).supports);

        // Through the score: the records measure the two questions, so the
        // answers no longer count.
        const score::Score s = score::computeScore(input, kToday);
        for (const score::Factor &f : s.factors)
            if (f.id.startsWith(QStringLiteral("self.kamae.bcp.")))
                QVERIFY2(!f.applies, qPrintable(f.id));
    }

    void remindersOfReviewDrillAndFollowUps()
    {
        bcp::ScoreData data;
        QVERIFY(bcp::bcpReminders(data, kToday).isEmpty());
        BcpVersion v1;
        v1.number = 1;
        v1.published = QDate(2025, 6, 1);
        BcpVersion v2 = v1;
        v2.number = 2;
        v2.published = QDate(2026, 1, 10);
        data.versions = {v1, v2};
        auto list = bcp::bcpReminders(data, kToday);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).kind, bcp::kind::PlanReview);
        QCOMPARE(list.at(0).due, QDate(2027, 1, 10));
        QCOMPARE(list.at(0).state, reminders::ReminderState::Upcoming);
        QCOMPARE(list.at(1).kind, bcp::kind::Exercise);
        QCOMPARE(list.at(1).due, QDate(2026, 6, 1)); // a year after the first version
        QCOMPARE(list.at(1).state, reminders::ReminderState::Overdue);
        BcpExercise e;
        e.id = 4;
        e.date = QDate(2026, 11, 15);
        e.actions = {{8, QStringLiteral("Update the call tree"), 0, QDate(2026, 11, 20), {}},
                     {9, QStringLiteral("Done already"), 0, QDate(2026, 11, 20), kToday}};
        data.exercises = {e};
        list = bcp::bcpReminders(data, kToday);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).due, QDate(2027, 11, 15));
        QCOMPARE(list.at(2).kind, bcp::kind::FollowUp);
        QCOMPARE(list.at(2).uid, QStringLiteral("bcp-action-8"));
        QCOMPARE(list.at(2).recordId, qint64(4));
        QCOMPARE(list.at(2).state, reminders::ReminderState::Overdue);
    }
    // The demo company: three core businesses, one whose RTO the last
    // restore test disproves; version 1 and a draft that moved on; a
    // tabletop exercise with findings.
    void demoCompanyPlan()
    {
        auto db = store::Database::createEmpty();
        QVERIFY(db && store::migrate(*db.value()));
        QSqlQuery org(db.value()->sql());
        QVERIFY(org.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                                        "VALUES (1, 'demo', '2026-06-30T01:00:00Z')")));
        const Status filled = demo::populate(*db.value());
        QVERIFY2(filled, qPrintable(filled.error()));
        store::Database &vault = *db.value();
        store::BcpRepository repo(vault);
        const auto plan = repo.plan();
        QVERIFY(plan);
        QCOMPARE(plan->businesses.size(), 3);
        for (const BcpBusiness &b : plan->businesses)
            QVERIFY2(!b.assets.isEmpty(), qPrintable(b.name));
        QVERIFY(plan->sections.value(bcpsection::Scenarios).contains(QStringLiteral("Emotet")));
        QCOMPARE(repo.versions()->size(), 1);
        const auto v1 = repo.version(1);
        QVERIFY(v1);
        QCOMPARE(v1->plan.businesses.size(), 2);
        QCOMPARE(v1->approverName, QStringLiteral("鈴木 一郎"));
        const auto changes = bcp::comparePlans(v1->plan, *plan);
        QVERIFY(!changes.isEmpty());
        const auto exercises = repo.exercises();
        QVERIFY(exercises);
        QCOMPARE(exercises->size(), 1);
        QCOMPARE(exercises->at(0).kind, ExerciseKind::Tabletop);
        QVERIFY(!exercises->at(0).findings.isEmpty());
        QCOMPARE(exercises->at(0).participants.size(), 4);

        const auto input = bcp::loadCheckInput(vault);
        QVERIFY(input);
        const auto findings = bcp::recordChecks(*input);
        int rto = 0;
        for (const bcp::Finding &f : findings) {
            if (f.kind != bcp::FindingKind::RtoBelowRestoreTest)
                continue;
            ++rto;
            QCOMPARE(f.businessNumber, 2);
            QCOMPARE(input->assetNames.value(f.assetId), QStringLiteral("ファイルサーバ fs01"));
            QVERIFY(f.jobId > 0);
        }
        QCOMPARE(rto, 1);
        const auto completeness = bcp::completenessChecks(*input);
        QStringList texts;
        for (const bcp::Finding &f : completeness)
            texts << f.text;
        QVERIFY2(texts.contains(QStringLiteral("No deputy for 経理.")),
                 qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("No supplier for core business 3 (給与・支払い).")),
                 qPrintable(texts.join(u'|')));

        // The score reads the records: published, targets set, one business
        // of three failing its checks, exercised.
        const auto s = score::computeScore(vault, kToday);
        QVERIFY2(s, qPrintable(s.error()));
        QHash<QString, const score::Factor *> byId;
        for (const score::Factor &f : s->factors)
            byId.insert(f.id, &f);
        QVERIFY(byId.value(QStringLiteral("bcp.published")));
        QCOMPARE(byId.value(QStringLiteral("bcp.published"))->value, 1.0);
        QCOMPARE(byId.value(QStringLiteral("bcp.targets"))->value, 1.0);
        QVERIFY(byId.value(QStringLiteral("bcp.checks"))->value < 1.0);
        QCOMPARE(byId.value(QStringLiteral("bcp.exercise"))->value, 1.0);
        QVERIFY(!byId.value(QStringLiteral("self.kamae.bcp.plan"))->applies);
        const auto due = reminders::allReminders(vault, kToday);
        QVERIFY(due);
        QStringList kinds;
        for (const auto &r : *due)
            if (r.module == bcp::ModuleKey)
                kinds << r.kind;
        kinds.sort();
        QCOMPARE(kinds,
                 (QStringList{bcp::kind::Exercise, bcp::kind::FollowUp, bcp::kind::PlanReview}));
    }

    // The report's BCP measure reads the records once there are any: the
    // version, the targets, the finding in words, the exercise; before, the
    // self-assessment's answers (marked self-declared).
    void reportMeasureFromTheRecords()
    {
        auto db = store::Database::createEmpty();
        QVERIFY(db && store::migrate(*db.value()));
        QSqlQuery org(db.value()->sql());
        QVERIFY(org.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                                        "VALUES (1, 'demo', '2026-06-30T01:00:00Z')")));
        const auto bcpMeasure = [&](const QString &language) {
            return test::measureText(*db.value(), score::Category::Bcp, language, kToday);
        };
        const QString answers = bcpMeasure(QStringLiteral("en"));
        QVERIFY2(!answers.contains(QStringLiteral("published on")), qPrintable(answers));

        const Status filled = demo::populate(*db.value());
        QVERIFY2(filled, qPrintable(filled.error()));
        const QString en = bcpMeasure(QStringLiteral("en"));
        QVERIFY2(en.contains(QStringLiteral("v1|published on ")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("3 / 3")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("Core business 2 (生産計画・製造): the RTO of 1 h")),
                 qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("The last exercise was held on")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("2 items of the plan are not filled in yet.")),
                 qPrintable(en));
        const QString ja = bcpMeasure(QStringLiteral("ja"));
        QVERIFY2(ja.contains(QStringLiteral("第 1 版")), qPrintable(ja));
        QVERIFY2(ja.contains(QStringLiteral("中核事業 2「生産計画・製造」: 目標復旧時間 1 時間は")),
                 qPrintable(ja));
        QVERIFY2(ja.contains(QStringLiteral("計画の記入漏れが 2 件あります。")), qPrintable(ja));
    }
};

QTEST_GUILESS_MAIN(TestBcp)
#include "tst_bcp.moc"
