#pragma once

#include "commands/ChangeCommand.h"
#include "training/TrainingRepository.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace kamae {
namespace ui {

// Adding (no before) or editing a course. Undo writes `before` back, or
// deletes the added course; redo stores `after` under the same id.
class SaveCourseCommand final : public ChangeCommand<std::optional<domain::Course>>
{
public:
    SaveCourseCommand(CommandContext context, std::optional<domain::Course> before,
                      domain::Course after);
};

// Deleting a course with its sessions, attendance and assignments; undo
// restores them under the same ids.
class RemoveCourseCommand final : public ChangeCommand<std::optional<store::CourseSnapshot>>
{
public:
    RemoveCourseCommand(CommandContext context, domain::Course course);
};

// Adding the starter courses not yet in the vault (training::addStarterCourses);
// undo deletes them, redo puts them back under the same ids.
class AddStarterCoursesCommand final : public DeskCommand
{
public:
    explicit AddStarterCoursesCommand(CommandContext context);

    void redo() override;
    void undo() override;
    int added() const { return static_cast<int>(m_added.size()); }

private:
    QVector<store::CourseSnapshot> m_added;
    bool m_stored = false;
};

// Recording a session with its attendees (training::recordSession); undo
// deletes it, redo restores it under the same ids.
class RecordSessionCommand final : public DeskCommand
{
public:
    RecordSessionCommand(CommandContext context, domain::TrainingSession session,
                         QVector<qint64> personIds, domain::AttendanceState state, QDate today);

    void redo() override;
    void undo() override;
    qint64 sessionId() const { return m_snapshot.session.id; }

private:
    store::SessionSnapshot m_snapshot;
    QVector<qint64> m_personIds;
    domain::AttendanceState m_state;
    QDate m_today;
    bool m_stored = false;
};

// Editing a session and who attended it (added, removed, completed or
// attended only), in one transaction.
class SaveSessionCommand final : public ChangeCommand<store::SessionSnapshot>
{
public:
    SaveSessionCommand(CommandContext context, store::SessionSnapshot before,
                       store::SessionSnapshot after, const QDate &today);
};

// Deleting a session with its attendance; undo restores both.
class RemoveSessionCommand final : public ChangeCommand<std::optional<store::SessionSnapshot>>
{
public:
    RemoveSessionCommand(CommandContext context, domain::TrainingSession session,
                         const QString &courseTitle);
};

} // namespace ui
} // namespace kamae
