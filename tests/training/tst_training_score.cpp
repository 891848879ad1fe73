// What the training records feed into the rest of Kamae (issue 17): the
// education measure's factors at their edges, the evidence that replaces
// the self-assessment's questions 6 and 20 (and its contradictions both
// ways), the reminders grouped per course and month, the report's
// education section, and the demo company's numbers.
#include "TestSupport.h"

#include "core/Clock.h"
#include "demo/DemoCompany.h"
#include "domain/Backup.h"
#include "domain/Person.h"
#include "reminders/Reminders.h"
#include "report/Report.h"
#include "report/ReportDocument.h"
#include "score/Evidence.h"
#include "score/Score.h"
#include "score/ScoreInput.h"
#include "score/SelfCheck.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"
#include "training/Coverage.h"
#include "training/Phishing.h"
#include "training/StarterCourses.h"
#include "training/TrainingDesk.h"
#include "training/TrainingModule.h"
#include "training/TrainingRecords.h"
#include "training/TrainingReminders.h"
#include "training/TrainingRepository.h"
#include "training/TrainingScore.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace kamae;
using score::Answer;
using score::Factor;

namespace {

const QDate kToday(2026, 11, 22);

domain::Person person(qint64 id, const QString &department = {}, const QDate &joined = {},
                      const QDate &left = {})
{
    domain::Person p;
    p.id = id;
    p.name = QStringLiteral("社員%1").arg(id);
    p.department = department;
    p.joined = joined;
    p.left = left;
    p.email = QStringLiteral("p%1@example.jp").arg(id);
    return p;
}

domain::Course course(qint64 id, int renewalMonths = 12, int onboardingDays = 30)
{
    domain::Course c;
    c.id = id;
    c.title = QStringLiteral("Course %1").arg(id);
    c.renewalMonths = renewalMonths;
    c.onboardingDays = onboardingDays;
    return c;
}

// One session per call, with these people completing it.
void completed(store::TrainingRecords &r, qint64 courseId, const QDate &date,
               const QVector<qint64> &people)
{
    domain::TrainingSession s;
    s.id = r.sessions.size() + 1;
    s.courseId = courseId;
    s.date = date;
    r.sessions.append(s);
    for (qint64 p : people) {
        domain::Attendance a;
        a.id = r.attendance.size() + 1;
        a.sessionId = s.id;
        a.personId = p;
        a.state = domain::AttendanceState::Completed;
        r.attendance.append(a);
    }
}

// A drill on `date` sent to people 1..n: the first `clicked` clicked, the
// last `reported` reported.
void drill(store::TrainingRecords &r, const QDate &date, int n, int clicked, int reported)
{
    domain::PhishingCampaign c;
    c.id = r.campaigns.size() + 1;
    c.name = QStringLiteral("Drill %1").arg(c.id);
    c.date = date;
    r.campaigns.append(c);
    for (int i = 1; i <= n; ++i) {
        domain::PhishingResult x;
        x.id = r.results.size() + 1;
        x.campaignId = c.id;
        x.personId = i;
        x.email = QStringLiteral("p%1@example.jp").arg(i);
        x.delivered = true;
        x.clicked = i <= clicked;
        x.reported = i > n - reported;
        r.results.append(domain::withImpliedFlags(x));
    }
}

score::ScoreInput inputWith(const QVector<domain::Person> &people,
                            const store::TrainingRecords &records)
{
    score::ScoreInput in;
    in.people = people;
    in.moduleData.insert(training::ModuleKey, training::ScoreData{records});
    return in;
}

const Factor *factorOf(const QVector<Factor> &factors, const QString &id)
{
    for (const Factor &f : factors)
        if (f.id == id)
            return &f;
    return nullptr;
}

score::Assessment answering(const QString &key, Answer a)
{
    score::Assessment s;
    s.taken = kToday.addDays(-10);
    s.answers.insert(key, a);
    return s;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

std::unique_ptr<store::Database> demoDatabase()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    // As Vault::create() leaves it: the organisation's row is there.
    QSqlQuery org(db.value()->sql());
    if (!org.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                                 "VALUES (1, 'demo', '2026-06-30T01:00:00Z')")))
        return nullptr;
    const Status filled = demo::populate(*db.value());
    if (!filled) {
        qWarning() << filled.error();
        return nullptr;
    }
    return std::move(db.value());
}

} // namespace

