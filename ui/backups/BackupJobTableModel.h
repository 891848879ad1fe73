#pragma once

#include "backups/BackupRules.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QVector>

namespace kamae {
namespace store {
class ChangeSet;
class Database;
} // namespace store
namespace ui {

// The backup jobs with where each stands today (3-2-1-1-0, due checks).
class BackupJobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupJobTableModel)

public:
    enum Column
    {
        NameColumn,
        ProtectsColumn,
        ScheduleColumn,
        CopiesColumn,
        RuleColumn,
        LastRunColumn,
        RestoreColumn,
        AirGapColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    // True when the job fails a rule or has a duty due soon or overdue.
    static constexpr int AttentionRole = Qt::UserRole + 3;

    explicit BackupJobTableModel(QObject *parent = nullptr);

    void setContent(QVector<domain::BackupJob> jobs, const QVector<domain::BackupEvent> &events,
                    const QDate &today);
    const domain::BackupJob &job(int row) const { return m_jobs.at(row); }
    const backups::JobStatus &status(int row) const { return m_statuses.at(row); }
    const backups::JobLog &log(int row) const { return m_logs.at(row); }
    int rowOf(qint64 jobId) const;
    // Brings the rows in step with a burst of committed changes
    // (store::Database::changesCommitted): the jobs it touches, through
    // backup_job or their copies, links and log, are read again by id with
    // their logs and come as rowsInserted / dataChanged / rowsRemoved,
    // judged on the day of the last setContent(). A whole-table change, or
    // removed links it cannot place, resets the model from the repository.
    // Does nothing when no backup table is touched.
    Status applyChanges(const store::ChangeSet &changes, store::Database &db);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Restore test: 2026/08/01" cell text of a due check.
    static QString dueText(const backups::DueCheck &check);

private:
    Status reloadAll(store::Database &db);

    QVector<domain::BackupJob> m_jobs;
    QVector<backups::JobLog> m_logs;
    QVector<backups::JobStatus> m_statuses;
    QDate m_today;
    // Which job a logged event belongs to, for events reported deleted.
    QHash<qint64, qint64> m_jobOfEvent;
};

// Text search over name, method and owner, and "needs attention only".
class BackupJobFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BackupJobFilterProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    void setAttentionOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_attentionOnly = false;
};

} // namespace ui
} // namespace kamae
