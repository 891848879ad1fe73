#include "store/Database.h"
#include "store/SqlErrors.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace kamae {
namespace store {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kamae-db-%1").arg(counter.fetchAndAddOrdered(1));
}

} // namespace

Database::Database(QString connectionName) : m_connectionName(std::move(connectionName))
{
    // For listeners in other threads, which hear changesCommitted() queued.
    qRegisterMetaType<kamae::store::ChangeSet>();
}

Database::~Database()
{
    wipe();
}

Result<std::unique_ptr<Database>> Database::createEmpty()
{
    return fromImage({});
}

Result<std::unique_ptr<Database>> Database::fromImage(const crypto::SecureBytes &image)
{
    std::unique_ptr<Database> db(new Database(nextConnectionName()));
    const Status status = db->attach(image);
    if (!status)
        return Result<std::unique_ptr<Database>>::failure(status.error());
    return db;
}

Status Database::attach(const crypto::SecureBytes &image)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Status::failure(tr("The SQLite driver for Qt is not installed."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        return sqlFailure(ErrorCode::Storage, tr("Could not open an in-memory database."),
                          db.lastError());
    sqlite3 *h = handle();
    if (!h)
        return Status::failure(tr("The SQLite driver did not expose its handle."));

    // Always go through deserialize, even for a new database, so the image
    // is one contiguous buffer that wipe() can find and scrub.
    const sqlite3_int64 size = static_cast<sqlite3_int64>(image.size());
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(size > 0 ? size : 1));
    if (!buffer)
        return Status::failure(tr("Not enough memory to open the database."));
    if (size > 0)
        std::memcpy(buffer, image.data(), static_cast<std::size_t>(size));
    const int rc =
        sqlite3_deserialize(h, "main", buffer, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        return Status::failure(
            tr("The database image could not be loaded (SQLite error %1).").arg(rc));

    QSqlQuery q(db);
    // Temporary tables and sort spills stay in memory; a journal in memory
    // keeps ROLLBACK working without a file.
    for (const char *pragma : {"PRAGMA temp_store = MEMORY", "PRAGMA journal_mode = MEMORY",
                               "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlFailure(ErrorCode::Storage, tr("The database could not be configured."),
                              q.lastError());
    }
    // A damaged image can still deserialize; reading the schema proves it.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return sqlFailure(ErrorCode::Storage, tr("The database inside the file is not readable."),
                          q.lastError());
    // Hooked only now: the image loaded above is a new database, not a
    // change anyone has seen, and nobody listens yet.
    sqlite3_commit_hook(h, &Database::onCommit, this);
    sqlite3_rollback_hook(h, &Database::onRollback, this);
    sqlite3_update_hook(h, &Database::onUpdate, this);
    sqlite3_set_authorizer(h, &Database::onAuthorize, this);
    return {};
}

// Which rows changed: SQLite reports every row written to a rowid table
// (foreign-key cascades and ON DELETE SET NULL included) except
// - rows DELETE FROM t without WHERE drops wholesale (the truncate
//   optimization): onAuthorize() turns it off, so they are reported too;
// - rows of a dropped or altered table (DDL): onAuthorize() marks the
//   table as changed as a whole;
// - rows a REPLACE conflict deletes: Kamae writes upserts (INSERT ... ON
//   CONFLICT DO UPDATE) instead, which report the surviving row's update;
// - WITHOUT ROWID tables: Kamae's schema has none (tst_changes checks);
// - a new image (sqlite3_deserialize): only fromImage() loads one, into a
//   new Database, before the hooks are set.
void Database::onUpdate(void *self, int operation, const char *database, const char *table,
                        long long rowId)
{
    if (qstrcmp(database, "main") != 0)
        return;
    const ChangeKind kind = operation == SQLITE_INSERT   ? ChangeKind::Insert
                            : operation == SQLITE_DELETE ? ChangeKind::Delete
                                                         : ChangeKind::Update;
    auto *db = static_cast<Database *>(self);
    // Bulk writes name one table row after row: convert its name once.
    if (db->m_lastTableUtf8 != table) {
        db->m_lastTableUtf8 = table;
        db->m_lastTable = QString::fromUtf8(table);
    }
    db->m_transaction.add(db->m_lastTable, rowId, kind);
}

int Database::onAuthorize(void *self, int action, const char *first, const char *second,
                          const char *, const char *)
{
    auto *db = static_cast<Database *>(self);
    // Called while a statement is prepared, for each thing it will do.
    const bool dropping = action == SQLITE_DROP_TABLE || action == SQLITE_DROP_TEMP_TABLE ||
                          action == SQLITE_DROP_VIEW || action == SQLITE_DROP_TEMP_VIEW ||
                          action == SQLITE_DROP_VTABLE;
    const QByteArray droppedBefore = std::exchange(db->m_authDropping, QByteArray());
    if (dropping && first) {
        // Its rows go without a word: the table changed as a whole. (If the
        // statement then fails, the mark is only a needless look.)
        db->m_authDropping = first;
        db->m_transaction.addWholeTable(QString::fromUtf8(first));
        return SQLITE_OK;
    }
    // ADD COLUMN gives every row a new value without writing any.
    if (action == SQLITE_ALTER_TABLE && second) {
        db->m_transaction.addWholeTable(QString::fromUtf8(second));
        return SQLITE_OK;
    }
    // SQLITE_IGNORE on a DELETE statement still deletes every row, but one
    // by one, so that the update hook sees them (sqlite3_set_authorizer on
    // the truncate optimization). Not on the DELETE check that DROP TABLE
    // makes right after its own: there IGNORE would skip the drop.
    if (action == SQLITE_DELETE && first && qstrncmp(first, "sqlite_", 7) != 0 &&
        droppedBefore != first)
        return SQLITE_IGNORE;
    return SQLITE_OK;
}

