#include "TestSupport.h"

#include "core/InputFile.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"
#include "vault/Crypto.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"
#include "vault/VaultFormat.h"

#include <QDataStream>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <QThread>

#include <functional>
#include <thread>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kamae;
using vault::OpenMode;
using vault::Vault;
using vault::VaultError;
using vault::VaultStatus;

Q_DECLARE_METATYPE(kamae::crypto::Cipher)
Q_DECLARE_METATYPE(kamae::crypto::KdfParams)

namespace {

const QString kPassphrase = QStringLiteral("correct horse ばってりー staple");
const QString kOrganisation = QStringLiteral("テスト精工株式会社");

// tests/data/vault-v1.kamae: see tests/data/README.md.
const QString kFixturePassphrase = QStringLiteral("kamae-fixture-v1");
const QString kFixtureRecoveryCode = QStringLiteral("57EP-7YZF-B2CE-ALWM-GNRT-PFCY");
const QString kFixtureV2Passphrase = QStringLiteral("kamae-fixture-v2");
const QString kFixtureV2RecoveryCode = QStringLiteral("RMG5-GRUV-94PC-ULHH-DMAG-2YKR");

} // namespace

namespace {

std::unique_ptr<Vault> createVault(const QString &path, QString *recoveryCode = nullptr,
                                   const vault::CreateOptions &options = test::cheapOptions())
{
    VaultStatus status;
    auto v = Vault::create(path, kPassphrase, kOrganisation, options, recoveryCode, &status);
    if (!v)
        qWarning("create failed: %s", qPrintable(status.message()));
    return v;
}

// Creates a vault, closes it and returns its path.
QString createClosedVault(const QTemporaryDir &dir, const QString &name = QStringLiteral("a"),
                          QString *recoveryCode = nullptr)
{
    const QString path = dir.filePath(name + QStringLiteral(".kamae"));
    auto v = createVault(path, recoveryCode);
    return v ? path : QString();
}

std::unique_ptr<Vault> openVault(const QString &path, VaultStatus *status = nullptr,
                                 OpenMode mode = OpenMode::ReadWrite)
{
    VaultStatus local;
    return Vault::open(path, kPassphrase, status ? status : &local, mode);
}

domain::Organisation loadOrganisation(Vault &v)
{
    const auto org = store::OrganisationRepository(v.database()).load();
    return org ? org.value() : domain::Organisation{};
}

bool saveOrganisation(Vault &v, const domain::Organisation &org)
{
    return store::OrganisationRepository(v.database()).save(org).ok();
}

bool setNotes(Vault &v, const QString &notes)
{
    domain::Organisation org = loadOrganisation(v);
    org.notes = notes;
    return saveOrganisation(v, org);
}

bool exec(Vault &v, const QString &statement)
{
    QSqlQuery q(v.database().sql());
    return q.exec(statement);
}

// Offset where the checksum starts, read from the preamble (magic, u16
// version, u32 body size, little-endian), without trusting parse().
qsizetype headerEnd(const QByteArray &file)
{
    QDataStream in(file);
    in.setByteOrder(QDataStream::LittleEndian);
    in.skipRawData(8);
    quint16 version = 0;
    quint32 bodySize = 0;
    in >> version >> bodySize;
    return static_cast<qsizetype>(vault::kPreambleSize + bodySize);
}

QByteArray withVersion(QByteArray file, quint16 version)
{
    file[8] = static_cast<char>(version & 0xFF);
    file[9] = static_cast<char>(version >> 8);
    const qsizetype end = headerEnd(file);
    file.replace(end, static_cast<qsizetype>(vault::kChecksumSize), crypto::sha256(file.left(end)));
    return file;
}

// A folder that refuses new entries while this lives. chmod 0555 does not
// stop root, so as root the folder is made immutable (chattr +i) instead.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path) : m_path(QFile::encodeName(path))
    {
        if (::geteuid() != 0) {
            m_mode = Mode::Chmod;
            if (::chmod(m_path.constData(), 0555) != 0)
                m_mode = Mode::None;
            return;
        }
        m_fd = ::open(m_path.constData(), O_RDONLY | O_DIRECTORY);
        if (m_fd < 0 || ::ioctl(m_fd, FS_IOC_GETFLAGS, &m_flags) != 0)
            return;
        int immutable = m_flags | FS_IMMUTABLE_FL;
        if (::ioctl(m_fd, FS_IOC_SETFLAGS, &immutable) == 0)
            m_mode = Mode::Immutable;
    }
    ~ReadOnlyFolder()
    {
        if (m_mode == Mode::Chmod)
            ::chmod(m_path.constData(), 0755);
        else if (m_mode == Mode::Immutable)
            ::ioctl(m_fd, FS_IOC_SETFLAGS, &m_flags);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    bool active() const { return m_mode != Mode::None; }

private:
    enum class Mode
    {
        None,
        Chmod,
        Immutable
    };
    QByteArray m_path;
    Mode m_mode = Mode::None;
    int m_fd = -1;
    int m_flags = 0;
};

QByteArray payloadNonce(const QString &path)
{
    return vault::parse(test::readFile(path)).header.payloadNonce;
}

// A small tmpfs mounted on a folder, to run out of space for real (ENOSPC).
// Needs root (CAP_SYS_ADMIN); active() says whether it worked.
class SmallDisk
{
public:
    SmallDisk(const QString &path, const char *size) : m_path(QFile::encodeName(path))
    {
        const QByteArray options = QByteArray("size=") + size;
        m_mounted = ::geteuid() == 0 &&
                    ::mount("tmpfs", m_path.constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;
    bool active() const { return m_mounted; }

private:
    QByteArray m_path;
    bool m_mounted = false;
};

// Fills the file system that holds `directory` to the last byte.
bool fillDisk(const QString &directory)
{
    QFile filler(QDir(directory).filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    // Whatever fits of a last partial block.
    for (int i = 0; i < 4096 && filler.write("x", 1) == 1 && filler.flush(); ++i) {
    }
    return true;
}

// The file with one key slot's Argon2id settings replaced; the checksum is
// recomputed, as anyone crafting a file would.
QByteArray withKdf(const QByteArray &file, vault::SlotKind kind, const crypto::KdfParams &kdf)
{
    const vault::Parsed parsed = vault::parse(file);
    vault::Header header = parsed.header;
    header.slot(kind)->kdfParams = kdf;
    return vault::encodeHeader(header) + parsed.payload;
}

// Which of two passphrases opens a file (read-only): 1, 2, or 0 for none.
int opensWith(const QString &path, const QString &first, const QString &second)
{
    VaultStatus status;
    if (Vault::open(path, first, &status, OpenMode::ReadOnly))
        return 1;
    if (Vault::open(path, second, &status, OpenMode::ReadOnly))
        return 2;
    return 0;
}

int g_killAt = 0;
int g_steps = 0;
constexpr int kKilled = 42;

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_vault"); }

    void roundTrip_data()
    {
        QTest::addColumn<crypto::Cipher>("cipher");
        QTest::newRow("AES-256-GCM") << crypto::Cipher::Aes256Gcm;
        QTest::newRow("ChaCha20-Poly1305") << crypto::Cipher::ChaCha20Poly1305;
    }

    void roundTrip()
    {
        QFETCH(crypto::Cipher, cipher);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("round.kamae"));
        QString code;
        auto v = createVault(path, &code, test::cheapOptions(cipher));
        QVERIFY(v);
        QVERIFY(v->isOpen());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(v->database().userVersion(), store::latestSchemaVersion());
        QCOMPARE(loadOrganisation(*v).name, kOrganisation);

        QVERIFY(saveOrganisation(*v, test::sampleOrganisation(kOrganisation)));
        const domain::Organisation expected = loadOrganisation(*v);
        QCOMPARE(expected.sites.size(), 3);
        QVERIFY(v->save());
        v->close();
        QVERIFY(!v->isOpen());

        VaultStatus status;
        auto again = openVault(path, &status);
        QVERIFY2(again, qPrintable(status.message()));
        QVERIFY(status.ok());
        QVERIFY(loadOrganisation(*again) == expected);
        QCOMPARE(again->cipher(), cipher);
        QVERIFY(again->kdfParams() == test::cheapOptions().kdf);
        QCOMPARE(again->database().userVersion(), store::latestSchemaVersion());
        QString problems;
        QVERIFY2(again->database().checkIntegrity(&problems), qPrintable(problems));
    }

    void createRejectsBadInput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.kamae"));
        VaultStatus status;
        QString code;
        QVERIFY(
            !Vault::create(path, QString(), kOrganisation, test::cheapOptions(), &code, &status));
        QCOMPARE(status.code(), VaultError::InvalidInput);
        QVERIFY(!Vault::create(path, kPassphrase, QStringLiteral("   "), test::cheapOptions(),
                               &code, &status));
        QCOMPARE(status.code(), VaultError::InvalidInput);
        vault::CreateOptions hostile;
        hostile.kdf = {1024, 0, 1};
        QVERIFY(!Vault::create(path, kPassphrase, kOrganisation, hostile, &code, &status));
        QCOMPARE(status.code(), VaultError::InvalidInput);
        QVERIFY(!Vault::create(dir.filePath(QStringLiteral("missing/bad.kamae")), kPassphrase,
                               kOrganisation, test::cheapOptions(), &code, &status));
        QCOMPARE(status.code(), VaultError::CannotWrite);
        QVERIFY(code.isEmpty());
        QCOMPARE(test::entriesIn(dir.path()), QStringList());
    }

