#include "training/TrainingUndoCommands.h"

#include "i18n/Language.h"
#include "store/Transaction.h"
#include "training/TrainingDesk.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

namespace {

struct TrainingUndoText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::TrainingUndoText)
};

} // namespace

SaveCourseCommand::SaveCourseCommand(CommandContext context, std::optional<domain::Course> before,
                                     domain::Course after)
    : ChangeCommand(std::move(context), std::move(before), std::move(after),
                    [](store::Database &db, auto &from, auto &to) {
                        store::TrainingRepository repo(db);
                        if (!to)
                            return statusOf(repo.removeCourse(from->id));
                        // A new course gets its id; redo after undo keeps it.
                        if (!from)
                            return keep(repo.insertCourse(*to), to->id);
                        return repo.updateCourse(*to);
                    })
{
    const QString title = this->after()->title;
    setText(this->before() ? TrainingUndoText::tr("Edit course %1").arg(title)
                           : TrainingUndoText::tr("Add course %1").arg(title));
}

RemoveCourseCommand::RemoveCourseCommand(CommandContext context, domain::Course course)
    : ChangeCommand(
          std::move(context), recordWith(&store::CourseSnapshot::course, std::move(course)),
          std::nullopt, [](store::Database &db, auto &from, auto &to) {
              // The removal keeps the sessions and attendance for undo.
              store::TrainingRepository repo(db);
              return to ? repo.restoreCourse(*to) : keep(repo.removeCourse(from->course.id), from);
          })
{
    setText(TrainingUndoText::tr("Delete course %1").arg(before()->course.title));
}

AddStarterCoursesCommand::AddStarterCoursesCommand(CommandContext context)
    : DeskCommand(std::move(context))
{
    setText(TrainingUndoText::tr("Add starter courses"));
}

void AddStarterCoursesCommand::redo()
{
    store::TrainingRepository repo(database());
    Status status;
    if (!m_stored) {
        m_stored = true;
        const auto ids = training::addStarterCourses(database());
        status = statusOf(ids);
        for (qint64 id : ids ? *ids : QVector<qint64>()) {
            auto course = repo.course(id);
            if (course)
                m_added.append(store::CourseSnapshot{*course, {}, {}, {}});
        }
    } else {
        store::Transaction tx(database());
        if (!tx) {
            status = tx.failure();
        } else {
            for (const store::CourseSnapshot &s : std::as_const(m_added))
                if (status)
                    status = repo.restoreCourse(s);
            if (status)
                status = tx.commit();
        }
    }
    setSucceeded(finish(status));
}

void AddStarterCoursesCommand::undo()
{
    store::TrainingRepository repo(database());
    store::Transaction tx(database());
    if (!tx) {
        finish(tx.failure());
        return;
    }
    Status status;
    for (store::CourseSnapshot &s : m_added)
        if (status)
            status = keep(repo.removeCourse(s.course.id), s);
    if (status)
        status = tx.commit();
    finish(status);
}

RecordSessionCommand::RecordSessionCommand(CommandContext context, domain::TrainingSession session,
                                           QVector<qint64> personIds, domain::AttendanceState state,
                                           QDate today)
    : DeskCommand(std::move(context)), m_snapshot{std::move(session), {}},
      m_personIds(std::move(personIds)), m_state(state), m_today(today)
{
    setText(TrainingUndoText::tr("Record session of %1")
                .arg(i18n::formatDate(m_snapshot.session.date)));
}

void RecordSessionCommand::redo()
{
    if (m_stored) {
        setSucceeded(finish(store::TrainingRepository(database()).restoreSession(m_snapshot)));
        return;
    }
    m_stored = true;
    const auto id =
        training::recordSession(database(), m_snapshot.session, m_personIds, m_state, m_today);
    if (id)
        m_snapshot.session.id = *id;
    setSucceeded(finish(statusOf(id)));
}

void RecordSessionCommand::undo()
{
    finish(keep(store::TrainingRepository(database()).removeSession(m_snapshot.session.id),
                m_snapshot));
}

SaveSessionCommand::SaveSessionCommand(CommandContext context, store::SessionSnapshot before,
                                       store::SessionSnapshot after, const QDate &today)
    : ChangeCommand(std::move(context), std::move(before), std::move(after),
                    [today](store::Database &db, auto & /*from*/, auto &to) {
                        store::TrainingRepository repo(db);
                        store::Transaction tx(db);
                        if (!tx)
                            return Status(tx.failure());
                        if (Status s = repo.updateSession(to.session, today); !s)
                            return s;
                        if (Status s = repo.setAttendance(to.session.id, to.attendance); !s)
                            return s;
                        return tx.commit();
                    })
{
    setText(TrainingUndoText::tr("Edit session of %1")
                .arg(i18n::formatDate(this->after().session.date)));
}

RemoveSessionCommand::RemoveSessionCommand(CommandContext context, domain::TrainingSession session,
                                           const QString &courseTitle)
    : ChangeCommand(std::move(context),
                    recordWith(&store::SessionSnapshot::session, std::move(session)), std::nullopt,
                    [](store::Database &db, auto &from, auto &to) {
                        store::TrainingRepository repo(db);
                        return to ? repo.restoreSession(*to)
                                  : keep(repo.removeSession(from->session.id), from);
                    })
{
    setText(TrainingUndoText::tr("Delete session %1 of %2")
                .arg(i18n::formatDate(before()->session.date), courseTitle));
}

} // namespace ui
} // namespace kamae
