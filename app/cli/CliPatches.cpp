#include "cli/CliSupport.h"
#include "i18n/Language.h"

#include "domain/AssetRules.h"
#include "domain/PatchRules.h"
#include "feeds/FeedFile.h"
#include "patches/PatchDesk.h"
#include "store/AssetRepository.h"
#include "store/FeedStore.h"
#include "store/PatchRepository.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kamae {
namespace cli {

namespace {

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

int importFeed(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.size() != 3)
        return fail(err, Cli::tr("Usage: kamae feeds import VAULT FILE"), UsageError);
    // Parse before unlocking: a wrong file never opens the vault for writing.
    const QString file = inv.positional.at(2);
    auto feed = feeds::readFeedFile(file);
    if (!feed)
        return fail(err, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), feed.error()),
                    BadInput);
    if (feed->entries.isEmpty())
        return fail(err,
                    Cli::tr("%1: the feed has no entries; nothing was imported.")
                        .arg(QDir::toNativeSeparators(file)),
                    BadInput);
    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadWrite, &rc, 1);
    if (!v)
        return rc;
    const auto summary = store::FeedStore(v->database()).import(feed.value());
    if (!summary)
        return fail(err, summary.error(), BadInput);
    if (vault::VaultStatus s = v->save(); !s)
        return fail(err, s);
    out << patches::importSummaryText(summary.value()) << Qt::endl;
    const auto proposals = patches::currentProposals(v->database(), QDate::currentDate());
    if (proposals)
        out << Cli::tr("%n patch proposal(s) wait for review in the Patches page.", nullptr,
                       static_cast<int>(proposals->size()))
            << Qt::endl;
    return Success;
}

const char *statusKey(domain::PatchStatus status)
{
    static const char *keys[] = {"open", "scheduled", "applied", "risk_accepted"};
    return keys[static_cast<int>(status)];
}

const char *severityKey(domain::Severity severity)
{
    static const char *keys[] = {"unknown", "low", "medium", "high", "critical"};
    return keys[static_cast<int>(severity)];
}

int listPatches(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.size() != 2)
        return fail(err, Cli::tr("Usage: kamae patches list VAULT [--overdue] [--all] [--json]"),
                    UsageError);
    if (inv.has(QStringLiteral("overdue")) && inv.has(QStringLiteral("all")))
        return fail(err, Cli::tr("--overdue and --all cannot be combined."), UsageError);
    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadOnly, &rc, 1);
    if (!v)
        return rc;
    const auto items = store::PatchRepository(v->database()).all();
    if (!items)
        return fail(err, items.error());
    const auto assets = store::AssetRepository(v->database()).all();
    if (!assets)
        return fail(err, assets.error());
    QHash<qint64, const domain::Asset *> byId;
    for (const domain::Asset &a : assets.value())
        byId.insert(a.id, &a);

    const QDate today = QDate::currentDate();
    const bool overdueOnly = inv.has(QStringLiteral("overdue"));
    const bool all = inv.has(QStringLiteral("all"));
    QVector<const domain::PatchItem *> shown;
    for (const domain::PatchItem &p : items.value()) {
        if (overdueOnly ? !domain::isOverdue(p, today)
                        : !all && p.status == domain::PatchStatus::Applied)
            continue;
        shown.append(&p);
    }
    // The ones to fix first on top: overdue, then by due date.
    std::stable_sort(shown.begin(), shown.end(), [&](const auto *a, const auto *b) {
        if (domain::isOverdue(*a, today) != domain::isOverdue(*b, today))
            return domain::isOverdue(*a, today);
        if (a->due.isValid() != b->due.isValid())
            return a->due.isValid();
        return a->due < b->due;
    });

    if (inv.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const domain::PatchItem *p : shown) {
            const domain::Asset *asset = byId.value(p->assetId);
            QJsonObject o;
            o.insert(QStringLiteral("id"), p->id);
            o.insert(QStringLiteral("asset_id"), p->assetId);
            o.insert(QStringLiteral("asset"), asset ? asset->name : QString());
            o.insert(QStringLiteral("importance"),
                     asset ? QJsonValue(domain::importance(*asset)) : QJsonValue());
            o.insert(QStringLiteral("product"), p->product);
            o.insert(QStringLiteral("installed_version"), p->installedVersion);
            o.insert(QStringLiteral("available_update"), p->availableUpdate);
            o.insert(QStringLiteral("cves"), QJsonArray::fromStringList(p->cves));
            o.insert(QStringLiteral("jvn_ids"), QJsonArray::fromStringList(p->jvnIds));
            o.insert(QStringLiteral("cvss_score"),
                     p->cvssScore < 0 ? QJsonValue() : QJsonValue(p->cvssScore));
            o.insert(QStringLiteral("severity"), QLatin1String(severityKey(p->severity)));
            o.insert(QStringLiteral("known_exploited"), p->knownExploited);
            o.insert(QStringLiteral("known_ransomware_use"), p->knownRansomwareUse);
            o.insert(QStringLiteral("found"), dateJson(p->found));
            o.insert(QStringLiteral("due"), dateJson(p->due));
            o.insert(QStringLiteral("applied"), dateJson(p->applied));
            o.insert(QStringLiteral("status"), QLatin1String(statusKey(p->status)));
            o.insert(QStringLiteral("overdue"), domain::isOverdue(*p, today));
            o.insert(QStringLiteral("accepted_reason"), p->acceptedReason);
            o.insert(QStringLiteral("review_date"), dateJson(p->acceptedReviewDate));
            o.insert(QStringLiteral("source"), p->sourceKey);
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    int overdue = 0;
    for (const domain::PatchItem *p : shown) {
        const domain::Asset *asset = byId.value(p->assetId);
        const bool late = domain::isOverdue(*p, today);
        overdue += late ? 1 : 0;
        QStringList flags;
        if (late)
            flags << Cli::tr("OVERDUE");
        if (p->knownExploited)
            flags << Cli::tr("known exploited");
        if (p->knownRansomwareUse)
            flags << Cli::tr("ransomware");
        out << p->id << '\t' << (asset ? asset->name : QString()) << '\t' << p->product << '\t'
            << (p->cves + p->jvnIds).join(QLatin1Char(' ')) << '\t'
            << domain::PatchText::severity(p->severity) << '\t'
            << Cli::tr("due %1").arg(p->due.isValid() ? i18n::formatDate(p->due)
                                                      : QStringLiteral("-"))
            << '\t' << domain::PatchText::status(p->status) << '\t'
            << flags.join(QStringLiteral(", ")) << Qt::endl;
    }
    out << Cli::tr("%n patch item(s)", nullptr, static_cast<int>(shown.size()));
    if (!overdueOnly)
        out << Cli::tr(", %n overdue", nullptr, overdue);
    out << Qt::endl;
    return Success;
}

} // namespace

int runFeeds(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.value(0) == QLatin1String("import"))
        return importFeed(inv, out, err);
    return fail(err, Cli::tr("Usage: kamae feeds import VAULT FILE"), UsageError);
}

int runPatches(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.value(0) == QLatin1String("list"))
        return listPatches(inv, out, err);
    return fail(err, Cli::tr("Usage: kamae patches list VAULT [--overdue] [--all] [--json]"),
                UsageError);
}

} // namespace cli
} // namespace kamae
