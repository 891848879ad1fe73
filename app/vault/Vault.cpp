#include "vault/Vault.h"
#include "core/Clock.h"

#include "core/InputFile.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/ValueChecks.h"
#include "vault/RecoveryCode.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

#include <cerrno>
#include <optional>
#include <thread>

#if defined(Q_OS_WIN)
#include <QSaveFile>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kamae {
namespace vault {

ErrorCode errorCodeOf(VaultError error)
{
    switch (error) {
    case VaultError::None:
        return ErrorCode::None;
    case VaultError::NotFound:
        return ErrorCode::NotFound;
    case VaultError::CannotRead:
    case VaultError::CannotWrite:
    case VaultError::LockedByOther:
    case VaultError::AlreadyExists:
        return ErrorCode::Io;
    case VaultError::NotAVault:
    case VaultError::NewerVersion:
    case VaultError::InvalidInput:
        return ErrorCode::Invalid;
    case VaultError::Damaged:
    case VaultError::WrongPassphrase:
    case VaultError::WrongRecoveryCode:
        return ErrorCode::Crypto;
    case VaultError::UpgradeFailed:
        return ErrorCode::Storage;
    }
    return ErrorCode::Other;
}

namespace testing {
namespace {
KillPoint g_killPoint = nullptr;
} // namespace

void setKillPoint(KillPoint point)
{
    g_killPoint = point;
}

VaultStatus loadPlaintext(CompressionId compression, const std::uint8_t *data, std::size_t size,
                          std::size_t maxImageSize)
{
    return Vault::loadPlaintext(compression, crypto::SecureBytes(data, data + size), maxImageSize);
}
} // namespace testing

namespace {

void killPoint(const char *step)
{
    if (testing::g_killPoint)
        testing::g_killPoint(step);
}

// Temporary files of a save are named ".<target name>.kamae-tmp-XXXXXX"
// beside the target: hidden, and recognisable as Kamae's own, so that
// removeLeftovers() can prove what it deletes.
const QLatin1String kTemporaryMarker(".kamae-tmp-");

// How old a lock file without an owner must be before it counts as left by
// a killed process (a live one fills it in within microseconds).
constexpr qint64 kUnownedLockAgeMs = 10'000;

#if defined(Q_OS_WIN)
// QSaveFile::commit() (Qt 6.4) ignores a failure of its final buffer flush
// and still renames: with a full disk a small file would replace the vault
// truncated. Flushing first surfaces that failure before the rename.
QString writeAtomically(const QString &target, const QByteArray &bytes)
{
    QSaveFile out(target);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    errno = 0;
    if (out.write(bytes) != bytes.size() || !out.flush()) {
        const int cause = errno;
        const QString error = cause ? Vault::writeErrorText(cause) : out.errorString();
        out.cancelWriting();
        return error;
    }
    killPoint("temporary written");
    if (!out.commit())
        return out.errorString();
    killPoint("renamed");
    return {};
}
#else
QString randomSuffix()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray random = crypto::randomBytes(6);
    QString suffix;
    for (const char c : random)
        suffix += QLatin1Char(alphabet[static_cast<unsigned char>(c) % 62]);
    return suffix;
}

void syncDirectory(const QString &directory)
{
    const int fd =
        ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Writes a new file beside the target, forces it onto the device, and
// renames it over the target in one step, so that the target is at every
// moment either the old file or the new one, whole. Never written in
// place. Returns why it failed, in plain words, or an empty string.
QString writeAtomically(const QString &target, const QByteArray &bytes)
{
    const QFileInfo info(target);
    const QDir directory(info.absolutePath());
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temporary = QFile::encodeName(directory.filePath(QLatin1Char('.') + info.fileName() +
                                                         kTemporaryMarker + randomSuffix()));
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return Vault::writeErrorText(errno);
    }
    if (fd < 0)
        return Vault::writeErrorText(EEXIST);
    const auto abandon = [&](int error) {
        if (fd >= 0)
            ::close(fd);
        ::unlink(temporary.constData());
        return Vault::writeErrorText(error);
    };
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::write(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return abandon(n < 0 ? errno : ENOSPC);
        written += n;
    }
    // Some file systems report a full disk only here.
    if (::fsync(fd) != 0)
        return abandon(errno);
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
        return abandon(errno);
    killPoint("temporary written");
    if (::rename(temporary.constData(), QFile::encodeName(target).constData()) != 0)
        return abandon(errno);
    killPoint("renamed");
    // Makes the new name durable; best effort, some file systems refuse.
    syncDirectory(directory.path());
    return {};
}
#endif

VaultStatus inputFailure(const input::InputFile &file, const QString &path)
{
    const QString message = input::describeInputFileError(file, path, Vault::kMaxFileSize);
    switch (file.error) {
    case input::InputFileError::None:
        return {};
    case input::InputFileError::NotFound:
        return VaultStatus(VaultError::NotFound, Vault::describe(VaultError::NotFound, path));
    case input::InputFileError::NotRegular:
    case input::InputFileError::TooLarge:
        return VaultStatus(VaultError::NotAVault, message);
    case input::InputFileError::CannotRead:
        return VaultStatus(VaultError::CannotRead,
                           Vault::describe(VaultError::CannotRead, path, file.systemReason));
    }
    return VaultStatus(VaultError::CannotRead, message);
}

std::optional<KeySlot> makeSlot(SlotKind kind, const crypto::SecureBytes &secret,
                                const crypto::SecureBytes &dataKey, crypto::Cipher cipher,
                                const crypto::KdfParams &params)
{
    KeySlot slot;
    slot.kind = kind;
    slot.kdfParams = params;
    slot.salt = crypto::randomBytes(crypto::kSaltSize);
    slot.nonce = crypto::randomBytes(crypto::kNonceSize);
    const auto slotKey = crypto::deriveKey(secret, slot.salt, params);
    if (!slotKey)
        return std::nullopt;
    auto wrapped = crypto::seal(cipher, *slotKey, slot.nonce, slotAssociatedData(kind), dataKey);
    if (!wrapped)
        return std::nullopt;
    slot.wrappedKey = *wrapped;
    return slot;
}

crypto::SecureBytes recoverySecret(const QString &normalizedCode)
{
    return crypto::toSecure(normalizedCode.toLatin1());
}

void replaceSlot(Header &header, const KeySlot &slot)
{
    if (KeySlot *existing = header.slot(slot.kind))
        *existing = slot;
    else
        header.keySlots.append(slot);
}

} // namespace

