#include "bcp/BcpRepository.h"

#include "bcp/BcpVersions.h"
#include "core/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/SqlWrites.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>
#include <optional>

namespace kamae {
namespace store {

using namespace domain;
using sql::dateFrom;
using sql::dateText;
using sql::execSql;
using sql::insertRow;
using sql::nullableId;
using sql::text;

namespace {

struct BcpRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::BcpRepository)
};

const QString kPlanEntity = QStringLiteral("bcp_plan");
const QString kExerciseEntity = QStringLiteral("bcp_exercise");
const QString kVersionEntity = QStringLiteral("bcp_version");

// The draft's tables, children after their parents.
const QStringList kPlanTables = {
    QStringLiteral("bcp_section"),    QStringLiteral("bcp_role"),
    QStringLiteral("bcp_business"),   QStringLiteral("bcp_bottleneck"),
    QStringLiteral("bcp_investment"), QStringLiteral("bcp_contact"),
    QStringLiteral("bcp_insurance"),
};

Failure invalid(const QString &problem)
{
    return Failure{ErrorCode::Invalid, problem};
}

QVariant nullableNumber(qint64 value)
{
    return value >= 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

int hoursFrom(const RowCursor &row, int column)
{
    return row.text(column).isEmpty() ? -1 : static_cast<int>(row.integer(column));
}

// The plan's entries without the references the vault no longer holds.
BcpPlan withExisting(BcpPlan plan, const QSet<qint64> &people, const QSet<qint64> &assets)
{
    const auto person = [&people](qint64 id) {
        return people.contains(id) ? id : 0;
    };
    const auto asset = [&assets](qint64 id) {
        return assets.contains(id) ? id : 0;
    };
    for (BcpRole &r : plan.roles) {
        r.personId = person(r.personId);
        r.deputyId = person(r.deputyId);
    }
    for (BcpContact &c : plan.contacts)
        c.personId = person(c.personId);
    for (BcpBottleneck &b : plan.bottlenecks)
        b.assetId = asset(b.assetId);
    for (BcpBusiness &b : plan.businesses) {
        b.assets.erase(std::remove_if(b.assets.begin(), b.assets.end(),
                                      [&assets](const BcpAssetLink &l) {
                                          return !assets.contains(l.assetId);
                                      }),
                       b.assets.end());
        for (BcpAlternative &a : b.alternatives)
            a.assetId = asset(a.assetId);
    }
    return plan;
}

Result<QSet<qint64>> idsOf(const Database &db, const QString &table)
{
    QSet<qint64> ids;
    if (Status s = db.readRows(QStringLiteral("SELECT id FROM %1").arg(table),
                               [&ids](const RowCursor &row) { ids.insert(row.integer(0)); });
        !s)
        return s.asFailure();
    return ids;
}

} // namespace

// ---- The draft -------------------------------------------------------------

Result<BcpPlan> BcpRepository::plan() const
{
    BcpPlan plan;
    Status s = m_db.readRows(QStringLiteral("SELECT language FROM bcp_plan WHERE id = 1"),
                             [&plan](const RowCursor &row) {
                                 if (isBcpLanguage(row.text(0)))
                                     plan.language = row.text(0);
                             });
    if (s)
        s = m_db.readRows(
            QStringLiteral("SELECT key, body FROM bcp_section"),
            [&plan](const RowCursor &row) { plan.sections.insert(row.text(0), row.text(1)); });
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT id, title, duties, coalesce(person_id, 0),"
                                         " coalesce(deputy_id, 0) FROM bcp_role"
                                         " ORDER BY position, id"),
                          [&plan](const RowCursor &row) {
                              plan.roles.append({row.integer(0), row.text(1), row.text(2),
                                                 row.integer(3), row.integer(4)});
                          });
    QHash<qint64, qsizetype> index;
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT id, name, description, max_outage_hours,"
                                         " rto_hours, rpo_hours FROM bcp_business"
                                         " ORDER BY position, id"),
                          [&](const RowCursor &row) {
                              BcpBusiness b;
                              b.id = row.integer(0);
                              b.name = row.text(1);
                              b.description = row.text(2);
                              b.maxOutageHours = hoursFrom(row, 3);
                              b.rtoHours = hoursFrom(row, 4);
                              b.rpoHours = hoursFrom(row, 5);
                              index.insert(b.id, plan.businesses.size());
                              plan.businesses.append(b);
                          });
    const auto business = [&](qint64 id) -> BcpBusiness * {
        const auto found = index.constFind(id);
        return found == index.constEnd() ? nullptr : &plan.businesses[found.value()];
    };
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT business_id, asset_id, role FROM"
                                         " bcp_business_asset ORDER BY business_id, position,"
                                         " asset_id"),
                          [&](const RowCursor &row) {
                              if (BcpBusiness *b = business(row.integer(0)))
                                  b->assets.append({row.integer(1), row.text(2)});
                          });
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT id, business_id, kind, name, supplies, contact"
                                         " FROM bcp_partner ORDER BY business_id, position, id"),
                          [&](const RowCursor &row) {
                              if (BcpBusiness *b = business(row.integer(1)))
                                  b->partners.append(
                                      {row.integer(0),
                                       sql::enumValue(row.integer(2), kBcpPartnerKindCount,
                                                      BcpPartnerKind::Supplier),
                                       row.text(3), row.text(4), row.text(5)});
                          });
    if (s)
        s = m_db.readRows(
            QStringLiteral("SELECT id, business_id, text, coalesce(asset_id, 0)"
                           " FROM bcp_alternative ORDER BY business_id, position,"
                           " id"),
            [&](const RowCursor &row) {
                if (BcpBusiness *b = business(row.integer(1)))
                    b->alternatives.append({row.integer(0), row.text(2), row.integer(3)});
            });
    if (s)
        s = m_db.readRows(
            QStringLiteral("SELECT id, resource, kind, coalesce(asset_id, 0),"
                           " measure FROM bcp_bottleneck ORDER BY position, id"),
            [&plan](const RowCursor &row) {
                plan.bottlenecks.append(
                    {row.integer(0), row.text(1),
                     sql::enumValue(row.integer(2), kBcpResourceKindCount, BcpResourceKind::Other),
                     row.integer(3), row.text(4)});
            });
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT id, text, coalesce(cost_yen, -1), planned_on,"
                                         " done_on FROM bcp_investment ORDER BY position, id"),
                          [&plan](const RowCursor &row) {
                              plan.investments.append({row.integer(0), row.text(1), row.integer(2),
                                                       dateFrom(row.text(3)),
                                                       dateFrom(row.text(4))});
                          });
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT id, kind, name, organisation, phone, email,"
                                         " notes, coalesce(person_id, 0) FROM bcp_contact"
                                         " ORDER BY position, id"),
                          [&plan](const RowCursor &row) {
                              plan.contacts.append(
                                  {row.integer(0),
                                   sql::enumValue(row.integer(1), kBcpContactKindCount,
                                                  BcpContactKind::Organisation),
                                   row.text(2), row.text(3), row.text(4), row.text(5), row.text(6),
                                   row.integer(7)});
                          });
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT id, insurer, policy, covers, amount, renews_on"
                                         " FROM bcp_insurance ORDER BY position, id"),
                          [&plan](const RowCursor &row) {
                              plan.insurance.append({row.integer(0), row.text(1), row.text(2),
                                                     row.text(3), row.text(4),
                                                     dateFrom(row.text(5))});
                          });
    if (!s)
        return s.asFailure();
    return plan;
}

