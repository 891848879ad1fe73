#pragma once

#include "domain/Backup.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kamae {
namespace ui {

// Records one run, restore test or air-gap check of a job.
class BackupEventDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupEventDialog)

public:
    BackupEventDialog(const domain::BackupEvent &event, const QString &jobName,
                      QWidget *parent = nullptr);

    domain::BackupEvent event() const;

protected:
    Problem check() const override;

private:
    domain::BackupEvent m_original;
    QDateEdit *m_date = nullptr;
    QComboBox *m_result = nullptr;
    QLineEdit *m_subject = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_by = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace ui
} // namespace kamae
