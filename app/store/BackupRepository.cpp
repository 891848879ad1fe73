#include "store/BackupRepository.h"

#include "core/Clock.h"
#include "domain/BackupChecks.h"
#include "domain/KamaeText.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kamae {
namespace store {

using sql::dateText;
using sql::text;

namespace {

struct BackupRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::BackupRepository)
};

const QString kJobColumns = QStringLiteral(
    "name, method, owner, schedule_kind, weekdays, month_day, interval_days, generations, "
    "retention, restore_test_days, airgap_check_days, started_on, builtin, notes, owner_id");
const QString kEventColumns =
    QStringLiteral("job_id, kind, on_date, result, subject, minutes, performed_by, notes");

QString nowText()
{
    return clock::now().toString(Qt::ISODate);
}

// Kamae's own job stores the texts Kamae wrote as keys and shows them in
// the language of whoever reads them (the window, the report, the command
// line): domain/KamaeText.h. A job read here carries them in the language
// current at the read.
domain::BackupJob asStored(domain::BackupJob j)
{
    if (j.builtin.isEmpty())
        return j;
    j.name = domain::kamaetext::key(j.name);
    j.method = domain::kamaetext::key(j.method);
    for (domain::BackupCopy &c : j.copies)
        c.label = domain::kamaetext::key(c.label);
    return j;
}

domain::BackupJob asShown(domain::BackupJob j)
{
    if (j.builtin.isEmpty())
        return j;
    j.name = domain::kamaetext::shown(j.name);
    j.method = domain::kamaetext::shown(j.method);
    for (domain::BackupCopy &c : j.copies)
        c.label = domain::kamaetext::shown(c.label);
    return j;
}

void bindJob(QSqlQuery &q, const domain::BackupJob &j)
{
    q.addBindValue(j.name.trimmed());
    q.addBindValue(text(j.method.trimmed()));
    q.addBindValue(text(j.owner.trimmed()));
    q.addBindValue(static_cast<int>(j.schedule.kind));
    q.addBindValue(j.schedule.weekdays);
    q.addBindValue(j.schedule.monthDay);
    q.addBindValue(j.schedule.intervalDays);
    q.addBindValue(j.generations);
    q.addBindValue(text(j.retention.trimmed()));
    q.addBindValue(j.restoreTestDays);
    q.addBindValue(j.airGapCheckDays);
    q.addBindValue(dateText(j.started));
    q.addBindValue(text(j.builtin));
    q.addBindValue(text(j.notes));
    q.addBindValue(j.ownerId > 0 ? QVariant(j.ownerId) : QVariant(QMetaType(QMetaType::LongLong)));
}

domain::BackupJob readJob(const RowCursor &row)
{
    domain::BackupJob j;
    j.id = row.integer(0);
    j.name = row.text(1);
    j.method = row.text(2);
    j.owner = row.text(3);
    j.schedule.kind =
        sql::enumValue(row.integer(4), domain::kScheduleKindCount, domain::ScheduleKind::Daily);
    j.schedule.weekdays = static_cast<int>(row.integer(5));
    j.schedule.monthDay = static_cast<int>(row.integer(6));
    j.schedule.intervalDays = static_cast<int>(row.integer(7));
    j.generations = static_cast<int>(row.integer(8));
    j.retention = row.text(9);
    j.restoreTestDays = static_cast<int>(row.integer(10));
    j.airGapCheckDays = static_cast<int>(row.integer(11));
    j.started = row.date(12);
    j.builtin = row.text(13);
    j.notes = row.text(14);
    j.ownerId = row.integer(15);
    return j;
}

void bindEvent(QSqlQuery &q, const domain::BackupEvent &e)
{
    q.addBindValue(e.jobId);
    q.addBindValue(static_cast<int>(e.kind));
    q.addBindValue(dateText(e.date));
    q.addBindValue(static_cast<int>(e.result));
    q.addBindValue(text(e.subject.trimmed()));
    q.addBindValue(e.minutes < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(e.minutes));
    q.addBindValue(text(e.performedBy.trimmed()));
    q.addBindValue(text(e.notes));
}

