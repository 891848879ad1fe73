#pragma once

#include "backups/BackupRules.h"
#include "domain/Asset.h"
#include "widgets/FormDialog.h"

class QListWidget;
class QSpinBox;
class QTableWidget;

namespace kamae {
namespace ui {

class OwnerCombo;

// Adds or edits a backup job: what it protects, when it runs, where its
// copies are, and how often Kamae asks for proof. The 3-2-1-1-0 verdict
// follows the copies as they are edited.
class BackupJobDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupJobDialog)

public:
    BackupJobDialog(const domain::BackupJob &job, const backups::JobLog &log,
                    const QVector<domain::Asset> &assets, QWidget *parent = nullptr);

    domain::BackupJob job() const;
    // Offers the people and departments list as owners (without it the job
    // keeps the owner it had).
    using FormDialog::setPeople;

protected:
    Problem check() const override;

private:
    void addCopyRow(const domain::BackupCopy &copy);
    void updateRules();
    void filterAssets(const QString &text);

    domain::BackupJob m_original;
    backups::JobLog m_log;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_method = nullptr;
    OwnerCombo *m_owner = nullptr;
    QDateEdit *m_started = nullptr;
    QComboBox *m_scheduleKind = nullptr;
    QVector<QCheckBox *> m_weekdays;
    QSpinBox *m_monthDay = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_generations = nullptr;
    QLineEdit *m_retention = nullptr;
    QSpinBox *m_restoreDays = nullptr;
    QSpinBox *m_airGapDays = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_copies = nullptr;
    QLabel *m_rules = nullptr;
    QListWidget *m_assets = nullptr;
};

} // namespace ui
} // namespace kamae
