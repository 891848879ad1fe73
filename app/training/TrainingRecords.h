#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

// The training module's records (issue 17): courses, the sessions that
// teach them and who attended, follow-up assignments, and simulated
// phishing drills with each recipient's result. Trainees are entries of
// the people list (domain/Person.h). The rules that judge them are in
// Coverage and Phishing; what a record must be before it is stored is
// here. Value types of the module, in the domain namespace as the others.
namespace kamae {
namespace domain {

// What a course teaches. The first six are the lessons of the METI and
// Emotet alerts (shared/seeds); CIS Controls v8 safeguard 14 is the
// checklist behind them.
enum class CourseTopic
{
    Phishing = 0,            // phishing and Emotet: attachments, macros, reporting
    PasswordsMfa = 1,        // passwords and multi-factor authentication
    IncidentReporting = 2,   // what to do and whom to call when something happens
    InformationHandling = 3, // handling information, clear desk and screen
    PhysicalSecurity = 4,    // locks, visitors, devices taken out
    BcpDrill = 5,            // business continuity drill
    RoleSpecific = 6,        // for administrators, executives, developers …
    Other = 7,
};
constexpr int kCourseTopicCount = 8;

enum class CourseFormat
{
    Lecture = 0,
    ELearning = 1,
    Video = 2,
    Drill = 3, // an exercise: a phishing drill, a BCP call-tree drill
};
constexpr int kCourseFormatCount = 4;

// Who must take a course.
enum class Requirement
{
    Everyone = 0,
    Departments = 1, // the people whose department is listed
    Roles = 2,       // the people whose role is listed
    Optional = 3,    // nobody, unless assigned to someone (a follow-up)
};
constexpr int kRequirementCount = 4;

// Bounds of a course's periods: ten years, as the backup intervals.
constexpr int kMaxRenewalMonths = 120;
constexpr int kMaxOnboardingDays = 3660;

struct Course
{
    qint64 id = 0;
    QString title;
    CourseTopic topic = CourseTopic::Other;
    CourseFormat format = CourseFormat::Lecture;
    int renewalMonths = 12; // 0: once is enough
    int onboardingDays = 0; // 0: no onboarding deadline
    Requirement requirement = Requirement::Everyone;
    // The departments or roles it is required for (Departments, Roles);
    // compared trimmed and case-insensitively with the people's.
    QStringList requiredFor;
    QString notes;
    // Non-empty for a course of Kamae's starter catalogue: its stable key.
    // Its title and notes are stored as their English source while the
    // user has not changed them, and shown in the reader's language.
    QString builtin;

    bool operator==(const Course &o) const
    {
        return id == o.id && title == o.title && topic == o.topic && format == o.format &&
               renewalMonths == o.renewalMonths && onboardingDays == o.onboardingDays &&
               requirement == o.requirement && requiredFor == o.requiredFor && notes == o.notes &&
               builtin == o.builtin;
    }
    bool operator!=(const Course &o) const { return !(*this == o); }
};

// One time a course was taught (a lecture, a video shown, an e-learning
// period closed, a drill held).
struct TrainingSession
{
    qint64 id = 0;
    qint64 courseId = 0;
    QDate date;
    QString trainer;   // as written: a colleague, an outside lecturer, a provider
    int minutes = -1;  // -1: not recorded
    QString materials; // what was used: slides, a video's title, where they are kept
    QString notes;

    bool operator==(const TrainingSession &o) const
    {
        return id == o.id && courseId == o.courseId && date == o.date && trainer == o.trainer &&
               minutes == o.minutes && materials == o.materials && notes == o.notes;
    }
    bool operator!=(const TrainingSession &o) const { return !(*this == o); }
};

enum class AttendanceState
{
    Attended = 0,  // was there, did not complete (left early, failed the test)
    Completed = 1, // counts for coverage
};
constexpr int kAttendanceStateCount = 2;

struct Attendance
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 personId = 0;
    AttendanceState state = AttendanceState::Completed;
    int score = -1; // 0–100 when the session had a test; -1: none

