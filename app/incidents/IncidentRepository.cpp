#include "incidents/IncidentRepository.h"

#include "core/Clock.h"
#include "incidents/IncidentDefaults.h"
#include "incidents/IncidentPlaybooks.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/SqlWrites.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace kamae {
namespace store {

using namespace domain;
using sql::dateFrom;
using sql::dateText;
using sql::execSql;
using sql::insertRow;
using sql::instantFrom;
using sql::nullableId;
using sql::text;

namespace {

struct IncidentRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::IncidentRepository)
};

const QString kContactsEntity = QStringLiteral("incident_contacts");
const QString kPartnersEntity = QStringLiteral("incident_partners");
const QString kIncidentEntity = QStringLiteral("incident");
const QString kPlaybookEntity = QStringLiteral("incident_playbook");

const char *const kIncidentGone =
    QT_TRANSLATE_NOOP("kamae::store::IncidentRepository", "The incident no longer exists.");

Failure invalid(const QString &problem)
{
    return Failure{ErrorCode::Invalid, problem};
}

// Instants in UTC, to the millisecond; "" for none.
QString instantText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String(""));
}

} // namespace

// ---- The directory ---------------------------------------------------------

Result<QVector<IncidentContact>> IncidentRepository::contacts() const
{
    QVector<IncidentContact> out;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, kind, name, purpose, when_to_call, phone, address,"
                       " official_page, region, notes, coalesce(person_id, 0), checked_on,"
                       " builtin FROM incident_contact ORDER BY position, id"),
        [&out](const RowCursor &row) {
            IncidentContact c;
            c.id = row.integer(0);
            c.kind = sql::enumValue(row.integer(1), kContactKindCount, ContactKind::Other);
            c.name = row.text(2);
            c.purpose = row.text(3);
            c.whenToCall = row.text(4);
            c.phone = row.text(5);
            c.address = row.text(6);
            c.officialPage = row.text(7);
            c.region = row.text(8);
            c.notes = row.text(9);
            c.personId = row.integer(10);
            c.checked = dateFrom(row.text(11));
            c.builtin = row.text(12);
            out.append(c);
        });
    if (!s)
        return s.asFailure();
    return out;
}

Result<QVector<IncidentContact>>
IncidentRepository::saveContacts(const QVector<IncidentContact> &contacts, const QDate &today)
{
    for (const IncidentContact &c : contacts)
        if (const QString problem = incidentContactProblem(c, today); !problem.isEmpty())
            return invalid(problem);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    if (Status s = execSql(m_db, QStringLiteral("DELETE FROM incident_contact")); !s)
        return s.asFailure();
    QVector<IncidentContact> out;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        IncidentContact c = incidents::storedContact(contacts.at(i));
        c.name = text(c.name.trimmed());
        c.phone = text(c.phone.trimmed());
        c.address = text(c.address.trimmed());
        c.officialPage = text(c.officialPage.trimmed());
        c.region = text(c.region.trimmed());
        c.purpose = text(c.purpose);
        c.whenToCall = text(c.whenToCall);
        c.notes = text(c.notes);
        c.builtin = text(c.builtin);
        if (Status s = insertRow(
                m_db, QStringLiteral("incident_contact"), c.id,
                {QStringLiteral("position"), QStringLiteral("kind"), QStringLiteral("name"),
                 QStringLiteral("purpose"), QStringLiteral("when_to_call"), QStringLiteral("phone"),
                 QStringLiteral("address"), QStringLiteral("official_page"),
                 QStringLiteral("region"), QStringLiteral("notes"), QStringLiteral("person_id"),
                 QStringLiteral("checked_on"), QStringLiteral("builtin")},
                {qint64(i), static_cast<int>(c.kind), c.name, c.purpose, c.whenToCall, c.phone,
                 c.address, c.officialPage, c.region, c.notes, nullableId(c.personId),
                 dateText(c.checked), c.builtin},
                &c.id);
            !s)
            return s.asFailure();
        out << c;
    }
    if (Status s = AuditLog(m_db).record(kContactsEntity, 0, QStringLiteral("update")); !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return out;
}

// ---- Partners --------------------------------------------------------------