Result<BcpPlan> BcpRepository::savePlan(const BcpPlan &plan)
{
    if (const QString problem = bcpPlanProblem(plan); !problem.isEmpty())
        return invalid(problem);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    BcpPlan stored;
    if (Status s = writePlan(plan, &stored); !s)
        return s.asFailure();
    if (Status s = AuditLog(m_db).record(kPlanEntity, 0, QStringLiteral("update")); !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return stored;
}

Status BcpRepository::writePlan(const BcpPlan &plan, BcpPlan *stored)
{
    for (const QString &table : kPlanTables)
        if (Status s = execSql(m_db, QStringLiteral("DELETE FROM %1").arg(table)); !s)
            return s;
    BcpPlan out = plan;
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO bcp_plan (id, language) VALUES (1, ?)"
                                 " ON CONFLICT (id) DO UPDATE SET language = excluded.language"));
        q.addBindValue(plan.language);
        if (!q.exec())
            return writeFailed(q);
    }
    for (auto it = plan.sections.cbegin(); it != plan.sections.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (Status s =
                insertRow(m_db, QStringLiteral("bcp_section"), 0,
                          {QStringLiteral("key"), QStringLiteral("body")}, {it.key(), it.value()});
            !s)
            return s;
    }
    for (auto it = out.sections.begin(); it != out.sections.end();)
        it = it.value().isEmpty() ? out.sections.erase(it) : std::next(it);
    for (qsizetype i = 0; i < out.roles.size(); ++i) {
        BcpRole &r = out.roles[i];
        if (Status s = insertRow(m_db, QStringLiteral("bcp_role"), r.id,
                                 {QStringLiteral("position"), QStringLiteral("title"),
                                  QStringLiteral("duties"), QStringLiteral("person_id"),
                                  QStringLiteral("deputy_id")},
                                 {qint64(i), r.title.trimmed(), text(r.duties),
                                  nullableId(r.personId), nullableId(r.deputyId)},
                                 &r.id);
            !s)
            return s;
        r.title = r.title.trimmed();
    }
    for (qsizetype i = 0; i < out.businesses.size(); ++i) {
        BcpBusiness &b = out.businesses[i];
        b.name = b.name.trimmed();
        if (Status s =
                insertRow(m_db, QStringLiteral("bcp_business"), b.id,
                          {QStringLiteral("position"), QStringLiteral("name"),
                           QStringLiteral("description"), QStringLiteral("max_outage_hours"),
                           QStringLiteral("rto_hours"), QStringLiteral("rpo_hours")},
                          {qint64(i), b.name, text(b.description), nullableNumber(b.maxOutageHours),
                           nullableNumber(b.rtoHours), nullableNumber(b.rpoHours)},
                          &b.id);
            !s)
            return s;
        for (qsizetype j = 0; j < b.assets.size(); ++j) {
            const BcpAssetLink &l = b.assets.at(j);
            if (Status s = insertRow(m_db, QStringLiteral("bcp_business_asset"), 0,
                                     {QStringLiteral("business_id"), QStringLiteral("asset_id"),
                                      QStringLiteral("position"), QStringLiteral("role")},
                                     {b.id, l.assetId, qint64(j), text(l.role)});
                !s)
                return s;
        }
        for (qsizetype j = 0; j < b.partners.size(); ++j) {
            BcpPartner &p = b.partners[j];
            p.name = p.name.trimmed();
            if (Status s = insertRow(m_db, QStringLiteral("bcp_partner"), p.id,
                                     {QStringLiteral("business_id"), QStringLiteral("position"),
                                      QStringLiteral("kind"), QStringLiteral("name"),
                                      QStringLiteral("supplies"), QStringLiteral("contact")},
                                     {b.id, qint64(j), static_cast<int>(p.kind), p.name,
                                      text(p.supplies), text(p.contact)},
                                     &p.id);
                !s)
                return s;
        }
        for (qsizetype j = 0; j < b.alternatives.size(); ++j) {
            BcpAlternative &a = b.alternatives[j];
            a.text = a.text.trimmed();
            if (Status s = insertRow(m_db, QStringLiteral("bcp_alternative"), a.id,
                                     {QStringLiteral("business_id"), QStringLiteral("position"),
                                      QStringLiteral("text"), QStringLiteral("asset_id")},
                                     {b.id, qint64(j), a.text, nullableId(a.assetId)}, &a.id);
                !s)
                return s;
        }
    }
    for (qsizetype i = 0; i < out.bottlenecks.size(); ++i) {
        BcpBottleneck &b = out.bottlenecks[i];
        b.resource = b.resource.trimmed();
        if (Status s = insertRow(m_db, QStringLiteral("bcp_bottleneck"), b.id,
                                 {QStringLiteral("position"), QStringLiteral("resource"),
                                  QStringLiteral("kind"), QStringLiteral("asset_id"),
                                  QStringLiteral("measure")},
                                 {qint64(i), b.resource, static_cast<int>(b.kind),
                                  nullableId(b.assetId), text(b.measure)},
                                 &b.id);
            !s)
            return s;
    }
    for (qsizetype i = 0; i < out.investments.size(); ++i) {
        BcpInvestment &v = out.investments[i];
        v.text = v.text.trimmed();
        if (Status s = insertRow(m_db, QStringLiteral("bcp_investment"), v.id,
                                 {QStringLiteral("position"), QStringLiteral("text"),
                                  QStringLiteral("cost_yen"), QStringLiteral("planned_on"),
                                  QStringLiteral("done_on")},
                                 {qint64(i), v.text, nullableNumber(v.costYen), dateText(v.planned),
                                  dateText(v.done)},
                                 &v.id);
            !s)
            return s;
    }
    for (qsizetype i = 0; i < out.contacts.size(); ++i) {
        BcpContact &c = out.contacts[i];
        if (Status s = insertRow(m_db, QStringLiteral("bcp_contact"), c.id,
                                 {QStringLiteral("position"), QStringLiteral("kind"),
                                  QStringLiteral("name"), QStringLiteral("organisation"),
                                  QStringLiteral("phone"), QStringLiteral("email"),
                                  QStringLiteral("notes"), QStringLiteral("person_id")},
                                 {qint64(i), static_cast<int>(c.kind), text(c.name.trimmed()),
                                  text(c.organisation.trimmed()), text(c.phone.trimmed()),
                                  text(c.email.trimmed()), text(c.notes), nullableId(c.personId)},
                                 &c.id);
            !s)
            return s;
        c.name = text(c.name.trimmed());
        c.organisation = text(c.organisation.trimmed());
        c.phone = text(c.phone.trimmed());
        c.email = text(c.email.trimmed());
    }
    for (qsizetype i = 0; i < out.insurance.size(); ++i) {
        BcpInsurance &v = out.insurance[i];
        v.insurer = v.insurer.trimmed();
        if (Status s = insertRow(m_db, QStringLiteral("bcp_insurance"), v.id,
                                 {QStringLiteral("position"), QStringLiteral("insurer"),
                                  QStringLiteral("policy"), QStringLiteral("covers"),
                                  QStringLiteral("amount"), QStringLiteral("renews_on")},
                                 {qint64(i), v.insurer, text(v.policy), text(v.covers),
                                  text(v.amount), dateText(v.renews)},
                                 &v.id);
            !s)
            return s;
    }
    if (stored)
        *stored = std::move(out);
    return {};
}