std::optional<crypto::SecureBytes>
Vault::unwrapSlot(const KeySlot &slot, const crypto::SecureBytes &secret, crypto::Cipher cipher)
{
    const auto slotKey = crypto::deriveKey(secret, slot.salt, slot.kdfParams);
    if (!slotKey)
        return std::nullopt;
    return crypto::open(cipher, *slotKey, slot.nonce, slotAssociatedData(slot.kind),
                        slot.wrappedKey);
}

bool Vault::openPayload(const Parsed &parsed, const crypto::SecureBytes &dataKey,
                        crypto::SecureBytes *image, bool *authentic)
{
    *authentic = false;
    auto plain = crypto::open(parsed.header.cipher, dataKey, parsed.header.payloadNonce,
                              parsed.headerBytes, parsed.payload);
    if (!plain)
        return false;
    *authentic = true;
    return inflate(parsed.header.compression, std::move(*plain), kMaxImageSize, image);
}

bool Vault::inflate(CompressionId compression, crypto::SecureBytes plain, std::size_t maxSize,
                    crypto::SecureBytes *image)
{
    switch (compression) {
    case CompressionId::None:
        if (plain.size() > maxSize)
            return false;
        *image = std::move(plain);
        return true;
    case CompressionId::Zlib:
        if (auto inflated = crypto::decompressZlib(plain, maxSize)) {
            *image = std::move(*inflated);
            return true;
        }
        return false;
    case CompressionId::Zstd:
        if (auto inflated = crypto::decompressZstd(plain, maxSize)) {
            *image = std::move(*inflated);
            return true;
        }
        return false;
    }
    return false;
}

VaultStatus Vault::loadPlaintext(CompressionId compression, crypto::SecureBytes plain,
                                 std::size_t maxImageSize)
{
    // A vault that was never a file: read-only, so load() neither copies a
    // file before migrating nor tidies a folder.
    Vault vault;
    vault.m_mode = OpenMode::ReadOnly;
    vault.m_dataKey = crypto::SecureBytes(1, 0); // load() refuses a locked vault
    if (!inflate(compression, std::move(plain), std::min(maxImageSize, kMaxImageSize),
                 &vault.m_pendingImage))
        return vault.fail(VaultError::Damaged);
    return vault.load();
}

CreateOptions CreateOptions::tuned()
{
    CreateOptions options;
    options.kdf = crypto::tuneArgon2id(std::chrono::milliseconds(500), 65536);
    return options;
}

Vault::Vault() = default;

