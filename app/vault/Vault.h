#pragma once

#include "core/Result.h"
#include "vault/Crypto.h"
#include "vault/VaultFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

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

// The general kind of a vault error, for code that handles Result and
// Status; the command line maps the VaultError itself to its exit codes.
ErrorCode errorCodeOf(VaultError error);

class [[nodiscard]] VaultStatus
{
public:
    VaultStatus() = default;
    VaultStatus(VaultError code, QString message) : m_code(code), m_message(std::move(message)) {}
    VaultStatus(VaultError code, QString message, QString commandLineMessage)
        : m_code(code), m_message(std::move(message)),
          m_commandLineMessage(std::move(commandLineMessage))
    {}
    bool ok() const { return m_code == VaultError::None; }
    explicit operator bool() const { return ok(); }
    VaultError code() const { return m_code; }
    // Translated, for the person: what happened and what to do.
    const QString &message() const { return m_message; }
    // The same for the command line, where nothing stays open after the
    // command: where the window says "your data is still open", this says
    // that the change was not saved and the file is as it was.
    const QString &commandLineMessage() const
    {
        return m_commandLineMessage.isEmpty() ? m_message : m_commandLineMessage;
    }
    // The window's message with errorCodeOf(code()), for a function that
    // returns a Result or a Status. Only for a failure.
    Failure asFailure() const { return {errorCodeOf(m_code), m_message}; }

private:
    VaultError m_code = VaultError::None;
    QString m_message;
    QString m_commandLineMessage;
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

// A decompressed image larger than this is not a database Kamae wrote.
inline constexpr std::size_t kMaxImageSize = std::size_t(4) << 30;

// Test seams.
namespace testing {
// Called at each step of a save where a crash would leave the files in a
// different state ("temporary written", "renamed", "vault saved", ...). A
// test sets a function that ends the process there, to prove that every
// step leaves a good generation. Null in production.
using KillPoint = void (*)(const char *step);
void setKillPoint(KillPoint point);
// What open() does with a payload once it is decrypted: inflates it as
// `compression` says, loads the image, migrates it and checks its values,
// all in memory (no file, no cipher), so the payload fuzzer spends its time
// where outside bytes are read. The result is open()'s status for a file
// whose payload decrypted to these bytes. maxImageSize lowers the limit on
// the inflated image, so that a decompression bomb costs the fuzzer
// milliseconds instead of seconds.
VaultStatus loadPlaintext(CompressionId compression, const std::uint8_t *data, std::size_t size,
                          std::size_t maxImageSize = kMaxImageSize);
} // namespace testing

// One open, unlocked vault file. The decrypted database lives only in
// memory; close() (or the destructor) scrubs keys and data and drops the
// lock file. Not thread-safe: use it from one thread.
class Vault final
{
    Q_DECLARE_TR_FUNCTIONS(kamae::vault::Vault)
    Q_DISABLE_COPY_MOVE(Vault)

public:
    // What a copy on offline media holds, as read back from it.
    struct CopyReport
    {
        QString path; // the copy's absolute path
        qint64 bytes = 0;
        QByteArray imageDigest; // SHA-256 of the plaintext SQLite image in the copy
        int schemaVersion = 0;
        QDateTime lastChange; // newest audit_log.at in the copy (UTC), invalid if none
    };

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
    // open() in two halves, for a window that derives the key on a worker
    // thread and keeps painting: unseal() reads and locks the file, derives
    // the key, decrypts and decompresses, and touches nothing bound to a
    // thread (no Qt SQL); load() then makes the database on the thread that
    // will use the vault (migrating and checking it as open() does). Until
    // load() succeeds the vault is not open; when it fails, the vault is
    // closed (lock released, key and image scrubbed).
    static std::unique_ptr<Vault> unseal(const QString &path, const QString &secret, SlotKind kind,
                                         VaultStatus *status, OpenMode mode = OpenMode::ReadWrite);
    VaultStatus load();

    // Encrypts the current database with a fresh nonce and replaces the file
    // atomically. The file as it was at open time is first copied to
    // backupPath(). On failure the file on disk is untouched.
    VaultStatus save();
    // save() without holding the calling thread: startSave() copies the
    // database image here (the snapshot that is saved; later writes wait
    // for the next save), and a worker thread compresses, encrypts and
    // writes it exactly as save() does, then calls `done` (on the worker).
    // finishSave() waits for it if need be and returns what save() would
    // have. Every other write of this vault (save(), a new passphrase or
    // recovery code, close()) first waits for it, so files are written in
    // the order asked. Fails at once when locked, read-only or already
    // saving.
    VaultStatus startSave(std::function<void()> done);
    bool isSaving() const { return m_saver != nullptr; }
    VaultStatus finishSave();

    // Rewraps the data key under a new passphrase and saves. The recovery
    // code keeps working; the data is not re-keyed.
    VaultStatus changePassphrase(const QString &newPassphrase);
    // Replaces the recovery code slot and saves; the old code stops working.
    VaultStatus replaceRecoveryCode(QString *newCode);
    // True if this passphrase opens this vault (used after an idle lock that
    // could not save, when the data is still in memory).
    bool checkPassphrase(const QString &passphrase) const;
    // The same check, to run on another thread while this vault goes on:
    // the function holds copies of what it needs (the passphrase slot, the
    // cipher, the data key, scrubbed when the function goes).
    std::function<bool(const QString &)> passphraseChecker() const;

