#include "training/TrainingRepository.h"

#include "core/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/SqlWrites.h"
#include "store/Transaction.h"
#include "training/StarterCourses.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <optional>
#include <type_traits>

namespace kamae {
namespace store {

using sql::dateText;
using sql::instantFrom;
using sql::nullableId;
using sql::text;

namespace {

struct TrainingRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::TrainingRepository)
};

const QString kCourseColumns = QStringLiteral(
    "title, topic, format, renewal_months, onboarding_days, requirement, notes, builtin");
const QString kSessionColumns =
    QStringLiteral("course_id, held_on, trainer, minutes, materials, notes");
const QString kAttendanceColumns =
    QStringLiteral("session_id, person_id, state, coalesce(score, -1)");
const QString kAssignmentColumns =
    QStringLiteral("course_id, person_id, assigned_on, due_on, reason, coalesce(campaign_id, 0)");
const QString kCampaignColumns = QStringLiteral("name, held_on, scenario, source, notes");
const QString kResultColumns = QStringLiteral(
    "campaign_id, coalesce(person_id, 0), email, name, delivered, opened, clicked, submitted,"
    " reported, sent_at, opened_at, clicked_at, submitted_at, reported_at, source_id");

const QString kCourseEntity = QStringLiteral("training_course");
const QString kSessionEntity = QStringLiteral("training_session");
const QString kAttendanceEntity = QStringLiteral("training_attendance");
const QString kAssignmentEntity = QStringLiteral("training_assignment");
const QString kCampaignEntity = QStringLiteral("phishing_campaign");

QString nowText()
{
    return clock::now().toString(Qt::ISODate);
}

// Instants are stored in UTC with milliseconds, so that they sort as text.
QString instantText(const QDateTime &at)
{
    if (!at.isValid())
        return QString(QLatin1String(""));
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QVariant nullableInt(int value)
{
    return value >= 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::Int));
}

Failure invalid(const QString &problem)
{
    return Failure{ErrorCode::Invalid, problem};
}

Failure notFound(const char *what)
{
    return Failure{ErrorCode::NotFound, TrainingRepositoryText::tr(what)};
}

const char *const kCourseGone =
    QT_TRANSLATE_NOOP("kamae::store::TrainingRepository", "The course no longer exists.");
const char *const kSessionGone =
    QT_TRANSLATE_NOOP("kamae::store::TrainingRepository", "The training session no longer exists.");
const char *const kCampaignGone =
    QT_TRANSLATE_NOOP("kamae::store::TrainingRepository", "The phishing drill no longer exists.");
const char *const kPersonGone =
    QT_TRANSLATE_NOOP("kamae::store::TrainingRepository", "The person no longer exists.");
const char *const kAssignmentGone =
    QT_TRANSLATE_NOOP("kamae::store::TrainingRepository", "The assignment no longer exists.");

domain::Course readCourse(const RowCursor &row)
{
    domain::Course c;
    c.id = row.integer(0);
    c.title = row.text(1);
    c.topic = sql::enumValue(row.integer(2), domain::kCourseTopicCount, domain::CourseTopic::Other);
    c.format =
        sql::enumValue(row.integer(3), domain::kCourseFormatCount, domain::CourseFormat::Lecture);
    c.renewalMonths = static_cast<int>(row.integer(4));
    c.onboardingDays = static_cast<int>(row.integer(5));
    c.requirement =
        sql::enumValue(row.integer(6), domain::kRequirementCount, domain::Requirement::Optional);
    c.notes = row.text(7);
    c.builtin = row.text(8);
    return c;
}

void bindCourse(QSqlQuery &q, const domain::Course &c)
{
    q.addBindValue(c.title.trimmed());
    q.addBindValue(static_cast<int>(c.topic));
    q.addBindValue(static_cast<int>(c.format));
    q.addBindValue(c.renewalMonths);
    q.addBindValue(c.onboardingDays);
    q.addBindValue(static_cast<int>(c.requirement));
    q.addBindValue(text(c.notes));
    q.addBindValue(text(c.builtin));
}

domain::TrainingSession readSession(const RowCursor &row)
{
    domain::TrainingSession s;
    s.id = row.integer(0);
    s.courseId = row.integer(1);
    s.date = row.date(2);
    s.trainer = row.text(3);
    s.minutes = row.text(4).isEmpty() ? -1 : static_cast<int>(row.integer(4));
    s.materials = row.text(5);
    s.notes = row.text(6);
    return s;
}

void bindSession(QSqlQuery &q, const domain::TrainingSession &s)
{
    q.addBindValue(s.courseId);
    q.addBindValue(dateText(s.date));
    q.addBindValue(text(s.trainer.trimmed()));
    q.addBindValue(nullableInt(s.minutes));
    q.addBindValue(text(s.materials));
    q.addBindValue(text(s.notes));
}

domain::Attendance readAttendance(const RowCursor &row)
{
    domain::Attendance a;
    a.id = row.integer(0);
    a.sessionId = row.integer(1);
    a.personId = row.integer(2);
    a.state = sql::enumValue(row.integer(3), domain::kAttendanceStateCount,
                             domain::AttendanceState::Attended);
    a.score = static_cast<int>(row.integer(4));
    return a;
}

