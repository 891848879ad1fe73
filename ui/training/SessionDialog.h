#pragma once

#include "domain/Person.h"
#include "training/TrainingRecords.h"
#include "widgets/FormDialog.h"

class QSpinBox;
class QTabWidget;

namespace kamae {
namespace ui {

class AttendeePicker;

// Records a session of a course (実施回) with who attended, or edits a
// stored one and its attendance. Two tabs: the session (course, date —
// not in the future —, trainer, minutes, materials, notes) and the
// attendees (AttendeePicker). Recording sets one state for everyone
// ticked; editing sets it per person.
class SessionDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDialog)

public:
    enum Tab
    {
        SessionTab,
        AttendeesTab
    };

    // `attendance`: the stored session's (empty when recording); `people`:
    // the entries who may be ticked; `today` bounds the date.
    SessionDialog(const domain::TrainingSession &session, const QVector<domain::Course> &courses,
                  const QVector<domain::Person> &people,
                  const QVector<domain::Attendance> &attendance, const QDate &today,
                  QWidget *parent = nullptr);

    bool isRecording() const { return m_original.id == 0; }
    domain::TrainingSession session() const;
    QVector<qint64> attendeeIds() const;
    // Recording: the state of everyone ticked.
    domain::AttendanceState attendanceState() const;
    // Editing: the session's attendance as ticked.
    QVector<domain::Attendance> attendance() const;

    QTabWidget *tabs() const { return m_tabs; }
    AttendeePicker *picker() const { return m_picker; }

protected:
    Problem check() const override;
    void retranslate() override;

private:
    void showCount(int ticked);

    domain::TrainingSession m_original;
    QDate m_today;
    QVector<domain::Course> m_courses;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_course = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_trainer = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_materials = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_completed = nullptr;
    AttendeePicker *m_picker = nullptr;
};

} // namespace ui
} // namespace kamae