void Database::onRollback(void *self)
{
    static_cast<Database *>(self)->m_transaction = ChangeSet();
}

int Database::onCommit(void *self)
{
    auto *db = static_cast<Database *>(self);
    db->m_changeCount.fetch_add(1);
    ChangeSet committed;
    std::swap(committed, db->m_transaction);
    bool pending = false;
    {
        const QMutexLocker lock(&db->m_burstLock);
        if (db->m_burst.isEmpty())
            db->m_burst = std::move(committed);
        else
            db->m_burst.merge(committed);
        pending = std::exchange(db->m_signalPending, true);
    }
    // The hook runs inside SQLite; listeners must not touch the database
    // from here, so they hear about it from the event loop.
    if (!pending)
        QMetaObject::invokeMethod(
            db, [db] { db->publish(); }, Qt::QueuedConnection);
    return 0;
}

ChangeSet Database::unpublishedChanges() const
{
    const QMutexLocker lock(&m_burstLock);
    return m_burst;
}

void Database::publishNow()
{
    publish();
}

void Database::publish()
{
    ChangeSet burst;
    {
        const QMutexLocker lock(&m_burstLock);
        // Published already (publishNow): the queued call finds nothing.
        if (!m_signalPending)
            return;
        std::swap(burst, m_burst);
        m_signalPending = false;
    }
    emit changesCommitted(burst);
    emit changed();
}

sqlite3 *Database::handle() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return nullptr;
    const QVariant v = QSqlDatabase::database(m_connectionName, false).driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

crypto::SecureBytes Database::serialize() const
{
    sqlite3 *h = handle();
    if (!h)
        return {};
    sqlite3_int64 size = 0;
    unsigned char *image = sqlite3_serialize(h, "main", &size, 0);
    if (!image)
        return {};
    crypto::SecureBytes out(image, image + size);
    crypto::scrub(image, static_cast<std::size_t>(size));
    sqlite3_free(image);
    return out;
}

std::pair<const std::uint8_t *, std::size_t> Database::imageView() const
{
    sqlite3 *h = handle();
    if (!h)
        return {nullptr, 0};
    sqlite3_int64 size = 0;
    const unsigned char *image = sqlite3_serialize(h, "main", &size, SQLITE_SERIALIZE_NOCOPY);
    return {image, image ? static_cast<std::size_t>(size) : 0};
}

QString RowCursor::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QDate RowCursor::date(int column) const
{
    const auto *d = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!d)
        return {};
    const int size = sqlite3_column_bytes(m_statement, column);
    const auto digit = [d](int i) {
        return d[i] >= '0' && d[i] <= '9';
    };
    const auto number = [d](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + (d[i] - '0');
        return n;
    };
    if (size == 10 && d[4] == '-' && d[7] == '-' && digit(0) && digit(1) && digit(2) && digit(3) &&
        digit(5) && digit(6) && digit(8) && digit(9)) {
        const int year = number(0, 4);
        if (year > 0)
            return QDate(year, number(5, 2), number(8, 2));
    }
    return QDate::fromString(QString::fromUtf8(d, size), Qt::ISODate);
}

qint64 RowCursor::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

Status Database::readRows(const QString &sql,
                          const std::function<void(const RowCursor &)> &onRow) const
{
    sqlite3 *h = handle();
    if (!h)
        return Status::failure(tr("The database is closed."));
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(h, utf8.constData(), static_cast<int>(utf8.size()), &statement,
                           nullptr) != SQLITE_OK)
        return readFailed(QString::fromUtf8(sqlite3_errmsg(h)));
    const RowCursor cursor(statement);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        onRow(cursor);
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return readFailed(QString::fromUtf8(sqlite3_errmsg(h)));
    return {};
}

int Database::userVersion() const
{
    QSqlQuery q(sql());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::checkIntegrity(QString *details) const
{
    QSqlQuery q(sql());
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << q.lastError().text();
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems << tr("Broken reference in table %1, row %2")
                            .arg(q.value(0).toString(), q.value(1).toString());
    }
    if (details)
        *details = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

void Database::wipe()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    if (sqlite3 *h = handle()) {
        sqlite3_commit_hook(h, nullptr, nullptr);
        sqlite3_rollback_hook(h, nullptr, nullptr);
        sqlite3_update_hook(h, nullptr, nullptr);
        sqlite3_set_authorizer(h, nullptr, nullptr);
        // With NOCOPY SQLite hands out its own contiguous image buffer, which
        // is the database's content; scrub it before SQLite frees it.
        sqlite3_int64 size = 0;
        if (unsigned char *image = sqlite3_serialize(h, "main", &size, SQLITE_SERIALIZE_NOCOPY))
            crypto::scrub(image, static_cast<std::size_t>(size));
        sqlite3_db_release_memory(h);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace store
} // namespace kamae
