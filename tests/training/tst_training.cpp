// The training module's core (issue 17): coverage at its edges (renewal
// windows, joiners, leavers, department and role requirements,
// assignments), the drills' rates and repeat clickers, GoPhish's exports in
// UTF-8 and Shift_JIS with bad rows, the schema and the repository with
// undo, and the desk's operations on a migrated database.
#include "TestSupport.h"

#include "core/Clock.h"
#include "domain/Person.h"
#include "i18n/Language.h"
#include "io/Csv.h"
#include "modules/Registry.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"
#include "store/ValueChecks.h"
#include "training/Coverage.h"
#include "training/GoPhish.h"
#include "training/Phishing.h"
#include "training/StarterCourses.h"
#include "training/TrainingDesk.h"
#include "training/TrainingModule.h"
#include "training/TrainingRecords.h"
#include "training/TrainingRepository.h"
#include "training/TrainingSchema.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace kamae;
using domain::AttendanceState;
using domain::Requirement;
using training::CoverageState;

Q_DECLARE_METATYPE(kamae::training::CoverageState)

namespace {

const QDate kToday(2026, 11, 22);

QString fixture(const char *name)
{
    return QStringLiteral(KAMAE_TEST_DATA "/training/") + QString::fromUtf8(name);
}

const char kResults[] = "Invoice drill 2026-10 - Results.csv";
const char kEvents[] = "Invoice drill 2026-10 - Events.csv";

domain::Person person(qint64 id, const QString &name, const QString &department = {},
                      const QString &role = {}, const QDate &joined = {}, const QDate &left = {})
{
    domain::Person p;
    p.id = id;
    p.name = name;
    p.department = department;
    p.role = role;
    p.joined = joined;
    p.left = left;
    return p;
}

domain::Course course(qint64 id, int renewalMonths, int onboardingDays = 0,
                      Requirement requirement = Requirement::Everyone,
                      const QStringList &names = {})
{
    domain::Course c;
    c.id = id;
    c.title = QStringLiteral("Course %1").arg(id);
    c.renewalMonths = renewalMonths;
    c.onboardingDays = onboardingDays;
    c.requirement = requirement;
    c.requiredFor = names;
    return c;
}

// A session of the course on `date` with this person in it.
void attend(store::TrainingRecords &r, qint64 courseId, qint64 personId, const QDate &date,
            AttendanceState state = AttendanceState::Completed)
{
    domain::TrainingSession s;
    s.id = r.sessions.size() + 1;
    s.courseId = courseId;
    s.date = date;
    r.sessions.append(s);
    domain::Attendance a;
    a.id = r.attendance.size() + 1;
    a.sessionId = s.id;
    a.personId = personId;
    a.state = state;
    r.attendance.append(a);
}

const training::CoverageCell &cellOf(const training::Coverage &c, qint64 personId, qint64 courseId)
{
    static const training::CoverageCell none;
    const int row = c.rowOf(personId);
    const int column = c.columnOf(courseId);
    if (row < 0 || column < 0)
        return none;
    return c.cell(row, column);
}

domain::PhishingResult result(qint64 campaignId, qint64 personId, const QString &email,
                              bool clicked, bool reported = false)
{
    domain::PhishingResult r;
    r.campaignId = campaignId;
    r.personId = personId;
    r.email = email;
    r.delivered = true;
    r.clicked = clicked;
    r.reported = reported;
    return domain::withImpliedFlags(r);
}

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

bool exec(const store::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql);
}

Result<io::Table> readFixture(const char *name)
{
    return io::readCsvFile(fixture(name));
}

// The people the fixtures' addresses belong to (and one that none has).
QVector<domain::Person> fixturePeople()
{
    const struct
    {
        qint64 id;
        const char16_t *name, *department, *email;
    } rows[] = {
        {1, u"佐藤 花子", u"総務部", u"sato@example.co.jp"},
        {2, u"田中 健", u"技術部", u"tanaka@example.co.jp"},
        {3, u"高橋 美咲", u"営業部", u"Takahashi@Example.co.jp"},
        {4, u"鈴木 一郎", u"", u"suzuki@example.co.jp"},
        {5, u"伊藤 さくら", u"総務部", u"ito@example.co.jp"},
        {6, u"髙橋 誠", u"営業部", u"髙橋@example.co.jp"},
        {7, u"木村 四郎", u"営業部", u""},
    };
    QVector<domain::Person> people;
    for (const auto &r : rows) {
        domain::Person p =
            person(r.id, QString::fromUtf16(r.name), QString::fromUtf16(r.department));
        p.email = QString::fromUtf16(r.email);
        people << p;
    }
    return people;
}

} // namespace

class TestTraining final : public QObject
{
    Q_OBJECT

private slots:
    // The import summary is sentences joined as each language writes them.
    void sentencesJoinAsEachLanguageWrites()
    {
        QCOMPARE(i18n::joinSentences({QStringLiteral("9 imported."), QStringLiteral("5 matched.")}),
                 QStringLiteral("9 imported. 5 matched."));
        QCOMPARE(i18n::joinSentences({QStringLiteral("9 件を取り込みました。"),
                                      QStringLiteral("5 件が一致しました。")}),
                 QStringLiteral("9 件を取り込みました。5 件が一致しました。"));
        QCOMPARE(i18n::joinSentences({}), QString());
    }

