#pragma once

#include "backups/BackupRules.h"
#include "core/Result.h"
#include "models/RecordFilterProxy.h"
#include "models/RecordTableModel.h"

#include <QDate>

namespace kamae {
namespace store {
class Database;
}
namespace ui {

// A job as its row holds it: with its log and where it stands.
struct BackupJobRow : domain::BackupJob
{
    backups::JobLog log;
    backups::JobStatus status;
};

// The backup jobs with where each stands today (3-2-1-1-0, due checks).
class BackupJobTableModel final : public RecordTableModel<BackupJobRow>
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
    // True when the job fails a rule or has a duty due soon or overdue.
    static constexpr int AttentionRole = FirstOwnRole;

    explicit BackupJobTableModel(QObject *parent = nullptr);

    void setContent(QVector<domain::BackupJob> jobs, const QVector<domain::BackupEvent> &events,
                    const QDate &today);
    const domain::BackupJob &job(int row) const { return record(row); }
    const backups::JobStatus &status(int row) const { return record(row).status; }
    const backups::JobLog &log(int row) const { return record(row).log; }
    int rowOf(qint64 jobId) const { return rowOfId(jobId); }
    // Brings the rows in step with a burst of committed changes
    // (store::Database::changesCommitted): the jobs it touches, through
    // backup_job or their copies, links and log, are read again by id with
    // their logs and come as rowsInserted / dataChanged / rowsRemoved,
    // judged on the day of the last setContent(). A whole-table change, or
    // removed links it cannot place, resets the model from the repository.
    // Does nothing when no backup table is touched.
    Status applyChanges(const store::ChangeSet &changes, store::Database &db);

    // "Restore test: 2026/08/01" cell text of a due check.
    static QString dueText(const backups::DueCheck &check);

protected:
    QVariant cellData(int row, int column, int role) const override;

private:
    Status reloadAll(store::Database &db);
    // Rows of the jobs, with their logs from `events` (any jobs' events).
    QVector<BackupJobRow> rowsOf(QVector<domain::BackupJob> jobs,
                                 const QVector<domain::BackupEvent> &events) const;

    QDate m_today;
    // Which job a logged event belongs to, for events reported deleted.
    QHash<qint64, qint64> m_jobOfEvent;
};

// Text search over name, method and owner, and "needs attention only".
class BackupJobFilterProxy final : public RecordFilterProxy
{
    Q_OBJECT

public:
    explicit BackupJobFilterProxy(QObject *parent = nullptr) : RecordFilterProxy(parent) {}
    void setAttentionOnly(bool on) { setFilterValue(m_attentionOnly, on); }

protected:
    bool acceptsRow(int sourceRow) const override;

private:
    bool m_attentionOnly = false;
};

} // namespace ui
} // namespace kamae
