#include "store/AssetRepository.h"

#include "core/Clock.h"
#include "domain/AssetFields.h"
#include "store/AuditLog.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kamae {
namespace store {

using sql::dateText;
using sql::text;

namespace {

struct AssetRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::AssetRepository)
};

const QString kColumns = QStringLiteral(
    "business_area, name, notes, users, owner_department, location, personal_data, "
    "confidentiality, integrity, availability, threat, vulnerability, retention, registered_on, "
    "reviewed_on, kind, internet_facing, mfa, vendor, product, version, last_updated, "
    "end_of_support, owner_id");

constexpr int kColumnCount = 24; // in kColumns; the statements add updated_at

QString nowText()
{
    return clock::now().toString(Qt::ISODate);
}

// A new row without a registration date is registered the day Kamae first
// stores it, so its yearly review falls due a year later (docs/user-guide.md); a
// row restored by undo (with its id) comes back exactly as it was.
domain::Asset withRegistration(const domain::Asset &asset, const QDate &today)
{
    domain::Asset a = asset;
    if (a.id <= 0 && !a.registered.isValid())
        a.registered = today;
    return a;
}

void bindAsset(QSqlQuery &q, const domain::Asset &a)
{
    q.addBindValue(text(a.businessArea.trimmed()));
    q.addBindValue(text(a.name.trimmed()));
    q.addBindValue(text(a.notes));
    q.addBindValue(text(a.users.trimmed()));
    q.addBindValue(text(a.ownerDepartment.trimmed()));
    q.addBindValue(text(a.location.trimmed()));
    q.addBindValue(static_cast<int>(a.personalData));
    q.addBindValue(a.confidentiality);
    q.addBindValue(a.integrity);
    q.addBindValue(a.availability);
    q.addBindValue(a.threat);
    q.addBindValue(a.vulnerability);
    q.addBindValue(text(a.retention.trimmed()));
    q.addBindValue(dateText(a.registered));
    q.addBindValue(dateText(a.reviewed));
    q.addBindValue(static_cast<int>(a.kind));
    q.addBindValue(a.internetFacing ? 1 : 0);
    q.addBindValue(static_cast<int>(a.mfa));
    q.addBindValue(text(a.vendor.trimmed()));
    q.addBindValue(text(a.product.trimmed()));
    q.addBindValue(text(a.version.trimmed()));
    q.addBindValue(dateText(a.lastUpdated));
    q.addBindValue(a.endOfSupport ? 1 : 0);
    q.addBindValue(a.ownerId > 0 ? QVariant(a.ownerId) : QVariant(QMetaType(QMetaType::LongLong)));
}

domain::Asset readAsset(const QSqlQuery &q)
{
    domain::Asset a;
    a.id = q.value(0).toLongLong();
    a.businessArea = q.value(1).toString();
    a.name = q.value(2).toString();
    a.notes = q.value(3).toString();
    a.users = q.value(4).toString();
    a.ownerDepartment = q.value(5).toString();
    a.location = q.value(6).toString();
    a.personalData = sql::enumValue(q.value(7).toLongLong(), domain::kPersonalDataCount,
                                    domain::PersonalData::None);
    a.confidentiality = q.value(8).toInt();
    a.integrity = q.value(9).toInt();
    a.availability = q.value(10).toInt();
    a.threat = q.value(11).toInt();
    a.vulnerability = q.value(12).toInt();
    a.retention = q.value(13).toString();
    a.registered = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    a.reviewed = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    a.kind =
        sql::enumValue(q.value(16).toLongLong(), domain::kAssetKindCount, domain::AssetKind::Data);
    a.internetFacing = q.value(17).toBool();
    a.mfa = sql::enumValue(q.value(18).toLongLong(), domain::kMfaCount, domain::Mfa::NotApplicable);
    a.vendor = q.value(19).toString();
    a.product = q.value(20).toString();
    a.version = q.value(21).toString();
    a.lastUpdated = QDate::fromString(q.value(22).toString(), Qt::ISODate);
    a.endOfSupport = q.value(23).toBool();
    a.ownerId = q.value(24).toLongLong();
    return a;
}

// The fields whose change is worth an audit line, as stored values.
QVector<std::pair<const char *, QString>> auditedValues(const domain::Asset &a)
{
    QVector<std::pair<const char *, QString>> values;
    for (const domain::AssetFieldInfo &info : domain::assetFields()) {
        if (info.derived)
            continue;
        const QVariant v = domain::fieldValue(a, info.field);
        values.append(
            {info.key, v.typeId() == QMetaType::QDate ? dateText(v.toDate()) : v.toString()});
    }
    values.append({"owner_id", a.ownerId > 0 ? QString::number(a.ownerId) : QString()});
    return values;
}

} // namespace

