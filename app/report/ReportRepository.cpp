#include "report/ReportRepository.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace kamae {
namespace store {

using sql::dateText;
using sql::text;

namespace {

struct ReportRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::ReportRepository)
};

const QString kEntity = QStringLiteral("report");

QString metricsJson(const QHash<QString, double> &metrics)
{
    QJsonObject o;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QHash<QString, double> readMetrics(const QString &json)
{
    QHash<QString, double> metrics;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isDouble())
            metrics.insert(it.key(), it.value().toDouble());
    }
    return metrics;
}

const QString kColumns = QStringLiteral("id, created_at, language, period, period_from, period_to,"
                                        " total, prepared_by, destination, pages, metrics");

report::ReportRecord readRecord(const QSqlQuery &q)
{
    report::ReportRecord r;
    r.id = q.value(0).toLongLong();
    r.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    r.language = q.value(2).toString();
    r.period = report::periodFromKey(q.value(3).toString()).value_or(report::Period::Last90Days);
    r.from = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.to = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.total = q.value(6).toDouble();
    r.preparedBy = q.value(7).toString();
    r.destination = q.value(8).toString();
    r.pages = q.value(9).toInt();
    r.metrics = readMetrics(q.value(10).toString());
    return r;
}

} // namespace

Result<QVector<report::ReportRecord>> ReportRepository::all() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM report_history ORDER BY created_at DESC, id DESC")
                    .arg(kColumns)))
        return readFailed(q);
    QVector<report::ReportRecord> records;
    while (q.next())
        records.append(readRecord(q));
    return records;
}

Result<std::optional<report::ReportRecord>> ReportRepository::latest() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral(
                    "SELECT %1 FROM report_history ORDER BY created_at DESC, id DESC LIMIT 1")
                    .arg(kColumns)))
        return readFailed(q);
    if (!q.next())
        return std::optional<report::ReportRecord>();
    return std::optional<report::ReportRecord>(readRecord(q));
}

Result<report::ReportRecord> ReportRepository::add(const report::ReportRecord &record)
{
    if (!record.createdAt.isValid() || !record.from.isValid() || !record.to.isValid() ||
        record.total < 0 || record.total > 100 ||
        (record.language != QLatin1String("ja") && record.language != QLatin1String("en")))
        return Result<report::ReportRecord>::failure(ReportRepositoryText::tr(
            "A report record needs a time, a period, a language (ja or en) and a total of "
            "0–100."));
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO report_history (created_at, language, period,"
                             " period_from, period_to, total, prepared_by, destination, pages,"
                             " metrics) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.createdAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(record.language);
    q.addBindValue(report::periodKey(record.period));
    q.addBindValue(dateText(record.from));
    q.addBindValue(dateText(record.to));
    q.addBindValue(record.total);
    q.addBindValue(text(record.preparedBy));
    q.addBindValue(text(record.destination));
    q.addBindValue(record.pages);
    q.addBindValue(metricsJson(record.metrics));
    if (!q.exec())
        return writeFailed(q);
    report::ReportRecord stored = record;
    stored.id = q.lastInsertId().toLongLong();
    stored.createdAt =
        QDateTime::fromString(record.createdAt.toUTC().toString(Qt::ISODate), Qt::ISODate);
    if (Status s = AuditLog(m_db).record(kEntity, stored.id, QStringLiteral("create"),
                                         QStringLiteral("destination"), {}, stored.destination);
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return stored;
}

Status ReportRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM report_history WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return writeFailed(q);
    if (q.numRowsAffected() == 0)
        return Status::failure(
            ErrorCode::NotFound,
            ReportRepositoryText::tr("That report is no longer in the history."));
    if (Status s = AuditLog(m_db).record(kEntity, id, QStringLiteral("delete")); !s)
        return s;
    return tx.commit();
}

} // namespace store
} // namespace kamae
