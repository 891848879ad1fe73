#include "store/FeedStore.h"
#include "core/Clock.h"
#include "i18n/Language.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace kamae {
namespace store {

using sql::dateText;
using sql::joined;
using sql::split;
using sql::text;

namespace {

struct FeedStoreText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::store::FeedStore)
};

QString kindName(feeds::FeedKind kind)
{
    return kind == feeds::FeedKind::Kev ? QStringLiteral("kev") : QStringLiteral("jvn");
}

feeds::FeedKind kindFrom(const QString &name)
{
    return name == QLatin1String("jvn") ? feeds::FeedKind::Jvn : feeds::FeedKind::Kev;
}

QString productsText(const QVector<std::pair<QString, QString>> &products)
{
    QStringList lines;
    for (const auto &[vendor, product] : products)
        lines << vendor + QLatin1Char('\t') + product;
    return text(lines.join(QLatin1Char('\n')));
}

QVector<std::pair<QString, QString>> productsFrom(const QString &s)
{
    QVector<std::pair<QString, QString>> out;
    for (const QString &line : s.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int tab = line.indexOf(QLatin1Char('\t'));
        if (tab >= 0)
            out.append({line.left(tab), line.mid(tab + 1)});
    }
    return out;
}

const QString kEntryColumns = QStringLiteral(
    "kind, entry_id, cves, vendor, product, products, cpes, title, description, "
    "required_action, published, updated, due, known_exploited, ransomware, cvss_score, "
    "cvss_severity, cvss_version, cvss_vector, url, cwes, notes");

void bindEntry(QSqlQuery &q, feeds::FeedKind kind, const feeds::FeedEntry &e)
{
    q.addBindValue(kindName(kind));
    q.addBindValue(text(e.id));
    q.addBindValue(joined(e.cves));
    q.addBindValue(text(e.vendor));
    q.addBindValue(text(e.product));
    q.addBindValue(productsText(e.products));
    q.addBindValue(joined(e.cpes));
    q.addBindValue(text(e.title));
    q.addBindValue(text(e.description));
    q.addBindValue(text(e.requiredAction));
    q.addBindValue(dateText(e.published));
    q.addBindValue(dateText(e.updated));
    q.addBindValue(dateText(e.dueDate));
    q.addBindValue(e.knownExploited ? 1 : 0);
    q.addBindValue(e.knownRansomwareUse ? 1 : 0);
    q.addBindValue(e.cvssScore < 0 ? QVariant(QMetaType(QMetaType::Double))
                                   : QVariant(e.cvssScore));
    q.addBindValue(text(e.cvssSeverity));
    q.addBindValue(text(e.cvssVersion));
    q.addBindValue(text(e.cvssVector));
    q.addBindValue(text(e.url));
    q.addBindValue(joined(e.cwes));
    q.addBindValue(text(e.notes));
}

// The entry as stored, for telling a changed entry from an unchanged one.
QString fingerprint(const feeds::FeedEntry &e)
{
    return QStringList{joined(e.cves),
                       productsText(e.products),
                       joined(e.cpes),
                       e.title,
                       e.description,
                       e.requiredAction,
                       dateText(e.updated),
                       dateText(e.dueDate),
                       e.knownRansomwareUse ? QStringLiteral("1") : QStringLiteral("0"),
                       e.cvssScore < 0 ? QString() : QString::number(e.cvssScore),
                       e.cvssVector,
                       e.notes}
        .join(QChar(0x1F));
}

QString describe(const QString &version, const QDateTime &released)
{
    if (!released.isValid())
        return version;
    return FeedStoreText::tr("%1, released %2").arg(version, i18n::formatDate(released.date()));
}

} // namespace

QString sourceKey(feeds::FeedKind kind, const QString &entryId)
{
    return (kind == feeds::FeedKind::Kev ? QStringLiteral("KEV:") : QStringLiteral("JVN:")) +
           entryId;
}

Result<QVector<StoredFeed>> FeedStore::feeds() const
{
    QVector<StoredFeed> out;
    QHash<QString, int> counts;
    Status s = m_db.readRows(
        QStringLiteral("SELECT kind, count(*) FROM feed_entry GROUP BY kind"),
        [&counts](const RowCursor &row) { counts.insert(row.text(0), int(row.integer(1))); });
    if (s)
        s = m_db.readRows(QStringLiteral("SELECT kind, version, released, title, imported_at, "
                                         "file_entries FROM feed ORDER BY kind DESC"),
                          [&](const RowCursor &row) {
                              StoredFeed f;
                              f.kind = kindFrom(row.text(0));
                              f.version = row.text(1);
                              f.released = QDateTime::fromString(row.text(2), Qt::ISODate);
                              f.title = row.text(3);
                              f.importedAt = QDateTime::fromString(row.text(4), Qt::ISODateWithMs);
                              f.fileEntries = static_cast<int>(row.integer(5));
                              f.storedEntries = counts.value(row.text(0));
                              out.append(f);
                          });
    if (!s)
        return s.asFailure();
    return out;
}