Status AssetRepository::validate(const domain::Asset &a)
{
    auto inRange = [](int v) {
        return v >= 0 && v <= 3;
    };
    if (a.name.trimmed().isEmpty())
        return Status::failure(AssetRepositoryText::tr("Every asset needs a name."));
    if (!inRange(a.confidentiality) || !inRange(a.integrity) || !inRange(a.availability) ||
        !inRange(a.threat) || !inRange(a.vulnerability))
        return Status::failure(AssetRepositoryText::tr("Ratings are 1, 2 or 3 (or not rated)."));
    if (static_cast<int>(a.kind) < 0 || static_cast<int>(a.kind) >= domain::kAssetKindCount ||
        static_cast<int>(a.personalData) < 0 ||
        static_cast<int>(a.personalData) >= domain::kPersonalDataCount ||
        static_cast<int>(a.mfa) < 0 || static_cast<int>(a.mfa) >= domain::kMfaCount)
        return Status::failure(AssetRepositoryText::tr("A value of the asset is out of range."));
    return {};
}

Result<QHash<qint64, QString>> AssetRepository::names() const
{
    QHash<qint64, QString> names;
    const Status s =
        m_db.readRows(QStringLiteral("SELECT id, name FROM asset"), [&names](const RowCursor &row) {
            names.insert(row.integer(0), row.text(1));
        });
    if (!s)
        return s.asFailure();
    return names;
}

Result<QVector<domain::Asset>> AssetRepository::all() const
{
    return select(QString(), count());
}

Result<QVector<domain::Asset>> AssetRepository::byIds(const QVector<qint64> &ids) const
{
    if (ids.isEmpty())
        return QVector<domain::Asset>();
    return select(QStringLiteral(" WHERE id IN (%1)").arg(sql::idList(ids)), ids.size());
}

Status AssetRepository::refresh(QVector<domain::Asset> &assets, const ChangeSet &changes) const
{
    const QString table = QStringLiteral("asset");
    if (changes.wholeTable(table)) {
        auto read = all();
        if (!read)
            return read.asFailure();
        assets = std::move(read).value();
        return {};
    }
    const QSet<qint64> ids = changes.ids(table);
    if (ids.isEmpty())
        return {};
    auto read = byIds(QVector<qint64>(ids.cbegin(), ids.cend()));
    if (!read)
        return read.asFailure();
    QHash<qint64, domain::Asset> found;
    for (domain::Asset &a : read.value())
        found.insert(a.id, std::move(a));
    const auto gone = [&](const domain::Asset &a) {
        return ids.contains(a.id) && !found.contains(a.id);
    };
    assets.erase(std::remove_if(assets.begin(), assets.end(), gone), assets.end());
    for (domain::Asset &a : assets)
        if (const auto it = found.find(a.id); it != found.end()) {
            a = std::move(it.value());
            found.erase(it);
        }
    for (domain::Asset &a : found)
        assets.append(std::move(a));
    return {};
}

Result<QVector<domain::Asset>> AssetRepository::select(const QString &where, qint64 expected) const
{
    QVector<domain::Asset> assets;
    assets.reserve(static_cast<qsizetype>(expected));
    const Status s = read(where, [&assets](domain::Asset &&a) { assets.append(std::move(a)); });
    if (!s)
        return s.asFailure();
    return assets;
}

Status AssetRepository::forEach(const std::function<void(const domain::Asset &)> &visit) const
{
    return read(QString(), [&visit](domain::Asset &&a) { visit(a); });
}

