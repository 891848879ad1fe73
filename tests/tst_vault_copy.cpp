// Copies of a vault on offline media: writing them without ever replacing a
// file, reading them back, and telling every kind of bad copy apart.
#include "TestSupport.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "vault/Crypto.h"
#include "vault/Vault.h"
#include "vault/VaultFormat.h"

#include <QDataStream>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cerrno>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kamae;
using vault::OpenMode;
using vault::Vault;
using vault::VaultError;
using vault::VaultStatus;
using CopyReport = vault::Vault::CopyReport;

Q_DECLARE_METATYPE(kamae::crypto::Cipher)

namespace {

const QString kPassphrase = QStringLiteral("correct horse ばってりー staple");
const QString kOrganisation = QStringLiteral("テスト精工株式会社");
const QString kNotAThisVaultCopy = QStringLiteral("not a copy of this vault");

} // namespace

namespace {

std::unique_ptr<Vault> createVault(const QString &path, QString *recoveryCode = nullptr,
                                   const vault::CreateOptions &options = test::cheapOptions(),
                                   const QString &passphrase = kPassphrase)
{
    VaultStatus status;
    auto v = Vault::create(path, passphrase, kOrganisation, options, recoveryCode, &status);
    if (!v)
        qWarning("create failed: %s", qPrintable(status.message()));
    return v;
}

domain::Organisation loadOrganisation(Vault &v)
{
    const auto org = store::OrganisationRepository(v.database()).load();
    return org ? org.value() : domain::Organisation{};
}

bool setNotes(Vault &v, const QString &notes)
{
    domain::Organisation org = loadOrganisation(v);
    org.notes = notes;
    return store::OrganisationRepository(v.database()).save(org).ok();
}

bool exec(Vault &v, const QString &statement)
{
    QSqlQuery q(v.database().sql());
    return q.exec(statement);
}

QVariant scalar(const Vault &v, const QString &statement)
{
    QSqlQuery q(v.database().sql());
    if (!q.exec(statement) || !q.next())
        return {};
    return q.value(0);
}

// The copy, or an empty string with the reason logged.
QString copyOf(const Vault &v, const QString &directory, CopyReport *report = nullptr)
{
    CopyReport local;
    const VaultStatus status = v.writeCopy(directory, report ? report : &local);
    if (!status) {
        qWarning("writeCopy failed: %s", qPrintable(status.message()));
        return {};
    }
    return (report ? report : &local)->path;
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    return bytes;
}

// Where the payload starts, from the preamble alone (magic, u16 version,
// u32 body size, little-endian), without trusting parse().
qsizetype payloadStart(const QByteArray &file)
{
    QDataStream in(file);
    in.setByteOrder(QDataStream::LittleEndian);
    in.skipRawData(8);
    quint16 version = 0;
    quint32 bodySize = 0;
    in >> version >> bodySize;
    return static_cast<qsizetype>(vault::kPreambleSize + bodySize + vault::kChecksumSize);
}

QByteArray withVersion(QByteArray file, quint16 version)
{
    file[8] = static_cast<char>(version & 0xFF);
    file[9] = static_cast<char>(version >> 8);
    const qsizetype end = payloadStart(file) - static_cast<qsizetype>(vault::kChecksumSize);
    file.replace(end, static_cast<qsizetype>(vault::kChecksumSize), crypto::sha256(file.left(end)));
    return file;
}

// Two copies a moment apart must fall in the same minute for the " (2)"
// check; near the end of a minute, wait for the next one.
void waitForFreshMinute()
{
    while (QTime::currentTime().second() >= 57)
        QThread::msleep(200);
}

// A folder that refuses new entries while this lives: chmod 0555, and as
// root (whom 0555 does not stop) the immutable flag. active() is only true
// if creating a file there was tried and refused.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path) : m_dir(path), m_path(QFile::encodeName(path))
    {
        if (::chmod(m_path.constData(), 0555) == 0) {
            m_chmod = true;
            if (refusesWrites()) {
                m_active = true;
                return;
            }
        }
        m_fd = ::open(m_path.constData(), O_RDONLY | O_DIRECTORY);
        if (m_fd < 0 || ::ioctl(m_fd, FS_IOC_GETFLAGS, &m_flags) != 0)
            return;
        int immutable = m_flags | FS_IMMUTABLE_FL;
        if (::ioctl(m_fd, FS_IOC_SETFLAGS, &immutable) == 0) {
            m_immutable = true;
            m_active = refusesWrites();
        }
    }
    ~ReadOnlyFolder()
    {
        if (m_immutable)
            ::ioctl(m_fd, FS_IOC_SETFLAGS, &m_flags);
        if (m_fd >= 0)
            ::close(m_fd);
        if (m_chmod)
            ::chmod(m_path.constData(), 0755);
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    bool active() const { return m_active; }

private:
    bool refusesWrites() const
    {
        QFile probe(QDir(m_dir).filePath(QStringLiteral("probe")));
        if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return true;
        probe.close();
        probe.remove();
        return false;
    }

    QString m_dir;
    QByteArray m_path;
    bool m_chmod = false;
    bool m_immutable = false;
    bool m_active = false;
    int m_fd = -1;
    int m_flags = 0;
};

} // namespace

class TestVaultCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_copies;
    std::unique_ptr<Vault> m_vault;
    QString m_recoveryCode;

    // A fresh folder for copies, so each test sees only its own files.
    QString freshCopyFolder()
    {
        static int n = 0;
        const QString name = QStringLiteral("media-%1").arg(++n);
        if (!QDir(m_copies.path()).mkdir(name))
            return {};
        return QDir(m_copies.path()).filePath(name);
    }

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_vault_copy");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_copies.isValid());
        m_vault = createVault(m_dir.filePath(QStringLiteral("Acme Ltd.kamae")), &m_recoveryCode);
        QVERIFY(m_vault);
        QVERIFY(setNotes(*m_vault, QStringLiteral("shared by the tests")));
        QVERIFY(m_vault->save());
    }

    void cleanupTestCase() { m_vault.reset(); }

    void copyOpensWithPassphraseAndRecoveryCode_data()
    {
        QTest::addColumn<crypto::Cipher>("cipher");
        QTest::newRow("AES-256-GCM") << crypto::Cipher::Aes256Gcm;
        QTest::newRow("ChaCha20-Poly1305") << crypto::Cipher::ChaCha20Poly1305;
    }

    void copyOpensWithPassphraseAndRecoveryCode()
    {
        QFETCH(crypto::Cipher, cipher);
        QTemporaryDir dir;
        QString code;
        auto v =
            createVault(dir.filePath(QStringLiteral("a.kamae")), &code, test::cheapOptions(cipher));
        QVERIFY(v);
        QVERIFY(setNotes(*v, QStringLiteral("a row written before the copy")));
        QVERIFY(exec(*v, QStringLiteral("INSERT INTO site (name, region, overseas, notes) "
                                        "VALUES ('倉庫', '埼玉県', 0, 'copy me')")));
        // Not saved: the copy holds the database as it is in memory.
        const domain::Organisation expected = loadOrganisation(*v);
        QCOMPARE(expected.sites.size(), 1);

        const QString media = freshCopyFolder();
        const QString copy = copyOf(*v, media);
        QVERIFY(!copy.isEmpty());

        VaultStatus status;
        auto byPassphrase = Vault::open(copy, kPassphrase, &status, OpenMode::ReadOnly);
        QVERIFY2(byPassphrase, qPrintable(status.message()));
        QVERIFY(loadOrganisation(*byPassphrase) == expected);
        QCOMPARE(byPassphrase->cipher(), cipher);
        byPassphrase.reset();
        auto byCode = Vault::openWithRecoveryCode(copy, code, &status, OpenMode::ReadOnly);
        QVERIFY2(byCode, qPrintable(status.message()));
        QVERIFY(loadOrganisation(*byCode) == expected);
        byCode.reset();

        // Same slots, so the same secrets; a fresh nonce, so the same data
        // key never seals twice with one nonce.
        const vault::Parsed original = vault::parse(test::readFile(v->path()));
        const vault::Parsed copied = vault::parse(test::readFile(copy));
        QCOMPARE(copied.error, vault::ParseError::None);
        QCOMPARE(copied.header.keySlots.size(), original.header.keySlots.size());
        for (int i = 0; i < copied.header.keySlots.size(); ++i) {
            QCOMPARE(copied.header.keySlots.at(i).salt, original.header.keySlots.at(i).salt);
            QCOMPARE(copied.header.keySlots.at(i).wrappedKey,
                     original.header.keySlots.at(i).wrappedKey);
        }
        QVERIFY(copied.header.payloadNonce != original.header.payloadNonce);
        QCOMPARE(copied.header.payloadNonce.size(), qsizetype(crypto::kNonceSize));
        // Copying does not touch the vault's own file or folder.
        QCOMPARE(test::entriesIn(dir.path()),
                 (QStringList{QStringLiteral("a.kamae"), QStringLiteral("a.kamae.lock")}));
    }

    void reportDescribesTheCopy()
    {
        QVERIFY(exec(*m_vault, QStringLiteral("DELETE FROM audit_log")));
        const QString media = freshCopyFolder();
        CopyReport report;
        const QDateTime before = QDateTime::currentDateTime();
        QVERIFY(!copyOf(*m_vault, media, &report).isEmpty());
        const QDateTime after = QDateTime::currentDateTime();
        QVERIFY(!report.lastChange.isValid());

        const QFileInfo info(report.path);
        QVERIFY(info.isAbsolute());
        QCOMPARE(info.absolutePath(), QFileInfo(media).absoluteFilePath());
        QCOMPARE(test::entriesIn(media), QStringList{info.fileName()});
        QCOMPARE(report.bytes, info.size());
        QVERIFY(report.bytes > 0);
        QCOMPARE(report.imageDigest,
                 crypto::sha256(crypto::toByteArray(m_vault->database().serialize())));
        QCOMPARE(report.imageDigest.size(), 32);
        QCOMPARE(report.schemaVersion, store::latestSchemaVersion());

        // "<vault base name> yyyy-MM-dd HHmm.kamae", in local time.
        const QStringList allowed{QStringLiteral("Acme Ltd %1.kamae")
                                      .arg(before.toString(QStringLiteral("yyyy-MM-dd HHmm"))),
                                  QStringLiteral("Acme Ltd %1.kamae")
                                      .arg(after.toString(QStringLiteral("yyyy-MM-dd HHmm")))};
        QVERIFY2(allowed.contains(info.fileName()), qPrintable(info.fileName()));

        // The newest audit entry, in UTC.
        QVERIFY(store::AuditLog(m_vault->database())
                    .record(QStringLiteral("organisation"), 1, QStringLiteral("update"),
                            QStringLiteral("notes"), QStringLiteral("a"), QStringLiteral("b")));
        QSqlQuery q(m_vault->database().sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, entity, entity_id, action) "
                                      "VALUES ('2001-02-03T04:05:06.789Z', 'site', 1, 'create')")));
        const QDateTime newest = QDateTime::fromString(
            scalar(*m_vault, QStringLiteral("SELECT max(at) FROM audit_log")).toString(),
            Qt::ISODateWithMs);
        QVERIFY(newest.isValid());
        QVERIFY(newest.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QVERIFY(!copyOf(*m_vault, media, &report).isEmpty());
        QCOMPARE(report.lastChange, newest);
        QCOMPARE(report.lastChange.timeSpec(), Qt::UTC);
    }

    void verifyCopyAgreesWithWriteCopy()
    {
        const QString media = freshCopyFolder();
        CopyReport written;
        const QString copy = copyOf(*m_vault, media, &written);
        QVERIFY(!copy.isEmpty());
        CopyReport checked;
        const VaultStatus status = m_vault->verifyCopy(copy, &checked);
        QVERIFY2(status, qPrintable(status.message()));
        QCOMPARE(checked.path, written.path);
        QCOMPARE(checked.bytes, written.bytes);
        QCOMPARE(checked.imageDigest, written.imageDigest);
        QCOMPARE(checked.schemaVersion, written.schemaVersion);
        QCOMPARE(checked.lastChange, written.lastChange);
        // A relative path is reported absolute.
        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(media));
        const VaultStatus relative = m_vault->verifyCopy(QFileInfo(copy).fileName(), &checked);
        QDir::setCurrent(cwd);
        QVERIFY2(relative, qPrintable(relative.message()));
        QCOMPARE(checked.path, written.path);
    }

    void copiesInOneMinuteAreNumbered()
    {
        const QString media = freshCopyFolder();
        waitForFreshMinute();
        const QString first = copyOf(*m_vault, media);
        QVERIFY(!first.isEmpty());
        const QByteArray firstBytes = test::readFile(first);
        QVERIFY(setNotes(*m_vault, QStringLiteral("changed between copies")));
        const QString second = copyOf(*m_vault, media);
        const QString third = copyOf(*m_vault, media);
        QVERIFY(!second.isEmpty());
        QVERIFY(!third.isEmpty());

        const QString stem = QFileInfo(first).completeBaseName();
        QCOMPARE(QFileInfo(second).fileName(), stem + QStringLiteral(" (2).kamae"));
        QCOMPARE(QFileInfo(third).fileName(), stem + QStringLiteral(" (3).kamae"));
        QCOMPARE(test::readFile(first), firstBytes);
        QCOMPARE(test::entriesIn(media).size(), 3);
        for (const QString &copy : {first, second, third}) {
            const VaultStatus status = m_vault->verifyCopy(copy, nullptr);
            QVERIFY2(status, qPrintable(status.message()));
        }
        auto older = Vault::open(first, kPassphrase, nullptr, OpenMode::ReadOnly);
        QVERIFY(older);
        QCOMPARE(loadOrganisation(*older).notes, QStringLiteral("shared by the tests"));
    }

    // Whatever sits at the name (a file of someone else's, a dangling link)
    // is left alone, and the copy takes the next number.
    void neverOverwrites()
    {
        const QString media = freshCopyFolder();
        waitForFreshMinute();
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmm"));
        const QString taken = QDir(media).filePath(QStringLiteral("Acme Ltd %1.kamae").arg(stamp));
        const QString link =
            QDir(media).filePath(QStringLiteral("Acme Ltd %1 (2).kamae").arg(stamp));
        QVERIFY(test::writeFile(taken, QByteArray("someone's file\n")));
        QVERIFY(QFile::link(QDir(media).filePath(QStringLiteral("nowhere")), link));
        const QString copy = copyOf(*m_vault, media);
        QVERIFY(!copy.isEmpty());
        QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("Acme Ltd %1 (3).kamae").arg(stamp));
        QCOMPARE(test::readFile(taken), QByteArray("someone's file\n"));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(!QFileInfo::exists(QDir(media).filePath(QStringLiteral("nowhere"))));
    }

    void flippedByteIsDamage()
    {
        const QString media = freshCopyFolder();
        const QString copy = copyOf(*m_vault, media);
        QVERIFY(!copy.isEmpty());
        const QByteArray original = test::readFile(copy);
        const qsizetype payload = payloadStart(original);
        QVERIFY(payload > 14 && payload < original.size());

        for (const qsizetype at : {payload, payload + (original.size() - payload) / 2,
                                   original.size() - 1, qsizetype(20), payload - 1}) {
            QVERIFY(test::writeFile(copy, flipped(original, at)));
            VaultStatus status = m_vault->verifyCopy(copy, nullptr);
            QCOMPARE(status.code(), VaultError::Damaged);
            QVERIFY(!status.message().isEmpty());
            status = Vault::verifyCopyWithPassphrase(copy, kPassphrase, nullptr);
            QCOMPARE(status.code(), VaultError::Damaged);
            // With the passphrase the key is known to be right: plain damage.
            QVERIFY2(!status.message().contains(kNotAThisVaultCopy), qPrintable(status.message()));
        }
        // Proves the checks above fail for the flip alone.
        QVERIFY(test::writeFile(copy, original));
        QVERIFY(m_vault->verifyCopy(copy, nullptr));
    }

    void truncatedCopyIsDamage()
    {
        const QString media = freshCopyFolder();
        const QString copy = copyOf(*m_vault, media);
        QVERIFY(!copy.isEmpty());
        const QByteArray original = test::readFile(copy);
        const qsizetype payload = payloadStart(original);
        for (const qsizetype length : {original.size() - 1, original.size() - 16, payload + 1,
                                       payload, payload - 1, qsizetype(14), qsizetype(8)}) {
            QVERIFY(test::writeFile(copy, original.left(length)));
            VaultStatus status = m_vault->verifyCopy(copy, nullptr);
            if (status.code() != VaultError::Damaged)
                QFAIL(qPrintable(QStringLiteral("length %1: %2")
                                     .arg(length)
                                     .arg(QString::fromLatin1(test::errorName(status.code())))));
            status = Vault::verifyCopyWithPassphrase(copy, kPassphrase, nullptr);
            QCOMPARE(status.code(), VaultError::Damaged);
        }
    }

    void notAKamaeFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("random") << crypto::randomBytes(4096);
        QTest::newRow("text") << QByteArray("Backup of the accounts, 2024\n");
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        QVERIFY(store::migrate(*db.value()));
        QTest::newRow("plain SQLite") << crypto::toByteArray(db.value()->serialize());
    }

    void notAKamaeFile()
    {
        QFETCH(QByteArray, bytes);
        const QString media = freshCopyFolder();
        const QString path = QDir(media).filePath(QStringLiteral("stranger.kamae"));
        QVERIFY(test::writeFile(path, bytes));
        CopyReport report;
        VaultStatus status = m_vault->verifyCopy(path, &report);
        QCOMPARE(status.code(), VaultError::NotAVault);
        QVERIFY(!status.message().isEmpty());
        QCOMPARE(report.path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(report.bytes, qint64(0));
        status = Vault::verifyCopyWithPassphrase(path, kPassphrase, nullptr);
        QCOMPARE(status.code(), VaultError::NotAVault);
        QCOMPARE(test::readFile(path), bytes);
        QCOMPARE(test::entriesIn(media), QStringList{QStringLiteral("stranger.kamae")});
    }

    void missingOrFolderIsNoCopy()
    {
        const QString media = freshCopyFolder();
        VaultStatus status =
            m_vault->verifyCopy(QDir(media).filePath(QStringLiteral("x.kamae")), nullptr);
        QCOMPARE(status.code(), VaultError::NotFound);
        QVERIFY(!status.message().isEmpty());
        status = Vault::verifyCopyWithPassphrase(media, kPassphrase, nullptr);
        QCOMPARE(status.code(), VaultError::NotAVault);
        QCOMPARE(test::entriesIn(media), QStringList());
    }

    // The AEAD cannot tell another key from damage; the message says both.
    void copyOfAnotherVault()
    {
        QTemporaryDir dir;
        const QString otherPassphrase = QStringLiteral("another company's passphrase");
        auto other = createVault(dir.filePath(QStringLiteral("other.kamae")), nullptr,
                                 test::cheapOptions(), otherPassphrase);
        QVERIFY(other);
        const QString media = freshCopyFolder();
        const QString copy = copyOf(*other, media);
        QVERIFY(!copy.isEmpty());
        // Proves it is a good copy, just not of m_vault.
        QVERIFY(other->verifyCopy(copy, nullptr));
        QVERIFY(Vault::verifyCopyWithPassphrase(copy, otherPassphrase, nullptr));

        CopyReport report;
        VaultStatus status = m_vault->verifyCopy(copy, &report);
        QCOMPARE(status.code(), VaultError::Damaged);
        QVERIFY2(status.message().contains(kNotAThisVaultCopy), qPrintable(status.message()));
        QVERIFY(report.imageDigest.isEmpty());
        status = Vault::verifyCopyWithPassphrase(copy, kPassphrase, nullptr);
        QCOMPARE(status.code(), VaultError::WrongPassphrase);
    }

    void verifyWithPassphrase()
    {
        const QString media = freshCopyFolder();
        CopyReport written;
        const QString copy = copyOf(*m_vault, media, &written);
        QVERIFY(!copy.isEmpty());
        CopyReport report;
        VaultStatus status = Vault::verifyCopyWithPassphrase(copy, kPassphrase, &report);
        QVERIFY2(status, qPrintable(status.message()));
        QCOMPARE(report.imageDigest, written.imageDigest);
        QCOMPARE(report.bytes, written.bytes);
        QCOMPARE(report.schemaVersion, written.schemaVersion);

        for (const QString &wrong : {QStringLiteral("correct horse battery staple"), QString(),
                                     kPassphrase + QLatin1Char(' '), m_recoveryCode}) {
            status = Vault::verifyCopyWithPassphrase(copy, wrong, &report);
            QCOMPARE(status.code(), VaultError::WrongPassphrase);
            QVERIFY(!status.message().isEmpty());
            QVERIFY(report.imageDigest.isEmpty());
        }
    }

    void olderCopyVerifiesAfterPassphraseChange()
    {
        QTemporaryDir dir;
        auto v = createVault(dir.filePath(QStringLiteral("a.kamae")));
        QVERIFY(v);
        const QString media = freshCopyFolder();
        const QString before = copyOf(*v, media);
        QVERIFY(!before.isEmpty());
        const QString next = QStringLiteral("新しい合言葉 2025");
        QVERIFY(v->changePassphrase(next));

        VaultStatus status = v->verifyCopy(before, nullptr);
        QVERIFY2(status, qPrintable(status.message()));
        // The old copy keeps the old slot: the old passphrase opens it.
        QVERIFY(Vault::verifyCopyWithPassphrase(before, kPassphrase, nullptr));
        QCOMPARE(Vault::verifyCopyWithPassphrase(before, next, nullptr).code(),
                 VaultError::WrongPassphrase);
        const QString after = copyOf(*v, media);
        QVERIFY(!after.isEmpty());
        QVERIFY(Vault::verifyCopyWithPassphrase(after, next, nullptr));
        QCOMPARE(Vault::verifyCopyWithPassphrase(after, kPassphrase, nullptr).code(),
                 VaultError::WrongPassphrase);
    }

    void verifyingWritesNothing()
    {
        const QString media = freshCopyFolder();
        const QString copy = copyOf(*m_vault, media);
        QVERIFY(!copy.isEmpty());
        const QStringList entries = test::entriesIn(media);
        const QByteArray bytes = test::readFile(copy);
        const QDateTime modified = QFileInfo(copy).lastModified();
        QVERIFY(m_vault->verifyCopy(copy, nullptr));
        QVERIFY(Vault::verifyCopyWithPassphrase(copy, kPassphrase, nullptr));
        QCOMPARE(test::entriesIn(media), entries);
        QVERIFY(!QFileInfo::exists(Vault::lockFilePath(copy)));
        QCOMPARE(test::readFile(copy), bytes);
        QCOMPARE(QFileInfo(copy).lastModified(), modified);
        // Also while another Kamae holds the copy open for writing.
        {
            VaultStatus status;
            auto opened = Vault::open(copy, kPassphrase, &status);
            QVERIFY2(opened, qPrintable(status.message()));
            QVERIFY(QFileInfo::exists(Vault::lockFilePath(copy)));
            QVERIFY(m_vault->verifyCopy(copy, nullptr));
        }
        QCOMPARE(test::entriesIn(media), entries);
    }

    void folderMissingIsCannotWrite()
    {
        const QString media = freshCopyFolder();
        const QString missing = QDir(media).filePath(QStringLiteral("unplugged"));
        CopyReport report;
        report.bytes = 7;
        VaultStatus status = m_vault->writeCopy(missing, &report);
        QCOMPARE(status.code(), VaultError::CannotWrite);
        QVERIFY(!status.message().isEmpty());
        QVERIFY(report.path.isEmpty());
        QCOMPARE(report.bytes, qint64(0));
        status = m_vault->writeCopy(QString(), nullptr);
        QCOMPARE(status.code(), VaultError::CannotWrite);
        // A file where the folder should be.
        const QString file = QDir(media).filePath(QStringLiteral("file"));
        QVERIFY(test::writeFile(file, "x"));
        QCOMPARE(m_vault->writeCopy(file, nullptr).code(), VaultError::CannotWrite);
        QCOMPARE(test::entriesIn(media), QStringList{QStringLiteral("file")});
    }

    void readOnlyFolderIsCannotWrite()
    {
        const QString media = freshCopyFolder();
        VaultStatus status;
        {
            ReadOnlyFolder readOnly(media);
            if (!readOnly.active())
                QSKIP("This folder stays writable even at 0555 (root) and the file system "
                      "refuses chattr +i; diskFullIsCannotWrite and folderMissingIsCannotWrite "
                      "still cover CannotWrite.");
            status = m_vault->writeCopy(media, nullptr);
        }
        QCOMPARE(status.code(), VaultError::CannotWrite);
        QVERIFY(!status.message().isEmpty());
        QCOMPARE(test::entriesIn(media), QStringList());
    }

    void diskFullIsCannotWrite_data()
    {
        QTest::addColumn<int>("noteBytes");
        QTest::addColumn<int>("limit");
        // Random text does not compress: the copy outgrows the limit while
        // it is written, or (small, still in the buffer) when it is flushed.
        QTest::newRow("fails while writing") << 300 * 1024 << 64 * 1024;
        QTest::newRow("fails on flush") << 16 << 256;
    }

    void diskFullIsCannotWrite()
    {
        QFETCH(int, noteBytes);
        QFETCH(int, limit);
        QTemporaryDir dir;
        auto v = createVault(dir.filePath(QStringLiteral("a.kamae")));
        QVERIFY(v);
        QVERIFY(setNotes(*v, QString::fromLatin1(crypto::randomBytes(noteBytes).toBase64())));
        // Else the copy would fit and this test would prove nothing.
        const crypto::SecureBytes image = v->database().serialize();
        QVERIFY(crypto::compressZstd(image.data(), image.size()).size() > std::size_t(limit));
        const QString media = freshCopyFolder();
        VaultStatus status;
        {
            test::FileSizeLimit fileSizeLimit(static_cast<rlim_t>(limit));
            QVERIFY(fileSizeLimit.active());
            status = v->writeCopy(media, nullptr);
        }
        QCOMPARE(status.code(), VaultError::CannotWrite);
        // The cause in plain words, not Qt's "Unknown error" for a short write.
        QVERIFY2(status.message().contains(Vault::writeErrorText(EFBIG)),
                 qPrintable(status.message()));
        QVERIFY(!status.message().contains(QLatin1String("Unknown error")));
        QCOMPARE(test::entriesIn(media), QStringList());
        QVERIFY(v->writeCopy(media, nullptr));
        QCOMPARE(test::entriesIn(media).size(), 1);
    }

    // A database whose references are broken reads back as not intact: the
    // copy is refused and removed, never left looking like a good one.
    void copyThatFailsItsCheckIsRemoved()
    {
        QTemporaryDir dir;
        auto v = createVault(dir.filePath(QStringLiteral("a.kamae")));
        QVERIFY(v);
        QVERIFY(exec(*v, QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")));
        QVERIFY(exec(*v, QStringLiteral("CREATE TABLE child (parent_id INTEGER REFERENCES "
                                        "parent (id))")));
        QVERIFY(exec(*v, QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(exec(*v, QStringLiteral("INSERT INTO child VALUES (42)")));
        QVERIFY(exec(*v, QStringLiteral("PRAGMA foreign_keys = ON")));
        QString problems;
        QVERIFY(!v->database().checkIntegrity(&problems));

        const QString media = freshCopyFolder();
        const VaultStatus status = v->writeCopy(media, nullptr);
        QCOMPARE(status.code(), VaultError::Damaged);
        // The fault is the vault's data, not the medium, and the message says so.
        QVERIFY2(status.message().contains(QStringLiteral("integrity check")),
                 qPrintable(status.message()));
        QCOMPARE(test::entriesIn(media), QStringList());

        QVERIFY(exec(*v, QStringLiteral("DELETE FROM child")));
        QVERIFY(v->writeCopy(media, nullptr));
    }

    void newerVersionIsRefused()
    {
        QTemporaryDir dir;
        auto v = createVault(dir.filePath(QStringLiteral("a.kamae")));
        QVERIFY(v);
        const QString media = freshCopyFolder();
        const QString current = copyOf(*v, media);
        QVERIFY(!current.isEmpty());

        // A newer container format (checksum recomputed, so only the
        // version is wrong).
        const QByteArray original = test::readFile(current);
        QVERIFY(test::writeFile(current, withVersion(original, vault::kFormatVersion)));
        QVERIFY(v->verifyCopy(current, nullptr));
        QVERIFY(test::writeFile(current, withVersion(original, vault::kFormatVersion + 1)));
        QCOMPARE(v->verifyCopy(current, nullptr).code(), VaultError::NewerVersion);
        QCOMPARE(Vault::verifyCopyWithPassphrase(current, kPassphrase, nullptr).code(),
                 VaultError::NewerVersion);

        // A newer schema inside a good container.
        QVERIFY(exec(*v, QStringLiteral("PRAGMA user_version = 999")));
        CopyReport report;
        const QString newer = copyOf(*v, media, &report);
        QVERIFY(!newer.isEmpty());
        QCOMPARE(report.schemaVersion, 999);
        VaultStatus status = v->verifyCopy(newer, &report);
        QCOMPARE(status.code(), VaultError::NewerVersion);
        QVERIFY(!status.message().isEmpty());
        QCOMPARE(Vault::verifyCopyWithPassphrase(newer, kPassphrase, nullptr).code(),
                 VaultError::NewerVersion);
    }

    void readOnlyVaultCanBeCopied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.kamae"));
        QVERIFY(createVault(path));
        const QByteArray before = test::readFile(path);
        VaultStatus status;
        auto v = Vault::open(path, kPassphrase, &status, OpenMode::ReadOnly);
        QVERIFY2(v, qPrintable(status.message()));
        const QString media = freshCopyFolder();
        const QString copy = copyOf(*v, media);
        QVERIFY(!copy.isEmpty());
        QVERIFY(v->verifyCopy(copy, nullptr));
        QCOMPARE(test::entriesIn(dir.path()), QStringList{QStringLiteral("a.kamae")});
        QCOMPARE(test::readFile(path), before);
    }

    void lockedVaultRefuses()
    {
        QTemporaryDir dir;
        auto v = createVault(dir.filePath(QStringLiteral("a.kamae")));
        QVERIFY(v);
        const QString media = freshCopyFolder();
        const QString copy = copyOf(*v, media);
        QVERIFY(!copy.isEmpty());
        v->close();
        QCOMPARE(v->writeCopy(media, nullptr).code(), VaultError::InvalidInput);
        QCOMPARE(v->verifyCopy(copy, nullptr).code(), VaultError::InvalidInput);
        QCOMPARE(test::entriesIn(media), QStringList{QFileInfo(copy).fileName()});
    }

    void plaintextNeverTouchesTheMedia()
    {
        const QString canary = QStringLiteral("CANARY-ゆきだるま-c0py");
        QTemporaryDir dir;
        auto v = createVault(dir.filePath(QStringLiteral("a.kamae")));
        QVERIFY(v);
        QVERIFY(setNotes(*v, canary));
        // Proves the search below would find the canary if it leaked.
        QVERIFY(crypto::toByteArray(v->database().serialize()).contains(canary.toUtf8()));
        const QString media = freshCopyFolder();
        QVERIFY(!copyOf(*v, media).isEmpty());
        QVERIFY(!copyOf(*v, media).isEmpty());
        QList<QByteArray> needles{canary.toUtf8(), QByteArray("CANARY-")};
        QStringEncoder utf16(QStringConverter::Utf16LE);
        needles << QByteArray(utf16(canary));
        const QStringList entries = test::entriesIn(media);
        QCOMPARE(entries.size(), 2);
        for (const QString &name : entries) {
            const QByteArray bytes = test::readFile(QDir(media).filePath(name));
            for (const QByteArray &needle : needles)
                QVERIFY2(!bytes.contains(needle), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultCopy)
#include "tst_vault_copy.moc"