Result<QVector<StoredEntry>> FeedStore::entries() const
{
    return readEntries({});
}

Result<QVector<StoredEntry>> FeedStore::readEntries(const QString &kind) const
{
    QVector<StoredEntry> out;
    const QString where =
        kind.isEmpty() ? QString() : QStringLiteral(" WHERE kind = '%1'").arg(kind);
    const Status s = m_db.readRows(
        QStringLiteral("SELECT %1 FROM feed_entry%2 ORDER BY id").arg(kEntryColumns, where),
        [&out](const RowCursor &row) {
            StoredEntry stored;
            stored.kind = kindFrom(row.text(0));
            feeds::FeedEntry &e = stored.entry;
            e.id = row.text(1);
            e.cves = split(row.text(2));
            e.vendor = row.text(3);
            e.product = row.text(4);
            e.products = productsFrom(row.text(5));
            e.cpes = split(row.text(6));
            e.title = row.text(7);
            e.description = row.text(8);
            e.requiredAction = row.text(9);
            e.published = row.date(10);
            e.updated = row.date(11);
            e.dueDate = row.date(12);
            e.knownExploited = row.integer(13) != 0;
            e.knownRansomwareUse = row.integer(14) != 0;
            const QString score = row.text(15);
            e.cvssScore = score.isEmpty() ? -1 : score.toDouble();
            e.cvssSeverity = row.text(16);
            e.cvssVersion = row.text(17);
            e.cvssVector = row.text(18);
            e.url = row.text(19);
            e.cwes = split(row.text(20));
            e.notes = row.text(21);
            out.append(std::move(stored));
        });
    if (!s)
        return s.asFailure();
    return out;
}

