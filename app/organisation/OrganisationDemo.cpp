#include "organisation/OrganisationDemo.h"
#include "core/Clock.h"
#include "domain/Asset.h"
#include "domain/Backup.h"
#include "domain/Organisation.h"
#include "domain/PatchRules.h"
#include "feeds/Feed.h"
#include "modules/Keys.h"
#include "modules/Module.h"
#include "score/Score.h"
#include "score/ScoreRepository.h"
#include "score/Snapshots.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/OrganisationRepository.h"
#include "store/PatchRepository.h"
#include "store/PeopleRepository.h"

#include <QHash>

#include <cmath>

#include <QSqlQuery>

#include <QHash>
#include <QSqlQuery>

#include <cmath>
#include <iterator>

namespace kamae {
namespace organisation {

QString demoName()
{
    return QStringLiteral("株式会社みなと精機");
}

namespace {

// The rest of the 86 staff, so that training coverage and the drills have
// a company's size: 総務部 10, 営業部 20, 技術部 17 and 製造部 38 with the
// president. Seven joined recently (six within the last month, still
// within their first training deadline, and one two months ago), and
// three have left (kept in the list for the history, as the drills
// remember them). Names are made from two short lists, each pair once.
Status populateStaff(store::PeopleRepository &repository, const QDate &today,
                     QHash<QString, qint64> &ids)
{
    struct Name
    {
        const char16_t *kanji, *kana;
        const char *latin;
    };
    static const Name families[] = {
        {u"山田", u"やまだ", "yamada"},
        {u"中村", u"なかむら", "nakamura"},
        {u"小林", u"こばやし", "kobayashi"},
        {u"加藤", u"かとう", "kato"},
        {u"吉田", u"よしだ", "yoshida"},
        {u"山口", u"やまぐち", "yamaguchi"},
        {u"松本", u"まつもと", "matsumoto"},
        {u"井上", u"いのうえ", "inoue"},
        {u"木村", u"きむら", "kimura"},
        {u"林", u"はやし", "hayashi"},
        {u"清水", u"しみず", "shimizu"},
        {u"山崎", u"やまざき", "yamazaki"},
        {u"森", u"もり", "mori"},
        {u"池田", u"いけだ", "ikeda"},
        {u"橋本", u"はしもと", "hashimoto"},
        {u"阿部", u"あべ", "abe"},
        {u"石川", u"いしかわ", "ishikawa"},
        {u"前田", u"まえだ", "maeda"},
        {u"藤田", u"ふじた", "fujita"},
        {u"小川", u"おがわ", "ogawa"},
    };
    static const Name givens[] = {
        {u"大輔", u"だいすけ", "daisuke"}, {u"陽菜", u"ひな", "hina"},
        {u"翔太", u"しょうた", "shota"},   {u"由美", u"ゆみ", "yumi"},
        {u"拓也", u"たくや", "takuya"},    {u"恵子", u"けいこ", "keiko"},
        {u"直樹", u"なおき", "naoki"},     {u"真由美", u"まゆみ", "mayumi"},
        {u"健太", u"けんた", "kenta"},     {u"彩", u"あや", "aya"},
        {u"和也", u"かずや", "kazuya"},    {u"智子", u"ともこ", "tomoko"},
        {u"雄一", u"ゆういち", "yuichi"},  {u"愛", u"あい", "ai"},
        {u"浩二", u"こうじ", "koji"},      {u"麻衣", u"まい", "mai"},
        {u"隆", u"たかし", "takashi"},     {u"奈々", u"なな", "nana"},
        {u"誠司", u"せいじ", "seiji"},     {u"千尋", u"ちひろ", "chihiro"},
        {u"亮", u"りょう", "ryo"},         {u"美穂", u"みほ", "miho"},
        {u"修", u"おさむ", "osamu"},       {u"沙織", u"さおり", "saori"},
        {u"悠斗", u"ゆうと", "yuto"},      {u"里奈", u"りな", "rina"},
        {u"久美子", u"くみこ", "kumiko"},
    };
    constexpr int familyCount = int(std::size(families));
    constexpr int givenCount = int(std::size(givens));
    struct Department
    {
        const char16_t *name;
        const char16_t *role;
        int staff;                  // active, besides the people listed above
        QVector<int> joinedDaysAgo; // the last ones: recent joiners
        QVector<int> leftDaysAgo;   // then the leavers
    };
    const Department departments[] = {
        {u"総務部", u"総務・経理", 9, {6}, {}},
        {u"営業部", u"営業", 19, {10}, {150}},
        {u"技術部", u"設計", 16, {25}, {12}},
        {u"製造部", u"製造", 38, {3, 18, 21, 70}, {60}},
    };
    int n = 0;
    for (const Department &d : departments) {
        const int total = d.staff + int(d.leftDaysAgo.size());
        for (int i = 0; i < total; ++i, ++n) {
            const Name &family = families[n % familyCount];
            const Name &given = givens[(n * 7) % givenCount];
            domain::Person p;
            p.name = QString::fromUtf16(family.kanji) + QLatin1Char(' ') +
                     QString::fromUtf16(given.kanji);
            p.reading =
                QString::fromUtf16(family.kana) + QLatin1Char(' ') + QString::fromUtf16(given.kana);
            p.department = QString::fromUtf16(d.name);
            p.role = QString::fromUtf16(d.role);
            p.email = QStringLiteral("%1.%2@example.co.jp")
                          .arg(QLatin1String(family.latin), QLatin1String(given.latin));
            // Joined on 1 April of a year from 1992 to 2023, as a Japanese
            // company hires; the recent joiners on the days given.
            p.joined = QDate(1992 + (n * 11) % 32, 4, 1);
            const int joinerFrom = d.staff - int(d.joinedDaysAgo.size());
            if (i >= joinerFrom && i < d.staff)
                p.joined = today.addDays(-d.joinedDaysAgo.at(i - joinerFrom));
            if (i >= d.staff) {
                p.left = today.addDays(-d.leftDaysAgo.at(i - d.staff));
                p.notes = QStringLiteral("退職");
            }
            const auto id = repository.insert(p);
            if (!id)
                return Status::failure(id.error());
            ids.insert(p.name, *id);
        }
    }
    return {};
}

// The people and departments list: four departments that own records,
// and people who own backup jobs. 購買部 and 品質保証部 are not in the list,
// so their assets are left without an owner, as is the file server's job:
// the demo shows "Assign an owner to …".
Result<QHash<QString, qint64>> populatePeople(store::Database &db, const QDate &today)
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
    // The maintenance company's engineer owns records and is called when
    // something breaks, but is not on the staff: nobody's trainee.
    const QString outsider = QStringLiteral("山本 誠");
    // The e-mail addresses the drills are matched by (the first four are
    // staff; 山本 is the outside maintenance company's).
    const QHash<QString, QString> emails = {
        {QStringLiteral("鈴木 一郎"), QStringLiteral("suzuki@example.co.jp")},
        {QStringLiteral("佐藤 花子"), QStringLiteral("sato@example.co.jp")},
        {QStringLiteral("田中 健"), QStringLiteral("tanaka@example.co.jp")},
        {QStringLiteral("高橋 美咲"), QStringLiteral("takahashi@example.co.jp")},
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
        p.email = emails.value(p.name);
        p.external = p.name == outsider;
        const auto id = repository.insert(p);
        if (!id)
            return Result<QHash<QString, qint64>>::failure(id.error());
        ids.insert(p.name, *id);
    }
    if (Status s = populateStaff(repository, today, ids); !s)
        return s.asFailure();
    return ids;
}

} // namespace

// The organisation's record and its people and departments list.
Status populateDemo(modules::DemoContext &context)
{
    store::OrganisationRepository repository(context.db);
    auto loaded = repository.load();
    if (!loaded)
        return Status::failure(loaded.error());
    domain::Organisation org = loaded.value();
    org.name = demoName();
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
    auto people = populatePeople(context.db, context.today);
    if (!people)
        return Status::failure(people.error());
    context.ids.insert(modules::key::Organisation, std::move(people).value());
    return {};
}

} // namespace organisation
} // namespace kamae
