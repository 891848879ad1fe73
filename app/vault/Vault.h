#pragma once

#include "vault/Crypto.h"
#include "vault/VaultFormat.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

namespace kamae {
namespace vault {

enum class VaultError
{
    None,
    NotFound,        // no file at that path
    CannotRead,      // the file exists but could not be read
    NotAVault,       // not a Kamae file at all
    Damaged,         // a Kamae file whose bytes were damaged or modified
    NewerVersion,    // written by a newer Kamae
    WrongPassphrase, // the passphrase slot did not open
    WrongRecoveryCode,
    LockedByOther, // another Kamae has it open
    CannotWrite,   // disk full, read-only folder, failing device
    AlreadyExists, // create() would overwrite a file
    UpgradeFailed, // the schema migration failed; nothing was written
    InvalidInput,  // empty passphrase, malformed recovery code, …
};

class VaultStatus
{
public:
    VaultStatus() = default;
    VaultStatus(VaultError code, QString message) : m_code(code), m_message(std::move(message)) {}
    bool ok() const { return m_code == VaultError::None; }
    explicit operator bool() const { return ok(); }
    VaultError code() const { return m_code; }
    // Translated, for the person: what happened and what to do.
    const QString &message() const { return m_message; }

private:
    VaultError m_code = VaultError::None;
    QString m_message;
};

enum class OpenMode
{
    ReadWrite, // takes the lock file; save() allowed
    ReadOnly,  // for verifying copies; never writes anything
};

struct CreateOptions
{
    crypto::KdfParams kdf;
    crypto::Cipher cipher = crypto::Cipher::Aes256Gcm;

    // Argon2id tuned on this machine: about half a second, 64 MiB.
    static CreateOptions tuned();
};

// One open, unlocked vault file. The decrypted database lives only in
// memory; close() (or the destructor) scrubs keys and data and drops the
// lock file. Not thread-safe: use it from one thread.
class Vault final
{
    Q_DECLARE_TR_FUNCTIONS(kamae::vault::Vault)
    Q_DISABLE_COPY_MOVE(Vault)

public:
    ~Vault();

    // Creates the file with an empty, migrated database and the organisation
    // name. The recovery code is returned once and never stored in clear.
    static std::unique_ptr<Vault> create(const QString &path, const QString &passphrase,
                                         const QString &organisationName,
                                         const CreateOptions &options, QString *recoveryCode,
                                         VaultStatus *status);
    static std::unique_ptr<Vault> open(const QString &path, const QString &passphrase,
                                       VaultStatus *status, OpenMode mode = OpenMode::ReadWrite);
    static std::unique_ptr<Vault> openWithRecoveryCode(const QString &path,
                                                       const QString &recoveryCode,
                                                       VaultStatus *status,
                                                       OpenMode mode = OpenMode::ReadWrite);

    // Encrypts the current database with a fresh nonce and replaces the file
    // atomically. The file as it was at open time is first copied to
    // backupPath(). On failure the file on disk is untouched.
    VaultStatus save();

    // Rewraps the data key under a new passphrase and saves. The recovery
    // code keeps working; the data is not re-keyed.
    VaultStatus changePassphrase(const QString &newPassphrase);
    // Replaces the recovery code slot and saves; the old code stops working.
    VaultStatus replaceRecoveryCode(QString *newCode);
    // True if this passphrase opens this vault (used after an idle lock that
    // could not save, when the data is still in memory).
    bool checkPassphrase(const QString &passphrase) const;

    void close();
    bool isOpen() const;

    store::Database &database();
    const store::Database &database() const;

    QString path() const { return m_path; }
    OpenMode mode() const { return m_mode; }
    crypto::KdfParams kdfParams() const;
    crypto::Cipher cipher() const { return m_header.cipher; }

    // Where the previous generation goes; empty means beside the vault.
    void setBackupDirectory(const QString &directory) { m_backupDirectory = directory; }
    QString backupPath() const;
    // Set when a save wrote the vault but not its backup copy.
    QString backupWarning() const { return m_backupWarning; }
    // Set when open() upgraded the schema: the untouched pre-upgrade file.
    QString preMigrationCopy() const { return m_preMigrationCopy; }

    static QString lockFilePath(const QString &path);
    static QString describe(VaultError code, const QString &path, const QString &detail = {});

private:
    Vault();
    static std::unique_ptr<Vault> openWith(const QString &path, const QString &secret,
                                           SlotKind kind, VaultStatus *status, OpenMode mode);
    VaultStatus acquireLock();
    VaultStatus replaceSlotAndSave(SlotKind kind, const crypto::SecureBytes &secret);
    VaultStatus writeFile(const QByteArray &bytes);
    VaultStatus fail(VaultError code, const QString &detail = {}) const;

    QString m_path;
    OpenMode m_mode = OpenMode::ReadWrite;
    Header m_header;
    crypto::SecureBytes m_dataKey;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<QLockFile> m_lock;
    QByteArray m_fileAtOpen; // ciphertext only; becomes the backup on first save
    bool m_backupWritten = false;
    QString m_backupDirectory;
    QString m_backupWarning;
    QString m_preMigrationCopy;
};

} // namespace vault
} // namespace kamae
