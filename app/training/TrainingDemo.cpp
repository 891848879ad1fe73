#include "core/Clock.h"
#include "modules/Module.h"
#include "store/Database.h"
#include "store/PeopleRepository.h"
#include "store/Transaction.h"
#include "training/Coverage.h"
#include "training/StarterCourses.h"
#include "training/TrainingDesk.h"
#include "training/TrainingModule.h"
#include "training/TrainingRepository.h"

#include <QHash>
#include <QTimeZone>

#include <functional>

namespace kamae {
namespace training {

namespace {

const QString kSales = QStringLiteral("営業部");
const QString kDesign = QStringLiteral("技術部");

// The people of the list (not departments, nobody outside the company)
// who were on the staff on `date`.
QVector<const domain::Person *> staffOn(const QVector<domain::Person> &people, const QDate &date,
                                        const std::function<bool(const domain::Person &)> &also)
{
    QVector<const domain::Person *> out;
    for (const domain::Person &p : people)
        if (isTraineeOn(p, date) && also(p))
            out.append(&p);
    return out;
}

bool anyone(const domain::Person &)
{
    return true;
}

Status session(store::TrainingRepository &repository, qint64 courseId, const QDate &date,
               const QString &trainer, int minutes, const QVector<const domain::Person *> &people,
               const QDate &today)
{
    if (people.isEmpty())
        return {};
    domain::TrainingSession s;
    s.courseId = courseId;
    s.date = date;
    s.trainer = trainer;
    s.minutes = minutes;
    QVector<domain::Attendance> attendees;
    for (const domain::Person *p : people) {
        domain::Attendance a;
        a.personId = p->id;
        a.state = domain::AttendanceState::Completed;
        attendees.append(a);
    }
    auto id = repository.insertSession(s, attendees, today);
    return id ? Status() : Status::failure(id.error());
}

// A drill's results: everyone on the staff that day with an address.
// `clicks(i)` and `reports(i)` say what the i-th recipient did.
Status drill(store::TrainingRepository &repository, const QString &name, const QString &scenario,
             const QDate &date, const QVector<const domain::Person *> &recipients,
             const std::function<bool(int, const domain::Person &)> &clicks,
             const std::function<bool(int)> &reports, const QDate &today)
{
    domain::PhishingCampaign c;
    c.name = name;
    c.date = date;
    c.scenario = scenario;
    c.source = domain::kGoPhishSource;
    // Sent at 9:00 in Tokyo.
    const QDateTime sent = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    QVector<domain::PhishingResult> results;
    int i = 0;
    for (const domain::Person *p : recipients) {
        if (p->email.isEmpty())
            continue;
        domain::PhishingResult r;
        r.personId = p->id;
        r.email = p->email;
        r.name = p->name;
        r.sentAt = sent;
        // One mailbox was full on the first drill's day.
        r.delivered = !(i == 7 && name.contains(QStringLiteral("請求書")));
        if (r.delivered) {
            r.opened = i % 5 != 0;
            r.openedAt = r.opened ? sent.addSecs(60 * (3 + i % 90)) : QDateTime();
            if (clicks(i, *p)) {
                r.opened = true;
                r.openedAt = sent.addSecs(60 * (3 + i % 90));
                r.clicked = true;
                r.clickedAt = r.openedAt.addSecs(40 + i % 200);
                r.submitted = i % 3 == 0;
                r.submittedAt = r.submitted ? r.clickedAt.addSecs(90) : QDateTime();
            }
            r.reported = reports(i);
            r.reportedAt = r.reported ? sent.addSecs(60 * (12 + (i * 7) % 150)) : QDateTime();
        }
        r.sourceId = QString::number(i + 1);
        results.append(r);
        ++i;
    }
    auto id = repository.insertCampaign(c, results, today);
    return id ? Status() : Status::failure(id.error());
}

} // namespace

// Two years of training at a company of 86: the starter courses, yearly
// and two-yearly sessions, the sales department behind on its renewals
// (it missed the last phishing and incident-reporting sessions while out
// with customers), six new joiners within their first deadline, three
// leavers, and two phishing drills a year apart whose click rate fell
// (about a quarter, then under a tenth) while reporting rose. One person
// clicked in both and has the follow-up course assigned.
Status populateDemo(modules::DemoContext &context)
{
    store::Database &db = context.db;
    const QDate today = context.today.isValid() ? context.today : clock::today();
    store::Transaction tx(db);
    auto added = addStarterCourses(db);
    if (!added)
        return Status::failure(added.error());
    store::TrainingRepository repository(db);
    auto courses = repository.courses();
    auto people = store::PeopleRepository(db).all();
    if (!courses || !people)
        return Status::failure(!courses ? courses.error() : people.error());
    QHash<QString, qint64> course;
    for (const domain::Course &c : courses.value())
        course.insert(c.builtin, c.id);
    // The BCP drill is held once a year; a joiner takes part in the next
    // one rather than being overdue from the first day.
    for (domain::Course c : courses.value()) {
        if (c.builtin != starter::BcpDrill)
            continue;
        c.onboardingDays = 365;
        if (Status s = repository.updateCourse(storedCourse(c)); !s)
            return s;
    }
    const QVector<domain::Person> &all = people.value();
    const auto notSales = [](const domain::Person &p) {
        return p.department != kSales;
    };
    const auto design = [](const domain::Person &p) {
        return p.department == kDesign;
    };
    const auto plant = [&](const domain::Person &p) {
        return notSales(p) && !design(p);
    };
    const auto joinedSince = [](const QDate &from) {
        return [from](const domain::Person &p) {
            return p.joined.isValid() && p.joined > from;
        };
    };
    const auto day = [&today](int daysAgo) {
        return today.addDays(-daysAgo);
    };
    const QString inHouse = QStringLiteral("佐藤 花子（総務部）");
    const QString provider = QStringLiteral("お助け隊サービス 講師");

    struct Planned
    {
        QString key;
        int daysAgo;
        QString trainer;
        int minutes;
        std::function<bool(const domain::Person &)> who;
    };
    const QVector<Planned> sessions = {
        // Phishing and Emotet, yearly: everyone two years ago; last year
        // the office and the plant, then design; sales missed it.
        {starter::PhishingEmotet, 720, provider, 90, anyone},
        {starter::PhishingEmotet, 345, provider, 90, plant},
        {starter::PhishingEmotet, 300, inHouse, 60, design},
        // Incident reporting, yearly: sales only in the first round.
        {starter::IncidentReporting, 560, inHouse, 45, anyone},
        {starter::IncidentReporting, 200, inHouse, 45, notSales},
        // The two-yearly ones, and a make-up round for those who joined after.
        {starter::PasswordsMfa, 500, QStringLiteral("e-ラーニング"), 30, anyone},
        {starter::InformationHandling, 600, QStringLiteral("e-ラーニング"), 40, anyone},
        {starter::PhysicalSecurity, 690, inHouse, 20, anyone},
        {starter::PasswordsMfa, 150, QStringLiteral("e-ラーニング"), 30, joinedSince(day(500))},
        {starter::InformationHandling, 150, QStringLiteral("e-ラーニング"), 40,
         joinedSince(day(600))},
        {starter::PhysicalSecurity, 150, inHouse, 20, joinedSince(day(690))},
        // The yearly BCP drill at both plants.
        {starter::BcpDrill, 230, inHouse, 120, anyone},
        // The joiner of two months ago, brought up to date.
        {starter::PhishingEmotet, 40, inHouse, 60, joinedSince(day(80))},
        {starter::IncidentReporting, 40, inHouse, 45, joinedSince(day(80))},
        {starter::PasswordsMfa, 40, QStringLiteral("e-ラーニング"), 30, joinedSince(day(80))},
        {starter::InformationHandling, 40, QStringLiteral("e-ラーニング"), 40,
         joinedSince(day(80))},
        {starter::PhysicalSecurity, 40, inHouse, 20, joinedSince(day(80))},
    };
    for (const Planned &p : sessions) {
        const QDate date = day(p.daysAgo);
        if (Status s = session(repository, course.value(p.key), date, p.trainer, p.minutes,
                               staffOn(all, date, p.who), today);
            !s)
            return s;
    }

    // Two drills, a year apart. In the first about one in four clicked; in
    // the second under one in ten, and far more reported the mail. The
    // first plant worker who clicked the first time clicked again.
    const QDate first = day(390);
    const QDate second = day(75);
    const QVector<const domain::Person *> firstTo = staffOn(all, first, anyone);
    const QVector<const domain::Person *> secondTo = staffOn(all, second, anyone);
    qint64 repeat = 0;
    for (int i = 0; i < firstTo.size(); ++i) {
        const domain::Person *p = firstTo.at(i);
        if (p->id % 4 == 1 && i != 7 && p->department == QStringLiteral("製造部") &&
            isActiveOn(*p, today)) {
            repeat = p->id;
            break;
        }
    }
    if (Status s = drill(
            repository, QStringLiteral("請求書メール訓練"),
            QStringLiteral("取引先を装った請求書の ZIP 添付（Emotet の手口）"), first, firstTo,
            [](int, const domain::Person &p) { return p.id % 4 == 1; },
            [](int i) { return i % 9 == 0; }, today);
        !s)
        return s;
    if (Status s = drill(
            repository, QStringLiteral("宅配便不在通知訓練"),
            QStringLiteral("宅配業者を装った不在通知の SMS 風メールとリンク"), second, secondTo,
            [repeat](int, const domain::Person &p) {
                // Never someone who clicked the first time, but the one.
                return p.id == repeat || (p.id % 13 == 3 && p.id % 4 != 1);
            },
            [](int i) { return i % 3 == 1 || i % 8 == 0; }, today);
        !s)
        return s;
    // The follow-up, assigned two weeks ago.
    auto followUps = assignFollowUps(db, day(14), course.value(starter::PhishingFollowUp));
    if (!followUps)
        return Status::failure(followUps.error());
    return tx.commit();
}

} // namespace training
} // namespace kamae
