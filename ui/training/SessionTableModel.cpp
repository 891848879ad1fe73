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
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case DateColumn:
            return i18n::formatDate(s.date);
        case CourseColumn:
            return m_titles.value(s.courseId);
        case TrainerColumn:
            return s.trainer;
        case MinutesColumn:
            return s.minutes < 0 ? QString() : QString::number(s.minutes);
        case AttendeesColumn:
            if (role == Qt::ToolTipRole)
                return tr("%n completed the course", nullptr, completed) + u'\n' +
                       tr("%n attended without completing", nullptr, attendedOnly);
            return attendedOnly > 0 ? tr("%1 (+%2 attended only)").arg(completed).arg(attendedOnly)
                                    : QString::number(completed);
        case MaterialsColumn:
            return s.materials;
        case NotesColumn:
            return role == Qt::DisplayRole ? QString(s.notes).replace(u'\n', u' ') : s.notes;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case DateColumn:
            return s.date.toJulianDay() * 1000000 + s.id;
        case MinutesColumn:
            return s.minutes;
        case AttendeesColumn:
            return static_cast<int>(attendance.size());
        default:
            return {};
        }
    }
    return {};
}

bool SessionFilterProxy::acceptsRow(int sourceRow) const
{
    const auto *model = static_cast<const SessionTableModel *>(sourceModel());
    const domain::TrainingSession &s = model->session(sourceRow);
    return anyContainsSearch({model->courseTitle(s.courseId), s.trainer, s.materials, s.notes,
                              i18n::formatDate(s.date)});
}

} // namespace ui
} // namespace kamae
