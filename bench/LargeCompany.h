#pragma once

// The patch items and backup jobs of the large company the benchmarks
// measure (10,000 items over every seventh asset, 200 weekly jobs of 50
// assets with a year of logs). Each benchmark fills its own assets.

#include "domain/Backup.h"
#include "domain/Patch.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/PatchRepository.h"

#include <QDate>
#include <QVector>

namespace kamae {
namespace bench {

// withCves: each item names a CVE and every 13th is known exploited.
inline void addPatchItems(store::Database &db, const QVector<qint64> &assetIds,
                          const QDate &today, bool withCves)
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
    store::PatchRepository(db).apply({}, items, QStringLiteral("bench"));
}

// everyOtherOffline: only every other job's second copy is offline
// (otherwise all are).
inline void addBackupJobs(store::Database &db, const QVector<qint64> &assetIds,
                          const QDate &today, bool everyOtherOffline)
{
    store::BackupRepository backups(db);
    for (int j = 0; j < 200; ++j) {
        domain::BackupJob job;
        job.name = QStringLiteral("Job %1").arg(j);
        job.started = QDate(2025, 1, 1);
        job.schedule = domain::Schedule::weekly(domain::weekdayBit(Qt::Friday));
        job.copies = {{0, domain::BackupMedia::Nas, domain::BackupLocation::OnSite, false, false,
                       QString()},
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
            backups.addEvent(e);
        }
    }
}

} // namespace bench
} // namespace kamae
