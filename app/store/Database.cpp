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

Database::Database(QString connectionName) : m_connectionName(std::move(connectionName)) {}

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
    sqlite3_commit_hook(h, &Database::onCommit, this);
    return {};
}

int Database::onCommit(void *self)
{
    auto *db = static_cast<Database *>(self);
    db->m_changeCount.fetch_add(1);
    // The hook runs inside SQLite; listeners must not touch the database
    // from here, so they hear about it from the event loop.
    if (!db->m_signalPending.exchange(true)) {
        QMetaObject::invokeMethod(
            db,
            [db] {
                db->m_signalPending = false;
                emit db->changed();
            },
            Qt::QueuedConnection);
    }
    return 0;
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