Result<QVector<IncidentPartner>> IncidentRepository::partners() const
{
    QVector<IncidentPartner> out;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, name, contact, channel, address, kinds, overseas, notes"
                       " FROM incident_partner ORDER BY position, id"),
        [&out](const RowCursor &row) {
            IncidentPartner p;
            p.id = row.integer(0);
            p.name = row.text(1);
            p.contact = row.text(2);
            p.channel = sql::enumValue(row.integer(3), kPartnerChannelCount, PartnerChannel::Mail);
            p.address = row.text(4);
            p.kinds = static_cast<int>(row.integer(5)) & kAllIncidentKinds;
            p.overseas = row.integer(6) != 0;
            p.notes = row.text(7);
            out.append(p);
        });
    if (!s)
        return s.asFailure();
    return out;
}

Result<QVector<IncidentPartner>>
IncidentRepository::savePartners(const QVector<IncidentPartner> &partners)
{
    for (const IncidentPartner &p : partners)
        if (const QString problem = incidentPartnerProblem(p); !problem.isEmpty())
            return invalid(problem);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    if (Status s = execSql(m_db, QStringLiteral("DELETE FROM incident_partner")); !s)
        return s.asFailure();
    QVector<IncidentPartner> out;
    for (qsizetype i = 0; i < partners.size(); ++i) {
        IncidentPartner p = partners.at(i);
        p.name = p.name.trimmed();
        p.contact = text(p.contact.trimmed());
        p.address = text(p.address.trimmed());
        p.notes = text(p.notes);
        if (Status s = insertRow(m_db, QStringLiteral("incident_partner"), p.id,
                                 {QStringLiteral("position"), QStringLiteral("name"),
                                  QStringLiteral("contact"), QStringLiteral("channel"),
                                  QStringLiteral("address"), QStringLiteral("kinds"),
                                  QStringLiteral("overseas"), QStringLiteral("notes")},
                                 {qint64(i), p.name, p.contact, static_cast<int>(p.channel),
                                  p.address, p.kinds, p.overseas ? 1 : 0, p.notes},
                                 &p.id);
            !s)
            return s.asFailure();
        out << p;
    }
    if (Status s = AuditLog(m_db).record(kPartnersEntity, 0, QStringLiteral("update")); !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return out;
}

// ---- The log ---------------------------------------------------------------

Result<QVector<Incident>> IncidentRepository::incidents() const
{
    QVector<Incident> out;
    QHash<qint64, qsizetype> index;
    Status s = m_db.readRows(
        QStringLiteral("SELECT id, kind, title, occurred_at, detected_at, aware_at, reported_at,"
                       " contained_at, resolved_at, coalesce(found_by, 0), data_kinds,"
                       " coalesce(data_people, -1), data_sensitive, data_financial,"
                       " data_malice, status, drill, cause, lessons FROM incident"
                       " ORDER BY detected_at DESC, id DESC"),
        [&](const RowCursor &row) {
            Incident i;
            i.id = row.integer(0);
            i.kind = sql::enumValue(row.integer(1), kIncidentKindCount, IncidentKind::Other);
            i.title = row.text(2);
            i.occurred = instantFrom(row.text(3));
            i.detected = instantFrom(row.text(4));
            i.aware = instantFrom(row.text(5));
            i.reported = instantFrom(row.text(6));
            i.contained = instantFrom(row.text(7));
            i.resolved = instantFrom(row.text(8));
            i.foundBy = row.integer(9);
            i.personal.kinds = row.text(10);
            i.personal.people = static_cast<int>(row.integer(11));
            i.personal.sensitive = row.integer(12) != 0;
            i.personal.financialRisk = row.integer(13) != 0;
            i.personal.malice = row.integer(14) != 0;
            i.status = sql::enumValue(row.integer(15), kIncidentStatusCount, IncidentStatus::Open);
            i.drill = row.integer(16) != 0;
            i.cause = row.text(17);
            i.lessons = row.text(18);
            index.insert(i.id, out.size());
            out.append(i);
        });
    const auto of = [&](qint64 id) -> Incident * {
        const auto found = index.constFind(id);
        return found == index.constEnd() ? nullptr : &out[found.value()];
    };
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT incident_id, asset_id FROM incident_asset"
                                         " ORDER BY incident_id, position, asset_id"),
                          [&](const RowCursor &row) {
                              if (Incident *i = of(row.integer(0)))
                                  i->assets.append(row.integer(1));
                          });
    if (s)
        s = m_db.readRows(
            QStringLiteral("SELECT incident_id, id, at, kind, text, coalesce(person_id, 0), tag"
                           " FROM incident_timeline ORDER BY incident_id, at, id"),
            [&](const RowCursor &row) {
                if (Incident *i = of(row.integer(0)))
                    i->timeline.append(
                        {row.integer(1), instantFrom(row.text(2)),
                         sql::enumValue(row.integer(3), kTimelineKindCount, TimelineKind::Action),
                         row.text(4), row.integer(5), row.text(6)});
            });
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT incident_id, id, text, coalesce(owner_id, 0),"
                                         " due_on, done_on FROM incident_action"
                                         " ORDER BY incident_id, position, id"),
                          [&](const RowCursor &row) {
                              if (Incident *i = of(row.integer(0)))
                                  i->actions.append({row.integer(1), row.text(2), row.integer(3),
                                                     dateFrom(row.text(4)), dateFrom(row.text(5))});
                          });
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT incident_id, coalesce(step_id, 0), text,"
                                         " coalesce(person_id, 0), at FROM incident_tick"
                                         " ORDER BY incident_id, at, id"),
                          [&](const RowCursor &row) {
                              if (Incident *i = of(row.integer(0)))
                                  i->ticks.append({row.integer(1), row.text(2), row.integer(3),
                                                   instantFrom(row.text(4))});
                          });
    if (!s)
        return s.asFailure();
    return out;
}

