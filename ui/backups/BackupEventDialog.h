#pragma once

#include "domain/Backup.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kamae {
namespace ui {

class DiscardGuard;

// Records one run, restore test or air-gap check of a job.
class BackupEventDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupEventDialog)

public:
    BackupEventDialog(const domain::BackupEvent &event, const QString &jobName,
                      QWidget *parent = nullptr);

    domain::BackupEvent event() const;
    void accept() override;
    void reject() override;

private:
    domain::BackupEvent m_original;
    QDateEdit *m_date = nullptr;
    QComboBox *m_result = nullptr;
    QLineEdit *m_subject = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_by = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ui
} // namespace kamae
