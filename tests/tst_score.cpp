// The posture score, as docs/scoring.md states it: the weighing, every
// factor source on tiny inputs, the ranked next actions, the self-check and
// its evidence, SECURITY ACTION readiness, the repository, the snapshots and
// their trend, the JSON shape, and the worked example of docs/scoring.md
// pinned number by number (computed by hand there, not by this engine).
#include "TestSupport.h"

#include "backups/BackupRules.h"
#include "core/Clock.h"
#include "score/Evidence.h"
#include "score/FactorSupport.h"
#include "score/GettingStarted.h"
#include "score/Owners.h"
#include "score/Score.h"
#include "score/ScoreBands.h"
#include "score/ScoreInput.h"
#include "score/ScoreJson.h"
#include "score/ScoreRepository.h"
#include "score/SelfCheck.h"
#include "score/SelfCheckDesk.h"
#include "score/Snapshots.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/PatchRepository.h"
#include "training/TrainingModule.h"
#include "training/TrainingScore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <optional>
#include <vector>

using namespace kamae;
using domain::AssetKind;
using domain::BackupEventKind;
using domain::BackupResult;
using domain::Mfa;
using domain::PatchStatus;
using domain::SecurityActionLevel;
using score::Action;
using score::Answer;
using score::Band;
using score::Category;
using score::Effort;
using score::Factor;
using score::MeasureKind;
using score::Place;

// ============================================================== helpers ==

namespace {

// The worked example's day (a Tuesday), 10:00 in Tokyo.
const QDate kToday(2026, 6, 30);

void fixClock(const QDate &today = kToday, const QTime &tokyo = QTime(10, 0))
{
    clock::setFixedNow(QDateTime(today, tokyo.addSecs(-9 * 3600), QTimeZone::utc()));
    clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
}

// A database as Vault::create() leaves it: migrated, with the organisation
// row every vault has.
std::unique_ptr<store::Database> migratedDatabase()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    QSqlQuery org(db.value()->sql());
    if (!org.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                                 "VALUES (1, 'Test KK', '2026-06-30T01:00:00Z')")))
        return nullptr;
    return std::move(db.value());
}

bool tableExists(store::Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

int countRows(store::Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
        return q.value(0).toInt();
    return -1;
}

// Numbers are compared to 1e-6: the expected ones are fractions worked out
// by hand in docs/scoring.md.
bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-6;
}

QByteArray nearText(const char *what, double actual, double expected)
{
    return QByteArray(what) + " is " + QByteArray::number(actual, 'g', 12) + ", expected " +
           QByteArray::number(expected, 'g', 12);
}

