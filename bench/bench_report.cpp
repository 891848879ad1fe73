// The executive report, from the vault to the PDF on disk: for the demo
// company (target under 1 s) and for 100,000 assets (under 3 s). Building
// the content (reading the vault, the score, the sections) and laying out
// and writing the PDF are also measured apart.
#include "LargeCompany.h"
#include "demo/DemoCompany.h"
#include "report/Report.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace kamae;

namespace {

const QDate kToday(2026, 11, 22);

std::unique_ptr<store::Database> makeDemo()
{
    auto db = std::move(store::Database::createEmpty()).value();
    if (!store::migrate(*db))
        qFatal("bench: migrating failed");
    QSqlQuery(db->sql()).exec(QStringLiteral(
        "INSERT INTO organisation (id, name, updated_at) VALUES (1, 'Demo', '2026-11-22')"));
    if (!demo::populate(*db))
        qFatal("demo::populate failed");
    return db;
}

store::Database &demoCompany()
{
    static std::unique_ptr<store::Database> db = makeDemo();
    return *db;
}

store::Database &largeCompany()
{
    static std::unique_ptr<store::Database> db = bench::makeScoredCompany(kToday);
    return *db;
}

report::ReportOptions options(const QString &language)
{
    report::ReportOptions o;
    o.language = language;
    o.vaultName = QStringLiteral("bench.kamae");
    return o;
}

void buildAndWrite(benchmark::State &state, store::Database &db, const QString &language)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    int pages = 0;
    for (auto _ : state) {
        auto built = report::buildReport(db, options(language), kToday);
        if (!built)
            qFatal("%s", qPrintable(built.error()));
        auto written = report::writePdf(built->document, path);
        if (!written)
            qFatal("%s", qPrintable(written.error()));
        pages = *written;
    }
    state.counters["pages"] = pages;
}

void BM_DemoReportJa(benchmark::State &state)
{
    buildAndWrite(state, demoCompany(), QStringLiteral("ja"));
}
BENCHMARK(BM_DemoReportJa)->Unit(benchmark::kMillisecond);

void BM_DemoReportEn(benchmark::State &state)
{
    buildAndWrite(state, demoCompany(), QStringLiteral("en"));
}
BENCHMARK(BM_DemoReportEn)->Unit(benchmark::kMillisecond);

void BM_LargeReportJa(benchmark::State &state)
{
    largeCompany();
    buildAndWrite(state, largeCompany(), QStringLiteral("ja"));
}
BENCHMARK(BM_LargeReportJa)->Unit(benchmark::kMillisecond);

void BM_LargeBuildOnly(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(
            report::buildReport(largeCompany(), options(QStringLiteral("ja")), kToday));
}
BENCHMARK(BM_LargeBuildOnly)->Unit(benchmark::kMillisecond);

void BM_DemoPdfOnly(benchmark::State &state)
{
    auto built = report::buildReport(demoCompany(), options(QStringLiteral("ja")), kToday);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state)
        benchmark::DoNotOptimize(report::writePdf(built->document, path));
}
BENCHMARK(BM_DemoPdfOnly)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    // Fonts need a QGuiApplication; no window is opened.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
