#pragma once

#include "domain/Person.h"
#include "training/TrainingRecords.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace kamae {
namespace ui {

class AttendeeFilterProxy;
class AttendeeModel;

// Who attended a session: a checklist of people with a search (Space
// ticks the current person), "tick a department", and a box for names
// pasted from a sign-in sheet or a mail (training::matchPastedNames), which
// says which names it could not match, or matched more than once.
class AttendeePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendeePicker)

public:
    // `withCompletion`: shows the "completed the course" column (editing
    // the attendance of a stored session).
    AttendeePicker(bool withCompletion, QWidget *parent = nullptr);

    void setPeople(const QVector<domain::Person> &people,
                   const QVector<domain::Attendance> &attendance);
    AttendeeModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QVector<qint64> tickedIds() const;
    QVector<domain::Attendance> attendance(qint64 sessionId) const;
    // Ticks the names of the paste box; says what it could not match.
    void tickPastedNames();
    void tickDepartment(const QString &department);
    void retranslate();

signals:
    void tickedChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillDepartments();

    QVector<domain::Person> m_people;
    AttendeeModel *m_model = nullptr;
    AttendeeFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_department = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QPlainTextEdit *m_paste = nullptr;
    QLabel *m_pasteResult = nullptr;
};

} // namespace ui
} // namespace kamae
