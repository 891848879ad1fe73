#include "training/TrainingSchema.h"

#include "store/Migrations.h"
#include "training/TrainingRecords.h"

namespace kamae {
namespace training {

namespace {

// Training (issue 17): courses with who must take them, the sessions that
// teach them and who attended, follow-up assignments, and simulated
// phishing drills with each recipient's result. No course is added here: a
// new vault starts without requirements, and the starter catalogue is added
// on request (StarterCourses.h).
//
// "IF NOT EXISTS": development builds before the module owned its schema
// created these tables in step 8 with the same definitions.
Status version9(QSqlDatabase &db)
{
    return store::execAll(
        db,
        {
            // builtin: the key of a starter course; its title and notes are
            // then stored as their English source and shown translated.
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS training_course ("
                " id INTEGER PRIMARY KEY,"
                " title TEXT NOT NULL CHECK (title <> ''),"
                " topic INTEGER NOT NULL DEFAULT 7 CHECK (topic BETWEEN 0 AND 7),"
                " format INTEGER NOT NULL DEFAULT 0 CHECK (format BETWEEN 0 AND 3),"
                " renewal_months INTEGER NOT NULL DEFAULT 12"
                "   CHECK (renewal_months BETWEEN 0 AND 120),"
                " onboarding_days INTEGER NOT NULL DEFAULT 0"
                "   CHECK (onboarding_days BETWEEN 0 AND 3660),"
                " requirement INTEGER NOT NULL DEFAULT 0 CHECK (requirement BETWEEN 0 AND 3),"
                " notes TEXT NOT NULL DEFAULT '',"
                " builtin TEXT NOT NULL DEFAULT '',"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX IF NOT EXISTS training_course_builtin ON training_course"
                " (builtin) WHERE builtin <> ''"),
            // The departments or roles (by the course's requirement) it is
            // required for, as the people list writes them.
            QStringLiteral("CREATE TABLE IF NOT EXISTS training_requirement ("
                           " course_id INTEGER NOT NULL"
                           "   REFERENCES training_course (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " name TEXT NOT NULL CHECK (name <> ''),"
                           " PRIMARY KEY (course_id, name))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS training_session ("
                           " id INTEGER PRIMARY KEY,"
                           " course_id INTEGER NOT NULL"
                           "   REFERENCES training_course (id) ON DELETE CASCADE,"
                           " held_on TEXT NOT NULL CHECK (held_on <> ''),"
                           " trainer TEXT NOT NULL DEFAULT '',"
                           " minutes INTEGER CHECK (minutes IS NULL OR minutes >= 0),"
                           " materials TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS training_session_course ON training_session "
                           "(course_id, held_on)"),
            // A person's history goes with the person; undoing the delete
            // puts it back (PeopleRepository::restore).
            QStringLiteral("CREATE TABLE IF NOT EXISTS training_attendance ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER NOT NULL"
                           "   REFERENCES training_session (id) ON DELETE CASCADE,"
                           " person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
                           " state INTEGER NOT NULL DEFAULT 1 CHECK (state IN (0, 1)),"
                           " score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),"
                           " UNIQUE (session_id, person_id))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS training_attendance_person ON "
                           "training_attendance (person_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS phishing_campaign ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL CHECK (name <> ''),"
                           " held_on TEXT NOT NULL CHECK (held_on <> ''),"
                           " scenario TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL)"),
            // A recipient keeps the address and name it was imported with:
            // rows no entry of the list matched are kept (person_id NULL),
            // and so are those of an entry deleted later. Times are UTC
            // instants (yyyy-MM-ddTHH:mm:ss.zzzZ) or ''.
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS phishing_result ("
                " id INTEGER PRIMARY KEY,"
                " campaign_id INTEGER NOT NULL"
                "   REFERENCES phishing_campaign (id) ON DELETE CASCADE,"
                " person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
                " email TEXT NOT NULL DEFAULT '',"
                " name TEXT NOT NULL DEFAULT '',"
                " delivered INTEGER NOT NULL DEFAULT 0 CHECK (delivered IN (0, 1)),"
                " opened INTEGER NOT NULL DEFAULT 0 CHECK (opened IN (0, 1)),"
                " clicked INTEGER NOT NULL DEFAULT 0 CHECK (clicked IN (0, 1)),"
                " submitted INTEGER NOT NULL DEFAULT 0 CHECK (submitted IN (0, 1)),"
                " reported INTEGER NOT NULL DEFAULT 0 CHECK (reported IN (0, 1)),"
                " sent_at TEXT NOT NULL DEFAULT '',"
                " opened_at TEXT NOT NULL DEFAULT '',"
                " clicked_at TEXT NOT NULL DEFAULT '',"
                " submitted_at TEXT NOT NULL DEFAULT '',"
                " reported_at TEXT NOT NULL DEFAULT '',"
                " source_id TEXT NOT NULL DEFAULT '',"
                // A click is an open is a delivery, as GoPhish counts them.
                " CHECK (submitted <= clicked AND clicked <= opened AND opened <= delivered"
                "   AND reported <= delivered))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS phishing_result_campaign ON phishing_result "
                           "(campaign_id)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS phishing_result_person ON phishing_result (person_id)"),
            // A course assigned to one person (a follow-up after a drill),
            // fulfilled by a completion on or after assigned_on.
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS training_assignment ("
                " id INTEGER PRIMARY KEY,"
                " course_id INTEGER NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,"
                " person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
                " assigned_on TEXT NOT NULL CHECK (assigned_on <> ''),"
                " due_on TEXT NOT NULL DEFAULT '',"
                " reason TEXT NOT NULL DEFAULT '',"
                " campaign_id INTEGER REFERENCES phishing_campaign (id) ON DELETE SET NULL,"
                " created_at TEXT NOT NULL,"
                " UNIQUE (course_id, person_id, assigned_on))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS training_assignment_person ON "
                           "training_assignment (person_id)"),
        });
}

} // namespace

store::SchemaPart trainingSchema()
{
    using store::integerRange;
    store::SchemaPart part;
    part.steps = {{9, version9}};
    part.valueRules = {
        integerRange("training_course", "topic", 0, domain::kCourseTopicCount - 1),
        integerRange("training_course", "format", 0, domain::kCourseFormatCount - 1),
        integerRange("training_course", "renewal_months", 0, domain::kMaxRenewalMonths),
        integerRange("training_course", "onboarding_days", 0, domain::kMaxOnboardingDays),
        integerRange("training_course", "requirement", 0, domain::kRequirementCount - 1),
        integerRange("training_session", "minutes", 0, 1000000, true),
        integerRange("training_attendance", "state", 0, domain::kAttendanceStateCount - 1),
        integerRange("training_attendance", "score", 0, 100, true),
        integerRange("phishing_result", "delivered", 0, 1),
        integerRange("phishing_result", "opened", 0, 1),
        integerRange("phishing_result", "clicked", 0, 1),
        integerRange("phishing_result", "submitted", 0, 1),
        integerRange("phishing_result", "reported", 0, 1),
    };
    return part;
}

} // namespace training
} // namespace kamae
