// Writes the seed corpus of every target in tests/fuzz from the fixtures of
// tests/data (and from vaults made here), one folder per target:
//
//   make_fuzz_seeds TESTS_DATA_DIR OUT_DIR
//
// The seeds are files Kamae's users really have (see tests/data/README.md);
// the fuzzer's mutations start from them, so they reach deep code at once.

#include "XlsxParts.h"

#include "demo/DemoCompany.h"
#include "store/Database.h"
#include "vault/Crypto.h"
#include "vault/Vault.h"
#include "vault/VaultFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cstdio>

using namespace kamae;

namespace {

QString g_out;
int g_written = 0;

void put(const char *target, const QString &name, const QByteArray &bytes)
{
    const QString folder = QDir(g_out).filePath(QString::fromLatin1(target));
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
    ++g_written;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(1);
    }
    return file.readAll();
}

QStringList filesUnder(const QString &folder, const QStringList &patterns)
{
    QStringList files;
    QDirIterator it(folder, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// A seed's name: the fixture's path under tests/data, flattened.
QString seedName(const QString &data, const QString &file)
{
    return QDir(data).relativeFilePath(file).replace(QLatin1Char('/'), QLatin1Char('_'));
}

QByteArray zipPart(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void xlsxSeeds(const QString &data)
{
    for (const QString &path : filesUnder(data, {QStringLiteral("*.xlsx")})) {
        const QString name = seedName(data, path);
        put("xlsx", name, readAll(path));
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip))
            continue;
        QByteArray joined;
        for (int i = 0; i < fuzz::kXlsxPartCount; ++i) {
            const QByteArray part = zipPart(zip, QString::fromLatin1(fuzz::kXlsxParts[i]));
            if (i > 0)
                joined += fuzz::kPartSeparator;
            joined += part;
            if (!part.isEmpty())
                put("xml", name + QStringLiteral("_part%1.xml").arg(i), QByteArray(1, '\0') + part);
        }
        put("xlsx_parts", name + QStringLiteral(".parts"), joined);
    }
}

// The plaintext payload of a vault file, as the payload target takes it:
// its compression id, then the (compressed) image.
QByteArray payloadOf(const QByteArray &file, const QString &passphrase)
{
    const vault::Parsed parsed = vault::parse(file);
    const vault::KeySlot *slot = parsed.header.slot(vault::SlotKind::Passphrase);
    if (parsed.error != vault::ParseError::None || !slot)
        return {};
    const auto slotKey =
        crypto::deriveKey(crypto::passphraseBytes(passphrase), slot->salt, slot->kdfParams);
    if (!slotKey)
        return {};
    const auto dataKey = crypto::open(parsed.header.cipher, *slotKey, slot->nonce,
                                      vault::slotAssociatedData(slot->kind), slot->wrappedKey);
    if (!dataKey)
        return {};
    const auto plain = crypto::open(parsed.header.cipher, *dataKey, parsed.header.payloadNonce,
                                    parsed.headerBytes, parsed.payload);
    if (!plain)
        return {};
    QByteArray out(1, char(static_cast<std::uint16_t>(parsed.header.compression)));
    out.append(reinterpret_cast<const char *>(plain->data()), qsizetype(plain->size()));
    return out;
}

// An uncompressed image of the database with SQLite's smallest pages: the
// same tables and rows in about an eighth of the bytes, so each execution
// copies, seals and checks less and more mutations land on structure
// (Kamae takes whatever page size an image states). SQLite changes the page
// size only when it vacuums a file, so the image goes through one.
QByteArray rawImage(const store::Database &database, const QString &scratch)
{
    const crypto::SecureBytes image = database.serialize();
    QFile file(scratch);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char *>(image.data()), qint64(image.size())) !=
            qint64(image.size())) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(scratch));
        std::exit(1);
    }
    file.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), scratch);
        db.setDatabaseName(scratch);
        QSqlQuery q(db.open() ? db : QSqlDatabase());
        if (!q.exec(QStringLiteral("PRAGMA page_size = 512")) ||
            !q.exec(QStringLiteral("VACUUM"))) {
            std::fprintf(stderr, "cannot compact the image: %s\n",
                         qPrintable(q.lastError().text()));
            std::exit(1);
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(scratch);
    return QByteArray(1, '\0') + readAll(scratch);
}