Result<FeedImportSummary> FeedStore::storeFeed(const feeds::Feed &feed)
{
    using R = Result<FeedImportSummary>;
    const QString kind = kindName(feed.kind);
    FeedImportSummary summary;
    summary.kind = feed.kind;
    summary.version = feed.version;
    summary.fileEntries = static_cast<int>(feed.entries.size());

    // What is there now: the feed row and each entry's fingerprint.
    QString storedVersion;
    QDateTime storedReleased;
    bool haveFeed = false;
    QHash<QString, std::pair<QString, QDate>> existing; // id → (fingerprint, updated)
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT version, released FROM feed WHERE kind = ?"));
        q.addBindValue(kind);
        if (!q.exec())
            return readFailed(q);
        if (q.next()) {
            haveFeed = true;
            storedVersion = q.value(0).toString();
            storedReleased = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        }
    }
    // The release time decides; without one on either side, the catalogue
    // version ("2024.05.01" sorts as text).
    const bool older = feed.released.isValid() && storedReleased.isValid()
                           ? feed.released < storedReleased
                           : feed.version < storedVersion;
    // The demo company's excerpt is no catalogue of record: any real one
    // replaces it, even one released before the demo was made.
    const bool demoStored = storedVersion == QLatin1String(kDemoKevVersion);
    if (feed.kind == feeds::FeedKind::Kev && haveFeed && older && !demoStored)
        return R::failure(ErrorCode::Invalid,
                          FeedStoreText::tr("This KEV catalogue (%1) is older than the one "
                                            "already imported (%2). Nothing was changed.")
                              .arg(describe(feed.version, feed.released),
                                   describe(storedVersion, storedReleased)));
    auto stored = readEntries(kind);
    if (!stored)
        return stored.asFailure();
    for (const StoredEntry &e : stored.value())
        existing.insert(e.entry.id, {fingerprint(e.entry), e.entry.updated});

    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    QSqlDatabase sql = m_db.sql();
    const QString placeholders = QStringLiteral("?, ").repeated(21) + QStringLiteral("?");
    QSqlQuery insert(sql);
    // An upsert, not INSERT OR REPLACE: the row keeps its id and so its place.
    QStringList assignments;
    for (const QString &column : kEntryColumns.split(QStringLiteral(", ")).mid(2))
        assignments << QStringLiteral("%1 = excluded.%1").arg(column);
    insert.prepare(QStringLiteral("INSERT INTO feed_entry (%1) VALUES (%2) ON CONFLICT (kind, "
                                  "entry_id) DO UPDATE SET %3")
                       .arg(kEntryColumns, placeholders, assignments.join(QStringLiteral(", "))));
    QSet<QString> inFile;
    for (const feeds::FeedEntry &e : feed.entries) {
        inFile.insert(e.id);
        const auto was = existing.constFind(e.id);
        if (was != existing.constEnd()) {
            if (was->first == fingerprint(e))
                continue;
            // An older copy of a JVN entry (a past year's file imported
            // after this year's) does not overwrite a newer one.
            if (feed.kind == feeds::FeedKind::Jvn && was->second.isValid() && e.updated.isValid() &&
                e.updated < was->second)
                continue;
            ++summary.updated;
        } else {
            ++summary.added;
        }
        bindEntry(insert, feed.kind, e);
        if (!insert.exec())
            return writeFailed(insert);
    }
    if (feed.kind == feeds::FeedKind::Kev) {
        // Withdrawn from the catalogue (it happens, rarely): gone here too.
        QSqlQuery del(sql);
        del.prepare(QStringLiteral("DELETE FROM feed_entry WHERE kind = ? AND entry_id = ?"));
        for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
            if (inFile.contains(it.key()))
                continue;
            del.addBindValue(kind);
            del.addBindValue(it.key());
            if (!del.exec())
                return writeFailed(del);
            ++summary.removed;
        }
    }
    QSqlQuery head(sql);
    head.prepare(QStringLiteral("INSERT INTO feed (kind, version, released, title, imported_at, "
                                "file_entries) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind) DO "
                                "UPDATE SET version = excluded.version, released = "
                                "excluded.released, title = excluded.title, imported_at = "
                                "excluded.imported_at, file_entries = excluded.file_entries"));
    head.addBindValue(kind);
    head.addBindValue(text(feed.version));
    head.addBindValue(
        text(feed.released.isValid() ? feed.released.toString(Qt::ISODate) : QString()));
    head.addBindValue(text(feed.title));
    // Milliseconds: the page tells imports apart by this stamp.
    head.addBindValue(clock::now().toUTC().toString(Qt::ISODateWithMs));
    head.addBindValue(summary.fileEntries);
    if (!head.exec())
        return writeFailed(head);
    if (Status s = AuditLog(m_db).record(QStringLiteral("feed"), 0, QStringLiteral("import"), kind,
                                         storedVersion,
                                         QStringLiteral("%1 (+%2 ~%3 -%4)")
                                             .arg(feed.version)
                                             .arg(summary.added)
                                             .arg(summary.updated)
                                             .arg(summary.removed));
        !s)
        return s.asFailure();
    if (Status s = tx.commit(); !s)
        return s.asFailure();
    return summary;
}

Status FeedStore::validateAlias(const domain::ProductAlias &alias)
{
    if (domain::normalizeName(alias.feedProduct).isEmpty() ||
        domain::normalizeName(alias.assetProduct).isEmpty())
        return Status::failure(ErrorCode::Invalid,
                               FeedStoreText::tr("An alias needs the product name on both sides."));
    return {};
}

Result<QVector<domain::ProductAlias>> FeedStore::aliases() const
{
    QVector<domain::ProductAlias> out;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT id, feed_vendor, feed_product, asset_vendor, asset_product "
                       "FROM product_alias ORDER BY id"),
        [&out](const RowCursor &row) {
            out.append({row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4)});
        });
    if (!s)
        return s.asFailure();
    return out;
}

namespace {

void bindAlias(QSqlQuery &q, const domain::ProductAlias &a)
{
    q.addBindValue(text(a.feedVendor.trimmed()));
    q.addBindValue(text(a.feedProduct.trimmed()));
    q.addBindValue(text(a.assetVendor.trimmed()));
    q.addBindValue(text(a.assetProduct.trimmed()));
}

QString aliasText(const domain::ProductAlias &a)
{
    return QStringLiteral("%1 %2 ~ %3 %4")
        .arg(a.feedVendor, a.feedProduct, a.assetVendor, a.assetProduct)
        .simplified();
}

// Runs `write` and its audit line in one transaction.
template <typename Write> Status inTransaction(Database &db, Write write)
{
    Transaction tx(db);
    if (!tx)
        return tx.failure();
    QSqlDatabase sql = db.sql();
    if (Status s = write(sql); !s)
        return s;
    return tx.commit();
}

} // namespace