Vault::~Vault()
{
    close();
}

QString Vault::lockFilePath(const QString &path)
{
    return canonicalPath(path) + QStringLiteral(".lock");
}

QString Vault::canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString file = info.canonicalFilePath();
    if (!file.isEmpty())
        return file;
    // Not there (yet): resolve the folder, keep the name.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return QDir::cleanPath(info.absoluteFilePath());
    return QDir(folder).filePath(info.fileName());
}

QString Vault::writeErrorText(int systemError)
{
    switch (systemError) {
    case 0:
        return tr("the disk did not take the data (it may be full or have been removed)");
    case ENOSPC:
        return tr("the disk is full");
#if defined(EDQUOT)
    case EDQUOT:
        return tr("your disk quota is used up");
#endif
    case EROFS:
        return tr("the disk is read-only");
    case EACCES:
    case EPERM:
        return tr("Kamae is not allowed to write in that folder");
    case EFBIG:
        return tr("the file is larger than this disk or the system allows");
    case ENOENT:
    case ENOTDIR:
        return tr("the folder no longer exists (was a USB stick or network drive removed?)");
    case EIO:
        return tr("the disk reported a write error");
    default:
        return qt_error_string(systemError);
    }
}

QString Vault::backupPath() const
{
    const QFileInfo info(m_path);
    const QString dir = m_backupDirectory.isEmpty() ? info.absolutePath() : m_backupDirectory;
    return QDir(dir).filePath(info.fileName() + QStringLiteral(".bak"));
}

crypto::KdfParams Vault::kdfParams() const
{
    if (const KeySlot *slot = m_header.slot(SlotKind::Passphrase))
        return slot->kdfParams;
    return {};
}

bool Vault::isOpen() const
{
    return m_database != nullptr;
}

store::Database &Vault::database()
{
    return *m_database;
}

const store::Database &Vault::database() const
{
    return *m_database;
}

QString Vault::describe(VaultError code, const QString &path, const QString &detail,
                        Audience audience)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (code) {
    case VaultError::None:
        return {};
    case VaultError::NotFound:
        return tr("There is no file at %1.").arg(name);
    case VaultError::CannotRead:
        return tr("The file %1 could not be read: %2").arg(name, detail);
    case VaultError::NotAVault:
        return tr("%1 is not a Kamae data file.").arg(name);
    case VaultError::Damaged:
        if (!detail.isEmpty())
            return tr("The file %1 is damaged or was changed outside Kamae (%2), so its contents "
                      "cannot be trusted. Nothing was changed. Open the backup copy (the file "
                      "ending in .bak) or a copy from your offline media instead.")
                .arg(name, detail);
        return tr("The file %1 is damaged or was changed outside Kamae, so its contents cannot be "
                  "trusted. Nothing was changed. Open the backup copy (the file ending in .bak) "
                  "or a copy from your offline media instead.")
            .arg(name);
    case VaultError::NewerVersion:
        return tr("%1 was saved by a newer version of Kamae. Install the latest Kamae to open "
                  "it; the file was not changed.")
            .arg(name);
    case VaultError::WrongPassphrase:
        return tr("The passphrase is not correct. Check the input mode (half-width / full-width) "
                  "and Caps Lock, or unlock with the recovery code.");
    case VaultError::WrongRecoveryCode:
        return tr("This recovery code does not open %1. Check the code on the printed sheet.")
            .arg(name);
    case VaultError::LockedByOther:
        // The holder's id could not be read: a Kamae starting this very
        // moment, or a lock file left empty by a crash or a power cut.
        if (detail.isEmpty())
            return tr("%1 is already open in another Kamae. Close it there first. If no Kamae "
                      "has it open (after a crash or a power cut), delete the lock file %2.")
                .arg(name, QDir::toNativeSeparators(lockFilePath(path)));
        return tr("%1 is already open in another Kamae (%2). Close it there first.")
            .arg(name, detail);
    case VaultError::CannotWrite:
        if (audience == Audience::CommandLine)
            return tr("Kamae could not save %1: %2. The change was not saved; the file is as it "
                      "was before this command.")
                .arg(name, detail);
        return tr("Kamae could not save %1: %2. Your data is still open and nothing was lost. "
                  "Free some disk space or choose a writable folder, then save again.")
            .arg(name, detail);
    case VaultError::AlreadyExists:
        return tr("%1 already exists. Choose another name: a new vault never replaces an "
                  "existing file.")
            .arg(name);
    case VaultError::UpgradeFailed:
        return tr("The data in %1 could not be upgraded for this version of Kamae (%2). The file "
                  "was not changed.")
            .arg(name, detail);
    case VaultError::InvalidInput:
        return detail;
    }
    return detail;
}