Result<Incident> IncidentRepository::incident(qint64 id) const
{
    auto all = incidents();
    if (!all)
        return all.asFailure();
    for (const Incident &i : *all)
        if (i.id == id)
            return i;
    return Failure{ErrorCode::NotFound, IncidentRepositoryText::tr(kIncidentGone)};
}

Status IncidentRepository::writeIncident(const Incident &i, bool insert, qint64 *id)
{
    const QStringList columns = {
        QStringLiteral("kind"),           QStringLiteral("title"),
        QStringLiteral("occurred_at"),    QStringLiteral("detected_at"),
        QStringLiteral("aware_at"),       QStringLiteral("reported_at"),
        QStringLiteral("contained_at"),   QStringLiteral("resolved_at"),
        QStringLiteral("found_by"),       QStringLiteral("data_kinds"),
        QStringLiteral("data_people"),    QStringLiteral("data_sensitive"),
        QStringLiteral("data_financial"), QStringLiteral("data_malice"),
        QStringLiteral("status"),         QStringLiteral("drill"),
        QStringLiteral("cause"),          QStringLiteral("lessons"),
        QStringLiteral("updated_at"),
    };
    const QVariantList values = {
        static_cast<int>(i.kind),
        text(i.title.trimmed()),
        instantText(i.occurred),
        instantText(i.detected),
        instantText(i.aware),
        instantText(i.reported),
        instantText(i.contained),
        instantText(i.resolved),
        nullableId(i.foundBy),
        text(i.personal.kinds.trimmed()),
        i.personal.people >= 0 ? QVariant(i.personal.people) : QVariant(QMetaType(QMetaType::Int)),
        i.personal.sensitive ? 1 : 0,
        i.personal.financialRisk ? 1 : 0,
        i.personal.malice ? 1 : 0,
        static_cast<int>(i.status),
        i.drill ? 1 : 0,
        text(i.cause),
        text(i.lessons),
        clock::now().toString(Qt::ISODate),
    };
    if (insert) {
        if (Status s = insertRow(m_db, QStringLiteral("incident"), i.id, columns, values, id); !s)
            return s;
    } else {
        QStringList sets;
        for (const QString &c : columns)
            sets << c + QStringLiteral(" = ?");
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE incident SET %1 WHERE id = ?")
                      .arg(sets.join(QLatin1String(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(i.id);
        if (!q.exec())
            return writeFailed(q);
        if (q.numRowsAffected() == 0)
            return Failure{ErrorCode::NotFound, IncidentRepositoryText::tr(kIncidentGone)};
        *id = i.id;
    }
    const qint64 incidentId = *id;
    for (const char *table :
         {"incident_asset", "incident_timeline", "incident_action", "incident_tick"})
        if (Status s = execSql(m_db, QStringLiteral("DELETE FROM %1 WHERE incident_id = %2")
                                         .arg(QLatin1String(table))
                                         .arg(incidentId));
            !s)
            return s;
    for (qsizetype k = 0; k < i.assets.size(); ++k)
        if (Status s = insertRow(m_db, QStringLiteral("incident_asset"), 0,
                                 {QStringLiteral("incident_id"), QStringLiteral("asset_id"),
                                  QStringLiteral("position")},
                                 {incidentId, i.assets.at(k), qint64(k)});
            !s)
            return s;
    for (const TimelineEntry &e : i.timeline)
        if (Status s = insertRow(m_db, QStringLiteral("incident_timeline"), e.id,
                                 {QStringLiteral("incident_id"), QStringLiteral("at"),
                                  QStringLiteral("kind"), QStringLiteral("text"),
                                  QStringLiteral("person_id"), QStringLiteral("tag")},
                                 {incidentId, instantText(e.at), static_cast<int>(e.kind),
                                  text(e.text.trimmed()), nullableId(e.personId), text(e.tag)});
            !s)
            return s;
    for (qsizetype k = 0; k < i.actions.size(); ++k) {
        const IncidentAction &a = i.actions.at(k);
        if (Status s = insertRow(m_db, QStringLiteral("incident_action"), a.id,
                                 {QStringLiteral("incident_id"), QStringLiteral("position"),
                                  QStringLiteral("text"), QStringLiteral("owner_id"),
                                  QStringLiteral("due_on"), QStringLiteral("done_on")},
                                 {incidentId, qint64(k), a.text.trimmed(), nullableId(a.ownerId),
                                  dateText(a.due), dateText(a.done)});
            !s)
            return s;
    }
    for (const StepTick &t : i.ticks)
        if (Status s = insertRow(
                m_db, QStringLiteral("incident_tick"), 0,
                {QStringLiteral("incident_id"), QStringLiteral("step_id"), QStringLiteral("text"),
                 QStringLiteral("person_id"), QStringLiteral("at")},
                {incidentId, nullableId(t.stepId), incidents::storedStepText(t.text.trimmed()),
                 nullableId(t.personId), instantText(t.at)});
            !s)
            return s;
    return {};
}

Result<qint64> IncidentRepository::insertIncident(const Incident &incident, const QDateTime &now)
{
    if (const QString problem = incidentProblem(incident, now); !problem.isEmpty())
        return invalid(problem);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    qint64 id = 0;
    if (Status s = writeIncident(incident, true, &id); !s)
        return s.asFailure();
    if (Status s =
            AuditLog(m_db).record(kIncidentEntity, id, QStringLiteral("create"),
                                  QStringLiteral("kind"), {}, incidentKindKey(incident.kind));
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return id;
}

Status IncidentRepository::updateIncident(const Incident &incident, const QDateTime &now)
{
    if (const QString problem = incidentProblem(incident, now); !problem.isEmpty())
        return invalid(problem);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    qint64 id = incident.id;
    if (Status s = writeIncident(incident, false, &id); !s)
        return s;
    if (Status s = AuditLog(m_db).record(kIncidentEntity, id, QStringLiteral("update")); !s)
        return s;
    return tx.commit();
}

Result<Incident> IncidentRepository::removeIncident(qint64 id)
{
    auto before = incident(id);
    if (!before)
        return before.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    if (Status s = execSql(m_db, QStringLiteral("DELETE FROM incident WHERE id = %1").arg(id)); !s)
        return s.asFailure();
    if (Status s = AuditLog(m_db).record(kIncidentEntity, id, QStringLiteral("delete")); !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return before;
}

// ---- Playbooks -------------------------------------------------------------

Result<QVector<Playbook>> IncidentRepository::playbooks() const
{
    QVector<Playbook> out;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT kind, id, text FROM incident_step ORDER BY kind, position, id"),
        [&out](const RowCursor &row) {
            const IncidentKind kind =
                sql::enumValue(row.integer(0), kIncidentKindCount, IncidentKind::Other);
            if (out.isEmpty() || out.last().kind != kind)
                out.append(Playbook{kind, {}});
            out.last().steps.append({row.integer(1), row.text(2)});
        });
    if (!s)
        return s.asFailure();
    return out;
}

Result<Playbook> IncidentRepository::playbook(IncidentKind kind) const
{
    auto all = playbooks();
    if (!all)
        return all.asFailure();
    for (const Playbook &p : *all)
        if (p.kind == kind)
            return p;
    return Playbook{kind, {}};
}

Result<Playbook> IncidentRepository::savePlaybook(const Playbook &playbook)
{
    if (const QString problem = playbookProblem(playbook); !problem.isEmpty())
        return invalid(problem);
    const auto before = this->playbook(playbook.kind);
    if (!before)
        return before.asFailure();
    QSet<qint64> existing;
    for (const PlaybookStep &s : before->steps)
        existing.insert(s.id);
    QSet<qint64> kept;
    for (const PlaybookStep &s : playbook.steps)
        if (existing.contains(s.id))
            kept.insert(s.id);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    for (qint64 id : existing)
        if (!kept.contains(id))
            if (Status s = execSql(
                    m_db, QStringLiteral("DELETE FROM incident_step WHERE id = %1").arg(id));
                !s)
                return s.asFailure();
    Playbook out = incidents::storedPlaybook(playbook);
    for (qsizetype i = 0; i < out.steps.size(); ++i) {
        PlaybookStep &step = out.steps[i];
        step.text = step.text.trimmed();
        if (kept.contains(step.id)) {
            QSqlQuery q(m_db.sql());
            q.prepare(
                QStringLiteral("UPDATE incident_step SET position = ?, text = ? WHERE id = ?"));
            q.addBindValue(qint64(i));
            q.addBindValue(step.text);
            q.addBindValue(step.id);
            if (!q.exec())
                return writeFailed(q);
        } else {
            // A step put back (undo of its removal) keeps its id, unless
            // another kind's step took it meanwhile.
            qint64 keepId = 0;
            if (step.id > 0) {
                QSqlQuery used(m_db.sql());
                used.prepare(QStringLiteral("SELECT 1 FROM incident_step WHERE id = ?"));
                used.addBindValue(step.id);
                if (!used.exec())
                    return writeFailed(used);
                keepId = used.next() ? 0 : step.id;
            }
            if (Status s = insertRow(
                    m_db, QStringLiteral("incident_step"), keepId,
                    {QStringLiteral("kind"), QStringLiteral("position"), QStringLiteral("text")},
                    {static_cast<int>(out.kind), qint64(i), step.text}, &step.id);
                !s)
                return s.asFailure();
            // The ticks its removal unlinked (same kind, same text) point at
            // it again, so that undoing a removal undoes all of it.
            QSqlQuery relink(m_db.sql());
            relink.prepare(QStringLiteral(
                "UPDATE incident_tick SET step_id = ? WHERE step_id IS NULL AND text = ?"
                " AND incident_id IN (SELECT id FROM incident WHERE kind = ?)"));
            relink.addBindValue(step.id);
            relink.addBindValue(step.text);
            relink.addBindValue(static_cast<int>(out.kind));
            if (!relink.exec())
                return writeFailed(relink);
        }
    }
    if (Status s = AuditLog(m_db).record(kPlaybookEntity, static_cast<int>(playbook.kind),
                                         QStringLiteral("update"));
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return out;
}

Result<QHash<qint64, QString>> IncidentRepository::personNames() const
{
    QHash<qint64, QString> names;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, name FROM person"),
        [&names](const RowCursor &row) { names.insert(row.integer(0), row.text(1)); });
    if (!s)
        return s.asFailure();
    return names;
}

Result<QHash<qint64, QString>> IncidentRepository::assetNames(const QVector<qint64> &ids) const
{
    QHash<qint64, QString> names;
    if (ids.isEmpty())
        return names;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, name FROM asset WHERE id IN (%1)").arg(sql::idList(ids)),
        [&names](const RowCursor &row) { names.insert(row.integer(0), row.text(1)); });
    if (!s)
        return s.asFailure();
    return names;
}

} // namespace store
} // namespace kamae
