#include "modules/Keys.h"
#include "modules/Module.h"
#include "core/Clock.h"
#include "domain/Asset.h"
#include "domain/Backup.h"
#include "domain/Organisation.h"
#include "domain/PatchRules.h"
#include "feeds/Feed.h"
#include "patches/PatchDesk.h"
#include "score/Score.h"
#include "score/Snapshots.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/OrganisationRepository.h"
#include "store/PatchRepository.h"
#include "store/PeopleRepository.h"
#include "score/ScoreRepository.h"

#include <QHash>

#include <cmath>

#include <QSqlQuery>

#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace kamae {
namespace patches {

namespace {

// A few real entries of the CISA KEV catalogue, so that the demo shows
// proposals without a download. Names and dates as CISA lists them;
// descriptions shortened. Dated as the catalogue that added the newest of
// them (2024-02-13), not today, and marked as the demo's (kDemoKevVersion),
// so that any real catalogue the user imports replaces it.
feeds::Feed demoKevExcerpt()
{
    feeds::Feed feed;
    feed.kind = feeds::FeedKind::Kev;
    feed.version = QString::fromLatin1(store::kDemoKevVersion);
    feed.released = QDateTime(QDate(2024, 2, 13), QTime(17, 0), Qt::UTC);
    feed.title = QStringLiteral("CISA Catalog of Known Exploited Vulnerabilities (demo excerpt)");
    struct Row
    {
        const char *cve, *vendor, *product, *name, *added, *due;
        bool ransomware;
        const char *description;
    };
    static const Row rows[] = {
        {"CVE-2018-13379", "Fortinet", "FortiOS",
         "Fortinet FortiOS SSL VPN Path Traversal Vulnerability", "2021-11-03", "2022-05-03", true,
         "A path traversal vulnerability in the FortiOS SSL VPN web portal may allow an "
         "unauthenticated attacker to download FortiOS system files."},
        {"CVE-2024-21762", "Fortinet", "FortiOS",
         "Fortinet FortiOS Out-of-Bound Write Vulnerability", "2024-02-09", "2024-02-16", false,
         "An out-of-bounds write in FortiOS SSL VPN may allow a remote unauthenticated attacker "
         "to execute arbitrary code or commands via specially crafted HTTP requests."},
        {"CVE-2023-34362", "Progress", "MOVEit Transfer",
         "Progress MOVEit Transfer SQL Injection Vulnerability", "2023-06-02", "2023-06-23", true,
         "A SQL injection vulnerability in the MOVEit Transfer web application could allow an "
         "unauthenticated attacker to gain access to its database."},
        {"CVE-2017-0144", "Microsoft", "Windows",
         "Microsoft Windows SMBv1 Remote Code Execution Vulnerability", "2022-02-10", "2022-08-10",
         true,
         "The SMBv1 server in Microsoft Windows allows remote attackers to execute arbitrary "
         "code via crafted packets."},
        {"CVE-2020-1472", "Microsoft", "Netlogon",
         "Microsoft Netlogon Privilege Escalation Vulnerability", "2021-11-03", "2020-09-21", true,
         "An elevation of privilege vulnerability exists when an attacker establishes a "
         "vulnerable Netlogon secure channel connection to a domain controller."},
        {"CVE-2024-21412", "Microsoft", "Windows",
         "Microsoft Windows Internet Shortcut Files Security Feature Bypass Vulnerability",
         "2024-02-13", "2024-03-05", false,
         "Internet Shortcut Files contain a security feature bypass that allows a specially "
         "crafted file to bypass security checks."},
    };
    for (const Row &r : rows) {
        feeds::FeedEntry e;
        e.id = QString::fromLatin1(r.cve);
        e.cves = {e.id};
        e.vendor = QString::fromLatin1(r.vendor);
        e.product = QString::fromLatin1(r.product);
        e.products = {{e.vendor, e.product}};
        e.title = QString::fromLatin1(r.name);
        e.description = QString::fromLatin1(r.description);
        e.requiredAction = QStringLiteral("Apply mitigations per vendor instructions or "
                                          "discontinue use of the product if mitigations are "
                                          "unavailable.");
        e.published = QDate::fromString(QString::fromLatin1(r.added), Qt::ISODate);
        e.dueDate = QDate::fromString(QString::fromLatin1(r.due), Qt::ISODate);
        e.knownExploited = true;
        e.knownRansomwareUse = r.ransomware;
        e.url = QStringLiteral("https://nvd.nist.gov/vuln/detail/") + e.id;
        feed.entries.append(e);
    }
    return feed;
}

Status populatePatches(store::Database &db, const QHash<QString, qint64> &assets)
{
    const QDate today = clock::today();
    store::PatchRepository repository(db);
    const domain::PatchPolicy policy = repository.policy();
    auto item = [&](const char16_t *asset, const QString &product, const QString &version,
                    const QString &cve, double score, bool ransomware, int foundDaysAgo) {
        domain::PatchItem p;
        p.assetId = assets.value(QString::fromUtf16(asset));
        p.product = product;
        p.installedVersion = version;
        if (!cve.isEmpty())
            p.cves = {cve};
        p.cvssScore = score;
        p.severity = domain::severityFromCvss(score);
        p.knownExploited = !cve.isEmpty();
        p.knownRansomwareUse = ransomware;
        p.found = today.addDays(-foundDaysAgo);
        p.due = domain::dueDate(p, policy);
        if (!cve.isEmpty())
            p.sourceKey = QStringLiteral("KEV:") + cve;
        return p;
    };
    QVector<domain::PatchItem> items;
    // The METI alert's own example, still open two months after it was found.
    domain::PatchItem vpn =
        item(u"VPN装置（FortiGate）", QStringLiteral("Fortinet FortiOS"), QStringLiteral("6.0.4"),
             QStringLiteral("CVE-2018-13379"), 9.8, true, 60);
    vpn.availableUpdate = QStringLiteral("6.0.18");
    vpn.notes = QStringLiteral("保守業者に作業日程を確認中。SSL-VPNの認証情報も要変更");
    items << vpn;
    domain::PatchItem moveit =
        item(u"ファイル転送ソフト", QStringLiteral("Progress MOVEit Transfer"),
             QStringLiteral("2021.0"), QStringLiteral("CVE-2023-34362"), 9.8, true, 20);
    moveit.status = domain::PatchStatus::Scheduled;
    moveit.availableUpdate = QStringLiteral("2021.0.6");
    moveit.notes = QStringLiteral("設計課の作業が落ち着く週末に適用予定");
    items << moveit;
    domain::PatchItem zerologon =
        item(u"基幹サーバ（販売・生産管理）", QStringLiteral("Microsoft Windows Server"),
             QStringLiteral("2012 R2"), QStringLiteral("CVE-2020-1472"), 10.0, true, 120);
    zerologon.status = domain::PatchStatus::RiskAccepted;
    zerologon.acceptedReason = QStringLiteral(
        "サポート終了OSで修正を適用できない。外部と通信しない区画に隔離し、来年度の更新で解消する");
    zerologon.acceptedReviewDate = today.addDays(45);
    items << zerologon;
    domain::PatchItem shortcut =
        item(u"業務用PC（45台）", QStringLiteral("Microsoft Windows"), QStringLiteral("10 / 11"),
             QStringLiteral("CVE-2024-21412"), 8.1, false, 5);
    shortcut.availableUpdate = QStringLiteral("月例の累積更新プログラム");
    items << shortcut;
    domain::PatchItem monthly =
        item(u"ファイルサーバ fs01", QStringLiteral("Microsoft Windows Server"),
             QStringLiteral("2016"), QString(), 7.5, false, 30);
    monthly.availableUpdate = QStringLiteral("月例の累積更新プログラム");
    monthly.status = domain::PatchStatus::Applied;
    monthly.applied = today.addDays(-12);
    items << monthly;
    domain::PatchItem reader = item(u"PDF閲覧ソフト", QStringLiteral("Adobe Acrobat Reader"),
                                    QString(), QString(), 7.8, false, 100);
    reader.availableUpdate = QStringLiteral("最新版（自動更新が無効）");
    items << reader;
    if (auto stored = repository.apply({}, items, QStringLiteral("demo")); !stored)
        return Status::failure(stored.error());
    const auto imported = patches::importFeed(db, demoKevExcerpt());
    return imported ? Status() : Status::failure(imported.error());
}

} // namespace

Status populateDemo(modules::DemoContext &context)
{
    return populatePatches(context.db, context.ids.value(modules::key::Assets));
}

} // namespace patches
} // namespace kamae
