// Patch items, the due-date policy, stored feeds, aliases, dismissals and
// proposals, on a real (in-memory) database.
#include "TestSupport.h"

#include "core/Clock.h"
#include "demo/DemoCompany.h"
#include "domain/AssetFields.h"
#include "domain/PatchRules.h"
#include "feeds/FeedFile.h"
#include "patches/PatchDesk.h"
#include "patches/ProductLines.h"
#include "patches/Proposals.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Migrations.h"
#include "store/PatchRepository.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace kamae;
using domain::PatchItem;
using domain::PatchStatus;

namespace {

std::unique_ptr<store::Database> migratedDatabase()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    return std::move(db.value());
}

// A vault's database as `kamae demo` fills it.
std::unique_ptr<store::Database> demoDatabase()
{
    auto db = migratedDatabase();
    if (!db)
        return nullptr;
    // As Vault::create() leaves a new database.
    QSqlQuery org(db->sql());
    if (!org.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                                 "VALUES (1, 'Demo', '2026-11-22T01:00:00Z')")))
        return nullptr;
    const Status populated = demo::populate(*db);
    if (!populated)
        qWarning("demo: %s", qPrintable(populated.error()));
    return populated ? std::move(db) : nullptr;
}

qint64 addAsset(store::Database &db, const QString &name, const QString &vendor,
                const QString &product, const QString &version)
{
    domain::Asset a;
    a.name = name;
    a.kind = domain::AssetKind::Device;
    a.vendor = vendor;
    a.product = product;
    a.version = version;
    auto id = store::AssetRepository(db).insert(a);
    return id ? id.value() : 0;
}

PatchItem sampleItem(qint64 assetId)
{
    PatchItem p;
    p.assetId = assetId;
    p.product = QStringLiteral("Fortinet FortiOS");
    p.installedVersion = QStringLiteral("6.0.4");
    p.availableUpdate = QStringLiteral("6.0.18");
    p.cves = {QStringLiteral("CVE-2018-13379")};
    p.jvnIds = {QStringLiteral("JVNDB-2019-000001")};
    p.cvssScore = 9.8;
    p.severity = domain::Severity::Critical;
    p.knownExploited = true;
    p.knownRansomwareUse = true;
    p.found = QDate(2024, 5, 1);
    p.due = QDate(2024, 5, 15);
    p.notes = QStringLiteral("SSL-VPN のパス トラバーサル");
    p.sourceKey = QStringLiteral("KEV:CVE-2018-13379");
    return p;
}

feeds::Feed readFixture(const QString &name)
{
    auto feed = feeds::readFeedFile(QStringLiteral(KAMAE_TEST_DATA "/feeds/") + name);
    if (!feed)
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(feed.error()));
    return std::move(feed).value();
}

int countRows(store::Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
        return q.value(0).toInt();
    return -1;
}

const patches::Proposal *findProposal(const QVector<patches::Proposal> &proposals, qint64 assetId,
                                      const QString &cve)
{
    for (const patches::Proposal &p : proposals)
        if (p.assetId == assetId && p.item.cves.contains(cve))
            return &p;
    return nullptr;
}

} // namespace

class TestPatchStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_patch_store"); }

    // The figures of docs/patches.md: the demo company's register (41
    // assets) against a catalogue in CISA's published form.
    void demoRegisterAgainstARealCatalogue()
    {
        // The demo made the day after the catalogue: its last updates count
        // back from then, as a real company's would.
        clock::setFixedNow(QDateTime(QDate(2025, 8, 26), QTime(1, 0), Qt::UTC));
        auto db = demoDatabase();
        QVERIFY(db);
        const feeds::Feed kev = readFixture(QStringLiteral("kev_2025-08-25_excerpt.json"));
        QVector<patches::FeedRecord> records;
        for (const feeds::FeedEntry &e : kev.entries)
            records.append({kev.kind, &e, store::sourceKey(kev.kind, e.id)});
        patches::ProposalInput input;
        input.assets = store::AssetRepository(*db).all().value();
        input.aliases = store::FeedStore(*db).aliases().value();
        input.entries = records;
        input.today = clock::today();
        const QVector<patches::Proposal> proposals = patches::proposePatches(input);
        QHash<qint64, int> fresh, fixed;
        for (const patches::Proposal &p : proposals)
            ++(p.state == patches::ProposalState::New ? fresh : fixed)[p.assetId];
        int withAny = 0;
        for (const domain::Asset &a : input.assets) {
            if (fresh.value(a.id) + fixed.value(a.id) > 0) {
                ++withAny;
                qInfo("%4d new %4d probably fixed  %s (%s %s %s, updated %s)", fresh.value(a.id),
                      fixed.value(a.id), qPrintable(a.name), qPrintable(a.vendor),
                      qPrintable(a.product), qPrintable(a.version),
                      qPrintable(a.lastUpdated.toString(Qt::ISODate)));
            }
        }
        qInfo("%d assets, %d with proposals, %d proposals, %d new", int(input.assets.size()),
              withAny, int(proposals.size()), patches::countNew(proposals));
        clock::reset();
        // Before: every Windows PC got about 180, none of them "probably fixed".
        // An out-of-support server not updated since 2023 really is exposed
        // to what was exploited since; the bound is for maintained machines.
        for (const domain::Asset &a : input.assets)
            if (!a.endOfSupport)
                QVERIFY2(fresh.value(a.id) <= 40, qPrintable(a.name));
        QVERIFY(patches::countNew(proposals) <= 100);
    }

    // Issue 14's done test: a register of FortiOS, Windows 11, Acrobat Reader
    // and Chrome against a catalogue in CISA's published form gets a short
    // list, and the right one.
    void aSmallRegisterGetsAShortRightList()
    {
        clock::setFixedNow(QDateTime(QDate(2025, 8, 26), QTime(1, 0), Qt::UTC));
        auto db = migratedDatabase();
        QVERIFY(db);
        auto asset = [&](const char *name, const char *vendor, const char *product,
                         const char *version, const QDate &updated) {
            domain::Asset a;
            a.name = QString::fromUtf8(name);
            a.kind = domain::AssetKind::Device;
            a.vendor = QString::fromLatin1(vendor);
            a.product = QString::fromLatin1(product);
            a.version = QString::fromLatin1(version);
            a.lastUpdated = updated;
            return store::AssetRepository(*db).insert(a).value();
        };
        const qint64 vpn = asset("VPN", "Fortinet", "FortiOS", "7.2.4", QDate(2023, 3, 1));
        const qint64 pc = asset("PC", "Microsoft", "Windows", "11 23H2", QDate(2025, 5, 14));
        const qint64 reader = asset("PDF", "Adobe", "Acrobat Reader DC", "", QDate());
        const qint64 browser = asset("Browser", "Google", "Chrome", "", QDate(2025, 6, 20));
        auto imported =
            patches::importFeed(*db, readFixture(QStringLiteral("kev_2025-08-25_excerpt.json")));
        QVERIFY2(imported, qPrintable(imported.error()));
        const auto proposals = patches::currentProposals(*db, clock::today());
        QVERIFY2(proposals, qPrintable(proposals.error()));
        clock::reset();

        auto stateOf = [&](qint64 assetId, const char *cve) -> QString {
            const patches::Proposal *p =
                findProposal(proposals.value(), assetId, QString::fromLatin1(cve));
            if (!p)
                return QStringLiteral("absent");
            return p->state == patches::ProposalState::New ? QStringLiteral("new")
                                                           : QStringLiteral("fixed");
        };
        struct Expect
        {
            qint64 asset;
            const char *cve;
            const char *state;
        };
        const Expect expected[] = {
            // FortiOS: "FortiOS and FortiProxy SSL-VPN", "FortiOS and
            // FortiProxy", "Multiple Products" naming FortiOS; known before
            // the update of 2023-03-01: probably fixed.
            {vpn, "CVE-2023-27997", "new"},
            {vpn, "CVE-2024-21762", "new"},
            {vpn, "CVE-2024-55591", "new"},
            {vpn, "CVE-2024-23113", "new"},
            {vpn, "CVE-2022-42475", "fixed"},
            {vpn, "CVE-2018-13379", "fixed"},
            {vpn, "CVE-2025-25257", "absent"}, // FortiWeb
            {vpn, "CVE-2024-47575", "absent"}, // FortiManager
            {vpn, "CVE-2025-32756", "absent"}, // FortiFone, FortiVoice, …
            // Windows 11 updated 2025-05-14.
            {pc, "CVE-2025-33053", "new"},
            {pc, "CVE-2025-29824", "fixed"},
            {pc, "CVE-2019-0708", "absent"}, // BlueKeep: before Windows 11
            {pc, "CVE-2002-0367", "absent"}, // 2002
            {pc, "CVE-2004-0210", "absent"},
            {pc, "CVE-2010-2568", "absent"},
            {pc, "CVE-2017-0144", "absent"}, // SMBv1, 2017
            {pc, "CVE-2018-8639", "absent"}, // added in 2025, but a 2018 CVE
            // Acrobat Reader DC, never recorded as updated: all new.
            {reader, "CVE-2023-21608", "new"}, // "Acrobat and Reader"
            {reader, "CVE-2021-28550", "new"},
            {reader, "CVE-2009-1862", "absent"}, // before DC existed
            {reader, "CVE-2013-0641", "absent"},
            {reader, "CVE-2018-4878", "absent"}, // Flash Player
            // Chrome updated 2025-06-20.
            {browser, "CVE-2025-6554", "new"}, // "Chromium V8"
            {browser, "CVE-2025-6558", "new"}, // "Chromium"
            {browser, "CVE-2025-5419", "fixed"},
            {browser, "CVE-2024-7971", "fixed"},
        };
        for (const Expect &e : expected)
            QVERIFY2(stateOf(e.asset, e.cve) == QLatin1String(e.state),
                     qPrintable(QStringLiteral("%1 on asset %2: %3, expected %4")
                                    .arg(QString::fromLatin1(e.cve))
                                    .arg(e.asset)
                                    .arg(stateOf(e.asset, e.cve), QString::fromLatin1(e.state))));
        // Nothing for Windows 11 from before its release year.
        QHash<qint64, int> fresh;
        for (const patches::Proposal &p : proposals.value()) {
            if (p.assetId == pc)
                QVERIFY2(patches::newestCveYear(p.item.cves) >= 2021,
                         qPrintable(p.item.cves.join(u' ')));
            if (p.state == patches::ProposalState::New)
                ++fresh[p.assetId];
        }
        qInfo("new: FortiOS %d, Windows 11 %d, Acrobat Reader DC %d, Chrome %d; %d in all",
              fresh.value(vpn), fresh.value(pc), fresh.value(reader), fresh.value(browser),
              int(proposals->size()));
        // Short: a handful each, not hundreds.
        QVERIFY(fresh.value(vpn) <= 10);
        QVERIFY(fresh.value(pc) <= 10);
        QVERIFY(fresh.value(reader) <= 10);
        QVERIFY(fresh.value(browser) <= 10);
    }

    // The demo's built-in excerpt never blocks a real catalogue, even one
    // released long before the demo was made.
    void aDemoVaultTakesARealCatalogue()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        store::FeedStore feeds(*db);
        const auto demoFeed = feeds.feeds().value();
        QCOMPARE(demoFeed.size(), 1);
        QCOMPARE(demoFeed.front().version, QString::fromLatin1(store::kDemoKevVersion));
        QVERIFY(demoFeed.front().released.date() < QDate(2025, 1, 1)); // its real date
        const feeds::Feed real =
            readFixture(QStringLiteral("known_exploited_vulnerabilities.json"));
        QVERIFY(real.released.date() < clock::today());
        auto imported = patches::importFeed(*db, real);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(feeds.feeds()->front().version, QStringLiteral("2024.05.01"));
        QCOMPARE(countRows(*db, QStringLiteral("feed_entry")), 29);
        // A real one is then replaced only by a newer one.
        feeds::Feed older = real;
        older.version = QStringLiteral("2024.04.01");
        older.released = real.released.addDays(-30);
        QVERIFY(!patches::importFeed(*db, older));
        auto newer =
            patches::importFeed(*db, readFixture(QStringLiteral("kev_2025-08-25_excerpt.json")));
        QVERIFY2(newer, qPrintable(newer.error()));
        QCOMPARE(feeds.feeds()->front().version, QStringLiteral("2025.08.25"));

        // A demo vault made before this change: its excerpt dated the day it
        // was made still gives way.
        auto old = demoDatabase();
        QVERIFY(old);
        QSqlQuery q(old->sql());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE feed SET released = '%1' WHERE kind = 'kev'")
                .arg(QDateTime(clock::today(), QTime(9, 0), Qt::UTC).toString(Qt::ISODate))));
        auto again = patches::importFeed(*old, real);
        QVERIFY2(again, qPrintable(again.error()));
    }

    void schemaThreeAddsPatchTablesAndAssetDates()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        QCOMPARE(db->userVersion(), store::latestSchemaVersion());
        domain::Asset a;
        a.name = QStringLiteral("UTM");
        a.lastUpdated = QDate(2024, 4, 1);
        a.endOfSupport = true;
        auto id = store::AssetRepository(*db).insert(a);
        QVERIFY2(id, qPrintable(id.error()));
        const auto back = store::AssetRepository(*db).get(id.value());
        QCOMPARE(back->lastUpdated, QDate(2024, 4, 1));
        QVERIFY(back->endOfSupport);
        // The alias table starts with the names real feeds use.
        const auto aliases = store::FeedStore(*db).aliases();
        QVERIFY(aliases);
        bool fortigate = false;
        for (const auto &alias : aliases.value())
            fortigate |= alias.feedProduct == QLatin1String("FortiOS") &&
                         alias.assetProduct == QLatin1String("FortiGate");
        QVERIFY(fortigate);
    }

    void itemsRoundTripWithAudit()
    {
        auto db = migratedDatabase();
        const qint64 asset = addAsset(*db, QStringLiteral("VPN"), QStringLiteral("Fortinet"),
                                      QStringLiteral("FortiOS"), QStringLiteral("6.0.4"));
        store::PatchRepository repo(*db);
        const PatchItem item = sampleItem(asset);
        auto id = repo.insert(item);
        QVERIFY2(id, qPrintable(id.error()));
        PatchItem stored = repo.get(id.value()).value();
        PatchItem expected = item;
        expected.id = id.value();
        QCOMPARE(stored, expected);

        const qint64 auditBefore = store::AuditLog(*db).count();
        stored.status = PatchStatus::Applied;
        stored.applied = QDate(2024, 5, 10);
        QVERIFY(repo.update(stored));
        QCOMPARE(repo.get(id.value()).value(), stored);
        // status and applied: one line each.
        QCOMPARE(store::AuditLog(*db).count(), auditBefore + 2);
        QCOMPARE(store::AuditLog(*db).recent(1).front().entity, QStringLiteral("patch_item"));

        // An unknown score is stored as unknown, not as 0.
        PatchItem unknown = sampleItem(asset);
        unknown.cvssScore = -1;
        auto unknownId = repo.insert(unknown);
        QVERIFY(unknownId);
        QCOMPARE(repo.get(unknownId.value())->cvssScore, -1.0);

        QVERIFY(repo.remove({id.value()}));
        QVERIFY(!repo.get(id.value()));
    }

    void riskAcceptedNeedsReasonAndReviewDateAndChangesNothingOtherwise()
    {
        auto db = migratedDatabase();
        const qint64 asset = addAsset(*db, QStringLiteral("Server"), QStringLiteral("Microsoft"),
                                      QStringLiteral("Windows Server"), QStringLiteral("2012 R2"));
        store::PatchRepository repo(*db);
        const qint64 id = repo.insert(sampleItem(asset)).value();
        PatchItem accepted = repo.get(id).value();
        accepted.status = PatchStatus::RiskAccepted;
        const Status noReason = repo.update(accepted);
        QVERIFY(!noReason);
        QVERIFY(noReason.error().contains(QStringLiteral("reason")));
        accepted.acceptedReason = QStringLiteral("閉域網のみで使用。来期に更新予定");
        const Status noDate = repo.update(accepted);
        QVERIFY(!noDate);
        QCOMPARE(repo.get(id)->status, PatchStatus::Open);
        accepted.acceptedReviewDate = QDate(2025, 3, 31);
        QVERIFY(repo.update(accepted));
        QCOMPARE(repo.get(id)->acceptedReason, accepted.acceptedReason);
    }

    void applyIsAllOrNothingAndKeepsIdsForUndo()
    {
        auto db = migratedDatabase();
        const qint64 asset = addAsset(*db, QStringLiteral("VPN"), QStringLiteral("Fortinet"),
                                      QStringLiteral("FortiOS"), {});
        store::PatchRepository repo(*db);
        PatchItem good = sampleItem(asset);
        PatchItem bad = sampleItem(asset);
        bad.status = PatchStatus::Applied; // without a date
        const auto refused = repo.apply({}, {good, bad}, QStringLiteral("create"));
        QVERIFY(!refused);
        QVERIFY(refused.error().startsWith(QStringLiteral("Item 2")));
        QCOMPARE(countRows(*db, QStringLiteral("patch_item")), 0);

        PatchItem orphan = sampleItem(asset + 100); // no such asset
        QVERIFY(!repo.apply({}, {good, orphan}, QStringLiteral("create")));
        QCOMPARE(countRows(*db, QStringLiteral("patch_item")), 0);

        const auto stored = repo.apply({}, {good, good}, QStringLiteral("create"));
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        // Undo: delete them; redo: they come back with the same ids.
        QVERIFY(repo.apply(stored.value(), {}, QStringLiteral("delete")));
        QCOMPARE(countRows(*db, QStringLiteral("patch_item")), 0);
        QVERIFY(repo.apply({}, stored.value(), QStringLiteral("create")));
        QCOMPARE(repo.all().value(), stored.value());
    }

    void deletingAnAssetDeletesItsItems()
    {
        auto db = migratedDatabase();
        const qint64 asset = addAsset(*db, QStringLiteral("VPN"), QStringLiteral("Fortinet"),
                                      QStringLiteral("FortiOS"), {});
        const qint64 other = addAsset(*db, QStringLiteral("PC"), QStringLiteral("Microsoft"),
                                      QStringLiteral("Windows"), QStringLiteral("10"));
        store::PatchRepository repo(*db);
        QVERIFY(repo.insert(sampleItem(asset)));
        QVERIFY(repo.insert(sampleItem(other)));
        QVERIFY(store::AssetRepository(*db).remove({asset}));
        const auto left = repo.all().value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.front().assetId, other);
        QCOMPARE(repo.forAssets({other}).value().size(), 1);
    }

    void policyIsStoredAndValidated()
    {
        auto db = migratedDatabase();
        store::PatchRepository repo(*db);
        QCOMPARE(repo.policy(), domain::PatchPolicy());
        domain::PatchPolicy p;
        p.knownExploitedDays = 7;
        p.criticalDays = 21;
        p.highDays = 45;
        p.otherDays = 120;
        p.staleAssetDays = 60;
        QVERIFY(repo.setPolicy(p));
        QCOMPARE(repo.policy(), p);
        domain::PatchPolicy wrong = p;
        wrong.criticalDays = 0;
        QVERIFY(!repo.setPolicy(wrong));
        QCOMPARE(repo.policy(), p);
        // A damaged stored value falls back to the defaults.
        QSqlQuery q(db->sql());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE meta SET value = '{\"critical_days\": -5}' WHERE key = "
                                  "'patch_policy'")));
        QCOMPARE(repo.policy(), domain::PatchPolicy());
    }

    void kevImportReplacesAndRefusesOlder()
    {
        auto db = migratedDatabase();
        store::FeedStore feeds(*db);
        feeds::Feed kev = readFixture(QStringLiteral("known_exploited_vulnerabilities.json"));
        auto first = patches::importFeed(*db, kev);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->added, 29);
        QCOMPARE(first->updated, 0);
        QCOMPARE(countRows(*db, QStringLiteral("feed_entry")), 29);
        const auto stored = feeds.feeds().value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.front().version, QStringLiteral("2024.05.01"));
        QCOMPARE(stored.front().storedEntries, 29);

        // The same file again changes nothing.
        auto again = patches::importFeed(*db, kev);
        QVERIFY(again);
        QCOMPARE(again->added + again->updated + again->removed, 0);

        // Round trip of one entry through the store.
        const auto entries = feeds.entries().value();
        const auto found = std::find_if(entries.begin(), entries.end(), [](const auto &e) {
            return e.entry.id == QLatin1String("CVE-2018-13379");
        });
        QVERIFY(found != entries.end());
        QVERIFY(found->entry.knownExploited);
        QVERIFY(found->entry.knownRansomwareUse);
        QCOMPARE(found->entry.vendor, QStringLiteral("Fortinet"));
        const auto original = std::find_if(kev.entries.begin(), kev.entries.end(), [](auto &e) {
            return e.id == QLatin1String("CVE-2018-13379");
        });
        QCOMPARE(found->entry.description, original->description);
        QCOMPARE(found->entry.products, original->products);
        QCOMPARE(found->entry.dueDate, original->dueDate);

        // An older catalogue is refused and nothing changes.
        feeds::Feed older = kev;
        older.version = QStringLiteral("2024.04.01");
        older.released = kev.released.addDays(-30);
        older.entries.removeLast();
        const qint64 audit = store::AuditLog(*db).count();
        auto refused = patches::importFeed(*db, older);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("older")));
        QCOMPARE(countRows(*db, QStringLiteral("feed_entry")), 29);
        QCOMPARE(store::AuditLog(*db).count(), audit);
        QCOMPARE(feeds.feeds()->front().version, QStringLiteral("2024.05.01"));

        // A newer one: one entry changed, one withdrawn, one new.
        feeds::Feed newer = kev;
        newer.version = QStringLiteral("2024.05.08");
        newer.released = kev.released.addDays(7);
        newer.entries[1].knownRansomwareUse = !newer.entries[1].knownRansomwareUse;
        newer.entries.removeAt(2);
        feeds::FeedEntry fresh = kev.entries.front();
        fresh.id = QStringLiteral("CVE-2024-99999");
        fresh.cves = {fresh.id};
        newer.entries.append(fresh);
        auto updated = patches::importFeed(*db, newer);
        QVERIFY(updated);
        QCOMPARE(updated->added, 1);
        QCOMPARE(updated->updated, 1);
        QCOMPARE(updated->removed, 1);
        QCOMPARE(countRows(*db, QStringLiteral("feed_entry")), 29);
    }

    void jvnImportsAddUpAndKeepTheNewerCopy()
    {
        auto db = migratedDatabase();
        store::FeedStore feeds(*db);
        feeds::Feed jvn = readFixture(QStringLiteral("jvndb.rdf"));
        auto first = patches::importFeed(*db, jvn);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->added, jvn.entries.size());

        // A file with one revised entry and an old copy of another.
        feeds::Feed next = jvn;
        next.entries = {jvn.entries.at(0), jvn.entries.at(1)};
        next.entries[0].description = QStringLiteral("改訂された説明");
        next.entries[0].updated = jvn.entries.at(0).updated.addDays(3);
        next.entries[1].description = QStringLiteral("古い説明");
        next.entries[1].updated = jvn.entries.at(1).updated.addDays(-300);
        auto second = patches::importFeed(*db, next);
        QVERIFY(second);
        QCOMPARE(second->added, 0);
        QCOMPARE(second->updated, 1);
        QCOMPARE(second->removed, 0); // JVN files never withdraw what others brought
        QCOMPARE(countRows(*db, QStringLiteral("feed_entry")), jvn.entries.size());
        const auto entries = feeds.entries().value();
        QCOMPARE(entries.at(0).entry.description, QStringLiteral("改訂された説明"));
        QCOMPARE(entries.at(1).entry.description, jvn.entries.at(1).description);
        QCOMPARE(entries.at(0).entry.title, jvn.entries.at(0).title); // Japanese kept
    }

    void proposalsMatchAliasesMergeAndRemember()
    {
        auto db = migratedDatabase();
        const qint64 vpn = addAsset(*db, QStringLiteral("VPN装置"), QStringLiteral("Fortinet"),
                                    QStringLiteral("FortiOS"), QStringLiteral("6.0.4"));
        const qint64 utm = addAsset(*db, QStringLiteral("UTM"), QStringLiteral("FORTINET, Inc."),
                                    QStringLiteral("FortiGate"), {});
        const qint64 moveit =
            addAsset(*db, QStringLiteral("図面受け渡し"), QStringLiteral("Progress"),
                     QStringLiteral("MOVEit Transfer"), QStringLiteral("2021.0"));
        const qint64 unrelated = addAsset(*db, QStringLiteral("複合機"), QStringLiteral("Sharp"),
                                          QStringLiteral("MX-9999"), {});
        store::FeedStore feeds(*db);
        const QDate today(2024, 5, 20);
        QVERIFY(patches::currentProposals(*db, today)->isEmpty()); // no feed yet
        QVERIFY(patches::importFeed(
            *db, readFixture(QStringLiteral("known_exploited_vulnerabilities.json"))));
        QVERIFY(patches::importFeed(*db, readFixture(QStringLiteral("jvndb.rdf"))));

        auto proposals = patches::currentProposals(*db, today);
        QVERIFY2(proposals, qPrintable(proposals.error()));
        const patches::Proposal *kev =
            findProposal(*proposals, vpn, QStringLiteral("CVE-2018-13379"));
        QVERIFY(kev);
        QVERIFY(kev->item.knownExploited);
        QVERIFY(kev->item.knownRansomwareUse);
        QCOMPARE(kev->item.found, today);
        QCOMPARE(kev->item.due, today.addDays(14));
        QCOMPARE(kev->item.product, QStringLiteral("Fortinet FortiOS"));
        QCOMPARE(kev->item.installedVersion, QStringLiteral("6.0.4"));
        QVERIFY(!kev->requiredAction.isEmpty());
        // Through the default alias FortiOS ~ FortiGate, vendor spelled otherwise.
        QVERIFY(findProposal(*proposals, utm, QStringLiteral("CVE-2018-13379")));
        QVERIFY(findProposal(*proposals, moveit, QStringLiteral("CVE-2023-34362")));
        for (const auto &p : proposals.value())
            QVERIFY(p.assetId != unrelated);
        // KEV and JVN about the same CVE: one proposal with both ids and the
        // JVN score.
        const patches::Proposal *merged =
            findProposal(*proposals, vpn, QStringLiteral("CVE-2024-21762"));
        QVERIFY(merged);
        QCOMPARE(merged->sourceKeys.front(), QStringLiteral("KEV:CVE-2024-21762"));
        QVERIFY(merged->sourceKeys.contains(QStringLiteral("JVN:JVNDB-2024-001234")));
        QCOMPARE(merged->item.jvnIds, QStringList{QStringLiteral("JVNDB-2024-001234")});
        QCOMPARE(merged->item.cvssScore, 9.8);
        QCOMPARE(merged->item.severity, domain::Severity::Critical);
        int forVpn2024 = 0;
        for (const auto &p : proposals.value())
            forVpn2024 +=
                p.assetId == vpn && p.item.cves.contains(QStringLiteral("CVE-2024-21762"));
        QCOMPARE(forVpn2024, 1);
        // Known-exploited first.
        QVERIFY(proposals->front().item.knownExploited);

        // Confirm one, dismiss another: neither comes back.
        QVERIFY(patches::confirmProposals(*db, {*kev}));
        QVERIFY(patches::dismissProposals(*db, {*merged}, today));
        auto after = patches::currentProposals(*db, today);
        QVERIFY(!findProposal(*after, vpn, QStringLiteral("CVE-2018-13379")));
        QVERIFY(!findProposal(*after, vpn, QStringLiteral("CVE-2024-21762")));
        QVERIFY(findProposal(*after, utm, QStringLiteral("CVE-2018-13379")));
        QCOMPARE(after->size(), proposals->size() - 2);
        // Nor after the same feed is imported again.
        QVERIFY(patches::importFeed(*db, readFixture(QStringLiteral("jvndb.rdf"))));
        QCOMPARE(patches::currentProposals(*db, today)->size(), after->size());
        // Dismissing only the KEV entry keeps the JVN entry about the same
        // CVE from coming back on its own.
        QVERIFY(feeds.undismiss(patches::dismissalsFor({*merged}, today)));
        QVERIFY(feeds.dismiss({{vpn, QStringLiteral("KEV:CVE-2024-21762"), today}}));
        QVERIFY(!findProposal(*patches::currentProposals(*db, today), vpn,
                              QStringLiteral("CVE-2024-21762")));
        QVERIFY(feeds.dismiss(patches::dismissalsFor({*merged}, today)));
        // Undoing the dismissal brings it back.
        QVERIFY(feeds.undismiss(patches::dismissalsFor({*merged}, today)));
        QVERIFY(findProposal(*patches::currentProposals(*db, today), vpn,
                             QStringLiteral("CVE-2024-21762")));
        // An alias the user adds widens the match; removing it narrows it again.
        const qint64 nas = addAsset(*db, QStringLiteral("NAS"), QStringLiteral("Apache"),
                                    QStringLiteral("ログ基盤"), {});
        QVERIFY(!findProposal(*patches::currentProposals(*db, today), nas,
                              QStringLiteral("CVE-2021-44228")));
        auto alias = feeds.addAlias({0, QStringLiteral("Apache"), QStringLiteral("Log4j2"),
                                     QStringLiteral("Apache"), QStringLiteral("ログ基盤")});
        QVERIFY(alias);
        QVERIFY(findProposal(*patches::currentProposals(*db, today), nas,
                             QStringLiteral("CVE-2021-44228")));
        QVERIFY(feeds.removeAlias(alias.value()));
        QVERIFY(!findProposal(*patches::currentProposals(*db, today), nas,
                              QStringLiteral("CVE-2021-44228")));
        QVERIFY(!feeds.addAlias(
            {0, QStringLiteral("Apache"), QStringLiteral(" - "), {}, QStringLiteral("x")}));
    }

    void aNewerFeedRaisesOpenItems()
    {
        auto db = migratedDatabase();
        const qint64 vpn = addAsset(*db, QStringLiteral("VPN"), QStringLiteral("Fortinet"),
                                    QStringLiteral("FortiOS"), {});
        store::PatchRepository repo(*db);
        // Typed in from a vendor advisory before anyone knew it was exploited.
        PatchItem item;
        item.assetId = vpn;
        item.product = QStringLiteral("FortiOS");
        item.cves = {QStringLiteral("CVE-2018-13379")};
        item.found = QDate(2024, 4, 1);
        item.due = QDate(2024, 6, 30); // 90 days, "other"
        const qint64 open = repo.insert(item).value();
        PatchItem done = item;
        done.status = PatchStatus::Applied;
        done.applied = QDate(2024, 4, 2);
        const qint64 applied = repo.insert(done).value();

        auto summary = patches::importFeed(
            *db, readFixture(QStringLiteral("known_exploited_vulnerabilities.json")));
        QVERIFY(summary);
        QCOMPARE(summary->itemsRefreshed, 1);
        const PatchItem raised = repo.get(open).value();
        QVERIFY(raised.knownExploited);
        QVERIFY(raised.knownRansomwareUse);
        QCOMPARE(raised.due, QDate(2024, 4, 15));
        // Applied items are history: untouched.
        QCOMPARE(repo.get(applied)->knownExploited, false);
        // An undo that would write the item as it was before the import is
        // refused, not silently reverting what the feed said.
        PatchItem stale = item;
        stale.id = open;
        PatchItem edited = stale;
        edited.notes = QStringLiteral("edited before the import");
        const auto refused = repo.apply({stale}, {edited}, QStringLiteral("undo"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("meantime")), qPrintable(refused.error()));
        QCOMPARE(repo.get(open).value(), raised);
    }

    // patches::importFeed stores the entries and refreshes the items in one
    // transaction: when the refresh fails, the entries are not kept either,
    // and the message speaks of the vault, not of SQLite.
    void aFeedImportIsAllOrNothing()
    {
        auto db = migratedDatabase();
        const qint64 vpn = addAsset(*db, QStringLiteral("VPN"), QStringLiteral("Fortinet"),
                                    QStringLiteral("FortiOS"), {});
        PatchItem item;
        item.assetId = vpn;
        item.product = QStringLiteral("FortiOS");
        item.cves = {QStringLiteral("CVE-2018-13379")};
        item.found = QDate(2024, 4, 1);
        item.due = QDate(2024, 6, 30);
        QVERIFY(store::PatchRepository(*db).insert(item));
        const qint64 audit = store::AuditLog(*db).count();
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON patch_item "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by a test'); END")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("writing failed: refused by")));
        const auto imported = patches::importFeed(
            *db, readFixture(QStringLiteral("known_exploited_vulnerabilities.json")));
        QVERIFY(!imported);
        QCOMPARE(imported.code(), ErrorCode::Storage);
        QVERIFY2(!imported.error().contains(QStringLiteral("refused")), qPrintable(imported.error()));
        QCOMPARE(countRows(*db, QStringLiteral("feed_entry")), 0);
        QCOMPARE(countRows(*db, QStringLiteral("feed")), 0);
        QCOMPARE(store::AuditLog(*db).count(), audit);
        QVERIFY(!store::PatchRepository(*db).all()->front().knownExploited);

        // Without the obstacle the same file goes in, items and all.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        const auto again = patches::importFeed(
            *db, readFixture(QStringLiteral("known_exploited_vulnerabilities.json")));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->itemsRefreshed, 1);
        QCOMPARE(countRows(*db, QStringLiteral("feed_entry")), 29);
    }

    void refreshNeverLowersASeverity()
    {
        feeds::FeedEntry jvn;
        jvn.id = QStringLiteral("JVNDB-2024-000001");
        jvn.cves = {QStringLiteral("CVE-2024-0001")};
        jvn.cvssScore = 6.5;
        PatchItem item;
        item.id = 1;
        item.assetId = 1;
        item.cves = jvn.cves;
        item.severity = domain::Severity::Critical; // set by hand
        item.found = QDate(2024, 5, 1);
        item.due = QDate(2024, 5, 31);
        const auto changed = patches::refreshItems(
            {item}, {{feeds::FeedKind::Jvn, &jvn, QStringLiteral("JVN:") + jvn.id}},
            domain::PatchPolicy());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.front().cvssScore, 6.5);
        QCOMPARE(changed.front().severity, domain::Severity::Critical);
        QCOMPARE(changed.front().due, item.due); // nothing was raised
    }

    void aKevCatalogueWithoutDatesIsComparedByVersion()
    {
        auto db = migratedDatabase();
        store::FeedStore feeds(*db);
        feeds::Feed kev = readFixture(QStringLiteral("known_exploited_vulnerabilities.json"));
        kev.released = {};
        QVERIFY(patches::importFeed(*db, kev));
        feeds::Feed older = kev;
        older.version = QStringLiteral("2024.04.30");
        older.entries.removeLast();
        QVERIFY(!patches::importFeed(*db, older));
        QCOMPARE(countRows(*db, QStringLiteral("feed_entry")), 29);
    }

    void assetUpdateColumnsReadAndWriteAsText()
    {
        using domain::AssetField;
        domain::Asset a;
        QString error;
        QVERIFY(domain::setFieldFromText(a, AssetField::LastUpdated, QStringLiteral("2024/4/1"),
                                         &error));
        QCOMPARE(a.lastUpdated, QDate(2024, 4, 1));
        QVERIFY(
            domain::setFieldFromText(a, AssetField::EndOfSupport, QStringLiteral("はい"), &error));
        QVERIFY(a.endOfSupport);
        QVERIFY(!domain::setFieldFromText(a, AssetField::EndOfSupport, QStringLiteral("maybe"),
                                          &error));
        QVERIFY(a.endOfSupport);
        QVERIFY(
            !domain::setFieldFromText(a, AssetField::LastUpdated, QStringLiteral("昨日"), &error));
        QCOMPARE(domain::fieldText(a, AssetField::LastUpdated), QStringLiteral("2024-04-01"));
        QVERIFY(domain::AssetFieldText::aliases(AssetField::LastUpdated)
                    .contains(QStringLiteral("最終更新日")));
        QVERIFY(domain::AssetFieldText::aliases(AssetField::EndOfSupport)
                    .contains(QStringLiteral("サポート終了")));
        QCOMPARE(QString::fromLatin1(domain::assetFieldInfo(AssetField::EndOfSupport).key),
                 QStringLiteral("end_of_support"));
    }

    void staleAssetsAreListedOldestFirst()
    {
        const QDate today(2024, 6, 1);
        domain::PatchPolicy policy; // 30 days
        auto asset = [](qint64 id, domain::AssetKind kind, const QDate &updated) {
            domain::Asset a;
            a.id = id;
            a.name = QString::number(id);
            a.kind = kind;
            a.lastUpdated = updated;
            return a;
        };
        QVector<domain::Asset> assets = {
            asset(1, domain::AssetKind::Device, today.addDays(-10)),
            asset(2, domain::AssetKind::Device, today.addDays(-31)),
            asset(3, domain::AssetKind::Software, {}),
            asset(4, domain::AssetKind::Data, {}),
            asset(5, domain::AssetKind::CloudService, {}),
            asset(6, domain::AssetKind::Device, today.addDays(-30)),
            asset(7, domain::AssetKind::Device, today.addDays(-400)),
            asset(8, domain::AssetKind::Software, today.addDays(-1)),
        };
        assets.last().endOfSupport = true;
        domain::Asset account = asset(9, domain::AssetKind::Account, {});
        account.product = QStringLiteral("FortiOS"); // the admin account of a device
        assets << account;
        QVector<qint64> ids;
        for (const auto &a : patches::staleAssets(assets, policy, today))
            ids << a.id;
        QCOMPARE(ids, (QVector<qint64>{3, 7, 2, 8}));
        policy.staleAssetDays = 5;
        QCOMPARE(patches::staleAssets(assets, policy, today).size(), 6);
    }

    // What the Patches page counts, starts and changes, decided here.
    void pageRulesOfItems()
    {
        const QDate today(2024, 6, 1);
        auto item = [&](domain::PatchStatus status, int dueIn, bool exploited) {
            domain::PatchItem p;
            p.status = status;
            p.due = today.addDays(dueIn);
            p.knownExploited = exploited;
            return p;
        };
        domain::PatchItem review = item(domain::PatchStatus::RiskAccepted, -5, true);
        review.acceptedReason = QStringLiteral("閉域網のみ");
        review.acceptedReviewDate = today;
        const QVector<domain::PatchItem> items = {
            item(domain::PatchStatus::Open, -1, true),
            item(domain::PatchStatus::Scheduled, 10, false),
            item(domain::PatchStatus::Applied, -30, true),
            review,
        };
        patches::ItemTally tally;
        for (const domain::PatchItem &p : items)
            tally.add(p, today);
        QCOMPARE(tally.open, 2);
        QCOMPARE(tally.overdue, 1);
        QCOMPARE(tally.exploited, 1); // the applied and the accepted are not open
        QCOMPARE(tally.toReview, 1);

        QVERIFY(patches::anyNotApplied(items));
        QVERIFY(!patches::anyNotApplied({items.at(2)}));
        QVector<domain::PatchItem> before;
        const auto accepted =
            patches::riskAccepted(items, QStringLiteral("更新待ち"), today.addDays(90), &before);
        QCOMPARE(accepted.size(), 3);
        QCOMPARE(before.size(), 3);
        QCOMPARE(before.first(), items.first());
        for (const domain::PatchItem &p : accepted) {
            QCOMPARE(p.status, domain::PatchStatus::RiskAccepted);
            QCOMPARE(p.acceptedReason, QStringLiteral("更新待ち"));
            QCOMPARE(p.acceptedReviewDate, today.addDays(90));
        }

        domain::Asset router;
        router.id = 7;
        router.vendor = QStringLiteral("Yamaha");
        router.product = QStringLiteral("RTX1210");
        router.version = QStringLiteral("14.01.38");
        domain::PatchPolicy policy;
        const domain::PatchItem fresh = patches::newItemFor(router, policy, today);
        QCOMPARE(fresh.assetId, 7);
        QCOMPARE(fresh.product, QStringLiteral("Yamaha RTX1210"));
        QCOMPARE(fresh.installedVersion, QStringLiteral("14.01.38"));
        QCOMPARE(fresh.found, today);
        QCOMPARE(fresh.due, domain::dueDate(fresh, policy));
        router.vendor.clear();
        QCOMPARE(patches::newItemFor(router, policy, today).product, QStringLiteral("RTX1210"));
    }

    // The page's proposals: the stored feed entries are read once per
    // import, and the same proposals compare equal.
    void proposalSourceFollowsImports()
    {
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        QVERIFY(store::migrate(**db));
        domain::Asset mft;
        mft.name = QStringLiteral("ファイル転送");
        mft.kind = domain::AssetKind::Device;
        mft.vendor = QStringLiteral("Progress");
        mft.product = QStringLiteral("MOVEit Transfer");
        QVERIFY(store::AssetRepository(**db).insert(mft));
        const QDate today = clock::today();
        patches::ProposalSource source;
        QVERIFY(source.current(**db, today)->isEmpty());
        QVERIFY(patches::importFeed(
            **db, *feeds::readFeedFile(QStringLiteral(
                      KAMAE_TEST_DATA "/feeds/known_exploited_vulnerabilities.json"))));
        const auto first = source.current(**db, today);
        QVERIFY(first && !first->isEmpty());
        QVERIFY(*first == patches::currentProposals(**db, today).value());
        const auto again = source.current(**db, today);
        QVERIFY(*again == *first);
        patches::Proposal other = first->first();
        other.reason.alias = !other.reason.alias;
        QVERIFY(other != first->first());
    }
};

QTEST_GUILESS_MAIN(TestPatchStore)
#include "tst_patch_store.moc"
