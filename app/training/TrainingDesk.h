#pragma once

#include "core/Result.h"
#include "domain/Person.h"
#include "io/Table.h"
#include "training/Coverage.h"
#include "training/GoPhish.h"
#include "training/Phishing.h"
#include "training/TrainingRecords.h"
#include "training/TrainingRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <utility>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// The training module's operations, shared by the Training page and the
// command line (`kamae training …`): reading the records once, coverage on
// a date, the starter catalogue, recording a session from ticked or pasted
// names, importing a GoPhish drill, and the follow-ups of repeat clickers.
// Dates are the caller's (clock::today() for "today"), never the system's.
namespace kamae {
namespace training {

struct TrainingDeskText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::training::TrainingDesk)
};

// The people list and every training record, read once.
struct TrainingState
{
    QVector<domain::Person> people;
    store::TrainingRecords records;
};
Result<TrainingState> loadTraining(store::Database &db);

// The coverage on `date` of the records as stored.
Result<Coverage> coverageOn(store::Database &db, const QDate &date);

// --- The starter catalogue ---

// The keys of the starter courses not in `courses`, in catalogue order.
QStringList missingStarterCourses(const QVector<domain::Course> &courses);
// Adds the starter courses named (all missing ones when `keys` is empty),
// skipping those already there, in one transaction. Returns the new ids.
Result<QVector<qint64>> addStarterCourses(store::Database &db, const QStringList &keys = {});

// --- Recording a session ---

// Names pasted from a list (one per line, or separated by commas, tabs,
// semicolons, or their full-width forms and 、), matched to people by name, reading or e-mail
// address (trimmed; spaces and case ignored). Each person once, in the order pasted.
struct PastedNames
{
    QVector<qint64> personIds;
    QStringList unknown;   // matched nobody
    QStringList ambiguous; // matched more than one entry
};
PastedNames matchPastedNames(const QVector<domain::Person> &people, const QString &text);

// Stores the session with these people as attendees (each in `state`), in
// one transaction. Returns its id.
Result<qint64> recordSession(store::Database &db, const domain::TrainingSession &session,
                             const QVector<qint64> &personIds, domain::AttendanceState state,
                             const QDate &today);

// --- Importing a GoPhish drill ---

struct PhishingImportRequest
{
    QString resultsPath;
    QString eventsPath; // optional: the events export of the same drill, for exact times
    PhishingImportOptions options;
    io::TextEncoding encoding = io::TextEncoding::Auto; // UTF-8 (BOM or not) or Shift_JIS
};
// Reads the files and matches the rows to the people list. Nothing is
// stored. Fails only when a file cannot be read or is not GoPhish's.
Result<PhishingImportPlan>
readPhishingImport(store::Database &db, const PhishingImportRequest &request, const QDate &today);

struct PhishingImportOutcome
{
    qint64 campaignId = 0;
    bool replaced = false; // a drill of that name from GoPhish was there: its results replaced
    int imported = 0;
    int matched = 0;
    // Replaced: the drill and its results as they were (undo puts them back).
    std::optional<store::CampaignSnapshot> previous;
};
// Stores the plan: a new drill, or new results for the GoPhish drill of
// the same name (a later export of the same campaign). One transaction.
Result<PhishingImportOutcome> importPhishing(store::Database &db, const PhishingImportPlan &plan,
                                             const QDate &today);
// "“Invoice mail”, 2026/10/01: 48 results (45 matched to the people list,
// 3 not), 2 not delivered. 1 row not imported." in the current language.
QString importSummaryText(const PhishingImportPlan &plan, const PhishingImportOutcome &outcome);

// Links the drill results no entry matched to the entry that now has
// their address (added since the import), in one transaction. Returns the
// links made, (result id, person id); undo unlinks them again.
Result<QVector<std::pair<qint64, qint64>>> relinkPhishingResults(store::Database &db);

// --- Follow-ups ---

// What assignFollowUps did: the assignments made, and the follow-up
// course when it had to add it (undo removes both).
struct FollowUps
{
    QVector<domain::TrainingAssignment> assigned;
    qint64 addedCourse = 0;
};

// Assigns the follow-up course (the starter follow-up when courseId is 0,
// added first if the vault lacks it) to every repeat clicker who needs it
// (proposedFollowUps), in one transaction.
Result<FollowUps> assignFollowUps(store::Database &db, const QDate &today, qint64 courseId = 0);

} // namespace training
} // namespace kamae
