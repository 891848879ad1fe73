#include "training/SessionTableModel.h"

#include "i18n/Language.h"

#include <algorithm>

namespace kamae {
namespace ui {

SessionTableModel::SessionTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Date"), QT_TR_NOOP("Course"), QT_TR_NOOP("Trainer"),
                        QT_TR_NOOP("Minutes"), QT_TR_NOOP("Attendees"), QT_TR_NOOP("Materials"),
                        QT_TR_NOOP("Notes")},
                       parent)
{
    setAlignment({MinutesColumn, AttendeesColumn}, Qt::AlignRight | Qt::AlignVCenter);
}

void SessionTableModel::setContent(QVector<domain::TrainingSession> sessions,
                                   const QVector<domain::Course> &courses,
                                   const QVector<domain::Attendance> &attendance)
{
    resetRecords(std::move(sessions), [&] {
        m_titles.clear();
        for (const domain::Course &c : courses)
            m_titles.insert(c.id, c.title);
        m_attendance.clear();
        for (const domain::Attendance &a : attendance)
            m_attendance[a.sessionId].append(a);
    });
}

QVariant SessionTableModel::cellData(int row, int column, int role) const
{
    const domain::TrainingSession &s = record(row);
    const QVector<domain::Attendance> attendance = m_attendance.value(s.id);
    const auto completed = static_cast<int>(
        std::count_if(attendance.cbegin(), attendance.cend(), [](const domain::Attendance &a) {
            return a.state == domain::AttendanceState::Completed;
        }));
    const int attendedOnly = static_cast<int>(attendance.size()) - completed;
    if (role == SearchRole)
        return QStringList{m_titles.value(s.courseId), s.trainer, s.materials, s.notes,
                           i18n::formatDate(s.date)};
    // A cell's tooltip is its text (tippedCell), unless it says more.
    switch (column) {
    case DateColumn:
        return tippedCell(role, s.date.toJulianDay() * 1000000 + s.id, i18n::formatDate(s.date));
    case CourseColumn:
        return tippedCell(role, {}, m_titles.value(s.courseId));
    case TrainerColumn:
        return tippedCell(role, {}, s.trainer);
    case MinutesColumn:
        return tippedCell(role, s.minutes, s.minutes < 0 ? QString() : QString::number(s.minutes));
    case AttendeesColumn:
        if (role == Qt::ToolTipRole)
            return tr("%n completed the course", nullptr, completed) + u'\n' +
                   tr("%n attended without completing", nullptr, attendedOnly);
        return sortedCell(role, static_cast<int>(attendance.size()),
                          attendedOnly > 0
                              ? tr("%1 (+%2 attended only)").arg(completed).arg(attendedOnly)
                              : QString::number(completed));
    case MaterialsColumn:
        return tippedCell(role, {}, s.materials);
    case NotesColumn:
        if (role == Qt::ToolTipRole)
            return s.notes;
        return sortedCell(role, {}, QString(s.notes).replace(u'\n', u' '));
    default:
        return {};
    }
}

} // namespace ui
} // namespace kamae
