#pragma once

#include "backups/BackupRules.h"

#include <QDate>
#include <QSet>
#include <QVector>
#include <QWidget>

#include <array>

class QAction;
class QCheckBox;
class QLineEdit;
class QTableView;

namespace kamae {
namespace ui {

class BackupJobFilterProxy;
class BackupJobTableModel;

// The jobs table with its search and "Needs attention only" filter: which
// job is selected, selecting one, and the actions on jobs as buttons over it
// (enabled as the selected job allows; what they do is the page's).
class BackupJobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupJobsPanel)

public:
    enum Action
    {
        AddJob,
        EditJob,
        DeleteJob,
        RecordRun,
        RecordRestoreTest,
        RecordAirGapCheck,
        ActionCount
    };

    // `filterRowEnd` stands at the right end of the search and filter row.
    BackupJobsPanel(QWidget *filterRowEnd, QWidget *parent = nullptr);

    QAction *action(Action id) const { return m_actions.at(id); }
    // Whether the action applies to the selected job now.
    bool allows(Action id) const;

    BackupJobTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    QSet<qint64> jobIds() const;
    // The model's row of the selected job, or -1.
    int currentRow() const;
    // Null when no job is selected.
    const domain::BackupJob *currentJob() const;
    // Selects the job and scrolls to it, clearing the filters if they hide it.
    void showJob(qint64 jobId);
    // Reads the model anew (BackupJobTableModel::setContent): the job
    // selected before stays selected and the table where it was scrolled to;
    // with none selected before, the first job is.
    void setContent(QVector<domain::BackupJob> jobs, const QVector<domain::BackupEvent> &events,
                    const QDate &today);
    // Selects Kamae's own job.
    void showVaultJob();
    void clearFilters();
    void focusSearch();
    void retranslate();

    // The company as the rows judge it (backups::summarizeCompany).
    backups::CompanySummary summarize(const QVector<domain::Asset> &assets) const;

signals:
    void currentJobChanged();

private:
    // The job's index in the view, the filters cleared if they hide it.
    QModelIndex shownIndex(qint64 jobId);
    void updateActions();

    std::array<QAction *, ActionCount> m_actions{};
    QLineEdit *m_search = nullptr;
    QCheckBox *m_attention = nullptr;
    BackupJobTableModel *m_model = nullptr;
    BackupJobFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ui
} // namespace kamae
