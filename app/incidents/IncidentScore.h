#pragma once

#include "core/Result.h"
#include "incidents/IncidentRecords.h"
#include "reminders/Reminder.h"
#include "score/Evidence.h"
#include "score/Score.h"

#include <QDate>
#include <QTimeZone>
#include <QVector>

#include <any>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// What the incident records say to the score's incidents measure
// (インシデント対応・報告), to the self-assessment's evidence (ipa24,
// kamae.incident.reporting) and to the reminders (docs/incidents.md,
// "Score" and "Reminders"). Pure functions of (input, today), but for the
// loaders.
namespace kamae {
namespace incidents {

// Contacts count as checked, and a drill or review as recent, for this
// many days; the review's value then falls to nothing at twice this.
constexpr int kReviewIntervalDays = 365;

// The module's part of the score's input (ModuleInfo::loadScoreData).
struct ScoreData
{
    QVector<domain::IncidentContact> contacts;
    QVector<domain::IncidentPartner> partners;
    QVector<domain::Playbook> playbooks; // the adopted ones
    QVector<domain::Incident> incidents;
    QTimeZone zone; // the user's, for the days of the instants
};
Result<std::any> loadScoreData(store::Database &db);
const ScoreData *scoreDataOf(const score::ScoreInput &input);

// The groups of the directory the score asks for, each met by a reachable
// entry checked within 12 months: IPA, the police, the Commission, expert
// help (an IT vendor or the Otasuketai provider) and an own responder.
enum class ContactGroup
{
    Ipa = 0,
    Police,
    Ppc,
    Experts,
    Responder,
};
constexpr int kContactGroupCount = 5;
bool inGroup(const domain::IncidentContact &contact, ContactGroup group);

// The figures the factors, the evidence and the reminders share.
struct Summary
{
    bool anything = false;
    int groupsMet = 0; // of kContactGroupCount
    QVector<ContactGroup> missing;
    int contactsStale = 0;  // not checked within 12 months (or never)
    int mainPlaybooks = 0;  // of mainKinds()
    int partners = 0;       // with a way to reach them
    QDate lastReview;       // a drill held, or a closed incident with lessons
    int reportsOverdue = 0; // legal reports past their due date, not made
};
Summary summarize(const ScoreData &data, const QDate &today);

// Whether a contact was checked within 12 months of `today`.
bool checkedRecently(const domain::IncidentContact &contact, const QDate &today);

// A group's name in a sentence ("the police cyber crime desk").
QString contactGroupName(ContactGroup group);

// What a directory entry lacks, worst first: nothing to call, write to or
// look up; never checked; not checked within 12 months.
enum class ContactState
{
    Ok,
    Unreachable,
    NeverChecked,
    Stale,
};
ContactState contactState(const domain::IncidentContact &contact, const QDate &today);

QVector<score::Factor> incidentFactors(const score::ScoreInput &input, const QDate &today);
QVector<score::Evidence> incidentEvidence(const score::ScoreInput &input, const QDate &today);

namespace kind {
inline const QString PpcPreliminary = QStringLiteral("incident_ppc_preliminary");
inline const QString PpcFinal = QStringLiteral("incident_ppc_final");
inline const QString NotifyIndividuals = QStringLiteral("incident_notify_individuals");
inline const QString FollowUp = QStringLiteral("incident_follow_up");
inline const QString ContactsCheck = QStringLiteral("incident_contacts_check");
} // namespace kind

// Pure: the reminders on `today`.
QVector<reminders::Reminder> incidentReminders(const ScoreData &data, const QDate &today);
Result<QVector<reminders::Reminder>> incidentReminderSource(store::Database &db,
                                                            const QDate &today);

} // namespace incidents
} // namespace kamae
