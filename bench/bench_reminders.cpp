// What the dashboard and the tray compute on every change: all reminders
// across modules, at a large company's size (100,000 assets, 10,000 patch
// items, 200 backup jobs with a year of logs), and the calendar file.
#include "LargeCompany.h"
#include "backups/BackupRules.h"
#include "reminders/Ics.h"
#include "reminders/Reminders.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PatchRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

using namespace kamae;

namespace {

const QDate kToday(2026, 11, 22);

std::unique_ptr<store::Database> &database()
{
    static std::unique_ptr<store::Database> db = [] {
        auto db = bench::migratedCompany();
        QVector<domain::Asset> assets;
        for (int i = 0; i < 100'000; ++i) {
            domain::Asset a;
            a.name = QStringLiteral("資産 %1").arg(i);
            a.confidentiality = i % 3 + 1;
            a.registered = QDate(2020, 1, 1).addDays(i % 2000);
            if (i % 3)
                a.reviewed = QDate(2025, 1, 1).addDays(i % 600);
            assets << a;
        }
        const auto ids = store::AssetRepository(*db).insertMany(assets, QStringLiteral("bench"));
        bench::addPatchItems(*db, *ids, kToday, false);
        bench::addBackupJobs(*db, *ids, kToday, false);
        return db;
    }();
    return db;
}

// After a write to the score's sources: the reminders read the score's
// input again (score::ScoreCache), then build every reminder.
void BM_AllReminders(benchmark::State &state)
{
    store::Database &db = *database();
    QSqlQuery touch(db.sql());
    for (auto _ : state) {
        state.PauseTiming();
        if (!touch.exec(QStringLiteral("UPDATE asset SET name = name WHERE id = 1")))
            qFatal("bench: the write failed");
        state.ResumeTiming();
        const auto all = reminders::allReminders(db, kToday);
        if (!all)
            qFatal("bench: %s", qPrintable(all.error()));
        benchmark::DoNotOptimize(all->size());
    }
}
BENCHMARK(BM_AllReminders)->Unit(benchmark::kMillisecond);

// Nothing written since the score's input was read (the dashboard's first
// showing right after the day's snapshot at the unlock).
void BM_AllRemindersInputRead(benchmark::State &state)
{
    store::Database &db = *database();
    for (auto _ : state) {
        const auto all = reminders::allReminders(db, kToday);
        if (!all)
            qFatal("bench: %s", qPrintable(all.error()));
        benchmark::DoNotOptimize(all->size());
    }
}
BENCHMARK(BM_AllRemindersInputRead)->Unit(benchmark::kMillisecond);

void BM_CalendarFile(benchmark::State &state)
{
    store::Database &db = *database();
    const auto all = reminders::forCalendar(reminders::allReminders(db, kToday).value());
    reminders::IcsOptions options;
    options.today = kToday;
    for (auto _ : state)
        benchmark::DoNotOptimize(reminders::toIcs(all, options));
    state.counters["events"] = static_cast<double>(all.size());
}
BENCHMARK(BM_CalendarFile)->Unit(benchmark::kMillisecond);

void BM_BackupSummary(benchmark::State &state)
{
    store::Database &db = *database();
    const auto jobs = store::BackupRepository(db).jobs().value();
    const auto events = store::BackupRepository(db).events().value();
    const auto assets = store::AssetRepository(db).all().value();
    for (auto _ : state)
        benchmark::DoNotOptimize(backups::summarizeCompany(jobs, events, assets, kToday));
}
BENCHMARK(BM_BackupSummary)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