    void wrongPassphrase()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::readFile(path);
        for (const QString &wrong :
             {QStringLiteral("correct horse battery staple"), kPassphrase + QLatin1Char(' '),
              kPassphrase.toUpper(), QString()}) {
            VaultStatus status;
            QVERIFY(!Vault::open(path, wrong, &status));
            QCOMPARE(status.code(), VaultError::WrongPassphrase);
            QVERIFY(!status.message().isEmpty());
        }
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(test::entriesIn(dir.path()), QStringList{QStringLiteral("a.kamae")});
    }

    void passphraseIsNormalised()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nfc.kamae"));
        VaultStatus status;
        QVERIFY(Vault::create(path, QStringLiteral("がっこう"), kOrganisation, test::cheapOptions(),
                              nullptr, &status));
        const QString decomposed = QStringLiteral("か") + QChar(0x3099) + QStringLiteral("っこう");
        QVERIFY2(Vault::open(path, decomposed, &status), qPrintable(status.message()));
    }

    void recoveryCodeOpens_data()
    {
        QTest::addColumn<int>("variation");
        QTest::newRow("as printed") << 0;
        QTest::newRow("lowercase") << 1;
        QTest::newRow("spaces instead of dashes") << 2;
        QTest::newRow("full-width") << 3;
    }

    void recoveryCodeOpens()
    {
        QFETCH(int, variation);
        QTemporaryDir dir;
        QString code;
        const QString path = createClosedVault(dir, QStringLiteral("a"), &code);
        QVERIFY(!path.isEmpty());
        QString typed = code;
        if (variation == 1)
            typed = code.toLower();
        else if (variation == 2)
            typed =
                QStringLiteral("  ") + QString(code).replace(QLatin1Char('-'), QLatin1Char(' '));
        else if (variation == 3) {
            typed.clear();
            for (QChar c : code)
                typed.append(QChar(c.unicode() - 0x20 + 0xFF00));
        }
        VaultStatus status;
        auto v = Vault::openWithRecoveryCode(path, typed, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QCOMPARE(loadOrganisation(*v).name, kOrganisation);
    }

    void wrongRecoveryCode()
    {
        QTemporaryDir dir;
        QString code;
        const QString path = createClosedVault(dir, QStringLiteral("a"), &code);
        QVERIFY(!path.isEmpty());
        QString other;
        do {
            other = vault::generateRecoveryCode();
        } while (other == code);
        VaultStatus status;
        QVERIFY(!Vault::openWithRecoveryCode(path, other, &status));
        QCOMPARE(status.code(), VaultError::WrongRecoveryCode);
        QVERIFY(!status.message().isEmpty());

        QVERIFY(!Vault::openWithRecoveryCode(path, QStringLiteral("too-short"), &status));
        QCOMPARE(status.code(), VaultError::InvalidInput);
        QVERIFY(!status.message().isEmpty());
        // The passphrase is no recovery code and the code no passphrase.
        QVERIFY(!Vault::openWithRecoveryCode(path, kPassphrase, &status));
        QVERIFY(!Vault::open(path, code, &status));
        QCOMPARE(status.code(), VaultError::WrongPassphrase);
    }

    // A flipped bit anywhere is reported as damage, never as a wrong
    // passphrase, a newer version or, worst, an open vault.
    void everyFlippedByteIsDetected()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray original = test::readFile(path);
        const QString target = dir.filePath(QStringLiteral("flipped.kamae"));
        QVERIFY(test::writeFile(target, original));
        QVERIFY(openVault(target, nullptr, OpenMode::ReadOnly));

        int tried = 0;
        for (int i = 0; i < original.size(); ++i) {
            for (const char mask : {'\x01', '\xFF'}) {
                // Every byte with one bit; a sample with all bits, for time.
                if (mask == '\xFF' && i % 3 != 0 && i >= 64)
                    continue;
                QByteArray bytes = original;
                bytes[i] = static_cast<char>(bytes[i] ^ mask);
                QVERIFY(test::writeFile(target, bytes));
                VaultStatus status;
                auto v = openVault(target, &status, OpenMode::ReadOnly);
                const VaultError expected = i < 8 ? VaultError::NotAVault : VaultError::Damaged;
                if (v || status.code() != expected)
                    QFAIL(
                        qPrintable(QStringLiteral("byte %1 of %2 xor %3: %4 (%5)")
                                       .arg(i)
                                       .arg(original.size())
                                       .arg(static_cast<quint8>(mask))
                                       .arg(v ? QStringLiteral("opened")
                                              : QString::fromLatin1(test::errorName(status.code())))
                                       .arg(status.message())));
                ++tried;
            }
        }
        QVERIFY(tried > original.size());
    }

    void truncatedFiles()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray original = test::readFile(path);
        const QString target = dir.filePath(QStringLiteral("short.kamae"));
        // Every length, which includes 0, 1, 8, 13, 14, the end of the
        // header, the end of the checksum and one byte short of the payload.
        for (int length = 0; length < original.size(); ++length) {
            QVERIFY(test::writeFile(target, original.left(length)));
            VaultStatus status;
            auto v = openVault(target, &status, OpenMode::ReadOnly);
            const VaultError expected = length < 8 ? VaultError::NotAVault : VaultError::Damaged;
            if (v || status.code() != expected)
                QFAIL(qPrintable(QStringLiteral("length %1: %2")
                                     .arg(length)
                                     .arg(QString::fromLatin1(test::errorName(status.code())))));
        }
    }

    void trailingBytes()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray original = test::readFile(path);
        for (const QByteArray &tail :
             {QByteArray(1, '\0'), QByteArray("\n"), crypto::randomBytes(100), original}) {
            QVERIFY(test::writeFile(path, original + tail));
            VaultStatus status;
            QVERIFY(!openVault(path, &status));
            QCOMPARE(status.code(), VaultError::Damaged);
        }
    }

    void newerFormatVersion()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray original = test::readFile(path);
        QCOMPARE(vault::parse(original).foundVersion, vault::kFormatVersion);

        // Proves withVersion() rebuilds a valid file, so that the next
        // check fails for the version and nothing else.
        QVERIFY(test::writeFile(path, withVersion(original, vault::kFormatVersion)));
        QVERIFY(openVault(path, nullptr, OpenMode::ReadOnly));

        for (const quint16 version : {quint16(vault::kFormatVersion + 1), quint16(0xFFFF)}) {
            const QByteArray newer = withVersion(original, version);
            QVERIFY(test::writeFile(path, newer));
            VaultStatus status;
            QVERIFY(!openVault(path, &status));
            QCOMPARE(status.code(), VaultError::NewerVersion);
            QVERIFY(!status.message().isEmpty());
            QCOMPARE(test::readFile(path), newer);
        }

        QVERIFY(test::writeFile(path, withVersion(original, 0)));
        VaultStatus status;
        QVERIFY(!openVault(path, &status));
        QCOMPARE(status.code(), VaultError::Damaged);
    }

    void formatRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray file = test::readFile(path);
        const vault::Parsed parsed = vault::parse(file);
        QCOMPARE(parsed.error, vault::ParseError::None);
        QCOMPARE(parsed.header.keySlots.size(), 2);
        QVERIFY(parsed.header.slot(vault::SlotKind::Passphrase));
        QVERIFY(parsed.header.slot(vault::SlotKind::RecoveryCode));
        QCOMPARE(parsed.header.payloadNonce.size(), qsizetype(crypto::kNonceSize));
        QCOMPARE(parsed.headerBytes.size(), headerEnd(file) + qsizetype(vault::kChecksumSize));
        QCOMPARE(vault::encodeHeader(parsed.header) + parsed.payload, file);
        QCOMPARE(parsed.payload.size(), qsizetype(parsed.header.payloadSize));
    }

    // The header is the payload's associated data: a change that the
    // checksum cannot see (because it was recomputed) still breaks it.
    void headerIsAuthenticated()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const vault::Parsed parsed = vault::parse(test::readFile(path));
        QCOMPARE(parsed.error, vault::ParseError::None);

        vault::Header header = parsed.header;
        vault::KeySlot *slot = header.slot(vault::SlotKind::RecoveryCode);
        QVERIFY(slot);
        slot->salt[0] = static_cast<char>(slot->salt[0] ^ 0x01);
        QVERIFY(test::writeFile(path, vault::encodeHeader(header) + parsed.payload));
        VaultStatus status;
        QVERIFY(!openVault(path, &status));
        QCOMPARE(status.code(), VaultError::Damaged);

        header = parsed.header;
        header.payloadNonce[0] = static_cast<char>(header.payloadNonce[0] ^ 0x01);
        QVERIFY(test::writeFile(path, vault::encodeHeader(header) + parsed.payload));
        QVERIFY(!openVault(path, &status));
        QCOMPARE(status.code(), VaultError::Damaged);
    }

    void newerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema.kamae"));
        {
            auto v = createVault(path);
            QVERIFY(v);
            QVERIFY(exec(*v, QStringLiteral("PRAGMA user_version = 999")));
            QVERIFY(v->save());
        }
        const QByteArray before = test::readFile(path);
        for (const OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            VaultStatus status;
            QVERIFY(!openVault(path, &status, mode));
            QCOMPARE(status.code(), VaultError::NewerVersion);
            QVERIFY(!status.message().isEmpty());
        }
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(test::entriesIn(dir.path()), QStringList{QStringLiteral("schema.kamae")});
    }

    // The payload fuzzer's seam is open()'s path after the decryption: what
    // a sealed file's payload makes open() answer, the seam answers too.
    void plaintextSeamAnswersAsOpenDoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seam.kamae"));
        auto v = createVault(path);
        QVERIFY(v);
        const QStringList files = test::entriesIn(dir.path());
        const auto [data, size] = v->database().imageView();
        const crypto::SecureBytes image(data, data + size);
        const auto load = [](vault::CompressionId compression, const crypto::SecureBytes &bytes) {
            return vault::testing::loadPlaintext(compression, bytes.data(), bytes.size()).code();
        };
        using vault::CompressionId;
        QCOMPARE(load(CompressionId::None, image), VaultError::None);
        QCOMPARE(load(CompressionId::Zlib, crypto::compressZlib(image)), VaultError::None);
        QCOMPARE(load(CompressionId::Zstd, crypto::compressZstd(image.data(), image.size())),
                 VaultError::None);
        // Not what the compression id says, not a database.
        QCOMPARE(load(CompressionId::Zstd, image), VaultError::Damaged);
        QCOMPARE(load(CompressionId::Zlib, image), VaultError::Damaged);
        QCOMPARE(load(CompressionId::None, crypto::SecureBytes(4096, 'x')), VaultError::Damaged);
        // An image over the limit is refused, however it was compressed.
        for (const auto &[compression, bytes] :
             {std::pair(CompressionId::None, image),
              std::pair(CompressionId::Zlib, crypto::compressZlib(image)),
              std::pair(CompressionId::Zstd, crypto::compressZstd(image.data(), image.size()))}) {
            QCOMPARE(vault::testing::loadPlaintext(compression, bytes.data(), bytes.size(),
                                                   image.size() - 1)
                         .code(),
                     VaultError::Damaged);
            QVERIFY(vault::testing::loadPlaintext(compression, bytes.data(), bytes.size(),
                                                  image.size()));
        }
        // Nothing at all is SQLite's empty database (schema 0), which is
        // migrated like any older vault's.
        QCOMPARE(load(CompressionId::None, {}), VaultError::None);
        QCOMPARE(test::entriesIn(dir.path()), files); // the seam writes nothing

        // The database as it is now, through the seam and through open()
        // of the saved file: the same answer.
        const auto throughSeam = [&] {
            const auto [bytes, count] = v->database().imageView();
            return load(CompressionId::None, crypto::SecureBytes(bytes, bytes + count));
        };
        const auto throughOpen = [&] {
            if (!v->save())
                return VaultError::CannotWrite;
            VaultStatus status;
            return openVault(path, &status, OpenMode::ReadOnly) ? VaultError::None : status.code();
        };
        QCOMPARE(throughSeam(), VaultError::None);
        QCOMPARE(throughOpen(), VaultError::None);
        QVERIFY(exec(*v, QStringLiteral("PRAGMA user_version = 999")));
        QCOMPARE(throughSeam(), VaultError::NewerVersion);
        QCOMPARE(throughOpen(), VaultError::NewerVersion);
        // A value open() refuses (out of Kamae's range) is refused here.
        QVERIFY(
            exec(*v, QStringLiteral("PRAGMA user_version = %1").arg(store::latestSchemaVersion())));
        QVERIFY(exec(*v, QStringLiteral("PRAGMA ignore_check_constraints = 1")));
        QVERIFY(exec(*v, QStringLiteral("INSERT INTO site (name, overseas) VALUES ('x', 7)")));
        QCOMPARE(throughSeam(), VaultError::Damaged);
        QCOMPARE(throughOpen(), VaultError::Damaged);
    }

    // A vault saved before any table existed (schema 0) stands in for an
    // older release: opening it runs the migrations and keeps the file as
    // it was.
    void olderSchemaIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.kamae"));
        {
            auto v = createVault(path);
            QVERIFY(v);
            QVERIFY(test::dropAllTables(v->database().sql()));
            QVERIFY(v->save());
        }
        const QByteArray before = test::readFile(path);

        {
            VaultStatus status;
            auto v = openVault(path, &status, OpenMode::ReadOnly);
            QVERIFY2(v, qPrintable(status.message()));
            QCOMPARE(v->database().userVersion(), store::latestSchemaVersion());
            QVERIFY(v->preMigrationCopy().isEmpty());
        }
        QCOMPARE(test::entriesIn(dir.path()), QStringList{QStringLiteral("old.kamae")});

        VaultStatus status;
        auto v = openVault(path, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QCOMPARE(v->database().userVersion(), store::latestSchemaVersion());
        QVERIFY(exec(*v, QStringLiteral("SELECT count(*) FROM organisation")));
        QVERIFY(!v->preMigrationCopy().isEmpty());
        QCOMPARE(test::readFile(v->preMigrationCopy()), before);
        QCOMPARE(test::readFile(path), before);
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.kamae"));
        {
            auto v = createVault(path);
            QVERIFY(v);
            // The tables are there, so re-running step 1 must fail.
            QVERIFY(exec(*v, QStringLiteral("PRAGMA user_version = 0")));
            QVERIFY(v->save());
        }
        const QByteArray before = test::readFile(path);
        VaultStatus status;
        QVERIFY(!openVault(path, &status));
        QCOMPARE(status.code(), VaultError::UpgradeFailed);
        QVERIFY(!status.message().isEmpty());
        QCOMPARE(test::readFile(path), before);
        QVERIFY(!QFileInfo::exists(Vault::lockFilePath(path)));
    }

    void notAVault_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray("K");
        QTest::newRow("random") << crypto::randomBytes(4096);
        QTest::newRow("text") << QByteArray("Hello, this is not a vault.\n");
        QTest::newRow("almost magic") << QByteArray("KAMAEVLt").append(QByteArray(100, '\0'));
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        QVERIFY(store::migrate(*db.value()));
        QTest::newRow("plain SQLite") << crypto::toByteArray(db.value()->serialize());
    }

    void notAVault()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.kamae"));
        QVERIFY(test::writeFile(path, bytes));
        VaultStatus status;
        QVERIFY(!openVault(path, &status));
        QCOMPARE(status.code(), VaultError::NotAVault);
        QVERIFY(!status.message().isEmpty());
        QCOMPARE(test::readFile(path), bytes);
        QCOMPARE(test::entriesIn(dir.path()), QStringList{QStringLiteral("other.kamae")});
    }

    void directoryIsNotAVault()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.kamae")));
        VaultStatus status;
        QVERIFY(!openVault(dir.filePath(QStringLiteral("folder.kamae")), &status));
        QCOMPARE(status.code(), VaultError::NotAVault);
    }

    void notFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nothing.kamae"));
        VaultStatus status;
        QVERIFY(!openVault(path, &status));
        QCOMPARE(status.code(), VaultError::NotFound);
        QVERIFY(!status.message().isEmpty());
        QVERIFY(!Vault::openWithRecoveryCode(path, vault::generateRecoveryCode(), &status));
        QCOMPARE(status.code(), VaultError::NotFound);
        QCOMPARE(test::entriesIn(dir.path()), QStringList());
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("precious.kamae"));
        const QByteArray precious("someone's only copy\n");
        QVERIFY(test::writeFile(path, precious));
        VaultStatus status;
        QString code;
        QVERIFY(
            !Vault::create(path, kPassphrase, kOrganisation, test::cheapOptions(), &code, &status));
        QCOMPARE(status.code(), VaultError::AlreadyExists);
        QVERIFY(!status.message().isEmpty());
        QVERIFY(code.isEmpty());
        QCOMPARE(test::readFile(path), precious);

        const QString existing = createClosedVault(dir);
        QVERIFY(!existing.isEmpty());
        const QByteArray vaultBytes = test::readFile(existing);
        QVERIFY(!Vault::create(existing, QStringLiteral("other"), QStringLiteral("Other"),
                               test::cheapOptions(), &code, &status));
        QCOMPARE(status.code(), VaultError::AlreadyExists);
        QCOMPARE(test::readFile(existing), vaultBytes);
        QCOMPARE(test::entriesIn(dir.path()),
                 (QStringList{QStringLiteral("a.kamae"), QStringLiteral("precious.kamae")}));
    }

    void changePassphrase()
    {
        QTemporaryDir dir;
        QString code;
        const QString path = createClosedVault(dir, QStringLiteral("a"), &code);
        QVERIFY(!path.isEmpty());
        const QString next = QStringLiteral("新しい合言葉 2025");
        domain::Organisation expected;
        {
            auto v = openVault(path);
            QVERIFY(v);
            QVERIFY(saveOrganisation(*v, test::sampleOrganisation(kOrganisation)));
            expected = loadOrganisation(*v);
            QVERIFY(v->changePassphrase(next));
            QVERIFY(v->checkPassphrase(next));
            QVERIFY(!v->checkPassphrase(kPassphrase));
            QCOMPARE(v->changePassphrase(QString()).code(), VaultError::InvalidInput);
        }
        VaultStatus status;
        QVERIFY(!openVault(path, &status));
        QCOMPARE(status.code(), VaultError::WrongPassphrase);
        auto v = Vault::open(path, next, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QVERIFY(loadOrganisation(*v) == expected);
        QVERIFY(v->kdfParams() == test::cheapOptions().kdf);
        v.reset();
        v = Vault::openWithRecoveryCode(path, code, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QVERIFY(loadOrganisation(*v) == expected);
        v.reset();

        // A backup still keyed to the old passphrase would defeat the change.
        const QString backup = path + QStringLiteral(".bak");
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(!Vault::open(backup, kPassphrase, &status, OpenMode::ReadOnly));
        QCOMPARE(status.code(), VaultError::WrongPassphrase);
        QVERIFY(Vault::open(backup, next, &status, OpenMode::ReadOnly));
    }

    // A passphrase change that cannot be saved changes nothing: the old
    // passphrase still opens the file, and the next save still keeps the
    // generation from open time as the backup.
    void failedPassphraseChangeChangesNothing()
    {
        QTemporaryDir dir;
        QString code;
        const QString path = createClosedVault(dir, QStringLiteral("a"), &code);
        QVERIFY(!path.isEmpty());
        const QByteArray atOpen = test::readFile(path);
        auto v = openVault(path);
        QVERIFY(v);
        const QString next = QStringLiteral("never saved");
        {
            test::FileSizeLimit limit(256);
            QVERIFY(limit.active());
            QCOMPARE(v->changePassphrase(next).code(), VaultError::CannotWrite);
            QString newCode;
            QCOMPARE(v->replaceRecoveryCode(&newCode).code(), VaultError::CannotWrite);
            QVERIFY(newCode.isEmpty());
        }
        QCOMPARE(test::readFile(path), atOpen);
        QVERIFY(v->checkPassphrase(kPassphrase));
        QVERIFY(!v->checkPassphrase(next));

        QVERIFY(setNotes(*v, QStringLiteral("after the failed change")));
        QVERIFY(v->save());
        QCOMPARE(test::readFile(path + QStringLiteral(".bak")), atOpen);
        v.reset();
        VaultStatus status;
        QVERIFY2(openVault(path, &status), qPrintable(status.message()));
        QVERIFY2(Vault::openWithRecoveryCode(path, code, &status), qPrintable(status.message()));
    }

    void replaceRecoveryCode()
    {
        QTemporaryDir dir;
        QString oldCode;
        const QString path = createClosedVault(dir, QStringLiteral("a"), &oldCode);
        QVERIFY(!path.isEmpty());
        QString newCode;
        {
            auto v = openVault(path);
            QVERIFY(v);
            QVERIFY(v->replaceRecoveryCode(&newCode));
        }
        QVERIFY(!newCode.isEmpty());
        QVERIFY(newCode != oldCode);
        QVERIFY(!vault::normalizeRecoveryCode(newCode).isEmpty());
        VaultStatus status;
        QVERIFY(!Vault::openWithRecoveryCode(path, oldCode, &status));
        QCOMPARE(status.code(), VaultError::WrongRecoveryCode);
        QVERIFY(Vault::openWithRecoveryCode(path, newCode, &status));
        QVERIFY(openVault(path, &status));
        QVERIFY(!Vault::openWithRecoveryCode(path + QStringLiteral(".bak"), oldCode, &status,
                                             OpenMode::ReadOnly));
        QCOMPARE(status.code(), VaultError::WrongRecoveryCode);
    }

    void checkPassphrase()
    {
        QTemporaryDir dir;
        auto v = createVault(dir.filePath(QStringLiteral("a.kamae")));
        QVERIFY(v);
        QVERIFY(v->checkPassphrase(kPassphrase));
        QVERIFY(!v->checkPassphrase(kPassphrase + QLatin1Char('!')));
        QVERIFY(!v->checkPassphrase(QString()));
    }

    void secondWriterIsLockedOut()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        QVERIFY(!QFileInfo::exists(Vault::lockFilePath(path)));
        auto first = openVault(path);
        QVERIFY(first);
        QVERIFY(QFileInfo::exists(Vault::lockFilePath(path)));

        VaultStatus status;
        QVERIFY(!openVault(path, &status));
        QCOMPARE(status.code(), VaultError::LockedByOther);
        QVERIFY(!status.message().isEmpty());
        QVERIFY(!Vault::openWithRecoveryCode(path, vault::generateRecoveryCode(), &status));
        QCOMPARE(status.code(), VaultError::LockedByOther);
        // The refused opener must not have taken the lock away either.
        QVERIFY(QFileInfo::exists(Vault::lockFilePath(path)));

        auto reader = openVault(path, &status, OpenMode::ReadOnly);
        QVERIFY2(reader, qPrintable(status.message()));
        QVERIFY(first->save());

        first->close();
        QVERIFY(!QFileInfo::exists(Vault::lockFilePath(path)));
        QVERIFY(openVault(path, &status));
    }

    // The window unseals on a worker thread and loads on its own: the
    // halves give what open() gives, hold the lock in between, and let it
    // go however they end.
    void unsealOnAWorkerThenLoad()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        {
            auto v = openVault(path);
            QVERIFY(v);
            QVERIFY(setNotes(*v, QStringLiteral("二段階で開く")));
            QVERIFY(v->save());
        }

        std::unique_ptr<Vault> unsealed;
        VaultStatus status;
        QThread *worker = QThread::create([&] {
            unsealed = Vault::unseal(path, kPassphrase, vault::SlotKind::Passphrase, &status);
        });
        worker->start();
        QVERIFY(worker->wait(60'000));
        delete worker;
        QVERIFY2(unsealed, qPrintable(status.message()));
        QVERIFY(!unsealed->isOpen()); // not before load()
        QVERIFY(QFileInfo::exists(Vault::lockFilePath(path)));
        QVERIFY(!openVault(path, &status));
        QCOMPARE(status.code(), VaultError::LockedByOther);
        QVERIFY(unsealed->load());
        QVERIFY(unsealed->isOpen());
        QCOMPARE(loadOrganisation(*unsealed).notes, QStringLiteral("二段階で開く"));
        QVERIFY(unsealed->load()); // a second load changes nothing
        QVERIFY(unsealed->save());
        unsealed.reset();
        QVERIFY(!QFileInfo::exists(Vault::lockFilePath(path)));

        // A wrong secret stops at the first half, with its reason.
        QVERIFY(
            !Vault::unseal(path, QStringLiteral("wrong"), vault::SlotKind::Passphrase, &status));
        QCOMPARE(status.code(), VaultError::WrongPassphrase);
        QVERIFY(!Vault::unseal(path, vault::generateRecoveryCode(), vault::SlotKind::RecoveryCode,
                               &status));
        QCOMPARE(status.code(), VaultError::WrongRecoveryCode);
        // An unsealed vault never loaded lets its lock go.
        unsealed = Vault::unseal(path, kPassphrase, vault::SlotKind::Passphrase, &status);
        QVERIFY(unsealed);
        unsealed.reset();
        QVERIFY(!QFileInfo::exists(Vault::lockFilePath(path)));
        QVERIFY(openVault(path, &status));
    }

    // A lock left by a process that died (a crash, a power cut) must not
    // keep the owner out of their own file.
    void staleLockDoesNotBlock()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());

        // A genuine lock file of this process, then re-owned by a dead one.
        const QString lockPath = Vault::lockFilePath(path);
        QByteArray contents;
        {
            QLockFile lock(lockPath);
            QVERIFY(lock.tryLock(0));
            contents = test::readFile(lockPath);
            lock.unlock();
        }
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        QVERIFY(child > 0);
        int wstatus = 0;
        QCOMPARE(::waitpid(child, &wstatus, 0), child);
        const qsizetype newline = contents.indexOf('\n');
        QVERIFY(newline > 0);
        QCOMPARE(contents.left(newline), QByteArray::number(QCoreApplication::applicationPid()));
        contents.replace(0, newline, QByteArray::number(child));
        QVERIFY(test::writeFile(lockPath, contents));

        // Proves the file is a lock that Qt reads, held by the dead child.
        qint64 pid = 0;
        QString host, app;
        QVERIFY(QLockFile(lockPath).getLockInfo(&pid, &host, &app));
        QCOMPARE(pid, qint64(child));

        VaultStatus status;
        auto v = openVault(path, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QVERIFY(v->save());
    }

    void freshNonceOnEverySave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.kamae"));
        auto v = createVault(path);
        QVERIFY(v);
        QList<QByteArray> files{test::readFile(path)};
        QList<QByteArray> nonces{payloadNonce(path)};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(v->save());
            files << test::readFile(path);
            nonces << payloadNonce(path);
        }
        for (int i = 0; i < files.size(); ++i) {
            QCOMPARE(nonces.at(i).size(), qsizetype(crypto::kNonceSize));
            for (int j = i + 1; j < files.size(); ++j) {
                QVERIFY(nonces.at(i) != nonces.at(j));
                QVERIFY(files.at(i) != files.at(j));
            }
        }
        v.reset();
        QVERIFY(openVault(path));
    }

    // Plaintext never touches the disk: not in the vault, not in the backup,
    // not in a journal or temporary file beside them.
    void plaintextNeverTouchesDisk()
    {
        const QString canary = QStringLiteral("CANARY-ゆきだるま-7f3a");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.kamae"));
        {
            auto v = createVault(path);
            QVERIFY(v);
            QVERIFY(setNotes(*v, canary));
            // Proves the search below would find the canary if it leaked.
            QVERIFY(crypto::toByteArray(v->database().serialize()).contains(canary.toUtf8()));
            QVERIFY(v->save());
        }
        // Any encoding the text could be written in, and its ASCII part
        // alone for encodings that mangle the kana.
        QList<QByteArray> needles{canary.toUtf8(), QByteArray("CANARY-")};
        for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
            QStringEncoder encoder(encoding);
            needles << QByteArray(encoder(canary));
        }
        const auto leaks = [&](const QString &file) {
            const QByteArray bytes = test::readFile(file);
            for (const QByteArray &needle : needles) {
                if (bytes.contains(needle))
                    return true;
            }
            return false;
        };

        auto v = openVault(path);
        QVERIFY(v);
        QVERIFY(setNotes(*v, canary + QStringLiteral(" (again)")));
        QVERIFY(v->save());
        QVERIFY(
            exec(*v, QStringLiteral("CREATE TEMP TABLE scratch AS SELECT * FROM organisation")));
        QVERIFY(exec(*v, QStringLiteral("SELECT notes FROM organisation ORDER BY notes")));
        QVERIFY(v->save());

        QCOMPARE(test::entriesIn(dir.path()),
                 (QStringList{QStringLiteral("a.kamae"), QStringLiteral("a.kamae.bak"),
                              QStringLiteral("a.kamae.lock")}));
        for (const QString &name : test::entriesIn(dir.path()))
            QVERIFY2(!leaks(dir.filePath(name)), qPrintable(name));
        v->close();
        QCOMPARE(test::entriesIn(dir.path()),
                 (QStringList{QStringLiteral("a.kamae"), QStringLiteral("a.kamae.bak")}));
        for (const QString &name : test::entriesIn(dir.path()))
            QVERIFY2(!leaks(dir.filePath(name)), qPrintable(name));
    }

    void backupKeepsTheGenerationAtOpen()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray atOpen = test::readFile(path);
        const QString backup = path + QStringLiteral(".bak");
        {
            auto v = openVault(path);
            QVERIFY(v);
            QCOMPARE(v->backupPath(), backup);
            QVERIFY(!QFileInfo::exists(backup));
            QVERIFY(setNotes(*v, QStringLiteral("first")));
            QVERIFY(v->save());
            QVERIFY(v->backupWarning().isEmpty());
            QCOMPARE(test::readFile(backup), atOpen);
            QVERIFY(setNotes(*v, QStringLiteral("second")));
            QVERIFY(v->save());
            QCOMPARE(test::readFile(backup), atOpen);
        }
        auto old = openVault(backup, nullptr, OpenMode::ReadOnly);
        QVERIFY(old);
        QCOMPARE(loadOrganisation(*old).notes, QString());
        auto current = openVault(path, nullptr, OpenMode::ReadOnly);
        QVERIFY(current);
        QCOMPARE(loadOrganisation(*current).notes, QStringLiteral("second"));
    }

    void backupDirectory()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray atOpen = test::readFile(path);
        auto v = openVault(path);
        QVERIFY(v);
        v->setBackupDirectory(elsewhere.path());
        const QString backup = elsewhere.filePath(QStringLiteral("a.kamae.bak"));
        QCOMPARE(v->backupPath(), backup);
        QVERIFY(setNotes(*v, QStringLiteral("changed")));
        QVERIFY(v->save());
        QCOMPARE(test::readFile(backup), atOpen);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak")));
        QCOMPARE(test::entriesIn(elsewhere.path()), QStringList{QStringLiteral("a.kamae.bak")});
    }

    // A full disk or a device that fails half-way through the write.
    void saveFailsWhenTheDiskIsFull_data()
    {
        QTest::addColumn<int>("noteBytes");
        QTest::addColumn<int>("limit");
        // Random text does not compress away, so the file outgrows the limit
        // while it is written...
        QTest::newRow("fails while writing") << 300 * 1024 << 64 * 1024;
        // ...or, small enough to sit in QSaveFile's buffer, only when it is
        // flushed on commit.
        QTest::newRow("fails on commit") << 16 << 256;
    }

    void saveFailsWhenTheDiskIsFull()
    {
        QFETCH(int, noteBytes);
        QFETCH(int, limit);
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        auto v = openVault(path);
        QVERIFY(v);
        const QByteArray before = test::readFile(path);
        const QString notes = QString::fromLatin1(crypto::randomBytes(noteBytes).toBase64());
        QVERIFY(setNotes(*v, notes));
        // Else the save would fit and this test would prove nothing.
        const crypto::SecureBytes image = v->database().serialize();
        QVERIFY(crypto::compressZstd(image.data(), image.size()).size() > std::size_t(limit));
        {
            test::FileSizeLimit fileSizeLimit(static_cast<rlim_t>(limit));
            QVERIFY(fileSizeLimit.active());
            const VaultStatus status = v->save();
            QCOMPARE(status.code(), VaultError::CannotWrite);
            // In plain words, never Qt's "Unknown error" of a failed flush.
            QVERIFY2(status.message().contains(Vault::writeErrorText(EFBIG)),
                     qPrintable(status.message()));
            QVERIFY2(!status.message().contains(QLatin1String("Unknown error")),
                     qPrintable(status.message()));
        }
        QCOMPARE(test::readFile(path), before);
        // The backup is written under the same limit: whole or not at all.
        const QString backup = path + QStringLiteral(".bak");
        if (QFileInfo::exists(backup))
            QCOMPARE(test::readFile(backup), before);
        // No half-written temporary file is left behind.
        const QStringList allowed{QStringLiteral("a.kamae"), QStringLiteral("a.kamae.bak"),
                                  QStringLiteral("a.kamae.lock")};
        for (const QString &name : test::entriesIn(dir.path()))
            QVERIFY2(allowed.contains(name), qPrintable(name));
        QCOMPARE(loadOrganisation(*v).notes, notes);

        QVERIFY(v->save());
        QCOMPARE(test::readFile(backup), before);
        v.reset();
        auto again = openVault(path);
        QVERIFY(again);
        QCOMPARE(loadOrganisation(*again).notes, notes);
    }

    // The vault file itself stays writable; only the folder refuses new
    // entries. Writing the file in place would "work" and could tear it,
    // so the save must fail instead.
    void saveFailsInReadOnlyFolder()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        auto v = openVault(path);
        QVERIFY(v);
        const QByteArray before = test::readFile(path);
        QVERIFY(setNotes(*v, QStringLiteral("changed")));
        VaultStatus status;
        {
            ReadOnlyFolder readOnly(dir.path());
            if (!readOnly.active())
                QSKIP("Cannot make a folder read-only here: as root a 0555 folder stays "
                      "writable and this file system or container refuses chattr +i. "
                      "saveFailsWhenTheDiskIsFull and saveFailsWhenTheFolderIsGone still "
                      "cover CannotWrite.");
            status = v->save();
        }
        QCOMPARE(status.code(), VaultError::CannotWrite);
        QVERIFY(!status.message().isEmpty());
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(test::entriesIn(dir.path()),
                 (QStringList{QStringLiteral("a.kamae"), QStringLiteral("a.kamae.lock")}));
        QVERIFY(v->save());
        QCOMPARE(test::readFile(path + QStringLiteral(".bak")), before);
    }

    void saveFailsWhenTheFolderIsGone()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("usb")));
        const QString path = dir.filePath(QStringLiteral("usb/a.kamae"));
        QVERIFY(createVault(path));
        auto v = openVault(path);
        QVERIFY(v);
        QVERIFY(setNotes(*v, QStringLiteral("written while unplugged")));

        // The stick was pulled out: the path no longer leads anywhere.
        QVERIFY(QDir(dir.path()).rename(QStringLiteral("usb"), QStringLiteral("away")));
        const VaultStatus status = v->save();
        QCOMPARE(status.code(), VaultError::CannotWrite);
        QVERIFY(!status.message().isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("usb"))));
        QVERIFY(v->isOpen());
        QCOMPARE(loadOrganisation(*v).notes, QStringLiteral("written while unplugged"));

        QVERIFY(QDir(dir.path()).rename(QStringLiteral("away"), QStringLiteral("usb")));
        QVERIFY(v->save());
        v.reset();
        auto again = openVault(path);
        QVERIFY(again);
        QCOMPARE(loadOrganisation(*again).notes, QStringLiteral("written while unplugged"));
    }

    void readOnlyNeverWrites()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::readFile(path);
        VaultStatus status;
        auto v = openVault(path, &status, OpenMode::ReadOnly);
        QVERIFY(v);
        QCOMPARE(v->mode(), OpenMode::ReadOnly);
        QVERIFY(setNotes(*v, QStringLiteral("in memory only")));
        status = v->save();
        QCOMPARE(status.code(), VaultError::CannotWrite);
        QVERIFY(!v->changePassphrase(QStringLiteral("other")));
        QVERIFY(!v->replaceRecoveryCode(nullptr));
        v.reset();
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(test::entriesIn(dir.path()), QStringList{QStringLiteral("a.kamae")});
    }

    void closedVaultRefusesWork()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.kamae"));
        auto v = createVault(path);
        QVERIFY(v);
        const QByteArray before = test::readFile(path);
        v->close();
        QVERIFY(!v->isOpen());
        QVERIFY(!v->save());
        QVERIFY(!v->changePassphrase(QStringLiteral("other")));
        QVERIFY(!v->checkPassphrase(kPassphrase));
        v->close();
        QCOMPARE(test::readFile(path), before);
    }

    // Issue 14: two Kamae reaching one file by two paths (a symbolic link,
    // a linked folder, "./x/../a.kamae") must share one lock, or both save
    // and one side's changes vanish.
    void everyPathToOneFileSharesItsLock()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
        const QString real = dir.filePath(QStringLiteral("real/a.kamae"));
        QVERIFY(createVault(real));
        const QString link = dir.filePath(QStringLiteral("link.kamae"));
        QVERIFY(QFile::link(real, link));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")),
                            dir.filePath(QStringLiteral("linked"))));
        const QString throughFolder = dir.filePath(QStringLiteral("linked/a.kamae"));
        const QString roundabout = dir.filePath(QStringLiteral("linked/../real/./a.kamae"));

        for (const QString &path : {link, throughFolder, roundabout})
            QCOMPARE(Vault::canonicalPath(path), Vault::canonicalPath(real));
        QCOMPARE(Vault::lockFilePath(link), Vault::canonicalPath(real) + QStringLiteral(".lock"));

        auto first = openVault(real);
        QVERIFY(first);
        const QByteArray before = test::readFile(real);
        for (const QString &other : {link, throughFolder, roundabout}) {
            VaultStatus status;
            QVERIFY2(!openVault(other, &status), qPrintable(other));
            QCOMPARE(status.code(), VaultError::LockedByOther);
        }
        QCOMPARE(test::readFile(real), before);
        first.reset();

        // Opened through the link, the vault saves to the file itself: the
        // link stays a link, and its lock and backup sit beside the file.
        VaultStatus status;
        auto v = openVault(link, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QCOMPARE(v->path(), Vault::canonicalPath(real));
        QVERIFY(QFileInfo::exists(real + QStringLiteral(".lock")));
        QVERIFY(!QFileInfo::exists(link + QStringLiteral(".lock")));
        QVERIFY(setNotes(*v, QStringLiteral("saved through the link")));
        QVERIFY(v->save());
        v.reset();
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), QFileInfo(real).absoluteFilePath());
        QVERIFY(QFileInfo::exists(real + QStringLiteral(".bak")));
        QVERIFY(!QFileInfo::exists(link + QStringLiteral(".bak")));
        auto reread = openVault(real, nullptr, OpenMode::ReadOnly);
        QVERIFY(reread);
        QCOMPARE(loadOrganisation(*reread).notes, QStringLiteral("saved through the link"));

        // A link whose target is missing still names a file: create()
        // never writes through it.
        const QString dangling = dir.filePath(QStringLiteral("dangling.kamae"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.kamae")), dangling));
        QVERIFY(!Vault::create(dangling, kPassphrase, kOrganisation, test::cheapOptions(), nullptr,
                               &status));
        QCOMPARE(status.code(), VaultError::AlreadyExists);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nowhere.kamae"))));
    }

    // The data-loss run of issue 14, in one process: two writers through
    // two paths. The second is refused, so the first one's save survives.
    void twoWritersThroughALinkCannotBothSave()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QString link = dir.filePath(QStringLiteral("other-name.kamae"));
        QVERIFY(QFile::link(path, link));
        auto a = openVault(path);
        QVERIFY(a);
        VaultStatus status;
        auto b = openVault(link, &status);
        QVERIFY2(!b, "a second writer through a link was let in");
        QCOMPARE(status.code(), VaultError::LockedByOther);
        QVERIFY(setNotes(*a, QStringLiteral("A's work")));
        QVERIFY(a->save());
        a.reset();
        auto check = openVault(link, nullptr, OpenMode::ReadOnly);
        QVERIFY(check);
        QCOMPARE(loadOrganisation(*check).notes, QStringLiteral("A's work"));
    }

    // Devices and FIFOs are refused before reading: /dev/zero would read
    // until memory runs out, a FIFO without a writer would wait for ever.
    void devicesAndFifosAreRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.kamae"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"),
                                    QStringLiteral("/dev/null"), fifo}) {
            for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
                const int result = test::inChild([&] {
                    VaultStatus status;
                    if (Vault::open(path, kPassphrase, &status, mode))
                        return 1;
                    if (status.code() != VaultError::NotAVault ||
                        !status.message().contains(QLatin1String(", not a file")))
                        return 2;
                    const VaultStatus copy =
                        Vault::verifyCopyWithPassphrase(path, kPassphrase, nullptr);
                    if (copy.code() != VaultError::NotAVault ||
                        !copy.message().contains(QLatin1String(", not a file")))
                        return 3;
                    return 0;
                });
                QVERIFY2(result == 0, qPrintable(QStringLiteral("%1: %2").arg(path).arg(result)));
            }
        }
        // Nothing was created beside the FIFO (no lock file either).
        QCOMPARE(test::entriesIn(dir.path()), QStringList{QStringLiteral("pipe.kamae")});
    }

    // core/InputFile, which the vault and the command line share.
    void inputFileReadsOnlyRegularFilesWithinTheLimit()
    {
        QTemporaryDir dir;
        const QString exact = dir.filePath(QStringLiteral("exact"));
        QVERIFY(test::writeFile(exact, QByteArray(100, 'x')));
        input::InputFile file = input::readInputFile(exact, 100);
        QVERIFY(file.ok());
        QCOMPARE(file.bytes, QByteArray(100, 'x'));
        file = input::readInputFile(exact, 99);
        QCOMPARE(file.error, input::InputFileError::TooLarge);
        QVERIFY(file.bytes.isEmpty());
        QVERIFY(input::describeInputFileError(file, exact, 99).contains(QLatin1String("99 byte")));
        // A regular file whose size says 0 but which has content.
        file = input::readInputFile(QStringLiteral("/proc/self/status"), 64 * 1024);
        QVERIFY(file.ok());
        QVERIFY(file.bytes.contains("Pid:"));
        QCOMPARE(input::readInputFile(QStringLiteral("/proc/self/status"), 10).error,
                 input::InputFileError::TooLarge);
        // Links are followed to what they name.
        const QString toZero = dir.filePath(QStringLiteral("zero"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), toZero));
        QCOMPARE(input::readInputFile(toZero, 1024).error, input::InputFileError::NotRegular);
        const QString dangling = dir.filePath(QStringLiteral("dangling"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dangling));
        QCOMPARE(input::readInputFile(dangling, 1024).error, input::InputFileError::NotFound);
        QCOMPARE(input::readInputFile(dir.path(), 1024).error, input::InputFileError::NotRegular);
        QCOMPARE(input::inspectInputFile(exact, 100).error, input::InputFileError::None);
        QCOMPARE(input::formatByteLimit(qint64(256) << 20), QStringLiteral("256 MiB"));
        QCOMPARE(input::formatByteLimit(64 * 1024), QStringLiteral("64 KiB"));
    }

    void oversizedFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QString big = dir.filePath(QStringLiteral("big.kamae"));
        QVERIFY(QFile::copy(path, big));
        // Sparse: one byte past the limit, without writing 256 MiB.
        QVERIFY(QFile(big).resize(Vault::kMaxFileSize + 1));
        VaultStatus status;
        QVERIFY(!openVault(big, &status));
        QCOMPARE(status.code(), VaultError::NotAVault);
        QVERIFY2(status.message().contains(QLatin1String("256 MiB")), qPrintable(status.message()));
        QVERIFY(!QFileInfo::exists(Vault::lockFilePath(big)));
        status = Vault::verifyCopyWithPassphrase(big, kPassphrase, nullptr);
        QCOMPARE(status.code(), VaultError::NotAVault);
        QCOMPARE(QFileInfo(big).size(), Vault::kMaxFileSize + 1);
    }

    // Argon2id settings a crafted header (or copy) asks for are bounded:
    // refused as damage before anything is derived, file untouched.
    void hostileKeyDerivationSettingsAreRefused_data()
    {
        QTest::addColumn<crypto::KdfParams>("kdf");
        QTest::newRow("4 GiB x 1000 passes") << crypto::KdfParams{4u * 1024 * 1024, 1000, 1};
        QTest::newRow("4 GiB") << crypto::KdfParams{4u * 1024 * 1024, 1, 1};
        QTest::newRow("1000 passes") << crypto::KdfParams{1024, 1000, 1};
        QTest::newRow("101 passes") << crypto::KdfParams{1024, 101, 1};
        QTest::newRow("1 GiB") << crypto::KdfParams{1024 * 1024, 1, 1};
        QTest::newRow("256 MiB x 26 passes") << crypto::KdfParams{256 * 1024, 26, 1};
        QTest::newRow("64 lanes") << crypto::KdfParams{64 * 1024, 1, 64};
    }

    void hostileKeyDerivationSettingsAreRefused()
    {
        QFETCH(crypto::KdfParams, kdf);
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        for (const auto kind : {vault::SlotKind::Passphrase, vault::SlotKind::RecoveryCode}) {
            const QByteArray crafted = withKdf(test::readFile(path), kind, kdf);
            // Refused by the parser itself, so no open derives anything.
            QCOMPARE(vault::parse(crafted).error, vault::ParseError::Damaged);
            const QString target = dir.filePath(QStringLiteral("crafted.kamae"));
            QVERIFY(test::writeFile(target, crafted));
            VaultStatus status;
            QVERIFY(!openVault(target, &status));
            QCOMPARE(status.code(), VaultError::Damaged);
            QVERIFY(!Vault::openWithRecoveryCode(target, vault::generateRecoveryCode(), &status));
            QCOMPARE(status.code(), VaultError::Damaged);
            status = Vault::verifyCopyWithPassphrase(target, kPassphrase, nullptr);
            QCOMPARE(status.code(), VaultError::Damaged);
            QCOMPARE(test::readFile(target), crafted);
        }
    }

    // What the tuner makes on the fastest machine (its cap) still opens.
    void strongestTunedSettingsOpen()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        vault::CreateOptions strongest = test::cheapOptions();
        strongest.kdf = {64 * 1024, crypto::kMaxKdfPasses, 1};
        QVERIFY(crypto::kdfParamsAcceptable(strongest.kdf));
        // Parsing only: deriving 100 passes of 64 MiB would cost seconds.
        const QByteArray file =
            withKdf(test::readFile(path), vault::SlotKind::Passphrase, strongest.kdf);
        QCOMPARE(vault::parse(file).error, vault::ParseError::None);
        QCOMPARE(vault::parse(file).header.slot(vault::SlotKind::Passphrase)->kdfParams,
                 strongest.kdf);
    }

    // A passphrase change goes through several files; a kill at any step
    // must leave the vault and its .bak whole, each opening with the old
    // or the new passphrase, and the next open removes what the kill left.
    void everyStepOfAPassphraseChangeLeavesAGoodGeneration()
    {
        const QString next = QStringLiteral("the new one");
        int killAt = 1;
        for (;; ++killAt) {
            QVERIFY2(killAt < 30, "the change never completed");
            QTemporaryDir dir;
            const QString path = createClosedVault(dir);
            QVERIFY(!path.isEmpty());
            const QString backup = path + QStringLiteral(".bak");
            {
                auto v = openVault(path);
                QVERIFY(v);
                QVERIFY(setNotes(*v, QStringLiteral("an earlier session")));
                QVERIFY(v->save());
            }
            QVERIFY(QFileInfo::exists(backup));

            const int result = test::inChild([&] {
                g_killAt = killAt;
                g_steps = 0;
                vault::testing::setKillPoint([](const char *) {
                    if (++g_steps == g_killAt)
                        ::_exit(kKilled);
                });
                VaultStatus status;
                auto v = Vault::open(path, kPassphrase, &status);
                if (!v)
                    return 2;
                return v->changePassphrase(next) ? 0 : 3;
            });
            QVERIFY2(result == 0 || result == kKilled, qPrintable(QString::number(result)));

            const int vaultOpens = opensWith(path, kPassphrase, next);
            const int backupOpens = opensWith(backup, kPassphrase, next);
            QVERIFY2(vaultOpens != 0, qPrintable(QStringLiteral("vault, kill %1").arg(killAt)));
            QVERIFY2(backupOpens != 0, qPrintable(QStringLiteral("backup, kill %1").arg(killAt)));
            if (result == 0) {
                QCOMPARE(vaultOpens, 2);
                QCOMPARE(backupOpens, 2);
                QCOMPARE(test::entriesIn(dir.path()),
                         (QStringList{QStringLiteral("a.kamae"), QStringLiteral("a.kamae.bak")}));
                break;
            }
            // The next open takes over the dead process's lock and removes
            // its temporary files.
            VaultStatus status;
            auto again = Vault::open(path, vaultOpens == 1 ? kPassphrase : next, &status,
                                     OpenMode::ReadWrite);
            QVERIFY2(again, qPrintable(status.message()));
            QCOMPARE(test::entriesIn(dir.path()),
                     (QStringList{QStringLiteral("a.kamae"), QStringLiteral("a.kamae.bak"),
                                  QStringLiteral("a.kamae.lock")}));
        }
        // Temporary file and rename, for the vault and for its .bak, and the
        // moment between them.
        QVERIFY2(killAt > 5, qPrintable(QString::number(killAt)));
    }

    // What a save killed between writing and renaming leaves (a temporary
    // file, QLockFile's ".rmlock") goes on the next open for writing; files
    // that are not provably Kamae's own leftovers stay.
    void leftoversOfAKilledSaveAreRemoved()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray vaultBytes = test::readFile(path);
        const QStringList leftovers{QStringLiteral(".a.kamae.kamae-tmp-Ab12Cd"),
                                    QStringLiteral(".a.kamae.bak.kamae-tmp-zZ90yY"),
                                    QStringLiteral(".a.kamae.schema3.bak.kamae-tmp-QQQQQQ")};
        const QStringList kept{
            QStringLiteral("a.kamae.backup"), QStringLiteral(".a.kamae.kamae-tmp-short"),
            QStringLiteral(".a.kamae.kamae-tmp-Ab12Cd.txt"),
            QStringLiteral(".b.kamae.kamae-tmp-Ab12Cd"), QStringLiteral("notes.txt")};
        for (const QString &name : leftovers + kept)
            QVERIFY(test::writeFile(dir.filePath(name), vaultBytes));
        // A link and a folder with a leftover's name are not files of ours.
        QVERIFY(QFile::link(path, dir.filePath(QStringLiteral(".a.kamae.kamae-tmp-Link00"))));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".a.kamae.kamae-tmp-Dir000")));

        // A genuine QLockFile ".rmlock" whose owner has died.
        const QString rmlock = Vault::lockFilePath(path) + QStringLiteral(".rmlock");
        QByteArray contents;
        {
            QLockFile lock(rmlock);
            QVERIFY(lock.tryLock(0));
            contents = test::readFile(rmlock);
            lock.unlock();
        }
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        QVERIFY(child > 0);
        int wstatus = 0;
        QCOMPARE(::waitpid(child, &wstatus, 0), child);
        const qsizetype newline = contents.indexOf('\n');
        QVERIFY(newline > 0);
        contents.replace(0, newline, QByteArray::number(child));
        QVERIFY(test::writeFile(rmlock, contents));

        const QStringList everything = test::entriesIn(dir.path());
        // Reading never removes anything.
        QVERIFY(openVault(path, nullptr, OpenMode::ReadOnly));
        QCOMPARE(test::entriesIn(dir.path()), everything);

        auto v = openVault(path);
        QVERIFY(v);
        const QStringList after = test::entriesIn(dir.path());
        for (const QString &name : leftovers)
            QVERIFY2(!after.contains(name), qPrintable(name));
        QVERIFY(!after.contains(QStringLiteral("a.kamae.lock.rmlock")));
        for (const QString &name : kept)
            QVERIFY2(after.contains(name), qPrintable(name));
        QVERIFY(after.contains(QStringLiteral(".a.kamae.kamae-tmp-Link00")));
        QVERIFY(after.contains(QStringLiteral(".a.kamae.kamae-tmp-Dir000")));
        QCOMPARE(test::readFile(path), vaultBytes);
    }

    // A real full disk (a tiny tmpfs): the message says so in plain words,
    // the file stays byte-identical and nothing is left behind.
    void fullDiskIsNamed()
    {
        QTemporaryDir dir;
        const QString mount = dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("disk")));
        SmallDisk disk(mount, "512k");
        if (!disk.active())
            QSKIP("Mounting a tmpfs needs root; saveFailsWhenTheDiskIsFull covers the limit "
                  "through RLIMIT_FSIZE.");
        const QString path = QDir(mount).filePath(QStringLiteral("a.kamae"));
        QVERIFY(createVault(path));
        auto v = openVault(path);
        QVERIFY(v);
        QVERIFY(v->save()); // the .bak exists: only the vault's write is left to fail
        const QByteArray before = test::readFile(path);
        QVERIFY(setNotes(*v, QString::fromLatin1(crypto::randomBytes(4096).toBase64())));
        QVERIFY(fillDisk(mount));
        const VaultStatus status = v->save();
        QCOMPARE(status.code(), VaultError::CannotWrite);
        QVERIFY2(status.message().contains(QLatin1String("the disk is full")),
                 qPrintable(status.message()));
        QVERIFY2(!status.message().contains(QLatin1String("Unknown error")),
                 qPrintable(status.message()));
        QVERIFY2(status.commandLineMessage().contains(QLatin1String("the disk is full")),
                 qPrintable(status.commandLineMessage()));
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(test::entriesIn(mount),
                 (QStringList{QStringLiteral("a.kamae"), QStringLiteral("a.kamae.bak"),
                              QStringLiteral("a.kamae.lock"), QStringLiteral("filler")}));
        QVERIFY(QFile::remove(QDir(mount).filePath(QStringLiteral("filler"))));
        QVERIFY(v->save());
    }

    void writeErrorsInPlainWords()
    {
        QCOMPARE(Vault::writeErrorText(ENOSPC), QStringLiteral("the disk is full"));
        QCOMPARE(Vault::writeErrorText(EDQUOT), QStringLiteral("your disk quota is used up"));
        QCOMPARE(Vault::writeErrorText(EROFS), QStringLiteral("the disk is read-only"));
        QVERIFY(Vault::writeErrorText(EACCES).contains(QLatin1String("not allowed")));
        for (const int error : {0, ENOSPC, EDQUOT, EROFS, EACCES, EPERM, EFBIG, ENOENT, EIO})
            QVERIFY(!Vault::writeErrorText(error).contains(QLatin1String("Unknown error")));
    }

    // On the command line nothing stays open after a failed save.
    void commandLineWordingOfAFailedSave()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        auto v = openVault(path);
        QVERIFY(v);
        const QByteArray before = test::readFile(path);
        QVERIFY(setNotes(*v, QString::fromLatin1(crypto::randomBytes(300 * 1024).toBase64())));
        VaultStatus status;
        {
            test::FileSizeLimit limit(64 * 1024);
            QVERIFY(limit.active());
            status = v->save();
        }
        QCOMPARE(status.code(), VaultError::CannotWrite);
        QVERIFY(status.message().contains(QLatin1String("Your data is still open")));
        QVERIFY2(!status.commandLineMessage().contains(QLatin1String("still open")),
                 qPrintable(status.commandLineMessage()));
        QVERIFY2(status.commandLineMessage().contains(QLatin1String("was not saved")),
                 qPrintable(status.commandLineMessage()));
        QVERIFY(status.commandLineMessage().contains(QLatin1String("the file is as it was")));
        QCOMPARE(test::readFile(path), before);
    }

    // The holder writes its process id into its lock file a moment after
    // creating it: a refusal in that moment must not say "process 0 on ".
    void lockHolderIsNamedOrLeftOut()
    {
        QTemporaryDir dir;
        const QString path = createClosedVault(dir);
        QVERIFY(!path.isEmpty());
        const QString lockPath = Vault::lockFilePath(path);
        QByteArray contents;
        {
            QLockFile lock(lockPath);
            QVERIFY(lock.tryLock(0));
            contents = test::readFile(lockPath);
            lock.unlock();
        }
        const QByteArray before = test::readFile(path);
        const QString pid = QString::number(QCoreApplication::applicationPid());

        // Created, never filled in: refused, without empty fields.
        QVERIFY(test::writeFile(lockPath, QByteArray()));
        VaultStatus status;
        QVERIFY(!openVault(path, &status));
        QCOMPARE(status.code(), VaultError::LockedByOther);
        QVERIFY2(!status.message().contains(QLatin1String("process 0")),
                 qPrintable(status.message()));
        QVERIFY2(!status.message().contains(QLatin1String("()")), qPrintable(status.message()));
        QVERIFY2(!status.message().contains(QLatin1String(" on )")), qPrintable(status.message()));
        // ...and says what to do if no Kamae has it (a crash left it empty).
        QVERIFY2(status.message().contains(QDir::toNativeSeparators(lockPath)),
                 qPrintable(status.message()));

        // Filled in a moment later: the holder is named.
        std::thread holder([&] {
            QThread::msleep(100);
            test::writeFile(lockPath, contents);
        });
        QVERIFY(!openVault(path, &status));
        holder.join();
        QCOMPARE(status.code(), VaultError::LockedByOther);
        QVERIFY2(status.message().contains(QStringLiteral("process %1 on ").arg(pid)),
                 qPrintable(status.message()));
        QCOMPARE(test::readFile(path), before);

        // Still empty a minute after it was made: a process killed between
        // creating and filling it left it (the kill test found one). Nobody
        // holds it; the vault opens, and closing removes the lock.
        QVERIFY(test::writeFile(lockPath, QByteArray()));
        {
            QFile old(lockPath);
            QVERIFY(old.open(QIODevice::ReadWrite));
            QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                                    QFileDevice::FileModificationTime));
        }
        {
            auto v = openVault(path, &status);
            QVERIFY2(v, qPrintable(status.message()));
        }
        QVERIFY(!QFileInfo::exists(lockPath));
    }

    // tests/data/vault-v1.kamae was written by the first release of the
    // format and schema; every later Kamae must still open it.
    void fixtureFromVersion1Opens()
    {
        const QString fixture = QStringLiteral(KAMAE_TEST_DATA "/vault-v1.kamae");
        const QByteArray original = test::readFile(fixture);
        QVERIFY2(!original.isEmpty(), qPrintable(fixture));
        QCOMPARE(vault::parse(original).foundVersion, quint16(1));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.kamae"));
        QVERIFY(QFile::copy(fixture, path));
        VaultStatus status;
        auto v = Vault::open(path, kFixturePassphrase, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QCOMPARE(v->database().userVersion(), store::latestSchemaVersion());
        if (store::latestSchemaVersion() > 1)
            QCOMPARE(test::readFile(v->preMigrationCopy()), original);
        else
            QVERIFY(v->preMigrationCopy().isEmpty());

        const domain::Organisation org = loadOrganisation(*v);
        QCOMPARE(org.name, QStringLiteral("有限会社かまえ試験"));
        QCOMPARE(org.industry, QStringLiteral("卸売業"));
        QCOMPARE(org.employees, 12);
        QCOMPARE(org.securityAction, domain::SecurityActionLevel::TwoStars);
        QCOMPARE(org.notes, QStringLiteral("vault-v1 fixture"));
        QCOMPARE(org.sites.size(), 2);
        QCOMPARE(org.sites.at(0).name, QStringLiteral("本店"));
        QCOMPARE(org.sites.at(0).region, QStringLiteral("大阪府大阪市"));
        QVERIFY(!org.sites.at(0).overseas);
        QCOMPARE(org.sites.at(1).name, QStringLiteral("シンガポール支店"));
        QVERIFY(org.sites.at(1).overseas);
        QString problems;
        QVERIFY2(v->database().checkIntegrity(&problems), qPrintable(problems));
        // Schema 7's people list is there, empty: schema 1 named no owners.
        const auto people = store::PeopleRepository(v->database()).all();
        QVERIFY2(people, qPrintable(people.error()));
        QVERIFY(people->isEmpty());

        // Still writable with today's code, and still readable afterwards.
        QVERIFY(setNotes(*v, QStringLiteral("saved by the current version")));
        QVERIFY(v->save());
        v.reset();
        v = Vault::openWithRecoveryCode(path, kFixtureRecoveryCode, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QCOMPARE(loadOrganisation(*v).notes, QStringLiteral("saved by the current version"));
        // Saved again, it is a version 2 file with a zstd payload.
        const vault::Parsed resaved = vault::parse(test::readFile(path));
        QCOMPARE(resaved.foundVersion, vault::kFormatVersion);
        QCOMPARE(resaved.header.compression, vault::CompressionId::Zstd);
    }

    // The first file with a zstd payload (container format 2, schema 13):
    // every later Kamae must open it (tests/data/README.md).
    void fixtureFromVersion2Opens()
    {
        const QString fixture = QStringLiteral(KAMAE_TEST_DATA "/vault-v2.kamae");
        const QByteArray original = test::readFile(fixture);
        QVERIFY2(!original.isEmpty(), qPrintable(fixture));
        const vault::Parsed parsed = vault::parse(original);
        QCOMPARE(parsed.foundVersion, quint16(2));
        QCOMPARE(parsed.header.compression, vault::CompressionId::Zstd);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.kamae"));
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        VaultStatus status;
        auto v = Vault::open(path, kFixtureV2Passphrase, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QCOMPARE(v->database().userVersion(), store::latestSchemaVersion());
        const domain::Organisation org = loadOrganisation(*v);
        QCOMPARE(org.name, QStringLiteral("株式会社かまえ試験二"));
        QCOMPARE(org.employees, 48);
        QCOMPARE(org.notes, QStringLiteral("vault-v2 fixture"));
        const auto people = store::PeopleRepository(v->database()).all();
        QVERIFY2(people, qPrintable(people.error()));
        QCOMPARE(people->size(), 1);
        const auto assets = store::AssetRepository(v->database()).all();
        QVERIFY2(assets, qPrintable(assets.error()));
        QCOMPARE(assets->size(), 2);
        QCOMPARE(assets->at(0).name, QStringLiteral("顧客台帳"));
        QCOMPARE(assets->at(0).ownerId, people->at(0).id);
        QCOMPARE(assets->at(0).reviewed, QDate(2026, 10, 1));
        QCOMPARE(assets->at(1).product, QStringLiteral("DiskStation Manager"));
        QString problems;
        QVERIFY2(v->database().checkIntegrity(&problems), qPrintable(problems));
        v.reset();
        v = Vault::openWithRecoveryCode(path, kFixtureV2RecoveryCode, &status);
        QVERIFY2(v, qPrintable(status.message()));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