    // Writes an encrypted copy of the current database (same key slots, so
    // the same passphrase and recovery code open it; fresh nonce) into
    // `directory`, named "<vault base name> yyyy-MM-dd HHmm.kamae" (" (2)",
    // " (3)"… when taken; never overwrites), then reads it back from disk and
    // verifies it: decrypts with the data key, decompresses, loads it, runs
    // PRAGMA integrity_check, and checks that the image digest equals that
    // of the image that was sealed. On any failure the partial or bad file
    // is removed. Works in either OpenMode: the vault itself is not written.
    // `report` (optional) is filled on success.
    VaultStatus writeCopy(const QString &directory, CopyReport *report) const;
    // Re-checks a copy of THIS vault with this vault's data key: decrypt,
    // decompress, load, integrity check, schema not newer. Never writes,
    // takes no lock file. `report` gets the path always, the rest on success.
    VaultStatus verifyCopy(const QString &path, CopyReport *report) const;
    // The same check with only a passphrase (`kamae backup verify COPY`).
    static VaultStatus verifyCopyWithPassphrase(const QString &path, const QString &passphrase,
                                                CopyReport *report);

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

    // The lock file of the vault at `path`: beside the file itself, after
    // symbolic links are resolved (see canonicalPath()).
    static QString lockFilePath(const QString &path);
    // The vault file a path leads to: absolute, with symbolic links and
    // "." / ".." resolved, so that every way of naming one file gives one
    // path, one lock file and one place to save. For a file that does not
    // exist yet, its folder is resolved and the name kept.
    static QString canonicalPath(const QString &path);

    enum class Audience
    {
        Window,      // the data stays open after a failed save
        CommandLine, // the command ends; the file is as it was
    };
    static QString describe(VaultError code, const QString &path, const QString &detail = {},
                            Audience audience = Audience::Window);
    // Why a write failed, in plain words, from the system's error number:
    // a full disk, a used-up quota, a read-only disk, no permission, a file
    // too large for the disk; otherwise the system's own text (never
    // "Unknown error").
    static QString writeErrorText(int systemError);

    // Largest vault file or copy Kamae reads (256 MiB; a vault with 100,000
    // assets is a few megabytes). Larger files are refused before reading.
    static constexpr qint64 kMaxFileSize = qint64(256) << 20;

private:
    // Who checks a copy, which decides where the data key comes from and
    // how a failure is worded.
    enum class CopyCheck
    {
        JustWritten,    // writeCopy() reading back what it wrote
        ThisVault,      // verifyCopy(): this vault's data key
        WithPassphrase, // verifyCopyWithPassphrase(): the passphrase slot
    };

    Vault();
    static std::unique_ptr<Vault> openWith(const QString &path, const QString &secret,
                                           SlotKind kind, VaultStatus *status, OpenMode mode);
    VaultStatus acquireLock();
    // With the lock held: removes what a Kamae killed while saving this
    // vault left behind (see docs/vault-format.md, "Files beside a vault").
    void removeLeftovers(const QString &directory) const;
    VaultStatus replaceSlotAndSave(SlotKind kind, const crypto::SecureBytes &secret);
    VaultStatus saveFile(QByteArray *written);
    VaultStatus writeFile(const QByteArray &bytes);
    VaultStatus fail(VaultError code, const QString &detail = {}) const;

    // The whole file for the current database: the current slots, a fresh
    // payload nonce, sealed with the data key. Shared by save() and
    // writeCopy(). Returns an empty string or why it failed; imageDigest,
    // if given, receives the SHA-256 of the exact image that was sealed.
    QString sealDatabase(Header *header, QByteArray *file, QByteArray *imageDigest) const;
    // The sealing itself, of any image, with this header's slots and key.
    static QString sealImage(const std::uint8_t *data, std::size_t size, const Header &current,
                             const crypto::SecureBytes &dataKey, Header *header, QByteArray *file);
    struct BackgroundSave;
    static std::optional<crypto::SecureBytes>
    unwrapSlot(const KeySlot &slot, const crypto::SecureBytes &secret, crypto::Cipher cipher);
    // Opens the payload's AEAD and inflates it. On failure *authentic says
    // whether the tag verified (so the key was right and the content bad).
    static bool openPayload(const Parsed &parsed, const crypto::SecureBytes &dataKey,
                            crypto::SecureBytes *image, bool *authentic);
    static bool inflate(CompressionId compression, crypto::SecureBytes plain, std::size_t maxSize,
                        crypto::SecureBytes *image);
    // open()'s steps after the decryption (inflate, load, migrate, check),
    // for testing::loadPlaintext().
    static VaultStatus loadPlaintext(CompressionId compression, crypto::SecureBytes plain,
                                     std::size_t maxImageSize);
    friend VaultStatus testing::loadPlaintext(CompressionId, const std::uint8_t *, std::size_t,
                                              std::size_t);
    // Reads and checks a copy. `key` is the data key, or for WithPassphrase
    // the passphrase bytes. A non-empty expectedDigest must match the image.
    // For JustWritten the message is only the reason, which writeCopy()
    // words for the person. integrityProblems (optional) is set when the
    // image decrypted and matched but SQLite found it not intact.
    static VaultStatus checkCopy(const QString &path, CopyCheck check,
                                 const crypto::SecureBytes &key, const QByteArray &expectedDigest,
                                 CopyReport *report, QString *integrityProblems = nullptr);
    static VaultStatus copyNotWritten(const QString &where, const QString &detail);

    QString m_path;
    OpenMode m_mode = OpenMode::ReadWrite;
    Header m_header;
    crypto::SecureBytes m_dataKey;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<QLockFile> m_lock;
    QByteArray m_fileAtOpen;            // ciphertext only; becomes the backup on first save
    crypto::SecureBytes m_pendingImage; // unsealed, not yet loaded (load())
    bool m_backupWritten = false;
    QString m_backupDirectory;
    QString m_backupWarning;
    QString m_preMigrationCopy;
    std::unique_ptr<BackgroundSave> m_saver; // a startSave() not yet finished
};

} // namespace vault
} // namespace kamae
