#pragma once

#include "models/RecordTableModel.h"
#include "training/TrainingRecords.h"

#include <QHash>

namespace kamae {
namespace ui {

// The sessions (実施回), newest first: date, course, trainer, minutes and
// who attended (completed, and attended only). The search (SearchRole)
// looks in the course, trainer, materials, notes and date.
class SessionTableModel final : public RecordTableModel<domain::TrainingSession>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column
    {
        DateColumn,
        CourseColumn,
        TrainerColumn,
        MinutesColumn,
        AttendeesColumn,
        MaterialsColumn,
        NotesColumn,
        ColumnCount
    };

    explicit SessionTableModel(QObject *parent = nullptr);

    void setContent(QVector<domain::TrainingSession> sessions,
                    const QVector<domain::Course> &courses,
                    const QVector<domain::Attendance> &attendance);
    const domain::TrainingSession &session(int row) const { return record(row); }
    QString courseTitle(qint64 courseId) const { return m_titles.value(courseId); }
    // The session's attendance as stored.
    QVector<domain::Attendance> attendanceOf(qint64 sessionId) const
    {
        return m_attendance.value(sessionId);
    }

protected:
    QVariant cellData(int row, int column, int role) const override;

private:
    QHash<qint64, QString> m_titles;
    QHash<qint64, QVector<domain::Attendance>> m_attendance;
};

} // namespace ui
} // namespace kamae
