#include "demo/DemoCompany.h"

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
#include "store/ScoreRepository.h"

#include <QHash>

#include <cmath>

#include <QSqlQuery>

namespace kamae {
namespace demo {

QString demoOrganisationName()
{
    return QStringLiteral("株式会社みなと精機");
}

namespace {

// A realistic register for an 86-person parts maker: the data the business
// runs on, the machines and software it runs on, its cloud services and
// accounts. Some rows are deliberately incomplete or overdue for review, as
// in any real register. Vendor/product names match entries of public
// known-exploited-vulnerability catalogues, for the patch module.
struct DemoAsset
{
    const char16_t *area, *name, *users, *owner, *location;
    int personal, c, i, a, threat, vuln;
    const char16_t *retention;
    int kind;
    bool internet;
    int mfa;
    const char16_t *vendor, *product, *version;
    int reviewedMonthsAgo; // -1 = never
    const char16_t *notes;
};

const DemoAsset kDemoAssets[] = {
    {u"受発注",
     u"受注データ（EDI）",
     u"営業部・生産管理課",
     u"営業部",
     u"基幹サーバ（本社サーバ室）",
     0,
     2,
     3,
     3,
     2,
     2,
     u"7年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     3,
     u"主要取引先3社とのEDI"},
    {u"受発注",
     u"見積書・注文書（紙）",
     u"営業部",
     u"営業部",
     u"本社2階 書庫（施錠）",
     0,
     2,
     2,
     1,
     1,
     1,
     u"7年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     14,
     u""},
    {u"顧客管理",
     u"顧客台帳",
     u"営業部",
     u"営業部",
     u"クラウドCRM",
     1,
     3,
     2,
     2,
     2,
     2,
     u"取引終了後5年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     5,
     u"担当者氏名・連絡先を含む"},
    {u"設計",
     u"図面データ（CAD）",
     u"設計課",
     u"技術部",
     u"ファイルサーバ \\\\fs01\\design",
     0,
     3,
     3,
     2,
     2,
     2,
     u"永年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     2,
     u"取引先の機密図面を含む（NDA対象）"},
    {u"設計",
     u"製品仕様書",
     u"設計課・品質保証課",
     u"技術部",
     u"ファイルサーバ \\\\fs01\\spec",
     0,
     2,
     3,
     2,
     1,
     2,
     u"永年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     20,
     u""},
    {u"生産",
     u"生産計画・工程表",
     u"生産管理課",
     u"製造部",
     u"生産管理システム",
     0,
     1,
     3,
     3,
     2,
     2,
     u"3年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     6,
     u""},
    {u"生産",
     u"NC加工プログラム",
     u"川崎第二工場",
     u"製造部",
     u"NC工作機械・USBメモリ",
     0,
     2,
     3,
     3,
     2,
     3,
     u"永年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     -1,
     u"USBメモリでの受け渡しあり"},
    {u"品質",
     u"検査成績書",
     u"品質保証課",
     u"品質保証部",
     u"ファイルサーバ \\\\fs01\\qa",
     0,
     2,
     3,
     2,
     1,
     2,
     u"10年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     8,
     u"医療機器向けはトレーサビリティ必須"},
    {u"人事",
     u"従業員名簿",
     u"総務部",
     u"総務部",
     u"総務PC・人事フォルダ",
     1,
     3,
     2,
     1,
     2,
     2,
     u"退職後3年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     4,
     u""},
    {u"人事",
     u"健康診断結果",
     u"総務部（限定2名）",
     u"総務部",
     u"総務部 キャビネット（施錠）",
     2,
     3,
     2,
     1,
     1,
     1,
     u"5年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     11,
     u"要配慮個人情報"},
    {u"人事",
     u"マイナンバー関係書類",
     u"総務部（事務取扱担当者）",
     u"総務部",
     u"金庫・給与ソフト",
     3,
     3,
     3,
     1,
     1,
     2,
     u"退職後7年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     2,
     u"特定個人情報"},
    {u"経理",
     u"給与データ",
     u"総務部",
     u"総務部",
     u"給与計算ソフト（総務PC）",
     1,
     3,
     3,
     2,
     2,
     2,
     u"7年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     9,
     u""},
    {u"経理",
     u"会計データ",
     u"経理担当",
     u"総務部",
     u"クラウド会計",
     0,
     2,
     3,
     2,
     2,
     1,
     u"10年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     3,
     u""},
    {u"経理",
     u"インターネットバンキング",
     u"社長・経理担当",
     u"総務部",
     u"銀行Webサイト",
     0,
     3,
     3,
     2,
     3,
     2,
     u"",
     4,
     true,
     2,
     u"",
     u"",
     u"",
     1,
     u"電子証明書＋ワンタイムパスワード"},
    {u"共通",
     u"メール（Microsoft 365）",
     u"全従業員",
     u"総務部",
     u"クラウド",
     1,
     2,
     2,
     3,
     3,
     2,
     u"",
     3,
     true,
     1,
     u"Microsoft",
     u"Exchange Online",
     u"",
     7,
     u"多要素認証は管理者のみ"},
    {u"共通",
     u"ファイルサーバ fs01",
     u"全従業員",
     u"総務部",
     u"本社サーバ室",
     0,
     3,
     3,
     3,
     2,
     2,
     u"",
     1,
     false,
     0,
     u"Microsoft",
     u"Windows Server",
     u"2016",
     6,
     u"バックアップはNASへ毎日"},
    {u"共通",
     u"基幹サーバ（販売・生産管理）",
     u"営業部・製造部",
     u"総務部",
     u"本社サーバ室",
     0,
     2,
     3,
     3,
     2,
     3,
     u"",
     1,
     false,
     0,
     u"Microsoft",
     u"Windows Server",
     u"2012 R2",
     13,
     u"サポート終了OS。更新計画中"},
    {u"共通",
     u"VPN装置（FortiGate）",
     u"リモート接続者・ホーチミン事務所",
     u"総務部",
     u"本社ネットワーク",
     0,
     3,
     3,
     3,
     3,
     3,
     u"",
     1,
     true,
     1,
     u"Fortinet",
     u"FortiOS",
     u"6.0.4",
     10,
     u"SSL-VPN有効。ホーチミン事務所と常時接続"},
    {u"共通",
     u"無線LANアクセスポイント",
     u"全従業員",
     u"総務部",
     u"本社・川崎工場",
     0,
     2,
     2,
     2,
     2,
     2,
     u"",
     1,
     false,
     0,
     u"Buffalo",
     u"WAPM-1266R",
     u"",
     -1,
     u""},
    {u"共通",
     u"NAS（バックアップ先）",
     u"総務部",
     u"総務部",
     u"本社サーバ室",
     0,
     3,
     3,
     3,
     2,
     2,
     u"",
     1,
     false,
     0,
     u"Synology",
     u"DiskStation Manager",
     u"7.1",
     6,
     u""},
    {u"共通",  u"複合機",  u"全従業員", u"総務部", u"本社1階",
     1,        2,          1,           2,         2,
     2,        u"",        1,           true,      0,
     u"Sharp", u"MX-3650", u"",         18,        u"スキャンデータをメール送信"},
    {u"共通",
     u"業務用PC（45台）",
     u"全従業員",
     u"総務部",
     u"本社・川崎工場",
     0,
     2,
     2,
     2,
     3,
     2,
     u"",
     1,
     false,
     0,
     u"Microsoft",
     u"Windows",
     u"10 / 11",
     4,
     u"Windows 10 端末 12台残存"},
    {u"共通",    u"ノートPC（持出用 8台）",
     u"営業部",  u"総務部",
     u"持出",    1,
     3,          2,
     2,          3,
     2,          u"",
     1,          false,
     0,          u"Microsoft",
     u"Windows", u"11",
     4,          u"ディスク暗号化済み"},
    {u"共通",
     u"スマートフォン（12台）",
     u"営業部・管理職",
     u"総務部",
     u"持出",
     1,
     2,
     1,
     2,
     3,
     2,
     u"",
     1,
     false,
     0,
     u"Apple",
     u"iOS",
     u"",
     -1,
     u""},
    {u"共通",
     u"ウイルス対策ソフト",
     u"全PC",
     u"総務部",
     u"各PC・管理コンソール",
     0,
     1,
     3,
     2,
     2,
     1,
     u"",
     2,
     false,
     0,
     u"Trend Micro",
     u"Apex One",
     u"",
     5,
     u""},
    {u"共通", u"Webブラウザ", u"全PC", u"総務部", u"各PC",     0,   1, 2,          2, 3, 2, u"",
     2,       false,          0,       u"Google", u"Chromium", u"", 5, u"自動更新"},
    {u"共通",  u"PDF閲覧ソフト",  u"全PC", u"総務部", u"各PC", 0, 1, 2, 1, 2, 2, u"", 2, false, 0,
     u"Adobe", u"Acrobat Reader", u"",     -1,        u""},
    {u"共通",   u"Officeソフト",
     u"全PC",   u"総務部",
     u"各PC",   0,
     1,         2,
     2,         3,
     2,         u"",
     2,         false,
     0,         u"Microsoft",
     u"Office", u"2019",
     5,         u"マクロ実行はブロック設定"},
    {u"共通",
     u"ファイル転送ソフト",
     u"設計課",
     u"技術部",
     u"設計PC",
     0,
     2,
     2,
     1,
     2,
     3,
     u"",
     2,
     true,
     0,
     u"Progress",
     u"MOVEit Transfer",
     u"2021.0",
     -1,
     u"取引先との図面受け渡し"},
    {u"共通",
     u"会社Webサイト",
     u"一般公開",
     u"総務部",
     u"レンタルサーバ",
     0,
     1,
     2,
     2,
     3,
     2,
     u"",
     3,
     true,
     1,
     u"WordPress",
     u"WordPress",
     u"6.2",
     12,
     u"問い合わせフォームあり"},
    {u"共通",     u"オンラインストレージ",
     u"全従業員", u"総務部",
     u"クラウド", 1,
     2,           2,
     2,           2,
     2,           u"",
     3,           true,
     2,           u"Box",
     u"Box",      u"",
     3,           u""},
    {u"共通",     u"Web会議サービス",
     u"全従業員", u"総務部",
     u"クラウド", 0,
     1,           1,
     2,           2,
     1,           u"",
     3,           true,
     0,           u"Zoom",
     u"Zoom",     u"",
     -1,          u""},
    {u"管理",
     u"ドメイン管理者アカウント",
     u"IT担当（総務部）",
     u"総務部",
     u"Active Directory",
     0,
     3,
     3,
     3,
     3,
     2,
     u"",
     4,
     false,
     1,
     u"Microsoft",
     u"Active Directory",
     u"",
     2,
     u""},
    {u"管理",
     u"Microsoft 365 グローバル管理者",
     u"IT担当・保守業者",
     u"総務部",
     u"クラウド",
     0,
     3,
     3,
     3,
     3,
     1,
     u"",
     4,
     true,
     2,
     u"Microsoft",
     u"Entra ID",
     u"",
     2,
     u""},
    {u"管理",
     u"VPN装置 管理者アカウント",
     u"保守業者",
     u"総務部",
     u"FortiGate",
     0,
     3,
     3,
     3,
     3,
     3,
     u"",
     4,
     true,
     1,
     u"Fortinet",
     u"FortiOS",
     u"",
     10,
     u"初期パスワードから変更済み"},
    {u"管理",
     u"取引先EDIポータル アカウント",
     u"営業部",
     u"営業部",
     u"取引先Webサイト",
     0,
     2,
     2,
     2,
     2,
     2,
     u"",
     4,
     true,
     1,
     u"",
     u"",
     u"",
     8,
     u"ID共用（3名）"},
    {u"海外",
     u"現地調達先リスト",
     u"ホーチミン事務所",
     u"購買部",
     u"ホーチミン事務所PC",
     1,
     2,
     2,
     1,
     2,
     3,
     u"5年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     -1,
     u""},
    {u"海外",
     u"ホーチミン事務所PC（3台）",
     u"現地駐在員",
     u"購買部",
     u"ホーチミン事務所",
     0,
     2,
     2,
     2,
     3,
     3,
     u"",
     1,
     false,
     0,
     u"Microsoft",
     u"Windows",
     u"10",
     -1,
     u"本社VPNに常時接続。現地で管理"},
    {u"購買",
     u"購買・外注先台帳",
     u"購買部",
     u"購買部",
     u"基幹サーバ",
     0,
     2,
     2,
     2,
     1,
     2,
     u"5年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     7,
     u""},
    {u"総務",
     u"入退室記録",
     u"総務部",
     u"総務部",
     u"入退室管理装置",
     1,
     2,
     2,
     1,
     1,
     1,
     u"1年",
     0,
     false,
     0,
     u"",
     u"",
     u"",
     15,
     u""},
    {u"総務",
     u"防犯カメラ映像",
     u"総務部",
     u"総務部",
     u"録画装置（本社）",
     1,
     2,
     2,
     1,
     2,
     2,
     u"30日",
     0,
     false,
     0,
     u"Hikvision",
     u"DS-7608NI",
     u"",
     -1,
     u"ネットワーク接続あり"},
};

// When each machine's software was last updated (days ago; -1 = nobody
// wrote it down) and whether its maker has stopped shipping updates.
struct DemoUpdateState
{
    const char16_t *name;
    int updatedDaysAgo;
    bool endOfSupport;
    // A fixed day for the devices nobody has touched since before the demo's
    // KEV excerpt (2024-02-13): their proposals stay new, not "probably
    // fixed by the last update", however late the demo is created.
    const char *fixedDate = nullptr;
};

const DemoUpdateState kDemoUpdates[] = {
    {u"ファイルサーバ fs01", 12, false},
    // Its last monthly update before Windows Server 2012 R2 left support.
    {u"基幹サーバ（販売・生産管理）", -1, true, "2023-10-10"},
    {u"VPN装置（FortiGate）", -1, false, "2023-11-14"},
    {u"無線LANアクセスポイント", -1, false},
    {u"NAS（バックアップ先）", 75, false},
    {u"複合機", -1, false},
    {u"業務用PC（45台）", 18, false},
    {u"ノートPC（持出用 8台）", 9, false},
    {u"スマートフォン（12台）", 40, false},
    {u"ウイルス対策ソフト", 2, false},
    {u"Webブラウザ", 5, false},
    {u"PDF閲覧ソフト", 160, false},
    {u"Officeソフト", 26, false},
    {u"ファイル転送ソフト", 240, false},
    {u"会社Webサイト", 150, false},
    {u"ホーチミン事務所PC（3台）", 95, true},
};

// The people and departments list: four departments that own records,
// and people who own backup jobs. 購買部 and 品質保証部 are not in the list,
// so their assets are left without an owner, as is the file server's job:
// the demo shows "Assign an owner to …".
Result<QHash<QString, qint64>> populatePeople(store::Database &db)
{
    struct DemoPerson
    {
        domain::PersonKind kind;
        const char16_t *name, *reading, *department, *role, *contact;
        int joinedYear;
    };
    using K = domain::PersonKind;
    const DemoPerson people[] = {
        {K::Department, u"総務部", u"そうむぶ", u"", u"経理・人事・情報システム", u"内線 100", 0},
        {K::Department, u"営業部", u"えいぎょうぶ", u"", u"受注・顧客対応", u"内線 200", 0},
        {K::Department, u"技術部", u"ぎじゅつぶ", u"", u"設計・CAD", u"内線 300", 0},
        {K::Department, u"製造部", u"せいぞうぶ", u"", u"川崎第二工場の生産", u"内線 400", 0},
        {K::Person, u"鈴木 一郎", u"すずき いちろう", u"", u"代表取締役（情報セキュリティ責任者）",
         u"090-0000-0001", 1998},
        {K::Person, u"佐藤 花子", u"さとう はなこ", u"総務部", u"IT担当（兼任）",
         u"sato@example.co.jp", 2012},
        {K::Person, u"田中 健", u"たなか けん", u"技術部", u"設計課長", u"tanaka@example.co.jp",
         2008},
        {K::Person, u"高橋 美咲", u"たかはし みさき", u"営業部", u"営業課長",
         u"takahashi@example.co.jp", 2016},
        {K::Person, u"山本 誠", u"やまもと まこと", u"", u"保守業者（外部）", u"03-0000-0000", 0},
    };
    store::PeopleRepository repository(db);
    QHash<QString, qint64> ids;
    for (const DemoPerson &d : people) {
        domain::Person p;
        p.kind = d.kind;
        p.name = QString::fromUtf16(d.name);
        p.reading = QString::fromUtf16(d.reading);
        p.department = QString::fromUtf16(d.department);
        p.role = QString::fromUtf16(d.role);
        p.contact = QString::fromUtf16(d.contact);
        if (d.joinedYear > 0)
            p.joined = QDate(d.joinedYear, 4, 1);
        const auto id = repository.insert(p);
        if (!id)
            return Result<QHash<QString, qint64>>::failure(id.error());
        ids.insert(p.name, *id);
    }
    return ids;
}

Result<QHash<QString, qint64>> populateAssets(store::Database &db,
                                              const QHash<QString, qint64> &people)
{
    QVector<domain::Asset> assets;
    const QDate today = clock::today();
    QHash<QString, const DemoUpdateState *> updates;
    for (const DemoUpdateState &u : kDemoUpdates)
        updates.insert(QString::fromUtf16(u.name), &u);
    for (const DemoAsset &d : kDemoAssets) {
        domain::Asset a;
        a.businessArea = QString::fromUtf16(d.area);
        a.name = QString::fromUtf16(d.name);
        a.users = QString::fromUtf16(d.users);
        a.ownerDepartment = QString::fromUtf16(d.owner);
        a.ownerId = people.value(a.ownerDepartment, 0);
        a.location = QString::fromUtf16(d.location);
        a.personalData = static_cast<domain::PersonalData>(d.personal);
        a.confidentiality = d.c;
        a.integrity = d.i;
        a.availability = d.a;
        a.threat = d.threat;
        a.vulnerability = d.vuln;
        a.retention = QString::fromUtf16(d.retention);
        a.kind = static_cast<domain::AssetKind>(d.kind);
        a.internetFacing = d.internet;
        a.mfa = static_cast<domain::Mfa>(d.mfa);
        a.vendor = QString::fromUtf16(d.vendor);
        a.product = QString::fromUtf16(d.product);
        a.version = QString::fromUtf16(d.version);
        a.notes = QString::fromUtf16(d.notes);
        a.registered = today.addMonths(-26);
        if (d.reviewedMonthsAgo >= 0)
            a.reviewed = today.addMonths(-d.reviewedMonthsAgo);
        if (const DemoUpdateState *u = updates.value(a.name)) {
            if (u->fixedDate)
                a.lastUpdated = QDate::fromString(QLatin1String(u->fixedDate), Qt::ISODate);
            else if (u->updatedDaysAgo >= 0)
                a.lastUpdated = today.addDays(-u->updatedDaysAgo);
            a.endOfSupport = u->endOfSupport;
        }
        assets << a;
    }
    const auto ids = store::AssetRepository(db).insertMany(assets, QStringLiteral("demo"));
    if (!ids)
        return Result<QHash<QString, qint64>>::failure(ids.error());
    QHash<QString, qint64> byName;
    for (int i = 0; i < assets.size(); ++i)
        byName.insert(assets.at(i).name, ids->at(i));
    return byName;
}

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
    const auto imported = store::FeedStore(db).import(demoKevExcerpt());
    return imported ? Status() : Status::failure(imported.error());
}

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
                            .arg(demoOrganisationName(), copied.toString(Qt::ISODate));
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

// Two self-checks a year apart: the first after a customer asked for it
// (weak), the second this autumn (better, but the backup answer is more
// than the records show and there is no written basic policy yet, so ★★
// is not within reach).
Status populateSelfChecks(store::Database &db, const QDate &today)
{
    using score::Answer;
    const Answer Y = Answer::Implemented;
    const Answer P = Answer::Partly;
    const Answer N = Answer::NotImplemented;
    const Answer U = Answer::DontKnow;
    const QStringList keys = [] {
        QStringList k;
        for (const score::Question &q : score::questions())
            k << q.key;
        return k;
    }();
    // In catalogue order: ipa01–ipa25, then mfa, bcp.plan, bcp.review,
    // incident.reporting, supplychain.sites, policy.
    const QVector<Answer> first = {P, Y, P, P, N, P, Y, N, Y, U, Y, P, N, P, Y, N,
                                   Y, P, P, N, U, N, P, N, N, N, N, N, N, N, N};
    const QVector<Answer> second = {Y, Y, Y, Y, Y, Y, Y, P, Y, P, Y, Y, P, Y, Y, P,
                                    Y, Y, Y, P, P, P, Y, Y, P, Y, P, N, P, P, N};
    store::ScoreRepository repository(db);
    const QVector<std::pair<QDate, QVector<Answer>>> sittings = {
        {today.addDays(-347), first},
        {today.addDays(-38), second},
    };
    for (const auto &[taken, answers] : sittings) {
        score::Assessment a;
        a.taken = taken;
        for (int i = 0; i < keys.size() && i < answers.size(); ++i)
            a.answers.insert(keys.at(i), answers.at(i));
        if (auto saved = repository.saveAssessment(a); !saved)
            return Status::failure(saved.error());
    }
    return {};
}

// A year of history that tells the story: a slow climb after the first
// self-check, a fall when Emotet arrived by mail in June (mail and file
// server cut off, a restore that failed, updates put off), and the
// recovery since. It ends where today's data stands.
Status populateSnapshots(store::Database &db, const QDate &today)
{
    auto current = score::computeScore(db, today);
    if (!current)
        return Status::failure(current.error());
    const double now = current->total;
    // (days before today, total) anchors; straight lines between them.
    const QVector<std::pair<int, double>> anchors = {
        {365, 31.0}, {340, 33.5},     {330, 41.0},    {250, 45.5}, {185, 49.0},
        {168, 50.5}, {164, 38.0},     {158, 35.5},    {140, 39.0}, {100, 44.0},
        {60, 48.5},  {36, now - 2.5}, {1, now - 0.6},
    };
    QVector<score::Snapshot> snapshots;
    for (int i = 0; i + 1 < anchors.size(); ++i) {
        const auto [fromDays, fromTotal] = anchors.at(i);
        const auto [toDays, toTotal] = anchors.at(i + 1);
        // Kamae was opened every few days, more often around the incident.
        const int step = fromDays <= 170 && fromDays >= 140 ? 2 : 5;
        for (int d = fromDays; d > toDays; d -= step) {
            const double t = static_cast<double>(fromDays - d) / (fromDays - toDays);
            // A small wobble so the line looks like days, not a ruler.
            const double wobble = 0.6 * std::sin(d * 1.7);
            const double total =
                std::clamp(fromTotal + t * (toTotal - fromTotal) + wobble, 0.0, 100.0);
            score::Snapshot s;
            s.day = today.addDays(-d);
            s.takenAt = QDateTime(s.day, QTime(8, 30), QTimeZone::utc()).addSecs(-9 * 3600);
            s.total = std::round(total * 10.0) / 10.0;
            // Categories move with the total around today's shape.
            const double ratio = now > 0 ? total / now : 1.0;
            for (const score::CategoryScore &c : current->categories)
                s.categories[static_cast<int>(c.category)] =
                    c.applies ? std::clamp(std::round(c.percent() * ratio), 0.0, 100.0) : -1;
            for (const score::KindScore &k : current->kinds)
                s.kinds[static_cast<int>(k.kind)] =
                    k.maxPoints > 0 ? std::clamp(std::round(k.percent() * ratio), 0.0, 100.0) : -1;
            snapshots.append(s);
        }
    }
    score::Snapshot last;
    last.day = today.addDays(-1);
    last.takenAt = QDateTime(last.day, QTime(8, 30), QTimeZone::utc()).addSecs(-9 * 3600);
    last.total = std::round(anchors.constLast().second * 10.0) / 10.0;
    const score::Snapshot shape = score::snapshotOf(*current, last.takenAt, false);
    last.categories = shape.categories;
    last.kinds = shape.kinds;
    snapshots.append(last);
    return store::ScoreRepository(db).saveSnapshots(snapshots);
}

} // namespace

Status populate(store::Database &db)
{
    store::OrganisationRepository repository(db);
    auto loaded = repository.load();
    if (!loaded)
        return Status::failure(loaded.error());
    domain::Organisation org = loaded.value();
    org.name = demoOrganisationName();
    org.industry = QStringLiteral("製造業（精密部品）");
    org.employees = 86;
    org.securityAction = domain::SecurityActionLevel::OneStar;
    org.notes = QStringLiteral("自動車・医療機器向けの精密切削部品。主要取引先3社とEDIで受発注。"
                               "IT担当は総務部の兼任1名、外部の保守業者と契約。");
    org.sites = {
        {0, QStringLiteral("本社・第一工場"), QStringLiteral("東京都大田区"), false,
         QStringLiteral("受発注・経理・設計。サーバ室あり")},
        {0, QStringLiteral("川崎第二工場"), QStringLiteral("神奈川県川崎市"), false,
         QStringLiteral("NC工作機械と生産管理端末")},
        {0, QStringLiteral("ホーチミン駐在事務所"), QStringLiteral("ベトナム"), true,
         QStringLiteral("現地調達・品質管理。本社VPNに常時接続")},
    };
    if (Status s = repository.save(org); !s)
        return s;

    const auto people = populatePeople(db);
    if (!people)
        return Status::failure(people.error());
    const auto assets = populateAssets(db, people.value());
    if (!assets)
        return Status::failure(assets.error());
    if (Status s = populatePatches(db, assets.value()); !s)
        return s;
    if (Status s = populateBackups(db, assets.value(), people.value()); !s)
        return s;
    const QDate today = clock::today();
    if (Status s = populateSelfChecks(db, today); !s)
        return s;
    if (Status s = populateSnapshots(db, today); !s)
        return s;

    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo', '1')"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!q.exec())
        return Status::failure(QStringLiteral("demo flag"));
    return {};
}

} // namespace demo
} // namespace kamae