#define COMPARE_NEAR(actual, expected)                                                             \
    QVERIFY2(near((actual), (expected)), nearText(#actual, (actual), (expected)).constData())

// A copy: the factor sources return temporaries.
std::optional<Factor> findFactor(const QVector<Factor> &factors, const QString &id)
{
    for (const Factor &f : factors)
        if (f.id == id)
            return f;
    return std::nullopt;
}

const Action *findAction(const Factor &f, const QString &key)
{
    for (const Action &a : f.actions)
        if (a.key == key)
            return &a;
    return nullptr;
}

double shareSum(const Factor &f)
{
    double sum = 0;
    for (const Action &a : f.actions)
        sum += a.share;
    return sum;
}

domain::Asset asset(qint64 id, const QString &name, AssetKind kind = AssetKind::Data)
{
    domain::Asset a;
    a.id = id;
    a.name = name;
    a.kind = kind;
    return a;
}

// An asset the register and the score have nothing against.
domain::Asset goodAsset(qint64 id, const QString &name, AssetKind kind, int rating = 2)
{
    domain::Asset a = asset(id, name, kind);
    a.ownerDepartment = QStringLiteral("総務部");
    a.ownerId = 1;
    a.confidentiality = rating;
    a.integrity = rating;
    a.availability = rating;
    a.reviewed = kToday;
    a.lastUpdated = kToday;
    return a;
}

domain::PatchItem patch(qint64 id, qint64 assetId, const QString &product, const QDate &due,
                        PatchStatus status = PatchStatus::Open)
{
    domain::PatchItem p;
    p.id = id;
    p.assetId = assetId;
    p.product = product;
    p.found = due.addDays(-30);
    p.due = due;
    p.status = status;
    if (status == PatchStatus::Applied)
        p.applied = due;
    return p;
}

domain::BackupCopy copyOn(domain::BackupMedia media, domain::BackupLocation location,
                          bool offline = false, bool immutable = false)
{
    domain::BackupCopy c;
    c.media = media;
    c.location = location;
    c.offline = offline;
    c.immutable = immutable;
    return c;
}

// A company job keeping 3-2-1-1-0 once it has a successful restore test.
domain::BackupJob companyJob(qint64 id, const QString &name)
{
    domain::BackupJob j;
    j.id = id;
    j.name = name;
    j.schedule = domain::Schedule::daily();
    j.started = QDate(2025, 10, 1);
    j.copies = {copyOn(domain::BackupMedia::Nas, domain::BackupLocation::OnSite),
                copyOn(domain::BackupMedia::ExternalDisk, domain::BackupLocation::OffSite, true)};
    return j;
}

domain::BackupEvent logLine(qint64 id, qint64 jobId, BackupEventKind kind, const QDate &date,
                            BackupResult result = BackupResult::Success)
{
    domain::BackupEvent e;
    e.id = id;
    e.jobId = jobId;
    e.kind = kind;
    e.date = date;
    e.result = result;
    return e;
}

// Every question answered the same way.
score::Assessment answeredAll(Answer answer, const QDate &taken = kToday, bool ipaOnly = false)
{
    score::Assessment a;
    a.taken = taken;
    for (const score::Question &q : score::questions())
        if (!ipaOnly || score::isIpaQuestion(q))
            a.answers.insert(q.key, answer);
    return a;
}

// Factors of every category, one each, weight 1, so that each is worth its
// category's full weight.
QVector<Factor> oneFactorPerCategory(double value)
{
    QVector<Factor> out;
    for (int c = 0; c < score::kCategoryCount; ++c) {
        Factor f;
        f.id = QStringLiteral("test.") + score::categoryKey(static_cast<Category>(c));
        f.category = static_cast<Category>(c);
        f.value = value;
        out.append(f);
    }
    return out;
}

Action makeAction(const QString &key, double share, Effort effort, const QString &text = {},
                  const QString &group = {})
{
    Action a;
    a.key = key;
    a.share = share;
    a.effort = effort;
    a.text = text.isEmpty() ? key : text;
    a.group = group;
    return a;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out << QString::fromLatin1(name);
    return out;
}

score::Snapshot snapshot(const QDate &day, double total)
{
    score::Snapshot s;
    s.day = day;
    s.takenAt = QDateTime(day, QTime(1, 0), QTimeZone::utc());
    s.total = total;
    return s;
}

// ---- The worked example of docs/scoring.md ---------------------------------
// 株式会社さくら工務店 on 2026-06-30: 8 assets, 3 patch items, Kamae's own
// vault job and one file-server job with their logs, and a self-assessment
// taken on 2026-04-20.

struct WorkedExample
{
    domain::Organisation organisation;
    QVector<domain::Asset> assets;
    QVector<domain::PatchItem> patches;
    QVector<domain::BackupJob> jobs;
    QVector<domain::BackupEvent> events;
    score::Assessment assessment;
};

// The KEV catalogue was imported 8 days before: current (30 days by default).
const QDate kWorkedFeedImport(2026, 6, 22);

WorkedExample workedExample()
{
    WorkedExample w;
    w.organisation.name = QStringLiteral("株式会社さくら工務店");
    w.organisation.industry = QStringLiteral("建設業");
    w.organisation.employees = 12;
    w.organisation.securityAction = SecurityActionLevel::OneStar;

    auto rated = [](qint64 id, const QString &name, AssetKind kind, const QString &owner, int c,
                    int i, int a, const QDate &reviewed) {
        domain::Asset x = asset(id, name, kind);
        x.ownerDepartment = owner;
        x.confidentiality = c;
        x.integrity = i;
        x.availability = a;
        x.reviewed = reviewed;
        return x;
    };
    const QString general = QStringLiteral("総務部");
    domain::Asset customers = rated(1, QStringLiteral("顧客台帳"), AssetKind::Data,
                                    QStringLiteral("営業部"), 3, 2, 2, QDate(2026, 4, 1));
    customers.personalData = domain::PersonalData::Personal;
    const domain::Asset accounts = rated(2, QStringLiteral("会計データ"), AssetKind::Data, general,
                                         3, 3, 2, QDate(2025, 6, 30));
    const domain::Asset drawings = rated(3, QStringLiteral("設計図面"), AssetKind::Data,
                                         QStringLiteral("設計部"), 2, 2, 2, {});
    domain::Asset server = rated(4, QStringLiteral("ファイルサーバ fs01"), AssetKind::Device,
                                 general, 3, 3, 3, QDate(2026, 1, 15));
    server.lastUpdated = QDate(2026, 6, 20);
    domain::Asset router = rated(5, QStringLiteral("VPNルータ"), AssetKind::Device, QString(), 2, 2,
                                 2, QDate(2025, 6, 29));
    router.internetFacing = true;
    router.mfa = Mfa::Off;
    router.lastUpdated = QDate(2026, 3, 1);
    domain::Asset pc = rated(6, QStringLiteral("事務PC（Windows 10）"), AssetKind::Device, general,
                             2, 2, 2, QDate(2026, 2, 1));
    pc.endOfSupport = true;
    pc.lastUpdated = QDate(2026, 6, 25);
    domain::Asset software = rated(7, QStringLiteral("会計ソフト"), AssetKind::Software, general, 0,
                                   0, 0, QDate(2025, 5, 1));
    software.lastUpdated = QDate(2026, 6, 10);
    domain::Asset mail = rated(8, QStringLiteral("Microsoft 365 メール"), AssetKind::CloudService,
                               general, 2, 2, 2, QDate(2026, 5, 10));
    mail.internetFacing = true;
    mail.mfa = Mfa::On;
    w.assets = {customers, accounts, drawings, server, router, pc, software, mail};

    domain::PatchItem fortios = patch(1, 5, QStringLiteral("FortiOS"), QDate(2026, 6, 15));
    fortios.found = QDate(2026, 6, 1);
    fortios.cves = {QStringLiteral("CVE-2018-13379")};
    fortios.severity = domain::Severity::Critical;
    fortios.knownExploited = true;
    domain::PatchItem windows = patch(2, 6, QStringLiteral("Windows 10"), QDate(2026, 8, 9));
    windows.found = QDate(2026, 6, 10);
    windows.severity = domain::Severity::High;
    domain::PatchItem samba =
        patch(3, 4, QStringLiteral("Samba"), QDate(2026, 5, 1), PatchStatus::RiskAccepted);
    samba.severity = domain::Severity::Medium;
    samba.acceptedReason = QStringLiteral("社内のみ。8月にサーバを入れ替える。");
    samba.acceptedReviewDate = QDate(2026, 6, 1);
    w.patches = {fortios, windows, samba};

    domain::BackupJob vault = backups::defaultVaultJob(QDate(2026, 1, 10));
    vault.id = 1;
    domain::BackupJob files = companyJob(2, QStringLiteral("ファイルサーバ日次バックアップ"));
    files.assetIds = {2, 4};
    w.jobs = {vault, files};
    w.events = {
        logLine(1, 1, BackupEventKind::Run, QDate(2026, 6, 5)),
        logLine(2, 1, BackupEventKind::AirGapCheck, QDate(2026, 6, 5)),
        logLine(3, 2, BackupEventKind::Run, QDate(2026, 6, 28)),
        logLine(4, 2, BackupEventKind::Run, QDate(2026, 6, 29), BackupResult::Failed),
        logLine(5, 2, BackupEventKind::RestoreTest, QDate(2026, 5, 11), BackupResult::Warnings),
        logLine(6, 2, BackupEventKind::AirGapCheck, QDate(2026, 5, 16)),
    };

    w.assessment.id = 1;
    w.assessment.taken = QDate(2026, 4, 20);
    const Answer I = Answer::Implemented;
    const Answer P = Answer::Partly;
    const Answer N = Answer::NotImplemented;
    const Answer D = Answer::DontKnow;
    // clang-format off
    const std::pair<const char *, Answer> answers[] = {
        {"ipa01", I}, {"ipa02", I}, {"ipa03", P}, {"ipa04", I}, {"ipa05", I},
        {"ipa06", P}, {"ipa07", I}, {"ipa08", N}, {"ipa09", I}, {"ipa10", D},
        {"ipa11", I}, {"ipa12", P}, {"ipa13", P}, {"ipa14", I}, {"ipa15", I},
        {"ipa16", N}, {"ipa17", I}, {"ipa18", P}, {"ipa19", I}, {"ipa20", N},
        {"ipa21", D}, {"ipa22", P}, {"ipa23", P}, {"ipa24", N}, {"ipa25", P},
        {"kamae.mfa", P}, {"kamae.bcp.plan", N}, {"kamae.incident.reporting", P},
        // kamae.bcp.review, kamae.supplychain.sites and kamae.policy: not answered.
    };
    // clang-format on
    for (const auto &[key, answer] : answers)
        w.assessment.answers.insert(QString::fromLatin1(key), answer);
    return w;
}

score::ScoreInput inputOf(const WorkedExample &w)
{
    score::ScoreInput in;
    in.organisation = w.organisation;
    in.assets = w.assets;
    in.patches = w.patches;
    in.backupJobs = w.jobs;
    in.backupEvents = w.events;
    in.assessment = w.assessment;
    in.newestFeedImport = kWorkedFeedImport;
    return in;
}

// The same data through the real repositories; ids are kept (the
// repositories keep an id given to them, as undo does).
QString storeWorkedExample(store::Database &db, const WorkedExample &w)
{
    if (Status s = store::OrganisationRepository(db).save(w.organisation); !s)
        return s.error();
    store::AssetRepository assets(db);
    for (const domain::Asset &a : w.assets) {
        auto id = assets.insert(a);
        if (!id)
            return id.error();
        if (*id != a.id)
            return QStringLiteral("asset id %1 stored as %2").arg(a.id).arg(*id);
    }
    store::PatchRepository patches(db);
    for (const domain::PatchItem &p : w.patches) {
        auto id = patches.insert(p);
        if (!id)
            return id.error();
        if (*id != p.id)
            return QStringLiteral("patch id %1 stored as %2").arg(p.id).arg(*id);
    }
    store::BackupRepository backups(db);
    // Every vault has Kamae's own job already; the example only dates it.
    auto vault = backups.vaultJob();
    if (!vault)
        return vault.error();
    if (vault->id != w.jobs.at(0).id)
        return QStringLiteral("the vault job has id %1").arg(vault->id);
    domain::BackupJob dated = *vault;
    dated.started = w.jobs.at(0).started;
    if (auto saved = backups.save(dated); !saved)
        return saved.error();
    for (int i = 1; i < w.jobs.size(); ++i) {
        auto saved = backups.save(w.jobs.at(i));
        if (!saved)
            return saved.error();
        if (saved->id != w.jobs.at(i).id)
            return QStringLiteral("job id %1 stored as %2").arg(w.jobs.at(i).id).arg(saved->id);
    }
    for (const domain::BackupEvent &e : w.events) {
        if (auto id = backups.addEvent(e); !id)
            return id.error();
    }
    if (auto saved = store::ScoreRepository(db).saveAssessment(w.assessment); !saved)
        return saved.error();
    // The feed as FeedStore records an import (10:00 in Tokyo that day).
    QSqlQuery feed(db.sql());
    feed.prepare(QStringLiteral("INSERT INTO feed (kind, version, released, title, imported_at, "
                                "file_entries) VALUES ('kev', '2026.06.21', "
                                "'2026-06-21T18:00:00Z', 'CISA KEV', ?, 1200)"));
    feed.addBindValue(
        QDateTime(kWorkedFeedImport, QTime(1, 0), QTimeZone::utc()).toString(Qt::ISODateWithMs));
    if (!feed.exec())
        return feed.lastError().text();
    return {};
}

struct ExpectedFactor
{
    const char *id;
    double value;
    double maxPoints;
    double points;
};

// docs/scoring.md, "Worked example", step 2: every factor, by hand.
const ExpectedFactor kWorkedFactors[] = {
    {"assets.register", 3.0 / 4, 15.0 / 7, 45.0 / 28},
    {"assets.classified", 3.0 / 4, 45.0 / 14, 135.0 / 56},
    {"assets.reviewed", 5.0 / 8, 15.0 / 7, 75.0 / 56},
    {"patches.exploited", 1.0 / 2, 20.0 / 3, 10.0 / 3},
    {"patches.on_time", 1.0 / 3, 40.0 / 9, 40.0 / 27},
    {"patches.current", 1.0 / 2, 40.0 / 9, 20.0 / 9},
    {"mfa.internet_facing", 1.0 / 2, 15.0 / 4, 15.0 / 8},
    {"backups.rules", 7.0 / 10, 5.0, 7.0 / 2},
    {"backups.restore_test", 1.0 / 4, 5.0, 5.0 / 4},
    {"backups.air_gap", 3.0 / 4, 10.0 / 3, 5.0 / 2},
    {"backups.runs", 1.0 / 2, 5.0 / 3, 5.0 / 6},
    {"backups.coverage", 2.0 / 3, 10.0 / 3, 20.0 / 9},
    {"self.ipa01", 1.0 / 2, 20.0 / 9, 10.0 / 9},
    {"self.ipa02", 1.0, 20.0 / 9, 20.0 / 9},
    {"self.ipa03", 1.0 / 2, 5.0 / 4, 5.0 / 8},
    {"self.ipa04", 1.0, 5.0 / 4, 5.0 / 4},
    {"self.ipa05", 1.0, 10.0 / 3, 10.0 / 3},
    {"self.ipa06", 1.0 / 2, 5.0 / 7, 5.0 / 14},
    {"self.ipa07", 1.0, 5.0 / 7, 5.0 / 7},
    {"self.ipa08", 0.0, 5.0 / 7, 0.0},
    {"self.ipa09", 1.0, 5.0 / 4, 5.0 / 4},
    {"self.ipa10", 0.0, 5.0 / 7, 0.0},
    {"self.ipa11", 1.0, 5.0 / 3, 5.0 / 3},
    {"self.ipa12", 1.0 / 2, 15.0 / 14, 15.0 / 28},
    {"self.ipa13", 1.0 / 2, 15.0 / 14, 15.0 / 28},
    {"self.ipa14", 1.0, 5.0 / 4, 5.0 / 4},
    {"self.ipa15", 1.0, 15.0 / 14, 15.0 / 14},
    {"self.ipa16", 0.0, 15.0 / 14, 0.0},
    {"self.ipa17", 1.0, 15.0 / 14, 15.0 / 14},
    {"self.ipa18", 1.0 / 2, 15.0 / 14, 15.0 / 28},
    {"self.ipa19", 1.0, 5.0 / 7, 5.0 / 7},
    {"self.ipa20", 0.0, 5.0 / 7, 0.0},
    {"self.ipa21", 0.0, 15.0 / 14, 0.0},
    {"self.ipa22", 1.0 / 2, 5.0 / 3, 5.0 / 6},
    {"self.ipa23", 1.0 / 2, 5.0 / 3, 5.0 / 6},
    {"self.ipa24", 0.0, 10.0 / 3, 0.0},
    {"self.ipa25", 1.0 / 2, 5.0 / 7, 5.0 / 14},
    {"self.kamae.mfa", 1.0 / 2, 5.0 / 4, 5.0 / 8},
    {"self.kamae.bcp.plan", 0.0, 5.0, 0.0},
    {"self.kamae.bcp.review", 0.0, 5.0, 0.0},
    {"self.kamae.incident.reporting", 1.0 / 2, 10.0 / 3, 5.0 / 3},
    {"self.kamae.supplychain.sites", 0.0, 5.0 / 3, 0.0},
    {"self.kamae.policy", 0.0, 5.0 / 7, 0.0},
    // Nothing about training is recorded: the module's factors keep their
    // share of education (3, 2 and 1 of its 14 weight units) and earn nothing.
    {"training.coverage", 0.0, 15.0 / 7, 0.0},
    {"training.drill", 0.0, 10.0 / 7, 0.0},
    {"training.report_rate", 0.0, 5.0 / 7, 0.0},
};

// Step 3: the categories (points; every category applies, weights unscaled).
const double kWorkedCategories[score::kCategoryCount] = {
    255.0 / 28, // assets        9.107
    280.0 / 27, // vulnerabilities 10.370
    55.0 / 8,   // authentication 6.875
    431.0 / 36, // backups      11.972
    15.0 / 7,   // education     2.143
    0.0,        // bcp
    5.0,        // incidents
    5.0 / 3,    // supply chain  1.667
};
const int kWorkedCategoryPercents[score::kCategoryCount] = {61, 52, 69, 60, 21, 0, 50, 33};

// Step 4: the kinds (max points, points, percent).
const double kWorkedKindMax[score::kMeasureKindCount] = {1135.0 / 21, 835.0 / 84, 3025.0 / 84};
const double kWorkedKindPoints[score::kMeasureKindCount] = {23461.0 / 756, 195.0 / 28,
                                                            1535.0 / 168};
const int kWorkedKindPercents[score::kMeasureKindCount] = {57, 70, 25};

// Step 5: the total, 47.134…
const double kWorkedTotal = 10181.0 / 216;

// Step 6: the next actions.
struct ExpectedAction
{
    const char *key;
    double points;
    Effort effort;
};
// Ranked by points ÷ effort, an answer's points at half (kAnswerRankFactor).
const ExpectedAction kWorkedNextActions[] = {
    {"self.unanswered", 155.0 / 21, Effort::Minutes},   // answers: 7.381 / 1 × ½ = 3.690
    {"patches.exploited:1", 10.0 / 3, Effort::Hours},   // 1.667
    {"backups.restore_test:1", 5.0 / 2, Effort::Hours}, // 1.25
    {"training.coverage", 15.0 / 7, Effort::Hours},     // 1.071: nothing recorded yet
    {"mfa.internet_facing:5", 15.0 / 8, Effort::Hours}, // 0.938
    {"backups.air_gap:2", 5.0 / 6, Effort::Minutes},    // 0.833
    // Tied at 0.741 with the same points: by key.
    {"patches.on_time:1", 40.0 / 27, Effort::Hours},
    {"patches.on_time:3", 40.0 / 27, Effort::Hours},
    // Tied at 0.625: the one with more points first.
    {"self.kamae.bcp.plan", 5.0, Effort::Days}, // answers: 5 / 4 × ½
    {"backups.restore_test:2", 5.0 / 4, Effort::Hours},
};

// The points resting on answers, per category and in total (1895/84 = 22.560).
const double kWorkedAnswerPoints[score::kCategoryCount] = {
    15.0 / 4, 10.0 / 3, 5.0, 5.0 / 3, 15.0 / 7, 0.0, 5.0, 5.0 / 3,
};
const double kWorkedTotalAnswerPoints = 1895.0 / 84;

} // namespace

// ================================================================ tests ==

class TestScore final : public QObject
{
    Q_OBJECT

private:
    // Compares a computed score with the worked example's hand computation.
    void checkWorkedExample(const score::Score &s)
    {
        QCOMPARE(s.day, kToday);
        // and the action-only owners factor, which weighs nothing.
        QCOMPARE(s.factors.size(), qsizetype(std::size(kWorkedFactors)) + 1);
        for (const ExpectedFactor &e : kWorkedFactors) {
            auto f = findFactor(s.factors, QString::fromLatin1(e.id));
            QVERIFY2(f, e.id);
            QVERIFY2(f->applies, e.id);
            // Three questions are unanswered: not recorded; everything else is.
            const bool unanswered = f->id == QStringLiteral("self.kamae.bcp.review") ||
                                    f->id == QStringLiteral("self.kamae.supplychain.sites") ||
                                    f->id == QStringLiteral("self.kamae.policy");
            const bool training = f->id.startsWith(QStringLiteral("training."));
            QVERIFY2(f->measured == !(unanswered || training), e.id);
            QCOMPARE(f->basis, f->id.startsWith(QStringLiteral("self.")) ? score::Basis::Answers
                                                                         : score::Basis::Records);
            QVERIFY2(near(f->value, e.value), nearText(e.id, f->value, e.value).constData());
            QVERIFY2(near(f->maxPoints, e.maxPoints),
                     nearText(e.id, f->maxPoints, e.maxPoints).constData());
            QVERIFY2(near(f->points, e.points), nearText(e.id, f->points, e.points).constData());
            QVERIFY2(near(f->lost(), e.maxPoints - e.points), e.id);
        }
        for (int c = 0; c < score::kCategoryCount; ++c) {
            const score::CategoryScore &cs = s.categories.at(c);
            QVERIFY(cs.applies);
            COMPARE_NEAR(cs.weight, score::categoryWeight(static_cast<Category>(c)));
            COMPARE_NEAR(cs.points, kWorkedCategories[c]);
            QCOMPARE(cs.percent(), kWorkedCategoryPercents[c]);
            COMPARE_NEAR(cs.answerPoints, kWorkedAnswerPoints[c]);
            COMPARE_NEAR(cs.recordPoints(), kWorkedCategories[c] - kWorkedAnswerPoints[c]);
        }
        COMPARE_NEAR(s.answerPoints, kWorkedTotalAnswerPoints);
        COMPARE_NEAR(s.recordPoints(), 37157.0 / 1512); // 24.575
        QCOMPARE(score::ScoreText::pointsWithDeclared(s.total, s.answerPoints),
                 QStringLiteral("47 (of which 23 self-declared)"));
        for (int k = 0; k < score::kMeasureKindCount; ++k) {
            COMPARE_NEAR(s.kinds.at(k).maxPoints, kWorkedKindMax[k]);
            COMPARE_NEAR(s.kinds.at(k).points, kWorkedKindPoints[k]);
            QCOMPARE(s.kinds.at(k).percent(), kWorkedKindPercents[k]);
        }
        COMPARE_NEAR(s.total, kWorkedTotal);
        QCOMPARE(score::roundedPoints(s.total), 47.1);
        QCOMPARE(s.rounded(), 47);

        const QVector<Action> next = score::rankedActions(s);
        QVERIFY(next.size() >= int(std::size(kWorkedNextActions)));
        for (int i = 0; i < int(std::size(kWorkedNextActions)); ++i) {
            const ExpectedAction &e = kWorkedNextActions[i];
            QCOMPARE(next.at(i).key, QString::fromLatin1(e.key));
            QVERIFY2(near(next.at(i).points, e.points),
                     nearText(e.key, next.at(i).points, e.points).constData());
            QCOMPARE(next.at(i).effort, e.effort);
        }
        // One drill measures both drill factors: one line worth both.
        const auto drill = std::find_if(next.cbegin(), next.cend(), [](const Action &a) {
            return a.key == QStringLiteral("training.drill");
        });
        QVERIFY(drill != next.cend());
        COMPARE_NEAR(drill->points, 15.0 / 7);
        QCOMPARE(drill->effort, Effort::Days);
        QCOMPARE(drill->place, QStringLiteral("training"));
        const QVector<Action> five = score::rankedActions(s, score::kNextActionCount);
        // Five ranked, then the action-only "Assign an owner to …" (nobody
        // owns anything in the example).
        QCOMPARE(five.size(), 6);
        QCOMPARE(five.at(4).key, QStringLiteral("mfa.internet_facing:5"));
        QCOMPARE(five.last().key, QStringLiteral("owners.assign"));
        // The three unanswered questions are one line.
        QCOMPARE(next.first().text,
                 QStringLiteral("Answer the 3 open self-assessment question(s)"));
        QCOMPARE(next.first().place, modules::key::SelfAssessment);
    }

private slots:
    void initTestCase() { test::setTestApplication("tst_score"); }
    void cleanup() { clock::reset(); }

    // ---- The categories and the weighing --------------------------------

    void categoryWeightsMakeOneHundred()
    {
        const double expected[] = {15, 20, 10, 20, 10, 10, 10, 5};
        double sum = 0;
        for (int c = 0; c < score::kCategoryCount; ++c) {
            QCOMPARE(score::categoryWeight(static_cast<Category>(c)), expected[c]);
            sum += score::categoryWeight(static_cast<Category>(c));
        }
        QCOMPARE(sum, 100.0);
        QCOMPARE(score::categoryKey(Category::SupplyChain), QStringLiteral("supply_chain"));
        QCOMPARE(score::kindKey(MeasureKind::Human), QStringLiteral("human"));
        QCOMPARE(score::effortKey(Effort::Days), QStringLiteral("days"));
        QCOMPARE(score::placeKey(modules::key::SelfAssessment), QStringLiteral("self_assessment"));
    }

    void everyFactorAtOneMakesOneHundred()
    {
        const score::Score s = score::weigh(oneFactorPerCategory(1.0), kToday);
        QCOMPARE(s.total, 100.0);
        QCOMPARE(s.rounded(), 100);
        for (const score::CategoryScore &c : s.categories) {
            QVERIFY(c.applies);
            QCOMPARE(c.percent(), 100);
        }
        // Out-of-range values are clamped, negative weights count as 0.
        QVector<Factor> odd = oneFactorPerCategory(1.5);
        Factor negative;
        negative.id = QStringLiteral("test.negative");
        negative.category = Category::Assets;
        negative.weight = -3;
        negative.value = 0;
        odd.append(negative);
        const score::Score clamped = score::weigh(odd, kToday);
        QCOMPARE(clamped.total, 100.0);
        QCOMPARE(findFactor(clamped.factors, QStringLiteral("test.assets"))->value, 1.0);
        QCOMPARE(findFactor(clamped.factors, QStringLiteral("test.negative"))->maxPoints, 0.0);
    }

    void categoriesKeepTheirPointsNeverRescaled()
    {
        // Only Assets (15) and Backups (20) have applying factors: they keep
        // 15 and 20 points, the others score 0 of theirs; nothing is scaled.
        Factor assets;
        assets.id = QStringLiteral("a");
        assets.category = Category::Assets;
        assets.value = 1;
        Factor backups;
        backups.id = QStringLiteral("b");
        backups.category = Category::Backups;
        backups.kind = MeasureKind::Physical;
        backups.value = 0.5;
        backups.actions = {makeAction(QStringLiteral("b:1"), 0.5, Effort::Hours)};
        // Does not apply: left out of its category (Education).
        Factor idle;
        idle.id = QStringLiteral("e");
        idle.category = Category::Education;
        idle.applies = false;
        idle.value = 1;
        idle.actions = {makeAction(QStringLiteral("e:1"), 1, Effort::Minutes)};
        const score::Score s = score::weigh({assets, backups, idle}, kToday);

        COMPARE_NEAR(s.categories.at(int(Category::Assets)).weight, 15.0);
        COMPARE_NEAR(s.categories.at(int(Category::Backups)).weight, 20.0);
        COMPARE_NEAR(s.total, 15.0 + 10.0);
        QCOMPARE(s.categories.at(int(Category::Backups)).percent(), 50);
        for (Category c : {Category::Vulnerabilities, Category::Authentication, Category::Education,
                           Category::Bcp, Category::Incidents, Category::SupplyChain}) {
            QVERIFY(!s.categories.at(int(c)).applies);
            QVERIFY(!s.categories.at(int(c)).measured);
            QCOMPARE(s.categories.at(int(c)).weight, score::categoryWeight(c));
            QCOMPARE(s.categories.at(int(c)).points, 0.0);
            QCOMPARE(s.categories.at(int(c)).percent(), 0);
        }
        auto e = findFactor(s.factors, QStringLiteral("e"));
        QCOMPARE(e->maxPoints, 0.0);
        QCOMPARE(e->points, 0.0);
        QCOMPARE(e->actions.first().points, 0.0);
        COMPARE_NEAR(findFactor(s.factors, QStringLiteral("b"))->actions.first().points, 0.5 * 20);
        // The kinds follow the factors.
        COMPARE_NEAR(s.kinds.at(int(MeasureKind::Technical)).maxPoints, 15.0);
        COMPARE_NEAR(s.kinds.at(int(MeasureKind::Physical)).points, 10.0);
        QCOMPARE(s.kinds.at(int(MeasureKind::Human)).percent(), 0);
        // Nothing applies at all: 0, not a division by zero.
        const score::Score nothing = score::weigh({idle}, kToday);
        QCOMPARE(nothing.total, 0.0);
    }

    void unmeasuredFactorKeepsItsShareAndEarnsNothing()
    {
        // Vulnerabilities (20): a measured factor of weight 1 at value 1 and
        // an unmeasured one of weight 3 whose value claims 1: 5 points, not 20.
        Factor measured;
        measured.id = QStringLiteral("m");
        measured.category = Category::Vulnerabilities;
        measured.value = 1;
        Factor blind;
        blind.id = QStringLiteral("u");
        blind.category = Category::Vulnerabilities;
        blind.weight = 3;
        blind.value = 1; // ignored: nothing was recorded
        blind.measured = false;
        blind.actions = {makeAction(QStringLiteral("u:feed"), 1.0, Effort::Hours)};
        score::Score s = score::weigh({measured, blind}, kToday);
        const score::CategoryScore &v = s.categories.at(int(Category::Vulnerabilities));
        COMPARE_NEAR(v.points, 5.0);
        QCOMPARE(v.percent(), 25);
        QVERIFY(v.measured);
        auto u = findFactor(s.factors, QStringLiteral("u"));
        QCOMPARE(u->value, 0.0);
        COMPARE_NEAR(u->maxPoints, 15.0);
        QCOMPARE(u->points, 0.0);
        COMPARE_NEAR(u->actions.first().points, 15.0); // measuring it can win its share
        COMPARE_NEAR(s.total, 5.0);

        // A category whose factors are all unmeasured scores 0, not 100.
        measured.measured = false;
        s = score::weigh({measured, blind}, kToday);
        QCOMPARE(s.categories.at(int(Category::Vulnerabilities)).points, 0.0);
        QVERIFY(!s.categories.at(int(Category::Vulnerabilities)).measured);
        QVERIFY(s.categories.at(int(Category::Vulnerabilities)).applies);
        QCOMPARE(s.total, 0.0);
    }

    void answerPointsAreSummedApart()
    {
        Factor record;
        record.id = QStringLiteral("r");
        record.category = Category::Backups;
        record.weight = 3;
        record.value = 1;
        Factor answer;
        answer.id = QStringLiteral("q");
        answer.category = Category::Backups;
        answer.basis = score::Basis::Answers;
        answer.value = 0.5;
        Factor pure = answer;
        pure.id = QStringLiteral("bcp");
        pure.category = Category::Bcp;
        pure.value = 1;
        const score::Score s = score::weigh({record, answer, pure}, kToday);
        const score::CategoryScore &b = s.categories.at(int(Category::Backups));
        COMPARE_NEAR(b.points, 15.0 + 2.5);
        COMPARE_NEAR(b.answerPoints, 2.5);
        COMPARE_NEAR(b.recordPoints(), 15.0);
        COMPARE_NEAR(s.categories.at(int(Category::Bcp)).answerPoints, 10.0);
        COMPARE_NEAR(s.answerPoints, 12.5);
        COMPARE_NEAR(s.recordPoints(), 15.0);
        COMPARE_NEAR(s.total, 27.5);
        QCOMPARE(score::ScoreText::pointsWithDeclared(s.total, s.answerPoints),
                 QStringLiteral("28 (of which 13 self-declared)"));
        QCOMPARE(score::ScoreText::pointsWithDeclared(15, 0), QStringLiteral("15"));
        QCOMPARE(score::basisKey(score::Basis::Answers), QStringLiteral("answers"));
        QCOMPARE(score::basisKey(score::Basis::Records), QStringLiteral("records"));
    }

    void answersRankBelowRecords()
    {
        // 2 points by an answer alone and 1.5 points from a record, both
        // in hours: the record comes first (2 × ½ < 1.5).
        Factor answer;
        answer.id = QStringLiteral("self.x");
        answer.category = Category::Bcp; // 10 points
        answer.basis = score::Basis::Answers;
        Action put = makeAction(QStringLiteral("self.x"), 0.2, Effort::Hours);
        put.basis = score::Basis::Answers;
        answer.actions = {put};
        Factor record;
        record.id = QStringLiteral("r");
        record.category = Category::Incidents; // 10 points
        record.actions = {makeAction(QStringLiteral("r:1"), 0.15, Effort::Hours)};
        const score::Score s = score::weigh({answer, record}, kToday);
        const QVector<Action> ranked = score::rankedActions(s);
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked.at(0).key, QStringLiteral("r:1"));
        COMPARE_NEAR(ranked.at(1).points, 2.0); // the points shown are not discounted
        COMPARE_NEAR(ranked.at(1).rankValue(), 0.5);
        COMPARE_NEAR(ranked.at(0).rankValue(), 0.75);
    }

    void factorsShareTheirCategoryByWeight()
    {
        Factor heavy;
        heavy.id = QStringLiteral("heavy");
        heavy.category = Category::Vulnerabilities;
        heavy.weight = 3;
        heavy.value = 1;
        Factor light = heavy;
        light.id = QStringLiteral("light");
        light.weight = 1;
        light.value = 0;
        QVector<Factor> all = oneFactorPerCategory(1.0);
        all.removeAt(int(Category::Vulnerabilities));
        all << heavy << light;
        const score::Score s = score::weigh(all, kToday);
        COMPARE_NEAR(findFactor(s.factors, QStringLiteral("heavy"))->maxPoints, 15.0);
        COMPARE_NEAR(findFactor(s.factors, QStringLiteral("light"))->maxPoints, 5.0);
        COMPARE_NEAR(s.total, 95.0);
    }

    void recencyFallsLinearly()
    {
        using score::support::recency;
        QCOMPARE(recency(kToday, 30, kToday), 1.0);
        QCOMPARE(recency(kToday.addDays(-30), 30, kToday), 1.0);
        QCOMPARE(recency(kToday.addDays(-31), 30, kToday), 1.0 - 1.0 / 30);
        QCOMPARE(recency(kToday.addDays(-45), 30, kToday), 0.5);
        QCOMPARE(recency(kToday.addDays(-135), 90, kToday), 0.5);
        QCOMPARE(recency(kToday.addDays(-60), 30, kToday), 0.0);
        QCOMPARE(recency(kToday.addDays(-400), 30, kToday), 0.0);
        QCOMPARE(recency(QDate(), 30, kToday), 0.0);
        QCOMPARE(recency(kToday, 0, kToday), 0.0);
    }

    void rankedActionsOrderAndMerge()
    {
        QVector<Factor> all = oneFactorPerCategory(0.0);
        auto at = [&all](Category c) -> Factor & {
            return all[int(c)];
        };
        // Assets (15 points): 3 points for Hours, 6 points for Days: both 1.5 per effort.
        at(Category::Assets).actions = {
            makeAction(QStringLiteral("a:1"), 0.2, Effort::Hours, QStringLiteral("Charlie")),
            makeAction(QStringLiteral("a:2"), 0.4, Effort::Days, QStringLiteral("Delta"))};
        // Vulnerabilities (20): 2 points in minutes, 2 per effort.
        at(Category::Vulnerabilities).actions = {
            makeAction(QStringLiteral("v:1"), 0.1, Effort::Minutes, QStringLiteral("Echo"))};
        // Authentication (10): 3 points for Hours, ties a:1 on both: by key,
        // not by the (translated) text, which would put "Bravo" first.
        at(Category::Authentication).actions = {
            makeAction(QStringLiteral("t:1"), 0.3, Effort::Hours, QStringLiteral("Bravo"))};
        // Backups: an action worth nothing is not listed.
        at(Category::Backups).actions = {makeAction(QStringLiteral("b:0"), 0, Effort::Minutes)};
        // One group over three categories: one line of 30 points.
        for (Category c : {Category::Education, Category::Bcp, Category::Incidents})
            at(c).actions = {makeAction(score::categoryKey(c), 1.0, Effort::Minutes,
                                        score::categoryKey(c), QStringLiteral("grp"))};
        const score::Score s = score::weigh(all, kToday);
        const QVector<Action> ranked = score::rankedActions(s);
        QStringList keys;
        for (const Action &a : ranked)
            keys << a.key;
        QCOMPARE(keys,
                 QStringList({QStringLiteral("grp"), QStringLiteral("v:1"), QStringLiteral("a:2"),
                              QStringLiteral("a:1"), QStringLiteral("t:1")}));
        COMPARE_NEAR(ranked.at(0).points, 30.0);
        QCOMPARE(ranked.at(0).text, QStringLiteral("education")); // the first of the group
        COMPARE_NEAR(ranked.at(0).pointsPerEffort(), 30.0);
        COMPARE_NEAR(ranked.at(2).pointsPerEffort(), 1.5);
        QCOMPARE(score::rankedActions(s, 3).size(), 3);
        QCOMPARE(score::rankedActions(s, 0).size(), 0);
        QCOMPARE(score::rankedActions(s, 99).size(), 5);
    }

    // "Not assigned" is an action of its own that never moves a point.
    void ownersActionDoesNotChangePoints()
    {
        score::ScoreInput in = inputOf(workedExample());
        in.people = {domain::Person{}};
        in.people[0].id = 40;
        in.people[0].kind = domain::PersonKind::Department;
        in.people[0].name = QStringLiteral("総務部");
        const score::Score before = score::computeScore(in, kToday);

        const auto owners =
            std::find_if(before.factors.cbegin(), before.factors.cend(),
                         [](const Factor &f) { return f.id == QLatin1String("owners.assigned"); });
        QVERIFY(owners != before.factors.cend());
        QVERIFY(!owners->applies);
        QCOMPARE(owners->maxPoints, 0.0);
        QCOMPARE(owners->points, 0.0);
        // The same total as without the owners factor at all.
        QVector<Factor> others;
        for (const Factor &f : score::computeScore(in, kToday).factors) {
            if (f.id != QLatin1String("owners.assigned"))
                others.append(f);
        }
        COMPARE_NEAR(score::weigh(others, kToday).total, before.total);

        // Nothing assigned: one grouped action after the ranked ones, worth 0.
        const QVector<Action> next = score::rankedActions(before, score::kNextActionCount);
        QCOMPARE(next.size(), score::kNextActionCount + 1);
        QCOMPARE(next.last().key, QStringLiteral("owners.assign"));
        QCOMPARE(next.last().points, 0.0);
        QVERIFY(next.last().actionOnly);
        QVERIFY2(next.last().text.startsWith(QStringLiteral("Assign an owner to ")),
                 qPrintable(next.last().text));
        QVERIFY2(next.last().text.contains(QStringLiteral("backup job")),
                 qPrintable(next.last().text));
        // Not when only the first steps are asked for.
        QCOMPARE(score::rankedActions(before, 0).size(), 0);
        QCOMPARE(score::rankedActions(before, 1).size(), 1);
        QCOMPARE(score::rankedActions(before, -1).last().key, QStringLiteral("owners.assign"));

        // Everything assigned: the action goes, and no point moves.
        score::ScoreInput owned = in;
        for (domain::Asset &a : owned.assets)
            a.ownerId = 40;
        for (domain::BackupJob &j : owned.backupJobs)
            j.ownerId = 40;
        const score::Score after = score::computeScore(owned, kToday);
        QCOMPARE(after.total, before.total);
        QCOMPARE(after.factors.size(), before.factors.size());
        for (int i = 0; i < after.factors.size(); ++i)
            QCOMPARE(after.factors.at(i).points, before.factors.at(i).points);
        for (int c = 0; c < after.categories.size(); ++c)
            QCOMPARE(after.categories.at(c).points, before.categories.at(c).points);
        for (const Action &a : score::rankedActions(after, -1))
            QVERIFY(a.key != QLatin1String("owners.assign"));
    }

    void ownerOfAnAction()
    {
        score::ScoreInput in = inputOf(workedExample());
        QVERIFY(!in.patches.isEmpty());
        domain::PatchItem &item = in.patches[0];
        for (domain::Asset &a : in.assets) {
            if (a.id == item.assetId)
                a.ownerId = 7;
        }
        Action onPatch;
        onPatch.key = QStringLiteral("patches.on_time:%1").arg(item.id);
        onPatch.place = modules::key::Patches;
        onPatch.recordId = item.id;
        QCOMPARE(score::ownerOfAction(in, onPatch), qint64(7)); // its asset's owner
        item.ownerId = 8;
        QCOMPARE(score::ownerOfAction(in, onPatch), qint64(8)); // its own
        in.actionOwners.insert(onPatch.key, 9);
        QCOMPARE(score::ownerOfAction(in, onPatch), qint64(9)); // the action's own first
        Action page;
        page.key = QStringLiteral("self.unanswered");
        QCOMPARE(score::ownerOfAction(in, page), qint64(0));
        in.people = {domain::Person{}};
        in.people[0].id = 9;
        in.people[0].name = QStringLiteral("佐藤");
        QCOMPARE(score::ownerName(in, 9), QStringLiteral("佐藤"));
        QVERIFY(score::ownerName(in, 8).isEmpty());
    }

    // ---- The worked example of docs/scoring.md --------------------------

    void workedExampleFromInput()
    {
        checkWorkedExample(score::computeScore(inputOf(workedExample()), kToday));
    }

    void workedExampleFromDatabase()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        const QString error = storeWorkedExample(*db, workedExample());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto input = score::loadScoreInput(*db);
        QVERIFY2(input, qPrintable(input.error()));
        QCOMPARE(input->assets.size(), 8);
        QCOMPARE(input->patches.size(), 3);
        QCOMPARE(input->backupJobs.size(), 2);
        QCOMPARE(input->backupEvents.size(), 6);
        QVERIFY(input->assessment);
        QCOMPARE(input->assessment->answers.size(), 28);
        QCOMPARE(input->organisation.securityAction, SecurityActionLevel::OneStar);
        auto s = score::computeScore(*db, kToday);
        QVERIFY2(s, qPrintable(s.error()));
        checkWorkedExample(*s);
    }

    void workedExampleDetails()
    {
        const score::ScoreInput in = inputOf(workedExample());
        const score::Score s = score::computeScore(in, kToday);
        // The actions of step 2, with their shares.
        struct Expected
        {
            const char *factor;
            const char *key;
            double share;
            Effort effort;
        };
        const Expected actions[] = {
            {"assets.register", "assets.register:3", 0.25, Effort::Hours},
            {"assets.classified", "assets.classified", 0.25, Effort::Hours},
            {"assets.reviewed", "assets.reviewed", 0.375, Effort::Hours},
            {"patches.on_time", "patches.on_time:3", 1.0 / 3, Effort::Hours},
            {"patches.on_time", "patches.on_time:1", 1.0 / 3, Effort::Hours},
            {"patches.current", "patches.current:unsupported", 0.25, Effort::Days},
            {"patches.current", "patches.current:stale", 0.25, Effort::Hours},
            {"backups.rules", "backups.rules:1", 0.2, Effort::Hours},
            {"backups.rules", "backups.rules:2", 0.1, Effort::Hours},
            {"backups.restore_test", "backups.restore_test:1", 0.5, Effort::Hours},
            {"backups.restore_test", "backups.restore_test:2", 0.25, Effort::Hours},
            {"backups.air_gap", "backups.air_gap:2", 0.25, Effort::Minutes},
            {"backups.runs", "backups.runs:2", 0.5, Effort::Hours},
            {"backups.coverage", "backups.coverage", 1.0 / 3, Effort::Hours},
            {"self.ipa01", "self.ipa01:evidence", 0.5, Effort::Hours},
            {"self.ipa10", "self.ipa10", 1.0, Effort::Hours},
            {"self.ipa20", "self.ipa20", 1.0, Effort::Days},
        };
        for (const Expected &e : actions) {
            auto f = findFactor(s.factors, QString::fromLatin1(e.factor));
            QVERIFY2(f, e.factor);
            const Action *a = findAction(*f, QString::fromLatin1(e.key));
            QVERIFY2(a, e.key);
            QVERIFY2(near(a->share, e.share), nearText(e.key, a->share, e.share).constData());
            QCOMPARE(a->effort, e.effort);
            QVERIFY2(near(a->points, e.share * f->maxPoints), e.key);
        }
        // Every factor's actions win back exactly what it lost.
        for (const Factor &f : s.factors) {
            if (f.value < 1.0)
                QVERIFY2(near(shareSum(f), 1.0 - f.value), qPrintable(f.id));
            else
                QVERIFY2(f.actions.isEmpty(), qPrintable(f.id));
        }
        // The longest overdue first: the risk accepted since 06-01, then the update due 06-15.
        auto late = findFactor(s.factors, QStringLiteral("patches.on_time"));
        QCOMPARE(late->actions.at(0).key, QStringLiteral("patches.on_time:3"));
        QCOMPARE(late->actions.at(0).text,
                 QStringLiteral("Review the accepted risk of Samba on “ファイルサーバ fs01”"));
        // The self-check of step 7.
        const score::SelfCheckResult r = score::evaluate(*in.assessment);
        QCOMPARE(r.ipaScore, 58);
        QCOMPARE(r.answered, 25);
        QCOMPARE(r.band, Band::NeedsWork);
        QCOMPARE(r.partScore[0], 18);
        QCOMPARE(r.partScore[1], 31);
        QCOMPARE(r.partScore[2], 9);
        const score::SecurityActionReadiness sa =
            score::securityActionReadiness(&*in.assessment, in.organisation.securityAction, kToday);
        QVERIFY(!sa.oneStarReady);
        QCOMPARE(sa.ready(), SecurityActionLevel::None);
        QVERIFY(!sa.mismatch.isEmpty());
    }

    // ---- An empty vault ---------------------------------------------------

    void emptyVault()
    {
        fixClock();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        vault::VaultStatus status;
        auto v = vault::Vault::create(
            dir.filePath(QStringLiteral("new.kamae")), QStringLiteral("score-Passphrase-1 ひみつ"),
            QStringLiteral("新規株式会社"), test::cheapOptions(), nullptr, &status);
        QVERIFY2(v, qPrintable(status.message()));
        store::Database *db = &v->database();
        auto input = score::loadScoreInput(*db);
        QVERIFY2(input, qPrintable(input.error()));
        QVERIFY(input->assets.isEmpty());
        QVERIFY(!input->assessment);
        QCOMPARE(input->backupJobs.size(), 1); // Kamae's own job, there from the start
        auto s = score::computeScore(*db, kToday);
        QVERIFY2(s, qPrintable(s.error()));

        // No data, no points: 0 in every measure, each keeping its points.
        QCOMPARE(s->total, 0.0);
        QCOMPARE(s->answerPoints, 0.0);
        for (const score::CategoryScore &c : s->categories) {
            QCOMPARE(c.points, 0.0);
            QCOMPARE(c.weight, score::categoryWeight(c.category));
            QVERIFY(!c.measured);
        }
        for (const Factor &f : s->factors)
            QVERIFY2(!f.applies || !f.measured, qPrintable(f.id));
        QCOMPARE(score::computeScore(*input, kToday.addDays(1)).total, 0.0);

        // The next actions: the self-assessment is worth what the answers
        // could claim (54.9, not 96.7), takes hours and ranks at half; the
        // records' actions follow. Kamae's never-copied job adds nothing
        // of its own: one "record a backup job" line.
        const QVector<Action> next = score::rankedActions(*s, score::kNextActionCount);
        QStringList keys;
        for (const Action &a : next)
            keys << a.key;
        QCOMPARE(keys,
                 QStringList({QStringLiteral("self.unanswered"), QStringLiteral("backups.start"),
                              QStringLiteral("assets.register"),
                              QStringLiteral("patches.exploited:feed"),
                              QStringLiteral("patches.current"),
                              // Kamae's own job has no owner yet: no points.
                              QStringLiteral("owners.assign")}));
        QCOMPARE(next.first().text, QStringLiteral("Take the self-assessment (31 questions)"));
        QCOMPARE(next.first().effort, Effort::Hours);
        // 15 × 7/14 + 20 × 2/9 + 10 × 5/8 + 20 × 1/12 + 25 + 10 × 8/14 = 50.575:
        // education's eight questions share its points with the three
        // training factors, which nothing recorded measures yet.
        COMPARE_NEAR(next.first().points, 7.5 + 40.0 / 9 + 6.25 + 5.0 / 3 + 25 + 40.0 / 7);
        COMPARE_NEAR(next.at(1).points, 15.0); // rules 5 + restore 5 + air gap 3.33 + runs 1.67
        // The register measures assets (7.5), MFA (3.75) and coverage (3.33).
        COMPARE_NEAR(next.at(2).points, 7.5 + 3.75 + 10.0 / 3);
        QVERIFY(next.at(2).text.startsWith(QStringLiteral("Start the asset register")));
        COMPARE_NEAR(next.at(3).points, 20.0 / 3);

        // Without Kamae's own job, the same.
        score::ScoreInput noJob = *input;
        noJob.backupJobs.clear();
        QCOMPARE(score::computeScore(noJob, kToday).total, 0.0);
    }

    void freshVaultWithNineAssetsAndNoFeed()
    {
        // The issue's vault: nine assets registered, no patch item, no feed,
        // no self-assessment. Vulnerabilities was 100 %: now 0, not recorded.
        score::ScoreInput in;
        const AssetKind kinds[] = {AssetKind::Data,    AssetKind::Data,    AssetKind::Device,
                                   AssetKind::Device,  AssetKind::Device,  AssetKind::Software,
                                   AssetKind::Account, AssetKind::Account, AssetKind::CloudService};
        for (int i = 0; i < 9; ++i) {
            domain::Asset a = asset(i + 1, QStringLiteral("asset %1").arg(i + 1), kinds[i]);
            a.registered = kToday;
            in.assets << a;
        }
        in.assets[2].internetFacing = true; // a router
        in.assets[2].mfa = Mfa::On;
        const score::Score s = score::computeScore(in, kToday);
        const score::CategoryScore &v = s.categories.at(int(Category::Vulnerabilities));
        QCOMPARE(v.points, 0.0);
        QCOMPARE(v.percent(), 0);
        QVERIFY(!v.measured);
        for (const char *id : {"patches.exploited", "patches.on_time", "patches.current"}) {
            auto f = findFactor(s.factors, QString::fromLatin1(id));
            QVERIFY2(f->applies && !f->measured, id);
        }
        auto exploited = findFactor(s.factors, QStringLiteral("patches.exploited"));
        QCOMPARE(exploited->inputs,
                 QStringLiteral("No vulnerability feed (KEV or JVN) was ever imported."));
        QCOMPARE(exploited->actions.size(), 1);
        QCOMPARE(exploited->actions.first().key, QStringLiteral("patches.exploited:feed"));
        COMPARE_NEAR(exploited->actions.first().points, 20.0 / 3);
        // The register itself earns what it shows (4 groups); MFA is measured.
        QVERIFY(s.categories.at(int(Category::Assets)).points > 0);
        QVERIFY(s.categories.at(int(Category::Authentication)).measured);
        QCOMPARE(s.answerPoints, 0.0);
    }

    void feedAgeDecidesKnownExploited()
    {
        score::ScoreInput in;
        domain::Asset vpn = goodAsset(1, QStringLiteral("VPN"), AssetKind::Device);
        vpn.internetFacing = true;
        in.assets = {vpn};
        const auto exploited = [&in](const QDate &day) {
            return *findFactor(score::patchFactors(in, day), QStringLiteral("patches.exploited"));
        };
        // Imported 30 days ago: current; 31: stale, not measured, and says so.
        in.newestFeedImport = kToday.addDays(-30);
        QVERIFY(exploited(kToday).measured);
        QCOMPARE(exploited(kToday).value, 1.0);
        const Factor stale = exploited(kToday.addDays(1));
        QVERIFY(stale.applies);
        QVERIFY(!stale.measured);
        QCOMPARE(stale.value, 0.0);
        QCOMPARE(stale.inputs, QStringLiteral("The newest vulnerability feed was imported 31 "
                                              "day(s) ago; it counts for 30 days."));
        QCOMPARE(score::feedAgeDays(in, kToday.addDays(1)), 31);
        // A stale feed earns nothing even with a known-exploited item open.
        const score::Score s = score::computeScore(in, kToday.addDays(1));
        QCOMPARE(findFactor(s.factors, QStringLiteral("patches.exploited"))->points, 0.0);
        // The age is the vault's setting.
        in.feedMaxAgeDays = 45;
        QVERIFY(exploited(kToday.addDays(1)).measured);
        QVERIFY(!exploited(kToday.addDays(16)).measured);
        // An import dated after today (a clock set back) counts as today's.
        in.newestFeedImport = kToday.addDays(2);
        QCOMPARE(score::feedAgeDays(in, kToday), 0);
        QVERIFY(score::feedIsCurrent(in, kToday));
        in.newestFeedImport = QDate();
        QCOMPARE(score::feedAgeDays(in, kToday), -1);
        QVERIFY(!score::feedIsCurrent(in, kToday));
    }

    void feedAgeSettingIsStoredInTheVault()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::ScoreRepository repo(*db);
        QCOMPARE(repo.feedMaxAgeDays(), 30);
        QVERIFY(repo.setFeedMaxAgeDays(60));
        QCOMPARE(repo.feedMaxAgeDays(), 60);
        auto input = score::loadScoreInput(*db);
        QVERIFY(input);
        QCOMPARE(input->feedMaxAgeDays, 60);
        QVERIFY(!input->newestFeedImport.isValid());
        // Out of range: refused, nothing changed.
        QVERIFY(!repo.setFeedMaxAgeDays(0));
        QVERIFY(!repo.setFeedMaxAgeDays(3651));
        QCOMPARE(repo.feedMaxAgeDays(), 60);
        // Audited.
        const auto audit = store::AuditLog(*db).recent(5);
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const store::AuditEntry &e) {
            return e.entity == QStringLiteral("score_feed_max_age_days");
        }));
        // A damaged value falls back to the default.
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE meta SET value = 'x' WHERE key = 'score_feed_max_age_days'")));
        QCOMPARE(repo.feedMaxAgeDays(), 30);
    }

    void updateEvidenceNeedsARecord()
    {
        // An empty vault: question 1 answered "implemented" gets no ✓.
        score::ScoreInput in;
        in.assets = {goodAsset(1, QStringLiteral("PC"), AssetKind::Device)};
        in.assessment = score::Assessment();
        in.assessment->taken = kToday;
        in.assessment->answers.insert(QStringLiteral("ipa01"), Answer::Implemented);
        QVERIFY(score::evidenceFor(QStringLiteral("ipa01"), in, kToday).isEmpty());
        QCOMPARE(
            findFactor(score::selfCheckFactors(in, kToday), QStringLiteral("self.ipa01"))->value,
            1.0); // no records: the answer stands, neither confirmed nor contradicted
        // A current feed with nothing open: now the records confirm it.
        in.newestFeedImport = kToday;
        QVector<score::Evidence> e = score::evidenceFor(QStringLiteral("ipa01"), in, kToday);
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().supports);
        // So does a recorded patch item, feed or not.
        in.newestFeedImport = QDate();
        in.patches = {patch(1, 1, QStringLiteral("OS"), kToday.addDays(5))};
        e = score::evidenceFor(QStringLiteral("ipa01"), in, kToday);
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().supports);
        // Bad news needs no feed: end of support still speaks.
        in.patches.clear();
        in.assets.first().endOfSupport = true;
        e = score::evidenceFor(QStringLiteral("ipa01"), in, kToday);
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().contradicts);
    }

    void perfectCompanyScoresOneHundred()
    {
        score::ScoreInput in;
        domain::Asset data = goodAsset(1, QStringLiteral("顧客台帳"), AssetKind::Data, 3);
        domain::Asset server = goodAsset(2, QStringLiteral("サーバ"), AssetKind::Device, 3);
        domain::Asset app = goodAsset(3, QStringLiteral("会計ソフト"), AssetKind::Software);
        domain::Asset login = goodAsset(4, QStringLiteral("メール"), AssetKind::Account, 3);
        login.internetFacing = true;
        login.mfa = Mfa::On;
        in.assets = {data, server, app, login};
        in.patches = {patch(1, 2, QStringLiteral("OS"), kToday.addDays(-3), PatchStatus::Applied)};
        domain::BackupJob job = companyJob(1, QStringLiteral("毎日"));
        job.assetIds = {1, 2};
        job.ownerId = 1;
        in.backupJobs = {job};
        in.backupEvents = {logLine(1, 1, BackupEventKind::Run, kToday),
                           logLine(2, 1, BackupEventKind::RestoreTest, kToday),
                           logLine(3, 1, BackupEventKind::AirGapCheck, kToday)};
        in.assessment = answeredAll(Answer::Implemented);
        in.newestFeedImport = kToday.addDays(-30); // 30 days old still counts
        // Training: everyone trained today, and a drill today that most reported.
        domain::Person staff;
        staff.id = 1;
        staff.name = QStringLiteral("社員");
        in.people = {staff};
        training::ScoreData training;
        domain::Course everyone;
        everyone.id = 1;
        everyone.title = QStringLiteral("基本研修");
        training.records.courses = {everyone};
        training.records.sessions = {{1, 1, kToday, {}, -1, {}, {}}};
        training.records.attendance = {{1, 1, 1, domain::AttendanceState::Completed, -1}};
        domain::PhishingCampaign drill;
        drill.id = 1;
        drill.name = QStringLiteral("訓練");
        drill.date = kToday;
        training.records.campaigns = {drill};
        domain::PhishingResult reported;
        reported.id = 1;
        reported.campaignId = 1;
        reported.personId = 1;
        reported.delivered = true;
        reported.reported = true;
        training.records.results = {reported};
        in.moduleData.insert(training::ModuleKey, training);
        const score::Score s = score::computeScore(in, kToday);
        for (const Factor &f : s.factors) {
            if (f.applies)
                QVERIFY2(f.value == 1.0 && f.measured, qPrintable(f.id));
        }
        // The one recorded item is applied: on time, measured.
        QVERIFY(findFactor(s.factors, QStringLiteral("patches.on_time"))->applies);
        COMPARE_NEAR(s.total, 100.0);
        QVERIFY(score::rankedActions(s).isEmpty());
    }

    // ---- Factor sources on tiny inputs -----------------------------------

    void assetRegisterKinds()
    {
        score::ScoreInput in;
        QVector<Factor> f = score::assetFactors(in, kToday);
        QCOMPARE(f.size(), 3);
        auto reg = findFactor(f, QStringLiteral("assets.register"));
        QVERIFY(reg->applies);
        QCOMPARE(reg->value, 0.0);
        QCOMPARE(reg->actions.size(), 1);
        QCOMPARE(reg->actions.first().key, QStringLiteral("assets.register"));
        QCOMPARE(reg->actions.first().share, 1.0);
        // An empty register: nothing measured, every share kept.
        for (const Factor &x : f) {
            QVERIFY2(x.applies && !x.measured, qPrintable(x.id));
            QCOMPARE(x.actions.size(), 1);
            QCOMPARE(x.actions.first().group, QStringLiteral("assets.register"));
        }

        // Software and cloud services are one group of the four.
        in.assets = {goodAsset(1, QStringLiteral("d"), AssetKind::Data),
                     goodAsset(2, QStringLiteral("s"), AssetKind::Software),
                     goodAsset(3, QStringLiteral("c"), AssetKind::CloudService)};
        f = score::assetFactors(in, kToday);
        reg = findFactor(f, QStringLiteral("assets.register"));
        QCOMPARE(reg->value, 0.5);
        QCOMPARE(reg->actions.size(), 2);
        QCOMPARE(reg->actions.at(0).key, QStringLiteral("assets.register:1")); // devices
        QCOMPARE(reg->actions.at(1).key, QStringLiteral("assets.register:3")); // accounts
        QCOMPARE(reg->actions.at(1).share, 0.25);
        in.assets << goodAsset(4, QStringLiteral("pc"), AssetKind::Device)
                  << goodAsset(5, QStringLiteral("id"), AssetKind::Account);
        reg = findFactor(score::assetFactors(in, kToday), QStringLiteral("assets.register"));
        QCOMPARE(reg->value, 1.0);
        QVERIFY(reg->actions.isEmpty());
    }

    void assetsClassifiedAndReviewed()
    {
        score::ScoreInput in;
        domain::Asset blankOwner = goodAsset(1, QStringLiteral("a"), AssetKind::Data);
        blankOwner.ownerDepartment = QStringLiteral("  ");
        domain::Asset noAvailability = goodAsset(2, QStringLiteral("b"), AssetKind::Data);
        noAvailability.availability = 0;
        domain::Asset exactYear = goodAsset(3, QStringLiteral("c"), AssetKind::Data);
        exactYear.reviewed = kToday.addMonths(-12);
        domain::Asset yearAndADay = goodAsset(4, QStringLiteral("d"), AssetKind::Data);
        yearAndADay.reviewed = kToday.addMonths(-12).addDays(-1);
        domain::Asset never = goodAsset(5, QStringLiteral("e"), AssetKind::Data);
        never.reviewed = QDate();
        in.assets = {blankOwner, noAvailability, exactYear, yearAndADay, never};
        const QVector<Factor> f = score::assetFactors(in, kToday);

        auto classified = findFactor(f, QStringLiteral("assets.classified"));
        QVERIFY(classified->applies);
        QCOMPARE(classified->value, 3.0 / 5);
        QCOMPARE(classified->actions.size(), 1);
        QCOMPARE(classified->actions.first().share, 2.0 / 5);
        QCOMPARE(classified->actions.first().effort, Effort::Hours);

        auto reviewed = findFactor(f, QStringLiteral("assets.reviewed"));
        QCOMPARE(reviewed->value, 3.0 / 5); // 12 months to the day still counts
        QCOMPARE(reviewed->actions.first().share, 2.0 / 5);

        // More than 20 records to fix is a project of days.
        score::ScoreInput many;
        for (int i = 1; i <= 21; ++i)
            many.assets << asset(i, QStringLiteral("x%1").arg(i));
        auto big =
            findFactor(score::assetFactors(many, kToday), QStringLiteral("assets.classified"));
        QCOMPARE(big->value, 0.0);
        QCOMPARE(big->actions.first().effort, Effort::Days);
    }

    void patchesKnownExploitedJoinsThePopulation()
    {
        score::ScoreInput in;
        domain::Asset internal = goodAsset(1, QStringLiteral("社内サーバ"), AssetKind::Device);
        domain::Asset exposed = goodAsset(2, QStringLiteral("VPN"), AssetKind::Device);
        exposed.internetFacing = true;
        in.assets = {internal, exposed};
        in.newestFeedImport = kToday.addDays(-3); // a current feed
        auto f = findFactor(score::patchFactors(in, kToday), QStringLiteral("patches.exploited"));
        QVERIFY(f->applies);
        QVERIFY(f->measured);
        QCOMPARE(f->value, 1.0); // one internet-facing asset, nothing open

        domain::PatchItem kev = patch(7, 1, QStringLiteral("Exchange"), kToday.addDays(5));
        kev.cves = {QStringLiteral("CVE-2021-26855")};
        kev.knownExploited = true;
        in.patches = {kev};
        QVector<Factor> all = score::patchFactors(in, kToday);
        f = findFactor(all, QStringLiteral("patches.exploited"));
        QCOMPARE(f->value, 0.5); // the internal asset joined: 1 of 2 affected
        QCOMPARE(f->actions.size(), 1);
        QCOMPARE(f->actions.first().key, QStringLiteral("patches.exploited:7"));
        QCOMPARE(f->actions.first().recordId, qint64(7));
        QCOMPARE(f->actions.first().share, 0.5);
        QVERIFY(f->actions.first().text.contains(QStringLiteral("CVE-2021-26855")));

        // Applied or risk accepted: no longer open.
        in.patches.first().status = PatchStatus::Applied;
        in.patches.first().applied = kToday;
        QCOMPARE(
            findFactor(score::patchFactors(in, kToday), QStringLiteral("patches.exploited"))->value,
            1.0);
        // Nothing internet-facing, nothing exploited: nothing to measure.
        in.assets[1].internetFacing = false;
        QVERIFY(!findFactor(score::patchFactors(in, kToday), QStringLiteral("patches.exploited"))
                     ->applies);
    }

    void patchesOnTimeCountsLateRiskAcceptance()
    {
        score::ScoreInput in;
        in.assets = {goodAsset(1, QStringLiteral("pc"), AssetKind::Device)};
        domain::PatchItem overdue = patch(1, 1, QStringLiteral("A"), kToday.addDays(-1));
        domain::PatchItem dueToday = patch(2, 1, QStringLiteral("B"), kToday);
        domain::PatchItem applied =
            patch(3, 1, QStringLiteral("C"), kToday.addDays(-50), PatchStatus::Applied);
        domain::PatchItem acceptedPast =
            patch(4, 1, QStringLiteral("D"), kToday.addDays(-90), PatchStatus::RiskAccepted);
        acceptedPast.acceptedReason = QStringLiteral("r");
        acceptedPast.acceptedReviewDate = kToday.addDays(-10);
        domain::PatchItem acceptedToday = acceptedPast;
        acceptedToday.id = 5;
        acceptedToday.acceptedReviewDate = kToday;
        domain::PatchItem acceptedLater = acceptedPast;
        acceptedLater.id = 6;
        acceptedLater.acceptedReviewDate = kToday.addDays(1);
        in.patches = {overdue, dueToday, applied, acceptedPast, acceptedToday, acceptedLater};
        auto f = findFactor(score::patchFactors(in, kToday), QStringLiteral("patches.on_time"));
        QVERIFY(f->applies);
        // 5 counted (not the applied one); late: 1, 4 and 5 (a review date that has come).
        QCOMPARE(f->value, 2.0 / 5);
        QStringList keys;
        for (const Action &a : f->actions)
            keys << a.key;
        // Longest overdue first: 4 (10 days), 1 (yesterday), 5 (today).
        QCOMPARE(keys, QStringList({QStringLiteral("patches.on_time:4"),
                                    QStringLiteral("patches.on_time:1"),
                                    QStringLiteral("patches.on_time:5")}));
        QCOMPARE(f->actions.first().share, 1.0 / 5);
        QVERIFY(f->actions.first().text.startsWith(QStringLiteral("Review the accepted risk")));
        QVERIFY(f->actions.at(1).text.startsWith(QStringLiteral("Apply the overdue update")));

        // Every recorded item applied: nothing is late.
        in.patches = {applied};
        f = findFactor(score::patchFactors(in, kToday), QStringLiteral("patches.on_time"));
        QVERIFY(f->applies);
        QVERIFY(f->measured);
        QCOMPARE(f->value, 1.0);
        // No item at all: not recorded, not "all on time".
        in.patches.clear();
        f = findFactor(score::patchFactors(in, kToday), QStringLiteral("patches.on_time"));
        QVERIFY(f->applies);
        QVERIFY(!f->measured);
        QCOMPARE(f->value, 0.0);
        QCOMPARE(f->actions.size(), 1);
        QCOMPARE(f->actions.first().share, 1.0);
    }

    void patchesEndOfSupportAndStale()
    {
        score::ScoreInput in;
        domain::Asset fresh = goodAsset(1, QStringLiteral("fresh"), AssetKind::Device);
        fresh.lastUpdated = kToday.addDays(-30); // exactly the policy's 30 days
        domain::Asset stale = goodAsset(2, QStringLiteral("stale"), AssetKind::Software);
        stale.lastUpdated = kToday.addDays(-31);
        domain::Asset never = goodAsset(3, QStringLiteral("never"), AssetKind::Device);
        never.lastUpdated = QDate();
        domain::Asset eos = goodAsset(4, QStringLiteral("eos"), AssetKind::Device);
        eos.endOfSupport = true;
        eos.lastUpdated = QDate(); // end of support wins: counted once
        domain::Asset cloud = goodAsset(5, QStringLiteral("cloud"), AssetKind::CloudService);
        cloud.lastUpdated = QDate();
        domain::Asset data = goodAsset(6, QStringLiteral("data"), AssetKind::Data);
        data.endOfSupport = true;
        in.assets = {fresh, stale, never, eos, cloud, data};
        auto f = findFactor(score::patchFactors(in, kToday), QStringLiteral("patches.current"));
        QVERIFY(f->applies);
        QCOMPARE(f->value, 1.0 / 4);
        QCOMPARE(f->actions.size(), 2);
        QCOMPARE(f->actions.at(0).key, QStringLiteral("patches.current:unsupported"));
        QCOMPARE(f->actions.at(0).share, 1.0 / 4);
        QCOMPARE(f->actions.at(0).effort, Effort::Days);
        QCOMPARE(f->actions.at(1).key, QStringLiteral("patches.current:stale"));
        QCOMPARE(f->actions.at(1).share, 2.0 / 4);
        QCOMPARE(f->actions.at(1).effort, Effort::Hours);

        // The policy decides what is stale.
        in.patchPolicy.staleAssetDays = 31;
        QCOMPARE(
            findFactor(score::patchFactors(in, kToday), QStringLiteral("patches.current"))->value,
            2.0 / 4);
        // No device or software registered: not recorded.
        in.assets = {cloud, data};
        f = findFactor(score::patchFactors(in, kToday), QStringLiteral("patches.current"));
        QVERIFY(f->applies);
        QVERIFY(!f->measured);
        QCOMPARE(f->actions.first().share, 1.0);
    }

    void mfaOnlyInternetFacingLogins()
    {
        score::ScoreInput in;
        domain::Asset on = goodAsset(1, QStringLiteral("mail"), AssetKind::Account);
        on.internetFacing = true;
        on.mfa = Mfa::On;
        domain::Asset off = goodAsset(2, QStringLiteral("vpn"), AssetKind::Device);
        off.internetFacing = true;
        off.mfa = Mfa::Off;
        domain::Asset website = goodAsset(3, QStringLiteral("web"), AssetKind::CloudService);
        website.internetFacing = true;
        website.mfa = Mfa::NotApplicable;
        domain::Asset internal = goodAsset(4, QStringLiteral("nas"), AssetKind::Device);
        internal.mfa = Mfa::Off;
        in.assets = {on, off, website, internal};
        QVector<Factor> f = score::accessFactors(in, kToday);
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().applies);
        QCOMPARE(f.first().value, 0.5);
        QCOMPARE(f.first().actions.size(), 1);
        QCOMPARE(f.first().actions.first().key, QStringLiteral("mfa.internet_facing:2"));
        QCOMPARE(f.first().actions.first().share, 0.5);
        QCOMPARE(f.first().actions.first().place, modules::key::Assets);

        in.assets = {website, internal};
        QVERIFY(!score::accessFactors(in, kToday).first().applies);
        // An empty register is not "no login needs MFA": it is not recorded.
        in.assets.clear();
        const Factor empty = score::accessFactors(in, kToday).first();
        QVERIFY(empty.applies);
        QVERIFY(!empty.measured);
        QCOMPARE(empty.actions.first().group, QStringLiteral("assets.register"));
    }

    void recordActionsAreCappedAtTen()
    {
        score::ScoreInput in;
        for (int i = 1; i <= 13; ++i) {
            domain::Asset a = goodAsset(i, QStringLiteral("login %1").arg(i), AssetKind::Account);
            a.internetFacing = true;
            a.mfa = Mfa::Off;
            in.assets << a;
        }
        domain::Asset on = goodAsset(14, QStringLiteral("ok"), AssetKind::Account);
        on.internetFacing = true;
        on.mfa = Mfa::On;
        in.assets << on;
        const Factor mfa = score::accessFactors(in, kToday).first();
        QCOMPARE(mfa.value, 1.0 / 14);
        QCOMPARE(mfa.actions.size(), 11);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(mfa.actions.at(i).key, QStringLiteral("mfa.internet_facing:%1").arg(i + 1));
            QCOMPARE(mfa.actions.at(i).share, 1.0 / 14);
        }
        QCOMPARE(mfa.actions.last().key, QStringLiteral("mfa.internet_facing:more"));
        QCOMPARE(mfa.actions.last().share, 3.0 / 14);
        QCOMPARE(mfa.actions.last().effort, Effort::Days);
        COMPARE_NEAR(shareSum(mfa), 1.0 - mfa.value);

        // The same for overdue updates.
        score::ScoreInput patches;
        patches.assets = {goodAsset(1, QStringLiteral("pc"), AssetKind::Device)};
        for (int i = 1; i <= 12; ++i)
            patches.patches << patch(i, 1, QStringLiteral("p%1").arg(i), kToday.addDays(-i));
        auto late =
            findFactor(score::patchFactors(patches, kToday), QStringLiteral("patches.on_time"));
        QCOMPARE(late->value, 0.0);
        QCOMPARE(late->actions.size(), 11);
        QCOMPARE(late->actions.first().key, QStringLiteral("patches.on_time:12"));
        QCOMPARE(late->actions.last().key, QStringLiteral("patches.on_time:more"));
        QCOMPARE(late->actions.last().share, 2.0 / 12);
        COMPARE_NEAR(shareSum(*late), 1.0);

        // And for backup jobs: 15 never-tested jobs, the rest in one line.
        score::ScoreInput jobs;
        for (int i = 1; i <= 15; ++i)
            jobs.backupJobs << companyJob(i, QStringLiteral("job %1").arg(i));
        for (const Factor &f : score::backupFactors(jobs, kToday)) {
            if (f.id == QStringLiteral("backups.coverage") || !f.applies || f.value >= 1.0)
                continue;
            QVERIFY2(f.actions.size() <= 11, qPrintable(f.id));
            if (f.actions.size() == 11) {
                QCOMPARE(f.actions.last().key, f.id + QStringLiteral(":more"));
                QVERIFY(f.actions.last().text.contains(QLatin1String("5 more")));
            }
            COMPARE_NEAR(shareSum(f), 1.0 - f.value);
        }
        const Factor restore =
            *findFactor(score::backupFactors(jobs, kToday), QStringLiteral("backups.restore_test"));
        QCOMPARE(restore.actions.size(), 11);
        QCOMPARE(restore.actions.last().effort, Effort::Days);
    }

    void backupRestoreTestsWarningsAndFailures()
    {
        score::ScoreInput in;
        in.backupJobs = {companyJob(1, QStringLiteral("ok")), companyJob(2, QStringLiteral("warn")),
                         companyJob(3, QStringLiteral("failed")),
                         companyJob(4, QStringLiteral("old"))};
        in.backupEvents = {
            logLine(1, 1, BackupEventKind::RestoreTest, kToday.addDays(-10)),
            logLine(2, 2, BackupEventKind::RestoreTest, kToday.addDays(-10),
                    BackupResult::Warnings),
            logLine(3, 3, BackupEventKind::RestoreTest, kToday.addDays(-10), BackupResult::Failed),
            logLine(4, 4, BackupEventKind::RestoreTest, kToday.addDays(-135)), // 1.5 × 90
        };
        const QVector<Factor> f = score::backupFactors(in, kToday);
        QCOMPARE(f.size(), 5);
        auto restore = findFactor(f, QStringLiteral("backups.restore_test"));
        QCOMPARE(restore->value, (1.0 + 0.5 + 0.0 + 0.5) / 4);
        QCOMPARE(restore->actions.size(), 3);
        QCOMPARE(findAction(*restore, QStringLiteral("backups.restore_test:2"))->share, 0.5 / 4);
        QCOMPARE(findAction(*restore, QStringLiteral("backups.restore_test:3"))->share, 1.0 / 4);
        QVERIFY(!findAction(*restore, QStringLiteral("backups.restore_test:1")));
        // 3-2-1-1-0: the "0" is met by the successful test only.
        auto rules = findFactor(f, QStringLiteral("backups.rules"));
        COMPARE_NEAR(rules->value, (1.0 + 0.8 + 0.8 + 1.0) / 4);
        COMPARE_NEAR(findAction(*rules, QStringLiteral("backups.rules:2"))->share, 0.2 / 4);
    }

    void backupAirGapOnlyWithAnOfflineCopy()
    {
        score::ScoreInput in;
        domain::BackupJob nas = companyJob(1, QStringLiteral("nas"));
        nas.copies = {copyOn(domain::BackupMedia::Nas, domain::BackupLocation::OnSite),
                      copyOn(domain::BackupMedia::Cloud, domain::BackupLocation::Cloud, false,
                             true)}; // immutable is not offline
        in.backupJobs = {nas};
        QVERIFY(!findFactor(score::backupFactors(in, kToday), QStringLiteral("backups.air_gap"))
                     ->applies);

        domain::BackupJob usb = companyJob(2, QStringLiteral("usb"));
        in.backupJobs << usb;
        in.backupEvents = {logLine(1, 2, BackupEventKind::AirGapCheck, kToday.addDays(-45))};
        auto gap = findFactor(score::backupFactors(in, kToday), QStringLiteral("backups.air_gap"));
        QVERIFY(gap->applies);
        QCOMPARE(gap->kind, MeasureKind::Physical);
        QCOMPARE(gap->value, 0.5); // only the job with an offline copy counts
        QCOMPARE(gap->actions.size(), 1);
        QCOMPARE(gap->actions.first().key, QStringLiteral("backups.air_gap:2"));
        QCOMPARE(gap->actions.first().effort, Effort::Minutes);
        QCOMPARE(gap->actions.first().share, 0.5);
    }

    void backupRunsAndTheBuiltInJob()
    {
        // Kamae's own job earns nothing until a copy of the vault is logged:
        // its preset copies (3 copies, one offline) exist only on paper.
        score::ScoreInput in;
        domain::BackupJob vault = backups::defaultVaultJob(kToday.addDays(-100));
        vault.id = 1;
        in.backupJobs = {vault};
        QVector<Factor> f = score::backupFactors(in, kToday);
        for (const Factor &x : f) {
            QVERIFY2(!x.measured, qPrintable(x.id));
            QVERIFY2(x.applies, qPrintable(x.id)); // keeps its share: 0 of it
        }
        // An air-gap check or a failed run is no copy either.
        in.backupEvents = {
            logLine(1, 1, BackupEventKind::AirGapCheck, kToday.addDays(-2)),
            logLine(2, 1, BackupEventKind::Run, kToday.addDays(-1), BackupResult::Failed)};
        for (const Factor &x : score::backupFactors(in, kToday))
            QVERIFY2(!x.measured, qPrintable(x.id));
        QCOMPARE(score::computeScore(in, kToday).categories.at(int(Category::Backups)).points, 0.0);
        // The Backups page and the report read the same rules: no rule met
        // by copies that were never made.
        const auto checksOf = [&in, &vault] {
            return backups::evaluate(vault, backups::summarize(vault.id, in.backupEvents));
        };
        for (const backups::RuleCheck &c : checksOf()) {
            QVERIFY(!c.met);
            if (c.rule == backups::Rule::ThreeCopies || c.rule == backups::Rule::TwoMedia ||
                c.rule == backups::Rule::OneOfflineOrImmutable)
                QVERIFY2(c.explanation.startsWith(QStringLiteral("Not made yet")),
                         qPrintable(c.explanation));
        }
        in.backupEvents << logLine(9, 1, BackupEventKind::Run, kToday);
        int met = 0;
        for (const backups::RuleCheck &c : checksOf())
            met += c.met ? 1 : 0;
        QCOMPARE(met, 3); // 3 copies, 2 media, offline: now they exist

        // …and then counts like any other.
        in.backupEvents = {logLine(1, 1, BackupEventKind::Run, kToday.addDays(-29)),
                           logLine(2, 1, BackupEventKind::AirGapCheck, kToday.addDays(-29))};
        f = score::backupFactors(in, kToday);
        for (const Factor &x : f) {
            if (x.id != QStringLiteral("backups.coverage"))
                QVERIFY2(x.applies, qPrintable(x.id));
        }
        COMPARE_NEAR(findFactor(f, QStringLiteral("backups.rules"))->value, 3.0 / 5);
        QCOMPARE(findFactor(f, QStringLiteral("backups.runs"))->value, 1.0);
        QCOMPARE(findFactor(f, QStringLiteral("backups.air_gap"))->value, 1.0);

        // A failed last run is not on schedule, even on its day.
        in.backupEvents << logLine(3, 1, BackupEventKind::Run, kToday, BackupResult::Failed);
        auto runs = findFactor(score::backupFactors(in, kToday), QStringLiteral("backups.runs"));
        QCOMPARE(runs->value, 0.0);
        QCOMPARE(runs->actions.first().key, QStringLiteral("backups.runs:1"));
    }

    void backupCoverageOnlyImportantNonAccounts()
    {
        score::ScoreInput in;
        domain::Asset data = goodAsset(1, QStringLiteral("data"), AssetKind::Data, 3);
        domain::Asset myNumber = goodAsset(2, QStringLiteral("給与"), AssetKind::Data, 1);
        myNumber.personalData = domain::PersonalData::MyNumber; // importance 3
        domain::Asset account = goodAsset(3, QStringLiteral("admin"), AssetKind::Account, 3);
        domain::Asset ordinary = goodAsset(4, QStringLiteral("memo"), AssetKind::Data, 2);
        in.assets = {data, myNumber, account, ordinary};
        Factor coverage =
            *findFactor(score::backupFactors(in, kToday), QStringLiteral("backups.coverage"));
        QVERIFY(coverage.applies);
        QCOMPARE(coverage.value, 0.0);
        QCOMPARE(coverage.actions.first().share, 1.0);
        QVERIFY(coverage.actions.first().text.contains(QStringLiteral("2 important")));

        domain::BackupJob job = companyJob(1, QStringLiteral("j"));
        job.assetIds = {2, 3};
        in.backupJobs = {job};
        coverage =
            *findFactor(score::backupFactors(in, kToday), QStringLiteral("backups.coverage"));
        QCOMPARE(coverage.value, 0.5);
        QCOMPARE(coverage.actions.first().share, 0.5);

        in.assets = {account, ordinary};
        QVERIFY(!findFactor(score::backupFactors(in, kToday), QStringLiteral("backups.coverage"))
                     ->applies);
        in.backupJobs.clear();
        for (const Factor &x : score::backupFactors(in, kToday)) {
            if (x.id == QStringLiteral("backups.coverage"))
                QVERIFY(!x.applies); // no important asset: nothing to cover
            else
                QVERIFY2(x.applies && !x.measured, qPrintable(x.id)); // no job: not recorded
        }
    }

    // ---- The self-check --------------------------------------------------

    void questionCatalogue()
    {
        const QVector<score::Question> &all = score::questions();
        QCOMPARE(all.size(), 31);
        int ipa = 0;
        int pledges = 0;
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).number, i + 1);
            ipa += score::isIpaQuestion(all.at(i)) ? 1 : 0;
            pledges += all.at(i).basicPledge ? 1 : 0;
            QVERIFY(!score::SelfCheckText::question(all.at(i).key).isEmpty());
            QVERIFY(!score::SelfCheckText::shortTitle(all.at(i).key).isEmpty());
        }
        QCOMPARE(ipa, score::kIpaQuestionCount);
        QCOMPARE(pledges, 5);
        QCOMPARE(all.at(10).key, QStringLiteral("ipa11"));
        QCOMPARE(all.at(10).category, Category::Backups);
        QCOMPARE(score::findQuestion(QStringLiteral("kamae.policy"))->number, 31);
        QVERIFY(!score::findQuestion(QStringLiteral("ipa26")));
    }

    void isAnswerAndValues()
    {
        for (int v : {-2, -1, 0, 2, 4})
            QVERIFY2(score::isAnswer(v), QByteArray::number(v).constData());
        for (int v : {-3, 1, 3, 5})
            QVERIFY2(!score::isAnswer(v), QByteArray::number(v).constData());
        QCOMPARE(score::answerPoints(Answer::Implemented), 4);
        QCOMPARE(score::answerPoints(Answer::Partly), 2);
        QCOMPARE(score::answerPoints(Answer::DontKnow), -1);
        QCOMPARE(score::answerPoints(Answer::Unanswered), 0);
        QCOMPARE(score::answerValue(Answer::Implemented), 1.0);
        QCOMPARE(score::answerValue(Answer::Partly), 0.5);
        QCOMPARE(score::answerValue(Answer::NotImplemented), 0.0);
        QCOMPARE(score::answerValue(Answer::DontKnow), 0.0);
        QCOMPARE(score::answerValue(Answer::Unanswered), 0.0);
    }

    void evaluateSumsTheTwentyFive()
    {
        score::SelfCheckResult r = score::evaluate(answeredAll(Answer::Implemented));
        QCOMPARE(r.ipaScore, 100); // Kamae's own six do not count
        QCOMPARE(r.answered, 25);
        QVERIFY(r.complete());
        QCOMPARE(r.band, Band::Excellent);
        QCOMPARE(r.partMax[0], 20);
        QCOMPARE(r.partMax[1], 52);
        QCOMPARE(r.partMax[2], 28);
        QCOMPARE(r.partScore[1], 52);

        r = score::evaluate(answeredAll(Answer::DontKnow));
        QCOMPARE(r.ipaScore, -25);
        QCOMPARE(r.answered, 25);
        QCOMPARE(r.partScore[0], -5);
        QCOMPARE(r.band, Band::Dangerous);

        score::Assessment some;
        some.taken = kToday;
        some.answers.insert(QStringLiteral("ipa01"), Answer::Implemented);
        some.answers.insert(QStringLiteral("ipa06"), Answer::Partly);
        some.answers.insert(QStringLiteral("ipa19"), Answer::DontKnow);
        some.answers.insert(QStringLiteral("ipa20"), Answer::NotImplemented);
        some.answers.insert(QStringLiteral("kamae.policy"), Answer::Implemented);
        r = score::evaluate(some);
        QCOMPARE(r.ipaScore, 5);
        QCOMPARE(r.answered, 4);
        QVERIFY(!r.complete());
        QCOMPARE(r.partScore[0], 4);
        QCOMPARE(r.partScore[1], 2);
        QCOMPARE(r.partScore[2], -1);

        QCOMPARE(score::evaluate(score::Assessment()).answered, 0);
    }

    void bands()
    {
        QCOMPARE(score::bandFor(100), Band::Excellent);
        QCOMPARE(score::bandFor(99), Band::Good);
        QCOMPARE(score::bandFor(70), Band::Good);
        QCOMPARE(score::bandFor(69), Band::NeedsWork);
        QCOMPARE(score::bandFor(50), Band::NeedsWork);
        QCOMPARE(score::bandFor(49), Band::Dangerous);
        QCOMPARE(score::bandFor(-25), Band::Dangerous);
    }

    void selfCheckFactorValues()
    {
        score::ScoreInput in;
        QVector<Factor> f = score::selfCheckFactors(in, kToday);
        QCOMPARE(f.size(), 31);
        for (const Factor &x : f) {
            QCOMPARE(x.value, 0.0);
            QCOMPARE(x.actions.size(), 1);
            QCOMPARE(x.actions.first().group, QStringLiteral("self.unanswered"));
            // 31 questions to read and answer: hours, not minutes.
            QCOMPARE(x.actions.first().effort, Effort::Hours);
            QCOMPARE(x.actions.first().basis, score::Basis::Answers);
            QVERIFY(!x.measured);
            QCOMPARE(x.basis, score::Basis::Answers);
        }
        score::Assessment a;
        a.taken = kToday;
        a.answers.insert(QStringLiteral("ipa02"), Answer::Implemented);
        a.answers.insert(QStringLiteral("ipa19"), Answer::Partly);
        a.answers.insert(QStringLiteral("ipa20"), Answer::NotImplemented);
        a.answers.insert(QStringLiteral("ipa21"), Answer::DontKnow);
        in.assessment = a;
        f = score::selfCheckFactors(in, kToday);
        auto implemented = findFactor(f, QStringLiteral("self.ipa02"));
        QCOMPARE(implemented->value, 1.0);
        QVERIFY(implemented->actions.isEmpty());
        auto partly = findFactor(f, QStringLiteral("self.ipa19"));
        QCOMPARE(partly->value, 0.5);
        QCOMPARE(partly->actions.first().share, 0.5);
        QCOMPARE(partly->actions.first().effort, Effort::Days); // the question's effort
        auto no = findFactor(f, QStringLiteral("self.ipa20"));
        QCOMPARE(no->value, 0.0);
        QCOMPARE(no->actions.first().share, 1.0);
        auto dontKnow = findFactor(f, QStringLiteral("self.ipa21"));
        QCOMPARE(dontKnow->value, 0.0);
        QVERIFY(dontKnow->actions.first().text.startsWith(QStringLiteral("Find out")));
        QCOMPARE(dontKnow->actions.first().effort, Effort::Hours);
        QVERIFY(findFactor(f, QStringLiteral("self.ipa01"))
                    ->actions.first()
                    .text.startsWith(QStringLiteral("Answer the 27 open")));
    }

    // Question 30 (overseas sites and suppliers) cannot apply when the
    // Organisation page lists sites and none is overseas: neither earned nor
    // lost, not an open question, and the reason comes from the records.
    void overseasQuestionNotApplicable()
    {
        const QString key = QStringLiteral("kamae.supplychain.sites");
        const QString id = QStringLiteral("self.") + key;
        score::ScoreInput in;
        // No site recorded says nothing: the question applies.
        QVERIFY(score::notApplicableReason(key, in).isEmpty());
        QVERIFY(!score::notApplicable(key, in, nullptr));
        in.organisation = test::sampleOrganisation(QStringLiteral("x"));
        QVERIFY(score::notApplicableReason(key, in).isEmpty()); // one is overseas
        in.organisation.sites.removeLast();
        const QString reason = score::notApplicableReason(key, in);
        QVERIFY(reason.startsWith(QLatin1String("2 site")));
        QVERIFY(reason.contains(QLatin1String("none overseas")));
        QVERIFY(reason.contains(QLatin1String("no list of suppliers")));
        // Only this question has such a rule.
        for (const score::Question &q : score::questions())
            QCOMPARE(score::notApplicableReason(q.key, in).isEmpty(), q.key != key);

        // Not taken yet: not applicable, and not among the questions to take.
        QVector<Factor> f = score::selfCheckFactors(in, kToday);
        auto q30 = findFactor(f, id);
        QVERIFY(q30);
        QVERIFY(!q30->applies);
        QVERIFY(q30->actions.isEmpty());
        QVERIFY(q30->inputs.contains(reason));
        QVERIFY(findFactor(f, QStringLiteral("self.ipa01"))
                    ->actions.first()
                    .text.startsWith(QStringLiteral("Take the self-assessment (30 questions)")));

        // Answered everything else "implemented": the measure is whole
        // without it, and the total is what it would be with it implemented.
        score::Assessment a;
        a.taken = kToday;
        for (const score::Question &q : score::questions())
            if (q.key != key)
                a.answers.insert(q.key, Answer::Implemented);
        in.assessment = a;
        score::Score s = score::computeScore(in, kToday);
        q30 = findFactor(s.factors, id);
        QCOMPARE(q30->maxPoints, 0.0);
        QCOMPARE(q30->points, 0.0);
        const score::CategoryScore &supply =
            s.categories.at(static_cast<int>(Category::SupplyChain));
        QVERIFY(supply.applies);
        COMPARE_NEAR(supply.points, supply.weight);
        for (const Action &act : score::rankedActions(s))
            QVERIFY2(!act.key.startsWith(id), qPrintable(act.key));
        score::ScoreInput withAnswer = in;
        withAnswer.assessment->answers.insert(key, Answer::Implemented);
        COMPARE_NEAR(score::computeScore(withAnswer, kToday).total, s.total);

        // An answer always counts: the records know no suppliers.
        withAnswer.assessment->answers.insert(key, Answer::NotImplemented);
        QVERIFY(!score::notApplicable(key, withAnswer, &*withAnswer.assessment));
        const score::Score answered = score::computeScore(withAnswer, kToday);
        q30 = findFactor(answered.factors, id);
        QVERIFY(q30->applies);
        QVERIFY(q30->maxPoints > 0);
        QVERIFY(answered.total < s.total);

        // An overseas site: the question applies again, unanswered it is open.
        in.organisation = test::sampleOrganisation(QStringLiteral("x"));
        q30 = findFactor(score::selfCheckFactors(in, kToday), id);
        QVERIFY(q30->applies);
        QCOMPARE(q30->actions.size(), 1);
    }

    // The bands of score/ScoreBands.h, the one place the card, the bars and
    // the report take their thresholds and colours from.
    void scoreBands()
    {
        QCOMPARE(score::scoreBand(100), score::ScoreBand::Good);
        QCOMPARE(score::scoreBand(80), score::ScoreBand::Good);
        QCOMPARE(score::scoreBand(79.9), score::ScoreBand::Fair);
        QCOMPARE(score::scoreBand(60), score::ScoreBand::Fair);
        QCOMPARE(score::scoreBand(59.9), score::ScoreBand::Poor);
        QCOMPARE(score::scoreBand(0), score::ScoreBand::Poor);
        const score::ScoreBand all[] = {score::ScoreBand::Good, score::ScoreBand::Fair,
                                        score::ScoreBand::Poor};
        for (score::ScoreBand b : all) {
            QVERIFY(score::bandColour(b).lightness() < 128);        // on paper
            QVERIFY(score::bandColour(b, true).lightness() >= 128); // on a dark window
            for (score::ScoreBand other : all)
                QCOMPARE(score::bandColour(b) == score::bandColour(other), b == other);
        }
    }

    // SelfCheckDesk: the rules the page and the command line share.
    void selfCheckDeskRules()
    {
        QVERIFY(score::checkAssessmentDate(kToday, kToday));
        QVERIFY(score::checkAssessmentDate(kToday.addYears(-3), kToday));
        const Status later = score::checkAssessmentDate(kToday.addDays(1), kToday);
        QVERIFY(!later);
        QVERIFY(later.error().contains(QLatin1String("after today")));
        QVERIFY(!score::checkAssessmentDate(QDate(), kToday));

        score::Assessment previous;
        previous.id = 7;
        previous.taken = kToday.addYears(-1);
        previous.answers.insert(QStringLiteral("ipa01"), Answer::Partly);
        auto fresh = score::newAssessment(QDate(), nullptr, kToday);
        QVERIFY(fresh);
        QCOMPARE(fresh->taken, kToday); // no date: today
        QCOMPARE(fresh->id, 0);
        QVERIFY(fresh->answers.isEmpty());
        auto again = score::newAssessment(kToday.addDays(-2), &previous, kToday);
        QVERIFY(again);
        QCOMPARE(again->taken, kToday.addDays(-2));
        QCOMPARE(again->id, 0);
        QCOMPARE(again->answers, previous.answers);
        QVERIFY(!score::newAssessment(kToday.addDays(1), &previous, kToday));

        // The score reads the newest sitting.
        score::Assessment newer = previous;
        newer.id = 8;
        newer.taken = kToday;
        const QVector<score::Assessment> sittings = {previous, newer};
        QCOMPARE(score::scoredAssessment(sittings)->id, 8);
        QVERIFY(score::isScoredAssessment(newer, sittings));
        QVERIFY(!score::isScoredAssessment(previous, sittings));
        QVERIFY(!score::scoredAssessment({}));

        // The evidence of an older sitting is worked out against its own
        // answers, with today's records.
        score::ScoreInput in;
        in.organisation = test::sampleOrganisation(QStringLiteral("x"));
        in.organisation.sites.removeLast();
        in.assessment = newer;
        score::Assessment older = previous;
        older.answers.insert(QStringLiteral("ipa11"), Answer::Implemented);
        const QVector<score::Evidence> e = score::evidenceForAssessment(in, &older, kToday);
        QVERIFY(score::contradicted(QStringLiteral("ipa11"), e)); // no backup job recorded
        QVERIFY(!score::contradicted(QStringLiteral("ipa11"),
                                     score::evidenceForAssessment(in, &newer, kToday)));

        // Open questions leave out those the records show cannot apply.
        const QHash<QString, QString> na = score::notApplicableReasons(in);
        QCOMPARE(na.keys(), QStringList{QStringLiteral("kamae.supplychain.sites")});
        QVERIFY(!score::isOpenQuestion(QStringLiteral("kamae.supplychain.sites"), newer, na));
        QVERIFY(score::isOpenQuestion(QStringLiteral("ipa02"), newer, na));
        QVERIFY(!score::isOpenQuestion(QStringLiteral("ipa01"), newer, na));
    }

    // The getting-started checklist: each step done when the records show it.
    void gettingStartedSteps()
    {
        score::ScoreInput in;
        domain::BackupJob own;
        own.id = 1;
        own.builtin = QStringLiteral("kamae_vault");
        in.backupJobs = {own}; // a new vault's own job is not the company's backup
        QVector<score::StepState> steps = score::gettingStarted(in);
        QCOMPARE(steps.size(), score::kFirstStepCount);
        for (const score::StepState &step : steps) {
            QVERIFY(!step.done);
            QVERIFY(!step.title.isEmpty());
            QVERIFY(!step.detail.isEmpty());
        }
        QVERIFY(!score::allStepsDone(steps));
        QVERIFY(score::nothingRecorded(in));
        const Place places[] = {modules::key::Organisation, modules::key::Assets,
                                modules::key::Backups, modules::key::Patches,
                                modules::key::SelfAssessment};
        for (int i = 0; i < score::kFirstStepCount; ++i) {
            QCOMPARE(static_cast<int>(steps.at(i).step), i);
            QCOMPARE(steps.at(i).place, places[i]);
        }

        // One by one.
        in.organisation.employees = 12;
        QVERIFY(!score::gettingStarted(in).at(0).done); // no site yet
        in.organisation.sites = {{0, QStringLiteral("本社"), {}, false, {}}};
        QVERIFY(score::gettingStarted(in).at(0).done);
        QVERIFY(score::nothingRecorded(in));
        domain::Asset asset;
        asset.name = QStringLiteral("NAS");
        in.assets = {asset};
        QVERIFY(score::gettingStarted(in).at(1).done);
        QVERIFY(!score::nothingRecorded(in));
        domain::BackupJob files;
        files.id = 2;
        files.name = QStringLiteral("Files");
        in.backupJobs.append(files);
        QVERIFY(score::gettingStarted(in).at(2).done);
        in.newestFeedImport = kToday.addDays(-100); // once is enough, old or not
        QVERIFY(score::gettingStarted(in).at(3).done);
        score::Assessment a;
        a.taken = kToday;
        for (const score::Question &q : score::questions())
            if (score::isIpaQuestion(q) && q.number < 25)
                a.answers.insert(q.key, Answer::Partly);
        in.assessment = a;
        steps = score::gettingStarted(in);
        QVERIFY(!steps.at(4).done); // 24 of 25
        QVERIFY(steps.at(4).detail.contains(QLatin1String("24 of 25")));
        in.assessment->answers.insert(QStringLiteral("ipa25"), Answer::DontKnow);
        steps = score::gettingStarted(in);
        QVERIFY(steps.at(4).done);
        QVERIFY(score::allStepsDone(steps));
    }

    void securityActionReadiness()
    {
        using score::securityActionReadiness;
        // No self-check yet.
        score::SecurityActionReadiness r =
            securityActionReadiness(nullptr, SecurityActionLevel::None, kToday);
        QCOMPARE(r.oneStar.size(), 5);
        QCOMPARE(r.twoStars.size(), 3);
        QVERIFY(!r.oneStarReady);
        QVERIFY(!r.twoStarsReady);
        QCOMPARE(r.ready(), SecurityActionLevel::None);
        QVERIFY(r.mismatch.isEmpty());
        QVERIFY(r.twoStars.at(1).text.contains(QStringLiteral("not taken yet")));
        r = securityActionReadiness(nullptr, SecurityActionLevel::OneStar, kToday);
        QVERIFY(!r.mismatch.isEmpty());

        // The five pledges: ★, not ★★.
        score::Assessment pledges;
        pledges.taken = kToday;
        for (const score::Question &q : score::questions())
            if (q.basicPledge)
                pledges.answers.insert(q.key, Answer::Implemented);
        r = securityActionReadiness(&pledges, SecurityActionLevel::OneStar, kToday);
        QVERIFY(r.oneStarReady);
        QCOMPARE(r.ready(), SecurityActionLevel::OneStar);
        QVERIFY(r.mismatch.isEmpty());
        QVERIFY(r.twoStars.at(1).text.contains(QStringLiteral("5 of 25")));
        r = securityActionReadiness(&pledges, SecurityActionLevel::TwoStars, kToday);
        QVERIFY(r.mismatch.contains(QStringLiteral("★★")));
        // One pledge only partly: not ★.
        pledges.answers.insert(QStringLiteral("ipa03"), Answer::Partly);
        r = securityActionReadiness(&pledges, SecurityActionLevel::OneStar, kToday);
        QVERIFY(!r.oneStarReady);
        QVERIFY(!r.oneStar.at(2).met);
        QVERIFY(r.mismatch.contains(QStringLiteral("★")));

        // ★★: all 25 answered within 365 days and the written policy.
        score::Assessment full = answeredAll(Answer::Implemented, kToday.addDays(-365), true);
        full.answers.insert(QStringLiteral("ipa08"), Answer::NotImplemented); // any answer counts
        full.answers.insert(score::basicPolicyQuestionKey(), Answer::Implemented);
        r = securityActionReadiness(&full, SecurityActionLevel::TwoStars, kToday);
        QVERIFY(r.twoStarsReady);
        QCOMPARE(r.ready(), SecurityActionLevel::TwoStars);
        QVERIFY(r.mismatch.isEmpty());
        full.taken = kToday.addDays(-366);
        r = securityActionReadiness(&full, SecurityActionLevel::TwoStars, kToday);
        QVERIFY(!r.twoStarsReady);
        QVERIFY(!r.twoStars.at(1).met);
        QCOMPARE(r.ready(), SecurityActionLevel::OneStar);
        QVERIFY(!r.mismatch.isEmpty());
        full.taken = kToday;
        full.answers.insert(score::basicPolicyQuestionKey(), Answer::Partly);
        r = securityActionReadiness(&full, SecurityActionLevel::TwoStars, kToday);
        QVERIFY(!r.twoStarsReady);
        QVERIFY(!r.twoStars.at(2).met);
        full.answers.insert(score::basicPolicyQuestionKey(), Answer::Implemented);
        full.answers.remove(QStringLiteral("ipa25"));
        QVERIFY(!securityActionReadiness(&full, SecurityActionLevel::None, kToday).twoStarsReady);
    }

    // ---- Evidence and contradictions -------------------------------------

    void staleRestoreTestContradictsBackups()
    {
        score::ScoreInput in;
        domain::BackupJob job = companyJob(3, QStringLiteral("会計"));
        in.backupJobs = {job};
        in.backupEvents = {logLine(1, 3, BackupEventKind::RestoreTest, kToday.addDays(-400))};
        in.assessment = score::Assessment();
        in.assessment->taken = kToday;
        in.assessment->answers.insert(QStringLiteral("ipa11"), Answer::Implemented);

        const QVector<score::Evidence> e = score::evidenceFor(QStringLiteral("ipa11"), in, kToday);
        QCOMPARE(e.size(), 1);
        QVERIFY(!e.first().supports);
        QVERIFY(e.first().contradicts);
        QVERIFY2(e.first().text.contains(QStringLiteral("400 day")), qPrintable(e.first().text));
        QCOMPARE(e.first().recordId, qint64(3));
        QVERIFY(score::contradicted(QStringLiteral("ipa11"), score::evidence(in, kToday)));

        auto f = findFactor(score::selfCheckFactors(in, kToday), QStringLiteral("self.ipa11"));
        QCOMPARE(f->value, 0.5);
        QCOMPARE(f->actions.size(), 1);
        QCOMPARE(f->actions.first().key, QStringLiteral("self.ipa11:evidence"));
        QCOMPARE(f->actions.first().share, 0.5);
        QCOMPARE(f->actions.first().place, modules::key::Backups);
        QCOMPARE(f->actions.first().recordId, qint64(3));
        QCOMPARE(f->actions.first().effort, Effort::Days);
        QVERIFY(f->inputs.contains(QStringLiteral("disagree")));

        // 365 days is still within the year.
        in.backupEvents = {logLine(1, 3, BackupEventKind::RestoreTest, kToday.addDays(-365))};
        QVERIFY(score::evidenceFor(QStringLiteral("ipa11"), in, kToday).first().supports);

        // "Partly": the evidence is shown, but it is no contradiction.
        in.backupEvents = {logLine(1, 3, BackupEventKind::RestoreTest, kToday.addDays(-400))};
        in.assessment->answers.insert(QStringLiteral("ipa11"), Answer::Partly);
        const QVector<score::Evidence> partly =
            score::evidenceFor(QStringLiteral("ipa11"), in, kToday);
        QCOMPARE(partly.size(), 1);
        QVERIFY(!partly.first().supports);
        QVERIFY(!partly.first().contradicts);
        auto p = findFactor(score::selfCheckFactors(in, kToday), QStringLiteral("self.ipa11"));
        QCOMPARE(p->value, 0.5);
        QCOMPARE(p->actions.first().key, QStringLiteral("self.ipa11"));
    }

    void backupEvidenceCases()
    {
        score::ScoreInput in;
        in.assessment = score::Assessment();
        in.assessment->taken = kToday;
        in.assessment->answers.insert(QStringLiteral("ipa11"), Answer::Implemented);

        // No job at all, or only Kamae's own: "no backup job".
        QVector<score::Evidence> e = score::evidenceFor(QStringLiteral("ipa11"), in, kToday);
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().text.contains(QStringLiteral("No backup job")));
        QVERIFY(e.first().contradicts);
        domain::BackupJob vault = backups::defaultVaultJob(kToday.addDays(-500));
        vault.id = 1;
        in.backupJobs = {vault};
        e = score::evidenceFor(QStringLiteral("ipa11"), in, kToday);
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().text.contains(QStringLiteral("No backup job")));

        // Kamae's never-tested job is ignored beside a healthy company job.
        domain::BackupJob job = companyJob(2, QStringLiteral("会計"));
        in.backupJobs << job;
        in.backupEvents = {logLine(1, 2, BackupEventKind::RestoreTest, kToday.addDays(-30))};
        e = score::evidenceFor(QStringLiteral("ipa11"), in, kToday);
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().supports);
        QVERIFY(!score::contradicted(QStringLiteral("ipa11"), score::evidence(in, kToday)));
        QCOMPARE(
            findFactor(score::selfCheckFactors(in, kToday), QStringLiteral("self.ipa11"))->value,
            1.0);

        // A failed test within the year, a job never tested, a job without an
        // offline or immutable copy: one line each.
        in.backupEvents = {
            logLine(1, 2, BackupEventKind::RestoreTest, kToday.addDays(-30), BackupResult::Failed)};
        domain::BackupJob online = companyJob(4, QStringLiteral("NASだけ"));
        online.copies = {copyOn(domain::BackupMedia::Nas, domain::BackupLocation::OnSite)};
        in.backupJobs << online;
        e = score::evidenceFor(QStringLiteral("ipa11"), in, kToday);
        QCOMPARE(e.size(), 3);
        QVERIFY(e.at(0).text.contains(QStringLiteral("failed")));
        QVERIFY(e.at(1).text.contains(QStringLiteral("never had a restore test")));
        QVERIFY(e.at(2).text.contains(QStringLiteral("no offline or immutable copy")));
        for (const score::Evidence &x : e)
            QVERIFY(x.contradicts);
    }

    void mfaAndUpdateEvidence()
    {
        score::ScoreInput in;
        // Nothing the data can say: no evidence.
        QVERIFY(score::evidenceFor(QStringLiteral("kamae.mfa"), in, kToday).isEmpty());
        QVERIFY(score::evidenceFor(QStringLiteral("ipa01"), in, kToday).isEmpty());

        domain::Asset vpn = goodAsset(5, QStringLiteral("VPN"), AssetKind::Device);
        vpn.internetFacing = true;
        vpn.mfa = Mfa::Off;
        in.assets = {vpn};
        in.assessment = score::Assessment();
        in.assessment->taken = kToday;
        in.assessment->answers.insert(QStringLiteral("kamae.mfa"), Answer::Implemented);
        QVector<score::Evidence> e = score::evidenceFor(QStringLiteral("kamae.mfa"), in, kToday);
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().contradicts);
        QVERIFY(e.first().text.contains(QStringLiteral("VPN")));
        QCOMPARE(e.first().recordId, qint64(5));
        QCOMPARE(e.first().place, modules::key::Assets);
        QCOMPARE(findFactor(score::selfCheckFactors(in, kToday), QStringLiteral("self.kamae.mfa"))
                     ->value,
                 0.5);

        in.assets.first().mfa = Mfa::On;
        e = score::evidenceFor(QStringLiteral("kamae.mfa"), in, kToday);
        QVERIFY(e.first().supports);
        QCOMPARE(findFactor(score::selfCheckFactors(in, kToday), QStringLiteral("self.kamae.mfa"))
                     ->value,
                 1.0);

        // The worked example's question 1: three lines against "implemented".
        const score::ScoreInput w = inputOf(workedExample());
        e = score::evidenceFor(QStringLiteral("ipa01"), w, kToday);
        QCOMPARE(e.size(), 3);
        for (const score::Evidence &x : e)
            QVERIFY(x.contradicts);
        QCOMPARE(e.at(0).place, modules::key::Patches); // the known-exploited one first
        QCOMPARE(e.at(2).place, modules::key::Assets);  // end of support
        // Overseas sites: supporting evidence only.
        score::ScoreInput sites;
        sites.organisation = test::sampleOrganisation(QStringLiteral("x"));
        e = score::evidenceFor(QStringLiteral("kamae.supplychain.sites"), sites, kToday);
        QCOMPARE(e.size(), 1);
        QVERIFY(e.first().supports);
    }

    // ---- The repository --------------------------------------------------

    void assessmentRoundTripWithAudit()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::ScoreRepository repo(*db);
        store::AuditLog audit(*db);
        auto none = repo.latestAssessment();
        QVERIFY(none);
        QVERIFY(!none->has_value());

        score::Assessment a;
        a.taken = QDate(2026, 4, 20);
        a.notes = QStringLiteral("  社長と一緒に回答  ");
        a.answers.insert(QStringLiteral("ipa01"), Answer::Implemented);
        a.answers.insert(QStringLiteral("ipa10"), Answer::DontKnow);
        a.answers.insert(QStringLiteral("kamae.bcp.plan"), Answer::NotImplemented);
        a.answers.insert(QStringLiteral("ipa02"), Answer::Unanswered); // never stored
        const qint64 auditBefore = audit.count();
        auto saved = repo.saveAssessment(a);
        QVERIFY2(saved, qPrintable(saved.error()));
        QVERIFY(saved->id > 0);
        QCOMPARE(saved->notes, QStringLiteral("社長と一緒に回答"));
        QCOMPARE(saved->answers.size(), 3);
        QCOMPARE(countRows(*db, QStringLiteral("self_assessment_answer")), 3);
        auto all = repo.assessments();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first(), *saved);
        QCOMPARE(audit.count(), auditBefore + 1);
        QCOMPARE(audit.recent(1).first().entity, QStringLiteral("self_assessment"));
        QCOMPARE(audit.recent(1).first().action, QStringLiteral("create"));
        QCOMPARE(audit.recent(1).first().entityId, saved->id);

        // Update: the same id, the answers replaced.
        score::Assessment changed = *saved;
        changed.taken = QDate(2026, 4, 21);
        changed.answers.remove(QStringLiteral("ipa10"));
        changed.answers.insert(QStringLiteral("ipa01"), Answer::Partly);
        auto updated = repo.saveAssessment(changed);
        QVERIFY2(updated, qPrintable(updated.error()));
        QCOMPARE(updated->id, saved->id);
        auto latest = repo.latestAssessment();
        QVERIFY(latest && latest->has_value());
        QCOMPARE(**latest, changed);
        QCOMPARE(countRows(*db, QStringLiteral("self_assessment_answer")), 2);
        QCOMPARE(audit.recent(1).first().action, QStringLiteral("update"));
        QCOMPARE(audit.recent(1).first().field, QStringLiteral("taken_on"));
        QCOMPARE(audit.recent(1).first().newValue.toString(), QStringLiteral("2026-04-21"));
        QCOMPARE(audit.recent(1).first().oldValue.toString(), QStringLiteral("2026-04-20"));
        // Before it, one line per changed answer (ipa01 changed, ipa10 cleared).
        const QVector<store::AuditEntry> lines = audit.recent(3);
        QCOMPARE(lines.at(1).field, QStringLiteral("ipa10"));
        QVERIFY(lines.at(1).newValue.isNull());
        QCOMPARE(lines.at(2).field, QStringLiteral("ipa01"));
        QCOMPARE(lines.at(2).newValue.toInt(), int(Answer::Partly));

        // The newest by date is the latest, whatever the id.
        score::Assessment older;
        older.taken = QDate(2025, 4, 1);
        auto second = repo.saveAssessment(older);
        QVERIFY(second);
        QVERIFY(second->id > saved->id);
        QCOMPARE((*repo.latestAssessment())->id, saved->id);
        QCOMPARE(repo.assessments()->first().id, second->id);

        // Remove and put back with the same id (undo).
        auto removed = repo.removeAssessment(saved->id);
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(*removed, changed);
        QCOMPARE(countRows(*db, QStringLiteral("self_assessment_answer")), 0);
        QCOMPARE(audit.recent(1).first().action, QStringLiteral("delete"));
        QCOMPARE(audit.recent(1).first().oldValue.toString(), QStringLiteral("2026-04-21"));
        QCOMPARE((*repo.latestAssessment())->id, second->id);
        auto back = repo.saveAssessment(*removed);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->id, saved->id);
        QCOMPARE(**repo.latestAssessment(), changed);
        QCOMPARE(audit.recent(1).first().action, QStringLiteral("create"));
        QVERIFY(!repo.removeAssessment(9999));
    }

    void latestIsNewestByDateThenId()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::ScoreRepository repo(*db);
        score::Assessment a;
        a.taken = QDate(2026, 5, 1);
        auto first = repo.saveAssessment(a);
        auto second = repo.saveAssessment(a); // the same day, taken again
        a.taken = QDate(2026, 4, 1);
        auto older = repo.saveAssessment(a);
        QVERIFY(first && second && older);
        QCOMPARE((*repo.latestAssessment())->id, second->id);
        auto all = repo.assessments();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, older->id);
        QCOMPARE(all->at(1).id, first->id);
        QCOMPARE(all->at(2).id, second->id);
    }

    void setAnswerOneAtATime()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::ScoreRepository repo(*db);
        store::AuditLog audit(*db);
        score::Assessment a;
        a.taken = kToday;
        auto saved = repo.saveAssessment(a);
        QVERIFY(saved);
        const qint64 id = saved->id;

        QVERIFY(repo.setAnswer(id, QStringLiteral("ipa05"), Answer::Partly));
        QCOMPARE((*repo.latestAssessment())->answer(QStringLiteral("ipa05")), Answer::Partly);
        QCOMPARE(audit.recent(1).first().field, QStringLiteral("ipa05"));
        QVERIFY(audit.recent(1).first().oldValue.isNull());
        QCOMPARE(audit.recent(1).first().newValue.toInt(), 2);
        QVERIFY(repo.setAnswer(id, QStringLiteral("ipa05"), Answer::Implemented));
        QCOMPARE((*repo.latestAssessment())->answer(QStringLiteral("ipa05")), Answer::Implemented);
        QCOMPARE(audit.recent(1).first().oldValue.toInt(), 2);
        QCOMPARE(audit.recent(1).first().newValue.toInt(), 4);
        QCOMPARE(countRows(*db, QStringLiteral("self_assessment_answer")), 1);
        // Unanswered deletes the row.
        QVERIFY(repo.setAnswer(id, QStringLiteral("ipa05"), Answer::Unanswered));
        QCOMPARE(countRows(*db, QStringLiteral("self_assessment_answer")), 0);
        QCOMPARE((*repo.latestAssessment())->answer(QStringLiteral("ipa05")), Answer::Unanswered);
        QVERIFY(audit.recent(1).first().newValue.isNull());

        const qint64 entries = audit.count();
        QVERIFY(!repo.setAnswer(id, QStringLiteral("ipa99"), Answer::Partly));
        QVERIFY(!repo.setAnswer(id, QStringLiteral("ipa05"), static_cast<Answer>(3)));
        QVERIFY(!repo.setAnswer(id + 1, QStringLiteral("ipa05"), Answer::Partly));
        QCOMPARE(audit.count(), entries);
        QCOMPARE(countRows(*db, QStringLiteral("self_assessment_answer")), 0);
    }

    void validateRejectsBadAssessments()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::ScoreRepository repo(*db);
        score::Assessment noDate;
        QVERIFY(!store::ScoreRepository::validate(noDate));
        QVERIFY(!repo.saveAssessment(noDate));
        score::Assessment unknownKey;
        unknownKey.taken = kToday;
        unknownKey.answers.insert(QStringLiteral("ipa26"), Answer::Implemented);
        const Status s = store::ScoreRepository::validate(unknownKey);
        QVERIFY(!s);
        QVERIFY(s.error().contains(QStringLiteral("ipa26")));
        score::Assessment badAnswer;
        badAnswer.taken = kToday;
        badAnswer.answers.insert(QStringLiteral("ipa01"), static_cast<Answer>(1));
        QVERIFY(!store::ScoreRepository::validate(badAnswer));
        QVERIFY(!repo.saveAssessment(badAnswer));
        QCOMPARE(countRows(*db, QStringLiteral("self_assessment")), 0);
        QVERIFY(store::ScoreRepository::validate(answeredAll(Answer::DontKnow)));
    }

    // ---- Snapshots and the trend -----------------------------------------

    void snapshotRoundTripAndSameDayReplaces()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::ScoreRepository repo(*db);
        score::Snapshot s = snapshot(kToday, 48.7);
        s.categories = {61, 52, 69, 60, 38, 0, 50, -1};
        s.kinds = {57, -1, 30};
        QVERIFY(repo.saveSnapshot(s));
        auto back = repo.snapshotOn(kToday);
        QVERIFY(back && back->has_value());
        QCOMPARE(**back, s);
        QCOMPARE((*back)->categories.at(7), -1.0);

        score::Snapshot again = snapshot(kToday, 50.1);
        again.manual = true;
        again.takenAt = again.takenAt.addSecs(3600);
        QVERIFY(repo.saveSnapshot(again));
        auto all = repo.snapshots();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first(), again);
        QCOMPARE(all->first().total, 50.1);

        QVERIFY(repo.saveSnapshots(
            {snapshot(kToday.addDays(-2), 10), snapshot(kToday.addDays(-1), 20)}));
        all = repo.snapshots();
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().day, kToday.addDays(-2)); // oldest first
        QVERIFY(!repo.saveSnapshot(snapshot(kToday, 100.5)));
        QVERIFY(!repo.saveSnapshot(snapshot(QDate(), 10)));
        QVERIFY(!(*repo.snapshotOn(kToday.addDays(-5))).has_value());
    }

    void snapshotOfRoundsToOneDecimal()
    {
        const score::Score s = score::computeScore(inputOf(workedExample()), kToday);
        const QDateTime at(kToday, QTime(1, 0), QTimeZone::utc());
        const score::Snapshot snap = score::snapshotOf(s, at, true);
        QCOMPARE(snap.day, kToday);
        QCOMPARE(snap.total, 47.1);
        QVERIFY(snap.manual);
        QCOMPARE(snap.takenAt, at);
        for (int c = 0; c < score::kCategoryCount; ++c)
            QCOMPARE(snap.categories.at(c), double(kWorkedCategoryPercents[c]));
        for (int k = 0; k < score::kMeasureKindCount; ++k)
            QCOMPARE(snap.kinds.at(k), double(kWorkedKindPercents[k]));
        // Nothing applies: -1, not 0.
        const score::Snapshot empty = score::snapshotOf(score::weigh({}, kToday), at, false);
        QCOMPARE(empty.categories, QVector<double>(score::kCategoryCount, -1));
        QCOMPARE(empty.kinds, QVector<double>(score::kMeasureKindCount, -1));
    }

    void dailySnapshotOncePerDay()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        const QString error = storeWorkedExample(*db, workedExample());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        store::ScoreRepository repo(*db);

        auto first = score::takeDailySnapshot(*db, kToday);
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(*first);
        auto stored = repo.snapshotOn(kToday);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->total, 47.1);
        QVERIFY(!(*stored)->manual);
        QCOMPARE((*stored)->takenAt, clock::now());
        QCOMPARE((*stored)->categories.at(int(Category::Backups)), 60.0);

        auto second = score::takeDailySnapshot(*db, kToday);
        QVERIFY(second);
        QVERIFY(!*second);
        QCOMPARE(repo.snapshots()->size(), 1);

        // Later the same day, on demand: replaces today's, marked manual.
        fixClock(kToday, QTime(17, 30));
        auto now = score::takeSnapshotNow(*db, kToday);
        QVERIFY2(now, qPrintable(now.error()));
        QVERIFY(now->manual);
        QCOMPARE(repo.snapshots()->size(), 1);
        QCOMPARE(**repo.snapshotOn(kToday), *now);
        QCOMPARE((*repo.snapshotOn(kToday))->takenAt, clock::now());
        QVERIFY(!*score::takeDailySnapshot(*db, kToday));

        // The next day stores again.
        const QDate tomorrow = kToday.addDays(1);
        fixClock(tomorrow);
        auto next = score::takeDailySnapshot(*db, tomorrow);
        QVERIFY(next && *next);
        auto all = repo.snapshots();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->last().day, tomorrow);
        QVERIFY(!all->last().manual);
    }

    void trendPicksTheRightSnapshots()
    {
        const QVector<score::Snapshot> snaps = {
            snapshot(kToday.addDays(-400), 30),
            snapshot(kToday.addDays(-90), 40),
            snapshot(kToday.addDays(-31), 50),
            snapshot(kToday.addDays(-30), 60),
            snapshot(kToday.addDays(-10), 70),
            snapshot(kToday.addDays(-1), 80),
            snapshot(kToday, 90),
        };
        score::Trend t = score::trendOf(snaps, 95, kToday);
        QCOMPARE(t.current, 95.0);
        QVERIFY(t.sinceLast);
        QCOMPARE(*t.sinceLast, 15.0); // against yesterday, not today's own
        QCOMPARE(t.lastDay, kToday.addDays(-1));
        QCOMPARE(*t.since30, 35.0);  // the one of exactly 30 days ago
        QCOMPARE(*t.since90, 55.0);  // exactly 90 days ago
        QCOMPARE(*t.since365, 65.0); // the newest on or before 365 days ago

        // Missing: empty. Snapshots 29 days back do not stand for 30.
        t = score::trendOf({snapshot(kToday.addDays(-29), 10), snapshot(kToday, 90)}, 20, kToday);
        QCOMPARE(*t.sinceLast, 10.0);
        QCOMPARE(t.lastDay, kToday.addDays(-29));
        QVERIFY(!t.since30);
        QVERIFY(!t.since90);
        QVERIFY(!t.since365);
        t = score::trendOf({snapshot(kToday, 90)}, 20, kToday);
        QVERIFY(!t.sinceLast);
        QVERIFY(!t.lastDay.isValid());
        t = score::trendOf({}, 20, kToday);
        QVERIFY(!t.sinceLast && !t.since30 && !t.since90 && !t.since365);
    }

    void unchangedScoreShowsNoChange()
    {
        // Yesterday's snapshot stored 48.8 (48.76 rounded); today the data are
        // the same: the change, as shown, is nothing (not "-0.0").
        const score::Trend t = score::trendOf({snapshot(kToday.addDays(-1), 48.8)}, 48.76, kToday);
        QVERIFY(t.sinceLast);
        COMPARE_NEAR(*t.sinceLast, -0.04);
        QCOMPARE(score::roundedPoints(*t.sinceLast), 0.0);
        QCOMPARE(QString::number(score::roundedPoints(*t.sinceLast), 'f', 1),
                 QStringLiteral("0.0"));
    }

    void roundedAgreesWithTheOneDecimalTotal()
    {
        // The dashboard shows rounded(); the JSON, the CLI's one-decimal
        // numbers and the snapshots show roundedPoints(total).
        score::Score s;
        s.total = 48.2;
        QCOMPARE(s.rounded(), 48);
        s.total = 48.5;
        QCOMPARE(s.rounded(), 49);
        s.total = 48.45; // shown as 48.5 everywhere else
        QCOMPARE(score::roundedPoints(s.total), 48.5);
        QCOMPARE(s.rounded(), 49);
        QCOMPARE(score::displayedScore(48.45), 49);
        QCOMPARE(score::displayedScore(48.44), 48);
    }

    // ---- The JSON of `kamae score --json` ---------------------------------

    void jsonShape()
    {
        const score::ScoreInput in = inputOf(workedExample());
        const score::Score s = score::computeScore(in, kToday);
        const QVector<score::Snapshot> snaps = {snapshot(kToday.addDays(-1), 45.2),
                                                snapshot(kToday.addDays(-30), 40.0)};
        const QJsonObject json = score::scoreJson(s, in, snaps);
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys, names({"answer_points", "answer_share", "categories", "change", "date",
                              "factors", "kinds", "next_actions", "record_points", "rounded",
                              "security_action", "self_assessment", "snapshot_count", "total"}));
        // 1895/84 = 22.560 of 47.134 rest on answers.
        QCOMPARE(json.value(QLatin1String("answer_points")).toDouble(), 22.6);
        QCOMPARE(json.value(QLatin1String("record_points")).toDouble(), 24.6);
        QCOMPARE(json.value(QLatin1String("answer_share")).toDouble(), 0.479);
        QCOMPARE(json.value(QLatin1String("date")).toString(), QStringLiteral("2026-06-30"));
        QCOMPARE(json.value(QLatin1String("total")).toDouble(), score::roundedPoints(s.total));
        QCOMPARE(json.value(QLatin1String("total")).toDouble(), 47.1);
        QCOMPARE(json.value(QLatin1String("rounded")).toInt(), 47);
        QCOMPARE(json.value(QLatin1String("snapshot_count")).toInt(), 2);

        const QJsonArray categories = json.value(QLatin1String("categories")).toArray();
        QCOMPARE(categories.size(), 8);
        const QJsonObject backups = categories.at(int(Category::Backups)).toObject();
        QCOMPARE(backups.keys(),
                 names({"answer_points", "answer_share", "applies", "id", "measured", "name",
                        "percent", "points", "record_points", "weight"}));
        QVERIFY(backups.value(QLatin1String("measured")).toBool());
        QCOMPARE(backups.value(QLatin1String("answer_points")).toDouble(), 1.7); // question 11
        QCOMPARE(backups.value(QLatin1String("record_points")).toDouble(), 10.3);
        QCOMPARE(backups.value(QLatin1String("answer_share")).toDouble(), 0.139); // 60/431
        const QJsonObject bcp = categories.at(int(Category::Bcp)).toObject();
        QCOMPARE(bcp.value(QLatin1String("answer_share")).toDouble(), 0.0); // no points at all
        QCOMPARE(backups.value(QLatin1String("id")).toString(), QStringLiteral("backups"));
        QCOMPARE(backups.value(QLatin1String("points")).toDouble(), 12.0);
        QCOMPARE(backups.value(QLatin1String("percent")).toInt(), 60);
        const QJsonArray kinds = json.value(QLatin1String("kinds")).toArray();
        QCOMPARE(kinds.size(), 3);
        QCOMPARE(kinds.at(2).toObject().keys(),
                 names({"id", "max_points", "name", "percent", "points"}));
        QCOMPARE(kinds.at(2).toObject().value(QLatin1String("max_points")).toDouble(), 36.0);

        const QJsonArray factors = json.value(QLatin1String("factors")).toArray();
        QCOMPARE(factors.size(), 47); // 46 and the action-only owners factor
        const auto factorWithId = [&factors](const char *id) {
            for (const QJsonValue &f : factors)
                if (f.toObject().value(QLatin1String("id")).toString() == QLatin1String(id))
                    return f.toObject();
            return QJsonObject();
        };
        const QJsonObject on = factorWithId("patches.on_time");
        QCOMPARE(on.keys(),
                 names({"actions", "applies", "basis", "category", "id", "inputs", "kind", "lost",
                        "max_points", "measured", "points", "title", "value", "weight"}));
        QCOMPARE(on.value(QLatin1String("basis")).toString(), QStringLiteral("records"));
        QVERIFY(on.value(QLatin1String("measured")).toBool());
        const QJsonObject q28 = factorWithId("self.kamae.bcp.review");
        QCOMPARE(q28.value(QLatin1String("id")).toString(),
                 QStringLiteral("self.kamae.bcp.review"));
        QCOMPARE(q28.value(QLatin1String("basis")).toString(), QStringLiteral("answers"));
        QVERIFY(!q28.value(QLatin1String("measured")).toBool()); // not answered
        QCOMPARE(on.value(QLatin1String("id")).toString(), QStringLiteral("patches.on_time"));
        QCOMPARE(on.value(QLatin1String("value")).toDouble(), 0.333);
        QCOMPARE(on.value(QLatin1String("max_points")).toDouble(), 4.4);
        QCOMPARE(on.value(QLatin1String("points")).toDouble(), 1.5);
        QCOMPARE(on.value(QLatin1String("lost")).toDouble(), 3.0);
        QCOMPARE(on.value(QLatin1String("weight")).toDouble(), 2.0);
        const QJsonObject action = on.value(QLatin1String("actions")).toArray().first().toObject();
        QCOMPARE(action.keys(),
                 names({"basis", "effort", "key", "place", "points", "record_id", "text"}));
        QCOMPARE(action.value(QLatin1String("record_id")).toInteger(), 3);
        QCOMPARE(action.value(QLatin1String("place")).toString(), QStringLiteral("patches"));

        const QJsonArray next = json.value(QLatin1String("next_actions")).toArray();
        QCOMPARE(next.size(), score::kNextActionCount + 1); // and "owners.assign"
        QCOMPARE(next.last().toObject().value(QLatin1String("points")).toDouble(), 0.0);
        QCOMPARE(next.at(0).toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("self.unanswered"));
        QCOMPARE(next.at(0).toObject().value(QLatin1String("points")).toDouble(), 7.4);
        QCOMPARE(next.at(0).toObject().value(QLatin1String("effort")).toString(),
                 QStringLiteral("minutes"));

        const QJsonObject change = json.value(QLatin1String("change")).toObject();
        QCOMPARE(change.value(QLatin1String("since_last")).toDouble(), 1.9); // 47.13 - 45.2
        QCOMPARE(change.value(QLatin1String("last_snapshot")).toString(),
                 QStringLiteral("2026-06-29"));
        QCOMPARE(change.value(QLatin1String("days_30")).toDouble(), 7.1);
        QVERIFY(change.value(QLatin1String("days_90")).isNull());
        QVERIFY(change.value(QLatin1String("days_365")).isNull());

        const QJsonObject self = json.value(QLatin1String("self_assessment")).toObject();
        QCOMPARE(self.value(QLatin1String("date")).toString(), QStringLiteral("2026-04-20"));
        QCOMPARE(self.value(QLatin1String("ipa_score")).toInt(), 58);
        QCOMPARE(self.value(QLatin1String("answered")).toInt(), 25);
        QCOMPARE(self.value(QLatin1String("band")).toString(), QStringLiteral("needs_work"));

        const QJsonObject sa = json.value(QLatin1String("security_action")).toObject();
        QCOMPARE(sa.value(QLatin1String("declared")).toString(), QStringLiteral("one_star"));
        QCOMPARE(sa.value(QLatin1String("ready")).toString(), QStringLiteral("none"));
        QCOMPARE(sa.value(QLatin1String("one_star")).toArray().size(), 5);
        QCOMPARE(sa.value(QLatin1String("two_stars")).toArray().size(), 3);
        QVERIFY(!sa.value(QLatin1String("one_star"))
                     .toArray()
                     .at(2)
                     .toObject()
                     .value(QLatin1String("met"))
                     .toBool());
        QVERIFY(!sa.value(QLatin1String("mismatch")).toString().isEmpty());

        // No self-check: null.
        score::ScoreInput none = in;
        none.assessment.reset();
        QVERIFY(score::scoreJson(score::computeScore(none, kToday), none, {})
                    .value(QLatin1String("self_assessment"))
                    .isNull());
    }

    // ---- The schema --------------------------------------------------------

    void migrationToSchemaFive()
    {
        fixClock();
        const std::vector<store::Migration> &steps = store::schemaMigrations();
        QVERIFY(steps.size() >= 5);
        QCOMPARE(steps.at(4).version, 5);
        const QStringList tables = {QStringLiteral("self_assessment"),
                                    QStringLiteral("self_assessment_answer"),
                                    QStringLiteral("score_snapshot")};
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        QVERIFY(store::migrate(**db, {steps.begin(), steps.begin() + 4}));
        QCOMPARE((*db)->userVersion(), 4);
        for (const QString &t : tables)
            QVERIFY2(!tableExists(**db, t), qPrintable(t));
        const Status s = store::migrate(**db, {steps.begin(), steps.begin() + 5});
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE((*db)->userVersion(), 5);
        for (const QString &t : tables)
            QVERIFY2(tableExists(**db, t), qPrintable(t));
        // The answer column takes stored answers only (no "unanswered").
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO self_assessment (id, taken_on, updated_at) "
                                      "VALUES (1, '2026-06-30', 'x')")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO self_assessment_answer VALUES (1, 'ipa01', 4)")));
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO self_assessment_answer VALUES (1, 'ipa02', -2)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO score_snapshot (day, taken_at, total) "
                                       "VALUES ('2026-06-30', 'x', 101)")));
    }
};

QTEST_GUILESS_MAIN(TestScore)
#include "tst_score.moc"
