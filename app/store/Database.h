#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"
#include "store/ChangeSet.h"

#include <QDate>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace kamae {
namespace store {

// One result row of Database::readRows(), read straight from SQLite.
class RowCursor final
{
public:
    explicit RowCursor(sqlite3_stmt *statement) : m_statement(statement) {}
    QString text(int column) const;
    qint64 integer(int column) const;
    // An ISO date (QDate::fromString(text, Qt::ISODate)), read straight
    // from SQLite's bytes when it is the plain yyyy-MM-dd Kamae writes:
    // three dates a row made parsing a tenth of reading 100,000 assets.
    QDate date(int column) const;

private:
    sqlite3_stmt *m_statement;
};

// One SQLite database that lives only in memory, reached through Qt SQL.
// It is loaded from and saved to a byte image (sqlite3_serialize /
// sqlite3_deserialize on the driver's own handle); no journal, temporary
// file or cache ever touches the disk.
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    ~Database() override;

    // An empty database; the caller runs the migrations.
    static Result<std::unique_ptr<Database>> createEmpty();
    // A database from a serialized image (the decrypted vault payload).
    static Result<std::unique_ptr<Database>> fromImage(const crypto::SecureBytes &image);

    QSqlDatabase sql() const;
    crypto::SecureBytes serialize() const;
    // The live image without a copy; valid until the next write. Empty if
    // the database is not the contiguous in-memory kind.
    std::pair<const std::uint8_t *, std::size_t> imageView() const;

    // Runs a read-only statement and calls onRow for each row. For reading
    // whole tables: it skips Qt SQL's per-value QVariant, about four times
    // faster over 100,000 rows.
    Status readRows(const QString &sql, const std::function<void(const RowCursor &)> &onRow) const;

    int userVersion() const;
    // PRAGMA integrity_check and foreign_key_check; false with details if not clean.
    bool checkIntegrity(QString *details) const;

    // Grows by one for every committed write, synchronously.
    quint64 changeCount() const { return m_changeCount.load(); }

    // Committed changes whose changesCommitted() is still queued: for code
    // that reads right after a write, before the event loop delivers it.
    ChangeSet unpublishedChanges() const;
    // Publishes that burst now (changesCommitted(), changed()) instead of
    // from the event loop: for code that shows its own write at once and
    // wants it reported on its own, not merged with the next. Does nothing
    // when no burst waits.
    void publishNow();

    // Scrubs the in-memory image and closes the connection. Idempotent.
    void wipe();

signals:
    // Queued once per burst of committed writes, after changesCommitted();
    // listeners may query.
    void changed();
    // The same burst, saying which rows of which tables changed: every
    // commit of the burst merged, rolled-back writes left out. Ids are
    // "look again" hints, never proof: a statement that failed inside a
    // transaction that then committed may still name rows it did not keep.
    // Emitted just before changed(), from the event loop.
    void changesCommitted(const kamae::store::ChangeSet &changes);

private:
    explicit Database(QString connectionName);
    Status attach(const crypto::SecureBytes &image);
    sqlite3 *handle() const;
    void publish();
    static int onCommit(void *self);
    static void onRollback(void *self);
    static void onUpdate(void *self, int operation, const char *database, const char *table,
                         long long rowId);
    static int onAuthorize(void *self, int action, const char *first, const char *second,
                           const char *, const char *);

    QString m_connectionName;
    std::atomic<quint64> m_changeCount{0};
    // Rows written by the open transaction: only SQLite's thread touches it.
    ChangeSet m_transaction;
    QByteArray m_lastTableUtf8;
    QByteArray m_authDropping; // the table the statement being prepared drops
    QString m_lastTable;
    // Committed and not yet published; guarded by m_burstLock.
    mutable QMutex m_burstLock;
    ChangeSet m_burst;
    bool m_signalPending = false;
};

} // namespace store
} // namespace kamae