domain::TrainingAssignment readAssignment(const RowCursor &row)
{
    domain::TrainingAssignment a;
    a.id = row.integer(0);
    a.courseId = row.integer(1);
    a.personId = row.integer(2);
    a.assigned = row.date(3);
    a.due = row.date(4);
    a.reason = row.text(5);
    a.campaignId = row.integer(6);
    return a;
}

domain::PhishingCampaign readCampaign(const RowCursor &row)
{
    domain::PhishingCampaign c;
    c.id = row.integer(0);
    c.name = row.text(1);
    c.date = row.date(2);
    c.scenario = row.text(3);
    c.source = row.text(4);
    c.notes = row.text(5);
    return c;
}

void bindCampaign(QSqlQuery &q, const domain::PhishingCampaign &c)
{
    q.addBindValue(c.name.trimmed());
    q.addBindValue(dateText(c.date));
    q.addBindValue(text(c.scenario.trimmed()));
    q.addBindValue(text(c.source.trimmed()));
    q.addBindValue(text(c.notes));
}

domain::PhishingResult readResult(const RowCursor &row)
{
    domain::PhishingResult r;
    r.id = row.integer(0);
    r.campaignId = row.integer(1);
    r.personId = row.integer(2);
    r.email = row.text(3);
    r.name = row.text(4);
    r.delivered = row.integer(5) != 0;
    r.opened = row.integer(6) != 0;
    r.clicked = row.integer(7) != 0;
    r.submitted = row.integer(8) != 0;
    r.reported = row.integer(9) != 0;
    r.sentAt = instantFrom(row.text(10));
    r.openedAt = instantFrom(row.text(11));
    r.clickedAt = instantFrom(row.text(12));
    r.submittedAt = instantFrom(row.text(13));
    r.reportedAt = instantFrom(row.text(14));
    r.sourceId = row.text(15);
    return r;
}

// The fields of a course an audit line names, as stored.
QVector<std::pair<const char *, QString>> auditedValues(const domain::Course &c)
{
    return {
        {"title", c.title.trimmed()},
        {"topic", QString::number(static_cast<int>(c.topic))},
        {"format", QString::number(static_cast<int>(c.format))},
        {"renewal_months", QString::number(c.renewalMonths)},
        {"onboarding_days", QString::number(c.onboardingDays)},
        {"requirement", QString::number(static_cast<int>(c.requirement))},
        {"required_for", domain::cleanedNames(c.requiredFor).join(QLatin1Char('\n'))},
        {"notes", c.notes},
    };
}

QVector<std::pair<const char *, QString>> auditedValues(const domain::TrainingSession &s)
{
    return {
        {"course_id", QString::number(s.courseId)},
        {"held_on", dateText(s.date)},
        {"trainer", s.trainer.trimmed()},
        {"minutes", s.minutes >= 0 ? QString::number(s.minutes) : QString()},
        {"materials", s.materials},
        {"notes", s.notes},
    };
}

QVector<std::pair<const char *, QString>> auditedValues(const domain::PhishingCampaign &c)
{
    return {
        {"name", c.name.trimmed()},
        {"held_on", dateText(c.date)},
        {"scenario", c.scenario.trimmed()},
        {"source", c.source.trimmed()},
        {"notes", c.notes},
    };
}

// Every row `sql` returns, each read by `read`.
template <typename Read>
Result<QVector<std::invoke_result_t<Read, const RowCursor &>>>
readAll(const Database &db, const QString &sql, Read read)
{
    QVector<std::invoke_result_t<Read, const RowCursor &>> out;
    if (const Status s = db.readRows(sql, [&](const RowCursor &row) { out.append(read(row)); }); !s)
        return s.asFailure();
    return out;
}

// The row of `table` with this id, or the failure that says it is `gone`.
template <typename Read>
Result<std::invoke_result_t<Read, const RowCursor &>>
readById(const Database &db, const QString &table, const QString &columns, qint64 id, Read read,
         const char *gone)
{
    std::optional<std::invoke_result_t<Read, const RowCursor &>> found;
    const Status s = db.readRows(
        QStringLiteral("SELECT id, %1 FROM %2 WHERE id = %3").arg(columns, table).arg(id),
        [&](const RowCursor &row) { found = read(row); });
    if (!s)
        return s.asFailure();
    if (!found)
        return notFound(gone);
    return std::move(*found);
}

Status auditChanges(Database &db, const QString &entity, qint64 id,
                    const QVector<std::pair<const char *, QString>> &before,
                    const QVector<std::pair<const char *, QString>> &after)
{
    AuditLog audit(db);
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (before.at(i).second == after.at(i).second)
            continue;
        if (Status s = audit.record(entity, id, QStringLiteral("update"),
                                    QString::fromLatin1(after.at(i).first), before.at(i).second,
                                    after.at(i).second);
            !s)
            return s;
    }
    return {};
}

