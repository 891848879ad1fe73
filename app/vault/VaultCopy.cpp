// Copies of a vault for offline media, and their verification. A copy is an
// ordinary vault file (same key slots, fresh nonce), so restoring one is
// just opening it; what this adds is writing it without ever replacing a
// file and proving, by reading it back, that it would open.
#include "core/Clock.h"
#include "vault/Vault.h"

#include "core/InputFile.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cerrno>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace kamae {
namespace vault {

namespace {

// More copies than this in one minute is a runaway loop, not a person.
constexpr int kMaxCopiesPerMinute = 999;

// Offline media get unplugged right after the copy: flush() only reaches
// the operating system's cache, so force the bytes onto the device before
// the copy gets its name.
bool syncToDevice(QFileDevice &file)
{
    if (!file.flush())
        return false;
#if defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// Makes the new name itself durable. Best effort: the copy is already
// complete on the device, and some file systems refuse to sync a folder.
void syncDirectory(const QString &directory)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(directory);
#else
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

// A dangling symbolic link does not "exist" for QFileInfo but still blocks
// the name.
bool nameTaken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString copyPath(const QDir &directory, const QString &base, const QString &stamp, int number)
{
    const QString suffix = number > 1 ? QStringLiteral(" (%1)").arg(number) : QString();
    return directory.filePath(base + QLatin1Char(' ') + stamp + suffix + QStringLiteral(".kamae"));
}

// The newest audit entry. AuditLog::record() writes UTC in one fixed ISO
// 8601 form with milliseconds, so the text sorts like the time it names.
QDateTime newestChange(const store::Database &db)
{
    QSqlQuery q(db.sql());
    // A copy from before the first migration has no audit_log: no change.
    if (!q.exec(QStringLiteral("SELECT max(at) FROM audit_log")) || !q.next() ||
        q.value(0).isNull())
        return {};
    const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

VaultStatus Vault::copyNotWritten(const QString &where, const QString &detail)
{
    return VaultStatus(VaultError::CannotWrite,
                       tr("The copy could not be written to %1: %2. The vault itself was not "
                          "changed. Check that the disk or USB stick is connected, writable and "
                          "has free space, then try again.")
                           .arg(QDir::toNativeSeparators(where), detail));
}

VaultStatus Vault::writeCopy(const QString &directory, CopyReport *report) const
{
    if (report)
        *report = CopyReport{};
    if (!isOpen())
        return fail(VaultError::InvalidInput, tr("The vault is locked."));
    const QFileInfo folder(directory);
    if (directory.isEmpty() || !folder.isDir())
        return copyNotWritten(directory, tr("the folder does not exist"));
    const QDir dir(folder.absoluteFilePath());

    Header header;
    QByteArray file;
    QByteArray digest;
    if (const QString error = sealDatabase(&header, &file, &digest); !error.isEmpty())
        return copyNotWritten(dir.path(), error);
    if (digest.isEmpty())
        return copyNotWritten(dir.path(), tr("encryption failed"));

    // Local time: the name is for the person who picks a copy to restore.
    const QString stamp = clock::localNow().toString(QStringLiteral("yyyy-MM-dd HHmm"));
    const QString base = QFileInfo(m_path).completeBaseName();

    // Written under a temporary name (on Linux an unnamed O_TMPFILE) and
    // renamed only when complete, so a file with a copy's name is never half
    // written. QTemporaryFile::rename() refuses an existing target
    // (RENAME_NOREPLACE / link), so a copy never replaces anything, even one
    // another process creates at the same moment. A failed rename closes
    // (and so loses) the temporary file; the next attempt writes it again.
    QString target;
    for (int attempt = 0; attempt < 3 && target.isEmpty(); ++attempt) {
        QTemporaryFile out(dir.filePath(QStringLiteral(".kamae-copy-XXXXXX")));
        if (!out.open())
            return copyNotWritten(dir.path(), out.errorString());
        // Qt 6.4 reports a write cut short by a full disk as success with a
        // smaller count, and a failed flush as "Unknown error"; errno still
        // names the cause ("No space left on device").
        errno = 0;
        if (out.write(file) != file.size() || !syncToDevice(out)) {
            const int cause = errno;
            return copyNotWritten(dir.path(), writeErrorText(cause));
        }

        int number = 1;
        while (number <= kMaxCopiesPerMinute && nameTaken(copyPath(dir, base, stamp, number)))
            ++number;
        if (number > kMaxCopiesPerMinute)
            return copyNotWritten(dir.path(), tr("too many copies were made in this minute"));
        const QString candidate = copyPath(dir, base, stamp, number);
        if (out.rename(candidate)) {
            out.setAutoRemove(false);
            target = candidate;
        } else if (!nameTaken(candidate)) {
            return copyNotWritten(dir.path(), out.errorString());
        }
    }
    if (target.isEmpty())
        return copyNotWritten(dir.path(), tr("the file name was taken while writing"));
    syncDirectory(dir.path());

    // Read back from the file, not from memory. This reads through the
    // system's cache, so it proves the file system has every byte right;
    // the fsync above is what puts them on the device.
    CopyReport readBack;
    QString problems;
    const VaultStatus check =
        checkCopy(target, CopyCheck::JustWritten, m_dataKey, digest, &readBack, &problems);
    if (!check) {
        const QString name = QDir::toNativeSeparators(target);
        const bool removed = QFile::remove(target);
        // The copy holds exactly the open database (the digest matched), so
        // the fault is in the vault's data, not in the medium.
        if (!problems.isEmpty())
            return VaultStatus(
                VaultError::Damaged,
                removed ? tr("No copy was kept: the data in this vault failed its integrity "
                             "check (%1), so a copy would not restore cleanly. The vault itself "
                             "was not changed. Keep its .bak file and your earlier copies: they "
                             "may hold an intact version.")
                              .arg(problems)
                        : tr("The copy %1 holds data that failed its integrity check (%2) and "
                             "could not be deleted. Delete it yourself. The vault itself was not "
                             "changed. Keep its .bak file and your earlier copies: they may hold "
                             "an intact version.")
                              .arg(name, problems));
        if (removed)
            return VaultStatus(VaultError::Damaged,
                               tr("The copy %1 did not read back correctly (%2), so it was "
                                  "deleted. The vault itself was not changed. Try again; if it "
                                  "fails again, use another disk or USB stick.")
                                   .arg(name, check.message()));
        return VaultStatus(VaultError::Damaged,
                           tr("The copy %1 did not read back correctly (%2) and could not be "
                              "deleted. Delete it yourself: it cannot be used to restore. The "
                              "vault itself was not changed.")
                               .arg(name, check.message()));
    }
    if (report)
        *report = readBack;
    return {};
}

VaultStatus Vault::verifyCopy(const QString &path, CopyReport *report) const
{
    if (!isOpen()) {
        if (report)
            *report = CopyReport{};
        return fail(VaultError::InvalidInput, tr("The vault is locked."));
    }
    return checkCopy(path, CopyCheck::ThisVault, m_dataKey, {}, report);
}

VaultStatus Vault::verifyCopyWithPassphrase(const QString &path, const QString &passphrase,
                                            CopyReport *report)
{
    return checkCopy(path, CopyCheck::WithPassphrase, crypto::passphraseBytes(passphrase), {},
                     report);
}

VaultStatus Vault::checkCopy(const QString &path, CopyCheck check, const crypto::SecureBytes &key,
                             const QByteArray &expectedDigest, CopyReport *report,
                             QString *integrityProblems)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (report) {
        *report = CopyReport{};
        report->path = absolute;
    }
    const QString name = QDir::toNativeSeparators(absolute);
    const bool justWritten = check == CopyCheck::JustWritten;
    const QString mismatch = tr("its contents do not match what was written");

    // Damage gets its own wording: the advice for a damaged vault (open the
    // backup or a copy) does not help with a copy.
    const auto failed = [&](VaultError code, const QString &reason) {
        if (justWritten)
            return VaultStatus(VaultError::Damaged, reason);
        if (code == VaultError::Damaged)
            return VaultStatus(code, tr("The copy %1 is damaged or was changed outside Kamae, so "
                                        "it cannot be used to restore. Make a new copy; if this "
                                        "happens again, replace the disk or USB stick.")
                                         .arg(name));
        return VaultStatus(code, describe(code, absolute, reason));
    };

    // Only a regular file of at most kMaxFileSize is read: /dev/zero would
    // read until memory runs out, a FIFO would wait for ever.
    const input::InputFile file = input::readInputFile(absolute, kMaxFileSize);
    switch (file.error) {
    case input::InputFileError::None:
        break;
    case input::InputFileError::NotFound:
        // Just written and already gone is a read failure.
        if (!justWritten)
            return failed(VaultError::NotFound, {});
        return failed(VaultError::CannotRead,
                      tr("it could not be read: %1").arg(qt_error_string(ENOENT)));
    case input::InputFileError::NotRegular:
    case input::InputFileError::TooLarge:
        if (justWritten)
            return failed(VaultError::NotAVault, mismatch);
        return VaultStatus(VaultError::NotAVault,
                           input::describeInputFileError(file, absolute, kMaxFileSize));
    case input::InputFileError::CannotRead:
        return failed(VaultError::CannotRead,
                      justWritten ? tr("it could not be read: %1").arg(file.systemReason)
                                  : file.systemReason);
    }
    const QByteArray &bytes = file.bytes;

    const Parsed parsed = parse(bytes);
    switch (parsed.error) {
    case ParseError::None:
        break;
    case ParseError::NotAVault:
        return failed(VaultError::NotAVault, mismatch);
    case ParseError::Damaged:
        return failed(VaultError::Damaged, mismatch);
    case ParseError::NewerVersion:
        return failed(VaultError::NewerVersion, mismatch);
    }

    crypto::SecureBytes unwrapped;
    const crypto::SecureBytes *dataKey = &key;
    if (check == CopyCheck::WithPassphrase) {
        const KeySlot *slot = parsed.header.slot(SlotKind::Passphrase);
        auto opened =
            slot && !key.empty() ? unwrapSlot(*slot, key, parsed.header.cipher) : std::nullopt;
        if (!opened || opened->size() != crypto::kKeySize)
            return failed(VaultError::WrongPassphrase, {});
        unwrapped = std::move(*opened);
        dataKey = &unwrapped;
    }

    crypto::SecureBytes image;
    bool authentic = false;
    if (!openPayload(parsed, *dataKey, &image, &authentic)) {
        // With only the data key, a damaged payload and a payload sealed
        // under another vault's key fail the AEAD tag in exactly the same
        // way (the tag is all-or-nothing, by design), so Kamae cannot say
        // which it is. The checksum does not help: it covers the header
        // only, and anyone can recompute it. After a passphrase opened the
        // slot, or once the tag verified, the key is right and it is damage.
        if (check == CopyCheck::ThisVault && !authentic)
            return VaultStatus(VaultError::Damaged,
                               tr("The file %1 is damaged, or it is not a copy of this vault; "
                                  "Kamae cannot tell which. If it is a copy of another vault, "
                                  "check it from that vault or with its passphrase. Otherwise "
                                  "make a new copy.")
                                   .arg(name));
        return failed(VaultError::Damaged, mismatch);
    }
    const QByteArray digest = crypto::sha256(image.data(), image.size());
    if (digest.isEmpty() || (!expectedDigest.isEmpty() && digest != expectedDigest))
        return failed(VaultError::Damaged, mismatch);

    auto loaded = store::Database::fromImage(image);
    if (!loaded)
        return failed(VaultError::Damaged, mismatch);
    // Destroying it scrubs the image, on every path out of here.
    const std::unique_ptr<store::Database> db = std::move(loaded.value());
    QString problems;
    if (!db->checkIntegrity(&problems)) {
        if (integrityProblems) {
            // The first finding names the kind of fault; a damaged index can
            // list thousands of rows.
            *integrityProblems = problems.section(QLatin1Char('\n'), 0, 0);
            if (integrityProblems->isEmpty())
                *integrityProblems = QStringLiteral("integrity_check");
        }
        return failed(VaultError::Damaged, mismatch);
    }
    const int schema = db->userVersion();
    if (schema < 0)
        return failed(VaultError::Damaged, mismatch);
    // What was just written is the open database itself (the digest says
    // so); only a copy someone wants to restore must be readable by this
    // Kamae.
    if (!justWritten && schema > store::latestSchemaVersion())
        return failed(VaultError::NewerVersion, {});

    if (report) {
        report->bytes = bytes.size();
        report->imageDigest = digest;
        report->schemaVersion = schema;
        report->lastChange = newestChange(*db);
    }
    return {};
}

} // namespace vault
} // namespace kamae
