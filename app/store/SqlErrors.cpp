#include "store/SqlErrors.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStore, "kamae.store")

namespace kamae {
namespace store {

// The detail names tables, columns and constraints, never a bound value:
// the log holds no data of the vault.

Failure readFailed(const QString &detail)
{
    qCWarning(lcStore, "reading failed: %s", qUtf8Printable(detail));
    return {ErrorCode::Storage, StoreText::tr("The vault's data could not be read.")};
}

Failure readFailed(const QSqlError &error)
{
    return readFailed(error.text());
}

Failure readFailed(const QSqlQuery &query)
{
    return readFailed(query.lastError());
}

Failure writeFailed(const QString &detail)
{
    qCWarning(lcStore, "writing failed: %s", qUtf8Printable(detail));
    return {ErrorCode::Storage,
            StoreText::tr("The change could not be written to the vault's data. Nothing was "
                          "changed.")};
}

Failure writeFailed(const QSqlError &error)
{
    return writeFailed(error.text());
}

Failure writeFailed(const QSqlQuery &query)
{
    return writeFailed(query.lastError());
}

Failure writeFailed(const QSqlDatabase &db)
{
    return writeFailed(db.lastError());
}

Failure sqlFailure(ErrorCode code, QString message, const QSqlError &error)
{
    qCWarning(lcStore, "statement failed: %s", qUtf8Printable(error.text()));
    return {code, std::move(message)};
}

} // namespace store
} // namespace kamae
