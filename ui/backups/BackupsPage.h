#pragma once

#include "backups/BackupCommands.h"
#include "backups/BackupRules.h"
#include "pages/ModulePage.h"

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace kamae {
namespace vault {
class VaultSession;
}
namespace ui {

class BackupEventTableModel;
class BackupJobFilterProxy;
class BackupJobTableModel;

// Backups (バックアップ): the jobs and where each stands against 3-2-1-1-0,
// their logs, the important assets nothing protects, and Kamae's own vault
// copied to and verified on offline media.
class BackupsPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsPage)

public:
    BackupsPage(vault::VaultSession &session, QUndoStack &undo, QWidget *parent = nullptr);
    ~BackupsPage() override;

    QString title() const override;
    // Selects the job (from a reminder on the dashboard).
    void showJob(qint64 jobId);

    void addJob();
    void editCurrent();
    void deleteCurrent();
    void recordEvent(domain::BackupEventKind kind);
    void deleteSelectedEvent();
    // Ask for the folder or file, then copyVaultTo() / verifyCopyAt().
    void copyVault();
    void verifyCopy();
    void copyVaultTo(const QString &folder);
    void verifyCopyAt(const QString &path);

signals:
    void assetRequested(qint64 assetId);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    int currentRow() const;
    void clearFilters();
    void showCurrentJob();
    void updateSummary();
    void updateButtons();
    void retranslate();

    vault::VaultSession &m_session;
    QUndoStack &m_undo;
    BackupCommandContext m_context;
    QVector<domain::Asset> m_assets;
    QVector<domain::BackupEvent> m_events;
    backups::CompanySummary m_summaryData;

    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_copyVault = nullptr;
    QPushButton *m_verifyCopy = nullptr;
    QAction *m_recordRunAction = nullptr;
    QAction *m_recordRestoreAction = nullptr;
    QAction *m_recordAirGapAction = nullptr;
    QPushButton *m_emptyAdd = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_attention = nullptr;
    BackupJobTableModel *m_model = nullptr;
    BackupJobFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_details = nullptr;
    QLabel *m_rules = nullptr;
    BackupEventTableModel *m_eventModel = nullptr;
    QSortFilterProxyModel *m_eventProxy = nullptr;
    QTableView *m_eventView = nullptr;
    QPushButton *m_deleteEvent = nullptr;
    QLabel *m_unprotectedHint = nullptr;
    QTableWidget *m_unprotected = nullptr;
};

} // namespace ui
} // namespace kamae