Result<qint64> FeedStore::addAlias(const domain::ProductAlias &alias)
{
    if (Status s = validateAlias(alias); !s)
        return s.asFailure();
    qint64 id = 0;
    const Status s = inTransaction(m_db, [&](QSqlDatabase &sql) {
        QSqlQuery q(sql);
        if (alias.id > 0) {
            q.prepare(QStringLiteral("INSERT INTO product_alias (id, feed_vendor, feed_product, "
                                     "asset_vendor, asset_product) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(alias.id);
        } else {
            q.prepare(QStringLiteral("INSERT INTO product_alias (feed_vendor, feed_product, "
                                     "asset_vendor, asset_product) VALUES (?, ?, ?, ?)"));
        }
        bindAlias(q, alias);
        if (!q.exec())
            return Status(writeFailed(q));
        id = q.lastInsertId().toLongLong();
        return AuditLog(m_db).record(QStringLiteral("product_alias"), id, QStringLiteral("create"),
                                     QStringLiteral("alias"), {}, aliasText(alias));
    });
    if (!s)
        return s.asFailure();
    return id;
}

Status FeedStore::updateAlias(const domain::ProductAlias &alias)
{
    if (Status s = validateAlias(alias); !s)
        return s;
    return inTransaction(m_db, [&](QSqlDatabase &sql) {
        QSqlQuery old(sql);
        old.prepare(QStringLiteral("SELECT feed_vendor, feed_product, asset_vendor, "
                                   "asset_product FROM product_alias WHERE id = ?"));
        old.addBindValue(alias.id);
        if (!old.exec() || !old.next())
            return Status::failure(ErrorCode::NotFound,
                                   FeedStoreText::tr("The alias no longer exists."));
        const domain::ProductAlias before{alias.id, old.value(0).toString(),
                                          old.value(1).toString(), old.value(2).toString(),
                                          old.value(3).toString()};
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("UPDATE product_alias SET feed_vendor = ?, feed_product = ?, "
                                 "asset_vendor = ?, asset_product = ? WHERE id = ?"));
        bindAlias(q, alias);
        q.addBindValue(alias.id);
        if (!q.exec())
            return Status(writeFailed(q));
        return AuditLog(m_db).record(QStringLiteral("product_alias"), alias.id,
                                     QStringLiteral("update"), QStringLiteral("alias"),
                                     aliasText(before), aliasText(alias));
    });
}

Status FeedStore::removeAlias(qint64 id)
{
    return inTransaction(m_db, [&](QSqlDatabase &sql) {
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("DELETE FROM product_alias WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Status(writeFailed(q));
        return AuditLog(m_db).record(QStringLiteral("product_alias"), id, QStringLiteral("delete"));
    });
}

Result<QVector<Dismissal>> FeedStore::dismissals() const
{
    QVector<Dismissal> out;
    const Status s = m_db.readRows(
        QStringLiteral("SELECT asset_id, source_key, dismissed_on FROM match_dismissal"),
        [&out](const RowCursor &row) {
            out.append({row.integer(0), row.text(1), row.date(2)});
        });
    if (!s)
        return s.asFailure();
    return out;
}

Status FeedStore::dismiss(const QVector<Dismissal> &dismissals)
{
    return inTransaction(m_db, [&](QSqlDatabase &sql) {
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("INSERT INTO match_dismissal (asset_id, source_key, dismissed_on) "
                                 "VALUES (?, ?, ?) ON CONFLICT (asset_id, source_key) DO "
                                 "UPDATE SET dismissed_on = excluded.dismissed_on"));
        AuditLog audit(m_db);
        for (const Dismissal &d : dismissals) {
            q.addBindValue(d.assetId);
            q.addBindValue(d.sourceKey);
            q.addBindValue(dateText(d.dismissedOn.isValid() ? d.dismissedOn : clock::today()));
            if (!q.exec())
                return Status(writeFailed(q));
            if (Status s = audit.record(QStringLiteral("match_dismissal"), d.assetId,
                                        QStringLiteral("create"), QStringLiteral("source"), {},
                                        d.sourceKey);
                !s)
                return s;
        }
        return Status();
    });
}

Status FeedStore::undismiss(const QVector<Dismissal> &dismissals)
{
    return inTransaction(m_db, [&](QSqlDatabase &sql) {
        QSqlQuery q(sql);
        q.prepare(
            QStringLiteral("DELETE FROM match_dismissal WHERE asset_id = ? AND source_key = ?"));
        AuditLog audit(m_db);
        for (const Dismissal &d : dismissals) {
            q.addBindValue(d.assetId);
            q.addBindValue(d.sourceKey);
            if (!q.exec())
                return Status(writeFailed(q));
            if (Status s = audit.record(QStringLiteral("match_dismissal"), d.assetId,
                                        QStringLiteral("delete"), QStringLiteral("source"),
                                        d.sourceKey, {});
                !s)
                return s;
        }
        return Status();
    });
}

} // namespace store
} // namespace kamae