Status AssetRepository::read(const QString &where,
                             const std::function<void(domain::Asset &&)> &visit) const
{
    return m_db.readRows(
        QStringLiteral("SELECT id, %1 FROM asset%2 ORDER BY id").arg(kColumns, where),
        [&visit](const RowCursor &row) {
            domain::Asset a;
            a.id = row.integer(0);
            a.businessArea = row.text(1);
            a.name = row.text(2);
            a.notes = row.text(3);
            a.users = row.text(4);
            a.ownerDepartment = row.text(5);
            a.location = row.text(6);
            a.personalData = sql::enumValue(row.integer(7), domain::kPersonalDataCount,
                                            domain::PersonalData::None);
            a.confidentiality = static_cast<int>(row.integer(8));
            a.integrity = static_cast<int>(row.integer(9));
            a.availability = static_cast<int>(row.integer(10));
            a.threat = static_cast<int>(row.integer(11));
            a.vulnerability = static_cast<int>(row.integer(12));
            a.retention = row.text(13);
            a.registered = row.date(14);
            a.reviewed = row.date(15);
            a.kind =
                sql::enumValue(row.integer(16), domain::kAssetKindCount, domain::AssetKind::Data);
            a.internetFacing = row.integer(17) != 0;
            a.mfa = sql::enumValue(row.integer(18), domain::kMfaCount, domain::Mfa::NotApplicable);
            a.vendor = row.text(19);
            a.product = row.text(20);
            a.version = row.text(21);
            a.lastUpdated = row.date(22);
            a.endOfSupport = row.integer(23) != 0;
            a.ownerId = row.integer(24);
            visit(std::move(a));
        });
}

Result<domain::Asset> AssetRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, %1 FROM asset WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return readFailed(q);
    if (!q.next())
        return Result<domain::Asset>::failure(
            ErrorCode::NotFound, AssetRepositoryText::tr("The asset no longer exists."));
    return readAsset(q);
}

qint64 AssetRepository::count() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM asset")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Status AssetRepository::insertOne(const domain::Asset &asset, qint64 *id)
{
    if (Status s = validate(asset); !s)
        return s;
    QSqlQuery q(m_db.sql());
    const QString placeholders = QStringLiteral("?, ").repeated(kColumnCount) + QStringLiteral("?");
    if (asset.id > 0) {
        q.prepare(QStringLiteral("INSERT INTO asset (id, %1, updated_at) VALUES (?, %2)")
                      .arg(kColumns, placeholders));
        q.addBindValue(asset.id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO asset (%1, updated_at) VALUES (%2)")
                      .arg(kColumns, placeholders));
    }
    bindAsset(q, withRegistration(asset, clock::today()));
    q.addBindValue(nowText());
    if (!q.exec())
        return writeFailed(q);
    *id = q.lastInsertId().toLongLong();
    return {};
}

Result<qint64> AssetRepository::insert(const domain::Asset &asset)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    qint64 id = 0;
    Status s = insertOne(asset, &id);
    if (s)
        s = AuditLog(m_db).record(QStringLiteral("asset"), id, QStringLiteral("create"),
                                  QStringLiteral("name"), {}, asset.name.trimmed());
    if (s)
        s = tx.commit();
    if (!s)
        return s.asFailure();
    return id;
}

Result<QVector<qint64>> AssetRepository::insertMany(const QVector<domain::Asset> &assets,
                                                    const QString &auditNote)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlDatabase sql = m_db.sql();
    QVector<qint64> ids;
    ids.reserve(assets.size());
    Status s;
    // One prepared statement for the whole batch: 100,000 rows in one go.
    // Assets that carry an id (an undone delete coming back) keep it.
    QSqlQuery fresh(sql);
    QSqlQuery restored(sql);
    const QString placeholders = QStringLiteral("?, ").repeated(kColumnCount) + QStringLiteral("?");
    fresh.prepare(QStringLiteral("INSERT INTO asset (%1, updated_at) VALUES (%2)")
                      .arg(kColumns, placeholders));
    restored.prepare(QStringLiteral("INSERT INTO asset (id, %1, updated_at) VALUES (?, %2)")
                         .arg(kColumns, placeholders));
    const QString now = nowText();
    const QDate today = clock::today();
    for (int i = 0; i < assets.size() && s; ++i) {
        const domain::Asset &asset = assets.at(i);
        s = validate(asset);
        if (!s) {
            s = Status::failure(ErrorCode::Invalid,
                                AssetRepositoryText::tr("Row %1: %2").arg(i + 1).arg(s.error()));
            break;
        }
        QSqlQuery &q = asset.id > 0 ? restored : fresh;
        if (asset.id > 0)
            q.addBindValue(asset.id);
        bindAsset(q, withRegistration(asset, today));
        q.addBindValue(now);
        if (!q.exec()) {
            s = writeFailed(q);
            break;
        }
        ids.append(q.lastInsertId().toLongLong());
    }
    if (s)
        s = AuditLog(m_db).record(QStringLiteral("asset"), 0, QStringLiteral("import"), {}, {},
                                  auditNote);
    if (s)
        s = tx.commit();
    if (!s)
        return s.asFailure();
    return ids;
}

