// The posture score at a large company's size (100,000 assets, 10,000
// patch items, 200 backup jobs with a year of logs, a full self-check):
// computed on every change, so the target is under 50 ms for the pure
// computation. Reading the vault's tables is measured apart.
#include "LargeCompany.h"
#include "score/Score.h"
#include "score/ScoreCache.h"
#include "score/ScoreJson.h"
#include "score/ScoreRepository.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/BackupRepository.h"
#include "store/ChangeSet.h"
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

// Reading and computing, as after a write to the score's sources.
void BM_ScoreFromDatabase(benchmark::State &state)
{
    store::Database &db = *database();
    for (auto _ : state) {
        auto in = score::loadScoreInput(db);
        auto s = score::computeScore(*in, kToday);
        benchmark::DoNotOptimize(s.total);
    }
}
BENCHMARK(BM_ScoreFromDatabase)->Unit(benchmark::kMillisecond);

// The score of a vault nothing has written to since the last reading:
// score::ScoreCache hands back its input, only the computing is left.
void BM_ScoreFromUnchangedDatabase(benchmark::State &state)
{
    store::Database &db = *database();
    for (auto _ : state) {
        auto s = score::computeScore(db, kToday);
        benchmark::DoNotOptimize(s->total);
    }
    state.counters["input_reads"] = score::ScoreCache::of(db).readings();
}
BENCHMARK(BM_ScoreFromUnchangedDatabase)->Unit(benchmark::kMillisecond);

// What a listener of the score (the dashboard, the snapshot keeper) pays
// after one write: before issue 16 it read the input again on every burst
// (arg 0 = 0); now it reads it only when the burst's ChangeSet touches
// score::scoreInputTables() (arg 0 = 1). The write (arg 1) is an audit line
// (the score does not read it) or an asset's notes (it does).
void BM_ScoreInputAfterWrite(benchmark::State &state)
{
    store::Database &db = *database();
    const bool useChangeSet = state.range(0) != 0;
    const bool scoreSource = state.range(1) != 0;
    store::ChangeSet burst;
    QObject::connect(&db, &store::Database::changesCommitted,
                     [&burst](const store::ChangeSet &c) { burst.merge(c); });
    store::AssetRepository assets(db);
    domain::Asset edited = *assets.get(1);
    int reads = 0;
    int n = 0;
    for (auto _ : state) {
        burst = store::ChangeSet();
        if (scoreSource) {
            edited.notes = QString::number(++n);
            if (!assets.update(edited))
                qFatal("bench: updating the asset failed");
        } else {
            if (!store::AuditLog(db).record(QStringLiteral("bench"), 0, QStringLiteral("update"),
                                            {}, {}, QString::number(++n)))
                qFatal("bench: writing the audit line failed");
        }
        QCoreApplication::processEvents(); // the queued changesCommitted()
        if (!useChangeSet || burst.touchesAny(score::scoreInputTables())) {
            auto in = score::loadScoreInput(db);
            benchmark::DoNotOptimize(in->assets.size());
            ++reads;
        }
    }
    state.counters["input_reads"] = reads;
}
BENCHMARK(BM_ScoreInputAfterWrite)
    ->ArgNames({"changeset", "score_source"})
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({0, 1})
    ->Args({1, 1})
    ->Unit(benchmark::kMillisecond);

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
