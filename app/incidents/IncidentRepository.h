#pragma once

#include "core/Result.h"
#include "incidents/IncidentRecords.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace kamae {
namespace store {

class Database;

// The incidents module's records: the contacts directory and the partners
// to inform (each read and written whole, a few dozen rows), the incident
// log (one incident with its timeline, follow-ups and ticks at a time) and
// the playbooks (one kind at a time, step ids kept so ticks keep pointing
// at their steps). Every write is one transaction with its audit log entry
// and refuses what IncidentRecords.h says cannot be stored. Kamae's own
// texts are stored as keys (IncidentDefaults, IncidentPlaybooks); what is
// read back is the stored form: pass it through shownContact() or
// shownPlaybook() to show it.
class IncidentRepository final
{
public:
    explicit IncidentRepository(Database &db) : m_db(db) {}

    // --- The directory, in order ---
    Result<QVector<domain::IncidentContact>> contacts() const;
    // Makes the stored directory exactly `contacts`; entries with an id
    // keep it. `today` bounds the checked dates. Returns it as stored.
    Result<QVector<domain::IncidentContact>>
    saveContacts(const QVector<domain::IncidentContact> &contacts, const QDate &today);

    // --- Partners to inform, in order ---
    Result<QVector<domain::IncidentPartner>> partners() const;
    Result<QVector<domain::IncidentPartner>>
    savePartners(const QVector<domain::IncidentPartner> &partners);

    // --- The log, newest detection first ---
    Result<QVector<domain::Incident>> incidents() const;
    Result<domain::Incident> incident(qint64 id) const;
    // One with an id (undo) keeps it. `now` bounds the times.
    Result<qint64> insertIncident(const domain::Incident &incident, const QDateTime &now);
    Status updateIncident(const domain::Incident &incident, const QDateTime &now);
    Result<domain::Incident> removeIncident(qint64 id);

    // --- Playbooks: only the kinds the company adopted ---
    Result<QVector<domain::Playbook>> playbooks() const;
    // The stored playbook of a kind; no steps while not adopted.
    Result<domain::Playbook> playbook(domain::IncidentKind kind) const;
    // Makes the kind's stored steps exactly `playbook`'s: steps with an id
    // keep it (and the ticks that point at it), removed ones go (their
    // ticks keep their text). A step added (or put back by undo, keeping
    // its id) takes back the unlinked ticks of incidents of the kind whose
    // text is its own. Returns it as stored.
    Result<domain::Playbook> savePlaybook(const domain::Playbook &playbook);

    // The names of the people and assets the records refer to (for words).
    Result<QHash<qint64, QString>> personNames() const;
    Result<QHash<qint64, QString>> assetNames(const QVector<qint64> &ids) const;

private:
    Status writeIncident(const domain::Incident &incident, bool insert, qint64 *id);

    Database &m_db;
};

} // namespace store
} // namespace kamae
