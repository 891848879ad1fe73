#include "modules/Keys.h"
#include "modules/Module.h"
#include "organisation/OrganisationDemo.h"
#include "core/Clock.h"
#include "domain/Asset.h"
#include "domain/Backup.h"
#include "domain/Organisation.h"
#include "domain/PatchRules.h"
#include "feeds/Feed.h"
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
namespace backups {

namespace {

// Backup jobs in every state the module knows, as of the day the demo is
// made: one meeting 3-2-1-1-0 with fresh logs, one whose restore test is
// long overdue, one with an offline disk nobody has ever checked, and the
// file server on a single NAS whose last runs failed. Some important assets
// (NC programs, the customer ledger, personnel records) are protected by no
// job, so that the page flags them. Dates count back from the clock's
// today, the day the log lines are checked against.
Status populateBackups(store::Database &db, const QHash<QString, qint64> &assets,
                       const QHash<QString, qint64> &people)
{
    using domain::BackupEventKind;
    using domain::BackupLocation;
    using domain::BackupMedia;
    using domain::BackupResult;
    const QDate today = clock::today();
    store::BackupRepository repository(db);

    auto copy = [](BackupMedia media, BackupLocation location, bool offline, bool immutable,
                   const QString &label) {
        domain::BackupCopy c;
        c.media = media;
        c.location = location;
        c.offline = offline;
        c.immutable = immutable;
        c.label = label;
        return c;
    };
    auto protects = [&](std::initializer_list<const char16_t *> names) {
        QVector<qint64> ids;
        for (const char16_t *name : names)
            if (const qint64 id = assets.value(QString::fromUtf16(name)))
                ids << id;
        return ids;
    };
    auto line = [](BackupEventKind kind, const QDate &date, BackupResult result,
                   const QString &subject, int minutes, const QString &by, const QString &notes) {
        domain::BackupEvent e;
        e.kind = kind;
        e.date = date;
        e.result = result;
        e.subject = subject;
        e.minutes = minutes;
        e.performedBy = by;
        e.notes = notes;
        return e;
    };
    auto record = [&](const domain::BackupJob &job, QVector<domain::BackupEvent> log) -> Status {
        const auto saved = repository.save(job);
        if (!saved)
            return Status::failure(saved.error());
        for (domain::BackupEvent &e : log) {
            e.jobId = saved->id;
            if (const auto id = repository.addEvent(e); !id)
                return Status::failure(id.error());
        }
        return {};
    };
    const QString sato = QStringLiteral("佐藤（総務部）");
    const QString vendor = QStringLiteral("保守業者 山本");
    const QString nightly = QStringLiteral("Windows Server バックアップ");

    // 1. Healthy: the core system every night to the NAS, weekly to USB
    //    disks taken home in turn, and to cloud storage that cannot be
    //    altered; a restore test a month ago, the disks checked ten days ago.
    domain::BackupJob core;
    core.name = QStringLiteral("基幹システム（販売・生産管理）日次バックアップ");
    core.method = QStringLiteral(
        "Windows Server バックアップで毎晩NASへ。週1回USBディスクへ複製、クラウドへも転送");
    core.owner = sato;
    core.ownerId = people.value(QStringLiteral("佐藤 花子"));
    core.schedule = domain::Schedule::daily();
    core.generations = 14;
    core.retention = QStringLiteral("NAS 14世代、USBディスク 各4世代、クラウド 90日間");
    core.copies = {
        copy(BackupMedia::Nas, BackupLocation::OnSite, false, false,
             QStringLiteral("サーバ室のNAS（毎晩）")),
        copy(BackupMedia::ExternalDisk, BackupLocation::OffSite, true, false,
             QStringLiteral("USBディスクA/B（週替わりで社長宅の金庫に保管）")),
        copy(BackupMedia::Cloud, BackupLocation::Cloud, false, true,
             QStringLiteral("クラウドストレージ（改ざん防止ロック 90日）")),
    };
    core.assetIds = protects({u"基幹サーバ（販売・生産管理）", u"受注データ（EDI）",
                              u"生産計画・工程表", u"購買・外注先台帳"});
    core.started = today.addDays(-420);
    core.notes = QStringLiteral("USBディスクの交換は毎週金曜の夕方。交換したディスクは翌朝まで"
                                "ネットワークに接続しない。");
    QVector<domain::BackupEvent> coreLog;
    for (int daysAgo = 6; daysAgo >= 0; --daysAgo)
        coreLog << line(BackupEventKind::Run, today.addDays(-daysAgo), BackupResult::Success, {},
                        -1, nightly, QStringLiteral("正常終了"));
    coreLog << line(BackupEventKind::RestoreTest, today.addDays(-30), BackupResult::Success,
                    QStringLiteral("受注データ（前月分）を検証用PCに復元し、件数と金額を照合"), 45,
                    sato, QStringLiteral("エラーなし。照合結果の画面を総務共有フォルダに保存"));
    coreLog << line(BackupEventKind::AirGapCheck, today.addDays(-10), BackupResult::Success,
                    QStringLiteral("USBディスクB"), -1, sato,
                    QStringLiteral("金庫で保管中、ネットワーク未接続を確認。検証用PCで読み出しOK"));
    if (Status s = record(core, coreLog); !s)
        return s;

    // 2. Restore test overdue: payroll and accounting every Friday; the last
    //    restore test was about 200 days ago.
    domain::BackupJob payroll;
    payroll.name = QStringLiteral("給与・会計データ 週次バックアップ");
    payroll.method = QStringLiteral(
        "給与ソフトのバックアップ機能＋クラウド会計の仕訳データ書き出し（毎週金曜）");
    payroll.owner = sato;
    payroll.ownerId = people.value(QStringLiteral("佐藤 花子"));
    payroll.schedule = domain::Schedule::weekly(domain::weekdayBit(Qt::Friday));
    payroll.generations = 8;
    payroll.copies = {
        copy(BackupMedia::Nas, BackupLocation::OnSite, false, false,
             QStringLiteral("NASの総務専用フォルダ")),
        copy(BackupMedia::Cloud, BackupLocation::Cloud, false, true,
             QStringLiteral("給与ソフトのクラウドバックアップ（改ざん防止あり）")),
    };
    payroll.assetIds = protects({u"給与データ", u"会計データ"});
    payroll.started = today.addDays(-700);
    payroll.notes = QStringLiteral("復元テストは四半期ごとの予定だが、決算と年末調整の時期に"
                                   "後回しになっている。");
    const QDate lastFriday = today.addDays(-((today.dayOfWeek() - Qt::Friday + 7) % 7));
    QVector<domain::BackupEvent> payrollLog;
    for (int week = 3; week >= 0; --week)
        payrollLog << line(BackupEventKind::Run, lastFriday.addDays(-7 * week),
                           BackupResult::Success, {}, -1, sato, {});
    payrollLog << line(BackupEventKind::RestoreTest, today.addDays(-200), BackupResult::Success,
                       QStringLiteral("給与データ（前月分）を別のPCに復元"), 30, sato,
                       QStringLiteral("支給額の合計が一致することを確認"));
    if (Status s = record(payroll, payrollLog); !s)
        return s;

    // 3. An offline disk never checked: design data at each month's end to
    //    the NAS and to a disk taken to the Kawasaki plant.
    domain::BackupJob design;
    design.name = QStringLiteral("設計データ 月次アーカイブ");
    design.method = QStringLiteral("ファイルサーバの設計フォルダを月末にNASと外付けHDDへ複製");
    design.owner = QStringLiteral("技術部 田中");
    design.ownerId = people.value(QStringLiteral("田中 健"));
    design.schedule = domain::Schedule::monthly(31);
    design.generations = 12;
    design.retention = QStringLiteral("月次12世代");
    design.copies = {
        copy(BackupMedia::Nas, BackupLocation::OnSite, false, false,
             QStringLiteral("NASの設計アーカイブ")),
        copy(BackupMedia::ExternalDisk, BackupLocation::OffSite, true, false,
             QStringLiteral("外付けHDD（川崎第二工場の保管庫）")),
    };
    design.assetIds = protects({u"図面データ（CAD）", u"製品仕様書"});
    design.started = today.addDays(-150);
    design.notes = QStringLiteral("外付けHDDは月末に工場長が持ち帰って保管。保管状態や"
                                  "読み出しの確認はまだ一度もしていない。");
    QVector<domain::BackupEvent> designLog;
    QDate monthEnd = domain::clampedMonthDay(today.year(), today.month(), 31);
    if (monthEnd > today)
        monthEnd =
            domain::clampedMonthDay(today.addMonths(-1).year(), today.addMonths(-1).month(), 31);
    for (int months = 3; months >= 0; --months) {
        const QDate month = monthEnd.addMonths(-months);
        designLog << line(BackupEventKind::Run,
                          domain::clampedMonthDay(month.year(), month.month(), 31),
                          BackupResult::Success, {}, -1, QStringLiteral("技術部 田中"), {});
    }
    designLog << line(BackupEventKind::RestoreTest, today.addDays(-45), BackupResult::Success,
                      QStringLiteral("図面フォルダ（A社向け 3件）をNASから復元"), 20,
                      QStringLiteral("技術部 田中"), QStringLiteral("CADで開けることを確認"));
    if (Status s = record(design, designLog); !s)
        return s;

    // 4. Fails the rules: the file server to one NAS in the same room, with
    //    no copy off-site or offline; the NAS is full and the last runs
    //    failed; the one restore test missed files.
    domain::BackupJob files;
    files.name = QStringLiteral("ファイルサーバ fs01 → NAS");
    files.method = QStringLiteral("NASのバックアップアプリで毎晩コピー");
    files.owner = vendor;
    files.schedule = domain::Schedule::daily();
    files.generations = 7;
    files.copies = {copy(BackupMedia::Nas, BackupLocation::OnSite, false, false,
                         QStringLiteral("サーバ室のNAS（fs01と同じラック）"))};
    files.assetIds = protects({u"ファイルサーバ fs01", u"検査成績書"});
    files.started = today.addDays(-900);
    files.notes = QStringLiteral("NASは社内ネットワークに常時接続。ランサムウェアに一緒に"
                                 "暗号化されるおそれがある。容量不足の警告が続いている。");
    QVector<domain::BackupEvent> filesLog;
    for (int daysAgo = 5; daysAgo >= 3; --daysAgo)
        filesLog << line(BackupEventKind::Run, today.addDays(-daysAgo), BackupResult::Success, {},
                         -1, vendor, {});
    filesLog << line(BackupEventKind::Run, today.addDays(-2), BackupResult::Failed, {}, -1, vendor,
                     QStringLiteral("NASの空き容量不足で中断"));
    filesLog << line(BackupEventKind::Run, today.addDays(-1), BackupResult::Failed, {}, -1, vendor,
                     QStringLiteral("NASの空き容量不足で中断（2日連続）"));
    filesLog << line(BackupEventKind::RestoreTest, today.addDays(-150), BackupResult::Warnings,
                     QStringLiteral("品質保証課のフォルダ"), 90, vendor,
                     QStringLiteral("アクセス権エラーで一部のファイルが復元できなかった"));
    if (Status s = record(files, filesLog); !s)
        return s;

    // Kamae's own vault: copied to a USB stick once, about 40 days ago, and
    // not since.
    auto vaultJob = repository.vaultJob();
    if (!vaultJob)
        return Status::failure(vaultJob.error());
    domain::BackupJob own = vaultJob.value();
    own.owner = sato;
    own.ownerId = people.value(QStringLiteral("佐藤 花子"));
    own.started = today.addDays(-60);
    const auto savedVault = repository.save(own);
    if (!savedVault)
        return Status::failure(savedVault.error());
    const QDate copied = today.addDays(-40);
    const QString usb = QStringLiteral("E:\\Kamae\\%1 %2 1730.kamae")
                            .arg(organisation::demoName(), copied.toString(Qt::ISODate));
    for (const domain::BackupEvent &e :
         {line(BackupEventKind::Run, copied, BackupResult::Success, usb, -1, sato,
               QStringLiteral("USBメモリへコピーし、読み戻して確認")),
          line(BackupEventKind::AirGapCheck, copied, BackupResult::Success, usb, -1, sato,
               QStringLiteral("コピー後にUSBメモリを取り外し、総務の金庫へ"))}) {
        domain::BackupEvent withJob = e;
        withJob.jobId = savedVault->id;
        if (const auto id = repository.addEvent(withJob); !id)
            return Status::failure(id.error());
    }
    return {};
}

} // namespace

Status populateDemo(modules::DemoContext &context)
{
    return populateBackups(context.db, context.ids.value(modules::key::Assets),
                           context.ids.value(modules::key::Organisation));
}

} // namespace backups
} // namespace kamae
