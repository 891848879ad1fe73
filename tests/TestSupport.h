#pragma once

#include "domain/Organisation.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>

#include <csignal>
#include <functional>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

// Helpers shared by the test executables. Header-only so that each test
// stays one .cpp in CMake.
namespace kamae::test {

inline const char *errorName(vault::VaultError code)
{
    using vault::VaultError;
    switch (code) {
    case VaultError::None:
        return "None";
    case VaultError::NotFound:
        return "NotFound";
    case VaultError::CannotRead:
        return "CannotRead";
    case VaultError::NotAVault:
        return "NotAVault";
    case VaultError::Damaged:
        return "Damaged";
    case VaultError::NewerVersion:
        return "NewerVersion";
    case VaultError::WrongPassphrase:
        return "WrongPassphrase";
    case VaultError::WrongRecoveryCode:
        return "WrongRecoveryCode";
    case VaultError::LockedByOther:
        return "LockedByOther";
    case VaultError::CannotWrite:
        return "CannotWrite";
    case VaultError::AlreadyExists:
        return "AlreadyExists";
    case VaultError::UpgradeFailed:
        return "UpgradeFailed";
    case VaultError::InvalidInput:
        return "InvalidInput";
    }
    return "?";
}

// Argon2id at production strength costs about half a second per open; the
// tests open vaults hundreds of times, so they use the smallest accepted
// setting. The format stores the parameters, so nothing else changes.
inline vault::CreateOptions cheapOptions(crypto::Cipher cipher = crypto::Cipher::Aes256Gcm)
{
    vault::CreateOptions options;
    options.kdf = {1024, 1, 1};
    options.cipher = cipher;
    return options;
}

inline void setTestApplication(const char *name)
{
    QCoreApplication::setOrganizationName(QStringLiteral("KamaeTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAMAE_VERSION));
}

// Turns a current database into one from before any migration (schema 0),
// to stand in for a file written by an older release.
inline bool dropAllTables(QSqlDatabase db)
{
    QSqlQuery q(db);
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%'")))
        return false;
    while (q.next())
        tables << q.value(0).toString();
    // Parents and children go in any order.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return false;
    for (const QString &table : tables)
        if (!q.exec(QStringLiteral("DROP TABLE \"%1\"").arg(table)))
            return false;
    return q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) &&
           q.exec(QStringLiteral("PRAGMA user_version = 0"));
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size() && file.flush();
}

// Every entry in a folder, hidden ones included, sorted by name.
inline QStringList entriesIn(const QString &directory)
{
    return QDir(directory).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// An organisation with something in every field, Japanese text included.
inline domain::Organisation sampleOrganisation(const QString &name)
{
    domain::Organisation org;
    org.name = name;
    org.industry = QStringLiteral("製造業");
    org.employees = 42;
    org.securityAction = domain::SecurityActionLevel::TwoStars;
    org.notes = QStringLiteral("IT担当は総務部の兼任。");
    org.sites = {
        {0, QStringLiteral("本社"), QStringLiteral("東京都"), false, QStringLiteral("サーバ室")},
        {0, QStringLiteral("大阪営業所"), QStringLiteral("大阪府"), false, {}},
        {0, QStringLiteral("バンコク事務所"), QStringLiteral("タイ"), true, QStringLiteral("VPN")},
    };
    return org;
}

// Limits the size of any file this process writes, like a full disk or a
// device that fails half-way. Restores the previous limit when it goes out
// of scope, also when a QVERIFY returns early.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        // Without this the kernel kills the process instead of failing write().
        std::signal(SIGXFSZ, SIG_IGN);
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        if (m_ok) {
            rlimit limited = m_previous;
            limited.rlim_cur = bytes;
            m_ok = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
        }
    }
    ~FileSizeLimit()
    {
        if (m_ok)
            ::setrlimit(RLIMIT_FSIZE, &m_previous);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool active() const { return m_ok; }

private:
    rlimit m_previous{};
    bool m_ok = false;
};

// Runs `check` in a child process and returns its exit code, or -1 when
// the child died (killed after `seconds`, or out of memory), or 125 when
// `check` threw. Guards tests whose regression would hang the suite (a file
// that reads for ever) or eat the machine's memory (a decompression bomb):
// the child is stopped by an alarm and its address space capped at 2 GiB.
inline int inChild(const std::function<int()> &check, unsigned seconds = 120)
{
    const pid_t child = ::fork();
    if (child == 0) {
        ::alarm(seconds);
        // Not under AddressSanitizer or ThreadSanitizer: their shadow memory
        // alone is terabytes of address space, so the child could map
        // nothing more.
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
        const rlimit memory{rlim_t(2) << 30, rlim_t(2) << 30};
        ::setrlimit(RLIMIT_AS, &memory);
#endif
        int code = 125;
        try {
            code = check();
        } catch (...) {
        }
        ::_exit(code); // never back into the test runner
    }
    if (child < 0)
        return -2;
    int wstatus = 0;
    if (::waitpid(child, &wstatus, 0) != child)
        return -2;
    return WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1;
}

} // namespace kamae::test

// QCOMPARE prints vault error codes by name.
namespace QTest {
template <> inline char *toString(const kamae::vault::VaultError &code)
{
    return qstrdup(kamae::test::errorName(code));
}
} // namespace QTest
