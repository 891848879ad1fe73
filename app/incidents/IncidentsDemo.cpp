#include "core/Clock.h"
#include "incidents/IncidentDefaults.h"
#include "incidents/IncidentPlaybooks.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentsModule.h"
#include "modules/Keys.h"
#include "modules/Module.h"
#include "store/Transaction.h"

namespace kamae {
namespace incidents {

using namespace domain;

// The demo company's incident readiness: the directory (Kamae's entries
// checked a month ago, the insurer, the IT vendor and the responder filled
// in), the partners to inform, three of the four main playbooks, and the
// Emotet infection of June — the dip in the score's history — closed, with
// its timeline, the partners informed, the steps ticked, its lessons, and
// the reports to the Personal Information Protection Commission made on
// time (customers' mail addresses taken by malware: suspected malice,
// more than 1,000 people).
Status populateDemo(modules::DemoContext &context)
{
    const QHash<QString, qint64> people = context.ids.value(modules::key::Organisation);
    const QHash<QString, qint64> assets = context.ids.value(modules::key::Assets);
    const auto person = [&people](const char16_t *name) {
        return people.value(QString::fromUtf16(name));
    };
    const QDate today = context.today;
    const QTimeZone zone = clock::timeZone();
    // The day the mail came back: in the middle of the dip of the demo's
    // score history (DemoCompany.cpp, 168 to 164 days ago).
    const QDate day0 = today.addDays(-167);
    const auto at = [&zone, &day0](int days, int hour, int minute) {
        return QDateTime(day0.addDays(days), QTime(hour, minute), zone).toUTC();
    };
    store::IncidentRepository repo(context.db);
    store::Transaction tx(context.db);
    if (!tx)
        return tx.failure();

    QVector<IncidentContact> contacts =
        defaultContacts(QStringLiteral("東京都"), QStringLiteral("製造業（精密部品）"), today);
    for (IncidentContact &c : contacts) {
        c.checked = today.addDays(-30);
        if (c.kind == ContactKind::Insurer) {
            c.name = QStringLiteral("みなと損害保険 サイバー保険");
            c.phone = QStringLiteral("0120-000-444");
            c.notes = QStringLiteral("証券番号 CY-000123");
        }
    }
    IncidentContact vendor;
    vendor.kind = ContactKind::ItVendor;
    vendor.name = QStringLiteral("山本システムサービス");
    vendor.purpose = QStringLiteral("サーバ・PC・ネットワークの保守、初動調査");
    vendor.whenToCall = QStringLiteral("機器の異常、ウイルス感染の疑いがあるとき（平日9時〜18時）");
    vendor.phone = QStringLiteral("03-0000-3333");
    vendor.personId = person(u"山本 誠");
    vendor.checked = today.addDays(-30);
    IncidentContact responder;
    responder.kind = ContactKind::Responder;
    responder.name = QStringLiteral("田中 健（情報システム担当）");
    responder.purpose = QStringLiteral("社内の初動対応の責任者");
    responder.whenToCall = QStringLiteral("不審なメール・画面・動作に気づいたらすぐに");
    responder.personId = person(u"田中 健");
    responder.checked = today.addDays(-30);
    contacts << vendor << responder;
    if (auto saved = repo.saveContacts(contacts, today); !saved)
        return saved.asFailure();

    const int allKinds = kAllIncidentKinds;
    const int mail = incidentKindBit(IncidentKind::Malware);
    QVector<IncidentPartner> partners = {
        {0,
         QStringLiteral("主要取引先A社"),
         QStringLiteral("購買部 情報システム窓口"),
         PartnerChannel::Mail,
         QStringLiteral("security@a-sha.example.co.jp"),
         allKinds,
         false,
         {}},
        {0,
         QStringLiteral("材料商社B社"),
         QStringLiteral("営業担当"),
         PartnerChannel::Phone,
         QStringLiteral("03-0000-5555"),
         mail | incidentKindBit(IncidentKind::InformationLeak),
         false,
         {}},
        {0,
         QStringLiteral("みなと運送"),
         {},
         PartnerChannel::Portal,
         QStringLiteral("https://portal.minato-unso.example.jp/"),
         mail,
         false,
         {}},
        {0, QStringLiteral("ホーチミン駐在事務所"), QStringLiteral("駐在員"), PartnerChannel::Mail,
         QStringLiteral("hcmc@example.co.jp"), allKinds, true,
         QStringLiteral("本社VPNに常時接続。英語で連絡")},
    };
    if (auto saved = repo.savePartners(partners); !saved)
        return saved.asFailure();

    // Three of the four main playbooks adopted (none yet for leaks).
    Playbook malware;
    for (IncidentKind kind :
         {IncidentKind::Ransomware, IncidentKind::Malware, IncidentKind::UnauthorisedAccess}) {
        auto saved = repo.savePlaybook(defaultPlaybook(kind));
        if (!saved)
            return saved.asFailure();
        if (kind == IncidentKind::Malware)
            malware = *saved;
    }

    const qint64 sato = person(u"佐藤 花子");
    const qint64 tanaka = person(u"田中 健");
    const qint64 suzuki = person(u"鈴木 一郎");
    const qint64 takahashi = person(u"高橋 美咲");
    Incident emotet;
    emotet.kind = IncidentKind::Malware;
    emotet.title = QStringLiteral("Emotet 感染（営業部のPC 2台）");
    emotet.occurred = at(-1, 16, 20);
    emotet.detected = at(0, 9, 40);
    emotet.aware = at(0, 9, 40);
    emotet.reported = at(1, 10, 0);
    emotet.contained = at(0, 10, 5);
    emotet.resolved = at(20, 17, 0);
    emotet.foundBy = sato;
    for (const char16_t *name : {u"業務用PC（45台）", u"メール（Microsoft 365）", u"顧客台帳"})
        if (const qint64 id = assets.value(QString::fromUtf16(name)))
            emotet.assets << id;
    emotet.personal.kinds =
        QStringLiteral("顧客・取引先担当者の氏名、メールアドレス、電話番号（メールの送受信履歴と"
                       "アドレス帳）");
    emotet.personal.people = 1240;
    emotet.personal.malice = true;
    emotet.status = IncidentStatus::Closed;
    emotet.cause = QStringLiteral("取引先を装った請求書メールのパスワード付きZIP（Wordのマクロ）を"
                                  "開いた。マクロが既定で有効だった。");
    emotet.lessons = QStringLiteral(
        "取引先からの電話で気づくまで感染に気づかなかった。EmoCheck と連絡先一覧が手元にあり初動は"
        "1時間で済んだ。マクロの既定無効化とパスワード付きZIPの廃止が必要。");
    const auto entry = [&](int days, int hour, int minute, TimelineKind kind, const char16_t *text,
                           qint64 who, const QString &tag = {}) {
        emotet.timeline.append(
            {0, at(days, hour, minute), kind, QString::fromUtf16(text), who, tag});
    };
    entry(0, 9, 40, TimelineKind::Detection,
          u"主要取引先A社から「貴社名義の不審なZIP付きメールが届いた」と電話", sato);
    entry(0, 10, 5, TimelineKind::Action, u"営業部のPC 2台をLANから切り離し、電源は入れたまま保全",
          tanaka);
    entry(0, 10, 30, TimelineKind::Decision,
          u"対策本部を設置。感染端末は初期化せず、ログを保全して調査する", suzuki);
    entry(0, 11, 0, TimelineKind::ContactMade, u"IPA の相談窓口に相談し、初動の助言を受けた",
          tanaka);
    entry(0, 13, 0, TimelineKind::Action,
          u"全社員に注意喚起（パスワード付きZIP・添付ファイルを開かない）", sato);
    entry(0, 14, 30, TimelineKind::Action, u"EmoCheck で全PCを確認し、2台で検出", tanaka);
    entry(0, 16, 0, TimelineKind::ContactMade,
          u"取引先A社・B社・みなと運送・ホーチミン駐在事務所に状況を連絡", suzuki,
          timelinetag::PartnersInformed);
    entry(0, 17, 0, TimelineKind::Action, u"感染端末の利用者のメール・ブラウザ保存パスワードを変更",
          tanaka);
    entry(1, 10, 0, TimelineKind::ContactMade, u"警視庁のサイバー犯罪相談窓口に相談", suzuki,
          timelinetag::PoliceReported);
    entry(1, 15, 0, TimelineKind::ContactMade, u"個人情報保護委員会へ速報（漏えい等報告フォーム）",
          suzuki, timelinetag::PpcPreliminary);
    entry(1, 16, 0, TimelineKind::ContactMade, u"みなと損害保険に事故を連絡", takahashi);
    entry(2, 11, 0, TimelineKind::Action, u"山本システムサービスが影響範囲を調査（2台のみ）",
          person(u"山本 誠"));
    entry(4, 14, 0, TimelineKind::ContactMade,
          u"顧客にお詫びと注意喚起のメールを送付し、ウェブサイトで公表", suzuki,
          timelinetag::IndividualsNotified);
    entry(40, 15, 0, TimelineKind::ContactMade, u"個人情報保護委員会へ確報", suzuki,
          timelinetag::PpcFinal);
    emotet.actions = {
        {0, QStringLiteral("Officeのマクロを既定で無効にする（全PC）"), tanaka, day0.addDays(30),
         day0.addDays(25)},
        {0, QStringLiteral("パスワード付きZIPの社外送受信を廃止する"), suzuki, day0.addDays(60),
         day0.addDays(55)},
        {0, QStringLiteral("Emotet を想定したインシデント対応訓練を行う"), sato, today.addDays(30),
         QDate()},
    };
    // The playbook's steps as they were ticked on the first two days.
    for (qsizetype i = 0; i < malware.steps.size(); ++i)
        emotet.ticks.append({malware.steps.at(i).id, malware.steps.at(i).text,
                             i % 2 ? sato : tanaka,
                             at(i < 10 ? 0 : 1, 10 + static_cast<int>(i % 8), 0)});
    if (auto id = repo.insertIncident(emotet, clock::now()); !id)
        return id.asFailure();
    return tx.commit();
}

} // namespace incidents
} // namespace kamae