    void initTestCase()
    {
        test::setTestApplication("tst_training");
        clock::setFixedNow(QDateTime(kToday, QTime(1, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
    }

    void cleanupTestCase() { clock::reset(); }

    // ---- Coverage ----------------------------------------------------------

    // Completed at most `renewal months` before the date counts; "due soon"
    // from 30 days before the renewal; overdue the day after it.
    void renewalWindowEdges_data()
    {
        QTest::addColumn<QDate>("completed");
        QTest::addColumn<CoverageState>("state");
        QTest::addColumn<bool>("current");
        QTest::addColumn<QDate>("due");
        const QDate renewal = kToday.addMonths(-12);
        QTest::newRow("this year")
            << QDate(2026, 6, 1) << CoverageState::Done << true << QDate(2027, 6, 1);
        QTest::newRow("31 days before renewal")
            << renewal.addDays(31) << CoverageState::Done << true << kToday.addDays(31);
        QTest::newRow("30 days before renewal")
            << renewal.addDays(30) << CoverageState::DueSoon << true << kToday.addDays(30);
        QTest::newRow("exactly 12 months ago")
            << renewal << CoverageState::DueSoon << true << kToday;
        QTest::newRow("a day too long ago")
            << renewal.addDays(-1) << CoverageState::Overdue << false << kToday.addDays(-1);
        QTest::newRow("never") << QDate() << CoverageState::Overdue << false << QDate();
    }

    void renewalWindowEdges()
    {
        QFETCH(QDate, completed);
        QFETCH(CoverageState, state);
        QFETCH(bool, current);
        QFETCH(QDate, due);
        store::TrainingRecords records;
        records.courses = {course(10, 12)};
        if (completed.isValid())
            attend(records, 10, 1, completed);
        const auto c = training::computeCoverage({person(1, QStringLiteral("A"))}, records, kToday);
        const training::CoverageCell &cell = cellOf(c, 1, 10);
        QCOMPARE(cell.state, state);
        QCOMPARE(cell.current, current);
        QCOMPARE(cell.due, due);
        QCOMPARE(cell.completed, completed);
    }

    void courseTakenOnceNeverExpires()
    {
        store::TrainingRecords records;
        records.courses = {course(10, 0)};
        attend(records, 10, 1, QDate(2012, 4, 2));
        const auto c = training::computeCoverage(
            {person(1, QStringLiteral("A")), person(2, QStringLiteral("B"))}, records, kToday);
        QCOMPARE(cellOf(c, 1, 10).state, CoverageState::Done);
        QVERIFY(!cellOf(c, 1, 10).due.isValid());
        QCOMPARE(cellOf(c, 2, 10).state, CoverageState::Overdue);
    }

    // Renewals follow the calendar: a month after 31 January is 28 February.
    void renewalAtMonthEnd()
    {
        store::TrainingRecords records;
        records.courses = {course(10, 1)};
        attend(records, 10, 1, QDate(2026, 1, 31));
        const QVector<domain::Person> people{person(1, QStringLiteral("A"))};
        QCOMPARE(cellOf(training::computeCoverage(people, records, QDate(2026, 2, 28)), 1, 10).due,
                 QDate(2026, 2, 28));
        QVERIFY(
            cellOf(training::computeCoverage(people, records, QDate(2026, 2, 28)), 1, 10).current);
        QCOMPARE(cellOf(training::computeCoverage(people, records, QDate(2026, 3, 1)), 1, 10).state,
                 CoverageState::Overdue);
    }

    // A joiner within the onboarding window is due, not overdue, until the
    // deadline (joined + onboarding days, inclusive).
    void joinersWithinTheirOnboardingWindow_data()
    {
        QTest::addColumn<int>("daysSinceJoining");
        QTest::addColumn<int>("onboardingDays");
        QTest::addColumn<CoverageState>("state");
        QTest::newRow("joined today, 90 days") << 0 << 90 << CoverageState::Pending;
        QTest::newRow("59 days left") << 31 << 90 << CoverageState::Pending;
        QTest::newRow("30 days left") << 60 << 90 << CoverageState::DueSoon;
        QTest::newRow("deadline today") << 30 << 30 << CoverageState::DueSoon;
        QTest::newRow("deadline yesterday") << 31 << 30 << CoverageState::Overdue;
        QTest::newRow("no onboarding window") << 1 << 0 << CoverageState::Overdue;
    }

    void joinersWithinTheirOnboardingWindow()
    {
        QFETCH(int, daysSinceJoining);
        QFETCH(int, onboardingDays);
        QFETCH(CoverageState, state);
        store::TrainingRecords records;
        records.courses = {course(10, 12, onboardingDays)};
        const QDate joined = kToday.addDays(-daysSinceJoining);
        const auto c = training::computeCoverage({person(1, QStringLiteral("New"), {}, {}, joined)},
                                                 records, kToday);
        const training::CoverageCell &cell = cellOf(c, 1, 10);
        QCOMPARE(cell.state, state);
        QCOMPARE(cell.due, onboardingDays > 0 ? joined.addDays(onboardingDays) : QDate());
        QVERIFY(!cell.current);
        // In the window the joiner is left out of the share, not counted against it.
        QCOMPARE(c.byCourse.at(0).counts.overdue, state == CoverageState::Overdue ? 1 : 0);
        QCOMPARE(c.byCourse.at(0).counts.pending, state == CoverageState::Overdue ? 0 : 1);
        QCOMPARE(c.byCourse.at(0).counts.share(), state == CoverageState::Overdue ? 0.0 : -1.0);
    }

    // An expired renewal while the onboarding window is still open (a
    // course taken at a previous employer's time, say): the later deadline.
    void expiredRenewalInsideTheOnboardingWindow()
    {
        store::TrainingRecords records;
        records.courses = {course(10, 12, 60)};
        attend(records, 10, 1, kToday.addMonths(-13));
        const auto c = training::computeCoverage(
            {person(1, QStringLiteral("A"), {}, {}, kToday.addDays(-10))}, records, kToday);
        QCOMPARE(cellOf(c, 1, 10).state, CoverageState::Pending);
        QCOMPARE(cellOf(c, 1, 10).due, kToday.addDays(50));
    }

    void leaversAndFutureJoinersAreOutOfCoverage()
    {
        store::TrainingRecords records;
        records.courses = {course(10, 12)};
        const QVector<domain::Person> people{
            person(1, QStringLiteral("left today"), {}, {}, QDate(2010, 4, 1), kToday),
            person(2, QStringLiteral("leaves tomorrow"), {}, {}, QDate(2010, 4, 1),
                   kToday.addDays(1)),
            person(3, QStringLiteral("joins tomorrow"), {}, {}, kToday.addDays(1)),
            person(4, QStringLiteral("joined today"), {}, {}, kToday),
        };
        domain::Person department = person(5, QStringLiteral("総務部"));
        department.kind = domain::PersonKind::Department;
        QVector<domain::Person> all = people;
        all << department;
        const auto c = training::computeCoverage(all, records, kToday);
        QCOMPARE(c.people, (QVector<qint64>{2, 4}));
        QCOMPARE(c.total.required, 2);
        QVERIFY(!training::isActiveOn(people.at(0), kToday));
        QVERIFY(training::isActiveOn(people.at(0), kToday.addDays(-1)));
        QVERIFY(!training::isActiveOn(department, kToday));
    }

    // People outside the company (a vendor's engineer, an advisor) are
    // nobody's trainees: no course is required of them, not even one their
    // department or role names or an assignment asks for, so they are
    // neither rows of the matrix nor counted in any share; what they
    // attended stays in the records.
    void outsidersAreNobodysTrainees()
    {
        store::TrainingRecords records;
        records.courses = {
            course(10, 12),
            course(11, 0, 0, Requirement::Departments, {QStringLiteral("総務部")}),
            course(12, 0, 0, Requirement::Roles, {QStringLiteral("保守")}),
        };
        QVector<domain::Person> people{
            person(1, QStringLiteral("佐藤"), QStringLiteral("総務部")),
            person(2, QStringLiteral("伊藤"), QStringLiteral("総務部")),
            person(3, QStringLiteral("山本"), QStringLiteral("総務部"), QStringLiteral("保守")),
            person(4, QStringLiteral("税理士"), {}, {}),
        };
        people[2].external = true;
        people[3].external = true;
        attend(records, 10, 1, QDate(2026, 6, 1)); // 佐藤: current
        attend(records, 10, 4, QDate(2026, 6, 1)); // the accountant came along
        domain::TrainingAssignment followUp;
        followUp.courseId = 11;
        followUp.personId = 3;
        followUp.assigned = QDate(2026, 9, 1);
        records.assignments << followUp;

        const auto c = training::computeCoverage(people, records, kToday);
        QCOMPARE(c.people, (QVector<qint64>{1, 2}));
        QCOMPARE(c.rowOf(3), -1);
        QCOMPARE(c.rowOf(4), -1);
        // 佐藤: 10 done, 11 overdue; 伊藤: 10 and 11 overdue. Nobody on the
        // staff has the role of course 12.
        QCOMPARE(c.total.required, 4);
        QCOMPARE(c.total.current, 1);
        QCOMPARE(c.total.overdue, 3);
        QCOMPARE(c.total.share(), 0.25);
        QCOMPARE(c.byCourse.at(0).counts.required, 2);
        QCOMPARE(c.byCourse.at(0).counts.share(), 0.5);
        QCOMPARE(c.byCourse.at(1).counts.required, 2);
        QCOMPARE(c.byCourse.at(2).counts.required, 0);
        QVERIFY(!c.byCourse.at(2).counts.measured());
        QCOMPARE(c.byDepartment.size(), 1);
        QCOMPARE(c.byDepartment.first().department, QStringLiteral("総務部"));
        QCOMPARE(c.byDepartment.first().people, 2);
        for (const training::OverdueEntry &e : training::overdueEntries(c))
            QVERIFY(e.personId == 1 || e.personId == 2);
        // Their records are untouched: they are history, not requirements.
        QCOMPARE(records.attendance.size(), 2);
        QVERIFY(training::isActiveOn(people.at(2), kToday));
        QVERIFY(!training::isTraineeOn(people.at(2), kToday));
        QVERIFY(training::isTraineeOn(people.at(0), kToday));

        // On the staff again, they count again: 山本 overdue on all three
        // (11 through the assignment), the accountant done on course 10.
        people[2].external = false;
        people[3].external = false;
        const auto all = training::computeCoverage(people, records, kToday);
        QCOMPARE(all.people, (QVector<qint64>{1, 2, 3, 4}));
        QCOMPARE(all.total.required, 8);
        QCOMPARE(all.total.current, 2);
        QCOMPARE(all.total.overdue, 6);
        QCOMPARE(cellOf(all, 3, 11).assigned, true);
    }

    void departmentAndRoleRequirements()
    {
        store::TrainingRecords records;
        records.courses = {
            course(10, 12, 0, Requirement::Departments,
                   {QStringLiteral(" 総務部"), QStringLiteral("sales")}),
            course(11, 12, 0, Requirement::Roles, {QStringLiteral("IT担当")}),
            course(12, 12, 0, Requirement::Optional),
        };
        const QVector<domain::Person> people{
            person(1, QStringLiteral("佐藤"), QStringLiteral("総務部 "), QStringLiteral("IT担当")),
            person(2, QStringLiteral("Smith"), QStringLiteral("Sales"), QStringLiteral("Manager")),
            person(3, QStringLiteral("田中"), QStringLiteral("技術部"), QStringLiteral("it担当")),
            person(4, QStringLiteral("鈴木"), {}, {}),
        };
        attend(records, 12, 4, QDate(2026, 1, 1));
        const auto c = training::computeCoverage(people, records, kToday);
        QCOMPARE(cellOf(c, 1, 10).state, CoverageState::Overdue);
        QCOMPARE(cellOf(c, 2, 10).state, CoverageState::Overdue); // case folded
        QCOMPARE(cellOf(c, 3, 10).state, CoverageState::NotRequired);
        QCOMPARE(cellOf(c, 4, 10).state, CoverageState::NotRequired);
        QCOMPARE(cellOf(c, 1, 11).state, CoverageState::Overdue);
        QCOMPARE(cellOf(c, 2, 11).state, CoverageState::NotRequired);
        QCOMPARE(cellOf(c, 3, 11).state, CoverageState::Overdue);
        // An optional course taken is remembered, never required.
        QCOMPARE(cellOf(c, 4, 12).state, CoverageState::NotRequired);
        QVERIFY(cellOf(c, 4, 12).current);
        QCOMPARE(cellOf(c, 4, 12).completed, QDate(2026, 1, 1));
        QCOMPARE(c.byCourse.at(0).counts.required, 2);
        QCOMPARE(c.byCourse.at(1).counts.required, 2);
        QCOMPARE(c.byCourse.at(2).counts.required, 0);
        QVERIFY(!c.byCourse.at(2).counts.measured());
        QVERIFY(training::isRequiredOf(records.courses.at(0), people.at(1)));
        QVERIFY(!training::isRequiredOf(records.courses.at(1), people.at(1)));
    }

    // Attending without completing, a session after the date, another
    // course's session and a session of a course not listed do not count.
    void whatDoesNotCount()
    {
        store::TrainingRecords records;
        records.courses = {course(10, 12), course(11, 12)};
        attend(records, 10, 1, QDate(2026, 10, 1), AttendanceState::Attended);
        attend(records, 10, 2, kToday.addDays(1));
        attend(records, 11, 3, QDate(2026, 10, 1));
        attend(records, 99, 3, QDate(2026, 10, 1));
        attend(records, 10, 4, kToday); // on the date itself: counts
        const QVector<domain::Person> people{
            person(1, QStringLiteral("A")), person(2, QStringLiteral("B")),
            person(3, QStringLiteral("C")), person(4, QStringLiteral("D"))};
        const auto c = training::computeCoverage(people, records, kToday);
        QCOMPARE(cellOf(c, 1, 10).state, CoverageState::Overdue);
        QVERIFY(!cellOf(c, 1, 10).completed.isValid());
        QCOMPARE(cellOf(c, 2, 10).state, CoverageState::Overdue);
        QCOMPARE(cellOf(c, 3, 10).state, CoverageState::Overdue);
        QCOMPARE(cellOf(c, 3, 11).state, CoverageState::Done);
        QCOMPARE(cellOf(c, 4, 10).state, CoverageState::Done);
        // The latest completion wins over an earlier one.
        attend(records, 10, 1, QDate(2025, 1, 1));
        attend(records, 10, 1, QDate(2026, 9, 1));
        attend(records, 10, 1, QDate(2024, 1, 1));
        QCOMPARE(cellOf(training::computeCoverage(people, records, kToday), 1, 10).completed,
                 QDate(2026, 9, 1));
    }

    void sharesPerCourseAndDepartment()
    {
        store::TrainingRecords records;
        records.courses = {course(10, 12, 30),
                           course(11, 0, 0, Requirement::Departments, {QStringLiteral("営業部")})};
        const QVector<domain::Person> people{
            person(1, QStringLiteral("a"), QStringLiteral("総務部")),
            person(2, QStringLiteral("b"), QStringLiteral("総務部")),
            person(3, QStringLiteral("c"), QStringLiteral("営業部")),
            person(4, QStringLiteral("d"), QStringLiteral("営業部"), {}, kToday.addDays(-5)),
            person(5, QStringLiteral("e"), {}),
        };
        attend(records, 10, 1, QDate(2026, 6, 1));  // done
        attend(records, 10, 2, QDate(2025, 12, 1)); // due soon (renews 2026-12-01)
        attend(records, 11, 3, QDate(2020, 6, 1));  // once: done
        // 3 and 5 overdue on course 10; 4 joined 5 days ago: pending (25 days: due soon).
        const auto c = training::computeCoverage(people, records, kToday);
        const training::CoverageCounts &first = c.byCourse.at(0).counts;
        QCOMPARE(first.required, 5);
        QCOMPARE(first.current, 2);
        QCOMPARE(first.pending, 1);
        QCOMPARE(first.overdue, 2);
        QCOMPARE(first.dueSoon, 2); // a renewal and a joiner's deadline
        QCOMPARE(first.share(), 0.5);
        const training::CoverageCounts &second = c.byCourse.at(1).counts;
        QCOMPARE(second.required, 2);
        QCOMPARE(second.current, 1);
        QCOMPARE(second.overdue, 1); // 4 has no onboarding window on this course
        QCOMPARE(c.byDepartment.size(), 3);
        QCOMPARE(c.byDepartment.at(0).department, QStringLiteral("営業部"));
        QCOMPARE(c.byDepartment.at(0).people, 2);
        QCOMPARE(c.byDepartment.at(0).counts.required, 4);
        QCOMPARE(c.byDepartment.at(0).counts.current, 1);
        QCOMPARE(c.byDepartment.at(0).counts.overdue, 2);
        QCOMPARE(c.byDepartment.at(1).department, QStringLiteral("総務部"));
        QCOMPARE(c.byDepartment.at(1).counts.share(), 1.0);
        QCOMPARE(c.byDepartment.at(2).department, QString()); // no department last
        QCOMPARE(c.byDepartment.at(2).counts.share(), 0.0);
        QCOMPARE(c.total.required, 7);
        QCOMPARE(c.total.current, 3);
        QCOMPARE(c.total.overdue, 3);
        QCOMPARE(c.total.pending, 1);
        // Nobody whose deadline has passed: not measured, not 0 % or 100 %.
        store::TrainingRecords fresh;
        fresh.courses = {course(10, 12, 30)};
        const auto justHired = training::computeCoverage(
            {person(1, QStringLiteral("a"), {}, {}, kToday)}, fresh, kToday);
        QVERIFY(!justHired.total.measured());
        QCOMPARE(justHired.total.share(), -1.0);
    }

    // An assignment (a follow-up) makes a course required of one person
    // until a completion on or after the day it was made.
    void assignmentsAskForTheCourseAgain()
    {
        store::TrainingRecords records;
        records.courses = {course(10, 0, 0, Requirement::Optional), course(11, 12)};
        domain::TrainingAssignment followUp;
        followUp.id = 1;
        followUp.courseId = 10;
        followUp.personId = 1;
        followUp.assigned = QDate(2026, 11, 1); // due 2026-12-01 by default
        domain::TrainingAssignment retake = followUp;
        retake.id = 2;
        retake.courseId = 11;
        retake.due = QDate(2026, 11, 20);
        records.assignments = {followUp, retake};
        attend(records, 11, 1, QDate(2026, 10, 1)); // valid, but before the assignment
        const QVector<domain::Person> people{person(1, QStringLiteral("A")),
                                             person(2, QStringLiteral("B"))};
        auto c = training::computeCoverage(people, records, kToday);
        QCOMPARE(cellOf(c, 1, 10).state, CoverageState::DueSoon);
        QVERIFY(cellOf(c, 1, 10).assigned);
        QCOMPARE(cellOf(c, 1, 10).due, QDate(2026, 12, 1));
        QCOMPARE(cellOf(c, 2, 10).state, CoverageState::NotRequired);
        QCOMPARE(cellOf(c, 1, 11).state, CoverageState::Overdue);
        QVERIFY(!cellOf(c, 1, 11).current);
        // Before it was made, an assignment does not exist.
        c = training::computeCoverage(people, records, QDate(2026, 10, 31));
        QCOMPARE(cellOf(c, 1, 10).state, CoverageState::NotRequired);
        QCOMPARE(cellOf(c, 1, 11).state, CoverageState::Done);
        // Completing on the day it was made fulfils it.
        attend(records, 10, 1, QDate(2026, 11, 1));
        attend(records, 11, 1, QDate(2026, 11, 21));
        c = training::computeCoverage(people, records, kToday);
        QCOMPARE(cellOf(c, 1, 10).state, CoverageState::NotRequired);
        QVERIFY(!cellOf(c, 1, 10).assigned);
        QCOMPARE(cellOf(c, 1, 11).state, CoverageState::Done);
    }

    void overdueEntriesByCourseThenPerson()
    {
        store::TrainingRecords records;
        records.courses = {course(10, 12), course(11, 12)};
        attend(records, 10, 2, QDate(2026, 1, 1));
        const auto c = training::computeCoverage(
            {person(1, QStringLiteral("A")), person(2, QStringLiteral("B"))}, records, kToday);
        const auto entries = training::overdueEntries(c);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).courseId, 10);
        QCOMPARE(entries.at(0).personId, 1);
        QCOMPARE(entries.at(1).courseId, 11);
        QCOMPARE(entries.at(1).personId, 1);
        QCOMPARE(entries.at(2).personId, 2);
        QCOMPARE(training::stateName(CoverageState::Overdue), QStringLiteral("Overdue"));
    }

    // ---- Phishing drills ----------------------------------------------------

    void ratesAndMedianTimeToReport()
    {
        const QDateTime sent(QDate(2026, 10, 5), QTime(0, 30), QTimeZone::utc());
        QVector<domain::PhishingResult> rows;
        for (int minutes : {10, 30, 20}) {
            domain::PhishingResult r = result(1, 0, QStringLiteral("a@x.jp"), false, true);
            r.sentAt = sent;
            r.reportedAt = sent.addSecs(minutes * 60);
            rows << r;
        }
        domain::PhishingResult noTimes = result(1, 0, QStringLiteral("b@x.jp"), false, true);
        rows << noTimes; // reported, times unknown: counted, not timed
        domain::PhishingResult backwards = result(1, 0, QStringLiteral("c@x.jp"), true, true);
        backwards.sentAt = sent;
        backwards.reportedAt = sent.addSecs(-60); // a clock gone wrong: not timed
        rows << backwards;
        rows << result(1, 0, QStringLiteral("d@x.jp"), true);
        domain::PhishingResult submitted = result(1, 0, QStringLiteral("e@x.jp"), false);
        submitted.submitted = true;
        rows << submitted; // implies clicked and opened
        domain::PhishingResult undelivered;
        undelivered.email = QStringLiteral("f@x.jp");
        rows << undelivered;
        const training::PhishingRates rates = training::ratesOf(rows);
        QCOMPARE(rates.recipients, 8);
        QCOMPARE(rates.delivered, 7);
        QCOMPARE(rates.clicked, 3);
        QCOMPARE(rates.submitted, 1);
        QCOMPARE(rates.opened, 3);
        QCOMPARE(rates.reported, 5);
        QCOMPARE(rates.clickRate(), 3.0 / 7);
        QCOMPARE(rates.reportRate(), 5.0 / 7);
        QCOMPARE(rates.medianSecondsToReport.value_or(-1), 20 * 60);
        // An even count: the mean of the two middle ones.
        rows.removeAt(2);
        QCOMPARE(training::ratesOf(rows).medianSecondsToReport.value_or(-1), 20 * 60);
        rows.removeAt(1);
        QCOMPARE(training::ratesOf(rows).medianSecondsToReport.value_or(-1), 10 * 60);
        QVERIFY(!training::ratesOf({undelivered}).medianSecondsToReport);
        QCOMPARE(training::ratesOf({undelivered}).clickRate(), -1.0);
    }

    void ratesPerDrillAndDepartment()
    {
        QVector<domain::Person> people = fixturePeople();
        domain::Person dept = person(20, QStringLiteral("総務部"));
        dept.kind = domain::PersonKind::Department;
        people << dept;
        domain::PhishingCampaign later{2, QStringLiteral("Later"), QDate(2026, 10, 1), {}, {}, {}};
        domain::PhishingCampaign earlier{1, QStringLiteral("Earlier"), QDate(2026, 4, 1), {}, {},
                                         {}};
        const QVector<domain::PhishingResult> results{
            result(1, 1, QStringLiteral("sato@example.co.jp"), true),
            result(1, 3, QStringLiteral("takahashi@example.co.jp"), true),
            result(1, 20, QStringLiteral("soumu@example.co.jp"), false, true),
            result(1, 0, QStringLiteral("nobody@example.co.jp"), true),
            result(2, 1, QStringLiteral("sato@example.co.jp"), false, true),
            result(2, 3, QStringLiteral("takahashi@example.co.jp"), true),
        };
        const auto trend = training::campaignRates(people, {later, earlier}, results);
        QCOMPARE(trend.size(), 2);
        QCOMPARE(trend.at(0).campaignId, 1); // oldest first
        QCOMPARE(trend.at(0).rates.clickRate(), 0.75);
        QCOMPARE(trend.at(1).rates.clickRate(), 0.5);
        QCOMPARE(trend.at(0).byDepartment.size(), 3);
        QCOMPARE(trend.at(0).byDepartment.at(0).department, QStringLiteral("営業部"));
        QCOMPARE(trend.at(0).byDepartment.at(1).department, QStringLiteral("総務部"));
        QCOMPARE(trend.at(0).byDepartment.at(1).rates.delivered, 2); // a person and the department
        QCOMPARE(trend.at(0).byDepartment.at(1).rates.reportRate(), 0.5);
        QCOMPARE(trend.at(0).byDepartment.at(2).department, QString()); // not matched, last
        const auto overall = training::departmentRates(people, results);
        QCOMPARE(overall.at(0).department, QStringLiteral("営業部"));
        QCOMPARE(overall.at(0).rates.clickRate(), 1.0);
    }

    void repeatClickersAcrossDrills()
    {
        const QVector<domain::PhishingCampaign> campaigns{
            {1, QStringLiteral("A"), QDate(2026, 4, 1), {}, {}, {}},
            {2, QStringLiteral("B"), QDate(2026, 10, 1), {}, {}, {}},
            {3, QStringLiteral("C"), QDate(2026, 7, 1), {}, {}, {}},
        };
        domain::PhishingResult submittedOnly =
            result(3, 1, QStringLiteral("sato@example.co.jp"), false);
        submittedOnly.submitted = true;
        const QVector<domain::PhishingResult> results{
            result(1, 1, QStringLiteral("sato@example.co.jp"), true),
            submittedOnly,                                              // counts as a click
            result(1, 2, QStringLiteral("tanaka@example.co.jp"), true), // once only
            result(2, 2, QStringLiteral("tanaka@example.co.jp"), false, true),
            result(1, 0, QStringLiteral("Guest@example.co.jp"), true), // unmatched: by address
            result(2, 0, QStringLiteral("guest@EXAMPLE.co.jp"), true),
            result(2, 3, QStringLiteral("takahashi@example.co.jp"), true), // twice in one drill
            result(2, 3, QStringLiteral("takahashi@example.co.jp"), true),
        };
        const auto clickers = training::repeatClickers(campaigns, results);
        QCOMPARE(clickers.size(), 2);
        QCOMPARE(clickers.at(0).personId, 0); // latest click first (drill B)
        QCOMPARE(clickers.at(0).email, QStringLiteral("guest@EXAMPLE.co.jp"));
        QCOMPARE(clickers.at(0).campaignIds, (QVector<qint64>{1, 2}));
        QCOMPARE(clickers.at(1).personId, 1);
        QCOMPARE(clickers.at(1).campaignIds, (QVector<qint64>{1, 3}));
        QCOMPARE(clickers.at(1).lastClick, QDate(2026, 7, 1));
        QCOMPARE(training::repeatClickers(campaigns, results, 3).size(), 0);
    }

    void followUpsAreProposedOnce()
    {
        store::TrainingRecords records;
        records.courses = {course(50, 0, 0, Requirement::Optional)};
        records.campaigns = {{1, QStringLiteral("A"), QDate(2026, 4, 1), {}, {}, {}},
                             {2, QStringLiteral("B"), QDate(2026, 10, 1), {}, {}, {}}};
        for (qint64 id : {1, 2, 3, 4})
            for (qint64 campaign : {1, 2})
                records.results << result(campaign, id, QStringLiteral("p%1@x.jp").arg(id), true);
        QVector<domain::Person> people{
            person(1, QStringLiteral("a")), person(2, QStringLiteral("b")),
            person(3, QStringLiteral("c")),
            person(4, QStringLiteral("left"), {}, {}, {}, QDate(2026, 11, 1))};
        // 2 already took the follow-up after the last drill; 3 was assigned it.
        attend(records, 50, 2, QDate(2026, 10, 15));
        domain::TrainingAssignment assigned;
        assigned.courseId = 50;
        assigned.personId = 3;
        assigned.assigned = QDate(2026, 10, 2);
        records.assignments << assigned;
        const auto proposed = training::proposedFollowUps(people, records, 50, kToday);
        QCOMPARE(proposed.size(), 1);
        QCOMPARE(proposed.at(0).personId, 1);
        QCOMPARE(proposed.at(0).assigned, kToday);
        QCOMPARE(proposed.at(0).due, kToday.addDays(domain::kDefaultAssignmentDays));
        QCOMPARE(proposed.at(0).reason, domain::kRepeatClickerReason);
        QCOMPARE(proposed.at(0).campaignId, 2);
        QVERIFY(training::proposedFollowUps(people, records, 0, kToday).isEmpty());
        // Nobody outside the company is assigned a course.
        people[0].external = true;
        QVERIFY(training::proposedFollowUps(people, records, 50, kToday).isEmpty());
    }

    // ---- GoPhish ------------------------------------------------------------

    void unescapesFormulaCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("value");
        QTest::newRow("=") << QStringLiteral("'=SUM(A1)") << QStringLiteral("=SUM(A1)");
        QTest::newRow("+") << QStringLiteral("'+81 3") << QStringLiteral("+81 3");
        QTest::newRow("-") << QStringLiteral("'-部長-") << QStringLiteral("-部長-");
        QTest::newRow("@") << QStringLiteral("'@home") << QStringLiteral("@home");
        QTest::newRow("tab") << QStringLiteral("'\tx") << QStringLiteral("\tx");
        QTest::newRow("an apostrophe of its own")
            << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
        QTest::newRow("lone") << QStringLiteral("'") << QStringLiteral("'");
        QTest::newRow("plain") << QStringLiteral("O'Brien") << QStringLiteral("O'Brien");
    }