// The attendees checked: each valid, each person once.
Status checkAttendees(const QVector<domain::Attendance> &attendees)
{
    QSet<qint64> people;
    for (const domain::Attendance &a : attendees) {
        if (const QString problem = domain::attendanceProblem(a); !problem.isEmpty())
            return invalid(problem);
        if (people.contains(a.personId))
            return invalid(
                TrainingRepositoryText::tr("A person is listed twice in the attendance."));
        people.insert(a.personId);
    }
    return {};
}

} // namespace

// ---- Reading -----------------------------------------------------------

Result<TrainingRecords> TrainingRepository::all() const
{
    return read(true, true);
}

Result<TrainingRecords> TrainingRepository::forCoverage(bool withDrills) const
{
    return read(false, withDrills);
}

Result<TrainingRecords> TrainingRepository::read(bool wholeAttendance, bool withDrills) const
{
    TrainingRecords records;
    Status status;
    // Moves a list read into `records`, or keeps the first failure.
    const auto take = [&status](auto read, auto &into) {
        if (!status)
            return;
        auto list = read();
        if (list)
            into = std::move(list).value();
        else
            status = list.asFailure();
    };
    take([this] { return courses(); }, records.courses);
    take([this] { return sessions(); }, records.sessions);
    if (wholeAttendance)
        take([this] { return attendance(); }, records.attendance);
    else
        take([this] { return completions(); }, records.attendance);
    take([this] { return assignments(); }, records.assignments);
    if (withDrills) {
        take([this] { return campaigns(); }, records.campaigns);
        take([this] { return results(); }, records.results);
    }
    if (!status)
        return status.asFailure();
    return records;
}

Result<QVector<domain::Course>> TrainingRepository::courses() const
{
    QVector<domain::Course> courses;
    QHash<qint64, qsizetype> index;
    Status s = m_db.readRows(
        QStringLiteral("SELECT id, %1 FROM training_course ORDER BY id").arg(kCourseColumns),
        [&](const RowCursor &row) {
            index.insert(row.integer(0), courses.size());
            courses.append(readCourse(row));
        });
    if (!s)
        return s.asFailure();
    s = m_db.readRows(QStringLiteral("SELECT course_id, name FROM training_requirement"
                                     " ORDER BY course_id, position, name"),
                      [&](const RowCursor &row) {
                          const auto found = index.constFind(row.integer(0));
                          if (found != index.constEnd())
                              courses[found.value()].requiredFor.append(row.text(1));
                      });
    if (!s)
        return s.asFailure();
    for (domain::Course &c : courses)
        c = training::shownCourse(std::move(c));
    std::stable_sort(courses.begin(), courses.end(),
                     [](const domain::Course &a, const domain::Course &b) {
                         return a.title.localeAwareCompare(b.title) < 0;
                     });
    return courses;
}

Result<domain::Course> TrainingRepository::course(qint64 id) const
{
    std::optional<domain::Course> found;
    Status s = m_db.readRows(QStringLiteral("SELECT id, %1 FROM training_course WHERE id = %2")
                                 .arg(kCourseColumns)
                                 .arg(id),
                             [&found](const RowCursor &row) { found = readCourse(row); });
    if (!s)
        return s.asFailure();
    if (!found)
        return notFound(kCourseGone);
    s = m_db.readRows(QStringLiteral("SELECT name FROM training_requirement WHERE course_id = %1"
                                     " ORDER BY position, name")
                          .arg(id),
                      [&found](const RowCursor &row) { found->requiredFor.append(row.text(0)); });
    if (!s)
        return s.asFailure();
    return training::shownCourse(*found);
}

Result<QVector<domain::TrainingSession>> TrainingRepository::sessions(qint64 courseId) const
{
    const QString where =
        courseId > 0 ? QStringLiteral(" WHERE course_id = %1").arg(courseId) : QString();
    return readAll(
        m_db,
        QStringLiteral("SELECT id, %1 FROM training_session%2 ORDER BY held_on DESC, id DESC")
            .arg(kSessionColumns, where),
        readSession);
}

Result<domain::TrainingSession> TrainingRepository::session(qint64 id) const
{
    return readById(m_db, kSessionEntity, kSessionColumns, id, readSession, kSessionGone);
}

Result<QVector<domain::Attendance>> TrainingRepository::attendance(qint64 sessionId) const
{
    const QString where =
        sessionId > 0 ? QStringLiteral(" WHERE session_id = %1").arg(sessionId) : QString();
    return readAll(m_db,
                   QStringLiteral("SELECT id, %1 FROM training_attendance%2 ORDER BY id")
                       .arg(kAttendanceColumns, where),
                   readAttendance);
}

Result<QVector<domain::Attendance>> TrainingRepository::completions() const
{
    return readAll(
        m_db,
        QStringLiteral("SELECT session_id, person_id FROM training_attendance WHERE state = %1")
            .arg(static_cast<int>(domain::AttendanceState::Completed)),
        [](const RowCursor &row) {
            domain::Attendance a;
            a.sessionId = row.integer(0);
            a.personId = row.integer(1);
            return a;
        });
}

Result<QVector<domain::TrainingAssignment>> TrainingRepository::assignments() const
{
    return readAll(m_db,
                   QStringLiteral("SELECT id, %1 FROM training_assignment ORDER BY assigned_on, id")
                       .arg(kAssignmentColumns),
                   readAssignment);
}

