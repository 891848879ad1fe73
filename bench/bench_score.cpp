// The posture score at a large company's size (100,000 assets, 10,000
// patch items, 200 backup jobs with a year of logs, a full self-check):
// computed on every change, so the target is under 50 ms for the pure
// computation. Reading the vault's tables is measured apart.
#include "LargeCompany.h"
#include "score/Score.h"
#include "score/ScoreJson.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PatchRepository.h"
#include "score/ScoreRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

using namespace kamae;

namespace {

const QDate kToday(2026, 11, 22);

std::unique_ptr<store::Database> &database()
{
    static std::unique_ptr<store::Database> db = bench::makeScoredCompany(kToday);
    return db;
}

const score::ScoreInput &input()
{
    static const score::ScoreInput loaded = [] {
        auto in = score::loadScoreInput(*database());
        if (!in)
            qFatal("%s", qPrintable(in.error()));
        return std::move(in).value();
    }();
    return loaded;
}

void BM_ComputeScore(benchmark::State &state)
{
    const score::ScoreInput &in = input();
    for (auto _ : state) {
        score::Score s = score::computeScore(in, kToday);
        benchmark::DoNotOptimize(s.total);
    }
}
BENCHMARK(BM_ComputeScore)->Unit(benchmark::kMillisecond);

void BM_LoadScoreInput(benchmark::State &state)
{
    store::Database &db = *database();
    for (auto _ : state) {
        auto in = score::loadScoreInput(db);
        benchmark::DoNotOptimize(in->assets.size());
    }
}
BENCHMARK(BM_LoadScoreInput)->Unit(benchmark::kMillisecond);

void BM_ScoreFromDatabase(benchmark::State &state)
{
    store::Database &db = *database();
    for (auto _ : state) {
        auto s = score::computeScore(db, kToday);
        benchmark::DoNotOptimize(s->total);
    }
}
BENCHMARK(BM_ScoreFromDatabase)->Unit(benchmark::kMillisecond);

void BM_RankedActionsAndJson(benchmark::State &state)
{
    const score::Score s = score::computeScore(input(), kToday);
    for (auto _ : state) {
        const QJsonObject json = score::scoreJson(s, input(), {});
        benchmark::DoNotOptimize(json.size());
    }
}
BENCHMARK(BM_RankedActionsAndJson)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    database(); // not timed
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