void vaultSeeds(const QString &data)
{
    const QString v1 = QDir(data).filePath(QStringLiteral("vault-v1.kamae"));
    const QByteArray v1File = readAll(v1);
    put("vault_header", QStringLiteral("vault-v1.kamae"), v1File);
    // Schema 1: every input from it goes through the migrations.
    put("vault_payload", QStringLiteral("vault-v1.payload"),
        payloadOf(v1File, QStringLiteral("kamae-fixture-v1")));
    // Format 2 (zstd) at schema 13.
    const QByteArray v2File = readAll(QDir(data).filePath(QStringLiteral("vault-v2.kamae")));
    put("vault_header", QStringLiteral("vault-v2.kamae"), v2File);
    put("vault_payload", QStringLiteral("vault-v2.payload"),
        payloadOf(v2File, QStringLiteral("kamae-fixture-v2")));

    QTemporaryDir dir;
    vault::CreateOptions cheap;
    cheap.kdf = crypto::KdfParams{8, 1, 1};
    const QString emptyPath = dir.filePath(QStringLiteral("empty.kamae"));
    vault::VaultStatus status;
    {
        auto empty = vault::Vault::create(emptyPath, QStringLiteral("seed passphrase"),
                                          QStringLiteral("Seed Ltd."), cheap, nullptr, &status);
        if (!empty) {
            std::fprintf(stderr, "cannot create a vault: %s\n", qPrintable(status.message()));
            std::exit(1);
        }
        put("vault_payload", QStringLiteral("empty.image"),
            rawImage(empty->database(), dir.filePath(QStringLiteral("empty.db"))));
    }
    const QByteArray emptyFile = readAll(emptyPath);
    put("vault_header", QStringLiteral("empty.kamae"), emptyFile);
    put("vault_payload", QStringLiteral("empty.payload"),
        payloadOf(emptyFile, QStringLiteral("seed passphrase")));

    const demo::DemoVault demoVault =
        demo::openDemoVault(dir.filePath(QStringLiteral("demo.kamae")), cheap);
    if (!demoVault.vault) {
        std::fprintf(stderr, "cannot create the demo vault: %s\n", qPrintable(demoVault.message()));
        std::exit(1);
    }
    put("vault_payload", QStringLiteral("demo.image"),
        rawImage(demoVault.vault->database(), dir.filePath(QStringLiteral("demo.db"))));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_fuzz_seeds TESTS_DATA_DIR OUT_DIR\n");
        return 2;
    }
    const QString data = QString::fromLocal8Bit(argv[1]);
    g_out = QString::fromLocal8Bit(argv[2]);
    const QString io = QDir(data).filePath(QStringLiteral("io"));
    for (const QString &f : filesUnder(
             io, {QStringLiteral("*.csv"), QStringLiteral("*.tsv"), QStringLiteral("*.txt")}))
        put("csv", seedName(data, f), readAll(f));
    for (const QString &f :
         filesUnder(QDir(data).filePath(QStringLiteral("people")), {QStringLiteral("*.csv")}))
        put("people", seedName(data, f), readAll(f));
    for (const QString &f :
         filesUnder(QDir(data).filePath(QStringLiteral("training")), {QStringLiteral("*.csv")}))
        put("gophish", seedName(data, f), readAll(f));
    const QString feeds = QDir(data).filePath(QStringLiteral("feeds"));
    for (const QString &f : filesUnder(feeds, {QStringLiteral("*.json")})) {
        // The 400 KB excerpt would make every run of the target slow; the
        // smaller catalogues have the same shape.
        if (QFileInfo(f).size() <= 64 * 1024)
            put("kev", seedName(data, f), readAll(f));
    }
    for (const QString &f : filesUnder(feeds, {QStringLiteral("*.rdf")})) {
        put("jvn", seedName(data, f), readAll(f));
        put("xml", seedName(data, f), QByteArray(1, '\x03') + readAll(f));
    }
    xlsxSeeds(data);
    vaultSeeds(data);
    std::printf("%d seeds in %s\n", g_written, qPrintable(g_out));
    return 0;
}