VaultStatus Vault::fail(VaultError code, const QString &detail) const
{
    return VaultStatus(code, describe(code, m_path, detail, Audience::Window),
                       describe(code, m_path, detail, Audience::CommandLine));
}

VaultStatus Vault::acquireLock()
{
    // m_path is canonical, so every path to this file names this lock.
    const QString lockPath = lockFilePath(m_path);
    // The holder creates its lock file first and writes its process id and
    // host into it a moment later, and it may release it at any moment: a
    // lock whose owner cannot be read yet is tried again for about half a
    // second, rather than reported as "process 0 on ".
    qint64 pid = 0;
    QString host;
    for (int attempt = 0; attempt < 20; ++attempt) {
        m_lock = std::make_unique<QLockFile>(lockPath);
        // Only a dead process makes a lock stale, never its age: an open
        // vault may sit untouched for days.
        m_lock->setStaleLockTime(0);
        if (m_lock->tryLock(0))
            return {};
        const QLockFile::LockError error = m_lock->error();
        m_lock.reset();
        if (error != QLockFile::LockFailedError)
            return fail(VaultError::CannotWrite, tr("the lock file %1 could not be created")
                                                     .arg(QDir::toNativeSeparators(lockPath)));
        QString app;
        if (QLockFile(lockPath).getLockInfo(&pid, &host, &app) && pid > 0)
            break;
        pid = 0;
        host.clear();
        QThread::msleep(25);
    }
    // QLockFile writes the owner at once after creating the file, so a lock
    // still without one after kUnownedLockAge was left by a process killed
    // in between: nobody holds it, and it would bar the vault for good.
    if (pid == 0) {
        const QDateTime written = QFileInfo(lockPath).lastModified().toUTC();
        if (written.isValid() && written.msecsTo(clock::systemNow()) > kUnownedLockAgeMs) {
            QLockFile(lockPath).removeStaleLockFile();
            m_lock = std::make_unique<QLockFile>(lockPath);
            m_lock->setStaleLockTime(0);
            if (m_lock->tryLock(0))
                return {};
            m_lock.reset();
        }
    }
    QString holder;
    if (pid > 0 && !host.isEmpty())
        holder = tr("process %1 on %2").arg(pid).arg(host);
    else if (pid > 0)
        holder = tr("process %1").arg(pid);
    return fail(VaultError::LockedByOther, holder);
}

void Vault::removeLeftovers(const QString &directory) const
{
    // Only the temporary files of this vault's own saves: while this Kamae
    // holds the lock nobody else saves this vault, so such a file is what a
    // save killed between writing and renaming left behind. Other files,
    // links and folders are never touched.
    const QString name = QFileInfo(m_path).fileName();
    const QRegularExpression ours(
        QStringLiteral("^\\.%1(\\.bak|\\.schema[0-9]+\\.bak)?%2[A-Za-z0-9]{6}$")
            .arg(QRegularExpression::escape(name), QRegularExpression::escape(kTemporaryMarker)));
    const QDir dir(directory);
    const QStringList entries =
        dir.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QString &entry : entries) {
        if (ours.match(entry).hasMatch())
            QFile::remove(dir.filePath(entry));
    }
    // QLockFile takes over a lock left by a dead process under a second
    // lock, "<lock>.rmlock"; killed at that moment, it stays. Taking it
    // succeeds only when its owner is dead; releasing it removes it.
    const QString rmlock = lockFilePath(m_path) + QStringLiteral(".rmlock");
    if (QFileInfo(rmlock).isFile()) {
        QLockFile leftover(rmlock);
        leftover.setStaleLockTime(0);
        if (leftover.tryLock(0))
            leftover.unlock();
    }
}

