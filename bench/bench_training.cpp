// Training coverage at a large company's size (issue 17): 3,000 people in
// twelve departments, 20 courses (yearly, two-yearly and once; required
// of everyone, of departments, of roles, or optional), a session of each
// course every month for five years, and each person completing each
// course about once a year: 1,200 sessions, about 270,000 attendances.
// The goal is coverage in under 50 ms.
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"
#include "store/Transaction.h"
#include "training/Coverage.h"
#include "training/TrainingDesk.h"
#include "training/TrainingRepository.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace kamae;

namespace {

const QDate kToday(2026, 11, 22);
constexpr int kPeople = 3000;
constexpr int kCourses = 20;
constexpr int kYears = 5;

QString departmentName(int i)
{
    return QStringLiteral("部署 %1").arg(i % 12);
}

std::unique_ptr<store::Database> &database()
{
    static std::unique_ptr<store::Database> db = [] {
        auto made = store::Database::createEmpty();
        auto db = std::move(made).value();
        if (!store::migrate(*db))
            qFatal("bench: migrating failed");
        store::Transaction tx(*db);
        store::PeopleRepository people(*db);
        QVector<qint64> personIds;
        for (int i = 0; i < kPeople; ++i) {
            domain::Person p;
            p.name = QStringLiteral("社員 %1").arg(i);
            p.department = departmentName(i);
            p.role = i % 25 == 0 ? QStringLiteral("IT担当") : QStringLiteral("一般");
            p.joined = QDate(2000, 4, 1).addDays(i * 3);
            if (i % 20 == 0)
                p.left = QDate(2024, 3, 31).addDays(i % 900);
            const auto id = people.insert(p);
            if (!id)
                qFatal("bench: storing a person failed");
            personIds << *id;
        }
        store::TrainingRepository training(*db);
        QVector<qint64> courseIds;
        for (int c = 0; c < kCourses; ++c) {
            domain::Course course;
            course.title = QStringLiteral("講座 %1").arg(c);
            course.renewalMonths = c % 4 == 3 ? 0 : c % 4 == 2 ? 24 : 12;
            course.onboardingDays = c % 3 == 0 ? 30 : 0;
            if (c < 12) {
                course.requirement = domain::Requirement::Everyone;
            } else if (c < 16) {
                course.requirement = domain::Requirement::Departments;
                course.requiredFor = {departmentName(c), departmentName(c + 1),
                                      departmentName(c + 2)};
            } else if (c < 18) {
                course.requirement = domain::Requirement::Roles;
                course.requiredFor = {QStringLiteral("IT担当")};
            } else {
                course.requirement = domain::Requirement::Optional;
            }
            const auto id = training.insertCourse(course);
            if (!id)
                qFatal("bench: storing a course failed");
            courseIds << *id;
        }
        // Monthly sessions for five years; each person takes each course
        // about once a year, at a month of their own.
        const QDate first = kToday.addYears(-kYears).addDays(1);
        for (int c = 0; c < kCourses; ++c) {
            for (int m = 0; m < kYears * 12; ++m) {
                domain::TrainingSession s;
                s.courseId = courseIds.at(c);
                s.date = first.addMonths(m);
                s.minutes = 60;
                QVector<domain::Attendance> attendees;
                for (int p = 0; p < kPeople; ++p) {
                    const int year = m / 12;
                    if ((p + c + year) % 10 == 0 || (p * 7 + c) % 12 != m % 12)
                        continue;
                    domain::Attendance a;
                    a.personId = personIds.at(p);
                    a.state = (p + m) % 20 == 0 ? domain::AttendanceState::Attended
                                                : domain::AttendanceState::Completed;
                    attendees << a;
                }
                if (!training.insertSession(s, attendees, kToday))
                    qFatal("bench: storing a session failed");
            }
        }
        if (!tx.commit())
            qFatal("bench: committing failed");
        return db;
    }();
    return db;
}

// The arithmetic alone, on records read once (what the page does after a
// change it has already read).
void BM_CoverageCompute(benchmark::State &state)
{
    const auto loaded = training::loadTraining(*database()).value();
    for (auto _ : state)
        benchmark::DoNotOptimize(training::computeCoverage(loaded.people, loaded.records, kToday));
    state.counters["attendances"] = static_cast<double>(loaded.records.attendance.size());
    state.counters["cells"] = static_cast<double>(loaded.people.size() * kCourses);
}
BENCHMARK(BM_CoverageCompute)->Unit(benchmark::kMillisecond);

// Reading every training record and the people list from the vault.
void BM_LoadTraining(benchmark::State &state)
{
    store::Database &db = *database();
    for (auto _ : state)
        benchmark::DoNotOptimize(training::loadTraining(db));
}
BENCHMARK(BM_LoadTraining)->Unit(benchmark::kMillisecond);

// What `kamae training coverage` and a page's reload do: read, then compute.
void BM_CoverageFromVault(benchmark::State &state)
{
    store::Database &db = *database();
    for (auto _ : state)
        benchmark::DoNotOptimize(training::coverageOn(db, kToday));
}
BENCHMARK(BM_CoverageFromVault)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
