#include "bcp/BcpTemplates.h"

namespace kamae {
namespace bcp {

namespace {

bool japanese(const QString &language)
{
    return language.startsWith(QLatin1String("ja"));
}

} // namespace

QString scenarioTemplate(const QString &language)
{
    if (japanese(language))
        return QStringLiteral(
            "<h2>ランサムウェア</h2>"
            "<p>サーバーやパソコンのファイルが暗号化され、身代金を要求する画面が表示される。"
            "バックアップも同じネットワーク上にあれば一緒に暗号化されるおそれがある。</p>"
            "<ul><li>感染したパソコンのLANケーブルを抜き、無線LANを切る（電源は切らない）。</li>"
            "<li>情報システム担当と対策本部長に連絡し、被害の範囲を確認する。</li>"
            "<li>オフライン保管のバックアップから復元する。身代金は支払わない。</li>"
            "<li>警察、IPA、取引先への報告を対策本部長が判断する。</li></ul>"
            "<h2>Emotet などのマルウェア付きメール</h2>"
            "<p>取引先を装ったメールの添付ファイルやリンクから感染し、社内のメールアドレスや"
            "本文が盗まれて、取引先へなりすましメールが送られる。</p>"
            "<ul><li>感染が疑われるパソコンをネットワークから切り離す。</li>"
            "<li>メールのパスワードを変更し、取引先に注意を呼びかける。</li>"
            "<li>JPCERT/CC の EmoCheck などで感染の有無を確認する。</li></ul>"
            "<h2>ホームページの改ざん</h2>"
            "<p>会社のホームページが書き換えられ、閲覧者がウイルスに感染するページへ誘導される。</"
            "p>"
            "<ul><li>ホームページを公開停止にし、制作会社・サーバー事業者に連絡する。</li>"
            "<li>改ざん前のデータから復旧し、管理画面のパスワードを変更する。</li>"
            "<li>顧客への告知文を対策本部長が承認する。</li></ul>"
            "<h2>システム障害</h2>"
            "<p>基幹システム、メール、インターネット回線などが止まり、受注や出荷ができない。</p>"
            "<ul><li>保守業者に連絡し、復旧の見込み時間を確認する。</li>"
            "<li>目標復旧時間を超える見込みなら代替手段（電話・FAX・手書き伝票）に切り替える。</li>"
            "<li>復旧後、代替手段で受けた注文をシステムに入力し、件数を照合する。</li></ul>");
    return QStringLiteral(
        "<h2>Ransomware</h2>"
        "<p>Files on servers and PCs are encrypted and a ransom is demanded. Backups on the same "
        "network may be encrypted too.</p>"
        "<ul><li>Unplug the infected PC's network cable and turn off its Wi-Fi (do not switch it "
        "off).</li>"
        "<li>Call the IT contact and the head of the emergency team; find out what is "
        "affected.</li>"
        "<li>Restore from the offline backup. Do not pay the ransom.</li>"
        "<li>The head of the emergency team decides on reports to the police, IPA and "
        "business partners.</li></ul>"
        "<h2>Emotet and other malware by e-mail</h2>"
        "<p>An attachment or link in a mail that looks like a partner's infects a PC; addresses "
        "and mails are stolen and partners receive mails in the company's name.</p>"
        "<ul><li>Disconnect the PC suspected of infection from the network.</li>"
        "<li>Change the mail passwords and warn business partners.</li>"
        "<li>Check for infection with JPCERT/CC's EmoCheck or similar tools.</li></ul>"
        "<h2>Website tampering</h2>"
        "<p>The company's website is altered and sends visitors to pages that infect "
        "them.</p>"
        "<ul><li>Take the website offline and call the web agency and the hosting "
        "provider.</li>"
        "<li>Restore it from data before the tampering and change the admin passwords.</li>"
        "<li>The head of the emergency team approves the notice to customers.</li></ul>"
        "<h2>System outage</h2>"
        "<p>The core system, mail or the internet connection stops; orders cannot be taken or "
        "shipped.</p>"
        "<ul><li>Call the maintenance vendor and ask when it will be back.</li>"
        "<li>If that is beyond the RTO, switch to the alternatives (phone, fax, handwritten "
        "slips).</li>"
        "<li>Once it is back, enter the orders taken meanwhile and reconcile the "
        "counts.</li></ul>");
}

QString policyTemplate(const QString &language)
{
    if (japanese(language))
        return QStringLiteral(
            "<p>当社は、災害やサイバー攻撃などの緊急事態にあっても、次の方針で事業を継続する。</p>"
            "<ol><li>従業員とその家族の安全を最優先する。</li>"
            "<li>取引先への供給責任を果たすため、中核事業を目標復旧時間内に再開する。</li>"
            "<li>地域の一員として、地域の復旧に協力する。</li></ol>");
    return QStringLiteral(
        "<p>In an emergency such as a disaster or a cyber attack, the company keeps its business "
        "going by these principles:</p>"
        "<ol><li>The safety of our employees and their families comes first.</li>"
        "<li>We resume our core businesses within their recovery time objectives, to keep "
        "supplying our customers.</li>"
        "<li>As part of the community, we help it recover.</li></ol>");
}

QString cardTemplate(const QString &language)
{
    if (japanese(language))
        return QStringLiteral(
            "<ol><li>まず自分と周りの人の安全を確保する。</li>"
            "<li>安全な場所から上司または対策本部に連絡する。つながらなければ"
            "災害用伝言ダイヤル 171 に録音する。</li>"
            "<li>サイバー攻撃が疑われるときは、パソコンをネットワークから切り離し、"
            "電源は切らずに情報システム担当へ連絡する。</li></ol>");
    return QStringLiteral(
        "<ol><li>First make yourself and the people around you safe.</li>"
        "<li>From a safe place, call your manager or the emergency team. If you cannot get "
        "through, record a message on the disaster message dial 171.</li>"
        "<li>If you suspect a cyber attack, disconnect the PC from the network, leave it "
        "switched on and call the IT contact.</li></ol>");
}

} // namespace bcp
} // namespace kamae