// ---- Exercises -------------------------------------------------------------

namespace {

const char *const kExerciseGone =
    QT_TRANSLATE_NOOP("kamae::store::BcpRepository", "The exercise no longer exists.");
const char *const kVersionGone =
    QT_TRANSLATE_NOOP("kamae::store::BcpRepository", "That version of the plan does not exist.");

Failure notFound(const char *what)
{
    return Failure{ErrorCode::NotFound, BcpRepositoryText::tr(what)};
}

} // namespace

Result<QVector<BcpExercise>> BcpRepository::exercises() const
{
    QVector<BcpExercise> out;
    QHash<qint64, qsizetype> index;
    Status s = m_db.readRows(QStringLiteral("SELECT id, kind, held_on, scenario, findings FROM"
                                            " bcp_exercise ORDER BY held_on DESC, id DESC"),
                             [&](const RowCursor &row) {
                                 BcpExercise e;
                                 e.id = row.integer(0);
                                 e.kind = sql::enumValue(row.integer(1), kExerciseKindCount,
                                                         ExerciseKind::Tabletop);
                                 e.date = dateFrom(row.text(2));
                                 e.scenario = row.text(3);
                                 e.findings = row.text(4);
                                 index.insert(e.id, out.size());
                                 out.append(e);
                             });
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT exercise_id, person_id FROM"
                                         " bcp_exercise_participant ORDER BY exercise_id,"
                                         " rowid"),
                          [&](const RowCursor &row) {
                              const auto found = index.constFind(row.integer(0));
                              if (found != index.constEnd())
                                  out[found.value()].participants.append(row.integer(1));
                          });
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT exercise_id, id, text, coalesce(owner_id, 0),"
                                         " due_on, done_on FROM bcp_action"
                                         " ORDER BY exercise_id, position, id"),
                          [&](const RowCursor &row) {
                              const auto found = index.constFind(row.integer(0));
                              if (found != index.constEnd())
                                  out[found.value()].actions.append(
                                      {row.integer(1), row.text(2), row.integer(3),
                                       dateFrom(row.text(4)), dateFrom(row.text(5))});
                          });
    if (!s)
        return s.asFailure();
    return out;
}

