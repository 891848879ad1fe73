#pragma once

// The patch items and backup jobs of the large company the benchmarks
// measure (10,000 items over every seventh asset, 200 weekly jobs of 50
// assets with a year of logs). Each benchmark fills its own assets.

#include "domain/Backup.h"
#include "domain/Patch.h"
#include "score/ScoreRepository.h"
#include "score/SelfCheck.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PatchRepository.h"

#include <QDate>
#include <QSqlQuery>
#include <QVector>

#include <memory>

namespace kamae {
namespace bench {

// withCves: each item names a CVE and every 13th is known exploited.
inline void addPatchItems(store::Database &db, const QVector<qint64> &assetIds, const QDate &today,
                          bool withCves)
{
    QVector<domain::PatchItem> items;
    for (int i = 0; i < 10'000; ++i) {
        domain::PatchItem p;
        p.assetId = assetIds.at(i * 7);
        p.product = QStringLiteral("Product %1").arg(i % 300);
        if (withCves) {
            p.cves = {QStringLiteral("CVE-2026-%1").arg(10000 + i)};
            p.knownExploited = i % 13 == 0;
        }
        p.severity = static_cast<domain::Severity>(i % 5);
        p.found = today.addDays(-(i % 120));
        p.due = p.found.addDays(30);
        p.status = static_cast<domain::PatchStatus>(i % 2);
        items << p;
    }
    if (!store::PatchRepository(db).apply({}, items, QStringLiteral("bench")))
        qFatal("bench: storing the patch items failed");
}

// everyOtherOffline: only every other job's second copy is offline
// (otherwise all are).
inline void addBackupJobs(store::Database &db, const QVector<qint64> &assetIds, const QDate &today,
                          bool everyOtherOffline)
{
    store::BackupRepository backups(db);
    for (int j = 0; j < 200; ++j) {
        domain::BackupJob job;
        job.name = QStringLiteral("Job %1").arg(j);
        job.started = QDate(2025, 1, 1);
        job.schedule = domain::Schedule::weekly(domain::weekdayBit(Qt::Friday));
        job.copies = {
            {0, domain::BackupMedia::Nas, domain::BackupLocation::OnSite, false, false, QString()},
            {0, domain::BackupMedia::ExternalDisk, domain::BackupLocation::OffSite,
             !everyOtherOffline || j % 2 == 0, false, QString()}};
        for (int k = 0; k < 50; ++k)
            job.assetIds << assetIds.at(j * 50 + k);
        const auto stored = backups.save(job);
        for (int w = 0; w < 52; ++w) {
            domain::BackupEvent e;
            e.jobId = stored->id;
            e.kind = static_cast<domain::BackupEventKind>(w % 3);
            e.date = today.addDays(-7 * w - j % 7);
            if (!backups.addEvent(e))
                qFatal("bench: storing a backup log line failed");
        }
    }
}

// The company bench_score, bench_report and bench_workspace measure:
// 100,000 assets, the items and jobs above (CVEs, known-exploited), and a
// full self-check, added to a migrated database.
inline void fillScoredCompany(store::Database &db, const QDate &today)
{
    QVector<domain::Asset> assets;
    for (int i = 0; i < 100'000; ++i) {
        domain::Asset a;
        a.name = QStringLiteral("資産 %1").arg(i);
        a.kind = static_cast<domain::AssetKind>(i % domain::kAssetKindCount);
        a.ownerDepartment = i % 4 ? QStringLiteral("総務部") : QString();
        a.confidentiality = i % 3 + 1;
        a.integrity = i % 2 + 1;
        a.availability = 2;
        a.internetFacing = i % 10 == 0;
        a.mfa = a.internetFacing ? static_cast<domain::Mfa>(i % 3) : domain::Mfa::NotApplicable;
        a.registered = QDate(2020, 1, 1).addDays(i % 2000);
        if (i % 3)
            a.reviewed = QDate(2025, 1, 1).addDays(i % 600);
        if (i % 5)
            a.lastUpdated = today.addDays(-(i % 90));
        a.endOfSupport = i % 97 == 0;
        assets << a;
    }
    const auto ids = store::AssetRepository(db).insertMany(assets, QStringLiteral("bench"));
    if (!ids)
        qFatal("bench: storing the assets failed");
    bench::addPatchItems(db, *ids, today, true);
    bench::addBackupJobs(db, *ids, today, true);
    score::Assessment check;
    check.taken = today.addDays(-30);
    int n = 0;
    for (const score::Question &q : score::questions())
        check.answers.insert(q.key, static_cast<score::Answer>((n++ % 3) * 2));
    if (!store::ScoreRepository(db).saveAssessment(check))
        qFatal("bench: storing the self-check failed");
}

// A migrated database with the organisation row every vault has.
inline std::unique_ptr<store::Database> migratedCompany()
{
    auto made = store::Database::createEmpty();
    if (!made || !store::migrate(*made.value()))
        qFatal("bench: migrating failed");
    auto db = std::move(made).value();
    if (!QSqlQuery(db->sql()).exec(QStringLiteral(
            "INSERT INTO organisation (id, name, updated_at) VALUES (1, 'Bench', '2026-11-22')")))
        qFatal("bench: storing the organisation failed");
    return db;
}

inline std::unique_ptr<store::Database> makeScoredCompany(const QDate &today)
{
    auto db = migratedCompany();
    fillScoredCompany(*db, today);
    return db;
}

} // namespace bench
} // namespace kamae