domain::BackupEvent readEvent(const RowCursor &row)
{
    domain::BackupEvent e;
    e.id = row.integer(0);
    e.jobId = row.integer(1);
    e.kind =
        sql::enumValue(row.integer(2), domain::kBackupEventKindCount, domain::BackupEventKind::Run);
    e.date = row.date(3);
    e.result =
        sql::enumValue(row.integer(4), domain::kBackupResultCount, domain::BackupResult::Failed);
    e.subject = row.text(5);
    const QString minutes = row.text(6);
    e.minutes = minutes.isEmpty() ? -1 : minutes.toInt();
    e.performedBy = row.text(7);
    e.notes = row.text(8);
    return e;
}

// What an audit line names when a job changes, as stored.
QVector<std::pair<const char *, QString>> auditedValues(const domain::BackupJob &j)
{
    QStringList copies;
    for (const domain::BackupCopy &c : j.copies)
        copies << QStringLiteral("%1/%2/%3/%4 %5")
                      .arg(static_cast<int>(c.media))
                      .arg(static_cast<int>(c.location))
                      .arg(c.offline ? 1 : 0)
                      .arg(c.immutable ? 1 : 0)
                      .arg(c.label.trimmed());
    QStringList assets;
    for (qint64 id : j.assetIds)
        assets << QString::number(id);
    return {
        {"name", j.name.trimmed()},
        {"method", j.method.trimmed()},
        {"owner", j.owner.trimmed()},
        {"owner_id", j.ownerId > 0 ? QString::number(j.ownerId) : QString()},
        {"schedule", QStringLiteral("%1 %2 %3 %4")
                         .arg(static_cast<int>(j.schedule.kind))
                         .arg(j.schedule.weekdays)
                         .arg(j.schedule.monthDay)
                         .arg(j.schedule.intervalDays)},
        {"generations", QString::number(j.generations)},
        {"retention", j.retention.trimmed()},
        {"copies", copies.join(QStringLiteral("; "))},
        {"assets", assets.join(QLatin1Char(' '))},
        {"restore_test_days", QString::number(j.restoreTestDays)},
        {"airgap_check_days", QString::number(j.airGapCheckDays)},
        {"started", dateText(j.started)},
        {"notes", j.notes},
    };
}

QString eventLabel(const domain::BackupEvent &e)
{
    return QStringLiteral("%1 %2 %3")
        .arg(static_cast<int>(e.kind))
        .arg(dateText(e.date))
        .arg(static_cast<int>(e.result));
}

} // namespace

Result<QVector<domain::BackupJob>> BackupRepository::jobs() const
{
    return selectJobs(QString(), QString());
}

Result<QVector<domain::BackupJob>> BackupRepository::jobsByIds(const QVector<qint64> &ids) const
{
    if (ids.isEmpty())
        return QVector<domain::BackupJob>();
    const QString list = sql::idList(ids);
    return selectJobs(QStringLiteral(" WHERE id IN (%1)").arg(list),
                      QStringLiteral(" WHERE job_id IN (%1)").arg(list));
}

Result<QVector<domain::BackupEvent>>
BackupRepository::eventsOfJobs(const QVector<qint64> &jobIds) const
{
    QVector<domain::BackupEvent> events;
    if (jobIds.isEmpty())
        return events;
    const Status s =
        m_db.readRows(QStringLiteral("SELECT id, %1 FROM backup_event WHERE job_id IN (%2)"
                                     " ORDER BY on_date DESC, id DESC")
                          .arg(kEventColumns, sql::idList(jobIds)),
                      [&events](const RowCursor &row) { events.append(readEvent(row)); });
    if (!s)
        return Result<QVector<domain::BackupEvent>>::failure(s.error());
    return events;
}