Status AssetRepository::update(const domain::Asset &asset)
{
    if (Status s = validate(asset); !s)
        return s;
    const auto before = get(asset.id);
    if (!before)
        return before.asFailure();
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlQuery q(m_db.sql());
    QString assignments = kColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    q.prepare(
        QStringLiteral("UPDATE asset SET %1 = ?, updated_at = ? WHERE id = ?").arg(assignments));
    bindAsset(q, withRegistration(asset, clock::today()));
    q.addBindValue(nowText());
    q.addBindValue(asset.id);
    if (!q.exec())
        return writeFailed(q);

    AuditLog audit(m_db);
    const auto oldValues = auditedValues(before.value());
    const auto newValues = auditedValues(asset);
    for (int i = 0; i < oldValues.size(); ++i) {
        if (oldValues.at(i).second == newValues.at(i).second)
            continue;
        if (Status s = audit.record(QStringLiteral("asset"), asset.id, QStringLiteral("update"),
                                    QString::fromLatin1(oldValues.at(i).first),
                                    oldValues.at(i).second, newValues.at(i).second);
            !s)
            return s;
    }
    return tx.commit();
}

Status AssetRepository::remove(const QVector<qint64> &ids, LinkedRows *linked)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    if (linked) {
        auto rows = readLinkedRows(m_db, QStringLiteral("asset"), ids);
        if (!rows)
            return rows.asFailure();
        *linked = std::move(rows).value();
    }
    QSqlDatabase sql = m_db.sql();
    QSqlQuery name(sql);
    name.prepare(QStringLiteral("SELECT name FROM asset WHERE id = ?"));
    QSqlQuery del(sql);
    del.prepare(QStringLiteral("DELETE FROM asset WHERE id = ?"));
    QSqlQuery items(sql);
    items.prepare(QStringLiteral("SELECT count(*) FROM patch_item WHERE asset_id = ?"));
    AuditLog audit(m_db);
    for (qint64 id : ids) {
        name.addBindValue(id);
        QString oldName;
        if (name.exec() && name.next())
            oldName = name.value(0).toString();
        // Its patch items and dismissals go with it (foreign keys): say so.
        items.addBindValue(id);
        const int itemCount = items.exec() && items.next() ? items.value(0).toInt() : 0;
        del.addBindValue(id);
        Status s = del.exec() ? Status() : writeFailed(del);
        if (s && itemCount > 0)
            s = audit.record(QStringLiteral("patch_item"), 0, QStringLiteral("delete"),
                             QStringLiteral("asset"), QString::number(id),
                             QStringLiteral("%1 item(s)").arg(itemCount));
        if (s)
            s = audit.record(QStringLiteral("asset"), id, QStringLiteral("delete"),
                             QStringLiteral("name"), oldName, {});
        if (!s)
            return s;
    }
    return tx.commit();
}

Status AssetRepository::restore(const QVector<domain::Asset> &assets, const LinkedRows &linked,
                                const QString &auditNote)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    if (auto ids = insertMany(assets, auditNote); !ids)
        return ids.asFailure();
    if (Status s = restoreLinkedRows(m_db, linked); !s)
        return s;
    return tx.commit();
}

Status AssetRepository::markReviewed(const QVector<qint64> &ids, const QDate &date)
{
    if (!date.isValid())
        return Status::failure(AssetRepositoryText::tr("The review date is not valid."));
    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlDatabase sql = m_db.sql();
    QSqlQuery old(sql);
    old.prepare(QStringLiteral("SELECT reviewed_on FROM asset WHERE id = ?"));
    QSqlQuery set(sql);
    set.prepare(QStringLiteral("UPDATE asset SET reviewed_on = ?, updated_at = ? WHERE id = ?"));
    AuditLog audit(m_db);
    const QString now = nowText();
    for (qint64 id : ids) {
        old.addBindValue(id);
        if (!old.exec() || !old.next())
            return Status::failure(ErrorCode::NotFound,
                                   AssetRepositoryText::tr("The asset no longer exists."));
        const QString before = old.value(0).toString();
        set.addBindValue(dateText(date));
        set.addBindValue(now);
        set.addBindValue(id);
        Status s = set.exec() ? Status() : writeFailed(set);
        if (s && before != dateText(date))
            s = audit.record(QStringLiteral("asset"), id, QStringLiteral("update"),
                             QStringLiteral("reviewed"), before, dateText(date));
        if (!s)
            return s;
    }
    return tx.commit();
}

} // namespace store
} // namespace kamae
