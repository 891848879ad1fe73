// How long saving and opening a vault take as the database grows, and what
// one Argon2id pass at 64 MiB costs on this machine.
#include "store/Database.h"
#include "vault/Crypto.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace kamae;

namespace {

vault::CreateOptions cheap()
{
    vault::CreateOptions options;
    options.kdf = {1024, 1, 1};
    return options;
}

// A table shaped like an asset register row (a few short texts), so the
// image size and compressibility resemble real data.
void fill(store::Database &db, int rows)
{
    QSqlDatabase sql = db.sql();
    QSqlQuery q(sql);
    q.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, area TEXT, name TEXT, "
                          "owner TEXT, location TEXT, c INTEGER, i INTEGER, a INTEGER)"));
    sql.transaction();
    q.prepare(QStringLiteral("INSERT INTO filler (area, name, owner, location, c, i, a) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int r = 0; r < rows; ++r) {
        q.addBindValue(QStringLiteral("営業部門 %1").arg(r % 17));
        q.addBindValue(QStringLiteral("顧客台帳 %1 (%2)").arg(r).arg(r * 7919 % 10007));
        q.addBindValue(QStringLiteral("管理部 %1").arg(r % 5));
        q.addBindValue(QStringLiteral("ファイルサーバ \\\\fs%1\\share").arg(r % 3));
        q.addBindValue(r % 3 + 1);
        q.addBindValue((r / 3) % 3 + 1);
        q.addBindValue((r / 9) % 3 + 1);
        q.exec();
    }
    sql.commit();
}

void BM_VaultSave(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bench.kamae"));
    vault::VaultStatus status;
    QString code;
    auto v = vault::Vault::create(path, QStringLiteral("bench passphrase"),
                                  QStringLiteral("Bench Co."), cheap(), &code, &status);
    fill(v->database(), static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(v->save().ok());
    state.counters["file_bytes"] = static_cast<double>(QFileInfo(path).size());
}
BENCHMARK(BM_VaultSave)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_VaultOpen(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bench.kamae"));
    {
        vault::VaultStatus status;
        QString code;
        auto v = vault::Vault::create(path, QStringLiteral("bench passphrase"),
                                      QStringLiteral("Bench Co."), cheap(), &code, &status);
        fill(v->database(), static_cast<int>(state.range(0)));
        if (!v->save())
            qFatal("bench: saving the vault failed");
    }
    for (auto _ : state) {
        vault::VaultStatus status;
        auto v = vault::Vault::open(path, QStringLiteral("bench passphrase"), &status,
                                    vault::OpenMode::ReadOnly);
        benchmark::DoNotOptimize(v.get());
    }
}
BENCHMARK(BM_VaultOpen)->Arg(1'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// A copy to offline media: seal, write, fsync, then read back, decrypt,
// inflate, load and PRAGMA integrity_check. Each copy is deleted outside the
// timing so the folder does not fill up with numbered names.
void BM_CopyAndVerify(benchmark::State &state)
{
    QTemporaryDir dir;
    QTemporaryDir media;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bench.kamae"));
    vault::VaultStatus status;
    QString code;
    auto v = vault::Vault::create(path, QStringLiteral("bench passphrase"),
                                  QStringLiteral("Bench Co."), cheap(), &code, &status);
    fill(v->database(), static_cast<int>(state.range(0)));
    vault::Vault::CopyReport report;
    for (auto _ : state) {
        if (!v->writeCopy(media.path(), &report)) {
            state.SkipWithError("writeCopy failed");
            break;
        }
        state.PauseTiming();
        QFile::remove(report.path);
        state.ResumeTiming();
    }
    state.counters["file_bytes"] = static_cast<double>(report.bytes);
}
BENCHMARK(BM_CopyAndVerify)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_Argon2id64MiBOnePass(benchmark::State &state)
{
    const auto secret = crypto::passphraseBytes(QStringLiteral("bench passphrase"));
    const QByteArray salt = crypto::randomBytes(crypto::kSaltSize);
    for (auto _ : state)
        benchmark::DoNotOptimize(crypto::deriveKey(secret, salt, {65536, 1, 1}));
}
BENCHMARK(BM_Argon2id64MiBOnePass)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