    void unescapesFormulaCells()
    {
        QFETCH(QString, cell);
        QFETCH(QString, value);
        QCOMPARE(training::unescapeCell(cell), value);
    }

    void parsesRfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QDateTime>("utc");
        const auto at = [](int h, int m, int s, int ms = 0) {
            return QDateTime(QDate(2020, 2, 17), QTime(h, m, s, ms), QTimeZone::utc());
        };
        QTest::newRow("nanoseconds")
            << QStringLiteral("2020-02-17T08:41:09.123456789Z") << true << at(8, 41, 9, 123);
        QTest::newRow("+09:00") << QStringLiteral("2020-02-17T17:41:09.5+09:00") << true
                                << at(8, 41, 9, 500);
        QTest::newRow("-05:30 no fraction")
            << QStringLiteral("2020-02-17T03:11:09-05:30") << true << at(8, 41, 9);
        QTest::newRow("lower-case z, +0000")
            << QStringLiteral("2020-02-17t08:41:09z") << true << at(8, 41, 9);
        QTest::newRow("day before in UTC")
            << QStringLiteral("2020-02-18T01:00:00+09:00") << true << at(16, 0, 0);
        QTest::newRow("Go's zero time")
            << QStringLiteral("0001-01-01T00:00:00Z") << true << QDateTime();
        QTest::newRow("zero time, local zone")
            << QStringLiteral("0001-01-01T09:18:59+09:18") << true << QDateTime();
        QTest::newRow("empty") << QString() << true << QDateTime();
        QTest::newRow("typed") << QStringLiteral("2020/02/17 8:41") << false << QDateTime();
        QTest::newRow("no zone") << QStringLiteral("2020-02-17T08:41:09") << false << QDateTime();
        QTest::newRow("30 February")
            << QStringLiteral("2020-02-30T08:41:09Z") << false << QDateTime();
        QTest::newRow("ten digits")
            << QStringLiteral("2020-02-17T08:41:09.1234567890Z") << false << QDateTime();
    }

    void parsesRfc3339()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QDateTime, utc);
        const auto parsed = training::parseRfc3339(text);
        QCOMPARE(parsed.has_value(), ok);
        if (ok) {
            QCOMPARE(parsed->isValid(), utc.isValid());
            if (utc.isValid())
                QCOMPARE(parsed->toUTC(), utc);
        }
    }

    // The export as GoPhish writes it: every row read, each bad row named
    // with its line, never dropped silently.
    void readsGoPhishsResultsExport()
    {
        const auto table = readFixture(kResults);
        QVERIFY2(table, qPrintable(table.error()));
        const auto read = training::readGoPhishResults(*table);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->rows.size(), 9);
        QCOMPARE(read->problems.size(), 5);
        QVector<int> lines;
        for (const auto &p : read->problems)
            lines << p.line;
        QCOMPARE(lines, (QVector<int>{10, 11, 12, 13, 14}));
        QVERIFY2(read->problems.at(0).message.contains(QStringLiteral("line 2")),
                 qPrintable(read->problems.at(0).message));
        QVERIFY(read->problems.at(1).message.contains(QStringLiteral("Clicked")));
        QVERIFY(read->problems.at(2).message.contains(QStringLiteral("yes")));
        QVERIFY(read->problems.at(3).message.contains(QStringLiteral("2026/10/05 9:39")));
        QVERIFY(read->problems.at(3).message.contains(QStringLiteral("send_date")));

        const auto &rows = read->rows;
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(rows.at(0).resultId, QStringLiteral("a1B2c3D"));
        const domain::PhishingResult &sent = rows.at(0).result;
        QVERIFY(sent.delivered && !sent.opened && !sent.reported);
        QCOMPARE(sent.sentAt,
                 QDateTime(QDate(2026, 10, 5), QTime(0, 30, 0, 123), QTimeZone::utc()));
        QCOMPARE(sent.name, QStringLiteral("佐藤 花子")); // Japanese order
        const domain::PhishingResult &opened = rows.at(1).result;
        QVERIFY(opened.opened && !opened.clicked);
        QCOMPARE(opened.email, QStringLiteral("TANAKA@Example.co.jp"));
        QCOMPARE(opened.sentAt,
                 QDateTime(QDate(2026, 10, 5), QTime(0, 31, 2, 500), QTimeZone::utc()));
        QCOMPARE(opened.openedAt, QDateTime(QDate(2026, 10, 5), QTime(0, 45), QTimeZone::utc()));
        QCOMPARE(rows.at(2).position, QStringLiteral("営業課長, 東京"));
        QVERIFY(rows.at(2).result.clicked && rows.at(2).result.opened);
        const domain::PhishingResult &submitted = rows.at(3).result;
        QVERIFY(submitted.submitted && submitted.clicked && submitted.delivered);
        QCOMPARE(rows.at(3).position, QStringLiteral("=HYPERLINK(\"http://x.example\",\"y\")"));
        QCOMPARE(submitted.submittedAt,
                 QDateTime(QDate(2026, 10, 5), QTime(0, 40), QTimeZone::utc()));
        const domain::PhishingResult &reported = rows.at(4).result;
        QCOMPARE(rows.at(4).position, QStringLiteral("-代表取締役-"));
        QVERIFY(reported.reported && reported.opened);
        // The results give the last change as the report's time.
        QCOMPARE(reported.sentAt.secsTo(reported.reportedAt), 16 * 60);
        QCOMPARE(rows.at(5).firstName, QStringLiteral("@さくら"));
        QVERIFY(rows.at(5).result.reported && !rows.at(5).result.opened);
        QVERIFY(!rows.at(6).result.delivered); // Error
        QVERIFY(!rows.at(6).result.sentAt.isValid());
        QVERIFY(!rows.at(7).result.delivered); // Scheduled
        QVERIFY(!rows.at(7).modifiedDate.isValid());
        QCOMPARE(rows.at(8).line, 15);
        QVERIFY(rows.at(8).result.submitted); // "Success"
        QCOMPARE(rows.at(8).result.name, QStringLiteral("Ken Kobayashi"));
    }

    // Excel's re-saves read the same: with a BOM, and in Shift_JIS with
    // TRUE/FALSE and Windows-31J's own characters.
    void readsExcelsResaves()
    {
        const auto plain = training::readGoPhishResults(*readFixture(kResults));
        const auto bomTable = readFixture("results-utf8-bom.csv");
        QVERIFY2(bomTable, qPrintable(bomTable.error()));
        QCOMPARE(bomTable->header.first(), QStringLiteral("id"));
        const auto bom = training::readGoPhishResults(*bomTable);
        QVERIFY(plain && bom);
        QCOMPARE(bom->rows.size(), plain->rows.size());
        for (int i = 0; i < bom->rows.size(); ++i)
            QCOMPARE(bom->rows.at(i).result, plain->rows.at(i).result);
        QCOMPARE(bom->problems.size(), plain->problems.size());

        const auto sjisTable = readFixture("results-excel-sjis.csv");
        QVERIFY2(sjisTable, qPrintable(sjisTable.error()));
        const auto sjis = training::readGoPhishResults(*sjisTable);
        QVERIFY2(sjis, qPrintable(sjis.error()));
        QCOMPARE(sjis->rows.size(), 2);
        QCOMPARE(sjis->problems.size(), 1);
        QCOMPARE(sjis->problems.at(0).line, 4);
        QVERIFY(sjis->problems.at(0).message.contains(QStringLiteral("maybe")));
        QCOMPARE(sjis->rows.at(1).email, QStringLiteral("髙橋@example.co.jp"));
        QCOMPARE(sjis->rows.at(1).position, QStringLiteral("営業部 ①課"));
        QVERIFY(sjis->rows.at(1).result.reported && sjis->rows.at(1).result.clicked);
        QVERIFY(!sjis->rows.at(0).result.reported);
        // Matched by address, 髙 and all.
        const auto plan = training::planPhishingImport(*sjis, fixturePeople(), {},
                                                       QStringLiteral("results-excel-sjis.csv"),
                                                       QTimeZone("Asia/Tokyo"), kToday);
        QCOMPARE(plan.results.at(1).personId, 6);
    }

    void eventsGiveTheExactTimes()
    {
        auto read = training::readGoPhishResults(*readFixture(kResults));
        QVERIFY(read);
        const auto eventsTable = readFixture(kEvents);
        QVERIFY2(eventsTable, qPrintable(eventsTable.error()));
        const auto events = training::readGoPhishEvents(*eventsTable);
        QVERIFY2(events, qPrintable(events.error()));
        QCOMPARE(events->problems.size(), 1);
        QCOMPARE(events->problems.at(0).line, 12);
        QVERIFY(events->problems.at(0).message.contains(QStringLiteral("yesterday")));
        training::applyGoPhishEvents(*read, *events);
        const auto at = [](int h, int m, int s = 0) {
            return QDateTime(QDate(2026, 10, 5), QTime(h, m, s), QTimeZone::utc());
        };
        QCOMPARE(read->rows.at(1).result.openedAt, at(0, 40)); // the first open, listed second
        QCOMPARE(read->rows.at(2).result.openedAt, at(0, 50));
        QCOMPARE(read->rows.at(2).result.clickedAt, at(0, 55)); // the first click
        QCOMPARE(read->rows.at(4).result.reportedAt, at(0, 46));
        QCOMPARE(read->rows.at(4).result.sentAt.secsTo(read->rows.at(4).result.reportedAt),
                 12 * 60);
        QCOMPARE(read->rows.at(5).result.reportedAt, at(1, 20));
        QVERIFY(!read->rows.at(6).result.delivered); // an error event changes nothing
        const auto rates = training::ratesOf([&] {
            QVector<domain::PhishingResult> all;
            for (const auto &row : read->rows)
                all << row.result;
            return all;
        }());
        QCOMPARE(rates.medianSecondsToReport.value_or(-1), (12 * 60 + 45 * 60) / 2);
    }

    void refusesOtherFiles()
    {
        const auto events = training::readGoPhishResults(*readFixture(kEvents));
        QVERIFY(!events);
        QCOMPARE(events.code(), ErrorCode::Invalid);
        QVERIFY2(events.error().contains(QStringLiteral("events export")),
                 qPrintable(events.error()));
        io::Table other;
        other.header = {QStringLiteral("name"), QStringLiteral("mail")};
        const auto wrong = training::readGoPhishResults(other);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("“email”")) &&
                     wrong.error().contains(QStringLiteral("name, mail")),
                 qPrintable(wrong.error()));
        QVERIFY(!training::readGoPhishEvents(other));
    }

    void plansTheImport()
    {
        const auto read = training::readGoPhishResults(*readFixture(kResults));
        QVERIFY(read);
        const auto plan = training::planPhishingImport(
            *read, fixturePeople(), {}, fixture(kResults), QTimeZone("Asia/Tokyo"), kToday);
        QCOMPARE(plan.campaign.name, QStringLiteral("Invoice drill 2026-10"));
        QCOMPARE(plan.campaign.date, QDate(2026, 10, 5)); // 09:30 in Tokyo
        QCOMPARE(plan.campaign.source, domain::kGoPhishSource);
        QCOMPARE(plan.results.size(), 9);
        QCOMPARE(plan.resultLines.first(), 2);
        QCOMPARE(plan.problems.size(), 5);
        QCOMPARE(plan.notDelivered, 2);
        QVector<qint64> people;
        for (const auto &r : plan.results)
            people << r.personId;
        // TANAKA@Example.co.jp is tanaka@…; Takahashi@Example.co.jp is takahashi@….
        QCOMPARE(people, (QVector<qint64>{1, 2, 3, 0, 4, 5, 0, 0, 0}));
        QVector<int> unmatched;
        for (const auto &u : plan.unmatched)
            unmatched << u.line;
        QCOMPARE(unmatched, (QVector<int>{5, 8, 9, 15}));
        QVERIFY(plan.unmatched.at(0).message.contains(QStringLiteral("yamada@example.co.jp")));

        // What the user says wins; a send date late in the UTC day is the
        // next day in Tokyo.
        training::PhishingImportOptions options;
        options.campaignName = QStringLiteral(" 請求書メール訓練 ");
        options.scenario = QStringLiteral("請求書の確認依頼");
        const auto named = training::planPhishingImport(*read, {}, options, QStringLiteral("x.csv"),
                                                        QTimeZone("Asia/Tokyo"), kToday);
        QCOMPARE(named.campaign.name, QStringLiteral("請求書メール訓練"));
        QCOMPARE(named.campaign.scenario, QStringLiteral("請求書の確認依頼"));
        QCOMPARE(named.unmatched.size(), 9);
        training::GoPhishResults late = *read;
        for (auto &row : late.rows)
            if (row.result.sentAt.isValid())
                row.result.sentAt = QDateTime(QDate(2026, 10, 4), QTime(20, 0), QTimeZone::utc());
        QCOMPARE(
            training::planPhishingImport(late, {}, {}, QString(), QTimeZone("Asia/Tokyo"), kToday)
                .campaign.date,
            QDate(2026, 10, 5));
        QCOMPARE(training::planPhishingImport(late, {}, {}, QString(), QTimeZone::utc(), kToday)
                     .campaign.date,
                 QDate(2026, 10, 4));
        QCOMPARE(training::planPhishingImport({}, {}, {}, QString(), QTimeZone::utc(), kToday)
                     .campaign.name,
                 QStringLiteral("GoPhish"));
    }

    // ---- The schema and the records ------------------------------------------

    // From the last schema before training: the core's step 8 gives people
    // an address, the module's own step 9 its tables.
    void migrationFromSeven()
    {
        auto made = store::Database::createEmpty();
        QVERIFY(made);
        store::Database &db = **made;
        std::vector<store::Migration> upToSeven;
        for (const store::Migration &m : store::schemaMigrations())
            if (m.version <= 7)
                upToSeven.push_back(m);
        QVERIFY(store::migrate(db, upToSeven));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO person (id, name, contact, updated_at)"
                                        " VALUES (1, '佐藤', 'sato@example.co.jp', '')")));
        QVERIFY(store::migrate(db));
        QCOMPARE(db.userVersion(), store::latestSchemaVersion());
        // 10: people outside the company; 11, 12: BCP; 13: incidents
        QCOMPARE(store::latestSchemaVersion(), 13);
        const auto sato = store::PeopleRepository(db).get(1);
        QVERIFY(sato);
        QCOMPARE(sato->contact, QStringLiteral("sato@example.co.jp")); // kept as it was
        QVERIFY(sato->email.isEmpty() && sato->phone.isEmpty());
        QVERIFY(!sato->external);
        for (const QString &table : training::moduleTables())
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).isValid(),
                     qPrintable(table));
        // No course is added to a vault on its own.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM training_course")).toInt(), 0);
        QVERIFY(store::checkStoredValues(db));
        // The module owns its tables in the registry.
        const modules::ModuleInfo *module = modules::find(training::ModuleKey);
        QVERIFY(module);
        QCOMPARE(module->tables, training::moduleTables());
        QVERIFY(module->schema);
        QCOMPARE(module->schema().steps.front().version, 9);
    }

    // Development builds created the training tables in step 8, before the
    // module owned them: such a file at version 8 upgrades with them unchanged.
    void vaultWithTrainingTablesAtEightUpgrades()
    {
        auto made = store::Database::createEmpty();
        QVERIFY(made);
        store::Database &db = **made;
        std::vector<store::Migration> upToEight;
        for (const store::Migration &m : store::schemaMigrations())
            if (m.version <= 8)
                upToEight.push_back(m);
        QVERIFY(store::migrate(db, upToEight));
        QSqlDatabase sql = db.sql();
        QVERIFY(training::trainingSchema().steps.front().apply(sql));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO training_course (title, updated_at)"
                                        " VALUES ('Kept', '')")));
        QCOMPARE(db.userVersion(), 8);
        QVERIFY(store::migrate(db));
        QCOMPARE(db.userVersion(), store::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM training_course")).toString(),
                 QStringLiteral("Kept"));
    }

    void checksRefuseImpossibleRows_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("click without an open")
            << QStringLiteral("INSERT INTO phishing_result (campaign_id, email, delivered, clicked)"
                              " VALUES (1, 'a@x.jp', 1, 1)");
        QTest::newRow("report without delivery")
            << QStringLiteral("INSERT INTO phishing_result (campaign_id, email, reported)"
                              " VALUES (1, 'a@x.jp', 1)");
        QTest::newRow("score 101") << QStringLiteral("UPDATE training_attendance SET score = 101");
        QTest::newRow("same person twice")
            << QStringLiteral("INSERT INTO training_attendance (session_id, person_id)"
                              " VALUES (1, 1)");
        QTest::newRow("renewal of 121 months")
            << QStringLiteral("INSERT INTO training_course (title, renewal_months, updated_at)"
                              " VALUES ('x', 121, '')");
        QTest::newRow("empty title")
            << QStringLiteral("INSERT INTO training_course (title, updated_at) VALUES ('', '')");
        QTest::newRow("session of no course")
            << QStringLiteral("INSERT INTO training_session (course_id, held_on, updated_at)"
                              " VALUES (99, '2026-01-01', '')");
        QTest::newRow("attendance of nobody")
            << QStringLiteral("INSERT INTO training_attendance (session_id, person_id)"
                              " VALUES (1, 99)");
    }

    void checksRefuseImpossibleRows()
    {
        QFETCH(QString, sql);
        auto db = migrated();
        QVERIFY(db);
        for (const char *setup :
             {"INSERT INTO person (id, name, updated_at) VALUES (1, 'a', '')",
              "INSERT INTO training_course (id, title, updated_at) VALUES (1, 'c', '')",
              "INSERT INTO training_session (id, course_id, held_on, updated_at)"
              " VALUES (1, 1, '2026-01-01', '')",
              "INSERT INTO training_attendance (session_id, person_id) VALUES (1, 1)",
              "INSERT INTO phishing_campaign (id, name, held_on, updated_at)"
              " VALUES (1, 'd', '2026-01-01', '')"})
            QVERIFY2(exec(*db, QString::fromUtf8(setup)), setup);
        QVERIFY(!exec(*db, sql));
    }

    void coursesRoundTrip()
    {
        auto db = migrated();
        QVERIFY(db);
        store::TrainingRepository repo(*db);
        domain::Course c = course(0, 24, 30, Requirement::Departments,
                                  {QStringLiteral(" 総務部 "), QStringLiteral("営業部"),
                                   QStringLiteral("総務部"), QString()});
        c.title = QStringLiteral("  情報の取扱い ");
        c.topic = domain::CourseTopic::InformationHandling;
        c.format = domain::CourseFormat::Video;
        c.notes = QStringLiteral("社内規程 第3条");
        const qint64 audit0 = store::AuditLog(*db).count();
        const auto id = repo.insertCourse(c);
        QVERIFY2(id, qPrintable(id.error()));
        auto stored = repo.course(*id);
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("情報の取扱い"));
        QCOMPARE(stored->requiredFor,
                 (QStringList{QStringLiteral("総務部"), QStringLiteral("営業部")}));
        QCOMPARE(stored->renewalMonths, 24);
        QCOMPARE(stored->format, domain::CourseFormat::Video);
        QCOMPARE(store::AuditLog(*db).count(), audit0 + 1);

        // Refusals write nothing.
        const QByteArray image = crypto::toByteArray(db->serialize());
        domain::Course bad = *stored;
        bad.requiredFor.clear();
        QCOMPARE(repo.updateCourse(bad).code(), ErrorCode::Invalid);
        bad = *stored;
        bad.renewalMonths = 121;
        QVERIFY(!repo.updateCourse(bad));
        bad.renewalMonths = 12;
        bad.title = QStringLiteral(" ");
        QVERIFY(!repo.insertCourse(bad));
        QCOMPARE(crypto::toByteArray(db->serialize()), image);

        domain::Course edited = *stored;
        edited.requirement = Requirement::Roles;
        edited.requiredFor = {QStringLiteral("IT担当")};
        edited.renewalMonths = 12;
        QVERIFY(repo.updateCourse(edited));
        QCOMPARE(*repo.course(*id), edited);
        // One line per changed field: requirement, names, renewal.
        QCOMPARE(store::AuditLog(*db).count(), audit0 + 4);
        QCOMPARE(repo.courses()->size(), 1);
    }

    // Starter courses are stored as keys and shown in the reader's
    // language; a title the user changed is theirs.
    void starterCoursesAreKeys()
    {
        auto db = migrated();
        QVERIFY(db);
        const auto added = training::addStarterCourses(*db);
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->size(), training::starterCourses().size());
        QVERIFY(training::addStarterCourses(*db)->isEmpty()); // nothing twice
        QVERIFY(
            training::missingStarterCourses(*store::TrainingRepository(*db).courses()).isEmpty());
        const domain::Course phishing = training::starterCourse(training::starter::PhishingEmotet);
        QCOMPARE(phishing.topic, domain::CourseTopic::Phishing);
        QVERIFY(phishing.notes.contains(QStringLiteral("ZIP")));
        QVERIFY(phishing.notes.contains(QStringLiteral("macros")));
        QVERIFY(phishing.notes.contains(QStringLiteral("report")));
        for (const domain::Course &c : training::starterCourses())
            QVERIFY2(domain::courseProblem(c).isEmpty(), qPrintable(c.builtin));
        QVERIFY(training::starterCourse(QStringLiteral("nonsense")).builtin.isEmpty());
        // Stored as the English source, whatever the language.
        const QString key = phishing.title;
        QCOMPARE(scalar(*db, QStringLiteral("SELECT title FROM training_course WHERE builtin ="
                                            " 'phishing_emotet'"))
                     .toString(),
                 key);
        store::TrainingRepository repo(*db);
        domain::Course shown;
        {
            i18n::ScopedLanguage japanese(QStringLiteral("ja"));
            for (const domain::Course &c : *repo.courses())
                if (c.builtin == training::starter::PhishingEmotet)
                    shown = c;
            QCOMPARE(shown.title, QCoreApplication::translate("kamae::training::CourseText",
                                                              key.toUtf8().constData()));
            // Saved back unchanged from that window: still the key.
            domain::Course again = shown;
            again.renewalMonths = 6;
            QVERIFY(repo.updateCourse(again));
        }
        QCOMPARE(
            scalar(*db,
                   QStringLiteral("SELECT title FROM training_course WHERE id = %1").arg(shown.id))
                .toString(),
            key);
        domain::Course renamed = *repo.course(shown.id);
        renamed.title = QStringLiteral("標的型メール対策（当社版）");
        renamed.builtin = QStringLiteral("tampered");
        QVERIFY(repo.updateCourse(renamed));
        const auto after = repo.course(shown.id);
        QCOMPARE(after->title, QStringLiteral("標的型メール対策（当社版）"));
        QCOMPARE(after->builtin, training::starter::PhishingEmotet); // the key is not edited
        QCOMPARE(after->renewalMonths, 6);
        // A starter course's key is unique.
        QCOMPARE(repo.insertCourse(phishing).code(), ErrorCode::Invalid);
    }

    void sessionsAttendanceAndUndo()
    {
        auto db = migrated();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        QVector<qint64> ids;
        for (const char *name : {"佐藤", "田中", "高橋"}) {
            domain::Person p;
            p.name = QString::fromUtf8(name);
            ids << *people.insert(p);
        }
        store::TrainingRepository repo(*db);
        const qint64 courseId = *repo.insertCourse(course(0, 12));
        domain::TrainingSession s;
        s.courseId = courseId;
        s.date = QDate(2026, 11, 10);
        s.trainer = QStringLiteral(" 外部講師 ");
        s.minutes = 90;
        s.materials = QStringLiteral("slides.pdf");
        const auto sessionId = training::recordSession(*db, s, {ids.at(0), ids.at(1)},
                                                       AttendanceState::Completed, kToday);
        QVERIFY2(sessionId, qPrintable(sessionId.error()));
        auto stored = repo.session(*sessionId);
        QCOMPARE(stored->trainer, QStringLiteral("外部講師"));
        QCOMPARE(stored->minutes, 90);
        QCOMPARE(repo.attendance(*sessionId)->size(), 2);

        // Refused: a date in the future, a person twice, a person not in the list.
        const QByteArray image = crypto::toByteArray(db->serialize());
        domain::TrainingSession future = s;
        future.date = kToday.addDays(1);
        QCOMPARE(repo.insertSession(future, {}, kToday).code(), ErrorCode::Invalid);
        domain::Attendance twice;
        twice.personId = ids.at(0);
        QVERIFY(!repo.insertSession(s, {twice, twice}, kToday));
        domain::Attendance ghost;
        ghost.personId = 999;
        QCOMPARE(repo.insertSession(s, {ghost}, kToday).code(), ErrorCode::NotFound);
        domain::TrainingSession orphan = s;
        orphan.courseId = 999;
        QCOMPARE(repo.insertSession(orphan, {}, kToday).code(), ErrorCode::NotFound);
        QCOMPARE(crypto::toByteArray(db->serialize()), image);

        // Attendance set as a whole: one removed, one changed, one added.
        domain::Attendance first;
        first.personId = ids.at(0);
        first.state = AttendanceState::Attended;
        first.score = 55;
        domain::Attendance third;
        third.personId = ids.at(2);
        QVERIFY(repo.setAttendance(*sessionId, {first, third}));
        auto list = *repo.attendance(*sessionId);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).personId, ids.at(0));
        QCOMPARE(list.at(0).state, AttendanceState::Attended);
        QCOMPARE(list.at(0).score, 55);
        QCOMPARE(list.at(1).personId, ids.at(2));
        QCOMPARE(list.at(1).score, -1);

        // Deleting the session and undoing it.
        const auto removed = repo.removeSession(*sessionId);
        QVERIFY(removed);
        QVERIFY(repo.attendance(*sessionId)->isEmpty());
        QVERIFY(repo.restoreSession(*removed));
        QCOMPARE(*repo.session(*sessionId), *stored);
        QCOMPARE(*repo.attendance(*sessionId), list);

        // Deleting the course takes its sessions; undo brings all back.
        domain::TrainingAssignment a;
        a.courseId = courseId;
        a.personId = ids.at(1);
        a.assigned = kToday;
        QVERIFY(repo.insertAssignment(a));
        const auto gone = repo.removeCourse(courseId);
        QVERIFY2(gone, qPrintable(gone.error()));
        QCOMPARE(gone->sessions.size(), 1);
        QCOMPARE(gone->attendance.size(), 2);
        QCOMPARE(gone->assignments.size(), 1);
        QVERIFY(repo.sessions()->isEmpty());
        QVERIFY(repo.assignments()->isEmpty());
        QVERIFY(repo.restoreCourse(*gone));
        QCOMPARE(*repo.attendance(*sessionId), list);
        QCOMPARE(repo.assignments()->size(), 1);

        // Coverage from the vault reads only the completions; it is the
        // coverage of everything read.
        const auto completions = repo.completions();
        QCOMPARE(completions->size(), 1);
        QCOMPARE(completions->at(0).personId, ids.at(2));
        const auto fromVault = training::coverageOn(*db, kToday);
        const auto everything = training::loadTraining(*db);
        QVERIFY(fromVault && everything);
        const auto expected =
            training::computeCoverage(everything->people, everything->records, kToday);
        QCOMPARE(fromVault->people, expected.people);
        QCOMPARE(fromVault->cells.size(), 3);
        for (int i = 0; i < expected.cells.size(); ++i) {
            QCOMPARE(fromVault->cells.at(i).state, expected.cells.at(i).state);
            QCOMPARE(fromVault->cells.at(i).completed, expected.cells.at(i).completed);
            QCOMPARE(fromVault->cells.at(i).assigned, expected.cells.at(i).assigned);
        }
        QCOMPARE(cellOf(*fromVault, ids.at(2), courseId).state, CoverageState::Done);
        QCOMPARE(cellOf(*fromVault, ids.at(0), courseId).state, CoverageState::Overdue);
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
    }

    // People gain an address and a phone; the address is unique and must
    // look like one. Deleting a person takes their attendance and
    // assignments and unlinks their drill results; undo puts all back.
    void peopleAddressesAndTheirTrainingOnUndo()
    {
        auto db = migrated();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        domain::Person sato;
        sato.name = QStringLiteral("佐藤 花子");
        sato.email = QStringLiteral(" sato@example.co.jp ");
        sato.phone = QStringLiteral("03-0000-0001");
        sato.contact = QStringLiteral("Teams: sato");
        const auto satoId = people.insert(sato);
        QVERIFY2(satoId, qPrintable(satoId.error()));
        QCOMPARE(people.get(*satoId)->email, QStringLiteral("sato@example.co.jp"));
        QCOMPARE(people.get(*satoId)->phone, QStringLiteral("03-0000-0001"));
        domain::Person twin;
        twin.name = QStringLiteral("佐藤 (2)");
        twin.email = QStringLiteral("SATO@example.co.jp");
        QVERIFY(!people.insert(twin));
        twin.email = QStringLiteral("03-0000-0001");
        QVERIFY(!people.insert(twin));
        twin.email = QStringLiteral("sato2@example.co.jp");
        QVERIFY(people.insert(twin));
        domain::Person edited = *people.get(*satoId);
        edited.phone = QStringLiteral("090-0000-0001");
        const qint64 audit0 = store::AuditLog(*db).count();
        QVERIFY(people.update(edited));
        QCOMPARE(store::AuditLog(*db).count(), audit0 + 1);
        QVERIFY(domain::findPersonByEmail(*people.all(), QStringLiteral("Sato@Example.co.jp")));

        store::TrainingRepository repo(*db);
        const qint64 courseId = *repo.insertCourse(course(0, 12));
        domain::TrainingSession s;
        s.courseId = courseId;
        s.date = QDate(2026, 10, 1);
        domain::Attendance a;
        a.personId = *satoId;
        a.score = 80;
        const qint64 sessionId = *repo.insertSession(s, {a}, kToday);
        domain::TrainingAssignment followUp;
        followUp.courseId = courseId;
        followUp.personId = *satoId;
        followUp.assigned = QDate(2026, 11, 1);
        followUp.reason = domain::kRepeatClickerReason;
        QVERIFY(repo.insertAssignment(followUp));
        domain::PhishingCampaign drill{0, QStringLiteral("Drill"), QDate(2026, 10, 5), {}, {}, {}};
        QVERIFY(repo.insertCampaign(drill, {result(0, *satoId, sato.email, true)}, kToday));

        const auto removal = people.remove(*satoId);
        QVERIFY2(removal, qPrintable(removal.error()));
        // Found in the schema: the store names none of these tables.
        QCOMPARE(removal->linked.emptiedIn(QStringLiteral("phishing_result")).size(), 1);
        QStringList deleted;
        for (const store::LinkedRows::Deleted &d : removal->linked.deleted)
            deleted << d.table + QLatin1Char('=') + QString::number(d.rows.size());
        deleted.sort();
        QCOMPARE(deleted, (QStringList{QStringLiteral("training_assignment=1"),
                                       QStringLiteral("training_attendance=1")}));
        QVERIFY(repo.attendance()->isEmpty());
        QVERIFY(repo.assignments()->isEmpty());
        QCOMPARE(repo.results()->size(), 1); // kept, with its address
        QCOMPARE(repo.results()->at(0).personId, 0);
        QVERIFY(people.restore(*removal));
        QCOMPARE(repo.attendance(sessionId)->size(), 1);
        QCOMPARE(repo.attendance(sessionId)->at(0).score, 80);
        QCOMPARE(repo.assignments()->size(), 1);
        QCOMPARE(repo.assignments()->at(0).reason, domain::kRepeatClickerReason);
        QCOMPARE(repo.results()->at(0).personId, *satoId);
        QString problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));

        // What changed meanwhile wins: a session deleted meanwhile keeps its
        // attendance away, a follow-up whose drill is gone comes back
        // without it, and nothing clashes.
        const qint64 campaignId = repo.campaigns()->at(0).id;
        QVERIFY(exec(
            *db,
            QStringLiteral("UPDATE training_assignment SET campaign_id = %1").arg(campaignId)));
        const auto again = people.remove(*satoId);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(exec(*db, QStringLiteral("DELETE FROM training_session")));
        QVERIFY(exec(*db, QStringLiteral("DELETE FROM phishing_campaign")));
        QVERIFY(people.restore(*again));
        QVERIFY(repo.attendance()->isEmpty());
        QCOMPARE(repo.assignments()->size(), 1);
        QCOMPARE(repo.assignments()->at(0).campaignId, 0);
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems));
    }

    // Undo puts rows back one level deep: nothing may cascade from the rows
    // that cascade from a person, or undoing a delete would lose them.
    void nothingCascadesFromWhatCascadesFromAPerson()
    {
        auto db = migrated();
        QVERIFY(db);
        const auto first = store::cascadingTables(*db, QStringLiteral("person"));
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(first->contains(QStringLiteral("training_attendance")));
        for (const QString &table : *first) {
            const auto second = store::cascadingTables(*db, table);
            QVERIFY2(second, qPrintable(second.error()));
            QVERIFY2(second->isEmpty(),
                     qPrintable(table + QStringLiteral(" → ") + second->join(QLatin1Char(' '))));
        }
    }

    // The import through the desk: read, store, import again (replaces),
    // link results once an address is added, undo a drill.
    void importsADrillThroughTheDesk()
    {
        auto db = migrated();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        for (domain::Person p : fixturePeople()) {
            p.id = 0;
            QVERIFY2(people.insert(p), qPrintable(p.name));
        }
        training::PhishingImportRequest request;
        request.resultsPath = fixture(kResults);
        request.eventsPath = fixture(kEvents);
        const auto plan = training::readPhishingImport(*db, request, kToday);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->problems.size(), 6); // five rows and one event
        QVERIFY(plan->problems.last().message.contains(QStringLiteral("yesterday")));
        const auto outcome = training::importPhishing(*db, *plan, kToday);
        QVERIFY2(outcome, qPrintable(outcome.error()));
        QVERIFY(!outcome->replaced);
        QCOMPARE(outcome->imported, 9);
        QCOMPARE(outcome->matched, 5);
        const QString summary = training::importSummaryText(*plan, *outcome);
        QVERIFY2(summary.contains(QStringLiteral("Invoice drill 2026-10")) &&
                     summary.contains(QStringLiteral("9 result")) &&
                     summary.contains(QStringLiteral("6 row")),
                 qPrintable(summary));

        store::TrainingRepository repo(*db);
        auto campaigns = *repo.campaigns();
        QCOMPARE(campaigns.size(), 1);
        QCOMPARE(campaigns.at(0).date, QDate(2026, 10, 5));
        auto stored = *repo.results(campaigns.at(0).id);
        QCOMPARE(stored.size(), 9);
        QCOMPARE(stored.at(4).reportedAt,
                 QDateTime(QDate(2026, 10, 5), QTime(0, 46), QTimeZone::utc()));
        QCOMPARE(stored.at(0).sentAt,
                 QDateTime(QDate(2026, 10, 5), QTime(0, 30, 0, 123), QTimeZone::utc()));

        // A later export of the same campaign replaces its results; the
        // notes the user wrote stay.
        domain::PhishingCampaign withNotes = campaigns.at(0);
        withNotes.notes = QStringLiteral("総務部から事前告知なし");
        QVERIFY(repo.updateCampaign(withNotes, kToday));
        request.eventsPath.clear();
        const auto again = training::importPhishing(
            *db, *training::readPhishingImport(*db, request, kToday), kToday);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(again->replaced);
        QCOMPARE(again->campaignId, campaigns.at(0).id);
        QCOMPARE(repo.campaigns()->size(), 1);
        QCOMPARE(repo.results()->size(), 9);
        QCOMPARE(repo.campaign(again->campaignId)->notes, withNotes.notes);

        // yamada@ joins the list: relinking finds the result.
        domain::Person yamada;
        yamada.name = QStringLiteral("山田 太郎");
        yamada.email = QStringLiteral("Yamada@example.co.jp");
        const qint64 yamadaId = *people.insert(yamada);
        QCOMPARE(training::relinkPhishingResults(*db)->size(), 1);
        QCOMPARE(repo.results(again->campaignId)->at(3).personId, yamadaId);
        QVERIFY(training::relinkPhishingResults(*db)->isEmpty());

        // A drill deleted and put back, with the assignment it caused.
        domain::TrainingAssignment a;
        a.courseId = *repo.insertCourse(course(0, 0, 0, Requirement::Optional));
        a.personId = yamadaId;
        a.assigned = kToday;
        a.campaignId = again->campaignId;
        QVERIFY(repo.insertAssignment(a));
        const auto gone = repo.removeCampaign(again->campaignId);
        QVERIFY(gone);
        QVERIFY(repo.results()->isEmpty());
        QCOMPARE(repo.assignments()->at(0).campaignId, 0);
        QVERIFY(repo.restoreCampaign(*gone));
        QCOMPARE(*repo.results(again->campaignId), gone->results);
        QCOMPARE(repo.assignments()->at(0).campaignId, again->campaignId);

        // A file that is not there, or not GoPhish's, is a failure.
        request.resultsPath = fixture("missing.csv");
        QVERIFY(!training::readPhishingImport(*db, request, kToday));
        request.resultsPath = fixture(kEvents);
        QVERIFY(!training::readPhishingImport(*db, request, kToday));
    }

    void assignsFollowUpsThroughTheDesk()
    {
        auto db = migrated();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        domain::Person p;
        p.name = QStringLiteral("佐藤");
        const qint64 sato = *people.insert(p);
        store::TrainingRepository repo(*db);
        for (int month : {4, 10}) {
            domain::PhishingCampaign c{
                0, QStringLiteral("Drill %1").arg(month), QDate(2026, month, 1), {}, {}, {}};
            QVERIFY(
                repo.insertCampaign(c, {result(0, sato, QStringLiteral("s@x.jp"), true)}, kToday));
        }
        const auto made = training::assignFollowUps(*db, kToday);
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(made->assigned.size(), 1);
        QVERIFY(made->assigned.at(0).id > 0);
        const auto course = repo.course(made->assigned.at(0).courseId);
        QCOMPARE(course->builtin, training::starter::PhishingFollowUp);
        QCOMPARE(made->addedCourse, course->id); // the vault lacked it
        const auto again = training::assignFollowUps(*db, kToday);
        QVERIFY(again->assigned.isEmpty()); // once
        QCOMPARE(again->addedCourse, 0);
        // The follow-up shows in coverage as required of that person only.
        const auto coverage = training::coverageOn(*db, kToday);
        QVERIFY(coverage);
        QCOMPARE(cellOf(*coverage, sato, course->id).state, CoverageState::DueSoon);
        QCOMPARE(cellOf(*coverage, sato, course->id).due,
                 kToday.addDays(domain::kDefaultAssignmentDays));
        QVERIFY(cellOf(*coverage, sato, course->id).assigned);
    }

    // What undo of the drills' operations writes: an import that replaced
    // a drill's results goes back to the drill as it was (the same result
    // ids) and forward again; follow-ups go and come back under their ids;
    // linked results are unlinked and linked again; each write audited.
    void undoesTheDrillsOperations()
    {
        auto db = migrated();
        QVERIFY(db);
        store::PeopleRepository people(*db);
        for (domain::Person p : fixturePeople()) {
            p.id = 0;
            QVERIFY2(people.insert(p), qPrintable(p.name));
        }
        store::TrainingRepository repo(*db);
        store::AuditLog audit(*db);
        training::PhishingImportRequest request;
        request.resultsPath = fixture(kResults);
        auto plan = training::readPhishingImport(*db, request, kToday);
        QVERIFY2(plan, qPrintable(plan.error()));
        const auto first = training::importPhishing(*db, *plan, kToday);
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(!first->previous);
        const qint64 id = first->campaignId;
        domain::PhishingCampaign withNotes = *repo.campaign(id);
        withNotes.scenario = QStringLiteral("請求書");
        QVERIFY(repo.updateCampaign(withNotes, kToday));
        const store::CampaignSnapshot before{*repo.campaign(id), *repo.results(id), {}};
        QCOMPARE(before.results.size(), 9);

        // A later export: another date, one row fewer, a click more.
        training::PhishingImportPlan later = *plan;
        later.campaign.date = QDate(2026, 10, 6);
        later.campaign.scenario = QStringLiteral("Unpaid invoice");
        later.results.removeLast();
        later.results[0].clicked = true;
        const auto second = training::importPhishing(*db, later, kToday);
        QVERIFY2(second, qPrintable(second.error()));
        QVERIFY(second->replaced);
        QVERIFY(second->previous);
        QCOMPARE(second->previous->campaign, before.campaign);
        QCOMPARE(second->previous->results, before.results);
        const store::CampaignSnapshot after{*repo.campaign(id), *repo.results(id), {}};
        QCOMPARE(after.results.size(), 8);
        QCOMPARE(after.campaign.date, QDate(2026, 10, 6));

        qint64 audited = audit.count();
        QVERIFY(repo.resetCampaign(*second->previous)); // undo
        QCOMPARE(*repo.campaign(id), before.campaign);
        QCOMPARE(*repo.results(id), before.results);
        QVERIFY(audit.count() > audited);
        QVERIFY(repo.resetCampaign(after)); // redo
        QCOMPARE(*repo.campaign(id), after.campaign);
        QCOMPARE(*repo.results(id), after.results);
        // A drill that is gone cannot be reset, and nothing is written.
        store::CampaignSnapshot gone = after;
        gone.campaign.id = id + 100;
        audited = audit.count();
        QCOMPARE(repo.resetCampaign(gone).code(), ErrorCode::NotFound);
        QCOMPARE(audit.count(), audited);
        QCOMPARE(*repo.results(id), after.results);

        // Linking: unlinked again with person 0, the old person audited.
        domain::Person yamada;
        yamada.name = QStringLiteral("山田 太郎");
        yamada.email = QStringLiteral("yamada@example.co.jp");
        const qint64 yamadaId = *people.insert(yamada);
        const auto links = training::relinkPhishingResults(*db);
        QVERIFY2(links, qPrintable(links.error()));
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().second, yamadaId);
        const qint64 linked = links->first().first;
        QVERIFY(repo.linkResults({{linked, 0}}));
        QCOMPARE(*repo.results(id), after.results);
        const store::AuditEntry unlinked = audit.recent(1).first();
        QCOMPARE(unlinked.entityId, linked);
        QCOMPARE(unlinked.oldValue.toLongLong(), yamadaId);
        QVERIFY(unlinked.newValue.isNull());
        QVERIFY(repo.linkResults(*links));
        QCOMPARE(repo.results(id)->at(3).personId, yamadaId);

        // Follow-ups: removed together, put back under the same ids.
        QVector<qint64> clickers;
        for (const domain::PhishingResult &r : *repo.results(id))
            if (r.clicked && r.personId > 0)
                clickers << r.personId;
        QVERIFY(!clickers.isEmpty());
        domain::PhishingCampaign older{
            0, QStringLiteral("Earlier drill"), QDate(2026, 4, 1), {}, {}, {}};
        QVERIFY(repo.insertCampaign(
            older, {result(0, clickers.first(), QStringLiteral("a@x.jp"), true)}, kToday));
        const auto made = training::assignFollowUps(*db, kToday);
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(made->assigned.size(), 1);
        QVERIFY(made->addedCourse > 0);
        const QVector<domain::TrainingAssignment> assigned = *repo.assignments();
        QCOMPARE(assigned, made->assigned);
        const auto removed = repo.removeAssignments({assigned.first().id});
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(*removed, assigned);
        QVERIFY(repo.assignments()->isEmpty());
        QVERIFY(repo.restoreAssignments(*removed));
        QCOMPARE(*repo.assignments(), assigned);
        // One that is gone makes the whole removal fail, and nothing goes.
        QCOMPARE(repo.removeAssignments({assigned.first().id, assigned.first().id + 50}).code(),
                 ErrorCode::NotFound);
        QCOMPARE(*repo.assignments(), assigned);
    }

    void matchesPastedNames()
    {
        QVector<domain::Person> people = fixturePeople();
        people[0].reading = QStringLiteral("さとう はなこ");
        people << person(8, QStringLiteral("佐藤花子"));
        domain::Person dept = person(9, QStringLiteral("営業部"));
        dept.kind = domain::PersonKind::Department;
        people << dept;
        const auto matched = training::matchPastedNames(
            people, QStringLiteral("田中　健\n  TANAKA@example.co.jp、高橋美咲,\t\n"
                                   "山田 太郎;佐藤 花子；営業部\r\nさとうはなこ"));
        QCOMPARE(matched.personIds, (QVector<qint64>{2, 3, 1}));
        // 営業部 is a department, not a person who attends.
        QCOMPARE(matched.unknown,
                 (QStringList{QStringLiteral("山田 太郎"), QStringLiteral("営業部")}));
        // Two entries are 佐藤花子 without spaces.
        QCOMPARE(matched.ambiguous, QStringList{QStringLiteral("佐藤 花子")});
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
