#include "incidents/IncidentDefaults.h"

#include "incidents/ShippedTexts.h"

#include <QCoreApplication>

namespace kamae {
namespace incidents {

using domain::ContactKind;
using domain::IncidentContact;

namespace {

constexpr char kContext[] = "kamae::incidents::IncidentDefaults";

struct Shipped
{
    const QString &key;
    ContactKind kind;
    const char *name;
    const char *purpose;
    const char *when;
    const char *phone;        // only a number Kamae stands behind
    const char *address;      // the official page
    const char *officialPage; // its name, as the body titles it
    bool verified;            // checked on defaultsVerifiedOn()
};

const std::vector<Shipped> &shipped()
{
    static const std::vector<Shipped> list = {
        {contactkey::Ipa, ContactKind::IpaDesk,
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "IPA cybersecurity consultation desk for companies"),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Advice on the first response to malware, unauthorised access or "
                           "ransomware, vendors that handle incidents, and whom else to contact. "
                           "IPA does not investigate for you."),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "As soon as you suspect an incident, and whenever you do not know "
                           "whom to call first."),
         "", "https://www.ipa.go.jp/security/support/soudan.html",
         "IPA「サイバーセキュリティ 相談・届出窓口一覧」", true},
        {contactkey::Jpcert, ContactKind::JpcertCc,
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "JPCERT/CC incident response request"),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Technical coordination: JPCERT/CC contacts the source of an attack "
                           "and can help analyse it or give a second opinion."),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "When your site or servers are attacked, tampered with or used to "
                           "attack others, or for a second opinion on ransomware."),
         "", "https://www.jpcert.or.jp/form/", "JPCERT/CC「インシデント対応依頼」", true},
        {contactkey::Police, ContactKind::Police,
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Prefectural police cyber crime desk"),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Consultation and reports of cyber crime. #9110 is the police's "
                           "general consultation line; the online reception forwards to the "
                           "prefecture you choose. A damage report is made at a police station."),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Once the damage is contained: ransomware, unauthorised access, "
                           "fraud or threats. In an emergency call 110."),
         "#9110", "https://www.npa.go.jp/bureau/cyber/soudan.html",
         "警察庁「サイバー事案に関する相談窓口」（オンライン受付）／"
         "「都道府県警察本部のサイバー犯罪相談窓口等一覧」",
         true},
        {contactkey::Ministry, ContactKind::Ministry,
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults", "Supervising ministry"),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Consultation, and the reports your industry's rules require. The "
                           "METI alert asks companies to consult the ministry early."),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "When an incident is confirmed, and whenever your industry's rules "
                           "require a report; some industries report personal data leaks here "
                           "instead of to the Commission."),
         "", "", "", false},
        {contactkey::Ppc, ContactKind::Ppc,
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Personal Information Protection Commission (leak reports)"),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "The report of a personal data leak the law requires, made through "
                           "the Commission's online form."),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "When a leak or possible leak involves sensitive data, a risk of "
                           "financial harm, suspected malice or more than 1,000 people: a "
                           "preliminary report promptly (about 3 to 5 days), a final report "
                           "within 30 days (60 for malice)."),
         "", "https://www.ppc.go.jp/personalinfo/legal/leakAction/",
         "個人情報保護委員会「漏えい等の対応とお役立ち資料」（漏えい等報告フォーム）", true},
        {contactkey::Otasuketai, ContactKind::Otasuketai,
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Cybersecurity Otasuketai service provider"),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Monitoring, first response and simple insurance for small "
                           "companies in one package. Fill in your provider and its hotline."),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "When the provider's monitoring warns you, and at the first sign of "
                           "an incident."),
         "", "https://www.ipa.go.jp/security/otasuketai-pr/",
         "IPA「サイバーセキュリティお助け隊サービス」（サービス一覧）", true},
        {contactkey::Insurer, ContactKind::Insurer,
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults", "Cyber insurer"),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Incident response costs, investigation and damages under your "
                           "policy. Fill in the insurer, the policy number and its hotline."),
         QT_TRANSLATE_NOOP("kamae::incidents::IncidentDefaults",
                           "Before you order an investigation or a restoration: most policies "
                           "want to be told first."),
         "", "", "", false},
    };
    return list;
}

const ShippedTexts &texts()
{
    static const ShippedTexts t = [] {
        QVector<const char *> sources;
        for (const Shipped &s : shipped())
            sources << s.name << s.purpose << s.when;
        return ShippedTexts(kContext, sources);
    }();
    return t;
}

} // namespace

QDate defaultsVerifiedOn()
{
    return QDate(kDefaultsVerifiedYear, kDefaultsVerifiedMonth, kDefaultsVerifiedDay);
}

QVector<IncidentContact> defaultContacts(const QString &prefecture, const QString &industry,
                                         const QDate &today)
{
    QVector<IncidentContact> out;
    for (const Shipped &s : shipped()) {
        IncidentContact c;
        c.kind = s.kind;
        c.builtin = s.key;
        c.name = QString::fromUtf8(s.name);
        c.purpose = QString::fromUtf8(s.purpose);
        c.whenToCall = QString::fromUtf8(s.when);
        c.phone = QString::fromUtf8(s.phone);
        c.address = QString::fromUtf8(s.address);
        c.officialPage = QString::fromUtf8(s.officialPage);
        if (s.verified)
            c.checked =
                today.isValid() && today < defaultsVerifiedOn() ? today : defaultsVerifiedOn();
        if (s.kind == ContactKind::Police)
            c.region = prefecture.trimmed();
        if (s.kind == ContactKind::Ministry) {
            c.region = industry.trimmed();
            c.officialPage = suggestedMinistry(industry);
        }
        out << c;
    }
    return out;
}

