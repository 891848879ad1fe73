// How long reading and writing an asset-register-sized table takes: 100,000
// rows of 20 columns of short Japanese and ASCII text (about 20 MB as CSV),
// as CSV in UTF-8 and Shift_JIS and as XLSX.
#include "io/Csv.h"
#include "io/Xlsx.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace kamae;

namespace {

constexpr int kColumns = 20;

// Text that Windows-31J can hold, with the quoting cases mixed in, so the
// same table serves both encodings.
io::Table makeTable(int rows)
{
    io::Table table;
    for (int c = 0; c < kColumns; ++c)
        table.header.append(QStringLiteral("項目%1").arg(c + 1));
    table.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        row.reserve(kColumns);
        row << QStringLiteral("A-%1").arg(r, 6, 10, QLatin1Char('0'))
            << QStringLiteral("顧客台帳 %1 (%2)").arg(r).arg(r * 7919 % 10007)
            << QStringLiteral("営業部門 %1").arg(r % 17) << QStringLiteral("管理部 %1").arg(r % 5)
            << QStringLiteral("ファイルサーバ \\\\fs%1\\share").arg(r % 3)
            << QString::number(r % 3 + 1) << QString::number((r / 3) % 3 + 1)
            << QString::number((r / 9) % 3 + 1) << QStringLiteral("2024-04-%1").arg(r % 28 + 1)
            << (r % 10 == 0 ? QStringLiteral("備考, カンマあり") : QString())
            << (r % 25 == 0 ? QStringLiteral("1行目\n2行目") : QStringLiteral("なし"))
            << QStringLiteral("㈱サンプル①") << QStringLiteral("report \"final\"")
            << QStringLiteral("東京都千代田区") << QStringLiteral("PC-%1").arg(r % 400)
            << QStringLiteral("機密") << QStringLiteral("高") << QStringLiteral("中")
            << QStringLiteral("低") << QStringLiteral("ok");
        table.rows.append(row);
    }
    return table;
}

const io::Table &table100k()
{
    static const io::Table table = makeTable(100'000);
    return table;
}

QByteArray csvBytes(io::TextEncoding encoding)
{
    io::CsvWriteOptions options;
    options.encoding = encoding;
    return io::writeCsv(table100k(), options).value();
}

void BM_ReadCsvUtf8(benchmark::State &state)
{
    const QByteArray bytes = csvBytes(io::TextEncoding::Utf8);
    for (auto _ : state)
        benchmark::DoNotOptimize(io::readCsv(bytes).ok());
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["file_bytes"] = static_cast<double>(bytes.size());
}
BENCHMARK(BM_ReadCsvUtf8)->Unit(benchmark::kMillisecond);

void BM_ReadCsvShiftJis(benchmark::State &state)
{
    const QByteArray bytes = csvBytes(io::TextEncoding::ShiftJis);
    for (auto _ : state)
        benchmark::DoNotOptimize(io::readCsv(bytes).ok()); // detected, as users do
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["file_bytes"] = static_cast<double>(bytes.size());
}
BENCHMARK(BM_ReadCsvShiftJis)->Unit(benchmark::kMillisecond);

void BM_WriteCsvUtf8(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(io::writeCsv(table100k()).ok());
}
BENCHMARK(BM_WriteCsvUtf8)->Unit(benchmark::kMillisecond);

void BM_WriteCsvShiftJis(benchmark::State &state)
{
    io::CsvWriteOptions options;
    options.encoding = io::TextEncoding::ShiftJis;
    for (auto _ : state)
        benchmark::DoNotOptimize(io::writeCsv(table100k(), options).ok());
}
BENCHMARK(BM_WriteCsvShiftJis)->Unit(benchmark::kMillisecond);

void BM_WriteXlsxFile(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bench.xlsx"));
    for (auto _ : state)
        benchmark::DoNotOptimize(io::writeXlsxFile(path, table100k(), QStringLiteral("台帳")).ok());
    state.counters["file_bytes"] = static_cast<double>(QFileInfo(path).size());
}
BENCHMARK(BM_WriteXlsxFile)->Unit(benchmark::kMillisecond);

void BM_ReadXlsxFile(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bench.xlsx"));
    if (!io::writeXlsxFile(path, table100k(), QStringLiteral("台帳")))
        qFatal("bench: writing the XLSX file failed");
    for (auto _ : state)
        benchmark::DoNotOptimize(io::readXlsxFile(path).ok());
}
BENCHMARK(BM_ReadXlsxFile)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
