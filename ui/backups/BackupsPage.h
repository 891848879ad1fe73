#pragma once

#include "backups/BackupCommands.h"
#include "domain/Asset.h"
#include "pages/ModulePage.h"

class QLabel;
class QUndoStack;

namespace kamae {
namespace vault {
class VaultSession;
}
namespace ui {

class BackupJobDetails;
class BackupJobsPanel;
class VaultCopyButtons;

// Backups (バックアップ): the jobs and where each stands against 3-2-1-1-0,
// their logs, the important assets nothing protects, and Kamae's own vault
// copied to and verified on offline media. The parts show; the page puts
// them together, edits through undoable commands and follows the
// database's changes row by row.
class BackupsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsPage)

public:
    BackupsPage(vault::VaultSession &session, QUndoStack &undo, QWidget *parent = nullptr);

    QString title() const override;
    // Selects the job (from a reminder on the dashboard).
    void showJob(qint64 jobId);

    void addJob();
    void editCurrent();
    void deleteCurrent();
    void recordEvent(domain::BackupEventKind kind);
    void deleteSelectedEvent();
    void copyVaultTo(const QString &folder);
    void verifyCopyAt(const QString &path);

    // Updates the jobs' rows, the selected job's details and the summary
    // from the rows the burst touched; reloads only for a change of the
    // people list (owners' names) or when a reload is due anyway.
    void applyChanges(const store::ChangeSet &changes) override;

signals:
    void assetRequested(qint64 assetId);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void showSummary();
    void showCurrentJob();
    void retranslate();

    QUndoStack &m_undo;
    BackupCommandContext m_context;
    // Every asset: the job dialog offers them, the summary looks for the
    // important ones no job protects.
    QVector<domain::Asset> m_assets;

    QLabel *m_summary = nullptr;
    BackupJobsPanel *m_jobs = nullptr;
    BackupJobDetails *m_details = nullptr;
    VaultCopyButtons *m_vaultCopy = nullptr;
};

} // namespace ui
} // namespace kamae
