#include "store/PatchRepository.h"
#include "core/Clock.h"

#include "domain/PatchRules.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace kamae {
namespace store {

using sql::dateText;
using sql::joined;
using sql::split;
using sql::text;

namespace {

struct PatchRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::PatchRepository)
};

const QString kColumns = QStringLiteral(
    "asset_id, product, installed_version, available_update, cves, jvn_ids, cvss_score, "
    "severity, known_exploited, ransomware, found_on, due_on, applied_on, status, "
    "accepted_reason, review_on, notes, source_key, owner_id");
constexpr int kColumnCount = 19;
const QString kPolicyKey = QStringLiteral("patch_policy");

void bindItem(QSqlQuery &q, const domain::PatchItem &p)
{
    q.addBindValue(p.assetId);
    q.addBindValue(text(p.product.trimmed()));
    q.addBindValue(text(p.installedVersion.trimmed()));
    q.addBindValue(text(p.availableUpdate.trimmed()));
    q.addBindValue(joined(p.cves));
    q.addBindValue(joined(p.jvnIds));
    q.addBindValue(p.cvssScore < 0 ? QVariant(QMetaType(QMetaType::Double))
                                   : QVariant(p.cvssScore));
    q.addBindValue(static_cast<int>(p.severity));
    q.addBindValue(p.knownExploited ? 1 : 0);
    q.addBindValue(p.knownRansomwareUse ? 1 : 0);
    q.addBindValue(dateText(p.found));
    q.addBindValue(dateText(p.due));
    q.addBindValue(dateText(p.applied));
    q.addBindValue(static_cast<int>(p.status));
    q.addBindValue(text(p.acceptedReason.trimmed()));
    q.addBindValue(dateText(p.acceptedReviewDate));
    q.addBindValue(text(p.notes));
    q.addBindValue(text(p.sourceKey));
    q.addBindValue(p.ownerId > 0 ? QVariant(p.ownerId) : QVariant(QMetaType(QMetaType::LongLong)));
}

domain::PatchItem readItem(const RowCursor &row)
{
    domain::PatchItem p;
    p.id = row.integer(0);
    p.assetId = row.integer(1);
    p.product = row.text(2);
    p.installedVersion = row.text(3);
    p.availableUpdate = row.text(4);
    p.cves = split(row.text(5));
    p.jvnIds = split(row.text(6));
    const QString score = row.text(7);
    p.cvssScore = score.isEmpty() ? -1 : score.toDouble();
    p.severity = sql::enumValue(row.integer(8), domain::kSeverityCount, domain::Severity::Unknown);
    p.knownExploited = row.integer(9) != 0;
    p.knownRansomwareUse = row.integer(10) != 0;
    p.found = row.date(11);
    p.due = row.date(12);
    p.applied = row.date(13);
    p.status =
        sql::enumValue(row.integer(14), domain::kPatchStatusCount, domain::PatchStatus::Open);
    p.acceptedReason = row.text(15);
    p.acceptedReviewDate = row.date(16);
    p.notes = row.text(17);
    p.sourceKey = row.text(18);
    p.ownerId = row.integer(19);
    return p;
}

// The fields an audit line names, as stored.
QVector<std::pair<const char *, QString>> auditedValues(const domain::PatchItem &p)
{
    return {
        {"product", p.product.trimmed()},
        {"installed_version", p.installedVersion.trimmed()},
        {"available_update", p.availableUpdate.trimmed()},
        {"cves", joined(p.cves)},
        {"jvn_ids", joined(p.jvnIds)},
        {"cvss_score", p.cvssScore < 0 ? QString() : QString::number(p.cvssScore)},
        {"severity", QString::number(static_cast<int>(p.severity))},
        {"known_exploited", p.knownExploited ? QStringLiteral("1") : QStringLiteral("0")},
        {"ransomware", p.knownRansomwareUse ? QStringLiteral("1") : QStringLiteral("0")},
        {"found", dateText(p.found)},
        {"due", dateText(p.due)},
        {"applied", dateText(p.applied)},
        {"status", QString::number(static_cast<int>(p.status))},
        {"accepted_reason", p.acceptedReason.trimmed()},
        {"review", dateText(p.acceptedReviewDate)},
        {"notes", p.notes},
        {"owner_id", p.ownerId > 0 ? QString::number(p.ownerId) : QString()},
    };
}

QString itemLabel(const domain::PatchItem &p)
{
    return p.cves.isEmpty() ? p.product : p.cves.join(QLatin1Char(' '));
}

} // namespace

