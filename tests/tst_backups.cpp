// The backups module: schedule arithmetic, the clock seam, the 3-2-1-1-0
// rule, job status, the company summary, the repository on a migrated
// database, the reminders engine and Kamae's own vault copies.
#include "TestSupport.h"

#include "backups/BackupDesk.h"
#include "backups/BackupRules.h"
#include "cli/Cli.h"
#include "core/Clock.h"
#include "demo/DemoCompany.h"
#include "domain/AssetRules.h"
#include "domain/Schedule.h"
#include "i18n/Language.h"
#include "reminders/Reminders.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PatchRepository.h"
#include "vault/Vault.h"

#include <QDir>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

using namespace kamae;
using backups::JobLog;
using backups::Rule;
using backups::RuleCheck;
using domain::BackupCopy;
using domain::BackupEvent;
using domain::BackupEventKind;
using domain::BackupJob;
using domain::BackupLocation;
using domain::BackupMedia;
using domain::BackupResult;
using domain::nextOccurrenceAfter;
using domain::Schedule;
using reminders::Reminder;
namespace kind = reminders::kind;
using reminders::ReminderState;

namespace {

const QString kPassphrase = QStringLiteral("backups-Passphrase-1 ひみつ");

// "Today" for the tests that fix the clock: 2026-11-22 (a Sunday) in Tokyo.
const QDate kToday(2026, 11, 22);

void fixClock(const QDate &today = kToday)
{
    // 10:00 in Tokyo.
    kamae::clock::setFixedNow(QDateTime(today, QTime(1, 0), QTimeZone::utc()));
    kamae::clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
}

// A migrated database with the organisation row Vault::create writes (the
// reminders read the score's input, which needs it).
std::unique_ptr<store::Database> migratedDatabase()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    QSqlQuery q((*db)->sql());
    if (!q.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                               "VALUES (1, 'Acme', '2025-01-01T00:00:00Z')")))
        return nullptr;
    return std::move(db.value());
}

BackupCopy copyOn(BackupMedia media, BackupLocation location, bool offline = false,
                  bool immutable = false, const QString &label = {})
{
    BackupCopy c;
    c.media = media;
    c.location = location;
    c.offline = offline;
    c.immutable = immutable;
    c.label = label;
    return c;
}

// Meets 3-2-1-1-0 once a restore test succeeded: a NAS on-site, a USB disk
// rotated off-site and kept offline, an immutable cloud copy.
BackupJob healthyJob(qint64 id = 7)
{
    BackupJob j;
    j.id = id;
    j.name = QStringLiteral("会計データ");
    j.method = QStringLiteral("Windows Server Backup");
    j.schedule = Schedule::daily();
    j.started = QDate(2026, 1, 5);
    j.copies = {copyOn(BackupMedia::Nas, BackupLocation::OnSite, false, false,
                       QStringLiteral("NAS in the server room")),
                copyOn(BackupMedia::ExternalDisk, BackupLocation::OffSite, true, false,
                       QStringLiteral("USB disk rotated weekly")),
                copyOn(BackupMedia::Cloud, BackupLocation::Cloud, false, true,
                       QStringLiteral("Cloud bucket with object lock"))};
    return j;
}

BackupEvent logLine(qint64 id, BackupEventKind kind, const QDate &date,
                    BackupResult result = BackupResult::Success, qint64 jobId = 7)
{
    BackupEvent e;
    e.id = id;
    e.jobId = jobId;
    e.kind = kind;
    e.date = date;
    e.result = result;
    return e;
}

JobLog logOf(const QVector<BackupEvent> &events, qint64 jobId = 7)
{
    return backups::summarize(jobId, events);
}

const RuleCheck &checkFor(const QVector<RuleCheck> &checks, Rule rule)
{
    for (const RuleCheck &c : checks)
        if (c.rule == rule)
            return c;
    qFatal("rule %d missing", static_cast<int>(rule));
}

// The rules that fail, in rule order.
QVector<Rule> failing(const QVector<RuleCheck> &checks)
{
    QVector<Rule> rules;
    for (const RuleCheck &c : checks)
        if (!c.met)
            rules << c.rule;
    return rules;
}

domain::Asset asset(qint64 id, const QString &name, int c, int i, int a,
                    domain::AssetKind kind = domain::AssetKind::Data,
                    domain::PersonalData personal = domain::PersonalData::None)
{
    domain::Asset x;
    x.id = id;
    x.name = name;
    x.confidentiality = c;
    x.integrity = i;
    x.availability = a;
    x.kind = kind;
    x.personalData = personal;
    return x;
}

qint64 storeAsset(store::Database &db, const QString &name, int c = 3)
{
    auto id = store::AssetRepository(db).insert(asset(0, name, c, 2, 2));
    return id ? id.value() : 0;
}

int countRows(store::Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
        return q.value(0).toInt();
    return -1;
}

const Reminder *findUid(const QVector<Reminder> &all, const QString &uid)
{
    for (const Reminder &r : all)
        if (r.uid == uid)
            return &r;
    return nullptr;
}

QStringList uids(const QVector<Reminder> &all)
{
    QStringList list;
    for (const Reminder &r : all)
        list << r.uid;
    return list;
}

QByteArray flippedNearEnd(QByteArray bytes)
{
    const qsizetype at = bytes.size() - 20;
    bytes[at] = static_cast<char>(bytes[at] ^ 0x10);
    return bytes;
}

} // namespace