std::unique_ptr<Vault> Vault::create(const QString &path, const QString &passphrase,
                                     const QString &organisationName, const CreateOptions &options,
                                     QString *recoveryCode, VaultStatus *status)
{
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_path = canonicalPath(path);
    auto done = [&](VaultStatus s) -> std::unique_ptr<Vault> {
        if (status)
            *status = s;
        if (!s.ok()) {
            vault->close();
            return nullptr;
        }
        return std::move(vault);
    };

    if (passphrase.isEmpty())
        return done(vault->fail(VaultError::InvalidInput, tr("The passphrase must not be empty.")));
    if (organisationName.trimmed().isEmpty())
        return done(
            vault->fail(VaultError::InvalidInput, tr("The organisation name must not be empty.")));
    if (!crypto::kdfParamsAcceptable(options.kdf))
        return done(vault->fail(VaultError::InvalidInput, tr("The key derivation settings are "
                                                             "out of range.")));
    // A symbolic link whose target is missing does not "exist" but still
    // names a file; a new vault never replaces anything.
    if (QFileInfo::exists(vault->m_path) || QFileInfo(path).isSymLink() ||
        QFileInfo(vault->m_path).isSymLink())
        return done(vault->fail(VaultError::AlreadyExists));
    if (!QFileInfo(vault->m_path).absoluteDir().exists())
        return done(vault->fail(VaultError::CannotWrite, tr("the folder does not exist")));
    if (VaultStatus s = vault->acquireLock(); !s)
        return done(s);

    vault->m_dataKey = crypto::randomSecret(crypto::kKeySize);
    vault->m_header.cipher = options.cipher;
    const QString code = generateRecoveryCode();
    const auto passSlot = makeSlot(SlotKind::Passphrase, crypto::passphraseBytes(passphrase),
                                   vault->m_dataKey, options.cipher, options.kdf);
    const auto codeSlot =
        makeSlot(SlotKind::RecoveryCode, recoverySecret(normalizeRecoveryCode(code)),
                 vault->m_dataKey, options.cipher, options.kdf);
    if (!passSlot || !codeSlot)
        return done(vault->fail(VaultError::InvalidInput, tr("The key could not be derived.")));
    vault->m_header.keySlots = {*passSlot, *codeSlot};

    auto db = store::Database::createEmpty();
    if (!db)
        return done(vault->fail(VaultError::UpgradeFailed, db.error()));
    vault->m_database = std::move(db.value());
    if (Status s = store::migrate(*vault->m_database); !s)
        return done(vault->fail(VaultError::UpgradeFailed, s.error()));

    const QString now = clock::now().toString(Qt::ISODate);
    QSqlDatabase sql = vault->m_database->sql();
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("INSERT INTO organisation (id, name, updated_at) VALUES (1, ?, ?)"));
    q.addBindValue(organisationName.trimmed());
    q.addBindValue(now);
    bool inserted = q.exec();
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('created_at', ?), "
                             "('created_by', ?)"));
    q.addBindValue(now);
    q.addBindValue(QStringLiteral("Kamae %1").arg(QCoreApplication::applicationVersion()));
    inserted = inserted && q.exec();
    if (!inserted)
        return done(vault->fail(VaultError::UpgradeFailed, tr("the first records could not be "
                                                              "written")));

    if (VaultStatus s = vault->save(); !s)
        return done(s);
    if (recoveryCode)
        *recoveryCode = code;
    return done({});
}

std::unique_ptr<Vault> Vault::open(const QString &path, const QString &passphrase,
                                   VaultStatus *status, OpenMode mode)
{
    return openWith(path, passphrase, SlotKind::Passphrase, status, mode);
}

std::unique_ptr<Vault> Vault::openWithRecoveryCode(const QString &path, const QString &recoveryCode,
                                                   VaultStatus *status, OpenMode mode)
{
    return openWith(path, recoveryCode, SlotKind::RecoveryCode, status, mode);
}

std::unique_ptr<Vault> Vault::openWith(const QString &path, const QString &secret, SlotKind kind,
                                       VaultStatus *status, OpenMode mode)
{
    auto vault = unseal(path, secret, kind, status, mode);
    if (!vault)
        return nullptr;
    if (VaultStatus loaded = vault->load(); !loaded) {
        if (status)
            *status = loaded;
        return nullptr;
    }
    return vault;
}

VaultStatus Vault::load()
{
    if (m_database)
        return {};
    if (m_dataKey.empty())
        return fail(VaultError::InvalidInput, tr("The vault is locked."));
    const auto failed = [this](VaultStatus s) {
        close();
        return s;
    };
    // Moved out: the buffer is scrubbed when this copy goes.
    const crypto::SecureBytes image = std::move(m_pendingImage);
    auto db = store::Database::fromImage(image);
    if (!db)
        return failed(fail(VaultError::Damaged));
    m_database = std::move(db.value());

    const int schema = m_database->userVersion();
    if (schema > store::latestSchemaVersion())
        return failed(fail(VaultError::NewerVersion));
    if (schema < store::latestSchemaVersion()) {
        if (m_mode == OpenMode::ReadWrite) {
            // Keep the file exactly as it was before the upgrade.
            const QString copy = m_path + QStringLiteral(".schema%1.bak").arg(schema);
            if (const QString error = writeAtomically(copy, m_fileAtOpen); !error.isEmpty())
                return failed(fail(VaultError::CannotWrite, error));
            m_preMigrationCopy = copy;
        }
        if (Status s = store::migrate(*m_database); !s)
            return failed(fail(VaultError::UpgradeFailed, s.error()));
    }
    if (Status s = store::checkStoredValues(*m_database); !s)
        return failed(fail(VaultError::Damaged, s.error()));
    if (m_mode == OpenMode::ReadWrite)
        removeLeftovers(QFileInfo(m_path).absolutePath());
    return {};
}