Result<QVector<domain::PatchItem>> PatchRepository::all() const
{
    QVector<domain::PatchItem> items;
    const Status s =
        m_db.readRows(QStringLiteral("SELECT id, %1 FROM patch_item ORDER BY id").arg(kColumns),
                      [&items](const RowCursor &row) { items.append(readItem(row)); });
    if (!s)
        return s.asFailure();
    return items;
}

Result<QVector<domain::PatchItem>> PatchRepository::forAssets(const QVector<qint64> &assetIds) const
{
    QStringList ids;
    for (qint64 id : assetIds)
        ids << QString::number(id);
    QVector<domain::PatchItem> items;
    if (ids.isEmpty())
        return items;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, %1 FROM patch_item WHERE asset_id IN (%2) ORDER BY id")
            .arg(kColumns, ids.join(QLatin1Char(','))),
        [&items](const RowCursor &row) { items.append(readItem(row)); });
    if (!s)
        return s.asFailure();
    return items;
}

Result<QVector<domain::PatchItem>> PatchRepository::byIds(const QVector<qint64> &ids) const
{
    QVector<domain::PatchItem> items;
    if (ids.isEmpty())
        return items;
    items.reserve(ids.size());
    const Status s =
        m_db.readRows(QStringLiteral("SELECT id, %1 FROM patch_item WHERE id IN (%2) ORDER BY id")
                          .arg(kColumns, sql::idList(ids)),
                      [&items](const RowCursor &row) { items.append(readItem(row)); });
    if (!s)
        return Result<QVector<domain::PatchItem>>::failure(s.error());
    return items;
}

Result<domain::PatchItem> PatchRepository::get(qint64 id) const
{
    QVector<domain::PatchItem> items;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, %1 FROM patch_item WHERE id = %2").arg(kColumns).arg(id),
        [&items](const RowCursor &row) { items.append(readItem(row)); });
    if (!s)
        return s.asFailure();
    if (items.isEmpty())
        return Result<domain::PatchItem>::failure(
            PatchRepositoryText::tr("The patch item no longer exists."));
    return items.front();
}

Result<QVector<domain::PatchItem>> PatchRepository::apply(const QVector<domain::PatchItem> &before,
                                                          const QVector<domain::PatchItem> &after,
                                                          const QString &auditAction)
{
    using R = Result<QVector<domain::PatchItem>>;
    for (int i = 0; i < after.size(); ++i)
        if (Status s = domain::validatePatch(after.at(i)); !s)
            return R::failure(
                ErrorCode::Invalid,
                after.size() == 1
                    ? s.error()
                    : PatchRepositoryText::tr("Item %1: %2").arg(i + 1).arg(s.error()));
    QHash<qint64, const domain::PatchItem *> old;
    for (const domain::PatchItem &p : before)
        if (p.id > 0)
            old.insert(p.id, &p);
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlDatabase sql = m_db.sql();
    const QString placeholders =
        QStringLiteral("?, ").repeated(kColumnCount - 1) + QStringLiteral("?");
    const QString now = clock::now().toString(Qt::ISODate);
    QSqlQuery fresh(sql);
    fresh.prepare(QStringLiteral("INSERT INTO patch_item (%1, updated_at) VALUES (%2, ?)")
                      .arg(kColumns, placeholders));
    QSqlQuery restored(sql);
    restored.prepare(QStringLiteral("INSERT INTO patch_item (id, %1, updated_at) VALUES (?, %2, ?)")
                         .arg(kColumns, placeholders));
    QString assignments = kColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    QSqlQuery change(sql);
    change.prepare(QStringLiteral("UPDATE patch_item SET %1 = ?, updated_at = ? WHERE id = ?")
                       .arg(assignments));
    QSqlQuery del(sql);
    del.prepare(QStringLiteral("DELETE FROM patch_item WHERE id = ?"));
    AuditLog audit(m_db);

    // Every row this step changes or deletes must still be as the caller saw
    // it: an undo must not silently revert what a feed import changed since.
    for (const domain::PatchItem &p : before) {
        if (p.id <= 0)
            continue;
        const auto current = get(p.id);
        if (!current)
            return current.asFailure();
        if ((current->assetId != p.assetId || current->sourceKey != p.sourceKey ||
             auditedValues(current.value()) != auditedValues(p)))
            return R::failure(
                ErrorCode::Invalid,
                PatchRepositoryText::tr(
                    "The patch item was changed in the meantime (for example by a feed import); "
                    "reload and try again."));
    }

    QVector<domain::PatchItem> result = after;
    QSet<qint64> kept;
    for (domain::PatchItem &item : result) {
        const domain::PatchItem *previous = item.id > 0 ? old.value(item.id) : nullptr;
        if (previous) {
            kept.insert(item.id);
            if (*previous == item)
                continue;
            bindItem(change, item);
            change.addBindValue(now);
            change.addBindValue(item.id);
            if (!change.exec())
                return writeFailed(change);
            if (change.numRowsAffected() != 1)
                return R::failure(ErrorCode::NotFound,
                                  PatchRepositoryText::tr("The patch item no longer exists."));
            const auto was = auditedValues(*previous);
            const auto is = auditedValues(item);
            for (int f = 0; f < was.size(); ++f)
                if (was.at(f).second != is.at(f).second)
                    if (Status s = audit.record(QStringLiteral("patch_item"), item.id, auditAction,
                                                QString::fromLatin1(was.at(f).first),
                                                was.at(f).second, is.at(f).second);
                        !s)
                        return s.asFailure();
            continue;
        }
        QSqlQuery &q = item.id > 0 ? restored : fresh;
        if (item.id > 0)
            q.addBindValue(item.id);
        bindItem(q, item);
        q.addBindValue(now);
        if (!q.exec()) {
            // The asset went away meanwhile (foreign key), or the id is taken.
            return sqlFailure(ErrorCode::Storage,
                              PatchRepositoryText::tr("The patch item could not be stored. Its "
                                                      "asset may have been deleted meanwhile; "
                                                      "reload and try again."),
                              q.lastError());
        }
        item.id = q.lastInsertId().toLongLong();
        if (Status s = audit.record(QStringLiteral("patch_item"), item.id, QStringLiteral("create"),
                                    QStringLiteral("item"), {}, itemLabel(item));
            !s)
            return s.asFailure();
    }
    for (const domain::PatchItem &p : before) {
        if (p.id <= 0 || kept.contains(p.id))
            continue;
        del.addBindValue(p.id);
        if (!del.exec())
            return writeFailed(del);
        if (Status s = audit.record(QStringLiteral("patch_item"), p.id, QStringLiteral("delete"),
                                    QStringLiteral("item"), itemLabel(p), {});
            !s)
            return s.asFailure();
    }
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return result;
}

