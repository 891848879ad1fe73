// What the dashboard and the tray compute on every change: all reminders
// across modules, at a large company's size (100,000 assets, 10,000 patch
// items, 200 backup jobs with a year of logs), and the calendar file.
#include "backups/BackupRules.h"
#include "reminders/Ics.h"
#include "reminders/Reminders.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PatchRepository.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace kamae;

namespace {

const QDate kToday(2026, 11, 22);

std::unique_ptr<store::Database> &database()
{
    static std::unique_ptr<store::Database> db = [] {
        auto made = store::Database::createEmpty();
        auto db = std::move(made).value();
        store::migrate(*db);
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
        QVector<domain::PatchItem> items;
        for (int i = 0; i < 10'000; ++i) {
            domain::PatchItem p;
            p.assetId = ids->at(i * 7);
            p.product = QStringLiteral("Product %1").arg(i % 300);
            p.severity = static_cast<domain::Severity>(i % 5);
            p.found = kToday.addDays(-(i % 120));
            p.due = p.found.addDays(30);
            p.status = static_cast<domain::PatchStatus>(i % 2);
            items << p;
        }
        store::PatchRepository(*db).apply({}, items, QStringLiteral("bench"));
        store::BackupRepository backups(*db);
        for (int j = 0; j < 200; ++j) {
            domain::BackupJob job;
            job.name = QStringLiteral("Job %1").arg(j);
            job.started = QDate(2025, 1, 1);
            job.schedule = domain::Schedule::weekly(domain::weekdayBit(Qt::Friday));
            job.copies = {{0, domain::BackupMedia::Nas, domain::BackupLocation::OnSite, false,
                           false, QString()},
                          {0, domain::BackupMedia::ExternalDisk, domain::BackupLocation::OffSite,
                           true, false, QString()}};
            for (int k = 0; k < 50; ++k)
                job.assetIds << ids->at(j * 50 + k);
            const auto stored = backups.save(job);
            for (int w = 0; w < 52; ++w) {
                domain::BackupEvent e;
                e.jobId = stored->id;
                e.kind = static_cast<domain::BackupEventKind>(w % 3);
                e.date = kToday.addDays(-7 * w - j % 7);
                backups.addEvent(e);
            }
        }
        return db;
    }();
    return db;
}

void BM_AllReminders(benchmark::State &state)
{
    store::Database &db = *database();
    for (auto _ : state)
        benchmark::DoNotOptimize(reminders::allReminders(db, kToday));
}
BENCHMARK(BM_AllReminders)->Unit(benchmark::kMillisecond);

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