domain::IncidentContact restoredContact(const domain::IncidentContact &contact, const QDate &today)
{
    for (IncidentContact c : defaultContacts(contact.region, contact.region, today))
        if (!contact.builtin.isEmpty() && c.builtin == contact.builtin) {
            c.id = contact.id;
            return c;
        }
    return contact;
}

QString suggestedMinistry(const QString &industry)
{
    // The first match wins: the more specific words first.
    static const std::vector<std::pair<QStringList, const char16_t *>> map = {
        {{QStringLiteral("銀行"), QStringLiteral("証券"), QStringLiteral("保険"),
          QStringLiteral("金融"), QStringLiteral("貸金")},
         u"金融庁"},
        {{QStringLiteral("医療"), QStringLiteral("病院"), QStringLiteral("介護"),
          QStringLiteral("福祉"), QStringLiteral("薬局"), QStringLiteral("労働者派遣")},
         u"厚生労働省"},
        {{QStringLiteral("電気通信"), QStringLiteral("通信"), QStringLiteral("放送"),
          QStringLiteral("郵便")},
         u"総務省"},
        {{QStringLiteral("建設"), QStringLiteral("不動産"), QStringLiteral("運輸"),
          QStringLiteral("運送"), QStringLiteral("物流"), QStringLiteral("旅行"),
          QStringLiteral("宿泊"), QStringLiteral("鉄道"), QStringLiteral("航空")},
         u"国土交通省"},
        {{QStringLiteral("農業"), QStringLiteral("林業"), QStringLiteral("漁業"),
          QStringLiteral("食品")},
         u"農林水産省"},
        {{QStringLiteral("教育"), QStringLiteral("学校"), QStringLiteral("学習塾")}, u"文部科学省"},
        {{QStringLiteral("製造"), QStringLiteral("卸売"), QStringLiteral("小売"),
          QStringLiteral("情報サービス"), QStringLiteral("ソフトウェア"), QStringLiteral("IT"),
          QStringLiteral("商社"), QStringLiteral("サービス")},
         u"経済産業省"},
    };
    const QString text = industry.trimmed();
    if (text.isEmpty())
        return {};
    for (const auto &[words, ministry] : map)
        for (const QString &w : words)
            if (text.contains(w, Qt::CaseInsensitive))
                return QString::fromUtf16(ministry);
    return {};
}

QStringList prefectures()
{
    return {
        QStringLiteral("北海道"),   QStringLiteral("青森県"),   QStringLiteral("岩手県"),
        QStringLiteral("宮城県"),   QStringLiteral("秋田県"),   QStringLiteral("山形県"),
        QStringLiteral("福島県"),   QStringLiteral("茨城県"),   QStringLiteral("栃木県"),
        QStringLiteral("群馬県"),   QStringLiteral("埼玉県"),   QStringLiteral("千葉県"),
        QStringLiteral("東京都"),   QStringLiteral("神奈川県"), QStringLiteral("新潟県"),
        QStringLiteral("富山県"),   QStringLiteral("石川県"),   QStringLiteral("福井県"),
        QStringLiteral("山梨県"),   QStringLiteral("長野県"),   QStringLiteral("岐阜県"),
        QStringLiteral("静岡県"),   QStringLiteral("愛知県"),   QStringLiteral("三重県"),
        QStringLiteral("滋賀県"),   QStringLiteral("京都府"),   QStringLiteral("大阪府"),
        QStringLiteral("兵庫県"),   QStringLiteral("奈良県"),   QStringLiteral("和歌山県"),
        QStringLiteral("鳥取県"),   QStringLiteral("島根県"),   QStringLiteral("岡山県"),
        QStringLiteral("広島県"),   QStringLiteral("山口県"),   QStringLiteral("徳島県"),
        QStringLiteral("香川県"),   QStringLiteral("愛媛県"),   QStringLiteral("高知県"),
        QStringLiteral("福岡県"),   QStringLiteral("佐賀県"),   QStringLiteral("長崎県"),
        QStringLiteral("熊本県"),   QStringLiteral("大分県"),   QStringLiteral("宮崎県"),
        QStringLiteral("鹿児島県"), QStringLiteral("沖縄県"),
    };
}

IncidentContact storedContact(IncidentContact c)
{
    if (c.builtin.isEmpty())
        return c;
    c.name = texts().key(c.name);
    c.purpose = texts().key(c.purpose);
    c.whenToCall = texts().key(c.whenToCall);
    return c;
}

IncidentContact shownContact(IncidentContact c)
{
    if (c.builtin.isEmpty())
        return c;
    c.name = texts().shown(c.name);
    c.purpose = texts().shown(c.purpose);
    c.whenToCall = texts().shown(c.whenToCall);
    return c;
}

} // namespace incidents
} // namespace kamae