std::unique_ptr<Vault> Vault::unseal(const QString &path, const QString &secret, SlotKind kind,
                                     VaultStatus *status, OpenMode mode)
{
    std::unique_ptr<Vault> vault(new Vault);
    // The file itself, so that a symbolic link, a linked folder or a
    // relative path all lead to one lock file and one place to save.
    vault->m_path = canonicalPath(path);
    vault->m_mode = mode;
    auto done = [&](VaultStatus s) -> std::unique_ptr<Vault> {
        if (status)
            *status = s;
        if (!s.ok()) {
            vault->close();
            return nullptr;
        }
        return std::move(vault);
    };

    crypto::SecureBytes secretBytes;
    if (kind == SlotKind::Passphrase) {
        if (secret.isEmpty())
            return done(vault->fail(VaultError::WrongPassphrase));
        secretBytes = crypto::passphraseBytes(secret);
    } else {
        const QString normalized = normalizeRecoveryCode(secret);
        if (normalized.isEmpty())
            return done(vault->fail(
                VaultError::InvalidInput,
                tr("A recovery code has 24 letters and digits, in six groups of four.")));
        secretBytes = recoverySecret(normalized);
    }

    // A folder, a device (/dev/zero), a FIFO or an oversized file is
    // refused before anything is read or locked.
    if (const input::InputFile found = input::inspectInputFile(vault->m_path, kMaxFileSize);
        !found.ok())
        return done(inputFailure(found, vault->m_path));
    // Take the lock before reading, so nobody can write between our read
    // and our first save.
    if (mode == OpenMode::ReadWrite) {
        if (VaultStatus s = vault->acquireLock(); !s)
            return done(s);
    }
    const input::InputFile file = input::readInputFile(vault->m_path, kMaxFileSize);
    if (!file.ok())
        return done(inputFailure(file, vault->m_path));
    const QByteArray &bytes = file.bytes;

    const Parsed parsed = parse(bytes);
    switch (parsed.error) {
    case ParseError::None:
        break;
    case ParseError::NotAVault:
        return done(vault->fail(VaultError::NotAVault));
    case ParseError::Damaged:
        return done(vault->fail(VaultError::Damaged));
    case ParseError::NewerVersion:
        return done(vault->fail(VaultError::NewerVersion));
    }
    vault->m_header = parsed.header;

    const KeySlot *slot = parsed.header.slot(kind);
    const VaultError wrongSecret =
        kind == SlotKind::Passphrase ? VaultError::WrongPassphrase : VaultError::WrongRecoveryCode;
    if (!slot)
        return done(vault->fail(wrongSecret));
    auto dataKey = unwrapSlot(*slot, secretBytes, parsed.header.cipher);
    if (!dataKey || dataKey->size() != crypto::kKeySize)
        return done(vault->fail(wrongSecret));
    vault->m_dataKey = std::move(*dataKey);

    bool authentic = false;
    if (!openPayload(parsed, vault->m_dataKey, &vault->m_pendingImage, &authentic))
        return done(vault->fail(VaultError::Damaged));
    vault->m_fileAtOpen = bytes;
    return done({});
}

VaultStatus Vault::writeFile(const QByteArray &bytes)
{
    if (const QString error = writeAtomically(m_path, bytes); !error.isEmpty())
        return fail(VaultError::CannotWrite, error);
    return {};
}

QString Vault::sealDatabase(Header *header, QByteArray *file, QByteArray *imageDigest) const
{
    // Compress (and hash) straight from SQLite's own buffer: no copy of the
    // plaintext.
    if (const auto [data, size] = m_database->imageView(); data && size) {
        if (imageDigest)
            *imageDigest = crypto::sha256(data, size);
        return sealImage(data, size, m_header, m_dataKey, header, file);
    }
    const crypto::SecureBytes image = m_database->serialize();
    if (image.empty())
        return tr("the database could not be serialized");
    if (imageDigest)
        *imageDigest = crypto::sha256(image.data(), image.size());
    return sealImage(image.data(), image.size(), m_header, m_dataKey, header, file);
}