Result<QVector<qint64>> BackupRepository::jobIdsOfRows(const QString &table,
                                                       const QVector<qint64> &rowIds) const
{
    QVector<qint64> jobIds;
    if (table != QLatin1String("backup_copy") && table != QLatin1String("backup_protects") &&
        table != QLatin1String("backup_event"))
        return Result<QVector<qint64>>::failure(
            QStringLiteral("jobIdsOfRows: %1 has no job_id").arg(table));
    if (rowIds.isEmpty())
        return jobIds;
    const Status s =
        m_db.readRows(QStringLiteral("SELECT DISTINCT job_id FROM %1 WHERE rowid IN (%2)")
                          .arg(table, sql::idList(rowIds)),
                      [&jobIds](const RowCursor &row) { jobIds.append(row.integer(0)); });
    if (!s)
        return Result<QVector<qint64>>::failure(s.error());
    return jobIds;
}

Result<QVector<domain::BackupJob>> BackupRepository::selectJobs(const QString &jobWhere,
                                                                const QString &childWhere) const
{
    QVector<domain::BackupJob> jobs;
    QHash<qint64, int> index;
    Status s = m_db.readRows(
        QStringLiteral("SELECT id, %1 FROM backup_job%2 ORDER BY builtin = '', name, id")
            .arg(kJobColumns, jobWhere),
        [&](const RowCursor &row) {
            index.insert(row.integer(0), static_cast<int>(jobs.size()));
            jobs.append(readJob(row));
        });
    if (!s)
        return s.asFailure();
    s = m_db.readRows(QStringLiteral("SELECT job_id, id, media, location, offline, immutable, label"
                                     " FROM backup_copy%1 ORDER BY job_id, position, id")
                          .arg(childWhere),
                      [&](const RowCursor &row) {
                          const int at = index.value(row.integer(0), -1);
                          if (at < 0)
                              return;
                          domain::BackupCopy c;
                          c.id = row.integer(1);
                          c.media = sql::enumValue(row.integer(2), domain::kBackupMediaCount,
                                                   domain::BackupMedia::Other);
                          c.location = sql::enumValue(row.integer(3), domain::kBackupLocationCount,
                                                      domain::BackupLocation::OnSite);
                          c.offline = row.integer(4) != 0;
                          c.immutable = row.integer(5) != 0;
                          c.label = row.text(6);
                          jobs[at].copies.append(c);
                      });
    if (!s)
        return s.asFailure();
    s = m_db.readRows(
        QStringLiteral("SELECT job_id, asset_id FROM backup_protects%1 ORDER BY job_id, asset_id")
            .arg(childWhere),
        [&](const RowCursor &row) {
            const int at = index.value(row.integer(0), -1);
            if (at >= 0)
                jobs[at].assetIds.append(row.integer(1));
        });
    if (!s)
        return s.asFailure();
    for (domain::BackupJob &j : jobs)
        j = asShown(std::move(j));
    return jobs;
}

Result<domain::BackupJob> BackupRepository::job(qint64 id) const
{
    auto all = jobs();
    if (!all)
        return all.asFailure();
    for (const domain::BackupJob &j : all.value())
        if (j.id == id)
            return j;
    return Result<domain::BackupJob>::failure(
        ErrorCode::NotFound, BackupRepositoryText::tr("The backup job no longer exists."));
}

Result<domain::BackupJob> BackupRepository::vaultJob()
{
    auto all = jobs();
    if (!all)
        return all.asFailure();
    for (const domain::BackupJob &j : all.value())
        if (j.builtin == QLatin1String(domain::kKamaeVaultJob))
            return j;
    return save(domain::defaultVaultJob(clock::today()));
}