Result<QVector<domain::PhishingCampaign>> TrainingRepository::campaigns() const
{
    return readAll(m_db,
                   QStringLiteral("SELECT id, %1 FROM phishing_campaign ORDER BY held_on, id")
                       .arg(kCampaignColumns),
                   readCampaign);
}

Result<domain::PhishingCampaign> TrainingRepository::campaign(qint64 id) const
{
    return readById(m_db, kCampaignEntity, kCampaignColumns, id, readCampaign, kCampaignGone);
}

Result<QVector<domain::PhishingResult>> TrainingRepository::results(qint64 campaignId) const
{
    const QString where =
        campaignId > 0 ? QStringLiteral(" WHERE campaign_id = %1").arg(campaignId) : QString();
    return readAll(m_db,
                   QStringLiteral("SELECT id, %1 FROM phishing_result%2 ORDER BY campaign_id, id")
                       .arg(kResultColumns, where),
                   readResult);
}

// ---- Courses -----------------------------------------------------------

Status TrainingRepository::writeRequirement(qint64 courseId, const QStringList &names)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM training_requirement WHERE course_id = ?"));
    q.addBindValue(courseId);
    if (!q.exec())
        return writeFailed(q);
    const QStringList cleaned = domain::cleanedNames(names);
    q.prepare(QStringLiteral(
        "INSERT INTO training_requirement (course_id, position, name) VALUES (?, ?, ?)"));
    for (int i = 0; i < cleaned.size(); ++i) {
        q.addBindValue(courseId);
        q.addBindValue(i);
        q.addBindValue(cleaned.at(i));
        if (!q.exec())
            return writeFailed(q);
    }
    return {};
}