QString Vault::sealImage(const std::uint8_t *data, std::size_t size, const Header &current,
                         const crypto::SecureBytes &dataKey, Header *header, QByteArray *file)
{
    const crypto::SecureBytes compressed = crypto::compressZstd(data, size);
    if (compressed.empty())
        return tr("compression failed");

    *header = current;
    // A file opened as version 1 is written as version 2: an older Kamae
    // then says it was made by a newer one instead of calling it damaged.
    header->formatVersion = kFormatVersion;
    header->compression = CompressionId::Zstd;
    // A fresh nonce for every sealing, copies included: the data key is the
    // same, and AES-GCM must never see one nonce twice under one key.
    header->payloadNonce = crypto::randomBytes(crypto::kNonceSize);
    header->payloadSize = compressed.size() + crypto::kTagSize;
    const QByteArray headerBytes = encodeHeader(*header);
    const auto sealed =
        crypto::seal(header->cipher, dataKey, header->payloadNonce, headerBytes, compressed);
    if (!sealed)
        return tr("encryption failed");
    *file = headerBytes + *sealed;
    return {};
}

VaultStatus Vault::save()
{
    return saveFile(nullptr);
}

// What a worker of startSave() is given (copied on the vault's thread) and
// gives back.
struct Vault::BackgroundSave
{
    crypto::SecureBytes image;
    Header current;
    crypto::SecureBytes dataKey;
    QString path;
    QString backupPath;
    QByteArray backupBytes; // the file at open, when the backup is still owed

    Header header;      // what was written
    QString sealError;  // nothing was written
    QString writeError; // the vault file was not replaced
    bool backupTried = false;
    QString backupError;
    std::thread thread;
};

VaultStatus Vault::startSave(std::function<void()> done)
{
    if (m_saver)
        return fail(VaultError::InvalidInput, tr("A save is already running."));
    if (!isOpen())
        return fail(VaultError::InvalidInput, tr("The vault is locked."));
    if (m_mode == OpenMode::ReadOnly)
        return fail(VaultError::CannotWrite, tr("it was opened read-only"));
    auto job = std::make_unique<BackgroundSave>();
    // The snapshot: the image as it is now, whatever is written after.
    job->image = m_database->serialize();
    if (job->image.empty())
        return fail(VaultError::CannotWrite, tr("the database could not be serialized"));
    job->current = m_header;
    job->dataKey = m_dataKey;
    job->path = m_path;
    job->backupPath = backupPath();
    if (!m_backupWritten && !m_fileAtOpen.isEmpty())
        job->backupBytes = m_fileAtOpen;
    BackgroundSave *work = job.get();
    job->thread = std::thread([work, done = std::move(done)] {
        QByteArray file;
        work->sealError = sealImage(work->image.data(), work->image.size(), work->current,
                                    work->dataKey, &work->header, &file);
        crypto::SecureBytes().swap(work->image); // freed, so scrubbed
        if (work->sealError.isEmpty()) {
            if (!work->backupBytes.isEmpty()) {
                work->backupTried = true;
                work->backupError = writeAtomically(work->backupPath, work->backupBytes);
                killPoint("backup written");
            }
            work->writeError = writeAtomically(work->path, file);
        }
        if (done)
            done();
    });
    m_saver = std::move(job);
    return {};
}

VaultStatus Vault::finishSave()
{
    if (!m_saver)
        return {};
    const std::unique_ptr<BackgroundSave> job = std::move(m_saver);
    job->thread.join();
    crypto::scrub(job->dataKey.data(), job->dataKey.size());
    if (!job->sealError.isEmpty())
        return fail(VaultError::CannotWrite, job->sealError);
    if (job->backupTried) {
        m_backupWarning.clear();
        if (job->backupError.isEmpty())
            m_backupWritten = true;
        else
            m_backupWarning = tr("The backup copy %1 could not be written: %2")
                                  .arg(QDir::toNativeSeparators(job->backupPath), job->backupError);
    }
    if (!job->writeError.isEmpty())
        return fail(VaultError::CannotWrite, job->writeError);
    m_header = job->header;
    return {};
}