Result<BcpExercise> BcpRepository::exercise(qint64 id) const
{
    auto all = exercises();
    if (!all)
        return all.asFailure();
    for (const BcpExercise &e : *all)
        if (e.id == id)
            return e;
    return notFound(kExerciseGone);
}

Status BcpRepository::writeExerciseChildren(const BcpExercise &e)
{
    if (Status s = execSql(
            m_db, QStringLiteral("DELETE FROM bcp_exercise_participant WHERE exercise_id = %1")
                      .arg(e.id));
        !s)
        return s;
    if (Status s = execSql(
            m_db, QStringLiteral("DELETE FROM bcp_action WHERE exercise_id = %1").arg(e.id));
        !s)
        return s;
    for (qint64 person : e.participants)
        if (Status s = insertRow(m_db, QStringLiteral("bcp_exercise_participant"), 0,
                                 {QStringLiteral("exercise_id"), QStringLiteral("person_id")},
                                 {e.id, person});
            !s)
            return s;
    for (qsizetype i = 0; i < e.actions.size(); ++i) {
        const BcpAction &a = e.actions.at(i);
        if (Status s = insertRow(m_db, QStringLiteral("bcp_action"), a.id,
                                 {QStringLiteral("exercise_id"), QStringLiteral("position"),
                                  QStringLiteral("text"), QStringLiteral("owner_id"),
                                  QStringLiteral("due_on"), QStringLiteral("done_on")},
                                 {e.id, qint64(i), a.text.trimmed(), nullableId(a.ownerId),
                                  dateText(a.due), dateText(a.done)});
            !s)
            return s;
    }
    return {};
}