Result<domain::BackupJob> BackupRepository::save(const domain::BackupJob &job)
{
    using R = Result<domain::BackupJob>;
    if (const QString problem = domain::jobProblem(job); !problem.isEmpty())
        return R::failure(ErrorCode::Invalid, problem);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlDatabase sql = m_db.sql();
    AuditLog audit(m_db);
    domain::BackupJob stored = job;
    std::optional<domain::BackupJob> previous;
    if (job.id > 0) {
        if (auto old = this->job(job.id))
            previous = old.value();
    }
    // Kamae's own job stays Kamae's own: an edit cannot clear the marker
    // (the copy workflow and the delete guard depend on it).
    if (previous)
        stored.builtin = previous->builtin;
    // What is returned is what a later read gives back.
    for (QString *text : {&stored.name, &stored.method, &stored.owner, &stored.retention})
        *text = text->trimmed();
    for (domain::BackupCopy &c : stored.copies)
        c.label = c.label.trimmed();
    stored = asStored(std::move(stored));
    if (previous)
        previous = asStored(*previous);
    const QString now = nowText();
    QSqlQuery q(sql);
    if (previous) {
        QString assignments = kJobColumns;
        assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
        q.prepare(QStringLiteral("UPDATE backup_job SET %1 = ?, updated_at = ? WHERE id = ?")
                      .arg(assignments));
        bindJob(q, stored);
        q.addBindValue(now);
        q.addBindValue(job.id);
        if (!q.exec())
            return writeFailed(q);
        if (!q.exec(QStringLiteral("DELETE FROM backup_copy WHERE job_id = %1").arg(job.id)) ||
            !q.exec(QStringLiteral("DELETE FROM backup_protects WHERE job_id = %1").arg(job.id)))
            return writeFailed(q);
    } else {
        const QString placeholders = QStringLiteral("?, ").repeated(15);
        q.prepare(QStringLiteral("INSERT INTO backup_job (id, %1, updated_at) VALUES (?, %2?)")
                      .arg(kJobColumns, placeholders));
        q.addBindValue(job.id > 0 ? QVariant(job.id) : QVariant(QMetaType(QMetaType::LongLong)));
        bindJob(q, asStored(job));
        q.addBindValue(now);
        if (!q.exec())
            return writeFailed(q);
        stored.id = q.lastInsertId().toLongLong();
    }

    QSqlQuery copy(sql);
    copy.prepare(QStringLiteral("INSERT INTO backup_copy (id, job_id, position, media, location,"
                                " offline, immutable, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < stored.copies.size(); ++i) {
        domain::BackupCopy &c = stored.copies[i];
        copy.addBindValue(c.id > 0 ? QVariant(c.id) : QVariant(QMetaType(QMetaType::LongLong)));
        copy.addBindValue(stored.id);
        copy.addBindValue(i);
        copy.addBindValue(static_cast<int>(c.media));
        copy.addBindValue(static_cast<int>(c.location));
        copy.addBindValue(c.offline ? 1 : 0);
        copy.addBindValue(c.immutable ? 1 : 0);
        copy.addBindValue(text(c.label.trimmed()));
        if (!copy.exec())
            return writeFailed(copy);
        c.id = copy.lastInsertId().toLongLong();
    }
    QSqlQuery link(sql);
    link.prepare(QStringLiteral("INSERT INTO backup_protects (job_id, asset_id) VALUES (?, ?)"));
    for (qint64 assetId : stored.assetIds) {
        link.addBindValue(stored.id);
        link.addBindValue(assetId);
        if (!link.exec())
            // The asset was deleted meanwhile (foreign key) or listed twice.
            return sqlFailure(ErrorCode::NotFound,
                              BackupRepositoryText::tr("A protected asset no longer exists."),
                              link.lastError());
    }

    if (!previous) {
        if (Status s =
                audit.record(QStringLiteral("backup_job"), stored.id, QStringLiteral("create"),
                             QStringLiteral("name"), {}, stored.name.trimmed());
            !s)
            return s.asFailure();
        if (Status s = tx.commit(); !s)
            return s.asFailure();
        return asShown(std::move(stored));
    }
    const auto was = auditedValues(*previous);
    const auto is = auditedValues(stored);
    for (int f = 0; f < was.size(); ++f)
        if (was.at(f).second != is.at(f).second)
            if (Status s = audit.record(
                    QStringLiteral("backup_job"), stored.id, QStringLiteral("update"),
                    QString::fromLatin1(was.at(f).first), was.at(f).second, is.at(f).second);
                !s)
                return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return asShown(std::move(stored));
}

Result<BackupJobSnapshot> BackupRepository::remove(qint64 jobId)
{
    using R = Result<BackupJobSnapshot>;
    BackupJobSnapshot snapshot;
    auto j = job(jobId);
    if (!j)
        return j.asFailure();
    if (!j->builtin.isEmpty())
        return R::failure(BackupRepositoryText::tr(
            "Kamae's own backup job cannot be deleted; it records the copies of this vault."));
    auto log = events(jobId);
    if (!log)
        return log.asFailure();
    snapshot.job = std::move(j).value();
    snapshot.events = std::move(log).value();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("DELETE FROM backup_job WHERE id = %1").arg(jobId)))
        return writeFailed(q);
    if (Status s =
            AuditLog(m_db).record(QStringLiteral("backup_job"), jobId, QStringLiteral("delete"),
                                  QStringLiteral("name"), snapshot.job.name, {});
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return snapshot;
}

