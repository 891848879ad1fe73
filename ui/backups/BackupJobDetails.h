#pragma once

#include "backups/BackupRules.h"

#include <QTabWidget>

class QLabel;

namespace kamae {
namespace ui {

class BackupLogPanel;
class UnprotectedAssetsPanel;

// The tabs under the jobs table: how the selected job meets 3-2-1-1-0 and
// when its duties fall due, its log, and the important assets no job
// protects.
class BackupJobDetails final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupJobDetails)

public:
    enum Tab
    {
        RulesTab,
        LogTab,
        UnprotectedTab
    };

    explicit BackupJobDetails(QWidget *parent = nullptr);

    // The job's rules and due dates; null: a hint to select a job.
    void showRules(const domain::BackupJob *job, const backups::JobStatus *status);
    // The important assets no job protects: those of `assets` named by `ids`.
    void setUnprotected(const QVector<domain::Asset> &assets, const QVector<qint64> &ids);
    BackupLogPanel *log() const { return m_log; }
    UnprotectedAssetsPanel *unprotected() const { return m_unprotected; }
    void retranslate();

private:
    QLabel *m_rules = nullptr;
    BackupLogPanel *m_log = nullptr;
    UnprotectedAssetsPanel *m_unprotected = nullptr;
};

} // namespace ui
} // namespace kamae
