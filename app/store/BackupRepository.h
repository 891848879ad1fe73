#pragma once

#include "core/Result.h"
#include "domain/Backup.h"

#include <QVector>

#include <utility>

namespace kamae {
namespace store {

class Database;

// A job with its whole log: what deleting it takes away and undo puts back.
struct BackupJobSnapshot
{
    domain::BackupJob job;
    QVector<domain::BackupEvent> events;
};

// Backup jobs (バックアップ計画), their copies, the assets they protect and
// their logs. Every write is one transaction with its audit log entries.
class BackupRepository final
{
public:
    explicit BackupRepository(Database &db) : m_db(db) {}

    Result<QVector<domain::BackupJob>> jobs() const;
    Result<domain::BackupJob> job(qint64 id) const;
    // For models applying a store::ChangeSet, one query per table each:
    // these jobs with their copies and links (ids no longer stored left out),
    Result<QVector<domain::BackupJob>> jobsByIds(const QVector<qint64> &ids) const;
    // the logs of these jobs, newest first,
    Result<QVector<domain::BackupEvent>> eventsOfJobs(const QVector<qint64> &jobIds) const;
    // and the jobs that rows of backup_copy, backup_protects or backup_event
    // (by rowid) belong to.
    Result<QVector<qint64>> jobIdsOfRows(const QString &table, const QVector<qint64> &rowIds) const;
    // Kamae's own job ("Kamae vault"); created again if it was lost.
    Result<domain::BackupJob> vaultJob();

    // Inserts a job without an id (or with one, when undo restores it), or
    // replaces a stored job with its copies and links. Returns the job with
    // its ids.
    Result<domain::BackupJob> save(const domain::BackupJob &job);
    // Deletes the job and its log; returns both for undo. Kamae's own job
    // cannot be deleted.
    Result<BackupJobSnapshot> remove(qint64 jobId);
    Status restore(const BackupJobSnapshot &snapshot);

    // Newest first; all jobs when jobId is 0.
    Result<QVector<domain::BackupEvent>> events(qint64 jobId = 0) const;
    // An event with an id (undo) keeps it.
    Result<qint64> addEvent(const domain::BackupEvent &event);
    Result<domain::BackupEvent> removeEvent(qint64 eventId);

private:
    Result<QVector<domain::BackupJob>> selectJobs(const QString &jobWhere,
                                                  const QString &childWhere) const;

    Database &m_db;
};

} // namespace store
} // namespace kamae