Result<qint64> TrainingRepository::insertCourse(const domain::Course &shown)
{
    if (const QString problem = domain::courseProblem(shown); !problem.isEmpty())
        return invalid(problem);
    const domain::Course course = training::storedCourse(shown);
    if (!course.builtin.isEmpty()) {
        qint64 existing = 0;
        QSqlQuery check(m_db.sql());
        check.prepare(QStringLiteral("SELECT count(*) FROM training_course WHERE builtin = ?"));
        check.addBindValue(course.builtin);
        if (!check.exec() || !check.next())
            return readFailed(check);
        existing = check.value(0).toLongLong();
        if (existing > 0)
            return invalid(TrainingRepositoryText::tr("The starter course “%1” is already there.")
                               .arg(training::shownCourse(course).title));
    }
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    if (course.id > 0) {
        q.prepare(QStringLiteral("INSERT INTO training_course (id, %1, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(kCourseColumns));
        q.addBindValue(course.id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO training_course (%1, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(kCourseColumns));
    }
    bindCourse(q, course);
    q.addBindValue(nowText());
    if (!q.exec())
        return writeFailed(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = writeRequirement(id, course.requiredFor); !s)
        return s.asFailure();
    if (Status s = AuditLog(m_db).record(kCourseEntity, id, QStringLiteral("create"),
                                         QStringLiteral("title"), {}, course.title.trimmed());
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return id;
}

Status TrainingRepository::updateCourse(const domain::Course &shown)
{
    if (const QString problem = domain::courseProblem(shown); !problem.isEmpty())
        return invalid(problem);
    auto before = course(shown.id);
    if (!before)
        return before.asFailure();
    const domain::Course old = training::storedCourse(before.value());
    // The key says which starter course it came from; it is not edited,
    // and it decides whether the texts are stored as keys.
    domain::Course course = shown;
    course.builtin = old.builtin;
    course = training::storedCourse(course);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE training_course SET title = ?, topic = ?, format = ?,"
                             " renewal_months = ?, onboarding_days = ?, requirement = ?,"
                             " notes = ?, builtin = ?, updated_at = ? WHERE id = ?"));
    bindCourse(q, course);
    q.addBindValue(nowText());
    q.addBindValue(course.id);
    if (!q.exec())
        return writeFailed(q);
    if (domain::cleanedNames(old.requiredFor) != domain::cleanedNames(course.requiredFor)) {
        if (Status s = writeRequirement(course.id, course.requiredFor); !s)
            return s;
    }
    if (Status s =
            auditChanges(m_db, kCourseEntity, course.id, auditedValues(old), auditedValues(course));
        !s)
        return s;
    return tx.commit();
}

Result<CourseSnapshot> TrainingRepository::removeCourse(qint64 id)
{
    auto found = course(id);
    if (!found)
        return found.asFailure();
    CourseSnapshot snapshot;
    snapshot.course = training::storedCourse(found.value());
    auto sessions = this->sessions(id);
    if (!sessions)
        return sessions.asFailure();
    snapshot.sessions = sessions.value();
    Status s = m_db.readRows(
        QStringLiteral("SELECT a.id, a.session_id, a.person_id, a.state, coalesce(a.score, -1)"
                       " FROM training_attendance a JOIN training_session s"
                       " ON s.id = a.session_id WHERE s.course_id = %1 ORDER BY a.id")
            .arg(id),
        [&snapshot](const RowCursor &row) { snapshot.attendance.append(readAttendance(row)); });
    if (!s)
        return s.asFailure();
    s = m_db.readRows(
        QStringLiteral("SELECT id, %1 FROM training_assignment WHERE course_id = %2"
                       " ORDER BY id")
            .arg(kAssignmentColumns)
            .arg(id),
        [&snapshot](const RowCursor &row) { snapshot.assignments.append(readAssignment(row)); });
    if (!s)
        return s.asFailure();

    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM training_course WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return writeFailed(q);
    s = AuditLog(m_db).record(kCourseEntity, id, QStringLiteral("delete"), QStringLiteral("title"),
                              snapshot.course.title, {});
    if (s)
        s = tx.commit();
    if (!s)
        return s.asFailure();
    return snapshot;
}

Status TrainingRepository::restoreCourse(const CourseSnapshot &snapshot)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    auto id = insertCourse(snapshot.course);
    if (!id)
        return id.asFailure();
    for (const domain::TrainingSession &session : snapshot.sessions) {
        if (Status s = insertSessionRow(session, nullptr); !s)
            return s;
    }
    for (const domain::Attendance &a : snapshot.attendance) {
        if (Status s = insertAttendance(a.sessionId, a, true); !s)
            return s;
    }
    for (const domain::TrainingAssignment &a : snapshot.assignments) {
        if (Status s = insertAssignmentRow(a, true); !s)
            return s;
    }
    return tx.commit();
}

// ---- Sessions and attendance --------------------------------------------

Status TrainingRepository::insertSessionRow(const domain::TrainingSession &session, qint64 *id)
{
    QSqlQuery q(m_db.sql());
    if (session.id > 0) {
        q.prepare(QStringLiteral("INSERT INTO training_session (id, %1, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(kSessionColumns));
        q.addBindValue(session.id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO training_session (%1, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)")
                      .arg(kSessionColumns));
    }
    bindSession(q, session);
    q.addBindValue(nowText());
    if (!q.exec())
        return writeFailed(q);
    const qint64 stored = q.lastInsertId().toLongLong();
    if (id)
        *id = stored;
    return AuditLog(m_db).record(kSessionEntity, stored, QStringLiteral("create"),
                                 QStringLiteral("held_on"), {}, dateText(session.date));
}

// restoring: undo puts the row back as it was, unless a new row took its
// id, and a person deleted meanwhile is simply not there to attend.
// Otherwise a person who is not in the list is refused.
Status TrainingRepository::insertAttendance(qint64 sessionId, const domain::Attendance &a,
                                            bool restoring)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO training_attendance (id, session_id, person_id, state, score)"
        " SELECT CASE WHEN ? > 0 AND NOT EXISTS (SELECT 1 FROM training_attendance WHERE id = ?)"
        " THEN ? ELSE NULL END, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM person WHERE id = ?)"));
    const qint64 id = restoring ? a.id : 0;
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(sessionId);
    q.addBindValue(a.personId);
    q.addBindValue(static_cast<int>(a.state));
    q.addBindValue(nullableInt(a.score));
    q.addBindValue(a.personId);
    if (!q.exec())
        return writeFailed(q);
    if (q.numRowsAffected() <= 0)
        return restoring ? Status() : Status(notFound(kPersonGone));
    return AuditLog(m_db).record(kAttendanceEntity, q.lastInsertId().toLongLong(),
                                 QStringLiteral("create"), QStringLiteral("person_id"), {},
                                 a.personId);
}

Result<qint64> TrainingRepository::insertSession(const domain::TrainingSession &session,
                                                 const QVector<domain::Attendance> &attendees,
                                                 const QDate &today)
{
    if (const QString problem = domain::sessionProblem(session, today); !problem.isEmpty())
        return invalid(problem);
    if (Status s = checkAttendees(attendees); !s)
        return s.asFailure();
    if (auto c = course(session.courseId); !c)
        return c.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    qint64 id = 0;
    if (Status s = insertSessionRow(session, &id); !s)
        return s.asFailure();
    for (const domain::Attendance &a : attendees) {
        if (Status s = insertAttendance(id, a, false); !s)
            return s.asFailure();
    }
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return id;
}

Status TrainingRepository::updateSession(const domain::TrainingSession &session, const QDate &today)
{
    if (const QString problem = domain::sessionProblem(session, today); !problem.isEmpty())
        return invalid(problem);
    auto before = this->session(session.id);
    if (!before)
        return before.asFailure();
    if (before->courseId != session.courseId) {
        if (auto c = course(session.courseId); !c)
            return c.asFailure();
    }
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE training_session SET course_id = ?, held_on = ?,"
                             " trainer = ?, minutes = ?, materials = ?, notes = ?,"
                             " updated_at = ? WHERE id = ?"));
    bindSession(q, session);
    q.addBindValue(nowText());
    q.addBindValue(session.id);
    if (!q.exec())
        return writeFailed(q);
    if (Status s = auditChanges(m_db, kSessionEntity, session.id, auditedValues(before.value()),
                                auditedValues(session));
        !s)
        return s;
    return tx.commit();
}

