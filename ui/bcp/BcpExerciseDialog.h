#pragma once

#include "bcp/BcpRecords.h"
#include "domain/Person.h"
#include "widgets/FormDialog.h"

class QListWidget;

namespace kamae {
namespace ui {

class BcpRowsEditor;
class OwnerCombo;

// Records or edits a BCP exercise: its kind, date (not after today),
// scenario, who took part (from the people list), what it found and the
// follow-up actions with their owner, due date and done date.
class BcpExerciseDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpExerciseDialog)

public:
    BcpExerciseDialog(domain::BcpExercise exercise, const QVector<domain::Person> &people,
                      QDate today, QWidget *parent = nullptr);
    domain::BcpExercise exercise() const;

protected:
    Problem check() const override;
    void retranslate() override;

private:
    domain::BcpExercise m_exercise;
    QDate m_today;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_scenario = nullptr;
    QListWidget *m_participants = nullptr;
    QPlainTextEdit *m_findings = nullptr;
    BcpRowsEditor *m_actions = nullptr;
    QLabel *m_labels[6] = {};
};

// Publishes the draft as the next version: who approved it and a note.
class BcpPublishDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BcpPublishDialog)

public:
    BcpPublishDialog(int number, const QVector<domain::Person> &people, QWidget *parent = nullptr);
    qint64 approverId() const;
    QString note() const;

protected:
    Problem check() const override;
    void retranslate() override;

private:
    int m_number;
    OwnerCombo *m_approver = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_labels[2] = {};
};

} // namespace ui
} // namespace kamae