VaultStatus Vault::saveFile(QByteArray *written)
{
    // A save started in the background goes first: files in the order asked.
    if (m_saver) {
        if (VaultStatus s = finishSave(); !s)
            return s;
    }
    if (!isOpen())
        return fail(VaultError::InvalidInput, tr("The vault is locked."));
    if (m_mode == OpenMode::ReadOnly)
        return fail(VaultError::CannotWrite, tr("it was opened read-only"));

    Header header;
    QByteArray file;
    if (const QString error = sealDatabase(&header, &file, nullptr); !error.isEmpty())
        return fail(VaultError::CannotWrite, error);

    // The generation that was on disk when this session began is kept
    // once, before the first overwrite.
    m_backupWarning.clear();
    if (!m_backupWritten && !m_fileAtOpen.isEmpty()) {
        if (const QString error = writeAtomically(backupPath(), m_fileAtOpen); error.isEmpty()) {
            m_backupWritten = true;
        } else {
            m_backupWarning = tr("The backup copy %1 could not be written: %2")
                                  .arg(QDir::toNativeSeparators(backupPath()), error);
        }
        killPoint("backup written");
    }

    if (VaultStatus s = writeFile(file); !s)
        return s;
    m_header = header;
    if (written)
        *written = file;
    return {};
}

VaultStatus Vault::changePassphrase(const QString &newPassphrase)
{
    if (newPassphrase.isEmpty())
        return fail(VaultError::InvalidInput, tr("The passphrase must not be empty."));
    return replaceSlotAndSave(SlotKind::Passphrase, crypto::passphraseBytes(newPassphrase));
}

VaultStatus Vault::replaceRecoveryCode(QString *newCode)
{
    const QString code = generateRecoveryCode();
    const VaultStatus status =
        replaceSlotAndSave(SlotKind::RecoveryCode, recoverySecret(normalizeRecoveryCode(code)));
    if (status && newCode)
        *newCode = code;
    return status;
}

VaultStatus Vault::replaceSlotAndSave(SlotKind kind, const crypto::SecureBytes &secret)
{
    // The header changes below: a background save of the old one first.
    // Its failure is not this change's: the save below writes it all.
    (void)finishSave();
    if (!isOpen())
        return fail(VaultError::InvalidInput, tr("The vault is locked."));
    const auto slot = makeSlot(kind, secret, m_dataKey, m_header.cipher, kdfParams());
    if (!slot)
        return fail(VaultError::InvalidInput, tr("The key could not be derived."));
    const Header before = m_header;
    const bool backupWritten = m_backupWritten;
    replaceSlot(m_header, *slot);
    // A backup written with the old slot would still open with the old
    // secret: after a change the backup holds the new generation.
    m_backupWritten = true;
    QByteArray written;
    if (VaultStatus s = saveFile(&written); !s) {
        // Nothing changed on disk, so the next save still owes the backup.
        m_header = before;
        m_backupWritten = backupWritten;
        return s;
    }
    killPoint("vault saved");
    // The new generation replaces the backup in one rename, never by
    // deleting it first: at every moment there is a whole backup, the
    // previous one until the rename, this one after.
    if (const QString error = writeAtomically(backupPath(), written); !error.isEmpty())
        m_backupWarning = tr("The backup copy %1 could not be replaced (%2). It still holds the "
                             "previous generation, which opens with the previous secret.")
                              .arg(QDir::toNativeSeparators(backupPath()), error);
    return {};
}

bool Vault::checkPassphrase(const QString &passphrase) const
{
    return passphraseChecker()(passphrase);
}

std::function<bool(const QString &)> Vault::passphraseChecker() const
{
    const KeySlot *found = m_header.slot(SlotKind::Passphrase);
    if (!found || m_dataKey.empty())
        return [](const QString &) {
            return false;
        };
    return [slot = *found, cipher = m_header.cipher,
            dataKey =
                std::make_shared<const crypto::SecureBytes>(m_dataKey)](const QString &passphrase) {
        if (passphrase.isEmpty())
            return false;
        const auto key = unwrapSlot(slot, crypto::passphraseBytes(passphrase), cipher);
        return key && *key == *dataKey;
    };
}

void Vault::close()
{
    // A background save still running finishes writing what it took.
    (void)finishSave();
    if (m_database) {
        m_database->wipe();
        m_database.reset();
    }
    crypto::SecureBytes().swap(m_pendingImage); // freed, so scrubbed
    crypto::scrub(m_dataKey.data(), m_dataKey.size());
    m_dataKey.clear();
    m_fileAtOpen.clear();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

} // namespace vault
} // namespace kamae
