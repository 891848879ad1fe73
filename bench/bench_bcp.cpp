// The BCP's record checks at a large company's size (issue 18): 50 core
// businesses, each depending on 20 of 100,000 register assets, which 400
// backup jobs protect (250 assets each, daily, weekly or monthly), with a
// year of monthly restore tests per job. The goal is the checks (against
// the records and for completeness) in under 100 ms.
#include "bcp/BcpChecks.h"

#include <QCoreApplication>

#include <algorithm>

#include <benchmark/benchmark.h>

using namespace kamae;

namespace {

const QDate kToday(2026, 11, 22);
constexpr int kAssets = 100000;
constexpr int kBusinesses = 50;
constexpr int kAssetsPerBusiness = 20;
constexpr int kJobs = 400;
constexpr int kTestsPerJob = 12;

const bcp::CheckInput &input()
{
    static const bcp::CheckInput made = [] {
        bcp::CheckInput in;
        for (int j = 0; j < kJobs; ++j) {
            domain::BackupJob job;
            job.id = j + 1;
            job.name = QStringLiteral("Job %1").arg(j);
            job.schedule = j % 3 == 0   ? domain::Schedule::daily()
                           : j % 3 == 1 ? domain::Schedule::weekly(domain::weekdayBit(Qt::Friday))
                                        : domain::Schedule::monthly(31);
            // Every asset but each 50th (those no job protects).
            for (int a = j; a < kAssets; a += kJobs)
                if (a % 50 != 49)
                    job.assetIds.append(a + 1);
            in.jobs.append(job);
            // Each 7th job never tested.
            if (j % 7 == 6)
                continue;
            for (int t = 0; t < kTestsPerJob; ++t) {
                domain::BackupEvent e;
                e.id = qint64(j) * kTestsPerJob + t + 1;
                e.jobId = job.id;
                e.kind = domain::BackupEventKind::RestoreTest;
                e.date = kToday.addMonths(-t);
                e.minutes = 30 + (j * 13 + t * 7) % 300;
                in.restoreTests.append(e);
            }
        }
        for (int b = 0; b < kBusinesses; ++b) {
            domain::BcpBusiness business;
            business.id = b + 1;
            business.name = QStringLiteral("中核事業 %1").arg(b + 1);
            business.maxOutageHours = 72;
            business.rtoHours = 1 + b % 24;
            business.rpoHours = 24 * (1 + b % 8);
            for (int k = 0; k < kAssetsPerBusiness; ++k) {
                const qint64 asset = (qint64(b) * 1999 + k * 4999) % kAssets + 1;
                if (std::any_of(
                        business.assets.cbegin(), business.assets.cend(),
                        [asset](const domain::BcpAssetLink &l) { return l.assetId == asset; }))
                    continue;
                business.assets.append({asset, QStringLiteral("role %1").arg(k)});
                in.assetNames.insert(asset, QStringLiteral("資産 %1").arg(asset));
            }
            business.partners = {{b + 1,
                                  domain::BcpPartnerKind::Supplier,
                                  QStringLiteral("仕入先 %1").arg(b),
                                  {},
                                  {}}};
            business.alternatives = {
                {b + 1, QStringLiteral("手作業"), business.assets.first().assetId}};
            in.plan.businesses.append(business);
        }
        return in;
    }();
    return made;
}

void BM_BcpChecks(benchmark::State &state)
{
    const bcp::CheckInput &in = input();
    qsizetype findings = 0;
    for (auto _ : state) {
        const auto all = bcp::allChecks(in);
        findings = all.size();
        benchmark::DoNotOptimize(all);
    }
    state.counters["findings"] = static_cast<double>(findings);
    state.counters["assets"] = static_cast<double>(kAssets);
}
BENCHMARK(BM_BcpChecks)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