class TestTrainingScore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_training_score");
        clock::setFixedNow(QDateTime(kToday, QTime(1, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
    }
    void cleanupTestCase() { clock::reset(); }

    // ---- Factors ---------------------------------------------------------

    // Nothing recorded: the three factors apply, keep their share and earn
    // nothing; one drill measures both drill factors (one line).
    void nothingRecordedEarnsNothing()
    {
        for (const score::ScoreInput &in :
             {score::ScoreInput(), inputWith({person(1)}, store::TrainingRecords())}) {
            const QVector<Factor> f = training::trainingFactors(in, kToday);
            QCOMPARE(f.size(), 3);
            for (const Factor &x : f) {
                QVERIFY(x.applies);
                QVERIFY(!x.measured);
                QCOMPARE(x.value, 0.0);
                QCOMPARE(x.basis, score::Basis::Records);
                QCOMPARE(x.category, score::Category::Education);
                QCOMPARE(x.kind, score::MeasureKind::Human);
                QCOMPARE(x.place, training::ModuleKey);
                QCOMPARE(x.actions.size(), 1);
                QCOMPARE(x.actions.first().share, 1.0);
            }
            QCOMPARE(f.at(0).id, QStringLiteral("training.coverage"));
            QCOMPARE(f.at(0).weight, 3.0);
            QCOMPARE(f.at(1).id, QStringLiteral("training.drill"));
            QCOMPARE(f.at(1).weight, 2.0);
            QCOMPARE(f.at(2).id, QStringLiteral("training.report_rate"));
            QCOMPARE(f.at(2).weight, 1.0);
            QCOMPARE(f.at(1).actions.first().group, QStringLiteral("training.drill"));
            QCOMPARE(f.at(2).actions.first().group, QStringLiteral("training.drill"));
        }
        // A company whose only course nobody has had to take yet: joiners
        // within their first deadline are not judged.
        store::TrainingRecords r;
        r.courses = {course(1)};
        const auto f =
            training::trainingFactors(inputWith({person(1, {}, kToday.addDays(-5))}, r), kToday);
        QVERIFY(!f.at(0).measured);
    }

    // current / (current + overdue); joiners left out; actions per course
    // whose shares add up to what is lost.
    void coverageShareAndActions()
    {
        store::TrainingRecords r;
        r.courses = {course(1), course(2)};
        QVector<domain::Person> people;
        for (int i = 1; i <= 4; ++i)
            people << person(i, {}, QDate(2020, 4, 1));
        people << person(5, {}, kToday.addDays(-3)); // a joiner: pending, not judged
        people << person(6, {}, QDate(2020, 4, 1), kToday.addDays(-1)); // left: out
        completed(r, 1, kToday.addMonths(-12), {1, 2, 3}); // exactly 12 months: still current
        completed(r, 2, kToday.addMonths(-12).addDays(-1), {1, 2}); // a day older: expired
        completed(r, 2, kToday.addDays(-10), {3});
        const auto f = training::trainingFactors(inputWith(people, r), kToday);
        const Factor &c = f.at(0);
        QVERIFY(c.measured);
        // Course 1: 1, 2, 3 current, 4 overdue; course 2: 3 current, 1, 2, 4 overdue.
        QVERIFY(near(c.value, 4.0 / 8));
        QCOMPARE(c.actions.size(), 2);
        QCOMPARE(c.actions.at(0).key, QStringLiteral("training.coverage:1"));
        QCOMPARE(c.actions.at(0).recordId, 1);
        QVERIFY(near(c.actions.at(0).share, 1.0 / 8));
        QVERIFY(near(c.actions.at(1).share, 3.0 / 8));
        QVERIFY(c.actions.at(1).text.contains(QStringLiteral("Course 2")));
        double lost = 0;
        for (const score::Action &a : c.actions)
            lost += a.share;
        QVERIFY(near(lost, 1.0 - c.value));

        // Everyone current: full value, no action.
        completed(r, 2, kToday, {1, 2, 4});
        completed(r, 1, kToday, {4});
        const auto all = training::trainingFactors(inputWith(people, r), kToday);
        QCOMPARE(all.at(0).value, 1.0);
        QVERIFY(all.at(0).actions.isEmpty());
    }

    void drillRecencyEdges_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<double>("value");
        QTest::newRow("today") << 0 << 1.0;
        QTest::newRow("365 days") << 365 << 1.0;
        QTest::newRow("366 days") << 366 << 1.0 - 1.0 / 365;
        QTest::newRow("547.5 days, half") << 548 << 1.0 - 183.0 / 365;
        QTest::newRow("730 days") << 730 << 0.0;
        QTest::newRow("three years") << 1095 << 0.0;
    }
    void drillRecencyEdges()
    {
        QFETCH(int, daysAgo);
        QFETCH(double, value);
        store::TrainingRecords r;
        drill(r, kToday.addDays(-daysAgo), 4, 1, 2);
        const auto f = training::trainingFactors(inputWith({}, r), kToday);
        const Factor &d = f.at(1);
        QVERIFY(d.measured); // an old drill is a record: measured, worth less
        QVERIFY2(near(d.value, value), qPrintable(QString::number(d.value)));
        QCOMPARE(d.actions.isEmpty(), value >= 1.0);
    }

    // A drill dated after today, or one that delivered nothing, is no drill.
    void drillsThatDoNotCount()
    {
        store::TrainingRecords r;
        drill(r, kToday.addDays(1), 4, 1, 2);
        drill(r, kToday.addDays(-10), 4, 0, 0);
        for (domain::PhishingResult &x : r.results)
            if (x.campaignId == 2)
                x.delivered = x.opened = x.clicked = x.submitted = x.reported = false;
        const auto f = training::trainingFactors(inputWith({}, r), kToday);
        QVERIFY(!f.at(1).measured);
        QVERIFY(!f.at(2).measured);
    }

    void reportRateEdges_data()
    {
        QTest::addColumn<int>("reported");
        QTest::addColumn<double>("value");
        QTest::newRow("none") << 0 << 0.0;
        QTest::newRow("a quarter") << 1 << 0.5;
        QTest::newRow("half: full value") << 2 << 1.0;
        QTest::newRow("more than half: capped") << 3 << 1.0;
    }
    void reportRateEdges()
    {
        QFETCH(int, reported);
        QFETCH(double, value);
        store::TrainingRecords r;
        drill(r, kToday.addDays(-400), 4, 4, 0); // an older drill does not count
        drill(r, kToday.addDays(-30), 4, 1, reported);
        const auto f = training::trainingFactors(inputWith({}, r), kToday);
        const Factor &rate = f.at(2);
        QVERIFY(rate.measured);
        QVERIFY(near(rate.value, value));
        if (value < 1.0) {
            QCOMPARE(rate.actions.size(), 1);
            QCOMPARE(rate.actions.first().key, QStringLiteral("training.report_rate:2"));
            QVERIFY(near(rate.actions.first().share, 1.0 - value));
        } else {
            QVERIFY(rate.actions.isEmpty());
        }
    }

    // ---- The self-assessment's questions 6 and 20 -------------------------

    // While nothing is recorded the answers count; once the records measure
    // a question, its answer does not (and is not an open question).
    void answersCountOnlyWhereNothingIsRecorded()
    {
        score::ScoreInput in;
        in.assessment = answering(QStringLiteral("ipa20"), Answer::Implemented);
        in.assessment->answers.insert(QStringLiteral("ipa06"), Answer::Implemented);
        auto s = score::computeScore(in, kToday);
        QVERIFY(factorOf(s.factors, QStringLiteral("self.ipa20"))->applies);
        QCOMPARE(factorOf(s.factors, QStringLiteral("self.ipa20"))->value, 1.0);
        QVERIFY(factorOf(s.factors, QStringLiteral("self.ipa06"))->applies);

        store::TrainingRecords r;
        r.courses = {course(1)};
        completed(r, 1, kToday.addDays(-20), {1, 2, 3, 4, 5});
        QVector<domain::Person> people;
        for (int i = 1; i <= 5; ++i)
            people << person(i, {}, QDate(2020, 4, 1));
        score::ScoreInput measured = inputWith(people, r);
        measured.assessment = in.assessment;
        s = score::computeScore(measured, kToday);
        const Factor *q20 = factorOf(s.factors, QStringLiteral("self.ipa20"));
        QVERIFY(!q20->applies);
        QCOMPARE(q20->points, 0.0);
        QVERIFY(q20->inputs.contains(QStringLiteral("measured from the records")));
        // No drill yet: question 6 still counts on its answer.
        QVERIFY(factorOf(s.factors, QStringLiteral("self.ipa06"))->applies);
        QCOMPARE(factorOf(s.factors, QStringLiteral("training.coverage"))->value, 1.0);

        // Unanswered and measured: not among the open questions.
        measured.assessment.reset();
        s = score::computeScore(measured, kToday);
        const auto ranked = score::rankedActions(s);
        const auto open = std::find_if(ranked.cbegin(), ranked.cend(), [](const score::Action &a) {
            return a.key == QStringLiteral("self.unanswered");
        });
        QVERIFY(open != ranked.cend());
        QCOMPARE(open->text, QStringLiteral("Take the self-assessment (30 questions)"));
    }

    void contradictionsBothWays_data()
    {
        QTest::addColumn<int>("current"); // of 10 people, the rest overdue
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("supports");
        QTest::addColumn<bool>("contradicts");
        const int yes = int(Answer::Implemented);
        const int no = int(Answer::NotImplemented);
        const int partly = int(Answer::Partly);
        QTest::newRow("80 % supports yes") << 8 << yes << true << false;
        QTest::newRow("70 % contradicts yes") << 7 << yes << false << true;
        QTest::newRow("100 % contradicts no") << 10 << no << true << true;
        QTest::newRow("70 % agrees with no") << 7 << no << false << false;
        QTest::newRow("partly is never contradicted") << 10 << partly << true << false;
        QTest::newRow("partly, low") << 2 << partly << false << false;
    }
    void contradictionsBothWays()
    {
        QFETCH(int, current);
        QFETCH(int, answer);
        QFETCH(bool, supports);
        QFETCH(bool, contradicts);
        store::TrainingRecords r;
        r.courses = {course(1)};
        QVector<domain::Person> people;
        QVector<qint64> trained;
        for (int i = 1; i <= 10; ++i) {
            people << person(i, {}, QDate(2020, 4, 1));
            if (i <= current)
                trained << i;
        }
        completed(r, 1, kToday.addDays(-20), trained);
        score::ScoreInput in = inputWith(people, r);
        in.assessment = answering(QStringLiteral("ipa20"), Answer(answer));
        const auto found = score::evidenceFor(QStringLiteral("ipa20"), in, kToday);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().measures);
        QCOMPARE(found.first().supports, supports);
        QCOMPARE(found.first().contradicts, contradicts);
        QCOMPARE(found.first().place, training::ModuleKey);
        QCOMPARE(score::isContradiction(found.first(), Answer(answer)), contradicts);
        const auto s = score::computeScore(in, kToday);
        QCOMPARE(factorOf(s.factors, QStringLiteral("self.ipa20"))
                     ->inputs.contains(QStringLiteral("contradicts")),
                 contradicts);
    }

    void drillEvidenceForQuestionSix_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<int>("clicked"); // of 10
        QTest::addColumn<bool>("supports");
        QTest::newRow("recent, 20 % clicked") << 30 << 2 << true;
        QTest::newRow("recent, 30 % clicked") << 30 << 3 << false;
        QTest::newRow("365 days, nobody clicked") << 365 << 0 << true;
        QTest::newRow("366 days, nobody clicked") << 366 << 0 << false;
    }
    void drillEvidenceForQuestionSix()
    {
        QFETCH(int, daysAgo);
        QFETCH(int, clicked);
        QFETCH(bool, supports);
        store::TrainingRecords r;
        drill(r, kToday.addDays(-daysAgo), 10, clicked, 3);
        score::ScoreInput in = inputWith({}, r);
        in.assessment = answering(QStringLiteral("ipa06"), Answer::Implemented);
        const auto found = score::evidenceFor(QStringLiteral("ipa06"), in, kToday);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().supports, supports);
        QCOMPARE(found.first().contradicts, !supports);
        QCOMPARE(found.first().recordId, 1);
        QVERIFY(!factorOf(score::computeScore(in, kToday).factors, QStringLiteral("self.ipa06"))
                     ->applies);
    }

    // Evidence stays in question order with the training lines in it.
    void evidenceInQuestionOrder()
    {
        store::TrainingRecords r;
        r.courses = {course(1)};
        completed(r, 1, kToday.addDays(-20), {1});
        drill(r, kToday.addDays(-20), 1, 0, 1);
        score::ScoreInput in = inputWith({person(1, {}, QDate(2020, 4, 1))}, r);
        domain::BackupJob job;
        job.id = 1;
        job.name = QStringLiteral("NAS");
        in.backupJobs = {job};
        QStringList keys;
        for (const score::Evidence &e : score::evidence(in, kToday))
            keys << e.questionKey;
        keys.removeDuplicates();
        QCOMPARE(keys, (QStringList{QStringLiteral("ipa06"), QStringLiteral("ipa11"),
                                    QStringLiteral("ipa20")}));
    }

    // ---- Reminders -------------------------------------------------------

    // 300 people, one course: a line per month of renewals, one line for
    // everyone overdue, one for the follow-ups; never a line per person.
    void remindersAreGroupedPerCourseAndMonth()
    {
        store::TrainingRecords r;
        r.courses = {course(1), course(2, 0, 0)};
        r.courses[1].requirement = domain::Requirement::Optional;
        QVector<domain::Person> people;
        QVector<qint64> december, january, joiners;
        for (int i = 1; i <= 300; ++i) {
            people << person(i, {}, i <= 290 ? QDate(2020, 4, 1) : kToday.addDays(-5));
            if (i <= 12)
                december << i; // renewal in December 2026
            else if (i <= 100)
                january << i; // renewal in January 2027
            else if (i > 290)
                joiners << i; // first deadline in December 2026
        }
        completed(r, 1, QDate(2025, 12, 10), december);
        completed(r, 1, QDate(2026, 1, 15), january);
        // 101–290 never trained: overdue. Two follow-ups of course 2.
        for (qint64 p : {qint64(3), qint64(4)}) {
            domain::TrainingAssignment a;
            a.id = p;
            a.courseId = 2;
            a.personId = p;
            a.assigned = kToday.addDays(-10);
            r.assignments.append(a);
        }
        const training::Coverage coverage = training::computeCoverage(people, r, kToday);
        const auto all = training::trainingReminders(people, r, coverage, kToday);
        QCOMPARE(all.size(), 4);
        QHash<QString, reminders::Reminder> byUid;
        for (const reminders::Reminder &x : all) {
            byUid.insert(x.uid, x);
            QCOMPARE(x.module, training::ModuleKey);
        }
        const reminders::Reminder dec =
            byUid.value(QStringLiteral("training-course-1-due-2026-12"));
        QCOMPARE(dec.kind, training::kind::CourseDue);
        QCOMPARE(dec.recordId, 1);
        QVERIFY2(dec.title.startsWith(QStringLiteral("Course 1: 22 person(s) due by ")),
                 qPrintable(dec.title)); // 12 renewals and 10 joiners
        QVERIFY(dec.title.endsWith(QStringLiteral("2026/12/17")) ||
                dec.title.contains(QStringLiteral("17")));
        QCOMPARE(dec.due, QDate(2026, 12, 10));
        // "Due soon" is the reminders' week, as for every module (the
        // report counts "due within 7 days"), not coverage's 30 days.
        QCOMPARE(dec.state, reminders::ReminderState::Upcoming);
        QCOMPARE(reminders::stateFor(dec.due, dec.due.addDays(-7), reminders::kDueSoonDays),
                 reminders::ReminderState::DueSoon);
        QVERIFY(dec.detail.contains(QStringLiteral("12")) &&
                dec.detail.contains(QStringLiteral("10")));
        const reminders::Reminder jan =
            byUid.value(QStringLiteral("training-course-1-due-2027-01"));
        QCOMPARE(jan.due, QDate(2027, 1, 15));
        QCOMPARE(jan.state, reminders::ReminderState::Upcoming);
        QVERIFY(jan.title.contains(QStringLiteral("88 person(s)")));
        const reminders::Reminder over = byUid.value(QStringLiteral("training-course-1-overdue"));
        QCOMPARE(over.kind, training::kind::CourseOverdue);
        QCOMPARE(over.state, reminders::ReminderState::Overdue);
        QVERIFY(over.title.contains(QStringLiteral("190 person(s) overdue")));
        QCOMPARE(over.due, QDate(2020, 5, 1)); // never trained: since their first deadline
        QCOMPARE(over.severity, reminders::ReminderSeverity::High);
        const reminders::Reminder follow =
            byUid.value(QStringLiteral("training-course-2-follow-up-2026-12"));
        QCOMPARE(follow.kind, training::kind::FollowUpDue);
        QCOMPARE(follow.due, kToday.addDays(20));
        QVERIFY(follow.title.contains(QStringLiteral("2 person(s)")));
    }

    // Through the registry: `kamae due` sees the training lines.
    void remindersComeThroughTheRegistry()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        auto all = reminders::allReminders(*db, kToday);
        QVERIFY(all);
        int training = 0;
        for (const reminders::Reminder &x : all.value()) {
            if (x.module != training::ModuleKey)
                continue;
            ++training;
            QVERIFY(x.kind == training::kind::CourseDue ||
                    x.kind == training::kind::CourseOverdue ||
                    x.kind == training::kind::FollowUpDue);
            QVERIFY(x.recordId > 0);
            if (x.state == reminders::ReminderState::Overdue)
                QVERIFY(x.due < kToday);
        }
        // 86 people and 7 required courses: a few dozen lines at most.
        QVERIFY2(training > 0 && training < 60, qPrintable(QString::number(training)));
    }

    // ---- The demo company ----------------------------------------------------

    void demoCompanyNumbers()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        auto state = training::loadTraining(*db);
        QVERIFY(state);
        int active = 0, leavers = 0, joiners = 0;
        QSet<QString> departments;
        QVector<qint64> outsiders;
        for (const domain::Person &p : state->people) {
            if (p.external)
                outsiders << p.id;
            if (p.kind != domain::PersonKind::Person || p.external)
                continue;
            if (p.left.isValid())
                ++leavers;
            else
                ++active;
            if (p.joined.isValid() && p.joined.daysTo(kToday) <= 31 && !p.left.isValid())
                ++joiners;
            if (!p.department.isEmpty())
                departments.insert(p.department);
        }
        QCOMPARE(active, 86);
        // The maintenance company's engineer is listed, outside the company.
        QCOMPARE(outsiders.size(), 1);
        QCOMPARE(domain::findPerson(state->people, outsiders.first())->name,
                 QStringLiteral("山本 誠"));
        QCOMPARE(leavers, 3);
        QCOMPARE(joiners, 6);
        QCOMPARE(departments.size(), 4);
        // The starter courses, sessions over about two years.
        QCOMPARE(state->records.courses.size(), training::starterCourses().size());
        QDate oldest = kToday;
        for (const domain::TrainingSession &s : state->records.sessions)
            oldest = std::min(oldest, s.date);
        QVERIFY(oldest.daysTo(kToday) >= 600 && oldest.daysTo(kToday) <= 760);
        // Joiners are pending, the sales department is overdue.
        const training::Coverage c =
            training::computeCoverage(state->people, state->records, kToday);
        QVERIFY(c.total.pending >= 6 * 5);
        // Exactly the 86 on the staff are trainees; the outsider is no row
        // and took none of the company's sessions.
        QCOMPARE(c.people.size(), 86);
        QCOMPARE(c.rowOf(outsiders.first()), -1);
        for (const domain::Attendance &a : state->records.attendance)
            QVERIFY(a.personId != outsiders.first());
        for (const training::DepartmentCoverage &d : c.byDepartment) {
            // Elsewhere only joiners past incident reporting's 14 days.
            if (d.department == QStringLiteral("営業部"))
                QVERIFY2(d.counts.overdue >= 2 * 19, qPrintable(QString::number(d.counts.overdue)));
            else
                QVERIFY2(d.counts.overdue <= 2, qPrintable(d.department));
        }
        // Two drills, the click rate falling; one repeat clicker, followed up.
        const auto rates = training::campaignRates(state->people, state->records.campaigns,
                                                   state->records.results);
        QCOMPARE(rates.size(), 2);
        QVERIFY(rates.at(0).rates.clickRate() > 0.2);
        QVERIFY(rates.at(1).rates.clickRate() < 0.1);
        QVERIFY(rates.at(1).rates.reportRate() > rates.at(0).rates.reportRate());
        QCOMPARE(training::repeatClickers(state->records.campaigns, state->records.results).size(),
                 1);
        QCOMPARE(state->records.assignments.size(), 1);
        QCOMPARE(state->records.assignments.first().reason, domain::kRepeatClickerReason);

        // The score reads them: every training factor measured.
        auto s = score::computeScore(*db, kToday);
        QVERIFY(s);
        for (const char *id : {"training.coverage", "training.drill", "training.report_rate"}) {
            const Factor *f = factorOf(s->factors, QString::fromLatin1(id));
            QVERIFY2(f && f->measured && f->value > 0.5, id);
        }
        QVERIFY(!factorOf(s->factors, QStringLiteral("self.ipa20"))->applies);
        QVERIFY(!factorOf(s->factors, QStringLiteral("self.ipa06"))->applies);
    }

    // ---- The report ----------------------------------------------------------

    void reportShowsCoverageDrillAndWhoIsBehind()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        auto state = training::loadTraining(*db);
        QVERIFY(state);
        const training::Summary summary =
            training::summarize(state->people, state->records, kToday);
        QVERIFY(summary.lastDrill);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            report::ReportOptions options;
            options.language = language;
            auto built = report::buildReport(*db, options, kToday);
            QVERIFY2(built, qPrintable(built.error()));
            const auto &sections = built->document.sections;
            const auto status = std::find_if(sections.cbegin(), sections.cend(), [](const auto &s) {
                return s.id == QStringLiteral("status");
            });
            QVERIFY(status != sections.cend());
            QStringList text;
            for (const report::Block &b : status->blocks) {
                if (const auto *f = std::get_if<report::Facts>(&b))
                    for (const report::Fact &fact : f->items)
                        text << fact.value << fact.label;
                if (const auto *p = std::get_if<report::Paragraph>(&b))
                    text << p->text;
            }
            const QString all = text.join(QLatin1Char('\n'));
            const auto pct = [](double share) {
                return QString::number(qRound(100 * share));
            };
            // Coverage in total and of each course someone is behind in,
            // with its overdue count; the others counted.
            QVERIFY2(all.contains(pct(summary.coverage.total.share())), qPrintable(all));
            int behind = 0;
            for (const training::CourseCoverage &cc : summary.coverage.byCourse) {
                if (cc.counts.overdue == 0)
                    continue;
                ++behind;
                QVERIFY2(all.contains(pct(cc.counts.share())), qPrintable(all));
                if (language == QStringLiteral("en"))
                    QVERIFY2(all.contains(QStringLiteral("(%1 overdue)").arg(cc.counts.overdue)),
                             qPrintable(all));
            }
            QCOMPARE(behind, 2); // the sales department's two renewals
            if (language == QStringLiteral("en"))
                QVERIFY2(all.contains(QStringLiteral("the other 4 required courses")),
                         qPrintable(all));
            // The last drill: its date, click rate and report rate, and counts.
            const training::PhishingRates &rates = summary.lastDrill->rates;
            QVERIFY2(all.contains(pct(rates.clickRate())), qPrintable(all));
            QVERIFY2(all.contains(pct(rates.reportRate())), qPrintable(all));
            QVERIFY(
                all.contains(QStringLiteral("%1 of %2").arg(rates.clicked).arg(rates.delivered)) ||
                language == QStringLiteral("ja"));
            // Who is behind, by department: 19 of the sales department's 20
            // (the twentieth joined ten days ago), with names.
            QVERIFY2(all.contains(QStringLiteral("営業部 19")), qPrintable(all));
            QVERIFY2(all.contains(QStringLiteral("19 of 20")) || language == QStringLiteral("ja"),
                     qPrintable(all));
            // The metrics the next report compares with.
            QStringList keys;
            for (const report::Metric &m : built->metrics)
                keys << m.key;
            for (const char *key : {"training.coverage", "training.overdue", "training.click_rate"})
                QVERIFY2(keys.contains(QLatin1String(key)), key);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainingScore)
#include "tst_training_score.moc"