Result<qint64> PatchRepository::insert(const domain::PatchItem &item)
{
    auto stored = apply({}, {item}, QStringLiteral("create"));
    if (!stored)
        return stored.asFailure();
    return stored->front().id;
}

Status PatchRepository::update(const domain::PatchItem &item)
{
    const auto before = get(item.id);
    if (!before)
        return before.asFailure();
    const auto stored = apply({before.value()}, {item}, QStringLiteral("update"));
    return stored ? Status() : Status(stored.asFailure());
}

Status PatchRepository::remove(const QVector<qint64> &ids)
{
    QVector<domain::PatchItem> before;
    for (qint64 id : ids) {
        const auto item = get(id);
        if (!item)
            return item.asFailure();
        before.append(item.value());
    }
    const auto stored = apply(before, {}, QStringLiteral("delete"));
    return stored ? Status() : Status(stored.asFailure());
}

domain::PatchPolicy PatchRepository::policy() const
{
    domain::PatchPolicy policy;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kPolicyKey);
    if (!q.exec() || !q.next())
        return policy;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    domain::PatchPolicy read;
    read.knownExploitedDays = o.value(QLatin1String("known_exploited_days")).toInt(0);
    read.criticalDays = o.value(QLatin1String("critical_days")).toInt(0);
    read.highDays = o.value(QLatin1String("high_days")).toInt(0);
    read.otherDays = o.value(QLatin1String("other_days")).toInt(0);
    read.staleAssetDays = o.value(QLatin1String("stale_asset_days")).toInt(0);
    // A value the policy cannot have (written by hand, or damaged) falls
    // back to the defaults rather than making everything overdue.
    return domain::validatePolicy(read) ? read : policy;
}

Status PatchRepository::setPolicy(const domain::PatchPolicy &policy)
{
    if (Status s = domain::validatePolicy(policy); !s)
        return s;
    const domain::PatchPolicy before = this->policy();
    QJsonObject o;
    o.insert(QLatin1String("known_exploited_days"), policy.knownExploitedDays);
    o.insert(QLatin1String("critical_days"), policy.criticalDays);
    o.insert(QLatin1String("high_days"), policy.highDays);
    o.insert(QLatin1String("other_days"), policy.otherDays);
    o.insert(QLatin1String("stale_asset_days"), policy.staleAssetDays);
    const QString json = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));

    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kPolicyKey);
    q.addBindValue(json);
    if (!q.exec())
        return writeFailed(q);
    if (!(before == policy)) {
        if (Status s =
                AuditLog(m_db).record(QStringLiteral("patch_policy"), 0, QStringLiteral("update"),
                                      QStringLiteral("policy"), {}, json);
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace store
} // namespace kamae