Result<qint64> BcpRepository::insertExercise(const BcpExercise &exercise, const QDate &today)
{
    if (const QString problem = bcpExerciseProblem(exercise, today); !problem.isEmpty())
        return invalid(problem);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    BcpExercise e = exercise;
    if (Status s = insertRow(m_db, QStringLiteral("bcp_exercise"), e.id,
                             {QStringLiteral("kind"), QStringLiteral("held_on"),
                              QStringLiteral("scenario"), QStringLiteral("findings"),
                              QStringLiteral("updated_at")},
                             {static_cast<int>(e.kind), dateText(e.date), text(e.scenario),
                              text(e.findings), clock::now().toString(Qt::ISODate)},
                             &e.id);
        !s)
        return s.asFailure();
    if (Status s = writeExerciseChildren(e); !s)
        return s.asFailure();
    if (Status s = AuditLog(m_db).record(kExerciseEntity, e.id, QStringLiteral("create"),
                                         QStringLiteral("held_on"), {}, dateText(e.date));
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return e.id;
}

Status BcpRepository::updateExercise(const BcpExercise &exercise, const QDate &today)
{
    if (const QString problem = bcpExerciseProblem(exercise, today); !problem.isEmpty())
        return invalid(problem);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE bcp_exercise SET kind = ?, held_on = ?, scenario = ?,"
                             " findings = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(static_cast<int>(exercise.kind));
    q.addBindValue(dateText(exercise.date));
    q.addBindValue(text(exercise.scenario));
    q.addBindValue(text(exercise.findings));
    q.addBindValue(clock::now().toString(Qt::ISODate));
    q.addBindValue(exercise.id);
    if (!q.exec())
        return writeFailed(q);
    if (q.numRowsAffected() == 0)
        return notFound(kExerciseGone);
    if (Status s = writeExerciseChildren(exercise); !s)
        return s;
    if (Status s = AuditLog(m_db).record(kExerciseEntity, exercise.id, QStringLiteral("update"));
        !s)
        return s;
    return tx.commit();
}

Result<BcpExercise> BcpRepository::removeExercise(qint64 id)
{
    auto before = exercise(id);
    if (!before)
        return before.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    if (Status s = execSql(m_db, QStringLiteral("DELETE FROM bcp_exercise WHERE id = %1").arg(id));
        !s)
        return s.asFailure();
    if (Status s = AuditLog(m_db).record(kExerciseEntity, id, QStringLiteral("delete")); !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return before;
}

// ---- Versions --------------------------------------------------------------

Result<QVector<BcpVersion>> BcpRepository::versions() const
{
    QVector<BcpVersion> out;
    const Status s =
        m_db.readRows(QStringLiteral("SELECT id, number, published_on, coalesce(approver_id, 0),"
                                     " approver_name, note FROM bcp_version ORDER BY number"),
                      [&out](const RowCursor &row) {
                          BcpVersion v;
                          v.id = row.integer(0);
                          v.number = static_cast<int>(row.integer(1));
                          v.published = dateFrom(row.text(2));
                          v.approverId = row.integer(3);
                          v.approverName = row.text(4);
                          v.note = row.text(5);
                          out.append(v);
                      });
    if (!s)
        return s.asFailure();
    return out;
}

Result<BcpVersion> BcpRepository::version(int number) const
{
    std::optional<BcpVersion> found;
    QByteArray json;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, number, published_on, coalesce(approver_id, 0),"
                       " approver_name, note, plan FROM bcp_version WHERE number = %1")
            .arg(number),
        [&](const RowCursor &row) {
            BcpVersion v;
            v.id = row.integer(0);
            v.number = static_cast<int>(row.integer(1));
            v.published = dateFrom(row.text(2));
            v.approverId = row.integer(3);
            v.approverName = row.text(4);
            v.note = row.text(5);
            json = row.text(6).toUtf8();
            found = v;
        });
    if (!s)
        return s.asFailure();
    if (!found)
        return notFound(kVersionGone);
    auto plan = bcp::planFromJson(json);
    if (!plan)
        return plan.asFailure();
    found->plan = std::move(plan).value();
    return *found;
}

