#include "bcp/BcpModule.h"
#include "bcp/BcpRepository.h"
#include "bcp/BcpTemplates.h"
#include "modules/Keys.h"
#include "modules/Module.h"
#include "store/Transaction.h"

namespace kamae {
namespace bcp {

using namespace domain;

namespace {

// The plan as version 1 published it: two core businesses, roles, the
// policy and the card.
BcpPlan firstPlan(const QHash<QString, qint64> &people, const QHash<QString, qint64> &assets)
{
    const auto person = [&people](const char16_t *name) {
        return people.value(QString::fromUtf16(name));
    };
    const auto asset = [&assets](const char16_t *name) {
        return assets.value(QString::fromUtf16(name));
    };
    const auto links =
        [&asset](std::initializer_list<std::pair<const char16_t *, const char16_t *>> list) {
            QVector<BcpAssetLink> out;
            for (const auto &[name, role] : list)
                if (const qint64 id = asset(name))
                    out.append({id, QString::fromUtf16(role)});
            return out;
        };
    const QString ja = QStringLiteral("ja");
    BcpPlan plan;
    plan.sections.insert(bcpsection::Policy, policyTemplate(ja));
    plan.sections.insert(bcpsection::Card, cardTemplate(ja));
    plan.sections.insert(bcpsection::Scenarios, scenarioTemplate(ja));
    plan.roles = {
        {0, QStringLiteral("対策本部長"),
         QStringLiteral("全体の指揮、事業継続の判断、社外への公表"), person(u"鈴木 一郎"),
         person(u"佐藤 花子")},
        {0, QStringLiteral("情報システム担当"),
         QStringLiteral("被害範囲の確認、ネットワークの遮断、保守業者との連絡、復元"),
         person(u"田中 健"), person(u"佐藤 花子")},
        {0, QStringLiteral("経理"), QStringLiteral("支払い・給与の継続、保険会社への連絡"),
         person(u"高橋 美咲"), 0},
    };

    BcpBusiness orders;
    orders.name = QStringLiteral("受注・出荷");
    orders.description = QStringLiteral("主要取引先3社からのEDI受注、出荷指示、納品書の発行");
    orders.maxOutageHours = 72;
    orders.rtoHours = 24;
    orders.rpoHours = 24;
    orders.assets = links({{u"基幹サーバ（販売・生産管理）", u"受注・出荷の処理"},
                           {u"受注データ（EDI）", u"取引先からの注文"}});
    orders.partners = {
        {0, BcpPartnerKind::Supplier, QStringLiteral("みなと運送"), QStringLiteral("出荷・配送"),
         QStringLiteral("03-0000-1111")},
        {0, BcpPartnerKind::Customer, QStringLiteral("主要取引先A社"),
         QStringLiteral("精密部品（売上の4割）"), QStringLiteral("購買部 03-0000-2222")},
    };
    orders.alternatives = {
        {0, QStringLiteral("電話・FAXで注文を受け、手書き伝票で出荷する（様式は総務の棚）"), 0}};

    BcpBusiness production;
    production.name = QStringLiteral("生産計画・製造");
    production.description = QStringLiteral("工程表に沿ったNC工作機械の段取りと加工");
    production.maxOutageHours = 48;
    production.rtoHours = 8;
    production.rpoHours = 24;
    production.assets = links({{u"生産計画・工程表", u"その日の段取りと加工順"},
                               {u"ファイルサーバ fs01", u"工程表と図面の保存先"}});
    production.partners = {{0,
                            BcpPartnerKind::Supplier,
                            QStringLiteral("材料商社B社"),
                            QStringLiteral("アルミ・ステンレス材"),
                            {}}};
    production.alternatives = {{0, QStringLiteral("毎週金曜に印刷する紙の工程表で段取りする"), 0}};
    plan.businesses = {orders, production};

    plan.bottlenecks = {{0, QStringLiteral("基幹サーバ（販売・生産管理）"),
                         BcpResourceKind::Computer, asset(u"基幹サーバ（販売・生産管理）"),
                         QStringLiteral("保守契約（翌営業日対応）。予備機なし")}};
    plan.investments = {
        {0, QStringLiteral("オフライン保管用USBディスクの追加"), 40000, QDate(), QDate()}};
    plan.contacts = {
        {0,
         BcpContactKind::Organisation,
         QStringLiteral("保守業者 山本"),
         QStringLiteral("山本システムサービス"),
         QStringLiteral("03-0000-3333"),
         {},
         {},
         0},
        {0,
         BcpContactKind::Organisation,
         QStringLiteral("IPA 情報セキュリティ安心相談窓口"),
         QStringLiteral("IPA"),
         QStringLiteral("03-5978-7509"),
         {},
         {},
         0},
        {0,
         BcpContactKind::Staff,
         QStringLiteral("鈴木 一郎"),
         {},
         {},
         {},
         {},
         person(u"鈴木 一郎")},
    };
    return plan;
}

} // namespace

// The demo company's plan: version 1 published seven months ago, a draft
// that has moved on (a third core business, a production RTO of 1 h that
// the file server's last restore test of 90 minutes disproves), and a
// tabletop exercise on ransomware with findings and follow-ups.
Status populateDemo(modules::DemoContext &context)
{
    const QHash<QString, qint64> people = context.ids.value(modules::key::Organisation);
    const QHash<QString, qint64> assets = context.ids.value(modules::key::Assets);
    const QDate today = context.today;
    store::BcpRepository repo(context.db);
    store::Transaction tx(context.db);
    if (!tx)
        return tx.failure();

    BcpPlan plan = firstPlan(people, assets);
    for (BcpInvestment &i : plan.investments)
        i.planned = today.addDays(-150);
    auto stored = repo.savePlan(plan);
    if (!stored)
        return stored.asFailure();
    const qint64 approver = people.value(QStringLiteral("鈴木 一郎"));
    if (approver > 0) {
        auto v1 =
            repo.publish(approver, QStringLiteral("初版。取締役会で承認"), today.addDays(-210));
        if (!v1)
            return v1.asFailure();
    }

    // The draft since: payroll added, production's RTO tightened to 1 h
    // after the customer asked for same-day delivery, the USB disks bought.
    BcpPlan draft = *stored;
    draft.businesses[1].rtoHours = 1;
    draft.businesses[1].description +=
        QStringLiteral("。A社の当日納品の要請を受けて目標復旧時間を1時間に短縮（案）");
    BcpBusiness payroll;
    payroll.name = QStringLiteral("給与・支払い");
    payroll.description = QStringLiteral("月末の給与振込と仕入先への支払い");
    payroll.maxOutageHours = 120;
    payroll.rtoHours = 72;
    payroll.rpoHours = 168;
    for (const char16_t *name : {u"給与データ", u"会計データ"})
        if (const qint64 id = assets.value(QString::fromUtf16(name)))
            payroll.assets.append({id, QStringLiteral("給与・会計ソフトのデータ")});
    payroll.alternatives = {{0, QStringLiteral("前月と同額で仮払いし、翌月に精算する"), 0}};
    draft.businesses << payroll;
    for (BcpInvestment &i : draft.investments)
        i.done = today.addDays(-60);
    draft.insurance = {{0, QStringLiteral("みなと損害保険"), QStringLiteral("サイバー保険"),
                        QStringLiteral("事故対応費用、損害賠償、利益損害"), QStringLiteral("1億円"),
                        today.addDays(120)}};
    if (auto saved = repo.savePlan(draft); !saved)
        return saved.asFailure();

    BcpExercise tabletop;
    tabletop.kind = ExerciseKind::Tabletop;
    tabletop.date = today.addDays(-95);
    tabletop.scenario = QStringLiteral("月曜の朝、ファイルサーバ fs01 のファイルが暗号化され、"
                                       "身代金を要求する画面が表示された");
    for (const char16_t *name : {u"鈴木 一郎", u"佐藤 花子", u"田中 健", u"高橋 美咲"})
        if (const qint64 id = people.value(QString::fromUtf16(name)))
            tabletop.participants.append(id);
    tabletop.findings = QStringLiteral(
        "NASが社内ネットワークに常時接続されており、バックアップも暗号化されるおそれがある。"
        "連絡網の電話番号が2件古かった。紙の工程表の置き場所を知らない人がいた。");
    tabletop.actions = {
        {0, QStringLiteral("連絡網の電話番号を更新する"), people.value(QStringLiteral("佐藤 花子")),
         today.addDays(-80), today.addDays(-82)},
        {0, QStringLiteral("ファイルサーバのバックアップにオフラインの複製を加える"),
         people.value(QStringLiteral("田中 健")), today.addDays(20), QDate()},
    };
    if (auto id = repo.insertExercise(tabletop, today); !id)
        return id.asFailure();
    return tx.commit();
}

} // namespace bcp
} // namespace kamae