Status BackupRepository::restore(const BackupJobSnapshot &snapshot)
{
    // save() and addEvent() open savepoints inside this transaction.
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    if (auto stored = save(snapshot.job); !stored)
        return stored.asFailure();
    for (const domain::BackupEvent &e : snapshot.events)
        if (auto id = addEvent(e); !id)
            return id.asFailure();
    return tx.commit();
}

Result<QVector<domain::BackupEvent>> BackupRepository::events(qint64 jobId) const
{
    QVector<domain::BackupEvent> events;
    const QString where = jobId > 0 ? QStringLiteral(" WHERE job_id = %1").arg(jobId) : QString();
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, %1 FROM backup_event%2 ORDER BY on_date DESC, id DESC")
            .arg(kEventColumns, where),
        [&events](const RowCursor &row) { events.append(readEvent(row)); });
    if (!s)
        return s.asFailure();
    return events;
}

Result<qint64> BackupRepository::addEvent(const domain::BackupEvent &event)
{
    if (const QString problem = domain::eventProblem(event); !problem.isEmpty())
        return Result<qint64>::failure(ErrorCode::Invalid, problem);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO backup_event (id, %1, created_at) VALUES (?, %2?)")
                  .arg(kEventColumns, QStringLiteral("?, ").repeated(8)));
    q.addBindValue(event.id > 0 ? QVariant(event.id) : QVariant(QMetaType(QMetaType::LongLong)));
    bindEvent(q, event);
    q.addBindValue(nowText());
    if (!q.exec())
        return writeFailed(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s =
            AuditLog(m_db).record(QStringLiteral("backup_event"), id, QStringLiteral("create"),
                                  QStringLiteral("event"), {}, eventLabel(event));
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return id;
}

Result<domain::BackupEvent> BackupRepository::removeEvent(qint64 eventId)
{
    using R = Result<domain::BackupEvent>;
    std::optional<domain::BackupEvent> found;
    const Status read =
        m_db.readRows(QStringLiteral("SELECT id, %1 FROM backup_event WHERE id = %2")
                          .arg(kEventColumns)
                          .arg(eventId),
                      [&found](const RowCursor &row) { found = readEvent(row); });
    if (!read)
        return read.asFailure();
    if (!found)
        return R::failure(ErrorCode::NotFound,
                          BackupRepositoryText::tr("The record no longer exists."));
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("DELETE FROM backup_event WHERE id = %1").arg(eventId)))
        return writeFailed(q);
    if (Status s =
            AuditLog(m_db).record(QStringLiteral("backup_event"), eventId, QStringLiteral("delete"),
                                  QStringLiteral("event"), eventLabel(*found), {});
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return *found;
}

} // namespace store
} // namespace kamae
