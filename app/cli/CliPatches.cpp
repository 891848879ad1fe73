#include "cli/CliSupport.h"
#include "i18n/Language.h"

#include "core/Clock.h"
#include "domain/AssetRules.h"
#include "domain/PatchRules.h"
#include "feeds/FeedFile.h"
#include "patches/PatchDesk.h"
#include "store/AssetRepository.h"
#include "store/FeedStore.h"
#include "store/PatchRepository.h"
#include "store/PeopleRepository.h"

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
    const auto summary = patches::importFeed(v->database(), feed.value());
    if (!summary)
        return fail(err, summary.error(), BadInput);
    if (vault::VaultStatus s = saveChanges(*v, err); !s)
        return fail(err, s);
    out << patches::importSummaryText(summary.value()) << Qt::endl;
    const auto proposals = patches::currentProposals(v->database(), clock::today());
    if (proposals) {
        const int fresh = patches::countNew(proposals.value());
        out << Cli::tr("%n patch proposal(s) wait for review (kamae patches proposals).", nullptr,
                       fresh)
            << Qt::endl;
        if (proposals->size() > fresh)
            out << Cli::tr("%n more were probably fixed by a later update of their asset.", nullptr,
                           static_cast<int>(proposals->size()) - fresh)
                << Qt::endl;
    }
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
    const auto people = store::PeopleRepository(v->database()).all();
    if (!people)
        return fail(err, people.error());

    const QDate today = clock::today();
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
            // The item's owner, else its asset's; null when neither has one.
            const qint64 ownerId = p->ownerId != 0 ? p->ownerId : (asset ? asset->ownerId : 0);
            const domain::Person *owner = domain::findPerson(people.value(), ownerId);
            o.insert(QStringLiteral("owner_id"), owner ? QJsonValue(owner->id) : QJsonValue());
            o.insert(QStringLiteral("owner"), owner ? QJsonValue(owner->name) : QJsonValue());
            o.insert(QStringLiteral("owner_from_asset"), owner != nullptr && p->ownerId == 0);
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

QString proposalsUsage()
{
    return Cli::tr("Usage: kamae patches proposals VAULT [--json]\n"
                   "       kamae patches confirm VAULT ID...\n"
                   "       kamae patches dismiss VAULT ID...");
}

QString sourceName(const QString &sourceKey)
{
    if (sourceKey.startsWith(QLatin1String("KEV:")))
        return QStringLiteral("KEV");
    if (sourceKey.startsWith(QLatin1String("JVN:")))
        return QStringLiteral("JVN");
    return sourceKey;
}

const char *readingKey(patches::NameReading reading)
{
    switch (reading) {
    case patches::NameReading::AsWritten:
        return "as_written";
    case patches::NameReading::Part:
        return "part";
    case patches::NameReading::Component:
        return "component";
    case patches::NameReading::Family:
        return "family";
    }
    return "as_written";
}

