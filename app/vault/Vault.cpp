#include "vault/Vault.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/ValueChecks.h"
#include "vault/RecoveryCode.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlQuery>

#include <optional>

namespace kamae {
namespace vault {

namespace {

// Writes everything and renames it into place, or leaves the target alone.
// QSaveFile::commit() (Qt 6.4) ignores a failure of its final buffer flush
// and still renames: with a full disk a small file would replace the vault
// truncated. Flushing first surfaces that failure before the rename.
bool writeAndCommit(QSaveFile &out, const QByteArray &bytes, QString *error)
{
    if (out.write(bytes) != bytes.size() || !out.flush()) {
        *error = out.errorString();
        out.cancelWriting();
        return false;
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
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
    if (parsed.header.compression == CompressionId::Zlib) {
        auto inflated = crypto::decompress(*plain, kMaxImageSize);
        if (!inflated)
            return false;
        *image = std::move(*inflated);
    } else {
        *image = std::move(*plain);
    }
    return true;
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
    return path + QStringLiteral(".lock");
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

QString Vault::describe(VaultError code, const QString &path, const QString &detail)
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
        return tr("%1 is already open in another Kamae (%2). Close it there first.")
            .arg(name, detail);
    case VaultError::CannotWrite:
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
    return VaultStatus(code, describe(code, m_path, detail));
}

VaultStatus Vault::acquireLock()
{
    m_lock = std::make_unique<QLockFile>(lockFilePath(m_path));
    // Only a dead process makes a lock stale, never its age: an open vault
    // may sit untouched for days.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return {};
    const QLockFile::LockError error = m_lock->error();
    m_lock.reset();
    if (error == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        QLockFile probe(lockFilePath(m_path));
        probe.getLockInfo(&pid, &host, &app);
        return fail(VaultError::LockedByOther, tr("process %1 on %2").arg(pid).arg(host));
    }
    return fail(VaultError::CannotWrite, tr("the lock file %1 could not be created")
                                             .arg(QDir::toNativeSeparators(lockFilePath(m_path))));
}

std::unique_ptr<Vault> Vault::create(const QString &path, const QString &passphrase,
                                     const QString &organisationName, const CreateOptions &options,
                                     QString *recoveryCode, VaultStatus *status)
{
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_path = QFileInfo(path).absoluteFilePath();
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
    if (QFileInfo::exists(vault->m_path))
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

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
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
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_path = QFileInfo(path).absoluteFilePath();
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

    const QFileInfo info(vault->m_path);
    if (!info.exists())
        return done(vault->fail(VaultError::NotFound));
    if (info.isDir() || info.size() > kMaxFileSize)
        return done(vault->fail(VaultError::NotAVault));
    // Take the lock before reading, so nobody can write between our read
    // and our first save.
    if (mode == OpenMode::ReadWrite) {
        if (VaultStatus s = vault->acquireLock(); !s)
            return done(s);
    }
    QFile file(vault->m_path);
    if (!file.open(QIODevice::ReadOnly))
        return done(vault->fail(VaultError::CannotRead, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return done(vault->fail(VaultError::CannotRead, file.errorString()));
    file.close();

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

    crypto::SecureBytes image;
    bool authentic = false;
    if (!openPayload(parsed, vault->m_dataKey, &image, &authentic))
        return done(vault->fail(VaultError::Damaged));

    auto db = store::Database::fromImage(image);
    if (!db)
        return done(vault->fail(VaultError::Damaged));
    vault->m_database = std::move(db.value());

    const int schema = vault->m_database->userVersion();
    if (schema > store::latestSchemaVersion())
        return done(vault->fail(VaultError::NewerVersion));
    if (schema < store::latestSchemaVersion()) {
        if (mode == OpenMode::ReadWrite) {
            // Keep the file exactly as it was before the upgrade.
            const QString copy = vault->m_path + QStringLiteral(".schema%1.bak").arg(schema);
            QSaveFile out(copy);
            QString error;
            if (!out.open(QIODevice::WriteOnly))
                return done(vault->fail(VaultError::CannotWrite, out.errorString()));
            if (!writeAndCommit(out, bytes, &error))
                return done(vault->fail(VaultError::CannotWrite, error));
            vault->m_preMigrationCopy = copy;
        }
        if (Status s = store::migrate(*vault->m_database); !s)
            return done(vault->fail(VaultError::UpgradeFailed, s.error()));
    }
    if (Status s = store::checkStoredValues(*vault->m_database); !s)
        return done(vault->fail(VaultError::Damaged, s.error()));
    vault->m_fileAtOpen = bytes;
    return done({});
}

VaultStatus Vault::writeFile(const QByteArray &bytes)
{
    QSaveFile out(m_path);
    // Never fall back to writing the target in place: a crash half-way
    // would then leave a torn file.
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return fail(VaultError::CannotWrite, out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString error;
    if (!writeAndCommit(out, bytes, &error))
        return fail(VaultError::CannotWrite, error);
    return {};
}

QString Vault::sealDatabase(Header *header, QByteArray *file, QByteArray *imageDigest) const
{
    // Compress (and hash) straight from SQLite's own buffer: no copy of the
    // plaintext.
    crypto::SecureBytes compressed;
    if (const auto [data, size] = m_database->imageView(); data && size) {
        if (imageDigest)
            *imageDigest = crypto::sha256(data, size);
        compressed = crypto::compress(data, size);
    } else {
        const crypto::SecureBytes image = m_database->serialize();
        if (image.empty())
            return tr("the database could not be serialized");
        if (imageDigest)
            *imageDigest = crypto::sha256(image.data(), image.size());
        compressed = crypto::compress(image);
    }

    *header = m_header;
    header->compression = CompressionId::Zlib;
    // A fresh nonce for every sealing, copies included: the data key is the
    // same, and AES-GCM must never see one nonce twice under one key.
    header->payloadNonce = crypto::randomBytes(crypto::kNonceSize);
    header->payloadSize = compressed.size() + crypto::kTagSize;
    const QByteArray headerBytes = encodeHeader(*header);
    const auto sealed =
        crypto::seal(header->cipher, m_dataKey, header->payloadNonce, headerBytes, compressed);
    if (!sealed)
        return tr("encryption failed");
    *file = headerBytes + *sealed;
    return {};
}

VaultStatus Vault::save()
{
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
        QSaveFile backup(backupPath());
        backup.setDirectWriteFallback(false);
        QString error;
        if (!backup.open(QIODevice::WriteOnly))
            error = backup.errorString();
        if (error.isEmpty() && writeAndCommit(backup, m_fileAtOpen, &error)) {
            m_backupWritten = true;
        } else {
            m_backupWarning = tr("The backup copy %1 could not be written: %2")
                                  .arg(QDir::toNativeSeparators(backupPath()), error);
        }
    }

    if (VaultStatus s = writeFile(file); !s)
        return s;
    m_header = header;
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
    if (VaultStatus s = save(); !s) {
        // Nothing changed on disk, so the next save still owes the backup.
        m_header = before;
        m_backupWritten = backupWritten;
        return s;
    }
    QFile::remove(backupPath());
    QFile::copy(m_path, backupPath());
    return {};
}

bool Vault::checkPassphrase(const QString &passphrase) const
{
    const KeySlot *slot = m_header.slot(SlotKind::Passphrase);
    if (!slot || passphrase.isEmpty())
        return false;
    const auto key = unwrapSlot(*slot, crypto::passphraseBytes(passphrase), m_header.cipher);
    return key && *key == m_dataKey;
}

void Vault::close()
{
    if (m_database) {
        m_database->wipe();
        m_database.reset();
    }
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
