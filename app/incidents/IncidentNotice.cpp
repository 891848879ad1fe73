#include "incidents/IncidentNotice.h"

#include <QStringList>

namespace kamae {
namespace incidents {

using namespace domain;

QVector<IncidentPartner> partnersToInform(const Incident &incident,
                                          const QVector<IncidentPartner> &all)
{
    QVector<IncidentPartner> out;
    for (const IncidentPartner &p : all)
        if (p.informedOf(incident.kind))
            out << p;
    return out;
}

namespace {

QString japaneseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString japaneseKind(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Ransomware:
        return QStringLiteral("ランサムウェアによる被害");
    case IncidentKind::Malware:
        return QStringLiteral("マルウェアへの感染");
    case IncidentKind::UnauthorisedAccess:
        return QStringLiteral("不正アクセス");
    case IncidentKind::WebsiteTampering:
        return QStringLiteral("ウェブサイトの改ざん");
    case IncidentKind::LostDevice:
        return QStringLiteral("機器の紛失・盗難");
    case IncidentKind::InformationLeak:
        return QStringLiteral("情報の漏えい");
    case IncidentKind::Other:
        break;
    }
    return QStringLiteral("セキュリティ上の事案");
}

NoticeDraft japanese(const Incident &incident, const IncidentPartner &partner,
                     const QString &company, const QString &replyTo, const QDate &day)
{
    const bool emotet = incident.kind == IncidentKind::Malware;
    NoticeDraft d;
    d.subject = emotet ? QStringLiteral("【重要】弊社を装った不審なメールについてのお詫びとお願い")
                       : QStringLiteral("【重要】弊社におけるセキュリティ事案についてのご報告");
    QStringList lines;
    if (!partner.name.trimmed().isEmpty())
        lines << partner.name.trimmed() + QStringLiteral(" 御中");
    lines << (partner.contact.trimmed().isEmpty()
                  ? QStringLiteral("ご担当者様")
                  : partner.contact.trimmed() + QStringLiteral(" 様"));
    lines << QString();
    lines << QStringLiteral("平素より大変お世話になっております。%1です。").arg(company);
    if (emotet) {
        lines << QStringLiteral("%1、弊社のパソコンがマルウェア「Emotet（エモテット）」に感染した"
                                "可能性があることが判明いたしました。")
                     .arg(japaneseDate(day));
        lines << QStringLiteral("このため、弊社の社員や弊社とのメールのやり取りを装った不審な"
                                "メールが、貴社に送信されている可能性がございます。");
        lines << QStringLiteral(
            "弊社からのメールであっても、心当たりのない添付ファイル（特に"
            "パスワード付き ZIP ファイル、Word・Excel ファイル）やリンクは開かず"
            "に削除していただきますよう、お願い申し上げます。");
        lines << QStringLiteral("不審なメールを受信された場合は、お手数ですが下記までお知らせ"
                                "ください。");
        lines << QStringLiteral("弊社では、該当する端末をネットワークから切り離し、専門家の助言を"
                                "受けながら、調査とパスワードの変更などの対策を進めております。");
    } else {
        lines << QStringLiteral("%1、弊社において%2が発生したことが判明"
                                "いたしました。")
                     .arg(japaneseDate(day), japaneseKind(incident.kind));
        lines << QStringLiteral("現在、専門家の助言を受けながら、影響の範囲の調査と対策を進めて"
                                "おります。貴社に関わる影響が判明した場合は、速やかにご連絡"
                                "いたします。");
    }
    lines << QStringLiteral("貴社には多大なご迷惑とご心配をおかけしますことを、深くお詫び申し上げ"
                            "ます。");
    lines << QString();
    lines << company;
    if (!replyTo.trimmed().isEmpty())
        lines << QStringLiteral("連絡先: ") + replyTo.trimmed();
    d.body = lines.join(QLatin1Char('\n'));
    return d;
}

NoticeDraft english(const Incident &incident, const IncidentPartner &partner,
                    const QString &company, const QString &replyTo, const QDate &day)
{
    const bool emotet = incident.kind == IncidentKind::Malware;
    NoticeDraft d;
    d.subject = emotet ? QStringLiteral("Important: suspicious e-mail in our name")
                       : QStringLiteral("Important: a security incident at %1").arg(company);
    QStringList lines;
    const QString who = partner.contact.trimmed().isEmpty()
                            ? (partner.name.trimmed().isEmpty() ? QStringLiteral("Sir or Madam")
                                                                : partner.name.trimmed())
                            : partner.contact.trimmed();
    lines << QStringLiteral("Dear %1,").arg(who);
    lines << QString();
    const QString date = day.toString(QStringLiteral("d MMMM yyyy"));
    if (emotet) {
        lines << QStringLiteral("On %1 we found that a computer at %2 may have been infected "
                                "with the Emotet malware.")
                     .arg(date, company);
        lines << QStringLiteral("Mail pretending to come from our staff, or to continue earlier "
                                "conversations with us, may therefore have been sent to you.");
        lines << QStringLiteral("Even if a message seems to be from us, please do not open "
                                "unexpected attachments (in particular password-protected ZIP "
                                "files and Word or Excel files) or links, and delete it.");
        lines << QStringLiteral("If you receive such a message, please let us know at the "
                                "address below.");
        lines << QStringLiteral("We have disconnected the computer concerned from the network "
                                "and are investigating and changing passwords with the help of "
                                "experts.");
    } else {
        lines << QStringLiteral("On %1 we found a security incident at %2.").arg(date, company);
        lines << QStringLiteral("We are investigating its extent with the help of experts and "
                                "will tell you at once if it affects you.");
    }
    lines << QStringLiteral("We sincerely apologise for the trouble and concern this causes.");
    lines << QString();
    lines << QStringLiteral("Yours faithfully,");
    lines << company;
    if (!replyTo.trimmed().isEmpty())
        lines << QStringLiteral("Contact: ") + replyTo.trimmed();
    d.body = lines.join(QLatin1Char('\n'));
    return d;
}

} // namespace

NoticeDraft partnerNotice(const Incident &incident, const IncidentPartner &partner,
                          const QString &company, const QString &replyTo, const QString &language,
                          const QTimeZone &zone)
{
    const QDateTime when = incident.awareOrDetected();
    const QDate day = when.isValid() ? when.toTimeZone(zone).date() : QDate();
    return language == QLatin1String("ja") ? japanese(incident, partner, company, replyTo, day)
                                           : english(incident, partner, company, replyTo, day);
}

} // namespace incidents
} // namespace kamae