// kamae patches proposals VAULT [--json]: what the page's Proposals tab
// shows, new ones first, each with the id that confirm and dismiss take.
int listProposals(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.size() != 2)
        return fail(err, proposalsUsage(), UsageError);
    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadOnly, &rc, 1);
    if (!v)
        return rc;
    const auto proposals = patches::currentProposals(v->database(), clock::today());
    if (!proposals)
        return fail(err, proposals.error());
    const auto names = store::AssetRepository(v->database()).names();
    if (!names)
        return fail(err, names.error());

    if (inv.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const patches::Proposal &p : proposals.value()) {
            const domain::PatchItem &item = p.item;
            QJsonObject o;
            o.insert(QStringLiteral("id"), patches::proposalId(p));
            o.insert(QStringLiteral("asset_id"), p.assetId);
            o.insert(QStringLiteral("asset"), names->value(p.assetId));
            o.insert(QStringLiteral("product"), item.product);
            o.insert(QStringLiteral("installed_version"), item.installedVersion);
            o.insert(QStringLiteral("product_line"), p.productLine);
            o.insert(QStringLiteral("cves"), QJsonArray::fromStringList(item.cves));
            o.insert(QStringLiteral("jvn_ids"), QJsonArray::fromStringList(item.jvnIds));
            o.insert(QStringLiteral("source"), sourceName(p.sourceKeys.value(0)));
            o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(p.sourceKeys));
            o.insert(QStringLiteral("title"), p.title);
            o.insert(QStringLiteral("known_exploited"), item.knownExploited);
            o.insert(QStringLiteral("known_ransomware_use"), item.knownRansomwareUse);
            o.insert(QStringLiteral("cvss_score"),
                     item.cvssScore < 0 ? QJsonValue() : QJsonValue(item.cvssScore));
            o.insert(QStringLiteral("severity"), QLatin1String(severityKey(item.severity)));
            o.insert(QStringLiteral("published"), dateJson(p.published));
            o.insert(QStringLiteral("due_if_confirmed"), dateJson(item.due));
            o.insert(QStringLiteral("state"), p.state == patches::ProposalState::ProbablyFixed
                                                  ? QStringLiteral("probably_fixed")
                                                  : QStringLiteral("new"));
            o.insert(QStringLiteral("fixed_by_update_of"), dateJson(p.fixedBy));
            QJsonObject why;
            why.insert(QStringLiteral("feed_vendor"), p.reason.feedVendor);
            why.insert(QStringLiteral("feed_product"), p.reason.feedProduct);
            why.insert(QStringLiteral("read_as"), p.reason.readAs);
            why.insert(QStringLiteral("reading"), QLatin1String(readingKey(p.reason.reading)));
            why.insert(QStringLiteral("alias"), p.reason.alias);
            why.insert(QStringLiteral("product_line_family"), p.reason.byLine);
            why.insert(QStringLiteral("product_only"), p.reason.noVendor);
            why.insert(QStringLiteral("text"), patches::reasonText(p));
            o.insert(QStringLiteral("why"), why);
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const patches::Proposal &p : proposals.value()) {
        const domain::PatchItem &item = p.item;
        QStringList flags;
        if (item.knownExploited)
            flags << Cli::tr("known exploited");
        if (item.knownRansomwareUse)
            flags << Cli::tr("ransomware");
        const QString product =
            item.installedVersion.isEmpty()
                ? item.product
                : QStringLiteral("%1 %2").arg(item.product, item.installedVersion);
        out << patches::proposalId(p) << '\t' << names->value(p.assetId) << '\t' << product << '\t'
            << (item.cves + item.jvnIds).join(QLatin1Char(' ')) << '\t'
            << sourceName(p.sourceKeys.value(0)) << '\t' << flags.join(QStringLiteral(", ")) << '\t'
            << patches::stateText(p, p.fixedBy.toString(Qt::ISODate)) << '\t'
            << patches::reasonText(p) << Qt::endl;
    }
    const int fresh = patches::countNew(proposals.value());
    out << Cli::tr("%n proposal(s) to review", nullptr, fresh)
        << Cli::tr(", %n probably fixed", nullptr, static_cast<int>(proposals->size()) - fresh)
        << Qt::endl;
    return Success;
}

// kamae patches confirm|dismiss VAULT ID...: what the page's buttons do.
int decideProposals(const Invocation &inv, QTextStream &out, QTextStream &err, bool confirm)
{
    if (inv.positional.size() < 3)
        return fail(err, proposalsUsage(), UsageError);
    int rc = Success;
    auto v = unlock(inv, err, vault::OpenMode::ReadWrite, &rc, 1);
    if (!v)
        return rc;
    const QDate today = clock::today();
    const auto proposals = patches::currentProposals(v->database(), today);
    if (!proposals)
        return fail(err, proposals.error());
    // Every id must name a current proposal, or nothing is done.
    const auto chosen = patches::proposalsById(proposals.value(), inv.positional.mid(2));
    if (!chosen)
        return fail(err, chosen.error(), UsageError);
    if (confirm) {
        const auto items = patches::confirmProposals(v->database(), chosen.value());
        if (!items)
            return fail(err, items.error());
        if (vault::VaultStatus s = saveChanges(*v, err); !s)
            return fail(err, s);
        for (const domain::PatchItem &item : items.value())
            out << Cli::tr("Patch item %1: %2 (%3), due %4")
                       .arg(item.id)
                       .arg(item.product, (item.cves + item.jvnIds).join(QLatin1Char(' ')),
                            item.due.isValid() ? item.due.toString(Qt::ISODate)
                                               : QStringLiteral("-"))
                << Qt::endl;
        out << Cli::tr("%n proposal(s) confirmed as patch items.", nullptr,
                       static_cast<int>(items->size()))
            << Qt::endl;
        return Success;
    }
    if (Status s = patches::dismissProposals(v->database(), chosen.value(), today); !s)
        return fail(err, s.error());
    if (vault::VaultStatus s = saveChanges(*v, err); !s)
        return fail(err, s);
    out << Cli::tr("%n proposal(s) dismissed; they will not be proposed again for their assets.",
                   nullptr, static_cast<int>(chosen->size()))
        << Qt::endl;
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
    const QString action = inv.positional.value(0);
    if (action == QLatin1String("list"))
        return listPatches(inv, out, err);
    if (action == QLatin1String("proposals"))
        return listProposals(inv, out, err);
    if (action == QLatin1String("confirm") || action == QLatin1String("dismiss"))
        return decideProposals(inv, out, err, action == QLatin1String("confirm"));
    return fail(err,
                Cli::tr("Usage: kamae patches list VAULT [--overdue] [--all] [--json]") +
                    QLatin1Char('\n') + proposalsUsage(),
                UsageError);
}

} // namespace cli
} // namespace kamae
