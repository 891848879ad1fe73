#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// What a person reads when a statement fails. SQLite's own text ("UNIQUE
// constraint failed: asset.name", "no such table") is English written for
// programmers; it goes to the log (category kamae.store) and never into a
// message. The messages say what failed in the person's terms; the failure's
// code is ErrorCode::Storage.
namespace kamae {
namespace store {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::Store)
};

// Reading the vault's data failed.
Failure readFailed(const QString &detail);
Failure readFailed(const QSqlError &error);
Failure readFailed(const QSqlQuery &query);
// Writing failed; the transaction (if any) is rolled back, so nothing changed.
Failure writeFailed(const QString &detail);
Failure writeFailed(const QSqlError &error);
Failure writeFailed(const QSqlQuery &query);
Failure writeFailed(const QSqlDatabase &db);
// A failure with a message of the caller's (a constraint that means "the
// asset no longer exists"), the statement's own text logged.
Failure sqlFailure(ErrorCode code, QString message, const QSqlError &error);

} // namespace store
} // namespace kamae