Status TrainingRepository::setAttendance(qint64 sessionId,
                                         const QVector<domain::Attendance> &attendees)
{
    if (Status s = checkAttendees(attendees); !s)
        return s;
    if (auto found = session(sessionId); !found)
        return found.asFailure();
    auto current = attendance(sessionId);
    if (!current)
        return current.asFailure();
    QHash<qint64, domain::Attendance> byPerson;
    for (const domain::Attendance &a : current.value())
        byPerson.insert(a.personId, a);

    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    AuditLog audit(m_db);
    QSet<qint64> listed;
    for (const domain::Attendance &a : attendees) {
        listed.insert(a.personId);
        const auto was = byPerson.constFind(a.personId);
        if (was == byPerson.constEnd()) {
            if (Status s = insertAttendance(sessionId, a, false); !s)
                return s;
            continue;
        }
        if (was->state == a.state && was->score == a.score)
            continue;
        q.prepare(
            QStringLiteral("UPDATE training_attendance SET state = ?, score = ? WHERE id = ?"));
        q.addBindValue(static_cast<int>(a.state));
        q.addBindValue(nullableInt(a.score));
        q.addBindValue(was->id);
        if (!q.exec())
            return writeFailed(q);
        if (was->state != a.state) {
            if (Status s = audit.record(kAttendanceEntity, was->id, QStringLiteral("update"),
                                        QStringLiteral("state"), static_cast<int>(was->state),
                                        static_cast<int>(a.state));
                !s)
                return s;
        }
        if (was->score != a.score) {
            if (Status s = audit.record(kAttendanceEntity, was->id, QStringLiteral("update"),
                                        QStringLiteral("score"), nullableInt(was->score),
                                        nullableInt(a.score));
                !s)
                return s;
        }
    }
    for (const domain::Attendance &a : current.value()) {
        if (listed.contains(a.personId))
            continue;
        q.prepare(QStringLiteral("DELETE FROM training_attendance WHERE id = ?"));
        q.addBindValue(a.id);
        if (!q.exec())
            return writeFailed(q);
        if (Status s = audit.record(kAttendanceEntity, a.id, QStringLiteral("delete"),
                                    QStringLiteral("person_id"), a.personId, {});
            !s)
            return s;
    }
    return tx.commit();
}

Result<SessionSnapshot> TrainingRepository::removeSession(qint64 id)
{
    auto found = session(id);
    if (!found)
        return found.asFailure();
    auto attendees = attendance(id);
    if (!attendees)
        return attendees.asFailure();
    SessionSnapshot snapshot{found.value(), attendees.value()};
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM training_session WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return writeFailed(q);
    Status s =
        AuditLog(m_db).record(kSessionEntity, id, QStringLiteral("delete"),
                              QStringLiteral("held_on"), dateText(snapshot.session.date), {});
    if (s)
        s = tx.commit();
    if (!s)
        return s.asFailure();
    return snapshot;
}

Status TrainingRepository::restoreSession(const SessionSnapshot &snapshot)
{
    if (auto c = course(snapshot.session.courseId); !c)
        return c.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    if (Status s = insertSessionRow(snapshot.session, nullptr); !s)
        return s;
    for (const domain::Attendance &a : snapshot.attendance) {
        if (Status s = insertAttendance(snapshot.session.id, a, true); !s)
            return s;
    }
    return tx.commit();
}

// ---- Assignments -------------------------------------------------------

Status TrainingRepository::insertAssignmentRow(const domain::TrainingAssignment &a, bool restoring,
                                               qint64 *stored)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO training_assignment (id, course_id, person_id, assigned_on, due_on, reason,"
        " campaign_id, created_at)"
        " SELECT CASE WHEN ? > 0 AND NOT EXISTS (SELECT 1 FROM training_assignment WHERE id = ?)"
        " THEN ? ELSE NULL END, ?, ?, ?, ?, ?, (SELECT id FROM phishing_campaign WHERE id = ?), ?"
        " WHERE EXISTS (SELECT 1 FROM person WHERE id = ?)"));
    const qint64 id = restoring ? a.id : 0;
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(a.courseId);
    q.addBindValue(a.personId);
    q.addBindValue(dateText(a.assigned));
    q.addBindValue(dateText(a.due));
    q.addBindValue(text(a.reason.trimmed()));
    q.addBindValue(a.campaignId);
    q.addBindValue(nowText());
    q.addBindValue(a.personId);
    if (!q.exec())
        return writeFailed(q);
    if (q.numRowsAffected() <= 0)
        return restoring ? Status() : Status(notFound(kPersonGone));
    const qint64 newId = q.lastInsertId().toLongLong();
    if (stored)
        *stored = newId;
    return AuditLog(m_db).record(kAssignmentEntity, newId, QStringLiteral("create"),
                                 QStringLiteral("person_id"), {}, a.personId);
}

