#include "store/OrganisationRepository.h"
#include "core/Clock.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SqlErrors.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kamae {
namespace store {

using sql::text;

Status OrganisationRepository::validate(const domain::Organisation &organisation)
{
    if (organisation.name.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("kamae::store::OrganisationRepository",
                                                           "The organisation needs a name."));
    if (organisation.employees < 0 || organisation.employees > 10'000'000)
        return Status::failure(QCoreApplication::translate(
            "kamae::store::OrganisationRepository", "The number of employees is out of range."));
    for (const domain::Site &site : organisation.sites) {
        if (site.name.trimmed().isEmpty())
            return Status::failure(QCoreApplication::translate(
                "kamae::store::OrganisationRepository", "Every site needs a name."));
    }
    return {};
}

Result<domain::Organisation> OrganisationRepository::load() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT name, industry, employees, security_action, notes "
                               "FROM organisation WHERE id = 1")))
        return readFailed(q);
    if (!q.next())
        return Result<domain::Organisation>::failure(QCoreApplication::translate(
            "kamae::store::OrganisationRepository", "The vault has no organisation record."));
    domain::Organisation org;
    org.name = q.value(0).toString();
    org.industry = q.value(1).toString();
    org.employees = q.value(2).toInt();
    org.securityAction =
        sql::enumValue(q.value(3).toLongLong(), 3, domain::SecurityActionLevel::None);
    org.notes = q.value(4).toString();

    if (!q.exec(QStringLiteral(
            "SELECT id, name, region, overseas, notes FROM site ORDER BY position, id")))
        return readFailed(q);
    while (q.next()) {
        domain::Site site;
        site.id = q.value(0).toLongLong();
        site.name = q.value(1).toString();
        site.region = q.value(2).toString();
        site.overseas = q.value(3).toBool();
        site.notes = q.value(4).toString();
        org.sites.append(site);
    }
    return org;
}

Status OrganisationRepository::save(const domain::Organisation &organisation)
{
    if (Status s = validate(organisation); !s)
        return s;
    const auto current = load();
    if (!current)
        return current.asFailure();
    const domain::Organisation &before = current.value();

    Transaction tx(m_db);
    if (!tx)
        return tx.failure();
    AuditLog audit(m_db);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE organisation SET name = ?, industry = ?, employees = ?, "
                             "security_action = ?, notes = ?, updated_at = ? WHERE id = 1"));
    q.addBindValue(organisation.name.trimmed());
    q.addBindValue(text(organisation.industry.trimmed()));
    q.addBindValue(organisation.employees);
    q.addBindValue(static_cast<int>(organisation.securityAction));
    q.addBindValue(text(organisation.notes));
    q.addBindValue(clock::now().toString(Qt::ISODate));
    if (!q.exec())
        return writeFailed(q);

    struct Change
    {
        const char *field;
        QVariant before, after;
    };
    const Change changes[] = {
        {"name", before.name, organisation.name.trimmed()},
        {"industry", before.industry, organisation.industry.trimmed()},
        {"employees", before.employees, organisation.employees},
        {"security_action", static_cast<int>(before.securityAction),
         static_cast<int>(organisation.securityAction)},
        {"notes", before.notes, organisation.notes},
    };
    for (const Change &c : changes) {
        if (c.before != c.after) {
            if (Status s = audit.record(QStringLiteral("organisation"), 1, QStringLiteral("update"),
                                        QString::fromLatin1(c.field), c.before, c.after);
                !s)
                return s;
        }
    }

    QHash<qint64, domain::Site> old;
    for (const domain::Site &s : before.sites)
        old.insert(s.id, s);
    int position = 0;
    for (const domain::Site &site : organisation.sites) {
        ++position;
        if (site.id != 0 && old.contains(site.id)) {
            const domain::Site previous = old.take(site.id);
            q.prepare(QStringLiteral("UPDATE site SET name = ?, region = ?, overseas = ?, "
                                     "notes = ?, position = ? WHERE id = ?"));
            q.addBindValue(site.name.trimmed());
            q.addBindValue(text(site.region.trimmed()));
            q.addBindValue(site.overseas ? 1 : 0);
            q.addBindValue(text(site.notes));
            q.addBindValue(position);
            q.addBindValue(site.id);
            if (!q.exec())
                return writeFailed(q);
            const Change siteChanges[] = {
                {"name", previous.name, site.name.trimmed()},
                {"region", previous.region, site.region.trimmed()},
                {"overseas", previous.overseas, site.overseas},
                {"notes", previous.notes, site.notes},
            };
            for (const Change &c : siteChanges) {
                if (c.before != c.after) {
                    if (Status s =
                            audit.record(QStringLiteral("site"), site.id, QStringLiteral("update"),
                                         QString::fromLatin1(c.field), c.before, c.after);
                        !s)
                        return s;
                }
            }
        } else {
            q.prepare(QStringLiteral("INSERT INTO site (name, region, overseas, notes, position) "
                                     "VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(site.name.trimmed());
            q.addBindValue(text(site.region.trimmed()));
            q.addBindValue(site.overseas ? 1 : 0);
            q.addBindValue(text(site.notes));
            q.addBindValue(position);
            if (!q.exec())
                return writeFailed(q);
            const qint64 id = q.lastInsertId().toLongLong();
            if (Status s = audit.record(QStringLiteral("site"), id, QStringLiteral("create"),
                                        QStringLiteral("name"), {}, site.name.trimmed());
                !s)
                return s;
        }
    }
    for (const domain::Site &gone : std::as_const(old)) {
        q.prepare(QStringLiteral("DELETE FROM site WHERE id = ?"));
        q.addBindValue(gone.id);
        if (!q.exec())
            return writeFailed(q);
        if (Status s = audit.record(QStringLiteral("site"), gone.id, QStringLiteral("delete"),
                                    QStringLiteral("name"), gone.name, {});
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace store
} // namespace kamae