class TestBackups final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_backups"); }
    void cleanup() { kamae::clock::reset(); }

    // ---- Schedule arithmetic -------------------------------------------

    void dailyAndEveryNDays()
    {
        QCOMPARE(nextOccurrenceAfter(Schedule::daily(), QDate(2026, 12, 31)), QDate(2027, 1, 1));
        QCOMPARE(nextOccurrenceAfter(Schedule::daily(), QDate(2028, 2, 28)), QDate(2028, 2, 29));
        QCOMPARE(nextOccurrenceAfter(Schedule::daily(), QDate(2027, 2, 28)), QDate(2027, 3, 1));
        // Counted from the day it was last done, across the year end…
        QCOMPARE(nextOccurrenceAfter(Schedule::everyNDays(30), QDate(2026, 12, 20)),
                 QDate(2027, 1, 19));
        QCOMPARE(nextOccurrenceAfter(Schedule::everyNDays(90), QDate(2026, 11, 22)),
                 QDate(2027, 2, 20));
        // …and across a leap day (2028) or none (2027).
        QCOMPARE(nextOccurrenceAfter(Schedule::everyNDays(30), QDate(2028, 2, 1)),
                 QDate(2028, 3, 2));
        QCOMPARE(nextOccurrenceAfter(Schedule::everyNDays(30), QDate(2027, 2, 1)),
                 QDate(2027, 3, 3));
        QCOMPARE(nextOccurrenceAfter(Schedule::everyNDays(366), QDate(2027, 3, 1)),
                 QDate(2028, 3, 1));
        QCOMPARE(nextOccurrenceAfter(Schedule::everyNDays(1), QDate(2028, 2, 28)),
                 QDate(2028, 2, 29));
        QVERIFY(!nextOccurrenceAfter(Schedule::daily(), QDate()).isValid());
    }

    void weekly()
    {
        const int monThu = domain::weekdayBit(Qt::Monday) | domain::weekdayBit(Qt::Thursday);
        // 2026-11-22 is a Sunday.
        QCOMPARE(kToday.dayOfWeek(), int(Qt::Sunday));
        QCOMPARE(nextOccurrenceAfter(Schedule::weekly(monThu), kToday), QDate(2026, 11, 23));
        QCOMPARE(nextOccurrenceAfter(Schedule::weekly(monThu), QDate(2026, 11, 23)),
                 QDate(2026, 11, 26));
        // Thursday → Monday: over the week end.
        QCOMPARE(nextOccurrenceAfter(Schedule::weekly(monThu), QDate(2026, 11, 26)),
                 QDate(2026, 11, 30));
        // Strictly after: the same weekday is a week later.
        const int sunday = domain::weekdayBit(Qt::Sunday);
        QCOMPARE(nextOccurrenceAfter(Schedule::weekly(sunday), kToday), QDate(2026, 11, 29));
        // Saturday (bit 5) to Monday (bit 0), across the year end.
        const int monday = domain::weekdayBit(Qt::Monday);
        QCOMPARE(nextOccurrenceAfter(Schedule::weekly(monday), QDate(2026, 12, 26)),
                 QDate(2026, 12, 28));
        const int saturday = domain::weekdayBit(Qt::Saturday);
        QCOMPARE(nextOccurrenceAfter(Schedule::weekly(saturday), QDate(2026, 12, 26)),
                 QDate(2027, 1, 2));
        QCOMPARE(nextOccurrenceAfter(Schedule::weekly(domain::kAllWeekdays), QDate(2026, 12, 31)),
                 QDate(2027, 1, 1));
        QCOMPARE(domain::weekdayBit(Qt::Monday), 1);
        QCOMPARE(domain::weekdayBit(Qt::Sunday), 64);
        QVERIFY(!nextOccurrenceAfter(Schedule::weekly(0), kToday).isValid());
    }

    void monthlyClampsToTheMonthEnd()
    {
        const Schedule last = Schedule::monthly(31);
        QCOMPARE(nextOccurrenceAfter(last, QDate(2026, 1, 31)), QDate(2026, 2, 28));
        QCOMPARE(nextOccurrenceAfter(last, QDate(2028, 1, 31)), QDate(2028, 2, 29));
        QCOMPARE(nextOccurrenceAfter(last, QDate(2026, 2, 28)), QDate(2026, 3, 31));
        QCOMPARE(nextOccurrenceAfter(last, QDate(2028, 2, 29)), QDate(2028, 3, 31));
        // 2028-02-28 is not yet the month's last day in a leap year.
        QCOMPARE(nextOccurrenceAfter(last, QDate(2028, 2, 28)), QDate(2028, 2, 29));
        QCOMPARE(nextOccurrenceAfter(last, QDate(2026, 3, 31)), QDate(2026, 4, 30));
        QCOMPARE(nextOccurrenceAfter(last, QDate(2026, 4, 30)), QDate(2026, 5, 31));
        QCOMPARE(nextOccurrenceAfter(last, QDate(2026, 12, 31)), QDate(2027, 1, 31));
        QCOMPARE(nextOccurrenceAfter(last, QDate(2026, 11, 22)), QDate(2026, 11, 30));

        const Schedule thirtieth = Schedule::monthly(30);
        QCOMPARE(nextOccurrenceAfter(thirtieth, QDate(2026, 1, 30)), QDate(2026, 2, 28));
        QCOMPARE(nextOccurrenceAfter(thirtieth, QDate(2026, 2, 10)), QDate(2026, 2, 28));
        QCOMPARE(nextOccurrenceAfter(thirtieth, QDate(2028, 2, 10)), QDate(2028, 2, 29));
        QCOMPARE(nextOccurrenceAfter(thirtieth, QDate(2026, 2, 28)), QDate(2026, 3, 30));
        QCOMPARE(nextOccurrenceAfter(thirtieth, QDate(2026, 1, 31)), QDate(2026, 2, 28));

        const Schedule fifteenth = Schedule::monthly(15);
        QCOMPARE(nextOccurrenceAfter(fifteenth, QDate(2026, 1, 10)), QDate(2026, 1, 15));
        QCOMPARE(nextOccurrenceAfter(fifteenth, QDate(2026, 1, 15)), QDate(2026, 2, 15));
        QCOMPARE(nextOccurrenceAfter(fifteenth, QDate(2026, 12, 20)), QDate(2027, 1, 15));

        QCOMPARE(domain::clampedMonthDay(2026, 2, 31), QDate(2026, 2, 28));
        QCOMPARE(domain::clampedMonthDay(2028, 2, 30), QDate(2028, 2, 29));
        QCOMPARE(domain::clampedMonthDay(2026, 4, 31), QDate(2026, 4, 30));
        QCOMPARE(domain::clampedMonthDay(2026, 1, 31), QDate(2026, 1, 31));
    }

    void scheduleProblems()
    {
        for (const Schedule &bad :
             {Schedule::weekly(0), Schedule::weekly(0x80), Schedule::monthly(0),
              Schedule::monthly(32), Schedule::monthly(-1), Schedule::everyNDays(0),
              Schedule::everyNDays(-3), Schedule::everyNDays(3661)}) {
            QVERIFY2(!domain::scheduleProblem(bad).isEmpty(),
                     qPrintable(domain::ScheduleText::describe(bad)));
            QVERIFY(!nextOccurrenceAfter(bad, kToday).isValid());
        }
        QVERIFY(domain::scheduleProblem(Schedule::weekly(0))
                    .contains(QLatin1String("day of the week")));
        QVERIFY(domain::scheduleProblem(Schedule::monthly(32)).contains(QLatin1String("31")));
        QVERIFY(domain::scheduleProblem(Schedule::everyNDays(0)).contains(QLatin1String("1")));
        for (const Schedule &good :
             {Schedule::daily(), Schedule::weekly(1), Schedule::weekly(domain::kAllWeekdays),
              Schedule::monthly(1), Schedule::monthly(31), Schedule::everyNDays(1),
              Schedule::everyNDays(3660)}) {
            QVERIFY2(domain::scheduleProblem(good).isEmpty(),
                     qPrintable(domain::scheduleProblem(good)));
            QVERIFY(nextOccurrenceAfter(good, kToday) > kToday);
        }
        // A job with a bad schedule cannot be stored either.
        BackupJob job = healthyJob();
        job.schedule = Schedule::monthly(32);
        QVERIFY(!backups::jobProblem(job).isEmpty());
    }

    // ---- Clock seam and the user's time zone -----------------------------

    void todayFollowsTheUsersZone()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        QVERIFY(tokyo.isValid());
        const QDateTime instant(QDate(2026, 2, 28), QTime(15, 30), QTimeZone::utc());
        kamae::clock::setFixedNow(instant);
        kamae::clock::setFixedTimeZone(tokyo);
        QCOMPARE(kamae::clock::now(), instant);
        QCOMPARE(kamae::clock::now().toUTC().date(), QDate(2026, 2, 28));
        QCOMPARE(kamae::clock::timeZone(), tokyo);
        // 00:30 on 1 March in Tokyo.
        QCOMPARE(kamae::clock::today(), QDate(2026, 3, 1));
        QCOMPARE(kamae::clock::dateIn(instant, tokyo), QDate(2026, 3, 1));

        kamae::clock::setFixedTimeZone(QTimeZone::utc());
        QCOMPARE(kamae::clock::today(), QDate(2026, 2, 28));
        const QTimeZone newYork("America/New_York");
        QVERIFY(newYork.isValid());
        kamae::clock::setFixedTimeZone(newYork);
        QCOMPARE(kamae::clock::today(), QDate(2026, 2, 28));

        // The same instant given in Tokyo time is the same instant.
        kamae::clock::setFixedNow(QDateTime(QDate(2026, 3, 1), QTime(0, 30), tokyo));
        QCOMPARE(kamae::clock::now(), instant);
        QCOMPARE(kamae::clock::now().timeSpec(), Qt::UTC);

        // What "the future" means follows the zone too: a record dated
        // 1 March is fine in Tokyo, not yet in UTC.
        BackupEvent e = logLine(0, BackupEventKind::Run, QDate(2026, 3, 1));
        kamae::clock::setFixedTimeZone(tokyo);
        QVERIFY2(backups::eventProblem(e).isEmpty(), qPrintable(backups::eventProblem(e)));
        kamae::clock::setFixedTimeZone(QTimeZone::utc());
        QVERIFY(!backups::eventProblem(e).isEmpty());
    }

    void resetReturnsToTheSystemClock()
    {
        kamae::clock::setFixedNow(QDateTime(QDate(2001, 1, 1), QTime(0, 0), QTimeZone::utc()));
        kamae::clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
        QCOMPARE(kamae::clock::today(), QDate(2001, 1, 1));
        kamae::clock::reset();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = kamae::clock::now();
        const QDate today = kamae::clock::today();
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(now >= before && now <= after);
        QCOMPARE(kamae::clock::timeZone(), QTimeZone::systemTimeZone());
        const QTimeZone system = QTimeZone::systemTimeZone();
        QVERIFY(today == kamae::clock::dateIn(before, system) ||
                today == kamae::clock::dateIn(after, system));
    }

    // ---- 3-2-1-1-0 ---------------------------------------------------------

    void healthyJobMeetsAllFive()
    {
        const JobLog log = logOf({logLine(1, BackupEventKind::RestoreTest, QDate(2026, 10, 23))});
        const QVector<RuleCheck> checks = backups::evaluate(healthyJob(), log);
        QCOMPARE(checks.size(), backups::kRuleCount);
        for (int r = 0; r < backups::kRuleCount; ++r) {
            QCOMPARE(checks.at(r).rule, static_cast<Rule>(r));
            QVERIFY2(checks.at(r).met, qPrintable(checks.at(r).explanation));
            QVERIFY(!checks.at(r).explanation.isEmpty());
            QVERIFY(!backups::BackupText::rule(checks.at(r).rule).isEmpty());
        }
        QVERIFY(backups::meetsAll(checks));
        QVERIFY(!backups::meetsAll({}));
        // Met rules say why.
        QVERIFY2(checks.at(0).explanation.contains(QLatin1String("4 copies")),
                 qPrintable(checks.at(0).explanation));
        QVERIFY(checks.at(1).explanation.contains(QLatin1String("NAS")));
        QVERIFY(checks.at(2).explanation.contains(QLatin1String("USB disk rotated weekly")));
        QVERIFY(checks.at(3).explanation.contains(QLatin1String("USB disk rotated weekly")));
        QVERIFY(checks.at(3).explanation.contains(QLatin1String("offline")));
    }

    void onlyTwoCopiesFailsThreeCopies()
    {
        BackupJob job = healthyJob();
        job.copies = {copyOn(BackupMedia::Cloud, BackupLocation::Cloud, false, true)};
        const JobLog log = logOf({logLine(1, BackupEventKind::RestoreTest, QDate(2026, 10, 23))});
        const QVector<RuleCheck> checks = backups::evaluate(job, log);
        // With one backup copy there is one kind of media too.
        QCOMPARE(failing(checks), (QVector<Rule>{Rule::ThreeCopies, Rule::TwoMedia}));
        const QString why = checkFor(checks, Rule::ThreeCopies).explanation;
        QVERIFY2(why.contains(QLatin1String("Only 2 copies")), qPrintable(why));
        QVERIFY(why.contains(QLatin1String("at least two backup copies")));
        // Cloud counts as off-site; immutable counts as isolated.
        QVERIFY(checkFor(checks, Rule::OneOffSite).met);
        QVERIFY(checkFor(checks, Rule::OneOfflineOrImmutable).met);
        QVERIFY(checkFor(checks, Rule::OneOfflineOrImmutable)
                    .explanation.contains(QLatin1String("immutable")));
        QVERIFY(!backups::meetsAll(checks));

        job.copies.clear();
        const QVector<RuleCheck> none = backups::evaluate(job, log);
        QVERIFY(checkFor(none, Rule::ThreeCopies)
                    .explanation.contains(QLatin1String("at least two backup copies")));
        QVERIFY(checkFor(none, Rule::TwoMedia).explanation.contains(QLatin1String("No backup")));
        QCOMPARE(failing(none), (QVector<Rule>{Rule::ThreeCopies, Rule::TwoMedia, Rule::OneOffSite,
                                               Rule::OneOfflineOrImmutable}));
    }

    void sameMediaFailsTwoMediaAlone()
    {
        BackupJob job = healthyJob();
        for (BackupCopy &c : job.copies)
            c.media = BackupMedia::Nas;
        const JobLog log = logOf({logLine(1, BackupEventKind::RestoreTest, QDate(2026, 10, 23))});
        const QVector<RuleCheck> checks = backups::evaluate(job, log);
        QCOMPARE(failing(checks), QVector<Rule>{Rule::TwoMedia});
        const QString why = checkFor(checks, Rule::TwoMedia).explanation;
        QVERIFY2(why.contains(QLatin1String("same kind of media")), qPrintable(why));
        QVERIFY(why.contains(QLatin1String("NAS")));
    }

    void allOnSiteFailsOneOffSiteAlone()
    {
        BackupJob job = healthyJob();
        for (BackupCopy &c : job.copies)
            c.location = BackupLocation::OnSite;
        const JobLog log = logOf({logLine(1, BackupEventKind::RestoreTest, QDate(2026, 10, 23))});
        const QVector<RuleCheck> checks = backups::evaluate(job, log);
        QCOMPARE(failing(checks), QVector<Rule>{Rule::OneOffSite});
        const QString why = checkFor(checks, Rule::OneOffSite).explanation;
        QVERIFY2(why.contains(QLatin1String("off-site")), qPrintable(why));
        QVERIFY(why.contains(QLatin1String("fire")));

        // A cloud location alone is off-site.
        job.copies[2].location = BackupLocation::Cloud;
        QVERIFY(backups::meetsAll(backups::evaluate(job, log)));
    }

    void noOfflineOrImmutableFailsAlone()
    {
        BackupJob job = healthyJob();
        for (BackupCopy &c : job.copies) {
            c.offline = false;
            c.immutable = false;
        }
        const JobLog log = logOf({logLine(1, BackupEventKind::RestoreTest, QDate(2026, 10, 23))});
        const QVector<RuleCheck> checks = backups::evaluate(job, log);
        QCOMPARE(failing(checks), QVector<Rule>{Rule::OneOfflineOrImmutable});
        const QString why = checkFor(checks, Rule::OneOfflineOrImmutable).explanation;
        QVERIFY2(why.contains(QLatin1String("ransomware")), qPrintable(why));

        // Either one is enough.
        job.copies[0].offline = true;
        QVERIFY(backups::meetsAll(backups::evaluate(job, log)));
        job.copies[0].offline = false;
        job.copies[0].immutable = true;
        QVERIFY(backups::meetsAll(backups::evaluate(job, log)));
    }

    void restoreTestDecidesZeroErrors()
    {
        const BackupJob job = healthyJob();
        // Never tested.
        QVector<RuleCheck> checks = backups::evaluate(job, logOf({}));
        QCOMPARE(failing(checks), QVector<Rule>{Rule::ZeroErrors});
        QVERIFY(checkFor(checks, Rule::ZeroErrors)
                    .explanation.contains(QLatin1String("No restore test")));
        // Backup runs are not restore tests.
        checks = backups::evaluate(
            job, logOf({logLine(1, BackupEventKind::Run, QDate(2026, 11, 1)),
                        logLine(2, BackupEventKind::AirGapCheck, QDate(2026, 11, 1))}));
        QCOMPARE(failing(checks), QVector<Rule>{Rule::ZeroErrors});

        // With errors.
        checks =
            backups::evaluate(job, logOf({logLine(1, BackupEventKind::RestoreTest,
                                                  QDate(2026, 10, 23), BackupResult::Warnings)}));
        QCOMPARE(failing(checks), QVector<Rule>{Rule::ZeroErrors});
        QString why = checkFor(checks, Rule::ZeroErrors).explanation;
        QVERIFY2(why.contains(QLatin1String("with errors")), qPrintable(why));
        QVERIFY(why.contains(i18n::formatDate(QDate(2026, 10, 23))));

        // Failed.
        checks =
            backups::evaluate(job, logOf({logLine(1, BackupEventKind::RestoreTest,
                                                  QDate(2026, 10, 23), BackupResult::Failed)}));
        QCOMPARE(failing(checks), QVector<Rule>{Rule::ZeroErrors});
        why = checkFor(checks, Rule::ZeroErrors).explanation;
        QVERIFY2(why.contains(QLatin1String("failed")), qPrintable(why));

        // The newest test decides, whatever came before, in any order.
        checks = backups::evaluate(
            job, logOf({logLine(5, BackupEventKind::RestoreTest, QDate(2026, 11, 1)),
                        logLine(9, BackupEventKind::RestoreTest, QDate(2026, 8, 1),
                                BackupResult::Failed)}));
        QVERIFY(backups::meetsAll(checks));
        checks = backups::evaluate(
            job, logOf({logLine(9, BackupEventKind::RestoreTest, QDate(2026, 8, 1)),
                        logLine(5, BackupEventKind::RestoreTest, QDate(2026, 11, 1),
                                BackupResult::Failed)}));
        QCOMPARE(failing(checks), QVector<Rule>{Rule::ZeroErrors});
        // On one day, the later record (higher id) decides.
        checks = backups::evaluate(
            job, logOf({logLine(4, BackupEventKind::RestoreTest, QDate(2026, 11, 1),
                                BackupResult::Failed),
                        logLine(3, BackupEventKind::RestoreTest, QDate(2026, 11, 1))}));
        QCOMPARE(failing(checks), QVector<Rule>{Rule::ZeroErrors});
        // Another job's tests do not count.
        checks =
            backups::evaluate(job, logOf({logLine(1, BackupEventKind::RestoreTest,
                                                  QDate(2026, 11, 1), BackupResult::Success, 8)}));
        QCOMPARE(failing(checks), QVector<Rule>{Rule::ZeroErrors});
    }

    void summarizePicksTheNewestOfEachKind()
    {
        const QVector<BackupEvent> events = {
            logLine(1, BackupEventKind::Run, QDate(2026, 11, 20)),
            logLine(2, BackupEventKind::Run, QDate(2026, 11, 21), BackupResult::Warnings),
            logLine(3, BackupEventKind::Run, QDate(2026, 11, 22), BackupResult::Failed),
            logLine(4, BackupEventKind::Run, QDate(2026, 11, 22), BackupResult::Success, 8),
            logLine(5, BackupEventKind::AirGapCheck, QDate(2026, 11, 2)),
            logLine(6, BackupEventKind::AirGapCheck, QDate(2026, 10, 2)),
        };
        const JobLog log = logOf(events);
        QCOMPARE(log.lastRun.id, qint64(3));
        // A run with warnings still produced a backup.
        QCOMPARE(log.lastSuccessfulRun.id, qint64(2));
        QCOMPARE(log.lastAirGapCheck.id, qint64(5));
        QCOMPARE(log.lastRestoreTest.id, qint64(0));
        QCOMPARE(logOf(events, 8).lastRun.id, qint64(4));
    }

    // ---- Job status ----------------------------------------------------------

    void runDueFollowsTheSchedule()
    {
        BackupJob job = healthyJob();
        const QVector<BackupEvent> log = {logLine(1, BackupEventKind::Run, QDate(2026, 11, 20)),
                                          logLine(2, BackupEventKind::Run, QDate(2026, 11, 19))};
        auto run = [&](const QDate &today) {
            return backups::jobStatus(job, logOf(log), today).run;
        };
        QVERIFY(run(kToday).applies);
        QCOMPARE(run(kToday).lastDone, QDate(2026, 11, 20));
        QCOMPARE(run(kToday).due, QDate(2026, 11, 21));
        // A run is only "due soon" on its own day.
        QCOMPARE(run(QDate(2026, 11, 20)).state, ReminderState::Upcoming);
        QCOMPARE(run(QDate(2026, 11, 21)).state, ReminderState::DueSoon);
        QCOMPARE(run(kToday).state, ReminderState::Overdue);

        // Mondays and Thursdays: after Thursday the 19th comes Monday the 23rd.
        job.schedule =
            Schedule::weekly(domain::weekdayBit(Qt::Monday) | domain::weekdayBit(Qt::Thursday));
        const QVector<BackupEvent> thursday = {
            logLine(1, BackupEventKind::Run, QDate(2026, 11, 19))};
        const backups::JobStatus weekly = backups::jobStatus(job, logOf(thursday), kToday);
        QCOMPARE(weekly.run.due, QDate(2026, 11, 23));
        QCOMPARE(weekly.run.state, ReminderState::Upcoming);

        // Monthly on the 31st: after 31 October comes 30 November.
        job.schedule = Schedule::monthly(31);
        const QVector<BackupEvent> october = {
            logLine(1, BackupEventKind::Run, QDate(2026, 10, 31))};
        QCOMPARE(backups::jobStatus(job, logOf(october), kToday).run.due, QDate(2026, 11, 30));
    }

    void failedRunIsDueAtOnce()
    {
        BackupJob job = healthyJob();
        job.schedule = Schedule::monthly(1);
        const QVector<BackupEvent> failed = {
            logLine(1, BackupEventKind::Run, QDate(2026, 10, 1)),
            logLine(2, BackupEventKind::Run, QDate(2026, 11, 1), BackupResult::Failed)};
        backups::JobStatus status = backups::jobStatus(job, logOf(failed), QDate(2026, 11, 2));
        QCOMPARE(status.run.due, QDate(2026, 11, 1));
        QCOMPARE(status.run.lastDone, QDate(2026, 11, 1));
        QCOMPARE(status.run.lastResult, BackupResult::Failed);
        QCOMPARE(status.run.state, ReminderState::Overdue);
        QCOMPARE(status.state, ReminderState::Overdue);
        // Had it succeeded, the next one would be on 1 December.
        const QVector<BackupEvent> fine = {logLine(1, BackupEventKind::Run, QDate(2026, 10, 1)),
                                           logLine(2, BackupEventKind::Run, QDate(2026, 11, 1))};
        status = backups::jobStatus(job, logOf(fine), QDate(2026, 11, 2));
        QCOMPARE(status.run.due, QDate(2026, 12, 1));
        QCOMPARE(status.run.state, ReminderState::Upcoming);
        // A success after the failure puts it back on schedule.
        const QVector<BackupEvent> retried = {
            logLine(2, BackupEventKind::Run, QDate(2026, 11, 1), BackupResult::Failed),
            logLine(3, BackupEventKind::Run, QDate(2026, 11, 2))};
        status = backups::jobStatus(job, logOf(retried), QDate(2026, 11, 3));
        QCOMPARE(status.run.due, QDate(2026, 12, 1));
        QCOMPARE(status.run.state, ReminderState::Upcoming);
    }

    void neverRunCountsFromTheStart()
    {
        BackupJob job = healthyJob();
        job.started = QDate(2026, 11, 18); // a Wednesday
        // docs/backups.md: the first run falls due on the first scheduled day
        // after the start, never on the day the job was recorded.
        backups::JobStatus status = backups::jobStatus(job, logOf({}), QDate(2026, 11, 18));
        QVERIFY(!status.run.lastDone.isValid());
        QCOMPARE(status.run.due, QDate(2026, 11, 19));
        QCOMPARE(status.run.state, ReminderState::Upcoming);
        QCOMPARE(backups::jobStatus(job, logOf({}), QDate(2026, 11, 19)).run.state,
                 ReminderState::DueSoon);
        QCOMPARE(backups::jobStatus(job, logOf({}), kToday).run.state, ReminderState::Overdue);

        job.schedule = Schedule::weekly(domain::weekdayBit(Qt::Friday));
        QCOMPARE(backups::jobStatus(job, logOf({}), kToday).run.due, QDate(2026, 11, 20));
        // Weekly on the start's own weekday: a week later.
        job.schedule = Schedule::weekly(domain::weekdayBit(Qt::Wednesday));
        QCOMPARE(backups::jobStatus(job, logOf({}), kToday).run.due, QDate(2026, 11, 25));
        job.schedule = Schedule::monthly(31);
        QCOMPARE(backups::jobStatus(job, logOf({}), kToday).run.due, QDate(2026, 11, 30));
    }

    void neverRunEveryNDaysCountsFromTheStart()
    {
        // docs/backups.md, "Due dates": every 30 days, started 1 Nov 2026,
        // never run -> due 1 Dec 2026 (one interval after the start).
        BackupJob job = healthyJob();
        job.schedule = Schedule::everyNDays(30);
        job.started = QDate(2026, 11, 1);
        backups::JobStatus status = backups::jobStatus(job, logOf({}), kToday);
        QCOMPARE(status.run.due, QDate(2026, 12, 1));
        QCOMPARE(status.run.state, ReminderState::Upcoming);
        QCOMPARE(backups::jobStatus(job, logOf({}), job.started).run.state,
                 ReminderState::Upcoming);
        job.schedule = Schedule::everyNDays(1);
        QCOMPARE(backups::jobStatus(job, logOf({}), kToday).run.due, QDate(2026, 11, 2));
        // Once it has run, it is every 30 days after that.
        job.schedule = Schedule::everyNDays(30);
        const QVector<BackupEvent> ran = {logLine(1, BackupEventKind::Run, QDate(2026, 11, 2))};
        QCOMPARE(backups::jobStatus(job, logOf(ran), kToday).run.due, QDate(2026, 12, 2));
    }

    // docs/backups.md: "If the last one failed or had errors (a restore
    // with missing files, an offline copy found still connected), it is due
    // on that date, so at once: only a clean result restarts the interval."
    void checkWithErrorsIsDueAtOnce()
    {
        const BackupJob job = healthyJob();
        const QVector<BackupEvent> log = {
            logLine(1, BackupEventKind::RestoreTest, QDate(2026, 11, 10), BackupResult::Warnings),
            logLine(2, BackupEventKind::AirGapCheck, QDate(2026, 11, 10), BackupResult::Warnings)};
        const backups::JobStatus status = backups::jobStatus(job, logOf(log), kToday);
        QCOMPARE(status.restoreTest.lastResult, BackupResult::Warnings);
        QCOMPARE(status.restoreTest.due, QDate(2026, 11, 10));
        QCOMPARE(status.restoreTest.state, ReminderState::Overdue);
        QCOMPARE(status.airGapCheck.due, QDate(2026, 11, 10));
        QCOMPARE(status.airGapCheck.state, ReminderState::Overdue);
        // A clean result after it restarts the interval.
        QVector<BackupEvent> clean = log;
        clean << logLine(3, BackupEventKind::RestoreTest, QDate(2026, 11, 12));
        QCOMPARE(backups::jobStatus(job, logOf(clean), kToday).restoreTest.due,
                 QDate(2026, 11, 12).addDays(job.restoreTestDays));
        // The 0-errors rule is unmet with errors.
        QVERIFY(!status.meetsAll);
    }

    void restoreTestInterval()
    {
        BackupJob job = healthyJob();
        job.restoreTestDays = 90;
        const QVector<BackupEvent> tested = {
            logLine(1, BackupEventKind::RestoreTest, QDate(2026, 8, 1))};
        auto at = [&](const QDate &today) {
            return backups::jobStatus(job, logOf(tested), today).restoreTest;
        };
        QVERIFY(at(kToday).applies);
        QCOMPARE(at(kToday).lastDone, QDate(2026, 8, 1));
        QCOMPARE(at(kToday).due, QDate(2026, 10, 30));
        // Due soon seven days ahead, overdue the day after.
        QCOMPARE(at(QDate(2026, 10, 22)).state, ReminderState::Upcoming);
        QCOMPARE(at(QDate(2026, 10, 23)).state, ReminderState::DueSoon);
        QCOMPARE(at(QDate(2026, 10, 30)).state, ReminderState::DueSoon);
        QCOMPARE(at(QDate(2026, 10, 31)).state, ReminderState::Overdue);
        QCOMPARE(reminders::kDueSoonDays, 7);

        job.restoreTestDays = 180;
        QCOMPARE(at(kToday).due, QDate(2027, 1, 28));
        QCOMPARE(at(kToday).state, ReminderState::Upcoming);

        // Never done: due one interval after the job started, not that day.
        job.started = QDate(2026, 11, 20);
        const backups::DueCheck never = backups::jobStatus(job, logOf({}), job.started).restoreTest;
        QVERIFY(!never.lastDone.isValid());
        QCOMPARE(never.due, QDate(2027, 5, 19)); // + 180 days
        QCOMPARE(never.state, ReminderState::Upcoming);
        QCOMPARE(backups::jobStatus(job, logOf({}), QDate(2027, 5, 20)).restoreTest.state,
                 ReminderState::Overdue);

        // Failed: due again at once.
        const QVector<BackupEvent> failed = {
            logLine(1, BackupEventKind::RestoreTest, QDate(2026, 11, 10), BackupResult::Failed)};
        const backups::DueCheck again =
            backups::jobStatus(job, logOf(failed), QDate(2026, 11, 11)).restoreTest;
        QCOMPARE(again.due, QDate(2026, 11, 10));
        QCOMPARE(again.lastResult, BackupResult::Failed);
        QCOMPARE(again.state, ReminderState::Overdue);
    }

    void airGapCheckOnlyWithAnOfflineCopy()
    {
        BackupJob job = healthyJob();
        job.started = QDate(2026, 6, 1);
        job.airGapCheckDays = 30;
        const QVector<BackupEvent> fine = {
            logLine(1, BackupEventKind::Run, kToday),
            logLine(2, BackupEventKind::RestoreTest, QDate(2026, 11, 1))};
        QVERIFY(backups::hasOfflineCopy(job));
        backups::JobStatus status = backups::jobStatus(job, logOf(fine), kToday);
        QVERIFY(status.airGapCheck.applies);
        QVERIFY(!status.airGapCheck.lastDone.isValid());
        QCOMPARE(status.airGapCheck.due, QDate(2026, 7, 1)); // started + 30 days
        QCOMPARE(status.airGapCheck.state, ReminderState::Overdue);
        QCOMPARE(status.run.state, ReminderState::Upcoming);
        QCOMPARE(status.restoreTest.state, ReminderState::Upcoming);
        QCOMPARE(status.state, ReminderState::Overdue);

        QVector<BackupEvent> checked = fine;
        checked << logLine(3, BackupEventKind::AirGapCheck, QDate(2026, 11, 1));
        status = backups::jobStatus(job, logOf(checked), kToday);
        QCOMPARE(status.airGapCheck.due, QDate(2026, 12, 1));
        QCOMPARE(status.airGapCheck.state, ReminderState::Upcoming);
        QCOMPARE(status.state, ReminderState::Upcoming);
        QVERIFY(status.meetsAll);
        // Within the last week before it: due soon, and so is the job.
        status = backups::jobStatus(job, logOf(checked), QDate(2026, 11, 25));
        QCOMPARE(status.airGapCheck.state, ReminderState::DueSoon);

        // An immutable cloud copy is not offline: no air-gap check at all,
        // however long it was never done.
        job.copies[1].offline = false;
        QVERIFY(!backups::hasOfflineCopy(job));
        status = backups::jobStatus(job, logOf(fine), kToday);
        QVERIFY(!status.airGapCheck.applies);
        QCOMPARE(status.state, ReminderState::Upcoming);
        QVERIFY(status.meetsAll); // immutable still satisfies the fourth rule
    }

    void jobStateIsTheWorst()
    {
        BackupJob job = healthyJob();
        job.started = QDate(2026, 6, 1);
        const QVector<BackupEvent> base = {
            logLine(1, BackupEventKind::Run, kToday),
            logLine(2, BackupEventKind::AirGapCheck, QDate(2026, 11, 10))};
        QVector<BackupEvent> log = base;
        log << logLine(3, BackupEventKind::RestoreTest, QDate(2026, 11, 1));
        QCOMPARE(backups::jobStatus(job, logOf(log), kToday).state, ReminderState::Upcoming);
        // Restore test due in a week: due soon.
        log = base;
        log << logLine(3, BackupEventKind::RestoreTest, QDate(2026, 8, 31));
        backups::JobStatus status = backups::jobStatus(job, logOf(log), kToday);
        QCOMPARE(status.restoreTest.due, QDate(2026, 11, 29));
        QCOMPARE(status.state, ReminderState::DueSoon);
        // Overdue beats due soon.
        log << logLine(4, BackupEventKind::Run, QDate(2026, 11, 22), BackupResult::Failed);
        status = backups::jobStatus(job, logOf(log), QDate(2026, 11, 23));
        QCOMPARE(status.run.state, ReminderState::Overdue);
        QCOMPARE(status.restoreTest.state, ReminderState::DueSoon);
        QCOMPARE(status.state, ReminderState::Overdue);
        QCOMPARE(status.rules.size(), backups::kRuleCount);
        QVERIFY(status.meetsAll); // state and rules are separate questions
    }

    // ---- Company summary -----------------------------------------------------

    void companySummaryAndUnprotectedAssets()
    {
        BackupJob healthy = healthyJob(1);
        healthy.assetIds = {1};
        BackupJob weak;
        weak.id = 2;
        weak.name = QStringLiteral("ファイルサーバ");
        weak.schedule = Schedule::daily();
        weak.started = QDate(2026, 1, 5);
        weak.copies = {copyOn(BackupMedia::Nas, BackupLocation::OnSite)};
        weak.assetIds = {2};
        const QVector<BackupEvent> events = {
            logLine(1, BackupEventKind::Run, kToday, BackupResult::Success, 1),
            logLine(2, BackupEventKind::RestoreTest, QDate(2026, 11, 1), BackupResult::Success, 1),
            logLine(3, BackupEventKind::AirGapCheck, QDate(2026, 11, 1), BackupResult::Success, 1),
            logLine(4, BackupEventKind::Run, QDate(2026, 11, 21), BackupResult::Failed, 2),
        };
        using domain::AssetKind;
        using domain::PersonalData;
        const QVector<domain::Asset> assets = {
            asset(1, QStringLiteral("covered"), 3, 3, 3),
            asset(2, QStringLiteral("covered by the weak job"), 3, 2, 2),
            asset(3, QStringLiteral("uncovered data"), 3, 2, 2),
            asset(4, QStringLiteral("admin account"), 3, 3, 3, AssetKind::Account),
            asset(5, QStringLiteral("my number"), 1, 1, 1, AssetKind::Data, PersonalData::MyNumber),
            asset(6, QStringLiteral("importance 2"), 2, 2, 2),
            asset(7, QStringLiteral("server"), 1, 2, 3, AssetKind::Device),
            asset(8, QStringLiteral("personal"), 1, 1, 1, AssetKind::Data, PersonalData::Personal),
        };
        QCOMPARE(domain::importance(assets.at(4)), 3);
        QCOMPARE(domain::importance(assets.at(7)), 2);
        QCOMPARE(backups::unprotectedImportantAssets({healthy, weak}, assets),
                 (QVector<qint64>{3, 5, 7}));
        // Without the jobs, the covered ones are listed too.
        QCOMPARE(backups::unprotectedImportantAssets({}, assets), (QVector<qint64>{1, 2, 3, 5, 7}));

        const backups::CompanySummary summary =
            backups::summarizeCompany({healthy, weak}, events, assets, kToday);
        QCOMPARE(summary.jobCount, 2);
        QCOMPARE(summary.jobsMeetingAll, 1);
        QCOMPARE(summary.overdueJobs, 1);
        QCOMPARE(summary.failingJobs.size(), backups::kRuleCount);
        for (int r = 0; r < backups::kRuleCount; ++r)
            QCOMPARE(summary.failingJobs.at(r), QStringList{weak.name});
        QCOMPARE(summary.unprotectedAssets, (QVector<qint64>{3, 5, 7}));
        const QString sentence = backups::BackupText::companySentence(summary);
        QVERIFY2(sentence.contains(QLatin1String("1 of 2")), qPrintable(sentence));
        QVERIFY(sentence.contains(QLatin1String("3 important")));
        QVERIFY(sentence.contains(QLatin1String("overdue")));
        QVERIFY(backups::BackupText::companySentence({}).contains(QLatin1String("No backup job")));

        // From statuses already judged (a page's rows): the same summary.
        QVector<backups::JobStatus> statuses;
        for (const BackupJob &j : {healthy, weak})
            statuses << backups::jobStatus(j, backups::summarize(j.id, events), kToday);
        const backups::CompanySummary judged =
            backups::summarizeCompany({healthy, weak}, statuses, assets);
        QCOMPARE(judged.jobsMeetingAll, summary.jobsMeetingAll);
        QCOMPARE(judged.overdueJobs, summary.overdueJobs);
        QCOMPARE(judged.failingJobs, summary.failingJobs);
        QCOMPARE(judged.unprotectedAssets, summary.unprotectedAssets);
    }

    // What the page and the dialogs start from: a job starts today (its
    // first duties one interval later), a log line is today's, by the
    // user, a success; Kamae's own job is the one with a built-in key.
    void newJobsAndLogLinesStartToday()
    {
        QCOMPARE(backups::newJob(kToday).started, kToday);
        const BackupEvent e = backups::newEvent(7, BackupEventKind::AirGapCheck, kToday);
        QCOMPARE(e.jobId, 7);
        QCOMPARE(e.kind, BackupEventKind::AirGapCheck);
        QCOMPARE(e.date, kToday);
        QCOMPARE(e.result, domain::BackupResult::Success);
        QCOMPARE(e.performedBy, backups::defaultPerformer());
        QVERIFY(backups::isVaultJob(backups::defaultVaultJob(kToday)));
        QVERIFY(!backups::isVaultJob(backups::newJob(kToday)));
    }

    // ---- Repository ---------------------------------------------------------

    void builtInJobAfterMigration()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::BackupRepository repo(*db);
        const auto jobs = repo.jobs();
        QVERIFY2(jobs, qPrintable(jobs.error()));
        QCOMPARE(jobs->size(), 1);
        const BackupJob job = jobs->first();
        QCOMPARE(job.builtin, QString::fromLatin1(domain::kKamaeVaultJob));
        QVERIFY(!job.name.isEmpty());
        QCOMPARE(job.started, kToday);
        QCOMPARE(job.schedule, Schedule::everyNDays(30));
        QCOMPARE(job.restoreTestDays, 90);
        QCOMPARE(job.airGapCheckDays, 30);
        QCOMPARE(job.copies.size(), 2);
        QCOMPARE(std::count_if(job.copies.cbegin(), job.copies.cend(),
                               [](const BackupCopy &c) { return c.offline; }),
                 1);
        QVERIFY(backups::hasOfflineCopy(job));
        QCOMPARE(repo.vaultJob().value(), job);
        // A job the user never created is not due on the vault's first day:
        // its copy and air-gap check fall due 30 days later, its restore
        // test 90 days later, and no reminder of it is overdue.
        const backups::JobStatus first = backups::jobStatus(job, backups::JobLog(), kToday);
        QCOMPARE(first.run.due, kToday.addDays(30));
        QCOMPARE(first.restoreTest.due, kToday.addDays(90));
        QCOMPARE(first.airGapCheck.due, kToday.addDays(30));
        QCOMPARE(first.state, ReminderState::Upcoming);
        const auto due = reminders::dueWithin(*db, kToday, 7);
        QVERIFY2(due && due->isEmpty(), due ? "something is due" : qPrintable(due.error()));

        const qint64 audit = store::AuditLog(*db).count();
        const auto refused = repo.remove(job.id);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("cannot be deleted")));
        QCOMPARE(repo.jobs()->size(), 1);
        QCOMPARE(store::AuditLog(*db).count(), audit);

        // Lost somehow (an older file, a hand-edited one): made again.
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM backup_job")));
        const auto again = repo.vaultJob();
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->builtin, QString::fromLatin1(domain::kKamaeVaultJob));
        QCOMPARE(repo.jobs()->size(), 1);
        // The calendar id was stored with the schema.
        QVERIFY(!QUuid::fromString(reminders::calendarId(*db)).isNull());
    }

    void saveUpdateRoundTripWithAudit()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        const qint64 a1 = storeAsset(*db, QStringLiteral("会計データ"));
        const qint64 a2 = storeAsset(*db, QStringLiteral("基幹サーバ"));
        QVERIFY(a1 > 0 && a2 > 0);
        store::BackupRepository repo(*db);
        store::AuditLog audit(*db);

        BackupJob job = healthyJob(0);
        job.owner = QStringLiteral("総務部 佐藤");
        job.schedule =
            Schedule::weekly(domain::weekdayBit(Qt::Monday) | domain::weekdayBit(Qt::Friday));
        job.generations = 14;
        job.retention = QStringLiteral("NAS 14世代");
        job.restoreTestDays = 60;
        job.airGapCheckDays = 14;
        job.notes = QStringLiteral("複数行の\nメモ");
        job.assetIds = {a1, a2};
        const qint64 auditBefore = audit.count();
        auto saved = repo.save(job);
        QVERIFY2(saved, qPrintable(saved.error()));
        QVERIFY(saved->id > 0);
        for (const BackupCopy &c : saved->copies)
            QVERIFY(c.id > 0);
        BackupJob expected = job;
        expected.id = saved->id;
        for (int i = 0; i < expected.copies.size(); ++i)
            expected.copies[i].id = saved->copies.at(i).id;
        QCOMPARE(saved.value(), expected);
        QCOMPARE(repo.job(saved->id).value(), expected);
        QCOMPARE(audit.count(), auditBefore + 1);
        QCOMPARE(audit.recent(1).front().entity, QStringLiteral("backup_job"));
        QCOMPARE(audit.recent(1).front().action, QStringLiteral("create"));
        // Kamae's own job comes first, then by name.
        QCOMPARE(repo.jobs()->size(), 2);
        QVERIFY(!repo.jobs()->first().builtin.isEmpty());

        // Update: copies and links replaced, one audit line per changed field.
        BackupJob changed = repo.job(saved->id).value();
        changed.name = QStringLiteral("会計データ（新）");
        changed.copies.removeFirst();
        changed.copies.append(
            copyOn(BackupMedia::Tape, BackupLocation::OffSite, true, false, QStringLiteral("LTO")));
        changed.assetIds = {a2};
        const qint64 beforeUpdate = audit.count();
        auto updated = repo.save(changed);
        QVERIFY2(updated, qPrintable(updated.error()));
        QCOMPARE(updated->id, changed.id);
        const BackupJob back = repo.job(changed.id).value();
        QCOMPARE(back, updated.value());
        QCOMPARE(back.copies.size(), 3);
        QCOMPARE(back.copies.last().media, BackupMedia::Tape);
        // Kept copies keep their ids.
        QCOMPARE(back.copies.first().id, saved->copies.at(1).id);
        QCOMPARE(back.assetIds, QVector<qint64>{a2});
        QCOMPARE(audit.count(), beforeUpdate + 3); // name, copies, assets
        QStringList fields;
        for (const store::AuditEntry &e : audit.recent(3)) {
            QCOMPARE(e.entity, QStringLiteral("backup_job"));
            QCOMPARE(e.action, QStringLiteral("update"));
            fields << e.field;
        }
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("assets"), QStringLiteral("copies"),
                                      QStringLiteral("name")}));
        // Saving it unchanged writes nothing.
        const qint64 beforeSame = audit.count();
        QVERIFY(repo.save(back));
        QCOMPARE(audit.count(), beforeSame);
        QCOMPARE(countRows(*db, QStringLiteral("backup_copy")), 2 + 3);
    }

    // save() returns what it stored, so that the caller's copy and the
    // vault agree, and an unchanged job saved again writes no audit line.
    void saveReturnsWhatItStored()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::BackupRepository repo(*db);
        store::AuditLog audit(*db);
        BackupJob job = healthyJob(0);
        job.name = QStringLiteral("  会計データ  ");
        job.copies[0].label = QStringLiteral(" NAS ");
        const auto saved = repo.save(job);
        QVERIFY(saved);
        QCOMPARE(repo.job(saved->id)->name, QStringLiteral("会計データ"));
        QCOMPARE(repo.job(saved->id)->copies.first().label, QStringLiteral("NAS"));
        QCOMPARE(saved.value(), repo.job(saved->id).value());
        const qint64 before = audit.count();
        QVERIFY(repo.save(saved.value()));
        QCOMPARE(audit.count(), before);
        // The padded original again: no change either.
        BackupJob padded = job;
        padded.id = saved->id;
        for (int i = 0; i < padded.copies.size(); ++i)
            padded.copies[i].id = saved->copies.at(i).id;
        QVERIFY(repo.save(padded));
        QCOMPARE(audit.count(), before);
    }

    // Kamae's own job stays Kamae's own: an edit that drops the marker must
    // not turn it into an ordinary job that can be deleted with its log.
    void builtInMarkerSurvivesAnEdit()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::BackupRepository repo(*db);
        BackupJob edited = repo.vaultJob().value();
        const qint64 id = edited.id;
        edited.name = QStringLiteral("Kamae のデータ");
        edited.builtin.clear();  // as a dialog that does not carry it would
        (void)repo.save(edited); // refused, or saved keeping the marker
        QCOMPARE(repo.job(id)->builtin, QString::fromLatin1(domain::kKamaeVaultJob));
        QVERIFY(!repo.remove(id));
        QCOMPARE(repo.jobs()->size(), 1);
        // Nor can a new job claim the marker.
        BackupJob impostor = healthyJob(0);
        impostor.builtin = QString::fromLatin1(domain::kKamaeVaultJob);
        QVERIFY(!repo.save(impostor));
        QCOMPARE(repo.jobs()->size(), 1);
    }

    void invalidJobsChangeNothing()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        const qint64 assetId = storeAsset(*db, QStringLiteral("会計データ"));
        store::BackupRepository repo(*db);
        store::AuditLog audit(*db);
        BackupJob good = healthyJob(0);
        good.assetIds = {assetId};
        const BackupJob stored = repo.save(good).value();
        const auto jobsBefore = repo.jobs().value();
        const qint64 auditBefore = audit.count();
        const int copiesBefore = countRows(*db, QStringLiteral("backup_copy"));

        QVector<BackupJob> bad;
        BackupJob b = good;
        b.name = QStringLiteral("   ");
        bad << b;
        b = good;
        b.schedule = Schedule::weekly(0);
        bad << b;
        b = good;
        b.restoreTestDays = 0;
        bad << b;
        b = good;
        b.airGapCheckDays = 4000;
        bad << b;
        b = good;
        b.generations = -1;
        bad << b;
        b = good;
        b.started = QDate();
        bad << b;
        b = good;
        b.assetIds = {assetId + 1000}; // no such asset
        bad << b;
        for (const BackupJob &job : bad) {
            QVERIFY(!repo.save(job));
            // The same mistakes made while editing the stored job.
            BackupJob edit = job;
            edit.id = stored.id;
            edit.copies = stored.copies;
            edit.copies.removeLast();
            const auto refused = repo.save(edit);
            QVERIFY(!refused);
            QVERIFY(!refused.error().isEmpty());
        }
        QCOMPARE(repo.jobs().value(), jobsBefore);
        QCOMPARE(audit.count(), auditBefore);
        QCOMPARE(countRows(*db, QStringLiteral("backup_copy")), copiesBefore);
        QCOMPARE(repo.job(stored.id).value(), stored);
    }

    void removeAndRestoreKeepIds()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        const qint64 assetId = storeAsset(*db, QStringLiteral("図面データ"));
        store::BackupRepository repo(*db);
        BackupJob job = healthyJob(0);
        job.assetIds = {assetId};
        const BackupJob stored = repo.save(job).value();
        BackupEvent run =
            logLine(0, BackupEventKind::Run, QDate(2026, 11, 20), BackupResult::Success, stored.id);
        run.performedBy = QStringLiteral("佐藤");
        run.notes = QStringLiteral("正常終了");
        BackupEvent test = logLine(0, BackupEventKind::RestoreTest, QDate(2026, 11, 1),
                                   BackupResult::Warnings, stored.id);
        test.subject = QStringLiteral("図面フォルダの一部");
        test.minutes = 45;
        const qint64 runId = repo.addEvent(run).value();
        const qint64 testId = repo.addEvent(test).value();
        run.id = runId;
        test.id = testId;
        // Newest first.
        QCOMPARE(repo.events(stored.id).value(), (QVector<BackupEvent>{run, test}));
        BackupEvent unknownMinutes = test;
        unknownMinutes.id = 0;
        unknownMinutes.minutes = -1;
        unknownMinutes.date = QDate(2026, 10, 1);
        unknownMinutes.id = repo.addEvent(unknownMinutes).value();
        QCOMPARE(repo.events(stored.id)->last(), unknownMinutes);

        store::AuditLog audit(*db);
        const qint64 auditBefore = audit.count();
        const auto snapshot = repo.remove(stored.id);
        QVERIFY2(snapshot, qPrintable(snapshot.error()));
        QCOMPARE(snapshot->job, stored);
        QCOMPARE(snapshot->events, (QVector<BackupEvent>{run, test, unknownMinutes}));
        QVERIFY(!repo.job(stored.id));
        QVERIFY(repo.events(stored.id)->isEmpty());
        QCOMPARE(countRows(*db, QStringLiteral("backup_protects")), 0);
        QCOMPARE(audit.count(), auditBefore + 1);
        QCOMPARE(audit.recent(1).front().action, QStringLiteral("delete"));
        QVERIFY(!repo.remove(stored.id));

        const Status restored = repo.restore(snapshot.value());
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(repo.job(stored.id).value(), stored);
        QCOMPARE(repo.events(stored.id).value(), snapshot->events);
        // A second restore of the same snapshot collides and changes nothing.
        QVERIFY(!repo.restore(snapshot.value()));
        QCOMPARE(repo.events(stored.id)->size(), 3);

        // One log line removed and put back.
        const auto removed = repo.removeEvent(testId);
        QVERIFY(removed);
        QCOMPARE(removed.value(), test);
        QCOMPARE(repo.events(stored.id)->size(), 2);
        QCOMPARE(repo.addEvent(removed.value()).value(), testId);
        QCOMPARE(repo.events(stored.id).value(), snapshot->events);
        QVERIFY(!repo.removeEvent(testId + 1000));
    }

    void assetDeleteCascadesAndLinksComeBack()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        const qint64 keep = storeAsset(*db, QStringLiteral("残す資産"));
        const qint64 gone = storeAsset(*db, QStringLiteral("消す資産"));
        store::BackupRepository repo(*db);
        BackupJob one = healthyJob(0);
        one.assetIds = {keep, gone};
        BackupJob two = healthyJob(0);
        two.name = QStringLiteral("二つ目");
        two.assetIds = {gone};
        const BackupJob first = repo.save(one).value();
        const BackupJob second = repo.save(two).value();

        const domain::Asset goneAsset = store::AssetRepository(*db).get(gone).value();
        store::LinkedRows links;
        QVERIFY(store::AssetRepository(*db).remove({gone}, &links));
        QCOMPARE(repo.job(first.id)->assetIds, QVector<qint64>{keep});
        QVERIFY(repo.job(second.id)->assetIds.isEmpty());
        QCOMPARE(links.deleted.size(), 1);
        QCOMPARE(links.deleted.first().table, QStringLiteral("backup_protects"));
        QCOMPARE(links.deleted.first().rows.size(), 2);

        // Undo: the asset comes back with its id, then its links; a job
        // deleted meanwhile does not come back through them.
        QVERIFY(repo.remove(second.id));
        QVERIFY(store::AssetRepository(*db).restore({goneAsset}, links, QStringLiteral("undo")));
        QCOMPARE(store::AssetRepository(*db).get(gone)->name, QStringLiteral("消す資産"));
        QCOMPARE(repo.job(first.id)->assetIds, (QVector<qint64>{keep, gone}));
        QCOMPARE(countRows(*db, QStringLiteral("backup_protects")), 2);
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
    }

    // Undo puts rows back one level deep: nothing may cascade from the rows
    // that cascade from an asset.
    void nothingCascadesFromWhatCascadesFromAnAsset()
    {
        auto db = migratedDatabase();
        QVERIFY(db);
        const auto first = store::cascadingTables(*db, QStringLiteral("asset"));
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(first->contains(QStringLiteral("backup_protects")));
        for (const QString &table : *first) {
            const auto second = store::cascadingTables(*db, table);
            QVERIFY2(second, qPrintable(second.error()));
            QVERIFY2(second->isEmpty(),
                     qPrintable(table + QStringLiteral(" → ") + second->join(QLatin1Char(' '))));
        }
    }

    void eventProblemsChangeNothing()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::BackupRepository repo(*db);
        const qint64 jobId = repo.vaultJob()->id;
        store::AuditLog audit(*db);
        const qint64 auditBefore = audit.count();

        BackupEvent today = logLine(0, BackupEventKind::Run, kToday, BackupResult::Success, jobId);
        QVERIFY(backups::eventProblem(today).isEmpty());
        BackupEvent future = today;
        future.date = kToday.addDays(1);
        QVERIFY(backups::eventProblem(future).contains(QLatin1String("future")));
        QVERIFY(backups::eventProblem(future, QDate()).isEmpty()); // no bound given
        BackupEvent undated = today;
        undated.date = QDate();
        BackupEvent orphan = today;
        orphan.jobId = 0;
        BackupEvent tooLong = today;
        tooLong.minutes = 60 * 24 * 31;
        BackupEvent missingJob = today;
        missingJob.jobId = jobId + 1000;
        for (const BackupEvent &bad : {future, undated, orphan, tooLong, missingJob}) {
            const auto refused = repo.addEvent(bad);
            QVERIFY(!refused);
            QVERIFY(!refused.error().isEmpty());
        }
        QVERIFY(backups::eventProblem(undated).contains(QLatin1String("date")));
        QVERIFY(backups::eventProblem(orphan).contains(QLatin1String("job")));
        QVERIFY(repo.events()->isEmpty());
        QCOMPARE(audit.count(), auditBefore);

        // Today is fine, and today is Tokyo's.
        QVERIFY(repo.addEvent(today));
        QCOMPARE(audit.count(), auditBefore + 1);
        QCOMPARE(audit.recent(1).front().entity, QStringLiteral("backup_event"));
        kamae::clock::setFixedTimeZone(QTimeZone::utc());
        kamae::clock::setFixedNow(QDateTime(kToday.addDays(-1), QTime(16, 0), QTimeZone::utc()));
        QVERIFY(!repo.addEvent(today)); // still the 21st in UTC
        kamae::clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
        QVERIFY(repo.addEvent(today)); // already the 22nd in Tokyo
        QCOMPARE(repo.events()->size(), 2);
    }

    // ---- Reminders -----------------------------------------------------------

    void backupRemindersAndTheEngine()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::BackupRepository repo(*db);
        const qint64 vaultJobId = repo.vaultJob()->id;

        // Weekly, with an offline copy: run upcoming, restore test overdue,
        // air-gap check upcoming.
        BackupJob weekly = healthyJob(0);
        weekly.name = QStringLiteral("週次");
        weekly.schedule =
            Schedule::weekly(domain::weekdayBit(Qt::Monday) | domain::weekdayBit(Qt::Thursday));
        weekly.started = QDate(2026, 6, 1);
        weekly = repo.save(weekly).value();
        // Daily, no offline copy: run due today, restore test upcoming.
        BackupJob daily = healthyJob(0);
        daily.name = QStringLiteral("日次");
        daily.copies[1].offline = false;
        daily.started = QDate(2026, 6, 1);
        daily = repo.save(daily).value();
        for (const BackupEvent &e : {logLine(0, BackupEventKind::Run, QDate(2026, 11, 19),
                                             BackupResult::Success, weekly.id),
                                     logLine(0, BackupEventKind::RestoreTest, QDate(2026, 6, 10),
                                             BackupResult::Success, weekly.id),
                                     logLine(0, BackupEventKind::AirGapCheck, QDate(2026, 11, 10),
                                             BackupResult::Success, weekly.id),
                                     logLine(0, BackupEventKind::Run, QDate(2026, 11, 21),
                                             BackupResult::Success, daily.id),
                                     logLine(0, BackupEventKind::RestoreTest, QDate(2026, 11, 1),
                                             BackupResult::Success, daily.id)})
            QVERIFY(repo.addEvent(e));

        const auto mine = reminders::backupReminders(*db, kToday);
        QVERIFY2(mine, qPrintable(mine.error()));
        // Kamae's job 3, weekly 3, daily 2 (no offline copy, no air-gap check).
        QCOMPARE(mine->size(), 8);
        const QString w = QString::number(weekly.id);
        const Reminder *wRun = findUid(*mine, QStringLiteral("backup-job-%1-run").arg(w));
        const Reminder *wTest = findUid(*mine, QStringLiteral("backup-job-%1-restore-test").arg(w));
        const Reminder *wGap = findUid(*mine, QStringLiteral("backup-job-%1-air-gap-check").arg(w));
        QVERIFY(wRun && wTest && wGap);
        QCOMPARE(wRun->kind, kind::BackupRun);
        QCOMPARE(wRun->due, QDate(2026, 11, 23));
        QCOMPARE(wRun->state, ReminderState::Upcoming);
        QCOMPARE(wRun->recurrence, weekly.schedule);
        QCOMPARE(wTest->kind, kind::RestoreTest);
        QCOMPARE(wTest->module, modules::key::Backups);
        QCOMPARE(wTest->recordId, weekly.id);
        QCOMPARE(wTest->due, QDate(2026, 9, 8));
        QCOMPARE(wTest->lastDone, QDate(2026, 6, 10));
        QCOMPARE(wTest->state, ReminderState::Overdue);
        QCOMPARE(wTest->severity, reminders::ReminderSeverity::High);
        QVERIFY(wTest->recurring);
        QCOMPARE(wTest->recurrence, Schedule::everyNDays(90));
        QVERIFY(wTest->title.contains(weekly.name));
        QVERIFY(!wTest->detail.isEmpty());
        QCOMPARE(wGap->kind, kind::AirGapCheck);
        QCOMPARE(wGap->due, QDate(2026, 12, 10));
        QCOMPARE(wGap->state, ReminderState::Upcoming);
        const QString d = QString::number(daily.id);
        QVERIFY(!findUid(*mine, QStringLiteral("backup-job-%1-air-gap-check").arg(d)));
        const Reminder *dRun = findUid(*mine, QStringLiteral("backup-job-%1-run").arg(d));
        QVERIFY(dRun);
        QCOMPARE(dRun->state, ReminderState::DueSoon);
        QCOMPARE(dRun->due, kToday);
        // Never done is worse than late: one step more severe, and says so.
        const Reminder *vTest =
            findUid(*mine, QStringLiteral("backup-job-%1-restore-test").arg(vaultJobId));
        QVERIFY(vTest);
        QVERIFY(!vTest->lastDone.isValid());
        // Kamae's job started today (the vault's creation): its first restore
        // test falls due 90 days later, not today.
        QCOMPARE(vTest->due, kToday.addDays(90));
        QCOMPARE(vTest->state, ReminderState::Upcoming);
        QCOMPARE(vTest->severity, reminders::ReminderSeverity::Critical);
        QVERIFY(vTest->detail.contains(QLatin1String("Never done")));
        // "never done" only once it is due; until then, when it will be.
        QVERIFY(
            reminders::ReminderText::when(*vTest, kToday).startsWith(QLatin1String("due in 90")));
        QCOMPARE(reminders::ReminderText::when(*vTest, kToday.addDays(91)),
                 QStringLiteral("never done"));
        // Stable: the same uids on every run.
        QCOMPARE(uids(reminders::backupReminders(*db, kToday).value()), uids(mine.value()));

        // The engine adds the vault's calendar id and orders the lot.
        const auto all = reminders::allReminders(*db, kToday);
        QVERIFY2(all, qPrintable(all.error()));
        const QString suffix = QLatin1Char('-') + reminders::calendarId(*db);
        QVERIFY(suffix.size() > 30);
        QCOMPARE(all->size(), mine->size()); // no patches, no assets yet
        for (const Reminder &r : all.value()) {
            QVERIFY2(r.uid.endsWith(suffix), qPrintable(r.uid));
            QVERIFY(findUid(*mine, r.uid.chopped(suffix.size())));
        }
        const QStringList allUids = uids(all.value());
        QCOMPARE(QSet<QString>(allUids.cbegin(), allUids.cend()).size(), all->size());
        bool seenNotOverdue = false;
        for (int i = 0; i < all->size(); ++i) {
            const Reminder &r = all->at(i);
            if (r.state != ReminderState::Overdue)
                seenNotOverdue = true;
            else
                QVERIFY2(!seenNotOverdue, "overdue after a reminder that is not");
            if (i > 0 && (all->at(i - 1).state == ReminderState::Overdue) ==
                             (r.state == ReminderState::Overdue))
                QVERIFY(all->at(i - 1).due <= r.due);
        }
        QCOMPARE(all->first().uid, wTest->uid + suffix);

        // Within a week: overdue, and everything due up to 29 November.
        const QVector<Reminder> week = reminders::dueWithin(all.value(), kToday, 7);
        QStringList weekUids = uids(week);
        for (const QString &uid : {wTest->uid, wRun->uid, dRun->uid})
            QVERIFY2(weekUids.contains(uid + suffix), qPrintable(uid));
        QVERIFY(!weekUids.contains(wGap->uid + suffix));
        QVERIFY(!weekUids.contains(vTest->uid + suffix));
        for (const Reminder &r : week)
            QVERIFY(r.state == ReminderState::Overdue || r.due <= kToday.addDays(7));
        const QVector<Reminder> today = reminders::dueWithin(all.value(), kToday, 0);
        QVERIFY(!uids(today).contains(wRun->uid + suffix));
        QVERIFY(uids(today).contains(dRun->uid + suffix));
        QCOMPARE(uids(reminders::dueWithin(all.value(), kToday, -5)), uids(today));
        QCOMPARE(uids(reminders::dueWithin(*db, kToday, 7).value()), weekUids);
        QCOMPARE(reminders::dueWithin(all.value(), kToday, 400).size(), all->size());

        // The calendar: not the daily run, but the weekly one.
        const QStringList calendar = uids(reminders::forCalendar(all.value()));
        QVERIFY(!calendar.contains(dRun->uid + suffix));
        QVERIFY(calendar.contains(wRun->uid + suffix));
        QVERIFY(calendar.contains(wTest->uid + suffix));
        QCOMPARE(calendar.size(), all->size() - 1);

        // The tray: overdue ones not yet notified (here the restore test of
        // the weekly job is the one overdue item).
        const QVector<Reminder> fresh = reminders::newlyOverdue(all.value(), {});
        QCOMPARE(uids(fresh), QStringList{wTest->uid + suffix});
        QVERIFY(reminders::newlyOverdue(all.value(), {wTest->uid + suffix}).isEmpty());
        QCOMPARE(uids(reminders::newlyOverdue(all.value(), {wRun->uid + suffix})), uids(fresh));
        // A day later the daily run is overdue too, and only that is new:
        // Kamae's job, made with the vault today, owes nothing yet.
        const QVector<Reminder> tomorrow = reminders::allReminders(*db, kToday.addDays(1)).value();
        const QVector<Reminder> later = reminders::newlyOverdue(tomorrow, {wTest->uid + suffix});
        QCOMPARE(uids(later), QStringList{dRun->uid + suffix});
        // 31 days on, its copy and air-gap check (every 30 days, never done)
        // are overdue; its restore test (90 days) is not yet.
        const QVector<Reminder> month = reminders::allReminders(*db, kToday.addDays(31)).value();
        QStringList monthOverdue;
        for (const Reminder &r : month)
            if (r.recordId == vaultJobId && r.state == ReminderState::Overdue)
                monthOverdue << r.uid;
        QCOMPARE(monthOverdue.size(), 2);
        QVERIFY(!monthOverdue.contains(vTest->uid + suffix));
    }

    void calendarDropsOnlyDailyRuns()
    {
        auto reminderWith = [](const QString &kind, const Schedule &recurrence) {
            Reminder r;
            r.uid = QStringLiteral("r%1-%2-%3")
                        .arg(kind)
                        .arg(static_cast<int>(recurrence.kind))
                        .arg(recurrence.weekdays + recurrence.intervalDays);
            r.kind = kind;
            r.due = kToday;
            r.recurring = true;
            r.recurrence = recurrence;
            return r;
        };
        const Reminder daily = reminderWith(kind::BackupRun, Schedule::daily());
        const Reminder everyDay = reminderWith(kind::BackupRun, Schedule::everyNDays(1));
        const Reminder allWeek =
            reminderWith(kind::BackupRun, Schedule::weekly(domain::kAllWeekdays));
        const Reminder weekly = reminderWith(kind::BackupRun, Schedule::weekly(1));
        const Reminder everyTwo = reminderWith(kind::BackupRun, Schedule::everyNDays(2));
        const Reminder monthly = reminderWith(kind::BackupRun, Schedule::monthly(31));
        // A daily restore test is odd but it is not a run: kept.
        const Reminder dailyTest = reminderWith(kind::RestoreTest, Schedule::everyNDays(1));
        Reminder undated = reminderWith(kind::PatchDue, Schedule::daily());
        undated.due = QDate();
        const QVector<Reminder> kept = reminders::forCalendar(
            {daily, everyDay, allWeek, weekly, everyTwo, monthly, dailyTest, undated});
        QCOMPARE(uids(kept), uids({weekly, everyTwo, monthly, dailyTest}));
    }

    void patchAndAssetReviewReminders()
    {
        fixClock();
        auto db = migratedDatabase();
        QVERIFY(db);
        store::AssetRepository assets(*db);
        domain::Asset vpn = asset(0, QStringLiteral("VPN"), 3, 3, 3, domain::AssetKind::Device);
        vpn.reviewed = kToday.addMonths(-2);
        const qint64 vpnId = assets.insert(vpn).value();

        store::PatchRepository patches(*db);
        domain::PatchItem open;
        open.assetId = vpnId;
        open.product = QStringLiteral("Fortinet FortiOS");
        open.cves = {QStringLiteral("CVE-2018-13379")};
        open.severity = domain::Severity::Critical;
        open.knownExploited = true;
        open.found = QDate(2026, 11, 1);
        open.due = QDate(2026, 11, 15);
        const qint64 openId = patches.insert(open).value();
        domain::PatchItem accepted = open;
        accepted.cves = {QStringLiteral("CVE-2020-1472")};
        accepted.status = domain::PatchStatus::RiskAccepted;
        accepted.acceptedReason = QStringLiteral("隔離済み");
        accepted.acceptedReviewDate = QDate(2026, 11, 27);
        const auto acceptedId = patches.insert(accepted);
        QVERIFY2(acceptedId, qPrintable(acceptedId.error()));
        domain::PatchItem applied = open;
        applied.cves = {QStringLiteral("CVE-2024-21762")};
        applied.status = domain::PatchStatus::Applied;
        applied.applied = QDate(2026, 11, 20);
        QVERIFY(patches.insert(applied));
        domain::PatchItem undated = open;
        undated.cves = {QStringLiteral("CVE-2017-0144")};
        undated.due = QDate();
        QVERIFY(patches.insert(undated));

        const auto p = reminders::patchReminders(*db, kToday);
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->size(), 2);
        const Reminder *due = findUid(*p, QStringLiteral("patch-item-%1").arg(openId));
        QVERIFY(due);
        QCOMPARE(due->module, modules::key::Patches);
        QCOMPARE(due->kind, kind::PatchDue);
        QCOMPARE(due->recordId, openId);
        QCOMPARE(due->due, QDate(2026, 11, 15));
        QCOMPARE(due->state, ReminderState::Overdue);
        QVERIFY(!due->recurring);
        QVERIFY(due->title.contains(QLatin1String("VPN")));
        QVERIFY(reminders::ReminderText::when(*due, kToday).startsWith(QLatin1String("7 day")));
        QVERIFY(reminders::ReminderText::when(*due, kToday).endsWith(QLatin1String("overdue")));
        const Reminder *review =
            findUid(*p, QStringLiteral("patch-item-%1-review").arg(acceptedId.value()));
        QVERIFY(review);
        QCOMPARE(review->kind, kind::RiskReview);
        QCOMPARE(review->due, QDate(2026, 11, 27));
        QCOMPARE(review->state, ReminderState::DueSoon);
        QVERIFY(review->detail.contains(accepted.acceptedReason));
        QVERIFY(reminders::ReminderText::when(*review, kToday)
                    .startsWith(QLatin1String("due in 5 day")));

        // Every asset reviewed lately: no asset review.
        QVERIFY(reminders::assetReviewReminders(*db, kToday)->isEmpty());
        // Three due (never reviewed, or more than a year ago): ONE reminder.
        for (int i = 0; i < 3; ++i) {
            domain::Asset a = asset(0, QStringLiteral("資産%1").arg(i), 2, 2, 2);
            a.registered = QDate(2025, 1, 10 + i);
            if (i == 2)
                a.reviewed = QDate(2025, 10, 1);
            QVERIFY(assets.insert(a));
        }
        const auto reviews = reminders::assetReviewReminders(*db, kToday);
        QVERIFY(reviews);
        QCOMPARE(reviews->size(), 1);
        const Reminder &r = reviews->first();
        QCOMPARE(r.uid, QStringLiteral("asset-review"));
        QCOMPARE(r.kind, kind::AssetReview);
        QCOMPARE(r.module, modules::key::Assets);
        QVERIFY2(r.title.contains(QLatin1String("3")), qPrintable(r.title));
        // Due twelve months after registration (or the later review): the
        // oldest real due date, not the registration date itself.
        QCOMPARE(r.due, QDate(2026, 1, 10));
        QCOMPARE(r.state, ReminderState::Overdue);
        QVERIFY2(r.detail.contains(QLatin1String("3 of them")), qPrintable(r.detail));
        // Added today (an import, or a row without a date that the register
        // stamps with today) or eleven months ago: not due, not counted.
        domain::Asset fresh = asset(0, QStringLiteral("今日"), 2, 2, 2);
        fresh.registered = kToday;
        QVERIFY(assets.insert(fresh));
        QVERIFY(assets.insert(asset(0, QStringLiteral("日付なし"), 2, 2, 2)));
        domain::Asset young = asset(0, QStringLiteral("11か月"), 2, 2, 2);
        young.registered = kToday.addMonths(-11);
        QVERIFY(assets.insert(young));
        const Reminder again = reminders::assetReviewReminders(*db, kToday)->first();
        QVERIFY2(again.title.contains(QLatin1String("3")), qPrintable(again.title));
        QCOMPARE(again.due, QDate(2026, 1, 10));
        // One reviewed a year ago less three days is due soon, and counted.
        domain::Asset soon = asset(0, QStringLiteral("もうすぐ"), 2, 2, 2);
        soon.registered = QDate(2024, 1, 1);
        soon.reviewed = kToday.addMonths(-12).addDays(3);
        QVERIFY(assets.insert(soon));
        QVERIFY(reminders::assetReviewReminders(*db, kToday)
                    ->first()
                    .title.contains(QLatin1String("4")));

        // All of it in the engine, patches and assets with the backups.
        const auto all = reminders::allReminders(*db, kToday);
        QVERIFY(all);
        QCOMPARE(all->size(), 3 + 2 + 1);
        QCOMPARE(all->first().kind, kind::AssetReview); // the oldest overdue
    }

    void whenSaysItPlainly()
    {
        // The English plurals ("%n day(s)") come from the catalogue; the
        // number and the words around it are what matters here.
        auto when = [](const Reminder &r, const QDate &today) {
            return reminders::ReminderText::when(r, today);
        };
        Reminder r;
        r.kind = kind::RestoreTest;
        r.due = kToday;
        r.lastDone = QDate(2026, 8, 1);
        QCOMPARE(when(r, kToday), QStringLiteral("due today"));
        QVERIFY(when(r, kToday.addDays(3)).startsWith(QLatin1String("3 day")));
        QVERIFY(when(r, kToday.addDays(3)).endsWith(QLatin1String("overdue")));
        QVERIFY(when(r, kToday.addDays(-1)).startsWith(QLatin1String("due in 1 day")));
        r.lastDone = QDate();
        QCOMPARE(when(r, kToday), QStringLiteral("never done"));
        QCOMPARE(when(r, kToday.addDays(40)), QStringLiteral("never done"));
        QVERIFY(when(r, kToday.addDays(-2)).startsWith(QLatin1String("due in 2 day")));
        // Only checks can be "never done"; a patch due date is just late.
        r.kind = kind::PatchDue;
        QVERIFY(when(r, kToday.addDays(1)).startsWith(QLatin1String("1 day")));
        QVERIFY(when(r, kToday.addDays(1)).endsWith(QLatin1String("overdue")));
        r.due = QDate();
        QVERIFY(when(r, kToday).isEmpty());
    }

    // ---- The demo company -----------------------------------------------------

    void demoHasJobsInEveryState()
    {
        fixClock();
        auto db = migratedDatabase(); // as Vault::create() leaves a new database
        QVERIFY(db);
        const Status populated = demo::populate(*db);
        QVERIFY2(populated, qPrintable(populated.error()));
        store::BackupRepository repo(*db);
        const QVector<BackupJob> jobs = repo.jobs().value();
        const QVector<BackupEvent> events = repo.events().value();
        const QVector<domain::Asset> assets = store::AssetRepository(*db).all().value();
        QCOMPARE(jobs.size(), 5);
        auto named = [&](const QString &prefix) -> const BackupJob * {
            for (const BackupJob &j : jobs)
                if (j.name.startsWith(prefix))
                    return &j;
            return nullptr;
        };
        auto statusOf = [&](const BackupJob *job) {
            return backups::jobStatus(*job, backups::summarize(job->id, events), kToday);
        };
        for (const BackupJob &j : jobs) {
            QVERIFY2(j.builtin.isEmpty() == !j.assetIds.isEmpty(), qPrintable(j.name));
            QVERIFY2(backups::jobProblem(j).isEmpty(), qPrintable(j.name));
            for (const BackupEvent &e : events)
                QVERIFY(e.date <= kToday);
        }

        const BackupJob *healthy = named(QStringLiteral("基幹システム"));
        QVERIFY(healthy);
        backups::JobStatus s = statusOf(healthy);
        QVERIFY(s.meetsAll);
        QCOMPARE(s.state, ReminderState::Upcoming);
        QCOMPARE(s.run.lastDone, kToday);
        QCOMPARE(s.restoreTest.lastDone, kToday.addDays(-30));
        QCOMPARE(s.airGapCheck.lastDone, kToday.addDays(-10));

        const BackupJob *lateTest = named(QStringLiteral("給与・会計"));
        QVERIFY(lateTest);
        s = statusOf(lateTest);
        QVERIFY(s.meetsAll);
        QCOMPARE(s.restoreTest.state, ReminderState::Overdue);
        QCOMPARE(s.restoreTest.lastDone, kToday.addDays(-200));
        QCOMPARE(s.run.state, ReminderState::Upcoming);
        QVERIFY(!s.airGapCheck.applies);

        const BackupJob *unchecked = named(QStringLiteral("設計データ"));
        QVERIFY(unchecked);
        s = statusOf(unchecked);
        QVERIFY(s.meetsAll);
        QVERIFY(s.airGapCheck.applies);
        QVERIFY(!s.airGapCheck.lastDone.isValid());
        QCOMPARE(s.airGapCheck.state, ReminderState::Overdue);
        QCOMPARE(s.run.state, ReminderState::Upcoming);
        QCOMPARE(s.restoreTest.state, ReminderState::Upcoming);

        const BackupJob *weak = named(QStringLiteral("ファイルサーバ"));
        QVERIFY(weak);
        s = statusOf(weak);
        QCOMPARE(failing(s.rules).size(), backups::kRuleCount);
        QCOMPARE(s.run.lastResult, BackupResult::Failed);
        QCOMPARE(s.run.state, ReminderState::Overdue);

        const BackupJob own = repo.vaultJob().value();
        s = statusOf(&own);
        QCOMPARE(s.run.lastDone, kToday.addDays(-40));
        QCOMPARE(s.run.state, ReminderState::Overdue);
        QCOMPARE(repo.events(own.id)->size(), 2);

        const backups::CompanySummary summary =
            backups::summarizeCompany(jobs, events, assets, kToday);
        QCOMPARE(summary.jobsMeetingAll, 3);
        QVERIFY(!summary.unprotectedAssets.isEmpty());
        QStringList unprotected;
        for (const domain::Asset &a : assets)
            if (summary.unprotectedAssets.contains(a.id))
                unprotected << a.name;
        QVERIFY2(unprotected.contains(QStringLiteral("NC加工プログラム")),
                 qPrintable(unprotected.join(QLatin1Char(','))));
        QVERIFY(!unprotected.contains(QStringLiteral("受注データ（EDI）")));
    }

    // ---- Kamae's own vault, copied and verified --------------------------

    // The texts Kamae writes into its own job are keys: a Japanese window,
    // report or command line never shows "Kamae vault", and a vault that an
    // earlier version wrote in Japanese reads in English in an English one.
    void kamaeTextsAreKeysShownInTheReadersLanguage()
    {
        const QString jaName =
            QCoreApplication::translate("kamae::backups::BackupText", "Kamae vault");
        fixClock();
        i18n::applyLanguage(QStringLiteral("ja"));
        const QString jaShown =
            QCoreApplication::translate("kamae::backups::BackupText", "Kamae vault");
        QVERIFY2(jaShown != QLatin1String("Kamae vault"), qPrintable(jaShown));
        auto db = migratedDatabase();
        QVERIFY(db);
        store::BackupRepository repo(*db);
        auto stored = [&db](const QString &column) {
            QSqlQuery q(db->sql());
            q.exec(QStringLiteral("SELECT %1 FROM backup_job WHERE builtin <> ''").arg(column));
            return q.next() ? q.value(0).toString() : QString();
        };
        auto storedLabels = [&db] {
            QSqlQuery q(db->sql());
            q.exec(QStringLiteral("SELECT label FROM backup_copy ORDER BY position"));
            QStringList labels;
            while (q.next())
                labels << q.value(0).toString();
            return labels;
        };
        // Created in a Japanese window, stored as keys.
        QCOMPARE(stored(QStringLiteral("name")), QStringLiteral("Kamae vault"));
        QCOMPARE(stored(QStringLiteral("method")),
                 QStringLiteral("Backups → Copy vault to offline media"));
        QCOMPARE(storedLabels(),
                 QStringList({QStringLiteral("Previous generation beside the vault file (.bak)"),
                              QStringLiteral("USB drive kept disconnected")}));
        // Read in Japanese.
        BackupJob job = repo.vaultJob().value();
        QCOMPARE(job.name, jaShown);
        QVERIFY(!job.method.contains(QLatin1String("Copy vault")));
        for (const BackupCopy &c : job.copies)
            QVERIFY2(!c.label.contains(QLatin1String("USB drive")) &&
                         !c.label.contains(QLatin1String("Previous generation")),
                     qPrintable(c.label));
        // Saved back as shown (an edit of something else): still keys.
        job.restoreTestDays = 60;
        QVERIFY(repo.save(job));
        QCOMPARE(stored(QStringLiteral("name")), QStringLiteral("Kamae vault"));
        QCOMPARE(storedLabels().value(1), QStringLiteral("USB drive kept disconnected"));
        QCOMPARE(repo.vaultJob()->name, jaShown);
        // The report reads in its own language while the window stays.
        {
            const i18n::ScopedLanguage english(QStringLiteral("en"));
            QCOMPARE(repo.vaultJob()->name, QStringLiteral("Kamae vault"));
        }
        QCOMPARE(repo.vaultJob()->name, jaShown);
        // The reminders speak the reader's language.
        fixClock(kToday.addDays(31));
        const auto due = reminders::dueWithin(*db, kToday.addDays(31), 0);
        QVERIFY2(due, qPrintable(due.error()));
        QStringList titles;
        for (const Reminder &r : due.value())
            titles << r.title;
        QVERIFY2(titles.join(QLatin1Char('\n')).contains(jaShown),
                 qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY(!titles.join(QLatin1Char('\n')).contains(QLatin1String("Kamae vault")));

        // A vault an earlier version wrote in Japanese reads in English.
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE backup_job SET name = 'Kamae 保管庫', method = "
                                      "'バックアップ → 保管庫をオフライン媒体にコピー' "
                                      "WHERE builtin <> ''")));
        QVERIFY(q.exec(QStringLiteral("UPDATE backup_copy SET label = '取り外して保管する USB "
                                      "ドライブ' WHERE position = 1")));
        i18n::applyLanguage(QStringLiteral("en"));
        job = repo.vaultJob().value();
        QCOMPARE(job.name, QStringLiteral("Kamae vault"));
        QCOMPARE(job.method, QStringLiteral("Backups → Copy vault to offline media"));
        QCOMPARE(job.copies.value(1).label, QStringLiteral("USB drive kept disconnected"));
        // … and the next save stores the key.
        QVERIFY(repo.save(job));
        QCOMPARE(stored(QStringLiteral("name")), QStringLiteral("Kamae vault"));

        // A name the user gave it is theirs, in every language.
        job.name = QStringLiteral("Kamae のデータ（USB 2 本で交互）");
        QVERIFY(repo.save(job));
        i18n::applyLanguage(QStringLiteral("ja"));
        QCOMPARE(repo.vaultJob()->name, job.name);
        i18n::applyLanguage(QStringLiteral("en"));
        QCOMPARE(repo.vaultJob()->name, job.name);
        // Other jobs are never touched, even if named like Kamae's.
        BackupJob other;
        other.name = QStringLiteral("Kamae vault");
        other.schedule = Schedule::everyNDays(7);
        other.started = kToday;
        const auto saved = repo.save(other);
        QVERIFY2(saved, qPrintable(saved.error()));
        i18n::applyLanguage(QStringLiteral("ja"));
        QCOMPARE(repo.job(saved->id)->name, QStringLiteral("Kamae vault"));
        i18n::applyLanguage(QStringLiteral("en"));
        Q_UNUSED(jaName);
    }

    // The command line shows them in its language too.
    void commandLineShowsKamaeTextsInItsLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.kamae"));
        vault::VaultStatus status;
        {
            auto v = vault::Vault::create(path, kPassphrase, QStringLiteral("CLI KK"),
                                          test::cheapOptions(), nullptr, &status);
            QVERIFY2(v, qPrintable(status.message()));
        }
        fixClock(kamae::clock::today().addDays(40));
        const QByteArray old = qgetenv("KAMAE_PASSPHRASE");
        qputenv("KAMAE_PASSPHRASE", kPassphrase.toUtf8());
        auto due = [&path](const char *lang) {
            QString outText, errText;
            QTextStream out(&outText), err(&errText);
            cli::run({QStringLiteral("kamae"), QStringLiteral("due"), path,
                      QStringLiteral("--lang"), QString::fromLatin1(lang)},
                     out, err);
            out.flush();
            return outText + errText;
        };
        const QString ja = due("ja");
        const QString en = due("en");
        qputenv("KAMAE_PASSPHRASE", old);
        i18n::applyLanguage(QStringLiteral("en"));
        QVERIFY2(en.contains(QLatin1String("Kamae vault")), qPrintable(en));
        QVERIFY2(!ja.contains(QLatin1String("Kamae vault")), qPrintable(ja));
        i18n::applyLanguage(QStringLiteral("ja"));
        const QString jaName =
            QCoreApplication::translate("kamae::backups::BackupText", "Kamae vault");
        i18n::applyLanguage(QStringLiteral("en"));
        QVERIFY2(ja.contains(jaName), qPrintable(ja));
    }

    void vaultCopyRecordsIntoTheBuiltInJob()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("company.kamae"));
        vault::VaultStatus status;
        auto v = vault::Vault::create(path, kPassphrase, QStringLiteral("Backup Test KK"),
                                      test::cheapOptions(), nullptr, &status);
        QVERIFY2(v, qPrintable(status.message()));
        const QString media = dir.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(media));
        store::BackupRepository repo(v->database());
        const BackupJob job = repo.vaultJob().value();
        QVERIFY(repo.events(job.id)->isEmpty());
        const QDate today = kamae::clock::today();

        // A folder that does not exist: nothing written, nothing recorded.
        const auto nowhere =
            backups::copyVaultToMedia(*v, dir.filePath(QStringLiteral("unplugged")), {});
        QVERIFY(!nowhere);
        QVERIFY(!nowhere.error().isEmpty());
        QVERIFY(repo.events()->isEmpty());

        auto copied = backups::copyVaultToMedia(*v, media, QStringLiteral("佐藤"));
        QVERIFY2(copied, qPrintable(copied.error()));
        QVERIFY(copied->verified);
        QVERIFY2(copied->recorded, qPrintable(copied->recordError));
        const QStringList files = QDir(media).entryList({QStringLiteral("*.kamae")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString copy = QDir(media).absoluteFilePath(files.first());
        QCOMPARE(copied->report.path, copy);
        QVERIFY(copied->report.bytes > 0);
        QVERIFY2(copied->message.contains(QDir::toNativeSeparators(copy)),
                 qPrintable(copied->message));
        QVector<BackupEvent> log = repo.events(job.id).value();
        QCOMPARE(log.size(), 2);
        QVector<BackupEventKind> kinds;
        for (const BackupEvent &e : log) {
            kinds << e.kind;
            QCOMPARE(e.date, today);
            QCOMPARE(e.result, BackupResult::Success);
            QCOMPARE(e.performedBy, QStringLiteral("佐藤"));
            QCOMPARE(e.subject, QDir::toNativeSeparators(copy));
        }
        std::sort(kinds.begin(), kinds.end());
        QCOMPARE(kinds,
                 (QVector<BackupEventKind>{BackupEventKind::Run, BackupEventKind::AirGapCheck}));
        backups::JobStatus s = backups::jobStatus(job, backups::summarize(job.id, log), today);
        QCOMPARE(s.run.lastDone, today);
        QCOMPARE(s.run.due, today.addDays(30));
        QCOMPARE(s.airGapCheck.lastDone, today);
        QCOMPARE(s.airGapCheck.state, ReminderState::Upcoming);
        QVERIFY(!s.restoreTest.lastDone.isValid()); // writing is not restoring

        // Verifying the copy: an air-gap check and a restore test.
        auto checked = backups::verifyVaultCopy(*v, copy, QStringLiteral("佐藤"));
        QVERIFY2(checked, qPrintable(checked.error()));
        QVERIFY(checked->verified);
        QVERIFY(checked->recorded);
        QVERIFY(checked->message.contains(QLatin1String("intact")));
        log = repo.events(job.id).value();
        QCOMPARE(log.size(), 4);
        JobLog summary = backups::summarize(job.id, log);
        QCOMPARE(summary.lastRestoreTest.result, BackupResult::Success);
        QCOMPARE(summary.lastRestoreTest.date, today);
        QVERIFY(summary.lastRestoreTest.minutes >= 0);
        QVERIFY(summary.lastRestoreTest.subject.contains(QDir::toNativeSeparators(copy)));
        QCOMPARE(summary.lastAirGapCheck.result, BackupResult::Success);
        QVERIFY(summary.lastAirGapCheck.id > summary.lastRun.id);
        QVERIFY(checkFor(backups::evaluate(job, summary), Rule::ZeroErrors).met);

        // A damaged copy is recorded as a FAILED check, and said so.
        QVERIFY(test::writeFile(copy, flippedNearEnd(test::readFile(copy))));
        auto damaged = backups::verifyVaultCopy(*v, copy, QStringLiteral("佐藤"));
        QVERIFY2(damaged, qPrintable(damaged.error()));
        QVERIFY(!damaged->verified);
        QVERIFY(damaged->recorded);
        QVERIFY2(damaged->message.contains(QLatin1String("failed the check")),
                 qPrintable(damaged->message));
        log = repo.events(job.id).value();
        QCOMPARE(log.size(), 6);
        summary = backups::summarize(job.id, log);
        QCOMPARE(summary.lastRestoreTest.result, BackupResult::Failed);
        QCOMPARE(summary.lastAirGapCheck.result, BackupResult::Failed);
        QVERIFY(!summary.lastAirGapCheck.notes.isEmpty());
        QVERIFY(!checkFor(backups::evaluate(job, summary), Rule::ZeroErrors).met);
        s = backups::jobStatus(job, summary, today);
        QCOMPARE(s.restoreTest.due, today); // due again at once
        QCOMPARE(s.restoreTest.lastResult, BackupResult::Failed);
        QCOMPARE(backups::jobStatus(job, summary, today.addDays(1)).restoreTest.state,
                 ReminderState::Overdue);

        // A path with nothing there records nothing.
        const auto missing = backups::verifyVaultCopy(
            *v, QDir(media).filePath(QStringLiteral("gone.kamae")), QStringLiteral("佐藤"));
        QVERIFY(!missing);
        QVERIFY(!missing.error().isEmpty());
        QCOMPARE(repo.events(job.id)->size(), 6);

        // The log is part of the vault.
        QVERIFY(v->save());
        v.reset();
        auto reopened = vault::Vault::open(path, kPassphrase, &status, vault::OpenMode::ReadOnly);
        QVERIFY2(reopened, qPrintable(status.message()));
        QCOMPARE(store::BackupRepository(reopened->database()).events(job.id)->size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