Result<qint64> TrainingRepository::insertAssignment(const domain::TrainingAssignment &assignment)
{
    if (const QString problem = domain::assignmentProblem(assignment); !problem.isEmpty())
        return invalid(problem);
    if (auto c = course(assignment.courseId); !c)
        return c.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    qint64 id = 0;
    if (Status s = insertAssignmentRow(assignment, false, &id); !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return id;
}

Result<domain::TrainingAssignment> TrainingRepository::removeAssignment(qint64 id)
{
    std::optional<domain::TrainingAssignment> found;
    Status s = m_db.readRows(QStringLiteral("SELECT id, %1 FROM training_assignment WHERE id = %2")
                                 .arg(kAssignmentColumns)
                                 .arg(id),
                             [&found](const RowCursor &row) { found = readAssignment(row); });
    if (!s)
        return s.asFailure();
    if (!found)
        return notFound(kAssignmentGone);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM training_assignment WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return writeFailed(q);
    s = AuditLog(m_db).record(kAssignmentEntity, id, QStringLiteral("delete"),
                              QStringLiteral("person_id"), found->personId, {});
    if (s)
        s = tx.commit();
    if (!s)
        return s.asFailure();
    return *found;
}

Result<QVector<domain::TrainingAssignment>>
TrainingRepository::removeAssignments(const QVector<qint64> &ids)
{
    QVector<domain::TrainingAssignment> removed;
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    for (qint64 id : ids) {
        auto one = removeAssignment(id);
        if (!one)
            return one.asFailure();
        removed.append(std::move(one).value());
    }
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return removed;
}

Status
TrainingRepository::restoreAssignments(const QVector<domain::TrainingAssignment> &assignments)
{
    for (const domain::TrainingAssignment &a : assignments) {
        if (const QString problem = domain::assignmentProblem(a); !problem.isEmpty())
            return invalid(problem);
    }
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    for (const domain::TrainingAssignment &a : assignments) {
        if (Status s = insertAssignmentRow(a, true); !s)
            return s;
    }
    return tx.commit();
}

// ---- Phishing drills ---------------------------------------------------

Status TrainingRepository::insertCampaignRow(const domain::PhishingCampaign &campaign, qint64 *id)
{
    QSqlQuery q(m_db.sql());
    if (campaign.id > 0) {
        q.prepare(QStringLiteral("INSERT INTO phishing_campaign (id, %1, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)")
                      .arg(kCampaignColumns));
        q.addBindValue(campaign.id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO phishing_campaign (%1, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?)")
                      .arg(kCampaignColumns));
    }
    bindCampaign(q, campaign);
    q.addBindValue(nowText());
    if (!q.exec())
        return writeFailed(q);
    const qint64 stored = q.lastInsertId().toLongLong();
    if (id)
        *id = stored;
    return AuditLog(m_db).record(kCampaignEntity, stored, QStringLiteral("create"),
                                 QStringLiteral("name"), {}, campaign.name.trimmed());
}

Status TrainingRepository::insertResults(qint64 campaignId,
                                         const QVector<domain::PhishingResult> &results,
                                         bool keepIds)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO phishing_result (id, campaign_id, person_id, email, name, delivered, opened,"
        " clicked, submitted, reported, sent_at, opened_at, clicked_at, submitted_at,"
        " reported_at, source_id) VALUES (?, ?, (SELECT id FROM person WHERE id = ?), ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const domain::PhishingResult &given : results) {
        const domain::PhishingResult r = domain::withImpliedFlags(given);
        q.addBindValue(nullableId(keepIds ? r.id : 0));
        q.addBindValue(campaignId);
        q.addBindValue(r.personId);
        q.addBindValue(text(r.email.trimmed()));
        q.addBindValue(text(r.name.trimmed()));
        for (bool flag : {r.delivered, r.opened, r.clicked, r.submitted, r.reported})
            q.addBindValue(flag ? 1 : 0);
        for (const QDateTime *at :
             {&r.sentAt, &r.openedAt, &r.clickedAt, &r.submittedAt, &r.reportedAt})
            q.addBindValue(instantText(*at));
        q.addBindValue(text(r.sourceId));
        if (!q.exec())
            return writeFailed(q);
    }
    return {};
}

Result<qint64> TrainingRepository::insertCampaign(const domain::PhishingCampaign &campaign,
                                                  const QVector<domain::PhishingResult> &results,
                                                  const QDate &today)
{
    if (const QString problem = domain::campaignProblem(campaign, today); !problem.isEmpty())
        return invalid(problem);
    for (const domain::PhishingResult &r : results) {
        if (const QString problem = domain::phishingResultProblem(r); !problem.isEmpty())
            return invalid(problem);
    }
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    qint64 id = 0;
    if (Status s = insertCampaignRow(campaign, &id); !s)
        return s.asFailure();
    if (Status s = insertResults(id, results, false); !s)
        return s.asFailure();
    if (!results.isEmpty()) {
        if (Status s = AuditLog(m_db).record(kCampaignEntity, id, QStringLiteral("update"),
                                             QStringLiteral("results"), 0,
                                             static_cast<qint64>(results.size()));
            !s)
            return s.asFailure();
    }
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return id;
}

