#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace kamae {
namespace store {

class Database;

// One unit of work on the vault's database: begins when made, commit()
// makes it permanent, and whatever is not committed is rolled back when it
// goes out of scope (an early return, a failed statement).
//
//     Transaction tx(m_db);
//     if (!tx)
//         return tx.failure();
//     ... statements; on failure just return ...
//     return tx.commit();
//
// Nesting is supported: made while the database is already inside a
// transaction (another Transaction further up the stack, or a migration's
// BEGIN), it is a SAVEPOINT. Its commit() keeps its work for the outer
// transaction to commit; its rollback undoes its own work only. So a
// repository method can always open its own Transaction, and a desk can
// wrap several such calls in one.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();

    // True when the transaction (or savepoint) began.
    explicit operator bool() const { return m_open || m_committed; }
    // Why it did not begin (for `return tx.failure();`).
    Failure failure() const { return m_beginFailure; }
    bool isSavepoint() const { return !m_savepoint.isEmpty(); }

    // Commits (or releases the savepoint). On failure the work stays
    // uncommitted and is rolled back with the Transaction. Committing twice
    // or after rollback() is a programming error.
    Status commit();
    // Rolls back now rather than at the end of the scope.
    void rollback();

private:
    QSqlDatabase m_sql;
    QString m_savepoint; // empty for the outermost transaction
    bool m_open = false;
    bool m_committed = false;
    Failure m_beginFailure;
};

} // namespace store
} // namespace kamae
