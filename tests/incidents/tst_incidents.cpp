// The incidents module's core (issue 19): the schema (and the upgrade of a
// vault of step 11), the repository (round trips, what deleting a person
// or an asset takes and undo puts back), the legal clock at its edges, the
// triggers, the playbooks and contacts Kamae ships, the partner notice, the
// score and the reminders (also through `kamae due`), the demo and the
// command line.
#include "TestSupport.h"

#include "cli/Cli.h"
#include "core/Clock.h"
#include "demo/DemoCompany.h"
#include "domain/Asset.h"
#include "domain/Person.h"
#include "incidents/IncidentCommands.h"
#include "incidents/IncidentDeadlines.h"
#include "incidents/IncidentDefaults.h"
#include "incidents/IncidentNotice.h"
#include "incidents/IncidentPlaybooks.h"
#include "incidents/IncidentRecords.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentScore.h"
#include "incidents/IncidentsModule.h"
#include "modules/Registry.h"
#include "reminders/Reminders.h"
#include "score/Score.h"
#include "score/ScoreInput.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/LinkedRows.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"
#include "store/ValueChecks.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kamae;
using namespace kamae::domain;
using namespace kamae::incidents;

namespace {

const QDate kToday(2026, 11, 22);
const QTimeZone kTokyo("Asia/Tokyo");

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

qint64 addPerson(store::Database &db, const QString &name)
{
    Person p;
    p.name = name;
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

// A time in Tokyo as the instant Kamae stores.
QDateTime tokyo(const QDate &d, int hour, int minute)
{
    return QDateTime(d, QTime(hour, minute), kTokyo).toUTC();
}

// A leak the company became aware of at `aware` (Tokyo).
Incident leak(const QDateTime &aware, int people, bool malice = false)
{
    Incident i;
    i.kind = IncidentKind::InformationLeak;
    i.detected = aware;
    i.aware = aware;
    i.personal.people = people;
    i.personal.malice = malice;
    return i;
}

// An incident with something in every field and list.
Incident fullIncident(qint64 finder, qint64 helper, qint64 pc, qint64 mail, qint64 step)
{
    Incident i;
    i.kind = IncidentKind::Malware;
    i.title = QStringLiteral("Emotet 感染");
    i.occurred = tokyo(QDate(2026, 6, 19), 16, 20);
    i.detected = tokyo(QDate(2026, 6, 20), 9, 40);
    i.aware = tokyo(QDate(2026, 6, 20), 9, 45);
    i.reported = tokyo(QDate(2026, 6, 21), 10, 0);
    i.contained = tokyo(QDate(2026, 6, 20), 10, 5);
    i.resolved = tokyo(QDate(2026, 7, 10), 17, 0);
    i.foundBy = finder;
    i.assets = {pc, mail};
    i.personal.kinds = QStringLiteral("氏名、メールアドレス");
    i.personal.people = 1240;
    i.personal.malice = true;
    i.status = IncidentStatus::Closed;
    i.cause = QStringLiteral("ZIP attachment");
    i.lessons = QStringLiteral("Disable macros");
    i.timeline = {
        {0, i.detected, TimelineKind::Detection, QStringLiteral("A partner called"), finder, {}},
        {0,
         tokyo(QDate(2026, 6, 20), 10, 5),
         TimelineKind::Action,
         QStringLiteral("Isolated"),
         helper,
         {}},
        {0, tokyo(QDate(2026, 6, 21), 15, 0), TimelineKind::ContactMade, QStringLiteral("速報"),
         helper, timelinetag::PpcPreliminary},
    };
    i.actions = {{0, QStringLiteral("Disable macros"), helper, QDate(2026, 7, 20), {}}};
    i.ticks = {{step, QStringLiteral("Isolate"), helper, tokyo(QDate(2026, 6, 20), 10, 6)}};
    return i;
}

Incident withoutIds(Incident i)
{
    i.id = 0;
    for (auto &e : i.timeline)
        e.id = 0;
    for (auto &a : i.actions)
        a.id = 0;
    return i;
}

const reminders::Reminder *findKind(const QVector<reminders::Reminder> &list, const QString &kind)
{
    for (const auto &r : list)
        if (r.kind == kind)
            return &r;
    return nullptr;
}

const score::Factor *factorOf(const QVector<score::Factor> &list, const QString &id)
{
    for (const auto &f : list)
        if (f.id == id)
            return &f;
    return nullptr;
}

// Runs `kamae ARGS` in this process with the passphrase in a file.
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestIncidents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Run kamae(QStringList args)
    {
        const QString secret = m_home.filePath(QStringLiteral("pass.txt"));
        if (!QFileInfo::exists(secret))
            test::writeFile(secret, "correct horse battery staple");
        args.prepend(QStringLiteral("kamae"));
        args << QStringLiteral("--passphrase-file") << secret << QStringLiteral("--lang")
             << QStringLiteral("en");
        Run run;
        QTextStream out(&run.out), err(&run.err);
        run.code = cli::run(args, out, err);
        out.flush();
        err.flush();
        return run;
    }

    QString makeVault(const QString &name)
    {
        const QString path = m_home.filePath(name);
        vault::VaultStatus status;
        QString code;
        auto v =
            vault::Vault::create(path, QStringLiteral("correct horse battery staple"),
                                 QStringLiteral("Test KK"), test::cheapOptions(), &code, &status);
        if (!v || !v->save())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_incidents");
        QVERIFY(m_home.isValid());
        clock::setFixedNow(QDateTime(kToday, QTime(1, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(kTokyo);
    }
    void cleanupTestCase() { clock::reset(); }

    void registeredWithItsSchema()
    {
        const modules::ModuleInfo *m = modules::find(ModuleKey);
        QVERIFY(m);
        QCOMPARE(m->name(), QStringLiteral("Incidents & contacts"));
        QVERIFY(m->schema);
        QCOMPARE(m->schema().steps.size(), std::size_t(1));
        QCOMPARE(m->schema().steps.front().version, 13);
        auto db = migrated();
        QVERIFY(db);
        QVERIFY(db->userVersion() >= 13);
        for (const QString &table : m->tables)
            QVERIFY2(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                                "'%1'")
                                     .arg(table))
                             .toInt() == 1,
                     qPrintable(table));
        QVERIFY(store::checkStoredValues(*db));
    }

    // A vault of step 11 (before this module) gains the tables and keeps
    // its people and assets.
    void upgradesAVaultOfStep11()
    {
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        std::vector<store::Migration> upTo11;
        for (const store::Migration &m : store::schemaMigrations())
            if (m.version <= 11)
                upTo11.push_back(m);
        QVERIFY(store::migrate(*db.value(), upTo11));
        QCOMPARE(db.value()->userVersion(), 11);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE "
                                                    "name = 'incident'"))
                     .toInt(),
                 0);
        const qint64 boss = addPerson(*db.value(), QStringLiteral("Boss"));
        const qint64 pc = addAsset(*db.value(), QStringLiteral("PC"));
        QVERIFY(store::migrate(*db.value()));
        QCOMPARE(db.value()->userVersion(), store::latestSchemaVersion());
        store::IncidentRepository repo(*db.value());
        Incident i = leak(tokyo(QDate(2026, 11, 1), 9, 0), 3);
        i.foundBy = boss;
        i.assets = {pc};
        const auto id = repo.insertIncident(i, clock::now());
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(repo.incident(*id)->assets, QVector<qint64>{pc});
        QString problems;
        QVERIFY2(db.value()->checkIntegrity(&problems), qPrintable(problems));
    }

    // Day 1 is the day of awareness in the user's zone; weekends and
    // holidays count; the 30th (60th) day is the last.
    void legalClockArithmetic()
    {
        QCOMPARE(nthDay(QDate(2026, 6, 20), 1), QDate(2026, 6, 20));
        QCOMPARE(nthDay(QDate(2026, 6, 20), 30), QDate(2026, 7, 19));
        QVERIFY(!nthDay(QDate(), 30).isValid());
        QVERIFY(!nthDay(QDate(2026, 6, 20), 0).isValid());

        // Aware at 23:59 on Saturday 20 June: that Saturday is day 1.
        LegalClock c = legalClock(leak(tokyo(QDate(2026, 6, 20), 23, 59), 1001), kTokyo);
        QVERIFY(c.applies);
        QCOMPARE(c.aware, QDate(2026, 6, 20));
        QCOMPARE(c.preliminaryDue, QDate(2026, 6, 22));
        QCOMPARE(c.preliminaryLatest, QDate(2026, 6, 24));
        QCOMPARE(c.finalDays, 30);
        QCOMPARE(c.finalDue, QDate(2026, 7, 19)); // a Sunday: it stays
        // A minute later is the next day, however the UTC date reads.
        c = legalClock(leak(tokyo(QDate(2026, 6, 21), 0, 0), 1001), kTokyo);
        QCOMPARE(c.aware, QDate(2026, 6, 21));
        QCOMPARE(c.finalDue, QDate(2026, 7, 20));
        // Month ends and leap years.
        c = legalClock(leak(tokyo(QDate(2026, 1, 31), 12, 0), 5000), kTokyo);
        QCOMPARE(c.finalDue, QDate(2026, 3, 1));
        c = legalClock(leak(tokyo(QDate(2028, 1, 31), 12, 0), 5000), kTokyo);
        QCOMPARE(c.finalDue, QDate(2028, 2, 29));
        c = legalClock(leak(tokyo(QDate(2026, 12, 30), 12, 0), 5000), kTokyo);
        QCOMPARE(c.preliminaryDue, QDate(2027, 1, 1));
        QCOMPARE(c.finalDue, QDate(2027, 1, 28));
        // An awareness recorded days after the detection does not start the
        // clock later: someone in the company knew at the detection.
        Incident late = leak(tokyo(QDate(2026, 6, 20), 9, 0), 1001);
        late.aware = tokyo(QDate(2026, 6, 25), 9, 0);
        c = legalClock(late, kTokyo);
        QCOMPARE(c.aware, QDate(2026, 6, 20));
        QCOMPARE(c.finalDue, QDate(2026, 7, 19));
        // An earlier awareness (a tip before the detection) starts it earlier.
        late.aware = tokyo(QDate(2026, 6, 18), 9, 0);
        QCOMPARE(legalClock(late, kTokyo).aware, QDate(2026, 6, 18));
        // Malice: 60 days.
        c = legalClock(leak(tokyo(QDate(2026, 6, 20), 9, 0), 3, true), kTokyo);
        QCOMPARE(c.finalDays, 60);
        QCOMPARE(c.finalDue, QDate(2026, 8, 18));
        QCOMPARE(c.preliminaryDue, QDate(2026, 6, 22));
        // Without `aware` the clock runs from the detection.
        Incident i = leak(tokyo(QDate(2026, 6, 20), 9, 0), 1001);
        i.aware = QDateTime();
        QCOMPARE(legalClock(i, kTokyo).aware, QDate(2026, 6, 20));
        // What was made is read from the timeline's tags.
        i.timeline = {{0, tokyo(QDate(2026, 6, 22), 18, 0), TimelineKind::ContactMade,
                       QStringLiteral("速報"), 0, timelinetag::PpcPreliminary}};
        QCOMPARE(legalClock(i, kTokyo).preliminaryMade, QDate(2026, 6, 22));
        QVERIFY(!legalClock(i, kTokyo).finalMade.isValid());
    }

    void reportTriggers_data()
    {
        QTest::addColumn<int>("people");
        QTest::addColumn<bool>("sensitive");
        QTest::addColumn<bool>("financial");
        QTest::addColumn<bool>("malice");
        QTest::addColumn<int>("triggers");
        QTest::newRow("nothing") << 0 << false << false << false << 0;
        QTest::newRow("unknown number") << -1 << false << false << false << 0;
        QTest::newRow("exactly 1,000") << 1000 << false << false << false << 0;
        QTest::newRow("1,001") << 1001 << false << false << false << 1;
        QTest::newRow("one sensitive record") << 1 << true << false << false << 1;
        QTest::newRow("card numbers") << 1 << false << true << false << 1;
        QTest::newRow("malice") << 1 << false << false << true << 1;
        QTest::newRow("all four") << 2000 << true << true << true << 4;
    }
    void reportTriggers()
    {
        QFETCH(int, people);
        QFETCH(bool, sensitive);
        QFETCH(bool, financial);
        QFETCH(bool, malice);
        QFETCH(int, triggers);
        IncidentPersonalData d;
        d.people = people;
        d.sensitive = sensitive;
        d.financialRisk = financial;
        d.malice = malice;
        QCOMPARE(int(incidents::reportTriggers(d).size()), triggers);
        Incident i = leak(tokyo(QDate(2026, 6, 20), 9, 0), people, malice);
        i.personal = d;
        QCOMPARE(legalClock(i, kTokyo).applies, triggers > 0);
        i.drill = true; // an exercise starts no clock
        QVERIFY(!legalClock(i, kTokyo).applies);
    }

    void reportItemsArePrefilled()
    {
        Incident i = fullIncident(0, 0, 1, 2, 0);
        const auto items = reportItems(i, kTokyo);
        QCOMPARE(items.size(), 9);
        QVERIFY(items.at(0).second.contains(QStringLiteral("Emotet 感染")));
        QVERIFY(items.at(0).second.contains(QStringLiteral("suspected malice")));
        QCOMPARE(items.at(1).second, QStringLiteral("氏名、メールアドレス"));
        QCOMPARE(items.at(2).second, QStringLiteral("1240"));
        QCOMPARE(items.at(3).second, QStringLiteral("ZIP attachment"));
        QVERIFY(items.at(7).second.contains(QStringLiteral("Disable macros")));
    }

    // Each kind has its steps; the Emotet alert's urgent steps are in its
    // order; ransomware never pays and restores from the offline backup.
    void playbooksPerKind()
    {
        for (int k = 0; k < kIncidentKindCount; ++k) {
            const Playbook p = defaultPlaybook(static_cast<IncidentKind>(k));
            QVERIFY2(p.steps.size() >= 4, qPrintable(incidentKindKey(p.kind)));
            QVERIFY(playbookProblem(p).isEmpty());
            QStringList texts;
            for (const PlaybookStep &s : p.steps)
                texts << s.text;
            QCOMPARE(texts.size(), QSet<QString>(texts.begin(), texts.end()).size());
            // Stored and shown forms of an unchanged playbook are the keys.
            QCOMPARE(storedPlaybook(shownPlaybook(p)), p);
        }
        const auto indexOf = [](const Playbook &p, const QString &word) {
            for (int i = 0; i < p.steps.size(); ++i)
                if (p.steps.at(i).text.contains(word))
                    return i;
            return -1;
        };
        const Playbook emotet = defaultPlaybook(IncidentKind::Malware);
        const QStringList order = {QStringLiteral("keep them powered on"),
                                   QStringLiteral("password-protected ZIP"),
                                   QStringLiteral("business partners"),
                                   QStringLiteral("mail passwords"),
                                   QStringLiteral("saved in the browsers"),
                                   QStringLiteral("macros"),
                                   QStringLiteral("EmoCheck"),
                                   QStringLiteral("have experts check")};
        int last = -1;
        for (const QString &word : order) {
            const int at = indexOf(emotet, word);
            QVERIFY2(at > last, qPrintable(word));
            last = at;
        }
        const Playbook ransom = defaultPlaybook(IncidentKind::Ransomware);
        QVERIFY(indexOf(ransom, QStringLiteral("Do not pay the ransom")) >= 0);
        QVERIFY(indexOf(ransom, QStringLiteral("offline backup")) >= 0);
        QVERIFY(indexOf(ransom, QStringLiteral("keep them powered on")) == 0);
        QVERIFY(indexOf(defaultPlaybook(IncidentKind::InformationLeak),
                        QStringLiteral("Notify the people")) >= 0);
        QVERIFY(indexOf(defaultPlaybook(IncidentKind::LostDevice), QStringLiteral("wipe")) >= 0);
        QVERIFY(indexOf(defaultPlaybook(IncidentKind::WebsiteTampering),
                        QStringLiteral("JPCERT/CC")) >= 0);
        // A text the user wrote stays as written.
        Playbook edited = emotet;
        edited.steps[0].text = QStringLiteral("社長に電話する");
        QCOMPARE(storedPlaybook(edited).steps.at(0).text, QStringLiteral("社長に電話する"));
        QCOMPARE(mainKinds().size(), 4);
    }

    // Kamae ships no number it cannot stand behind: #9110 only; every
    // verified entry names its official page and is dated.
    void shippedContacts()
    {
        const auto list =
            defaultContacts(QStringLiteral("東京都"), QStringLiteral("製造業（精密部品）"), kToday);
        QCOMPARE(list.size(), 7);
        QSet<ContactKind> kinds;
        for (const IncidentContact &c : list) {
            kinds.insert(c.kind);
            QVERIFY(!c.builtin.isEmpty());
            QVERIFY(!c.name.isEmpty() && !c.purpose.isEmpty() && !c.whenToCall.isEmpty());
            QVERIFY2(c.phone.isEmpty() || c.phone == QStringLiteral("#9110"), qPrintable(c.name));
            if (c.checked.isValid()) {
                QVERIFY2(!c.officialPage.isEmpty(), qPrintable(c.name));
                QVERIFY2(c.address.startsWith(QStringLiteral("https://")), qPrintable(c.name));
                QVERIFY(c.checked <= kToday); // a clock before the verification day
            }
            QVERIFY(incidentContactProblem(c, kToday).isEmpty());
        }
        for (ContactKind k : {ContactKind::IpaDesk, ContactKind::JpcertCc, ContactKind::Police,
                              ContactKind::Ministry, ContactKind::Ppc, ContactKind::Otasuketai,
                              ContactKind::Insurer})
            QVERIFY(kinds.contains(k));
        const auto police = std::find_if(list.begin(), list.end(), [](const IncidentContact &c) {
            return c.kind == ContactKind::Police;
        });
        QCOMPARE(police->region, QStringLiteral("東京都"));
        QCOMPARE(police->phone, QStringLiteral("#9110"));
        const auto ministry = std::find_if(list.begin(), list.end(), [](const IncidentContact &c) {
            return c.kind == ContactKind::Ministry;
        });
        QCOMPARE(ministry->officialPage, QStringLiteral("経済産業省"));
        QVERIFY(!ministry->checked.isValid());
        QCOMPARE(defaultContacts({}, {}, QDate(2027, 6, 1)).at(0).checked, defaultsVerifiedOn());
        QCOMPARE(suggestedMinistry(QStringLiteral("訪問介護")), QStringLiteral("厚生労働省"));
        QCOMPARE(suggestedMinistry(QStringLiteral("建設業")), QStringLiteral("国土交通省"));
        QCOMPARE(suggestedMinistry(QStringLiteral("地方銀行")), QStringLiteral("金融庁"));
        QCOMPARE(suggestedMinistry(QStringLiteral("?")), QString());
        QCOMPARE(prefectures().size(), 47);
        // Unchanged texts are stored as keys, edited ones as written.
        IncidentContact c = list.first();
        QCOMPARE(storedContact(shownContact(c)), c);
        c.name = QStringLiteral("IPA（東京）");
        QCOMPARE(storedContact(c).name, QStringLiteral("IPA（東京）"));
    }

    void savesAndReadsTheRecords()
    {
        auto db = migrated();
        QVERIFY(db);
        const qint64 sato = addPerson(*db, QStringLiteral("佐藤 花子"));
        const qint64 tanaka = addPerson(*db, QStringLiteral("田中 健"));
        const qint64 pc = addAsset(*db, QStringLiteral("PC"));
        const qint64 mail = addAsset(*db, QStringLiteral("Mail"));
        store::IncidentRepository repo(*db);
        QVERIFY(repo.contacts()->isEmpty());

        // The directory: Kamae's entries and an own responder.
        QVector<IncidentContact> contacts =
            defaultContacts(QStringLiteral("東京都"), QStringLiteral("製造業"), kToday);
        IncidentContact responder;
        responder.kind = ContactKind::Responder;
        responder.personId = tanaka;
        responder.checked = kToday;
        contacts << responder;
        const auto stored = repo.saveContacts(contacts, kToday);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->size(), 8);
        QVERIFY(stored->at(0).id > 0);
        QCOMPARE(*repo.contacts(), *stored);
        auto changed = *stored;
        changed.removeFirst();
        changed[0].phone = QStringLiteral("03-0000-0000");
        QCOMPARE(*repo.saveContacts(changed, kToday), changed);
        QCOMPARE(repo.contacts()->size(), 7);
        IncidentContact future = responder;
        future.checked = kToday.addDays(1);
        QCOMPARE(repo.saveContacts({future}, kToday).code(), ErrorCode::Invalid);
        QCOMPARE(repo.contacts()->size(), 7);

        // Partners.
        IncidentPartner a;
        a.name = QStringLiteral("A社");
        a.address = QStringLiteral("a@example.jp");
        a.kinds = incidentKindBit(IncidentKind::Malware);
        IncidentPartner b;
        b.name = QStringLiteral("Plant");
        b.channel = PartnerChannel::Portal;
        b.overseas = true;
        b.kinds = kAllIncidentKinds;
        const auto partners = repo.savePartners({a, b});
        QVERIFY2(partners, qPrintable(partners.error()));
        QCOMPARE(*repo.partners(), *partners);
        QCOMPARE(repo.savePartners({IncidentPartner{}}).code(), ErrorCode::Invalid);

        // A playbook: ids kept on a second save, so ticks keep pointing.
        const auto book = repo.savePlaybook(defaultPlaybook(IncidentKind::Malware));
        QVERIFY2(book, qPrintable(book.error()));
        QVERIFY(book->steps.at(0).id > 0);
        QCOMPARE(*repo.playbook(IncidentKind::Malware), *book);
        QVERIFY(repo.playbook(IncidentKind::Ransomware)->steps.isEmpty());
        const qint64 firstStep = book->steps.at(0).id;

        // An incident with everything.
        const Incident incident = fullIncident(sato, tanaka, pc, mail, firstStep);
        const auto id = repo.insertIncident(incident, clock::now());
        QVERIFY2(id, qPrintable(id.error()));
        auto read = repo.incident(*id);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(withoutIds(*read), incident);
        QCOMPARE(read->timeline.at(2).tag, timelinetag::PpcPreliminary);

        // Edited: the first step reworded, the second removed, one added;
        // the tick keeps its step.
        Playbook edited = *book;
        edited.steps[0].text = QStringLiteral("LANケーブルを抜く");
        edited.steps.removeAt(1);
        edited.steps.append({0, QStringLiteral("社長に報告する")});
        const auto again = repo.savePlaybook(edited);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->steps.at(0).id, firstStep);
        QVERIFY(again->steps.last().id > 0);
        QCOMPARE(*repo.playbook(IncidentKind::Malware), *again);
        QCOMPARE(repo.incident(*id)->ticks.at(0).stepId, firstStep);
        // A step removed: the tick keeps its text.
        edited = *again;
        edited.steps.removeFirst();
        QVERIFY(repo.savePlaybook(edited));
        QCOMPARE(repo.incident(*id)->ticks.at(0).stepId, qint64(0));
        QCOMPARE(repo.incident(*id)->ticks.at(0).text, QStringLiteral("Isolate"));

        // Updated, refused, removed and put back (undo).
        Incident update = *repo.incident(*id);
        update.status = IncidentStatus::Contained;
        update.timeline.append({0, tokyo(QDate(2026, 6, 22), 9, 0), TimelineKind::Decision,
                                QStringLiteral("No ransom is paid"), sato,
                                timelinetag::NoRansomPaid});
        QVERIFY(repo.updateIncident(update, clock::now()));
        QVERIFY(repo.incident(*id)->tagged(timelinetag::NoRansomPaid));
        Incident bad = update;
        bad.detected = QDateTime(kToday.addDays(2), QTime(9, 0), kTokyo);
        QCOMPARE(repo.updateIncident(bad, clock::now()).code(), ErrorCode::Invalid);
        bad = update;
        bad.status = IncidentStatus::Closed;
        bad.resolved = QDateTime();
        QCOMPARE(repo.updateIncident(bad, clock::now()).code(), ErrorCode::Invalid);
        bad = update;
        bad.occurred = bad.detected.addSecs(60);
        QCOMPARE(repo.updateIncident(bad, clock::now()).code(), ErrorCode::Invalid);
        bad = update;
        bad.assets = {pc, pc};
        QCOMPARE(repo.updateIncident(bad, clock::now()).code(), ErrorCode::Invalid);
        const Incident before = *repo.incident(*id);
        const auto removed = repo.removeIncident(*id);
        QVERIFY(removed);
        QCOMPARE(repo.incident(*id).code(), ErrorCode::NotFound);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incident_timeline")).toInt(), 0);
        QCOMPARE(*repo.insertIncident(*removed, clock::now()), *id);
        QCOMPARE(*repo.incident(*id), before);
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
        QVERIFY(store::checkStoredValues(*db));
    }

    // What the page asks the core: the next legal deadline, the playbook
    // an incident follows and its ticks, a contact's state, a shipped
    // entry restored, the tags' names.
    void pageQuestions()
    {
        LegalClock clock = legalClock(leak(tokyo(QDate(2026, 6, 20), 9, 0), 1001), kTokyo);
        QVERIFY(clock.applies);
        QCOMPARE(nextDeadline(clock).what, NextDeadline::Preliminary);
        QCOMPARE(nextDeadline(clock).due, QDate(2026, 6, 22));
        clock.preliminaryMade = QDate(2026, 6, 21);
        QCOMPARE(nextDeadline(clock).what, NextDeadline::Final);
        QCOMPARE(nextDeadline(clock).due, QDate(2026, 7, 19));
        clock.finalMade = QDate(2026, 7, 1);
        QCOMPARE(nextDeadline(clock).what, NextDeadline::Done);
        QCOMPARE(nextDeadline(legalClock(leak(tokyo(QDate(2026, 6, 20), 9, 0), 1000), kTokyo)).what,
                 NextDeadline::None);

        // Not adopted: Kamae's steps, ticked by their text; adopted: by id.
        Playbook adopted = defaultPlaybook(IncidentKind::Malware);
        QCOMPARE(playbookFor(IncidentKind::Malware, {}), adopted);
        adopted.steps[0].id = 7;
        QCOMPARE(playbookFor(IncidentKind::Malware, {adopted}), adopted);
        QCOMPARE(playbookFor(IncidentKind::Ransomware, {adopted}),
                 defaultPlaybook(IncidentKind::Ransomware));
        Incident i;
        i.ticks = {{0, defaultPlaybook(IncidentKind::Malware).steps.at(1).text, 0, {}},
                   {7, QStringLiteral("x"), 0, {}}};
        QCOMPARE(tickOf(i, defaultPlaybook(IncidentKind::Malware).steps.at(1)), 0);
        QCOMPARE(tickOf(i, shownPlaybook(defaultPlaybook(IncidentKind::Malware)).steps.at(1)), 0);
        QCOMPARE(tickOf(i, adopted.steps.at(0)), 1);
        QCOMPARE(tickOf(i, defaultPlaybook(IncidentKind::Malware).steps.at(2)), -1);
        // Reset: Kamae's steps, those still there keeping their ids.
        Playbook custom = adopted;
        custom.steps[0].text = QStringLiteral("Mine");
        custom.steps[1].id = 8;
        Playbook reset = resetToDefault(custom);
        QCOMPARE(reset.steps.size(), defaultPlaybook(IncidentKind::Malware).steps.size());
        QCOMPARE(reset.steps.at(0).id, qint64(0));
        QCOMPARE(reset.steps.at(1).id, qint64(8));
        QCOMPARE(reset.steps.at(0).text, defaultPlaybook(IncidentKind::Malware).steps.at(0).text);

        IncidentContact c;
        c.name = QStringLiteral("Vendor");
        QCOMPARE(contactState(c, kToday), ContactState::Unreachable);
        c.phone = QStringLiteral("03-0000-0000");
        QCOMPARE(contactState(c, kToday), ContactState::NeverChecked);
        c.checked = kToday.addDays(-400);
        QCOMPARE(contactState(c, kToday), ContactState::Stale);
        c.checked = kToday.addDays(-30);
        QCOMPARE(contactState(c, kToday), ContactState::Ok);
        QVERIFY(!contactGroupName(ContactGroup::Police).isEmpty());

        const QVector<IncidentContact> shipped =
            defaultContacts(QStringLiteral("東京都"), {}, kToday);
        IncidentContact police;
        for (const IncidentContact &e : shipped)
            if (e.builtin == contactkey::Police)
                police = e;
        IncidentContact edited = police;
        edited.id = 12;
        edited.name = QStringLiteral("Wrong");
        edited.phone.clear();
        IncidentContact restored = restoredContact(edited, kToday);
        QCOMPARE(restored.id, qint64(12));
        QCOMPARE(restored.region, QStringLiteral("東京都"));
        restored.id = 0;
        QCOMPARE(restored, police);
        QCOMPARE(restoredContact(c, kToday), c);

        for (const QString &tag : timelineTags())
            QVERIFY(IncidentRecordText::timelineTag(tag) != tag);
        QVERIFY(timelineTags().contains(timelinetag::NoRansomPaid));
    }

    // Undoing a step's removal (the page saves the playbook as it was)
    // puts the step back under its id and links its ticks again; ticks of
    // another kind with the same text stay as they are.
    void undoingAStepRemovalRelinksItsTicks()
    {
        auto db = migrated();
        QVERIFY(db);
        store::IncidentRepository repo(*db);
        const auto book = repo.savePlaybook(defaultPlaybook(IncidentKind::Malware));
        QVERIFY2(book, qPrintable(book.error()));
        const PlaybookStep second = book->steps.at(1);
        Incident malware = fullIncident(0, 0, 0, 0, second.id);
        malware.assets.clear();
        malware.ticks[0].text = second.text;
        const auto id = repo.insertIncident(malware, clock::now());
        QVERIFY2(id, qPrintable(id.error()));
        Incident other = fullIncident(0, 0, 0, 0, 0);
        other.kind = IncidentKind::Ransomware;
        other.assets.clear();
        other.ticks[0].text = second.text;
        const auto otherId = repo.insertIncident(other, clock::now());
        QVERIFY2(otherId, qPrintable(otherId.error()));

        Playbook removed = *book;
        removed.steps.removeAt(1);
        QVERIFY(repo.savePlaybook(removed));
        QCOMPARE(repo.incident(*id)->ticks.at(0).stepId, qint64(0));

        const auto undone = repo.savePlaybook(*book);
        QVERIFY2(undone, qPrintable(undone.error()));
        QCOMPARE(*undone, *book);
        QCOMPARE(*repo.playbook(IncidentKind::Malware), *book);
        QCOMPARE(repo.incident(*id)->ticks.at(0).stepId, second.id);
        QCOMPARE(repo.incident(*otherId)->ticks.at(0).stepId, qint64(0));
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
    }

    void deletingAPersonOrAnAssetIsUndone()
    {
        auto db = migrated();
        QVERIFY(db);
        const qint64 sato = addPerson(*db, QStringLiteral("佐藤 花子"));
        const qint64 tanaka = addPerson(*db, QStringLiteral("田中 健"));
        const qint64 pc = addAsset(*db, QStringLiteral("PC"));
        const qint64 mail = addAsset(*db, QStringLiteral("Mail"));
        store::IncidentRepository repo(*db);
        IncidentContact responder;
        responder.kind = ContactKind::Responder;
        responder.name = QStringLiteral("Responder");
        responder.personId = tanaka;
        const auto contacts = repo.saveContacts({responder}, kToday);
        QVERIFY(contacts);
        const auto book = repo.savePlaybook(defaultPlaybook(IncidentKind::Malware));
        QVERIFY(book);
        const auto id = repo.insertIncident(
            fullIncident(sato, tanaka, pc, mail, book->steps.at(0).id), clock::now());
        QVERIFY2(id, qPrintable(id.error()));
        const Incident before = *repo.incident(*id);

        store::PeopleRepository people(*db);
        const auto removal = people.remove(tanaka);
        QVERIFY2(removal, qPrintable(removal.error()));
        const Incident without = *repo.incident(*id);
        QCOMPARE(without.timeline.at(1).personId, qint64(0));
        QCOMPARE(without.actions.at(0).ownerId, qint64(0));
        QCOMPARE(without.ticks.at(0).personId, qint64(0));
        QCOMPARE(repo.contacts()->at(0).personId, qint64(0));
        QCOMPARE(without.foundBy, sato);
        QVERIFY(people.restore(*removal));
        QCOMPARE(*repo.incident(*id), before);
        QCOMPARE(*repo.contacts(), *contacts);

        store::AssetRepository assets(*db);
        const auto pcAsset = assets.get(pc);
        QVERIFY(pcAsset);
        store::LinkedRows linked;
        QVERIFY(assets.remove({pc}, &linked));
        QCOMPARE(repo.incident(*id)->assets, QVector<qint64>{mail});
        QVERIFY(assets.restore({*pcAsset}, linked, QStringLiteral("undo")));
        QCOMPARE(*repo.incident(*id), before);
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
    }

    // Undo puts rows back one level deep.
    void nothingCascadesFromWhatCascadesFromAPersonOrAnAsset()
    {
        auto db = migrated();
        QVERIFY(db);
        const auto fromAsset = store::cascadingTables(*db, QStringLiteral("asset"));
        QVERIFY2(fromAsset, qPrintable(fromAsset.error()));
        QVERIFY(fromAsset->contains(QStringLiteral("incident_asset")));
        for (const QString &parent : {QStringLiteral("person"), QStringLiteral("asset")}) {
            const auto first = store::cascadingTables(*db, parent);
            QVERIFY(first);
            for (const QString &table : *first) {
                const auto second = store::cascadingTables(*db, table);
                QVERIFY2(second, qPrintable(second.error()));
                QVERIFY2(second->isEmpty(), qPrintable(table));
            }
        }
    }

    void partnerNoticeForEmotet()
    {
        IncidentPartner a;
        a.name = QStringLiteral("主要取引先A社");
        a.contact = QStringLiteral("購買部");
        a.kinds = incidentKindBit(IncidentKind::Malware);
        IncidentPartner b;
        b.name = QStringLiteral("Leak only");
        b.kinds = incidentKindBit(IncidentKind::InformationLeak);
        IncidentPartner c;
        c.name = QStringLiteral("HCMC office");
        c.contact = QStringLiteral("Mr. Nguyen");
        c.overseas = true;
        c.kinds = kAllIncidentKinds;
        Incident emotet = fullIncident(0, 0, 1, 2, 0);
        const auto list = partnersToInform(emotet, {a, b, c});
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, a.name);
        QCOMPARE(list.at(1).name, c.name);
        const NoticeDraft ja =
            partnerNotice(emotet, a, QStringLiteral("株式会社みなと精機"),
                          QStringLiteral("03-0000-1111"), QStringLiteral("ja"), kTokyo);
        QVERIFY(ja.subject.contains(QStringLiteral("不審なメール")));
        QVERIFY(ja.body.startsWith(QStringLiteral("主要取引先A社 御中\n購買部 様")));
        QVERIFY(ja.body.contains(QStringLiteral("2026年6月20日")));
        QVERIFY(ja.body.contains(QStringLiteral("Emotet")));
        QVERIFY(ja.body.contains(QStringLiteral("パスワード付き ZIP")));
        QVERIFY(ja.body.contains(QStringLiteral("連絡先: 03-0000-1111")));
        const NoticeDraft en = partnerNotice(emotet, c, QStringLiteral("Minato Seiki"), {},
                                             QStringLiteral("en"), kTokyo);
        QVERIFY(en.body.startsWith(QStringLiteral("Dear Mr. Nguyen,")));
        QVERIFY(en.body.contains(QStringLiteral("20 June 2026")));
        QVERIFY(en.body.contains(QStringLiteral("Emotet")));
        QVERIFY(!en.body.contains(QStringLiteral("Contact:")));
        Incident other = emotet;
        other.kind = IncidentKind::Ransomware;
        QVERIFY(!partnerNotice(other, a, QStringLiteral("X"), {}, QStringLiteral("ja"), kTokyo)
                     .body.contains(QStringLiteral("Emotet")));
    }

    void scoreFromTheRecords()
    {
        score::ScoreInput input;
        QVERIFY(incidentFactors(input, kToday).isEmpty());
        QVERIFY(incidentEvidence(input, kToday).isEmpty());
        ScoreData data;
        data.zone = kTokyo;
        input.moduleData.insert(ModuleKey, data);
        QVERIFY(incidentFactors(input, kToday).isEmpty());

        // Everything in place.
        data.contacts = defaultContacts(QStringLiteral("東京都"), {}, kToday);
        IncidentContact vendor;
        vendor.kind = ContactKind::ItVendor;
        vendor.name = QStringLiteral("Vendor");
        vendor.phone = QStringLiteral("03-0000-0000");
        vendor.checked = kToday.addDays(-10);
        IncidentContact responder;
        responder.kind = ContactKind::Responder;
        responder.personId = 4;
        responder.checked = kToday.addDays(-365);
        data.contacts << vendor << responder;
        for (IncidentKind k : mainKinds())
            data.playbooks << defaultPlaybook(k);
        IncidentPartner p;
        p.name = QStringLiteral("A");
        p.address = QStringLiteral("a@example.jp");
        data.partners << p;
        Incident drill;
        drill.drill = true;
        drill.detected = tokyo(kToday.addDays(-100), 10, 0);
        data.incidents << drill;
        input.moduleData.insert(ModuleKey, data);
        auto factors = incidentFactors(input, kToday);
        QCOMPARE(factors.size(), 4);
        for (const score::Factor &f : factors) {
            QVERIFY2(f.applies && f.measured, qPrintable(f.id));
            QCOMPARE(f.category, score::Category::Incidents);
            QCOMPARE(f.basis, score::Basis::Records);
            QVERIFY2(qFuzzyCompare(f.value, 1.0), qPrintable(f.id + QLatin1Char(' ') + f.inputs));
            QVERIFY(f.actions.isEmpty());
        }
        auto evidence = incidentEvidence(input, kToday);
        QCOMPARE(evidence.size(), 2);
        QCOMPARE(evidence.at(0).questionKey, QStringLiteral("ipa24"));
        QVERIFY(evidence.at(0).measures && evidence.at(0).supports);
        QCOMPARE(evidence.at(1).questionKey, QStringLiteral("kamae.incident.reporting"));
        QVERIFY(evidence.at(1).supports);

        // A day later the responder's check is 366 days old: 4 of 5.
        factors = incidentFactors(input, kToday.addDays(1));
        QCOMPARE(factorOf(factors, QStringLiteral("incidents.contacts"))->value, 0.8);
        QCOMPARE(factorOf(factors, QStringLiteral("incidents.contacts"))->actions.size(), 1);
        // The drill falls out of its year after 365 days, to nothing at 730.
        QCOMPARE(factorOf(incidentFactors(input, kToday.addDays(265)),
                          QStringLiteral("incidents.review"))
                     ->value,
                 1.0);
        QVERIFY(factorOf(incidentFactors(input, kToday.addDays(266 + 182)),
                         QStringLiteral("incidents.review"))
                    ->value < 0.6);
        // A closed incident counts only with its lessons.
        data.incidents = {fullIncident(0, 0, 1, 2, 0)};
        data.incidents[0].resolved = tokyo(kToday.addDays(-20), 9, 0);
        data.incidents[0].lessons.clear();
        data.playbooks.removeLast();
        input.moduleData.insert(ModuleKey, data);
        factors = incidentFactors(input, kToday);
        QVERIFY(!factorOf(factors, QStringLiteral("incidents.review"))->measured);
        QCOMPARE(factorOf(factors, QStringLiteral("incidents.playbooks"))->value, 0.75);
        // Its final report is overdue (aware 20 June, malice: 18 August).
        evidence = incidentEvidence(input, kToday);
        QVERIFY(!evidence.at(1).supports);
        QVERIFY(evidence.at(1).text.contains(QStringLiteral("overdue")));

        // Through the score: the records measure the two questions.
        const score::Score s = score::computeScore(input, kToday);
        for (const score::Factor &f : s.factors)
            if (f.id == QStringLiteral("self.ipa24") ||
                f.id == QStringLiteral("self.kamae.incident.reporting"))
                QVERIFY2(!f.applies, qPrintable(f.id));
        QVERIFY(factorOf(s.factors, QStringLiteral("self.ipa05"))->applies);
    }

    void remindersOfTheLegalClockFollowUpsAndContacts()
    {
        ScoreData data;
        data.zone = kTokyo;
        QVERIFY(incidentReminders(data, kToday).isEmpty());
        Incident i = leak(tokyo(QDate(2026, 11, 20), 23, 59), 1500);
        i.id = 7;
        i.actions = {{3, QStringLiteral("Rotate keys"), 0, QDate(2026, 11, 30), {}},
                     {4, QStringLiteral("Done"), 0, QDate(2026, 11, 30), kToday}};
        data.incidents = {i};
        auto list = incidentReminders(data, kToday);
        QCOMPARE(list.size(), 4);
        const auto *pre = findKind(list, kind::PpcPreliminary);
        QVERIFY(pre);
        QCOMPARE(pre->uid, QStringLiteral("incident-7-ppc-preliminary"));
        QCOMPARE(pre->due, QDate(2026, 11, 22));
        QCOMPARE(pre->state, reminders::ReminderState::DueSoon);
        QCOMPARE(pre->severity, reminders::ReminderSeverity::Critical);
        QCOMPARE(pre->recordId, qint64(7));
        QCOMPARE(findKind(list, kind::PpcFinal)->due, QDate(2026, 12, 19));
        QCOMPARE(findKind(list, kind::NotifyIndividuals)->due, QDate(2026, 11, 22));
        QCOMPARE(findKind(list, kind::FollowUp)->uid, QStringLiteral("incident-action-3"));
        // A day late; then made.
        QCOMPARE(findKind(incidentReminders(data, kToday.addDays(1)), kind::PpcPreliminary)->state,
                 reminders::ReminderState::Overdue);
        data.incidents[0].timeline = {
            {0, tokyo(QDate(2026, 11, 21), 10, 0), TimelineKind::ContactMade,
             QStringLiteral("速報"), 0, timelinetag::PpcPreliminary},
            {0, tokyo(QDate(2026, 11, 21), 11, 0), TimelineKind::ContactMade,
             QStringLiteral("本人通知"), 0, timelinetag::IndividualsNotified}};
        list = incidentReminders(data, kToday);
        QVERIFY(!findKind(list, kind::PpcPreliminary));
        QVERIFY(!findKind(list, kind::NotifyIndividuals));
        QVERIFY(findKind(list, kind::PpcFinal));
        // A drill: no clock.
        data.incidents[0].drill = true;
        QVERIFY(!findKind(incidentReminders(data, kToday), kind::PpcFinal));

        // Contacts: a year after the oldest check; never checked is due now.
        IncidentContact c;
        c.name = QStringLiteral("IPA");
        c.checked = QDate(2026, 1, 10);
        data.contacts = {c};
        const auto withContact = incidentReminders(data, kToday);
        const auto *check = findKind(withContact, kind::ContactsCheck);
        QVERIFY(check);
        QCOMPARE(check->due, QDate(2027, 1, 10));
        QVERIFY(check->recurring);
        c.checked = QDate();
        data.contacts << c;
        QCOMPARE(findKind(incidentReminders(data, kToday), kind::ContactsCheck)->due, kToday);
    }

    // The command line: record an incident, list it, list the contacts;
    // its deadlines show in `kamae due`.
    void commandLineAndDue()
    {
        QCOMPARE(parseLocalTime(QStringLiteral("2026-06-20T09:30"), kTokyo),
                 QDateTime(QDate(2026, 6, 20), QTime(0, 30), QTimeZone::utc()));
        QCOMPARE(parseLocalTime(QStringLiteral("2026-06-20"), kTokyo),
                 QDateTime(QDate(2026, 6, 19), QTime(15, 0), QTimeZone::utc()));
        QVERIFY(!parseLocalTime(QStringLiteral("2026-02-30"), kTokyo).isValid());
        QVERIFY(!parseLocalTime(QStringLiteral("20/06/2026"), kTokyo).isValid());
        QVERIFY(!parseLocalTime(QStringLiteral("2026-06-20T25:00"), kTokyo).isValid());

        const QString path = makeVault(QStringLiteral("cli.kamae"));
        QVERIFY(!path.isEmpty());
        Run run = kamae({QStringLiteral("incidents"), QStringLiteral("new"), path,
                         QStringLiteral("--kind"), QStringLiteral("emotet"),
                         QStringLiteral("--detected"), QStringLiteral("2026-11-20T23:59"),
                         QStringLiteral("--title"), QStringLiteral("PC infected")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Recorded incident 1 (Emotet or other "
                                                   "malware), detected 2026-11-20 23:59.")),
                 qPrintable(run.out));
        run = kamae({QStringLiteral("incidents"), QStringLiteral("new"), path,
                     QStringLiteral("--kind"), QStringLiteral("virus"),
                     QStringLiteral("--detected"), QStringLiteral("2026-11-20")});
        QCOMPARE(run.code, int(cli::UsageError));
        QVERIFY(run.err.contains(QStringLiteral("ransomware, malware")));
        run = kamae({QStringLiteral("incidents"), QStringLiteral("new"), path,
                     QStringLiteral("--kind"), QStringLiteral("malware"),
                     QStringLiteral("--detected"), QStringLiteral("2026-12-24")});
        QCOMPARE(run.code, 1); // in the future
        run = kamae({QStringLiteral("incidents"), QStringLiteral("new"), path,
                     QStringLiteral("--detected"), QStringLiteral("2026-11-20")});
        QCOMPARE(run.code, int(cli::UsageError));
        QVERIFY(run.err.contains(QStringLiteral("kamae incidents new VAULT --kind KIND")));

        // A leak with a clock, and contacts, written directly.
        {
            vault::VaultStatus status;
            auto v =
                vault::Vault::open(path, QStringLiteral("correct horse battery staple"), &status);
            QVERIFY(v);
            store::IncidentRepository repo(v->database());
            Incident i = leak(tokyo(QDate(2026, 11, 20), 23, 59), 1500);
            i.title = QStringLiteral("Customer list on a lost laptop");
            QVERIFY(repo.insertIncident(i, clock::now()));
            QVERIFY(
                repo.saveContacts(defaultContacts(QStringLiteral("大阪府"), {}, kToday), kToday));
            QVERIFY(v->save());
        }
        run = kamae(
            {QStringLiteral("incidents"), QStringLiteral("list"), path, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(items.size(), 2);
        QJsonObject first;
        for (const QJsonValue &v : items)
            if (v[QStringLiteral("kind")].toString() == QStringLiteral("malware"))
                first = v.toObject();
        QCOMPARE(first[QStringLiteral("title")].toString(), QStringLiteral("PC infected"));
        QCOMPARE(first[QStringLiteral("detected")].toString(),
                 QStringLiteral("2026-11-20T23:59:00+09:00"));
        QCOMPARE(first[QStringLiteral("report_due")].toBool(), false);
        const QJsonObject second = items.at(0).toObject()[QStringLiteral("kind")].toString() ==
                                           QStringLiteral("information_leak")
                                       ? items.at(0).toObject()
                                       : items.at(1).toObject();
        QCOMPARE(second[QStringLiteral("report_due")].toBool(), true);
        QCOMPARE(second[QStringLiteral("preliminary_due")].toString(),
                 QStringLiteral("2026-11-22"));
        QCOMPARE(second[QStringLiteral("final_due")].toString(), QStringLiteral("2026-12-19"));
        QCOMPARE(second[QStringLiteral("triggers")].toArray().at(0).toString(),
                 QStringLiteral("over_1000_people"));
        run = kamae({QStringLiteral("incidents"), QStringLiteral("list"), path});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Report to the Commission: preliminary by "
                                                 "2026-11-22, final by 2026-12-19")),
                 qPrintable(run.out));

        run = kamae(
            {QStringLiteral("contacts"), QStringLiteral("list"), path, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray contacts = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(contacts.size(), 7);
        QCOMPARE(contacts.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("ipa"));
        QCOMPARE(contacts.at(2)[QStringLiteral("phone")].toString(), QStringLiteral("#9110"));
        QCOMPARE(contacts.at(2)[QStringLiteral("region")].toString(), QStringLiteral("大阪府"));
        QVERIFY(contacts.at(0)[QStringLiteral("checked_recently")].toBool());
        run = kamae({QStringLiteral("contacts"), QStringLiteral("list"), path});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Prefectural police cyber crime desk (大阪府)")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("never checked (check it)")));

        // The deadlines in `kamae due`.
        run = kamae({QStringLiteral("due"), path, QStringLiteral("--json"),
                     QStringLiteral("--within"), QStringLiteral("60")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QStringList kinds;
        for (const QJsonValue &r :
             QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("reminders")].toArray())
            if (r[QStringLiteral("module")].toString() == ModuleKey)
                kinds << r[QStringLiteral("kind")].toString() + QLatin1Char('@') +
                             r[QStringLiteral("due")].toString();
        for (const QString &expected : {kind::PpcPreliminary + QStringLiteral("@2026-11-22"),
                                        kind::PpcFinal + QStringLiteral("@2026-12-19"),
                                        kind::NotifyIndividuals + QStringLiteral("@2026-11-22"),
                                        kind::ContactsCheck + QStringLiteral("@2026-11-22")})
            QVERIFY2(kinds.contains(expected), qPrintable(kinds.join(u' ')));

        // The help lists the commands.
        QString helpOut, helpErr;
        QTextStream ho(&helpOut), he(&helpErr);
        QCOMPARE(cli::run({QStringLiteral("kamae"), QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--help")},
                          ho, he),
                 0);
        ho.flush();
        for (const char *line : {"incidents list VAULT", "incidents new VAULT", "contacts list"})
            QVERIFY2(helpOut.contains(QLatin1String(line)), line);
    }

    // The demo company's Emotet infection of June, closed, reported on time.
    void demoCompanyIncident()
    {
        auto db = store::Database::createEmpty();
        QVERIFY(db && store::migrate(*db.value()));
        QSqlQuery org(db.value()->sql());
        QVERIFY(org.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                                        "VALUES (1, 'demo', '2026-06-30T01:00:00Z')")));
        const Status filled = demo::populate(*db.value());
        QVERIFY2(filled, qPrintable(filled.error()));
        store::Database &vault = *db.value();
        store::IncidentRepository repo(vault);
        const auto list = repo.incidents();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        const Incident &i = list->at(0);
        QCOMPARE(i.kind, IncidentKind::Malware);
        QCOMPARE(i.status, IncidentStatus::Closed);
        QCOMPARE(i.detected.toTimeZone(kTokyo).date(), kToday.addDays(-167));
        QCOMPARE(i.assets.size(), 3);
        QVERIFY(!i.lessons.isEmpty());
        QVERIFY(i.tagged(timelinetag::PartnersInformed));
        QVERIFY(i.ticks.size() >= 10);
        const LegalClock c = legalClock(i, kTokyo);
        QVERIFY(c.applies);
        QCOMPARE(c.finalDays, 60);
        QVERIFY(c.preliminaryMade.isValid() && c.preliminaryMade <= c.preliminaryDue);
        QVERIFY(c.finalMade.isValid() && c.finalMade <= c.finalDue);
        QVERIFY(c.individualsNotified.isValid());
        QCOMPARE(partnersToInform(i, *repo.partners()).size(), 4);
        QCOMPARE(repo.contacts()->size(), 9);

        const auto s = score::computeScore(vault, kToday);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(factorOf(s->factors, QStringLiteral("incidents.contacts"))->value, 1.0);
        QCOMPARE(factorOf(s->factors, QStringLiteral("incidents.playbooks"))->value, 0.75);
        QCOMPARE(factorOf(s->factors, QStringLiteral("incidents.partners"))->value, 1.0);
        QCOMPARE(factorOf(s->factors, QStringLiteral("incidents.review"))->value, 1.0);
        QVERIFY(!factorOf(s->factors, QStringLiteral("self.ipa24"))->applies);
        const auto due = reminders::allReminders(vault, kToday);
        QVERIFY(due);
        QStringList kinds;
        for (const auto &r : *due)
            if (r.module == ModuleKey)
                kinds << r.kind;
        kinds.sort();
        QCOMPARE(kinds, (QStringList{kind::ContactsCheck, kind::FollowUp}));
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