    bool operator==(const Attendance &o) const
    {
        return id == o.id && sessionId == o.sessionId && personId == o.personId &&
               state == o.state && score == o.score;
    }
    bool operator!=(const Attendance &o) const { return !(*this == o); }
};

// A course assigned to one person, whatever its requirement says: a
// follow-up after a drill, or a course someone must retake. Fulfilled by a
// completion on or after the day it was assigned.
struct TrainingAssignment
{
    qint64 id = 0;
    qint64 courseId = 0;
    qint64 personId = 0;
    QDate assigned;
    QDate due;             // invalid: assigned + kDefaultAssignmentDays
    QString reason;        // a stable key (kRepeatClickerReason) or the user's words
    qint64 campaignId = 0; // the drill that caused it, if any

    bool operator==(const TrainingAssignment &o) const
    {
        return id == o.id && courseId == o.courseId && personId == o.personId &&
               assigned == o.assigned && due == o.due && reason == o.reason &&
               campaignId == o.campaignId;
    }
};
constexpr int kDefaultAssignmentDays = 30;
// The reason of the follow-ups Kamae proposes for people who clicked in two
// drills (training/Phishing.h).
inline const QString kRepeatClickerReason = QStringLiteral("phishing.repeat_clicker");

// A simulated phishing drill (標的型メール訓練).
struct PhishingCampaign
{
    qint64 id = 0;
    QString name;
    QDate date;
    QString scenario; // what the mail pretended to be
    QString source;   // where the results came from: "gophish", or empty for typed in
    QString notes;

    bool operator==(const PhishingCampaign &o) const
    {
        return id == o.id && name == o.name && date == o.date && scenario == o.scenario &&
               source == o.source && notes == o.notes;
    }
};
inline const QString kGoPhishSource = QStringLiteral("gophish");

// One recipient of a drill. Each flag implies the ones before it (a click
// is an open is a delivery), as GoPhish counts them; reported stands alone.
// Times are instants (UTC); invalid when not known.
struct PhishingResult
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 personId = 0; // 0: not matched to the people list
    QString email;       // as imported
    QString name;        // as imported, for rows not matched
    bool delivered = false;
    bool opened = false;
    bool clicked = false;
    bool submitted = false; // entered data on the landing page
    bool reported = false;
    QDateTime sentAt;
    QDateTime openedAt;
    QDateTime clickedAt;
    QDateTime submittedAt;
    QDateTime reportedAt;
    QString sourceId; // GoPhish's result id

    bool operator==(const PhishingResult &o) const
    {
        return id == o.id && campaignId == o.campaignId && personId == o.personId &&
               email == o.email && name == o.name && delivered == o.delivered &&
               opened == o.opened && clicked == o.clicked && submitted == o.submitted &&
               reported == o.reported && sentAt == o.sentAt && openedAt == o.openedAt &&
               clickedAt == o.clickedAt && submittedAt == o.submittedAt &&
               reportedAt == o.reportedAt && sourceId == o.sourceId;
    }
};

// What a record must be before it is stored: an empty reason when it can
// be, else a translated sentence. `today` bounds dates (nothing is recorded
// as having happened in the future).
QString courseProblem(const Course &course);
QString sessionProblem(const TrainingSession &session, const QDate &today);
QString attendanceProblem(const Attendance &attendance);
QString assignmentProblem(const TrainingAssignment &assignment);
QString campaignProblem(const PhishingCampaign &campaign, const QDate &today);
QString phishingResultProblem(const PhishingResult &result);

// The flags made consistent: a click implies an open implies a delivery.
PhishingResult withImpliedFlags(PhishingResult result);

// The names a course is required for, trimmed, without empty or repeated
// ones (case-insensitively), in the order given.
QStringList cleanedNames(const QStringList &names);

// The due date of an assignment (its own, or assigned + the default).
QDate assignmentDue(const TrainingAssignment &assignment);

} // namespace domain
} // namespace kamae