Result<BcpVersion> BcpRepository::publish(qint64 approverId, const QString &note,
                                          const QDate &today)
{
    if (!today.isValid())
        return invalid(BcpRepositoryText::tr("A version needs the date it is published."));
    auto people = personNames();
    if (!people)
        return people.asFailure();
    if (!people->contains(approverId))
        return invalid(BcpRepositoryText::tr("The approver must be an entry of the people list."));
    auto draft = plan();
    if (!draft)
        return draft.asFailure();
    auto list = versions();
    if (!list)
        return list.asFailure();
    BcpVersion v;
    v.number = list->isEmpty() ? 1 : list->last().number + 1;
    v.published = today;
    v.approverId = approverId;
    v.approverName = people->value(approverId);
    v.note = note.trimmed();
    v.plan = *draft;
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    if (Status s = insertRow(m_db, QStringLiteral("bcp_version"), 0,
                             {QStringLiteral("number"), QStringLiteral("published_on"),
                              QStringLiteral("approver_id"), QStringLiteral("approver_name"),
                              QStringLiteral("note"), QStringLiteral("plan")},
                             {v.number, dateText(v.published), approverId, v.approverName,
                              text(v.note), QString::fromUtf8(bcp::planToJson(v.plan))},
                             &v.id);
        !s)
        return s.asFailure();
    if (Status s = AuditLog(m_db).record(kVersionEntity, v.id, QStringLiteral("create"),
                                         QStringLiteral("number"), {}, v.number);
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return v;
}

Result<BcpPlan> BcpRepository::restoredPlan(int number) const
{
    auto v = version(number);
    if (!v)
        return v.asFailure();
    auto people = idsOf(m_db, QStringLiteral("person"));
    if (!people)
        return people.asFailure();
    auto assets = idsOf(m_db, QStringLiteral("asset"));
    if (!assets)
        return assets.asFailure();
    return withExisting(v->plan, *people, *assets);
}

Result<BcpPlan> BcpRepository::restoreVersion(int number)
{
    auto restored = restoredPlan(number);
    if (!restored)
        return restored.asFailure();
    const BcpPlan &plan = *restored;
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    BcpPlan stored;
    if (Status s = writePlan(plan, &stored); !s)
        return s.asFailure();
    if (Status s = AuditLog(m_db).record(kPlanEntity, 0, QStringLiteral("update"),
                                         QStringLiteral("restored_version"), {}, number);
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return stored;
}

Status BcpRepository::removeLatestVersion(int number)
{
    auto list = versions();
    if (!list)
        return list.asFailure();
    if (list->isEmpty() || list->last().number != number)
        return notFound(kVersionGone);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    if (Status s =
            execSql(m_db, QStringLiteral("DELETE FROM bcp_version WHERE number = %1").arg(number));
        !s)
        return s;
    if (Status s = AuditLog(m_db).record(kVersionEntity, list->last().id, QStringLiteral("delete"));
        !s)
        return s;
    return tx.commit();
}

Result<QHash<qint64, QString>> BcpRepository::assetNames(const QVector<qint64> &ids) const
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

Result<QHash<qint64, QString>> BcpRepository::personNames() const
{
    QHash<qint64, QString> names;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, name FROM person"),
        [&names](const RowCursor &row) { names.insert(row.integer(0), row.text(1)); });
    if (!s)
        return s.asFailure();
    return names;
}

} // namespace store
} // namespace kamae
