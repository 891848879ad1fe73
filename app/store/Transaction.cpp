#include "store/Transaction.h"

#include "store/Database.h"
#include "store/SqlErrors.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace kamae {
namespace store {

namespace {

// True when the connection is inside a transaction (SQLite's own word for
// it, so a migration's hand-written BEGIN counts too).
bool inTransaction(const QSqlDatabase &sql)
{
    const QVariant v = sql.driver() ? sql.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *h = *static_cast<sqlite3 *const *>(v.data());
    return h && sqlite3_get_autocommit(h) == 0;
}

bool run(const QSqlDatabase &sql, const QString &statement, QSqlError *error)
{
    QSqlQuery q(sql);
    if (q.exec(statement))
        return true;
    *error = q.lastError();
    return false;
}

} // namespace

Transaction::Transaction(Database &db) : m_sql(db.sql())
{
    if (inTransaction(m_sql)) {
        // Unique per process, so that savepoints of any depth never share a name.
        static quint64 counter = 0;
        m_savepoint = QStringLiteral("kamae_%1").arg(++counter);
        QSqlError error;
        if (run(m_sql, QStringLiteral("SAVEPOINT ") + m_savepoint, &error))
            m_open = true;
        else
            m_beginFailure = writeFailed(error);
    } else if (m_sql.transaction()) {
        m_open = true;
    } else {
        m_beginFailure = writeFailed(m_sql);
    }
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    Q_ASSERT_X(m_open || !m_committed, "Transaction::commit", "committed twice");
    if (!m_open)
        return m_committed ? Status() : Status(m_beginFailure);
    QSqlError error;
    const bool done = isSavepoint()
                          ? run(m_sql, QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint, &error)
                          : m_sql.commit();
    if (!done)
        return isSavepoint() ? writeFailed(error) : writeFailed(m_sql);
    m_open = false;
    m_committed = true;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlError error;
    if (isSavepoint()) {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it.
        if (run(m_sql, QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint, &error))
            run(m_sql, QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint, &error);
        else
            qCWarning(lcStore, "rolling back a savepoint failed: %s", qUtf8Printable(error.text()));
    } else if (!m_sql.rollback()) {
        qCWarning(lcStore, "rolling back failed: %s", qUtf8Printable(m_sql.lastError().text()));
    }
}

} // namespace store
} // namespace kamae
