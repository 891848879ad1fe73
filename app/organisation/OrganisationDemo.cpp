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
namespace organisation {

QString demoName()
{
    return QStringLiteral("株式会社みなと精機");
}

namespace {

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
    auto people = populatePeople(context.db);
    if (!people)
        return Status::failure(people.error());
    context.ids.insert(modules::key::Organisation, std::move(people).value());
    return {};
}

} // namespace organisation
} // namespace kamae
