#pragma once

#include "core/Result.h"
#include "training/TrainingRecords.h"

#include <QVector>

#include <utility>

namespace kamae {
namespace store {

class Database;

// What deleting a course takes with it, for undo: its sessions with their
// attendance, and the assignments of the course.
struct CourseSnapshot
{
    domain::Course course;
    QVector<domain::TrainingSession> sessions;
    QVector<domain::Attendance> attendance;
    QVector<domain::TrainingAssignment> assignments;
};

struct SessionSnapshot
{
    domain::TrainingSession session;
    QVector<domain::Attendance> attendance;
};

// A drill with its results, and the assignments it caused (which stay,
// without the link, when it goes).
struct CampaignSnapshot
{
    domain::PhishingCampaign campaign;
    QVector<domain::PhishingResult> results;
    QVector<qint64> assignmentIds;
};

// Everything the training module stores, read at once (the coverage, the
// drills' figures and the page read it whole).
struct TrainingRecords
{
    QVector<domain::Course> courses; // shown: starter texts in the current language
    QVector<domain::TrainingSession> sessions;
    QVector<domain::Attendance> attendance;
    QVector<domain::TrainingAssignment> assignments;
    QVector<domain::PhishingCampaign> campaigns;
    QVector<domain::PhishingResult> results;
};

// The training module's records: courses with whom they are required of,
// sessions and attendance, assignments, and phishing drills with their
// results. Every write is one transaction with its audit log entries and
// refuses what domain/Training.h says cannot be stored. Courses are read
// with their starter texts in the current language (training/StarterCourses.h).
class TrainingRepository final
{
public:
    explicit TrainingRepository(Database &db) : m_db(db) {}

    Result<TrainingRecords> all() const;
    // Only what coverage reads: the courses, sessions, assignments and, of
    // the attendance, the completions without ids or scores; the drills
    // with their results too when asked (the score's rates).
    Result<TrainingRecords> forCoverage(bool withDrills = false) const;

    // --- Courses, by title ---
    Result<QVector<domain::Course>> courses() const;
    Result<domain::Course> course(qint64 id) const;
    // A course with an id (undo) keeps it. A starter course whose key is
    // already in the vault is refused.
    Result<qint64> insertCourse(const domain::Course &course);
    Status updateCourse(const domain::Course &course);
    Result<CourseSnapshot> removeCourse(qint64 id);
    Status restoreCourse(const CourseSnapshot &snapshot);

    // --- Sessions and attendance ---
    // Newest first; all courses when courseId is 0.
    Result<QVector<domain::TrainingSession>> sessions(qint64 courseId = 0) const;
    Result<domain::TrainingSession> session(qint64 id) const;
    // The session and who attended, in one transaction (ids of attendances
    // are ignored; each person once). `today` bounds the date.
    Result<qint64> insertSession(const domain::TrainingSession &session,
                                 const QVector<domain::Attendance> &attendees, const QDate &today);
    Status updateSession(const domain::TrainingSession &session, const QDate &today);
    // Makes the session's attendance exactly `attendees` (by person):
    // people no longer listed are removed, new ones added, changed states
    // and scores written.
    Status setAttendance(qint64 sessionId, const QVector<domain::Attendance> &attendees);
    Result<SessionSnapshot> removeSession(qint64 id);
    Status restoreSession(const SessionSnapshot &snapshot);
    // All sessions' when sessionId is 0.
    Result<QVector<domain::Attendance>> attendance(qint64 sessionId = 0) const;
    // Only what coverage reads: the completed attendances, with their
    // session and person (no id, no score). Reading them is most of the
    // cost of coverage at a large company's size (bench_training).
    Result<QVector<domain::Attendance>> completions() const;

    // --- Assignments ---
    Result<QVector<domain::TrainingAssignment>> assignments() const;
    Result<qint64> insertAssignment(const domain::TrainingAssignment &assignment);
    Result<domain::TrainingAssignment> removeAssignment(qint64 id);
    // Several at once (undo of the follow-ups), in one transaction; returns
    // them for restoreAssignments.
    Result<QVector<domain::TrainingAssignment>> removeAssignments(const QVector<qint64> &ids);
    // Puts assignments back under their ids (those of people no longer
    // listed are skipped, as when a course is restored).
    Status restoreAssignments(const QVector<domain::TrainingAssignment> &assignments);

    // --- Phishing drills, oldest first ---
    Result<QVector<domain::PhishingCampaign>> campaigns() const;
    Result<domain::PhishingCampaign> campaign(qint64 id) const;
    // The drill with its results (their campaign ids are ignored).
    Result<qint64> insertCampaign(const domain::PhishingCampaign &campaign,
                                  const QVector<domain::PhishingResult> &results,
                                  const QDate &today);
    Status updateCampaign(const domain::PhishingCampaign &campaign, const QDate &today);
    // Replaces every result of the drill (a new import of its export).
    Status replaceResults(qint64 campaignId, const QVector<domain::PhishingResult> &results);
    // All drills' when campaignId is 0.
    Result<QVector<domain::PhishingResult>> results(qint64 campaignId = 0) const;
    // Points results at people: (result id, person id), e.g. after an
    // unmatched address was added to someone's entry. Person id 0 unlinks
    // the result again (undo).
    Status linkResults(const QVector<std::pair<qint64, qint64>> &links);
    Result<CampaignSnapshot> removeCampaign(qint64 id);
    Status restoreCampaign(const CampaignSnapshot &snapshot);
    // Makes a stored drill and its results exactly the snapshot's, the
    // results under their ids (undo and redo of an import that replaced
    // them). The assignments it caused stay as they are.
    Status resetCampaign(const CampaignSnapshot &snapshot);

private:
    Result<TrainingRecords> read(bool wholeAttendance, bool withDrills) const;
    Status writeRequirement(qint64 courseId, const QStringList &names);
    Status insertAttendance(qint64 sessionId, const domain::Attendance &a, bool restoring);
    Status insertResults(qint64 campaignId, const QVector<domain::PhishingResult> &results,
                         bool keepIds);
    Status writeResults(qint64 campaignId, const QVector<domain::PhishingResult> &results,
                        bool keepIds);
    Status insertAssignmentRow(const domain::TrainingAssignment &a, bool restoring,
                               qint64 *stored = nullptr);
    Status insertSessionRow(const domain::TrainingSession &s, qint64 *id);
    Status insertCampaignRow(const domain::PhishingCampaign &c, qint64 *id);

    Database &m_db;
};

} // namespace store
} // namespace kamae