Status TrainingRepository::updateCampaign(const domain::PhishingCampaign &campaign,
                                          const QDate &today)
{
    if (const QString problem = domain::campaignProblem(campaign, today); !problem.isEmpty())
        return invalid(problem);
    auto before = this->campaign(campaign.id);
    if (!before)
        return before.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE phishing_campaign SET name = ?, held_on = ?, scenario = ?,"
                             " source = ?, notes = ?, updated_at = ? WHERE id = ?"));
    bindCampaign(q, campaign);
    q.addBindValue(nowText());
    q.addBindValue(campaign.id);
    if (!q.exec())
        return writeFailed(q);
    if (Status s = auditChanges(m_db, kCampaignEntity, campaign.id, auditedValues(before.value()),
                                auditedValues(campaign));
        !s)
        return s;
    return tx.commit();
}

Status TrainingRepository::replaceResults(qint64 campaignId,
                                          const QVector<domain::PhishingResult> &results)
{
    return writeResults(campaignId, results, false);
}

Status TrainingRepository::writeResults(qint64 campaignId,
                                        const QVector<domain::PhishingResult> &results,
                                        bool keepIds)
{
    for (const domain::PhishingResult &r : results) {
        if (const QString problem = domain::phishingResultProblem(r); !problem.isEmpty())
            return invalid(problem);
    }
    if (auto found = campaign(campaignId); !found)
        return found.asFailure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM phishing_result WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec() || !q.next())
        return readFailed(q);
    const qint64 before = q.value(0).toLongLong();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    q.prepare(QStringLiteral("DELETE FROM phishing_result WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return writeFailed(q);
    if (Status s = insertResults(campaignId, results, keepIds); !s)
        return s;
    if (Status s = AuditLog(m_db).record(kCampaignEntity, campaignId, QStringLiteral("update"),
                                         QStringLiteral("results"), before,
                                         static_cast<qint64>(results.size()));
        !s)
        return s;
    return tx.commit();
}

Status TrainingRepository::linkResults(const QVector<std::pair<qint64, qint64>> &links)
{
    if (links.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery read(m_db.sql());
    read.prepare(QStringLiteral("SELECT coalesce(person_id, 0) FROM phishing_result WHERE id = ?"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE phishing_result SET person_id ="
                             " (SELECT id FROM person WHERE id = ?) WHERE id = ?"));
    AuditLog audit(m_db);
    for (const auto &[result, person] : links) {
        read.addBindValue(result);
        if (!read.exec())
            return readFailed(read);
        if (!read.next())
            continue; // the result is gone
        const qint64 before = read.value(0).toLongLong();
        read.finish();
        q.addBindValue(nullableId(person));
        q.addBindValue(result);
        if (!q.exec())
            return writeFailed(q);
        if (q.numRowsAffected() <= 0)
            continue;
        // No person is no value (NULL), not an empty text.
        const auto audited = [](qint64 id) {
            return id > 0 ? QVariant(id) : QVariant();
        };
        if (Status s =
                audit.record(QStringLiteral("phishing_result"), result, QStringLiteral("update"),
                             QStringLiteral("person_id"), audited(before), audited(person));
            !s)
            return s;
    }
    return tx.commit();
}

Result<CampaignSnapshot> TrainingRepository::removeCampaign(qint64 id)
{
    auto found = campaign(id);
    if (!found)
        return found.asFailure();
    auto results = this->results(id);
    if (!results)
        return results.asFailure();
    CampaignSnapshot snapshot;
    snapshot.campaign = found.value();
    snapshot.results = results.value();
    Status s = m_db.readRows(
        QStringLiteral("SELECT id FROM training_assignment WHERE campaign_id = %1 ORDER BY id")
            .arg(id),
        [&snapshot](const RowCursor &row) { snapshot.assignmentIds.append(row.integer(0)); });
    if (!s)
        return s.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM phishing_campaign WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return writeFailed(q);
    s = AuditLog(m_db).record(kCampaignEntity, id, QStringLiteral("delete"), QStringLiteral("name"),
                              snapshot.campaign.name, {});
    if (s)
        s = tx.commit();
    if (!s)
        return s.asFailure();
    return snapshot;
}

Status TrainingRepository::restoreCampaign(const CampaignSnapshot &snapshot)
{
    if (const QString problem = domain::campaignProblem(snapshot.campaign, QDate());
        !problem.isEmpty())
        return invalid(problem);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    qint64 id = 0;
    if (Status s = insertCampaignRow(snapshot.campaign, &id); !s)
        return s;
    if (Status s = insertResults(id, snapshot.results, true); !s)
        return s;
    QSqlQuery q(m_db.sql());
    for (qint64 assignment : snapshot.assignmentIds) {
        q.prepare(QStringLiteral("UPDATE training_assignment SET campaign_id = ?"
                                 " WHERE id = ? AND campaign_id IS NULL"));
        q.addBindValue(id);
        q.addBindValue(assignment);
        if (!q.exec())
            return writeFailed(q);
    }
    return tx.commit();
}

Status TrainingRepository::resetCampaign(const CampaignSnapshot &snapshot)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    // No date bound: the snapshot was stored before.
    if (Status s = updateCampaign(snapshot.campaign, QDate()); !s)
        return s;
    if (Status s = writeResults(snapshot.campaign.id, snapshot.results, true); !s)
        return s;
    return tx.commit();
}

} // namespace store
} // namespace kamae
