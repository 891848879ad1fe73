// Offline vulnerability feeds: the CISA KEV catalogue (JSON) and JVN iPedia's
// JVNRSS, read into plain values; detection by content; every refusal says
// what is wrong and where, and never returns part of a feed.
#include "TestSupport.h"

#include "feeds/Feed.h"
#include "feeds/FeedFile.h"
#include "feeds/Jvn.h"
#include "feeds/Kev.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <csignal>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace kamae;
using feeds::Feed;
using feeds::FeedEntry;
using feeds::FeedError;
using feeds::FeedErrorKind;
using feeds::FeedKind;

Q_DECLARE_METATYPE(kamae::feeds::FeedErrorKind)

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KAMAE_TEST_DATA "/feeds/") + QString::fromLatin1(name);
}

QByteArray kevBytes()
{
    return test::readFile(fixture("known_exploited_vulnerabilities.json"));
}

QByteArray jvnBytes()
{
    return test::readFile(fixture("jvndb.rdf"));
}

// The catalogue as CISA publishes it (newest first, "\u201c" escapes,
// vendor advisories in notes), and JVN iPedia's live JVNRSS 2.0 feeds.
QByteArray kevPublishedBytes()
{
    return test::readFile(fixture("kev-published/known_exploited_vulnerabilities.json"));
}

QByteArray jvn2Bytes(const char *name = "jvndb.rdf")
{
    return test::readFile(fixture("jvnrss2/") + QString::fromLatin1(name));
}

QByteArray utf16(const QByteArray &utf8, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(QString::fromUtf8(utf8));
}

QByteArray shiftJis(const QByteArray &utf8)
{
    QStringEncoder encoder("Shift_JIS");
    return encoder.encode(QString::fromUtf8(utf8));
}

const FeedEntry *entry(const Feed &feed, const QString &id)
{
    for (const FeedEntry &e : feed.entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

using Pairs = QVector<std::pair<QString, QString>>;

// Every field in one string, so that two parses can be compared whole and a
// difference shows where it is.
QString describe(const FeedEntry &e)
{
    QStringList pairs;
    for (const auto &p : e.products)
        pairs << p.first + QLatin1Char('/') + p.second;
    return QStringList{e.id,
                       e.cves.join(QLatin1Char(',')),
                       e.vendor,
                       e.product,
                       e.cpes.join(QLatin1Char(',')),
                       pairs.join(QLatin1Char(',')),
                       e.title,
                       e.description,
                       e.requiredAction,
                       e.published.toString(Qt::ISODate),
                       e.updated.toString(Qt::ISODate),
                       e.dueDate.toString(Qt::ISODate),
                       QString::number(e.knownExploited),
                       QString::number(e.knownRansomwareUse),
                       QString::number(e.cvssScore),
                       e.cvssSeverity,
                       e.cvssVersion,
                       e.cvssVector,
                       e.url,
                       e.cwes.join(QLatin1Char(',')),
                       e.notes}
        .join(QLatin1Char('|'));
}

QStringList describe(const Feed &feed)
{
    QStringList all{QString::number(static_cast<int>(feed.kind)), feed.version,
                    feed.released.toUTC().toString(Qt::ISODateWithMs), feed.title};
    for (const FeedEntry &e : feed.entries)
        all << describe(e);
    return all;
}

// 1-based line of the first occurrence of `marker`, counted independently of
// the parsers.
int lineOf(const QByteArray &bytes, const QByteArray &marker)
{
    const qsizetype at = bytes.indexOf(marker);
    if (at < 0)
        return -1;
    return static_cast<int>(bytes.left(at).count('\n')) + 1;
}

// 1-based line of the first byte that is not ASCII.
int firstNonAsciiLine(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes[i]) >= 0x80)
            return static_cast<int>(bytes.left(i).count('\n')) + 1;
    }
    return -1;
}

QByteArray withCrlfAndBom(QByteArray bytes)
{
    bytes.replace("\n", "\r\n");
    return QByteArray("\xEF\xBB\xBF") + bytes;
}

QJsonObject kevObject()
{
    return QJsonDocument::fromJson(kevBytes()).object();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// A KEV catalogue whose entry `index` (0-based) has `key` set to `value`, or
// removed when value is undefined.
QByteArray kevWith(int index, const QString &key, const QJsonValue &value)
{
    QJsonObject root = kevObject();
    QJsonArray list = root.value(QLatin1String("vulnerabilities")).toArray();
    QJsonObject item = list.at(index).toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    list.replace(index, item);
    root.insert(QStringLiteral("vulnerabilities"), list);
    return json(root);
}

// What a generated catalogue of `count` entries looks like: realistic field
// sizes, every field filled.
QByteArray makeKev(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        list.append(QJsonObject{
            {QStringLiteral("cveID"),
             QStringLiteral("CVE-%1-%2").arg(2015 + i % 10).arg(10000 + i)},
            {QStringLiteral("vendorProject"), QStringLiteral("Vendor %1").arg(i % 170)},
            {QStringLiteral("product"), QStringLiteral("Product %1").arg(i % 530)},
            {QStringLiteral("vulnerabilityName"),
             QStringLiteral("Vendor %1 Product %2 Remote Code Execution Vulnerability")
                 .arg(i % 170)
                 .arg(i % 530)},
            {QStringLiteral("dateAdded"),
             QDate(2021, 11, 3).addDays(i % 900).toString(Qt::ISODate)},
            {QStringLiteral("shortDescription"),
             QStringLiteral("Product %1 contains an unspecified vulnerability that allows a remote "
                            "attacker to execute code via crafted requests.")
                 .arg(i % 530)},
            {QStringLiteral("requiredAction"),
             QStringLiteral("Apply updates per vendor instructions.")},
            {QStringLiteral("dueDate"), QDate(2021, 11, 17).addDays(i % 900).toString(Qt::ISODate)},
            {QStringLiteral("knownRansomwareCampaignUse"),
             i % 7 == 0 ? QStringLiteral("Known") : QStringLiteral("Unknown")},
            {QStringLiteral("notes"), QStringLiteral("https://nvd.nist.gov/vuln/detail/CVE-%1-%2")
                                          .arg(2015 + i % 10)
                                          .arg(10000 + i)},
            {QStringLiteral("cwes"), QJsonArray{QStringLiteral("CWE-%1").arg(20 + i % 900)}},
        });
    }
    return json(QJsonObject{
        {QStringLiteral("title"),
         QStringLiteral("CISA Catalog of Known Exploited Vulnerabilities")},
        {QStringLiteral("catalogVersion"), QStringLiteral("2024.05.01")},
        {QStringLiteral("dateReleased"), QStringLiteral("2024-05-01T17:00:58.3453Z")},
        {QStringLiteral("count"), count},
        {QStringLiteral("vulnerabilities"), list},
    });
}

const char kJvnHead[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/"
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:sec="http://jvn.jp/rss/mod_sec/3.0/">
)";

// A JVNRSS document around the given channel and items.
QByteArray jvn(const QByteArray &body)
{
    return QByteArray(kJvnHead) + body + "</rdf:RDF>\n";
}

QByteArray jvnItem(const QByteArray &id, const QByteArray &extra = {})
{
    return "<item rdf:about=\"https://jvndb.jvn.jp/ja/contents/2024/" + id +
           ".html\">\n<title>t</title>\n<sec:identifier>" + id + "</sec:identifier>\n" + extra +
           "</item>\n";
}

} // namespace

class TestFeeds final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::setTestApplication("tst_feeds"); }

    void kevFixture();
    void jvnFixture();
    void jvnProductsFromCpeAndAttributes();
    void jvnCvssChoice();
    void jvnCvesDeduplicated();
    void detectionByContent();
    void refusals_data();
    void refusals();
    void kevEntryErrorsNameTheEntry();
    void jvnTruncatedNamesTheLine();
    void jvnItemWithoutIdentifierNamesTheLine();
    void jvnDoctypeRefusedBeforeExpansion();
    void sizeLimit();
    void onlyRegularFilesAreRead();
    void unreadableFiles();
    void bomAndCrlfTolerated();
    void namespacesNotPrefixes();
    void unknownFieldsIgnored();
    void emptyFeedsAreReturned();
    void repeatedIdsKeptOnce();
    void jvnVersionFallsBackToNewestItem();
    void largeKev();
    void jvnRss2Fixtures();
    void jvnRss2AndModSec3ReadAlike();
    void kevAsPublished();
    void utf16WithByteOrderMarkIsRead();
    void encodingMismatchesNamed_data();
    void encodingMismatchesNamed();
    void deepNestingRefused();
    void hugeListsCappedAndLinear();
};

void TestFeeds::kevFixture()
{
    FeedError error;
    const Result<Feed> result = feeds::parseKev(kevBytes(), &error);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(error.kind, FeedErrorKind::None);
    const Feed &feed = result.value();
    QCOMPARE(feed.kind, FeedKind::Kev);
    QCOMPARE(feed.title, QStringLiteral("CISA Catalog of Known Exploited Vulnerabilities"));
    QCOMPARE(feed.version, QStringLiteral("2024.05.01"));
    QCOMPARE(feed.released, QDateTime(QDate(2024, 5, 1), QTime(17, 0, 58, 345), Qt::UTC));
    QCOMPARE(feed.entries.size(), 29);
    QCOMPARE(feed.entries.first().id, QStringLiteral("CVE-2018-13379"));
    QCOMPARE(feed.entries.last().id, QStringLiteral("CVE-2024-3400"));

    const FeedEntry *forti = entry(feed, QStringLiteral("CVE-2018-13379"));
    QVERIFY(forti);
    QCOMPARE(forti->cves, QStringList{QStringLiteral("CVE-2018-13379")});
    QCOMPARE(forti->vendor, QStringLiteral("Fortinet"));
    QCOMPARE(forti->product, QStringLiteral("FortiOS"));
    QCOMPARE(forti->products, (Pairs{{QStringLiteral("Fortinet"), QStringLiteral("FortiOS")}}));
    QVERIFY(forti->cpes.isEmpty());
    QCOMPARE(forti->title, QStringLiteral("Fortinet FortiOS SSL VPN Path Traversal Vulnerability"));
    QVERIFY(forti->description.startsWith(QStringLiteral("Fortinet FortiOS SSL VPN web portal")));
    QCOMPARE(forti->requiredAction, QStringLiteral("Apply updates per vendor instructions."));
    QCOMPARE(forti->published, QDate(2021, 11, 3));
    QCOMPARE(forti->dueDate, QDate(2022, 5, 3));
    QVERIFY(!forti->updated.isValid());
    QVERIFY(forti->knownExploited);
    QVERIFY(forti->knownRansomwareUse);
    QCOMPARE(forti->cvssScore, -1.0);
    QVERIFY(forti->cvssSeverity.isEmpty());
    // The file escapes slashes ("https:\/\/…"), as CISA's does.
    QCOMPARE(forti->notes, QStringLiteral("https://nvd.nist.gov/vuln/detail/CVE-2018-13379"));
    QCOMPARE(forti->url, QStringLiteral("https://nvd.nist.gov/vuln/detail/CVE-2018-13379"));
    QCOMPARE(forti->cwes, QStringList{QStringLiteral("CWE-22")});

    const FeedEntry *moveit = entry(feed, QStringLiteral("CVE-2023-34362"));
    QVERIFY(moveit);
    QCOMPARE(moveit->vendor, QStringLiteral("Progress"));
    QCOMPARE(moveit->product, QStringLiteral("MOVEit Transfer"));
    QCOMPARE(moveit->published, QDate(2023, 6, 2));
    QCOMPARE(moveit->dueDate, QDate(2023, 6, 23));
    QVERIFY(moveit->knownRansomwareUse);
    QVERIFY(moveit->notes.startsWith(QStringLiteral("https://community.progress.com/")));

    const FeedEntry *panos = entry(feed, QStringLiteral("CVE-2024-3400"));
    QVERIFY(panos);
    QCOMPARE(panos->vendor, QStringLiteral("Palo Alto Networks"));
    QVERIFY(panos->knownExploited);
    QVERIFY(!panos->knownRansomwareUse); // "Unknown"
    QCOMPARE(panos->requiredAction,
             QStringLiteral("Apply mitigations per vendor instructions or discontinue use of the "
                            "product if mitigations are unavailable."));

    // Without cwes and notes at all, and with empty ones.
    const FeedEntry *weblogic = entry(feed, QStringLiteral("CVE-2020-14882"));
    QVERIFY(weblogic);
    QVERIFY(weblogic->cwes.isEmpty());
    QVERIFY(weblogic->notes.isEmpty());
    const FeedEntry *apexOne = entry(feed, QStringLiteral("CVE-2022-40139"));
    QVERIFY(apexOne);
    QVERIFY(apexOne->cwes.isEmpty());
    QVERIFY(apexOne->notes.isEmpty());

    const FeedEntry *log4j = entry(feed, QStringLiteral("CVE-2021-44228"));
    QVERIFY(log4j);
    QCOMPARE(log4j->cwes, (QStringList{QStringLiteral("CWE-20"), QStringLiteral("CWE-400"),
                                       QStringLiteral("CWE-502"), QStringLiteral("CWE-917")}));

    int ransomware = 0;
    for (const FeedEntry &e : feed.entries) {
        QVERIFY(e.knownExploited);
        ransomware += e.knownRansomwareUse ? 1 : 0;
    }
    QCOMPARE(ransomware, 12);
}

void TestFeeds::jvnFixture()
{
    FeedError error;
    const Result<Feed> result = feeds::parseJvnRss(jvnBytes(), &error);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(error.kind, FeedErrorKind::None);
    const Feed &feed = result.value();
    QCOMPARE(feed.kind, FeedKind::Jvn);
    QCOMPARE(feed.title, QStringLiteral("JVN iPedia 新着脆弱性対策情報"));
    QCOMPARE(feed.version, QStringLiteral("2024-05-01T10:31+09:00"));
    QCOMPARE(feed.released.toUTC(), QDateTime(QDate(2024, 5, 1), QTime(1, 31), Qt::UTC));
    QCOMPARE(feed.entries.size(), 20);
    QCOMPARE(feed.entries.first().id, QStringLiteral("JVNDB-2024-001234"));
    QCOMPARE(feed.entries.last().id, QStringLiteral("JVNDB-2024-001100"));

    const FeedEntry *forti = entry(feed, QStringLiteral("JVNDB-2024-001234"));
    QVERIFY(forti);
    QCOMPARE(forti->title, QStringLiteral("Fortinet FortiOS における境界外書き込みに関する脆弱性"));
    QVERIFY(forti->description.startsWith(
        QStringLiteral("Fortinet FortiOS の SSL-VPN 機能には、境界外書き込みに関する脆弱性")));
    QCOMPARE(forti->cves, QStringList{QStringLiteral("CVE-2024-21762")});
    QCOMPARE(forti->vendor, QStringLiteral("fortinet"));
    QCOMPARE(forti->product, QStringLiteral("fortios"));
    QCOMPARE(forti->cpes, QStringList{QStringLiteral("cpe:/o:fortinet:fortios")});
    QCOMPARE(forti->products,
             (Pairs{{QStringLiteral("fortinet"), QStringLiteral("fortios")},
                    {QStringLiteral("フォーティネット"), QStringLiteral("FortiOS")}}));
    QCOMPARE(forti->cvssScore, 9.8);
    QCOMPARE(forti->cvssSeverity, QStringLiteral("Critical"));
    QCOMPARE(forti->cvssVersion, QStringLiteral("3.0"));
    QCOMPARE(forti->cvssVector, QStringLiteral("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    QCOMPARE(forti->published, QDate(2024, 2, 14));
    QCOMPARE(forti->updated, QDate(2024, 2, 14));
    QCOMPARE(forti->url,
             QStringLiteral("https://jvndb.jvn.jp/ja/contents/2024/JVNDB-2024-001234.html"));
    QCOMPARE(forti->cwes, QStringList{QStringLiteral("CWE-787")});
    QVERIFY(!forti->knownExploited);
    QVERIFY(!forti->knownRansomwareUse);
    QVERIFY(forti->requiredAction.isEmpty());
    QVERIFY(!forti->dueDate.isValid());

    // Two CVEs, a JVN reference that is not one, two CWEs; first published
    // and updated on different days.
    const FeedEntry *ivanti = entry(feed, QStringLiteral("JVNDB-2024-001235"));
    QVERIFY(ivanti);
    QCOMPARE(ivanti->cves,
             (QStringList{QStringLiteral("CVE-2023-46805"), QStringLiteral("CVE-2024-21887")}));
    QCOMPARE(ivanti->cwes, (QStringList{QStringLiteral("CWE-287"), QStringLiteral("CWE-77")}));
    QCOMPARE(ivanti->published, QDate(2024, 1, 12));
    QCOMPARE(ivanti->updated, QDate(2024, 1, 23));

    // An old entry revised this year: issued stays, dc:date moved.
    const FeedEntry *buffalo = entry(feed, QStringLiteral("JVNDB-2016-000128"));
    QVERIFY(buffalo);
    QCOMPARE(buffalo->published, QDate(2016, 7, 5));
    QCOMPARE(buffalo->updated, QDate(2024, 3, 27));
    QCOMPARE(buffalo->cves, QStringList{QStringLiteral("CVE-2016-4824")});
    QCOMPARE(buffalo->title,
             QStringLiteral("バッファロー製の複数の無線 LAN ルータにおけるクロスサイト"
                            "リクエストフォージェリの脆弱性"));
    QCOMPARE(buffalo->vendor, QStringLiteral("buffalo_inc"));
    QCOMPARE(buffalo->product, QStringLiteral("whr-g300n_firmware"));
    QCOMPARE(buffalo->cpes.size(), 3);
    QCOMPARE(buffalo->products.size(), 6);
    QVERIFY(buffalo->products.contains(
        {QStringLiteral("株式会社バッファロー"), QStringLiteral("WZR-HP-AG300H ファームウェア")}));

    const FeedEntry *garoon = entry(feed, QStringLiteral("JVNDB-2024-000031"));
    QVERIFY(garoon);
    QCOMPARE(garoon->cves.size(), 3);
    QCOMPARE(garoon->products,
             (Pairs{{QStringLiteral("cybozu"), QStringLiteral("garoon")},
                    {QStringLiteral("サイボウズ株式会社"), QStringLiteral("サイボウズ Garoon")}}));
    QCOMPARE(garoon->cvssSeverity, QStringLiteral("High"));
}

void TestFeeds::jvnProductsFromCpeAndAttributes()
{
    const Feed feed = feeds::parseJvnRss(jvnBytes()).value();

    // Versioned CPE URIs of one product give its ASCII pair once.
    const FeedEntry *exchange = entry(feed, QStringLiteral("JVNDB-2021-001195"));
    QVERIFY(exchange);
    QCOMPARE(exchange->cpes,
             (QStringList{QStringLiteral("cpe:/a:microsoft:exchange_server:2013"),
                          QStringLiteral("cpe:/a:microsoft:exchange_server:2016"),
                          QStringLiteral("cpe:/a:microsoft:exchange_server:2019")}));
    QCOMPARE(
        exchange->products,
        (Pairs{
            {QStringLiteral("microsoft"), QStringLiteral("exchange_server")},
            {QStringLiteral("マイクロソフト"), QStringLiteral("Microsoft Exchange Server 2013")},
            {QStringLiteral("マイクロソフト"), QStringLiteral("Microsoft Exchange Server 2016")},
            {QStringLiteral("マイクロソフト"), QStringLiteral("Microsoft Exchange Server 2019")}}));
    QCOMPARE(exchange->vendor, QStringLiteral("microsoft"));
    QCOMPARE(exchange->product, QStringLiteral("exchange_server"));

    // Three vendors in one entry.
    const FeedEntry *webp = entry(feed, QStringLiteral("JVNDB-2023-013108"));
    QVERIFY(webp);
    QCOMPARE(webp->cpes.size(), 3);
    QVERIFY(webp->products.contains({QStringLiteral("webmproject"), QStringLiteral("libwebp")}));
    QVERIFY(webp->products.contains({QStringLiteral("mozilla"), QStringLiteral("firefox")}));
    QCOMPARE(webp->vendor, QStringLiteral("google"));

    // Without a URI the attributes are the names; CPE 2.3 and percent
    // escapes are read too.
    const QByteArray bytes = jvn(jvnItem(
        "JVNDB-2024-900001",
        "<sec:cpe version=\"2.2\" vendor=\"株式会社サンプル\" product=\"サンプル製品\"></sec:cpe>\n"
        "<sec:cpe version=\"2.3\" vendor=\"X\" "
        "product=\"Y\">cpe:2.3:a:acme\\:labs:road_runner:1.0:*:*:*:*:*:*:*</sec:cpe>\n"
        "<sec:cpe version=\"2.2\">cpe:/a:at%26t:vpn%20client</sec:cpe>\n"));
    const Result<Feed> parsed = feeds::parseJvnRss(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const FeedEntry &e = parsed->entries.at(0);
    QCOMPARE(e.vendor, QStringLiteral("株式会社サンプル"));
    QCOMPARE(e.product, QStringLiteral("サンプル製品"));
    QCOMPARE(e.cpes.size(), 2);
    QCOMPARE(e.products,
             (Pairs{{QStringLiteral("株式会社サンプル"), QStringLiteral("サンプル製品")},
                    {QStringLiteral("acme:labs"), QStringLiteral("road_runner")},
                    {QStringLiteral("X"), QStringLiteral("Y")},
                    {QStringLiteral("at&t"), QStringLiteral("vpn client")}}));
}

void TestFeeds::jvnCvssChoice()
{
    const Feed feed = feeds::parseJvnRss(jvnBytes()).value();
    struct Expected
    {
        const char *id;
        double score;
        const char *severity;
        const char *version;
    };
    const Expected expected[] = {
        {"JVNDB-2016-000128", 5.1, "Medium", "2.0"},   // only 2.0, severity "M"
        {"JVNDB-2021-010234", 9.8, "Critical", "3.0"}, // 2.0 "H" first, then 3.0
        {"JVNDB-2021-001195", 9.8, "Critical", "3.0"}, // 3.0 first, then 2.0
        {"JVNDB-2024-001100", 9.8, "Critical", "3.0"}, // 3.0 wins over a higher 2.0 score
        {"JVNDB-2024-004012", 9.3, "Critical", "4.0"}, // 4.0 wins over a higher 3.1 score
        {"JVNDB-2024-003890", 6.5, "Medium", "3.0"},
        {"JVNDB-2024-002222", -1, "", ""}, // none given
    };
    for (const Expected &x : expected) {
        const FeedEntry *e = entry(feed, QString::fromLatin1(x.id));
        QVERIFY2(e, x.id);
        QCOMPARE(e->cvssScore, x.score);
        QCOMPARE(e->cvssSeverity, QString::fromLatin1(x.severity));
        QCOMPARE(e->cvssVersion, QString::fromLatin1(x.version));
    }

    // Single letters are spelled out; other words keep their text. A
    // Temporal score does not replace the Base one.
    const QByteArray bytes = jvn(
        jvnItem("JVNDB-2024-900002",
                "<sec:cvss version=\"2.0\" score=\"4.3\" severity=\"l\" type=\"Base\"/>\n") +
        jvnItem("JVNDB-2024-900003",
                "<sec:cvss version=\"3.0\" score=\"0.0\" severity=\"None\" type=\"Base\"/>\n") +
        jvnItem("JVNDB-2024-900004",
                "<sec:cvss version=\"3.0\" score=\"7.5\" severity=\"high\" type=\"Base\"/>\n"
                "<sec:cvss version=\"3.1\" score=\"7.0\" severity=\"High\" "
                "type=\"Temporal\"/>\n") +
        jvnItem("JVNDB-2024-900005",
                "<sec:cvss version=\"3.0\" score=\"n/a\" severity=\"要確認\" type=\"Base\"/>\n"));
    const Result<Feed> parsed = feeds::parseJvnRss(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->entries.at(0).cvssSeverity, QStringLiteral("Low"));
    QCOMPARE(parsed->entries.at(0).cvssScore, 4.3);
    QCOMPARE(parsed->entries.at(1).cvssSeverity, QStringLiteral("None"));
    QCOMPARE(parsed->entries.at(1).cvssScore, 0.0);
    QCOMPARE(parsed->entries.at(2).cvssSeverity, QStringLiteral("High"));
    QCOMPARE(parsed->entries.at(2).cvssVersion, QStringLiteral("3.0"));
    QCOMPARE(parsed->entries.at(2).cvssScore, 7.5);
    QCOMPARE(parsed->entries.at(3).cvssSeverity, QStringLiteral("要確認"));
    QCOMPARE(parsed->entries.at(3).cvssScore, -1.0);
}

void TestFeeds::jvnCvesDeduplicated()
{
    // The fixture names CVE-2023-34362 three times (CVE twice, NVD once),
    // one in lower case, and one only in its URL.
    const Feed feed = feeds::parseJvnRss(jvnBytes()).value();
    const FeedEntry *moveit = entry(feed, QStringLiteral("JVNDB-2023-007890"));
    QVERIFY(moveit);
    QCOMPARE(moveit->cves,
             (QStringList{QStringLiteral("CVE-2023-34362"), QStringLiteral("CVE-2023-35036"),
                          QStringLiteral("CVE-2023-35708")}));
    QCOMPARE(moveit->cwes, QStringList{QStringLiteral("CWE-89")});

    // A reference of another source with a non-CVE id adds nothing.
    const Result<Feed> parsed = feeds::parseJvnRss(jvn(jvnItem(
        "JVNDB-2024-900006",
        "<sec:references source=\"JVN\" id=\"JVNVU#12345678\">https://jvn.jp/vu/JVNVU12345678/"
        "</sec:references>\n"
        "<sec:references source=\"CVE\" id=\" cve-2024-0001 \">x</sec:references>\n"
        "<sec:references source=\"NVD\" id=\"CVE-2024-0001\">y</sec:references>\n"
        "<sec:references source=\"CVE\" id=\"CVE-2024-1\">malformed</sec:references>\n")));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->entries.at(0).cves, QStringList{QStringLiteral("CVE-2024-0001")});
}

void TestFeeds::detectionByContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The names lie on purpose.
    const QString kevPath = QDir(dir.path()).filePath(QStringLiteral("feed.xml"));
    const QString jvnPath = QDir(dir.path()).filePath(QStringLiteral("known_exploited.json"));
    QVERIFY(test::writeFile(kevPath, kevBytes()));
    QVERIFY(test::writeFile(jvnPath, jvnBytes()));

    const Result<Feed> kev = feeds::readFeedFile(kevPath);
    QVERIFY2(kev.ok(), qPrintable(kev.error()));
    QCOMPARE(kev->kind, FeedKind::Kev);
    QCOMPARE(kev->entries.size(), 29);
    const Result<Feed> jvnFeed = feeds::readFeedFile(jvnPath);
    QVERIFY2(jvnFeed.ok(), qPrintable(jvnFeed.error()));
    QCOMPARE(jvnFeed->kind, FeedKind::Jvn);
    QCOMPARE(jvnFeed->entries.size(), 20);

    // parseFeed gives what the format's own parser gives.
    QCOMPARE(describe(feeds::parseFeed(kevBytes()).value()),
             describe(feeds::parseKev(kevBytes()).value()));
    QCOMPARE(describe(feeds::parseFeed(jvnBytes()).value()),
             describe(feeds::parseJvnRss(jvnBytes()).value()));

    // Each parser refuses the other format rather than guessing.
    FeedError error;
    QVERIFY(!feeds::parseKev(jvnBytes(), &error).ok());
    QCOMPARE(error.kind, FeedErrorKind::NotAFeed);
    QCOMPARE(error.message,
             QStringLiteral("The file is not JSON, so it is not a CISA KEV catalogue."));
    QVERIFY(!feeds::parseJvnRss(kevBytes(), &error).ok());
    QCOMPARE(error.kind, FeedErrorKind::NotAFeed);
    QCOMPARE(error.message,
             QStringLiteral("The file is not XML, so it is not a JVN feed (JVNRSS)."));
}

void TestFeeds::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FeedErrorKind>("kind");
    QTest::addColumn<QString>("message");

    const QString neither = QStringLiteral(
        "The file is neither a CISA KEV catalogue (JSON) nor a JVN iPedia feed (JVNRSS XML).");
    const QString webPage = QStringLiteral(
        "The file is a web page (HTML), not a feed. Save the feed file itself (the JSON or RSS "
        "link on the page), not the page.");
    const QString empty = QStringLiteral("The file is empty.");

    QTest::newRow("empty") << QByteArray() << FeedErrorKind::Empty << empty;
    QTest::newRow("white space") << QByteArray(" \r\n\t\n") << FeedErrorKind::Empty << empty;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF\n") << FeedErrorKind::Empty << empty;
    QTest::newRow("text") << QByteArray("Known exploited vulnerabilities, see the website.\n")
                          << FeedErrorKind::NotAFeed << neither;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xFF\xFE", 5) << FeedErrorKind::NotAFeed
                            << neither;
    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n")
                         << FeedErrorKind::NotAFeed
                         << QStringLiteral("The file is a PDF document, not a CISA KEV catalogue "
                                           "(JSON) or a JVN iPedia feed (JVNRSS XML).");
    QTest::newRow("ZIP") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << FeedErrorKind::NotAFeed
                         << QStringLiteral("The file is compressed (ZIP or gzip): extract the "
                                           "feed from it first.");
    QTest::newRow("KEV as CSV")
        << QByteArray("cveID,vendorProject,product,vulnerabilityName,dateAdded\r\n"
                      "CVE-2024-3400,Palo Alto Networks,PAN-OS,x,2024-04-12\r\n")
        << FeedErrorKind::NotAFeed
        << QStringLiteral("The file is the CSV edition of the KEV catalogue; Kamae reads the JSON "
                          "edition (known_exploited_vulnerabilities.json).");
    QTest::newRow("HTML page")
        << QByteArray("<!DOCTYPE html>\n<html lang=\"ja\">\n<head><title>JVN iPedia</title>"
                      "</head>\n<body><p>脆弱性対策情報データベース</p></body></html>\n")
        << FeedErrorKind::WebPage << webPage;
    QTest::newRow("HTML page, lower-case doctype")
        << QByteArray("\xEF\xBB\xBF<!doctype html><html><body>KEV</body></html>")
        << FeedErrorKind::WebPage << webPage;
    QTest::newRow("HTML page without doctype")
        << QByteArray("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                      "<body/></html>")
        << FeedErrorKind::WebPage << webPage;
    QTest::newRow("other JSON") << QByteArray("{\"name\": \"kamae\", \"version\": \"0.1.0\"}")
                                << FeedErrorKind::NotAFeed
                                << QStringLiteral(
                                       "The JSON file is not a CISA KEV catalogue: it has neither "
                                       "catalogVersion nor vulnerabilities.");
    QTest::newRow("JSON list")
        << QByteArray("[{\"cveID\": \"CVE-2024-3400\"}]") << FeedErrorKind::NotAFeed
        << QStringLiteral("The JSON file is not a CISA KEV catalogue: it holds a list, not the "
                          "catalogue object.");

    QJsonObject noList = kevObject();
    noList.remove(QStringLiteral("vulnerabilities"));
    QTest::newRow("KEV without vulnerabilities")
        << json(noList) << FeedErrorKind::InvalidContent
        << QStringLiteral("The KEV catalogue has no vulnerabilities list.");
    QJsonObject notList = kevObject();
    notList.insert(QStringLiteral("vulnerabilities"), QJsonObject{});
    QTest::newRow("KEV with vulnerabilities not a list")
        << json(notList) << FeedErrorKind::InvalidContent
        << QStringLiteral("The vulnerabilities of the KEV catalogue are not a list.");
    QJsonObject noVersion = kevObject();
    noVersion.remove(QStringLiteral("catalogVersion"));
    QTest::newRow("KEV without catalogVersion")
        << json(noVersion) << FeedErrorKind::InvalidContent
        << QStringLiteral("The KEV catalogue has no catalogVersion.");

    const QByteArray malformed =
        QByteArray(kevBytes()).replace("\"product\": \"FortiOS\",", "\"product\": \"FortiOS\";");
    // Qt reports the byte after the one it could not take, in its words.
    const qsizetype afterSemicolon = malformed.indexOf("\"FortiOS\";") + 10;
    QTest::newRow("KEV malformed")
        << malformed << FeedErrorKind::Malformed
        << QStringLiteral("The file is not valid JSON: unterminated object at byte %1 (line 10).")
               .arg(afterSemicolon);

    QTest::newRow("XML of another kind")
        << QByteArray("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>\n")
        << FeedErrorKind::NotAFeed
        << QStringLiteral("The XML file is not a JVN feed: it starts with <rss>, a JVN feed with "
                          "<rdf:RDF>.");
    QTest::newRow("RSS 1.0 without the JVN module")
        << QByteArray("<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\" "
                      "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                      "<channel/></rdf:RDF>")
        << FeedErrorKind::NotAFeed
        << QStringLiteral("The RSS file is not a JVN feed: it does not declare the JVN sec: "
                          "module (http://jvn.jp/rss/mod_sec/ or "
                          "http://jvn.jp/rss/mod_sec/3.0/).");
    QTest::newRow("another JVN module version")
        << QByteArray(jvnBytes())
               .replace("http://jvn.jp/rss/mod_sec/3.0/", "http://jvn.jp/rss/mod_sec/2.0/")
        << FeedErrorKind::NotAFeed
        << QStringLiteral("The feed uses the JVN sec: module http://jvn.jp/rss/mod_sec/2.0/; Kamae "
                          "reads http://jvn.jp/rss/mod_sec/ (JVNRSS 2.0) and "
                          "http://jvn.jp/rss/mod_sec/3.0/.");
    QTest::newRow("XML not well-formed")
        << jvn("<channel><title>x</titel></channel>\n") << FeedErrorKind::Malformed
        << QStringLiteral("Line 7, column 25: the file is not well-formed XML (Opening and ending "
                          "tag mismatch.).");
}

void TestFeeds::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FeedErrorKind, kind);
    QFETCH(QString, message);

    FeedError error;
    const Result<Feed> result = feeds::parseFeed(bytes, &error);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), message);
    QCOMPARE(error.message, message);
    QCOMPARE(error.kind, kind);

    // The same from a file, whatever it is called.
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("feed.rdf"));
    QVERIFY(test::writeFile(path, bytes));
    FeedError fileError;
    QVERIFY(!feeds::readFeedFile(path, &fileError).ok());
    QCOMPARE(fileError.message, message);
    QCOMPARE(fileError.kind, kind);
}

void TestFeeds::kevEntryErrorsNameTheEntry()
{
    struct Case
    {
        int index;
        const char *key;
        QJsonValue value;
        const char *message;
    };
    const Case cases[] = {
        {1, "cveID", QStringLiteral("CVE-20-1472"),
         "Entry 2 of the KEV catalogue has the cveID \"CVE-20-1472\", which is not a CVE id "
         "like CVE-2024-12345."},
        {4, "cveID", QStringLiteral("CVE-2020-148x2"),
         "Entry 5 of the KEV catalogue has the cveID \"CVE-2020-148x2\", which is not a CVE id "
         "like CVE-2024-12345."},
        {6, "cveID", QStringLiteral("2021-20016"),
         "Entry 7 of the KEV catalogue has the cveID \"2021-20016\", which is not a CVE id like "
         "CVE-2024-12345."},
        {2, "cveID", QJsonValue::Undefined, "Entry 3 of the KEV catalogue has no cveID."},
        {3, "cveID", QStringLiteral(""), "Entry 4 of the KEV catalogue has no cveID."},
        {0, "dateAdded", QStringLiteral("2021/11/03"),
         "CVE-2018-13379 (entry 1 of the KEV catalogue): dateAdded \"2021/11/03\" is not a date "
         "like 2024-05-01."},
        {9, "dateAdded", QStringLiteral("2021-12-32"),
         "CVE-2021-44228 (entry 10 of the KEV catalogue): dateAdded \"2021-12-32\" is not a date "
         "like 2024-05-01."},
        {28, "dateAdded", QJsonValue::Undefined,
         "CVE-2024-3400 (entry 29 of the KEV catalogue) has no dateAdded."},
        {16, "dueDate", QStringLiteral("next week"),
         "CVE-2023-34362 (entry 17 of the KEV catalogue): dueDate \"next week\" is not a date "
         "like 2024-05-22."},
    };
    for (const Case &c : cases) {
        FeedError error;
        const Result<Feed> result =
            feeds::parseFeed(kevWith(c.index, QString::fromLatin1(c.key), c.value), &error);
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), QString::fromUtf8(c.message));
        QCOMPARE(error.kind, FeedErrorKind::InvalidContent);
    }
    // An entry that is not an object.
    QJsonObject root = kevObject();
    QJsonArray list = root.value(QLatin1String("vulnerabilities")).toArray();
    list.insert(3, QStringLiteral("CVE-2024-0001"));
    root.insert(QStringLiteral("vulnerabilities"), list);
    QCOMPARE(feeds::parseKev(json(root)).error(),
             QStringLiteral("Entry 4 of the KEV catalogue is not an object."));

    // Tolerated: a lower-case or padded id, an empty dueDate.
    const Result<Feed> lower =
        feeds::parseKev(kevWith(9, QStringLiteral("cveID"), QStringLiteral(" cve-2021-44228 ")));
    QVERIFY2(lower.ok(), qPrintable(lower.error()));
    QCOMPARE(lower->entries.at(9).id, QStringLiteral("CVE-2021-44228"));
    const Result<Feed> noDue =
        feeds::parseKev(kevWith(9, QStringLiteral("dueDate"), QStringLiteral("")));
    QVERIFY2(noDue.ok(), qPrintable(noDue.error()));
    QVERIFY(!noDue->entries.at(9).dueDate.isValid());
}

void TestFeeds::jvnTruncatedNamesTheLine()
{
    const QByteArray full = jvnBytes();
    // Cuts inside an item, inside a tag, inside the channel, and just before
    // the closing root tag.
    const qsizetype cuts[] = {full.size() / 2, full.indexOf("<sec:cvss", full.size() / 3) + 12,
                              full.indexOf("<rdf:Seq>") + 40, full.lastIndexOf("</rdf:RDF>")};
    for (const qsizetype cut : cuts) {
        const QByteArray truncated = full.left(cut);
        const int line = static_cast<int>(truncated.count('\n')) + 1;
        FeedError error;
        const Result<Feed> result = feeds::parseFeed(truncated, &error);
        QVERIFY(!result.ok());
        QCOMPARE(error.kind, FeedErrorKind::Truncated);
        QCOMPARE(error.line, line);
        QCOMPARE(result.error(),
                 QStringLiteral("Line %1: the feed ends before its XML is complete: the file is "
                                "incomplete, perhaps a download that was cut off. Download it "
                                "again.")
                     .arg(line));
    }

    // The KEV catalogue cut in the middle: Qt reports the end as the place.
    const QByteArray kev = kevBytes();
    for (const qsizetype cut : {kev.size() / 2, kev.size() - 3, qsizetype(1)}) {
        const QByteArray truncated = kev.left(cut);
        FeedError error;
        const Result<Feed> result = feeds::parseFeed(truncated, &error);
        QVERIFY(!result.ok());
        QCOMPARE(error.kind, FeedErrorKind::Truncated);
        QVERIFY2(result.error().startsWith(QStringLiteral("The JSON ends early, at byte ")),
                 qPrintable(result.error()));
        QVERIFY2(result.error().endsWith(
                     QStringLiteral(": the file is incomplete, perhaps a download that was cut "
                                    "off. Download it again.")),
                 qPrintable(result.error()));
        QCOMPARE(error.line, static_cast<int>(truncated.count('\n')) + 1);
    }
    FeedError error;
    const QByteArray half = kev.left(kev.size() / 2);
    QVERIFY(!feeds::parseKev(half, &error).ok());
    // Cut inside a string, where Qt reports one byte past the end.
    QVERIFY(half.endsWith("Microsof"));
    QCOMPARE(error.message,
             QStringLiteral("The JSON ends early, at byte %1 (line 227): the file is incomplete, "
                            "perhaps a download that was cut off. Download it again.")
                 .arg(half.size()));
}

void TestFeeds::jvnItemWithoutIdentifierNamesTheLine()
{
    const QByteArray full = jvnBytes();
    QByteArray bytes = full;
    bytes.replace("<sec:identifier>JVNDB-2024-000031</sec:identifier>\n", "");
    QVERIFY(bytes.size() < full.size());
    const int line = lineOf(bytes, "<item rdf:about=\"https://jvndb.jvn.jp/ja/contents/2024/"
                                   "JVNDB-2024-000031.html\">");
    QVERIFY(line > 1);

    FeedError error;
    const Result<Feed> result = feeds::parseFeed(bytes, &error);
    QVERIFY(!result.ok());
    QCOMPARE(error.kind, FeedErrorKind::InvalidContent);
    QCOMPARE(error.line, line);
    QCOMPARE(result.error(),
             QStringLiteral("Line %1: the item "
                            "\"https://jvndb.jvn.jp/ja/contents/2024/JVNDB-2024-000031.html\" has "
                            "no sec:identifier.")
                 .arg(line));

    // An empty identifier is none; without rdf:about the title names it.
    const QByteArray empty = jvn("<item>\n<title>タイトルだけ</title>\n"
                                 "<sec:identifier> </sec:identifier>\n</item>\n");
    QCOMPARE(feeds::parseJvnRss(empty).error(),
             QStringLiteral("Line 7: the item \"タイトルだけ\" has no sec:identifier."));
}

void TestFeeds::jvnDoctypeRefusedBeforeExpansion()
{
    // Billion laughs: expanded, this would be gigabytes.
    QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY a0 \"lol\">\n";
    for (int i = 1; i <= 12; ++i)
        bomb += QStringLiteral("<!ENTITY a%1 \"%2\">\n")
                    .arg(i)
                    .arg(QStringLiteral("&a%1;").arg(i - 1).repeated(10))
                    .toLatin1();
    bomb += "]>\n";
    const QByteArray bytes =
        bomb + QByteArray(jvn(jvnItem("JVNDB-2024-900007")))
                   .replace("<title>t</title>", "<title>&a12;</title>")
                   .mid(int(sizeof("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")));
    QElapsedTimer timer;
    timer.start();
    FeedError error;
    const Result<Feed> result = feeds::parseFeed(bytes, &error);
    QVERIFY(!result.ok());
    QCOMPARE(error.kind, FeedErrorKind::NotAFeed);
    QCOMPARE(error.line, 2);
    QCOMPARE(result.error(), QStringLiteral("Line 2: the XML file has a DOCTYPE, which JVN feeds "
                                            "do not have: it is not a JVN feed."));
    QVERIFY2(timer.elapsed() < 5000, "the DOCTYPE must be refused before anything expands");

    // A harmless-looking one is refused the same way.
    QByteArray plain = jvnBytes();
    plain.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE rdf:RDF SYSTEM "
                  "\"file:///etc/passwd\">\n");
    QVERIFY(!feeds::parseJvnRss(plain, &error).ok());
    QCOMPARE(error.kind, FeedErrorKind::NotAFeed);
    QCOMPARE(error.line, 2);
}

void TestFeeds::sizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("kev.json"));
    const QByteArray bytes = kevBytes();
    QVERIFY(test::writeFile(path, bytes));

    // Exactly at the limit is read; one byte over is not.
    QVERIFY(feeds::readFeedFile(path, nullptr, bytes.size()).ok());
    FeedError error;
    const Result<Feed> over = feeds::readFeedFile(path, &error, bytes.size() - 1);
    QVERIFY(!over.ok());
    QCOMPARE(error.kind, FeedErrorKind::TooLarge);
    QCOMPARE(
        over.error(),
        QStringLiteral("%1 is larger than %2, too large for a vulnerability feed.")
            .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(bytes.size() - 1)));

    // The real limit, with a sparse file (without a limit, its zeros would
    // be "neither format").
    const QString huge = QDir(dir.path()).filePath(QStringLiteral("huge.rdf"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(feeds::kMaxFeedFileBytes + 1));
    }
    const Result<Feed> tooLarge = feeds::readFeedFile(huge, &error);
    QVERIFY(!tooLarge.ok());
    QCOMPARE(error.kind, FeedErrorKind::TooLarge);
    QVERIFY2(tooLarge.error().contains(QStringLiteral("512")), qPrintable(tooLarge.error()));
}

void TestFeeds::onlyRegularFilesAreRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray kev = kevBytes();

    // A device never ends: refused before a byte is read, whatever the
    // limit (with the old reader /dev/zero filled the limit first).
    for (const char *device : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
        const QString path = QString::fromLatin1(device);
        if (!QFileInfo::exists(path))
            continue;
        FeedError error;
        QVERIFY(!feeds::readFeedFile(path, &error, 1024 * 1024).ok());
        QCOMPARE(error.kind, FeedErrorKind::Unreadable);
        QCOMPARE(error.message,
                 QStringLiteral("%1 is a device, not a file: Kamae reads only ordinary files.")
                     .arg(path));
    }

    // A FIFO is refused at once, not waited on. The writer offers the
    // catalogue for two seconds: a reader that waits for it (the old one)
    // reads it and the test fails; one that refuses is not kept waiting.
    const QString fifo = QDir(dir.path()).filePath(QStringLiteral("feed.pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    std::signal(SIGPIPE, SIG_IGN);
    std::thread writer([path = QFile::encodeName(fifo), kev]() {
        QElapsedTimer waited;
        waited.start();
        int fd = -1;
        // Without a reader, a non-blocking open for writing fails (ENXIO).
        while (fd < 0 && waited.elapsed() < 2000) {
            fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK);
            if (fd < 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        if (fd < 0)
            return;
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        qsizetype written = 0;
        while (written < kev.size()) {
            const ssize_t n =
                ::write(fd, kev.constData() + written, static_cast<size_t>(kev.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        ::close(fd);
    });
    FeedError error;
    const Result<Feed> fromFifo = feeds::readFeedFile(fifo, &error);
    writer.join();
    QVERIFY(!fromFifo.ok());
    QCOMPARE(error.kind, FeedErrorKind::Unreadable);
    QCOMPARE(error.message,
             QStringLiteral("%1 is a named pipe (FIFO), not a file: Kamae reads only ordinary "
                            "files. Save the data to a file first.")
                 .arg(fifo));

    // A socket.
    const QString socketPath = QDir(dir.path()).filePath(QStringLiteral("feed.sock"));
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(sock >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    QVERIFY(static_cast<size_t>(encoded.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, encoded.constData(), static_cast<size_t>(encoded.size()));
    QCOMPARE(::bind(sock, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    QVERIFY(!feeds::readFeedFile(socketPath, &error).ok());
    ::close(sock);
    QCOMPARE(error.kind, FeedErrorKind::Unreadable);
    QCOMPARE(error.message,
             QStringLiteral("%1 is a socket, not a file: Kamae reads only ordinary files.")
                 .arg(socketPath));

    // A link to a regular file is that file; a link to a device is a device.
    const QString real = QDir(dir.path()).filePath(QStringLiteral("kev.json"));
    QVERIFY(test::writeFile(real, kev));
    const QString link = QDir(dir.path()).filePath(QStringLiteral("latest.json"));
    QVERIFY(QFile::link(real, link));
    const Result<Feed> viaLink = feeds::readFeedFile(link);
    QVERIFY2(viaLink.ok(), qPrintable(viaLink.error()));
    QCOMPARE(viaLink->entries.size(), 29);
    const QString deviceLink = QDir(dir.path()).filePath(QStringLiteral("zero.json"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), deviceLink));
    QVERIFY(!feeds::readFeedFile(deviceLink, &error).ok());
    QCOMPARE(error.message,
             QStringLiteral("%1 is a device, not a file: Kamae reads only ordinary files.")
                 .arg(deviceLink));
}

void TestFeeds::unreadableFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FeedError error;
    const QString missing = QDir(dir.path()).filePath(QStringLiteral("missing.json"));
    const Result<Feed> result = feeds::readFeedFile(missing, &error);
    QVERIFY(!result.ok());
    QCOMPARE(error.kind, FeedErrorKind::Unreadable);
    QCOMPARE(result.error(),
             QStringLiteral("There is no file at %1.").arg(QDir::toNativeSeparators(missing)));

    QVERIFY(!feeds::readFeedFile(dir.path(), &error).ok());
    QCOMPARE(error.kind, FeedErrorKind::Unreadable);
    QCOMPARE(
        error.message,
        QStringLiteral("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(dir.path())));

    const QString empty = QDir(dir.path()).filePath(QStringLiteral("empty.json"));
    QVERIFY(test::writeFile(empty, {}));
    QVERIFY(!feeds::readFeedFile(empty, &error).ok());
    QCOMPARE(error.kind, FeedErrorKind::Empty);
}

void TestFeeds::bomAndCrlfTolerated()
{
    const QStringList kev = describe(feeds::parseKev(kevBytes()).value());
    const Result<Feed> kevCrlf = feeds::parseFeed(withCrlfAndBom(kevBytes()));
    QVERIFY2(kevCrlf.ok(), qPrintable(kevCrlf.error()));
    QCOMPARE(describe(kevCrlf.value()), kev);

    const QStringList jvnPlain = describe(feeds::parseJvnRss(jvnBytes()).value());
    const Result<Feed> jvnCrlf = feeds::parseFeed(withCrlfAndBom(jvnBytes()));
    QVERIFY2(jvnCrlf.ok(), qPrintable(jvnCrlf.error()));
    QCOMPARE(describe(jvnCrlf.value()), jvnPlain);

    // A feed saved in another encoding says so in its XML declaration.
    QStringEncoder toShiftJis("windows-31j");
    QByteArray shiftJis = toShiftJis.encode(QString::fromUtf8(jvnBytes()));
    QVERIFY(!toShiftJis.hasError());
    shiftJis.replace("encoding=\"UTF-8\"", "encoding=\"Shift_JIS\"");
    const Result<Feed> jvnShiftJis = feeds::parseFeed(shiftJis);
    QVERIFY2(jvnShiftJis.ok(), qPrintable(jvnShiftJis.error()));
    QCOMPARE(describe(jvnShiftJis.value()), jvnPlain);

    // Line numbers still count CRLF as one line end.
    QByteArray bytes = withCrlfAndBom(jvnBytes());
    bytes.replace("<sec:identifier>JVNDB-2024-003890</sec:identifier>\r\n", "");
    FeedError error;
    QVERIFY(!feeds::parseFeed(bytes, &error).ok());
    QCOMPARE(error.line, lineOf(bytes, "JVNDB-2024-003890.html\">"));

    // A JSON error offset counts the BOM, as an editor showing bytes would.
    const QByteArray broken = QByteArray("{\"catalogVersion\": 1,, }");
    QCOMPARE(
        feeds::parseKev(broken).error(),
        QStringLiteral("The file is not valid JSON: unterminated object at byte 22 (line 1)."));
    QCOMPARE(
        feeds::parseKev("\xEF\xBB\xBF" + broken).error(),
        QStringLiteral("The file is not valid JSON: unterminated object at byte 25 (line 1)."));
}

void TestFeeds::namespacesNotPrefixes()
{
    const QStringList expected = describe(feeds::parseJvnRss(jvnBytes()).value());

    // Other prefixes for the same namespaces, and RSS under a prefix.
    QByteArray renamed = jvnBytes();
    renamed.replace("xmlns:sec=", "xmlns:vuln=")
        .replace("<sec:", "<vuln:")
        .replace("</sec:", "</vuln:")
        .replace("xmlns:dcterms=", "xmlns:t=")
        .replace("<dcterms:", "<t:")
        .replace("</dcterms:", "</t:")
        .replace("<item ", "<rss:item ")
        .replace("</item>", "</rss:item>")
        .replace("<title>", "<rss:title>")
        .replace("</title>", "</rss:title>");
    QVERIFY(!renamed.contains("<sec:"));
    const Result<Feed> result = feeds::parseJvnRss(renamed);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(describe(result.value()), expected);

    // The right names in the wrong namespace are not JVN's.
    const QByteArray decoy =
        jvn("<item rdf:about=\"x\" xmlns:other=\"urn:example:other\">\n<title>t</title>\n"
            "<other:identifier>JVNDB-2024-900008</other:identifier>\n"
            "<identifier>JVNDB-2024-900008</identifier>\n</item>\n");
    FeedError error;
    QVERIFY(!feeds::parseJvnRss(decoy, &error).ok());
    QCOMPARE(error.message, QStringLiteral("Line 7: the item \"x\" has no sec:identifier."));

    // An item outside the RSS namespace is not an item.
    const Result<Feed> foreign = feeds::parseJvnRss(
        jvn("<x:item xmlns:x=\"urn:example:other\"><sec:identifier>JVNDB-2024-900009"
            "</sec:identifier></x:item>\n"));
    QVERIFY2(foreign.ok(), qPrintable(foreign.error()));
    QCOMPARE(foreign->entries.size(), 0);
}

void TestFeeds::unknownFieldsIgnored()
{
    const QStringList kev = describe(feeds::parseKev(kevBytes()).value());
    QJsonObject root = kevObject();
    root.insert(QStringLiteral("schemaVersion"), QStringLiteral("2.0"));
    root.insert(QStringLiteral("publisher"), QJsonObject{{QStringLiteral("name"), 1}});
    QJsonArray list = root.value(QLatin1String("vulnerabilities")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject o = list.at(i).toObject();
        o.insert(QStringLiteral("exploitMaturity"), QJsonArray{1, 2, 3});
        o.insert(QStringLiteral("cvssV3"), 9.8);
        list.replace(i, o);
    }
    root.insert(QStringLiteral("vulnerabilities"), list);
    const Result<Feed> grown = feeds::parseKev(json(root));
    QVERIFY2(grown.ok(), qPrintable(grown.error()));
    QCOMPARE(describe(grown.value()), kev);

    const QStringList jvnPlain = describe(feeds::parseJvnRss(jvnBytes()).value());
    QByteArray more = jvnBytes();
    more.replace("<dc:date>", "<sec:exploit status=\"unknown\"><sec:detail>新しい要素</sec:detail>"
                              "</sec:exploit>\n<x:y xmlns:x=\"urn:future\" a=\"b\"/>\n<dc:date>");
    more.replace("<channel ", "<x:preface xmlns:x=\"urn:future\">前書き</x:preface>\n<channel ");
    more.replace("<sec:cvss ", "<sec:cvss extra=\"1\" ");
    const Result<Feed> grownJvn = feeds::parseJvnRss(more);
    QVERIFY2(grownJvn.ok(), qPrintable(grownJvn.error()));
    QCOMPARE(describe(grownJvn.value()), jvnPlain);
}

void TestFeeds::emptyFeedsAreReturned()
{
    QJsonObject root = kevObject();
    root.insert(QStringLiteral("vulnerabilities"), QJsonArray{});
    const Result<Feed> kev = feeds::parseFeed(json(root));
    QVERIFY2(kev.ok(), qPrintable(kev.error()));
    QCOMPARE(kev->kind, FeedKind::Kev);
    QCOMPARE(kev->version, QStringLiteral("2024.05.01"));
    QCOMPARE(kev->entries.size(), 0);

    const Result<Feed> jvnFeed = feeds::parseFeed(
        jvn("<channel rdf:about=\"x\"><title>JVN iPedia</title>"
            "<dc:date>2024-05-01T10:31+09:00</dc:date><items><rdf:Seq/></items></channel>\n"));
    QVERIFY2(jvnFeed.ok(), qPrintable(jvnFeed.error()));
    QCOMPARE(jvnFeed->kind, FeedKind::Jvn);
    QCOMPARE(jvnFeed->title, QStringLiteral("JVN iPedia"));
    QCOMPARE(jvnFeed->version, QStringLiteral("2024-05-01T10:31+09:00"));
    QCOMPARE(jvnFeed->entries.size(), 0);
}

void TestFeeds::repeatedIdsKeptOnce()
{
    QJsonObject root = kevObject();
    QJsonArray list = root.value(QLatin1String("vulnerabilities")).toArray();
    QJsonObject copy = list.at(0).toObject();
    copy.insert(QStringLiteral("product"), QStringLiteral("second copy"));
    list.append(copy);
    root.insert(QStringLiteral("vulnerabilities"), list);
    const Result<Feed> kev = feeds::parseKev(json(root));
    QVERIFY2(kev.ok(), qPrintable(kev.error()));
    QCOMPARE(kev->entries.size(), 29);
    QCOMPARE(entry(kev.value(), QStringLiteral("CVE-2018-13379"))->product,
             QStringLiteral("FortiOS"));

    const Result<Feed> jvnFeed = feeds::parseJvnRss(
        jvn(jvnItem("JVNDB-2024-900010", "<link>first</link>\n") + jvnItem("JVNDB-2024-900011") +
            jvnItem("JVNDB-2024-900010", "<link>second</link>\n")));
    QVERIFY2(jvnFeed.ok(), qPrintable(jvnFeed.error()));
    QCOMPARE(jvnFeed->entries.size(), 2);
    QCOMPARE(jvnFeed->entries.at(0).url, QStringLiteral("first"));
}

void TestFeeds::jvnVersionFallsBackToNewestItem()
{
    const Result<Feed> result = feeds::parseJvnRss(
        jvn("<channel rdf:about=\"x\"><title>no date</title></channel>\n" +
            jvnItem("JVNDB-2024-900012", "<dc:date>2024-03-02T09:00+09:00</dc:date>\n") +
            jvnItem("JVNDB-2024-900013", "<dcterms:issued>2024-01-05</dcterms:issued>\n"
                                         "<dcterms:modified>2024-04-30T23:59+09:00"
                                         "</dcterms:modified>\n") +
            jvnItem("JVNDB-2024-900014", "<dcterms:issued>2024-02-01T10:00+09:00"
                                         "</dcterms:issued>\n")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->version, QStringLiteral("2024-04-30"));
    QVERIFY(!result->released.isValid());
    // dc:date alone is both dates; the day stays the one written in JST.
    QCOMPARE(result->entries.at(0).published, QDate(2024, 3, 2));
    QCOMPARE(result->entries.at(0).updated, QDate(2024, 3, 2));
    QCOMPARE(result->entries.at(1).published, QDate(2024, 1, 5));
    QCOMPARE(result->entries.at(1).updated, QDate(2024, 4, 30));
    QCOMPARE(result->entries.at(2).published, QDate(2024, 2, 1));
    QVERIFY(!result->entries.at(2).updated.isValid());
}

void TestFeeds::largeKev()
{
    const QByteArray bytes = makeKev(1500);
    const Result<Feed> result = feeds::parseFeed(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->entries.size(), 1500);
    QCOMPARE(result->entries.at(1499).id, QStringLiteral("CVE-2024-11499"));
    QCOMPARE(result->entries.at(1499).published, QDate(2021, 11, 3).addDays(1499 % 900));
    QCOMPARE(result->entries.at(7).knownRansomwareUse, true);
    QCOMPARE(result->entries.at(8).knownRansomwareUse, false);
}

void TestFeeds::jvnRss2Fixtures()
{
    // JVN iPedia's live feeds declare the sec: module without a version
    // (JVNRSS 2.0); they were refused as "another version of the module".
    FeedError error;
    const Result<Feed> fresh = feeds::parseFeed(jvn2Bytes("jvndb_new.rdf"), &error);
    QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
    QCOMPARE(error.kind, FeedErrorKind::None);
    QCOMPARE(fresh->kind, FeedKind::Jvn);
    QCOMPARE(fresh->title, QStringLiteral("JVNDB RSS Feed - New Entry"));
    QCOMPARE(fresh->version, QStringLiteral("2024-05-13T12:00:02+09:00"));
    QCOMPARE(fresh->released.toUTC(), QDateTime(QDate(2024, 5, 13), QTime(3, 0, 2), Qt::UTC));
    QCOMPARE(fresh->entries.size(), 3);
    QCOMPARE(fresh->entries.at(0).id, QStringLiteral("JVNDB-2024-003312"));
    QCOMPARE(fresh->entries.at(1).id, QStringLiteral("JVNDB-2024-003311"));
    QCOMPARE(fresh->entries.at(2).id, QStringLiteral("JVNDB-2024-000045"));

    const FeedEntry &windows = fresh->entries.at(0);
    QCOMPARE(windows.title, QStringLiteral("Microsoft Windows の Windows SmartScreen における"
                                           "セキュリティ機能のバイパスに関する脆弱性"));
    QCOMPARE(windows.cves, QStringList{QStringLiteral("CVE-2024-21351")});
    // "CWE-Other" and "CWE-noinfo" say that there is no CWE id.
    QVERIFY(windows.cwes.isEmpty());
    QCOMPARE(windows.vendor, QStringLiteral("microsoft"));
    QCOMPARE(windows.product, QStringLiteral("windows_11"));
    QCOMPARE(windows.cpes, (QStringList{QStringLiteral("cpe:/o:microsoft:windows_11"),
                                        QStringLiteral("cpe:/o:microsoft:windows_10"),
                                        QStringLiteral("cpe:/o:microsoft:windows_server_2022")}));
    QCOMPARE(windows.products,
             (Pairs{{QStringLiteral("microsoft"), QStringLiteral("windows_11")},
                    {QStringLiteral("マイクロソフト"), QStringLiteral("Microsoft Windows 11")},
                    {QStringLiteral("microsoft"), QStringLiteral("windows_10")},
                    {QStringLiteral("マイクロソフト"), QStringLiteral("Microsoft Windows 10")},
                    {QStringLiteral("microsoft"), QStringLiteral("windows_server_2022")},
                    {QStringLiteral("マイクロソフト"),
                     QStringLiteral("Microsoft Windows Server 2022")}}));
    QCOMPARE(windows.cvssScore, 7.6);
    QCOMPARE(windows.cvssSeverity, QStringLiteral("High"));
    QCOMPARE(windows.cvssVersion, QStringLiteral("3.0"));
    QCOMPARE(windows.cvssVector, QStringLiteral("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:L/A:H"));
    QCOMPARE(windows.published, QDate(2024, 5, 13));
    QCOMPARE(windows.updated, QDate(2024, 5, 13));
    QCOMPARE(windows.url,
             QStringLiteral("https://jvndb.jvn.jp/ja/contents/2024/JVNDB-2024-003312.html"));

    // A JVN reference is not a CVE; the description keeps its line breaks
    // (&#13; and new lines) inside, trimmed at the ends.
    const FeedEntry &ivanti = fresh->entries.at(1);
    QCOMPARE(ivanti.cves, QStringList{QStringLiteral("CVE-2023-46805")});
    QCOMPARE(ivanti.cwes, QStringList{QStringLiteral("CWE-287")});
    QVERIFY(ivanti.description.startsWith(QStringLiteral("Ivanti Connect Secure および")));
    QVERIFY(ivanti.description.contains(QStringLiteral("\r\n\r\n")));
    QVERIFY(ivanti.description.endsWith(QStringLiteral("可能性があります。")));

    // 3.0 is chosen over the 2.0 that follows it; a percent-escaped CPE.
    const FeedEntry &router = fresh->entries.at(2);
    QCOMPARE(router.cvssVersion, QStringLiteral("3.0"));
    QCOMPARE(router.cvssScore, 7.2);
    QCOMPARE(router.cves, QStringList{QStringLiteral("CVE-2024-29219")});
    QVERIFY(
        router.products.contains({QStringLiteral("iodata"), QStringLiteral("ud-lt1/ex_firmware")}));
    QVERIFY(router.products.contains(
        {QStringLiteral("アイ・オー・データ機器"), QStringLiteral("UD-LT1/EX ファームウェア")}));

    // The new-and-updated feed: revised entries keep their first day.
    const Result<Feed> updated = feeds::parseFeed(jvn2Bytes("jvndb.rdf"), &error);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(updated->title, QStringLiteral("JVNDB RSS Feed - Update Entry"));
    QCOMPARE(updated->entries.size(), 4);
    const FeedEntry *cisco = entry(updated.value(), QStringLiteral("JVNDB-2023-012345"));
    QVERIFY(cisco);
    QCOMPARE(cisco->published, QDate(2023, 10, 19));
    QCOMPARE(cisco->updated, QDate(2024, 5, 9));
    QCOMPARE(cisco->vendor, QStringLiteral("cisco"));
    QCOMPARE(cisco->product, QStringLiteral("ios_xe"));
    QCOMPARE(cisco->cvssScore, 10.0);
    QCOMPARE(cisco->cvssSeverity, QStringLiteral("Critical"));
    QCOMPARE(cisco->cwes, QStringList{QStringLiteral("CWE-269")});
    const FeedEntry *struts = entry(updated.value(), QStringLiteral("JVNDB-2014-001538"));
    QVERIFY(struts);
    QCOMPARE(struts->published, QDate(2014, 3, 13));
    QCOMPARE(struts->updated, QDate(2024, 5, 7));
    QCOMPARE(struts->cvssVersion, QStringLiteral("2.0"));
    QCOMPARE(struts->cvssScore, 5.0);
    QCOMPARE(struts->cvssSeverity, QStringLiteral("Medium"));
    QCOMPARE(struts->cvssVector, QStringLiteral("AV:N/AC:L/Au:N/C:N/I:P/A:N"));
    QCOMPARE(struts->cpes.size(), 3);
    QCOMPARE(struts->products.size(), 6);
    QCOMPARE(struts->vendor, QStringLiteral("apache"));

    // A yearly feed lists entries by the year they were published, so an
    // id of 2023 can be in the 2024 feed.
    const Result<Feed> year = feeds::parseFeed(jvn2Bytes("jvndb_2024.rdf"), &error);
    QVERIFY2(year.ok(), qPrintable(year.error()));
    QCOMPARE(year->title, QStringLiteral("JVNDB RSS Feed - 2024 Years Entry"));
    QCOMPARE(year->version, QStringLiteral("2024-05-12T09:00:01+09:00"));
    QCOMPARE(year->entries.size(), 4);
    QCOMPARE(year->entries.at(0).id, QStringLiteral("JVNDB-2023-019540"));
    QCOMPARE(year->entries.at(0).published, QDate(2024, 1, 9));
    const FeedEntry *office = entry(year.value(), QStringLiteral("JVNDB-2024-000012"));
    QVERIFY(office);
    QCOMPARE(office->cves,
             (QStringList{QStringLiteral("CVE-2024-21976"), QStringLiteral("CVE-2024-22112")}));
    QCOMPARE(office->cwes, (QStringList{QStringLiteral("CWE-284"), QStringLiteral("CWE-79")}));
    QCOMPARE(office->cvssVersion, QStringLiteral("3.0"));
    QCOMPARE(office->cvssScore, 5.4);
    QCOMPARE(office->products,
             (Pairs{{QStringLiteral("cybozu"), QStringLiteral("office")},
                    {QStringLiteral("サイボウズ株式会社"), QStringLiteral("サイボウズ Office")}}));
    const FeedEntry *forti = entry(year.value(), QStringLiteral("JVNDB-2024-001525"));
    QVERIFY(forti);
    QCOMPARE(forti->cves, QStringList{QStringLiteral("CVE-2024-21762")});
    QVERIFY(forti->products.contains({QStringLiteral("fortinet"), QStringLiteral("fortiproxy")}));
    QVERIFY(forti->products.contains(
        {QStringLiteral("フォーティネット"), QStringLiteral("FortiProxy")}));
    const FeedEntry *ichitaro = entry(year.value(), QStringLiteral("JVNDB-2024-002716"));
    QVERIFY(ichitaro);
    QVERIFY(ichitaro->cwes.isEmpty());
    QVERIFY(ichitaro->products.contains(
        {QStringLiteral("misc"), QStringLiteral("justsystems_sample_form_tool")}));

    // From the files, as the window and the command line read them.
    for (const char *name : {"jvndb.rdf", "jvndb_new.rdf", "jvndb_2024.rdf"}) {
        const Result<Feed> fromFile =
            feeds::readFeedFile(fixture("jvnrss2/") + QLatin1String(name));
        QVERIFY2(fromFile.ok(), qPrintable(fromFile.error()));
        QCOMPARE(describe(fromFile.value()), describe(feeds::parseJvnRss(jvn2Bytes(name)).value()));
    }
}

void TestFeeds::jvnRss2AndModSec3ReadAlike()
{
    // The same feed under either namespace reads the same.
    const QStringList three = describe(feeds::parseJvnRss(jvnBytes()).value());
    const Result<Feed> asTwo = feeds::parseJvnRss(
        QByteArray(jvnBytes())
            .replace("http://jvn.jp/rss/mod_sec/3.0/", "http://jvn.jp/rss/mod_sec/"));
    QVERIFY2(asTwo.ok(), qPrintable(asTwo.error()));
    QCOMPARE(describe(asTwo.value()), three);

    const Result<Feed> jvn2 = feeds::parseJvnRss(jvn2Bytes());
    QVERIFY2(jvn2.ok(), qPrintable(jvn2.error()));
    const QStringList two = describe(jvn2.value());
    const Result<Feed> asThree = feeds::parseJvnRss(
        QByteArray(jvn2Bytes())
            .replace("http://jvn.jp/rss/mod_sec/", "http://jvn.jp/rss/mod_sec/3.0/"));
    QVERIFY2(asThree.ok(), qPrintable(asThree.error()));
    QCOMPARE(describe(asThree.value()), two);
}

void TestFeeds::kevAsPublished()
{
    // CISA's own file: newest first, non-ASCII as \u escapes, slashes
    // escaped, the vendor advisory before NVD in notes, a stray space.
    FeedError error;
    const Result<Feed> result =
        feeds::readFeedFile(fixture("kev-published/known_exploited_vulnerabilities.json"), &error);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(error.kind, FeedErrorKind::None);
    const Feed &feed = result.value();
    QCOMPARE(feed.kind, FeedKind::Kev);
    QCOMPARE(feed.title, QStringLiteral("CISA Catalog of Known Exploited Vulnerabilities"));
    QCOMPARE(feed.version, QStringLiteral("2025.02.25"));
    QCOMPARE(feed.released.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
             QStringLiteral("2025-02-25T20:33:53"));
    const QJsonObject root = QJsonDocument::fromJson(kevPublishedBytes()).object();
    QCOMPARE(feed.entries.size(), root.value(QLatin1String("count")).toInt());
    QCOMPARE(feed.entries.size(), 9);
    // The file's order is kept: newest first.
    QCOMPARE(feed.entries.first().id, QStringLiteral("CVE-2024-49035"));
    QCOMPARE(feed.entries.last().id, QStringLiteral("CVE-2021-44228"));
    for (qsizetype i = 1; i < feed.entries.size(); ++i)
        QVERIFY(feed.entries.at(i - 1).published >= feed.entries.at(i).published);

    const FeedEntry *panos = entry(feed, QStringLiteral("CVE-2025-0111"));
    QVERIFY(panos);
    QVERIFY2(panos->description.contains(QStringLiteral("the \u201Cnobody\u201D user")),
             qPrintable(panos->description));
    QCOMPARE(panos->notes, QStringLiteral("https://security.paloaltonetworks.com/CVE-2025-0111 ; "
                                          "https://nvd.nist.gov/vuln/detail/CVE-2025-0111"));

    const FeedEntry *simpleHelp = entry(feed, QStringLiteral("CVE-2024-57727"));
    QVERIFY(simpleHelp);
    QCOMPARE(simpleHelp->vendor, QStringLiteral("SimpleHelp"));
    QCOMPARE(simpleHelp->products,
             (Pairs{{QStringLiteral("SimpleHelp"), QStringLiteral("SimpleHelp")}}));
    QVERIFY(simpleHelp->knownRansomwareUse);

    const FeedEntry *zyxel = entry(feed, QStringLiteral("CVE-2024-40891"));
    QVERIFY(zyxel);
    QVERIFY(zyxel->requiredAction.contains(QStringLiteral("(EoL) and/or end-of-service")));

    const FeedEntry *apple = entry(feed, QStringLiteral("CVE-2025-24200"));
    QVERIFY(apple);
    QCOMPARE(apple->product, QStringLiteral("iOS and iPadOS"));

    const FeedEntry *forti = entry(feed, QStringLiteral("CVE-2024-21762"));
    QVERIFY(forti);
    QCOMPARE(forti->notes, QStringLiteral("https://fortiguard.fortinet.com/psirt/FG-IR-24-015; "
                                          "https://nvd.nist.gov/vuln/detail/CVE-2024-21762"));
    QCOMPARE(forti->published, QDate(2024, 2, 9));
    QCOMPARE(forti->dueDate, QDate(2024, 2, 16));
    QCOMPARE(forti->cwes, QStringList{QStringLiteral("CWE-787")});

    const FeedEntry *confluence = entry(feed, QStringLiteral("CVE-2023-22515"));
    QVERIFY(confluence);
    QVERIFY(confluence->cwes.isEmpty());
    QCOMPARE(confluence->product, QStringLiteral("Confluence Data Center and Server"));

    const FeedEntry *log4j = entry(feed, QStringLiteral("CVE-2021-44228"));
    QVERIFY(log4j);
    QCOMPARE(log4j->cwes.size(), 4);
    QVERIFY(log4j->requiredAction.contains(
        QStringLiteral("https://www.cisa.gov/uscert/ed-22-02-apache-log4j")));

    int ransomware = 0;
    for (const FeedEntry &e : feed.entries)
        ransomware += e.knownRansomwareUse ? 1 : 0;
    QCOMPARE(ransomware, 4);
}

void TestFeeds::utf16WithByteOrderMarkIsRead()
{
    // A feed saved as "Unicode" by Windows Notepad: UTF-16 with a byte
    // order mark, in either byte order, is read like the UTF-8 original.
    const QStringList jvnPlain = describe(feeds::parseJvnRss(jvnBytes()).value());
    const QStringList kevPlain = describe(feeds::parseKev(kevBytes()).value());
    const Result<Feed> jvn2 = feeds::parseJvnRss(jvn2Bytes());
    QVERIFY2(jvn2.ok(), qPrintable(jvn2.error()));
    const QStringList jvn2Plain = describe(jvn2.value());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        const QByteArray declared = utf16(
            QByteArray(jvnBytes()).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\""), encoding);
        const Result<Feed> jvnFeed = feeds::parseFeed(declared);
        QVERIFY2(jvnFeed.ok(), qPrintable(jvnFeed.error()));
        QCOMPARE(describe(jvnFeed.value()), jvnPlain);
        const Result<Feed> direct = feeds::parseJvnRss(declared);
        QVERIFY2(direct.ok(), qPrintable(direct.error()));
        QCOMPARE(describe(direct.value()), jvnPlain);

        // Notepad keeps the declaration's text: the byte order mark wins.
        const Result<Feed> stale = feeds::parseFeed(utf16(jvn2Bytes(), encoding));
        QVERIFY2(stale.ok(), qPrintable(stale.error()));
        QCOMPARE(describe(stale.value()), jvn2Plain);

        const QByteArray kev = utf16(kevBytes(), encoding);
        const Result<Feed> kevFeed = feeds::parseFeed(kev);
        QVERIFY2(kevFeed.ok(), qPrintable(kevFeed.error()));
        QCOMPARE(describe(kevFeed.value()), kevPlain);
        QCOMPARE(describe(feeds::parseKev(kev).value()), kevPlain);

        const QString path = QDir(dir.path()).filePath(QStringLiteral("feed.rdf"));
        QVERIFY(test::writeFile(path, declared));
        const Result<Feed> fromFile = feeds::readFeedFile(path);
        QVERIFY2(fromFile.ok(), qPrintable(fromFile.error()));
        QCOMPARE(describe(fromFile.value()), jvnPlain);

        // Lines are still counted as in the text.
        QByteArray broken = jvnBytes();
        broken.replace("<sec:identifier>JVNDB-2024-000031</sec:identifier>\n", "");
        FeedError error;
        QVERIFY(!feeds::parseFeed(utf16(broken, encoding), &error).ok());
        QCOMPARE(error.kind, FeedErrorKind::InvalidContent);
        QCOMPARE(error.line, lineOf(broken, "JVNDB-2024-000031.html\">"));
    }
}

void TestFeeds::encodingMismatchesNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QString declaredLook = QStringLiteral(
        "Line %1: the file declares the encoding %2, but its bytes are not %2; they look like "
        "%3. Download the feed again, or save it in the encoding it declares.");
    const QString declared = QStringLiteral(
        "Line %1: the file declares the encoding %2, but its bytes are not %2. Download the feed "
        "again, or save it in the encoding it declares.");

    const QByteArray jvnUtf8 = jvnBytes();
    const int firstJapanese = firstNonAsciiLine(jvnUtf8);
    QVERIFY(firstJapanese > 1);
    QTest::newRow("declared UTF-8, Shift_JIS bytes")
        << shiftJis(jvnUtf8) << firstJapanese
        << declaredLook.arg(firstJapanese)
               .arg(QStringLiteral("UTF-8"), QStringLiteral("Shift_JIS"));
    QTest::newRow("declared Shift_JIS, UTF-8 bytes")
        << QByteArray(jvnUtf8).replace("encoding=\"UTF-8\"", "encoding=\"Shift_JIS\"")
        << firstJapanese
        << declaredLook.arg(firstJapanese)
               .arg(QStringLiteral("Shift_JIS"), QStringLiteral("UTF-8"));
    QTest::newRow("declared EUC-JP, Shift_JIS bytes")
        << shiftJis(QByteArray(jvnUtf8).replace("encoding=\"UTF-8\"", "encoding=\"EUC-JP\""))
        << firstJapanese
        << declaredLook.arg(firstJapanese)
               .arg(QStringLiteral("EUC-JP"), QStringLiteral("Shift_JIS"));
    QTest::newRow("declared UTF-16, UTF-8 bytes")
        << QByteArray(jvnUtf8).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"") << 1
        << declaredLook.arg(1).arg(QStringLiteral("UTF-16"), QStringLiteral("UTF-8"));
    QByteArray latin1 =
        jvn(jvnItem("JVNDB-2024-900040", "<description>caf\xE9 au lait</description>\n"));
    QTest::newRow("declared UTF-8, a Latin-1 byte")
        << latin1 << lineOf(latin1, "<description>")
        << declared.arg(lineOf(latin1, "<description>")).arg(QStringLiteral("UTF-8"));

    const QByteArray undeclared = shiftJis(jvnUtf8).mid(jvnUtf8.indexOf('\n') + 1);
    QTest::newRow("no declaration, Shift_JIS bytes")
        << undeclared << firstJapanese - 1
        << QStringLiteral("Line %1: the file declares no encoding, so it must be UTF-8, but its "
                          "bytes are not UTF-8; they look like Shift_JIS. Save it as UTF-8, or "
                          "name its encoding in the XML declaration.")
               .arg(firstJapanese - 1);

    const QByteArray kevJapanese =
        shiftJis(kevWith(0, QStringLiteral("vendorProject"), QStringLiteral("フォーティネット")));
    const int vendorLine = lineOf(kevJapanese, "\"vendorProject\"");
    QTest::newRow("KEV in Shift_JIS")
        << kevJapanese << vendorLine
        << QStringLiteral("Line %1: the file is not UTF-8, which a KEV catalogue (JSON) must be; "
                          "its bytes look like Shift_JIS. Download the catalogue again, or save "
                          "it as UTF-8.")
               .arg(vendorLine);
    QByteArray kevLatin1 = kevBytes();
    kevLatin1.replace("SSL VPN web portal", "SSL VPN web portal \xE9 ");
    const int latin1Line = lineOf(kevLatin1, "web portal \xE9");
    QTest::newRow("KEV with a Latin-1 byte")
        << kevLatin1 << latin1Line
        << QStringLiteral("Line %1: the file is not UTF-8, which a KEV catalogue (JSON) must be. "
                          "Download the catalogue again, or save it as UTF-8.")
               .arg(latin1Line);

    const QString noBom = QStringLiteral(
        "The file looks like UTF-16 without a byte order mark, which Kamae does not read. Save it "
        "as UTF-8, or as UTF-16 with a byte order mark.");
    QStringEncoder plainLe(QStringConverter::Utf16LE);
    QTest::newRow("JVN in UTF-16 without a byte order mark")
        << QByteArray(plainLe.encode(QString::fromUtf8(jvnUtf8))) << 0 << noBom;
    QStringEncoder plainBe(QStringConverter::Utf16BE);
    QTest::newRow("KEV in UTF-16 without a byte order mark")
        << QByteArray(plainBe.encode(QString::fromUtf8(kevBytes()))) << 0 << noBom;
    QStringEncoder utf32(QStringConverter::Utf32LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-32")
        << QByteArray(utf32.encode(QString::fromUtf8(jvnUtf8))) << 0
        << QStringLiteral("The file is UTF-32, which Kamae does not read. Save it as UTF-8.");
    QTest::newRow("broken UTF-16")
        << utf16(jvnUtf8, QStringConverter::Utf16LE) + QByteArray("\x3C", 1) << 0
        << QStringLiteral("The file starts with a UTF-16 byte order mark, but its bytes are not "
                          "valid UTF-16. Download the feed again, or save it as UTF-8.");
    QTest::newRow("unknown encoding")
        << QByteArray(jvnUtf8).replace("encoding=\"UTF-8\"", "encoding=\"x-kamae-unknown\"") << 1
        << QStringLiteral("Line 1: the file declares the encoding x-kamae-unknown, which Kamae "
                          "cannot read. Save it as UTF-8.");
}

void TestFeeds::encodingMismatchesNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);

    FeedError error;
    const Result<Feed> result = feeds::parseFeed(bytes, &error);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), message);
    QCOMPARE(error.kind, FeedErrorKind::Encoding);
    QCOMPARE(error.line, line);

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("feed"));
    QVERIFY(test::writeFile(path, bytes));
    FeedError fileError;
    QVERIFY(!feeds::readFeedFile(path, &fileError).ok());
    QCOMPARE(fileError.message, message);
    QCOMPARE(fileError.kind, FeedErrorKind::Encoding);
}

void TestFeeds::deepNestingRefused()
{
    // 100,000 nested elements in a description crashed the reader (one
    // stack frame per level); now the depth is bounded, like Qt's JSON
    // reader bounds its own.
    auto nested = [](int depth) {
        QByteArray open, close;
        open.reserve(depth * 3);
        close.reserve(depth * 4);
        for (int i = 0; i < depth; ++i) {
            open += "<b>";
            close += "</b>";
        }
        return open + "x" + close;
    };
    const QString message = QStringLiteral(
        "Line %1: the element <%2> holds elements nested more than %3 deep; a JVN feed nests a "
        "few. The file is damaged or is not a JVN feed.");

    const QByteArray deep =
        jvn(jvnItem("JVNDB-2024-900020", "<description>" + nested(100000) + "</description>\n"));
    FeedError error;
    Result<Feed> result = feeds::parseFeed(deep, &error);
    QVERIFY(!result.ok());
    QCOMPARE(error.kind, FeedErrorKind::InvalidContent);
    QCOMPARE(error.line, lineOf(deep, "<description>"));
    QCOMPARE(result.error(),
             message.arg(error.line).arg(QStringLiteral("description")).arg(feeds::kMaxXmlNesting));

    // In an element Kamae skips, and outside the items.
    const QByteArray skipped =
        jvn(jvnItem("JVNDB-2024-900021", "<sec:future>" + nested(100000) + "</sec:future>\n"));
    result = feeds::parseFeed(skipped, &error);
    QVERIFY(!result.ok());
    QCOMPARE(error.kind, FeedErrorKind::InvalidContent);
    QCOMPARE(result.error(), message.arg(lineOf(skipped, "<sec:future>"))
                                 .arg(QStringLiteral("sec:future"))
                                 .arg(feeds::kMaxXmlNesting));
    const QByteArray outside = jvn("<x:extra xmlns:x=\"urn:x\">" + nested(100000) + "</x:extra>\n");
    QVERIFY(!feeds::parseFeed(outside, &error).ok());
    QCOMPARE(error.kind, FeedErrorKind::InvalidContent);

    // Up to the bound is read, the text of the nested elements joined.
    const Result<Feed> atBound = feeds::parseFeed(
        jvn(jvnItem("JVNDB-2024-900022",
                    "<description>a" + nested(feeds::kMaxXmlNesting) + "b</description>\n")));
    QVERIFY2(atBound.ok(), qPrintable(atBound.error()));
    QCOMPARE(atBound->entries.at(0).description, QStringLiteral("axb"));
    const Result<Feed> overBound = feeds::parseFeed(
        jvn(jvnItem("JVNDB-2024-900023",
                    "<description>a" + nested(feeds::kMaxXmlNesting + 1) + "b</description>\n")));
    QVERIFY(!overBound.ok());
}

void TestFeeds::hugeListsCappedAndLinear()
{
    // KEV: up to the cap every distinct CWE is kept once, in order; one
    // more refuses the catalogue (100,000 took 17 s before).
    QJsonArray cwes;
    for (int i = 0; i < feeds::kMaxCwesPerEntry; ++i)
        cwes.append(QStringLiteral("CWE-%1").arg(i + 1));
    Result<Feed> kev = feeds::parseKev(kevWith(0, QStringLiteral("cwes"), cwes));
    QVERIFY2(kev.ok(), qPrintable(kev.error()));
    QCOMPARE(kev->entries.at(0).cwes.size(), feeds::kMaxCwesPerEntry);
    QCOMPARE(kev->entries.at(0).cwes.first(), QStringLiteral("CWE-1"));
    QCOMPARE(kev->entries.at(0).cwes.last(), QStringLiteral("CWE-%1").arg(feeds::kMaxCwesPerEntry));
    QJsonArray same;
    for (int i = 0; i < feeds::kMaxCwesPerEntry; ++i)
        same.append(QStringLiteral("CWE-79"));
    kev = feeds::parseKev(kevWith(0, QStringLiteral("cwes"), same));
    QVERIFY2(kev.ok(), qPrintable(kev.error()));
    QCOMPARE(kev->entries.at(0).cwes, QStringList{QStringLiteral("CWE-79")});
    cwes.append(QStringLiteral("CWE-99999"));
    FeedError error;
    QVERIFY(!feeds::parseFeed(kevWith(0, QStringLiteral("cwes"), cwes), &error).ok());
    QCOMPARE(error.kind, FeedErrorKind::InvalidContent);
    QCOMPARE(error.message,
             QStringLiteral("CVE-2018-13379 (entry 1 of the KEV catalogue) has more than %1 "
                            "CWEs; real entries have a few. The file is damaged or is not CISA's "
                            "catalogue.")
                 .arg(feeds::kMaxCwesPerEntry));

    // JVN: up to the cap every CPE is kept (100,000 took 68 s before).
    auto cpes = [](int count, int distinct) {
        QByteArray xml;
        for (int i = 0; i < count; ++i)
            xml +=
                QStringLiteral("<sec:cpe version=\"2.2\" vendor=\"ベンダ%1\" product=\"製品 %1\">"
                               "cpe:/a:vendor%1:product_%1</sec:cpe>\n")
                    .arg(i % distinct)
                    .toUtf8();
        return xml;
    };
    const Result<Feed> many = feeds::parseJvnRss(
        jvn(jvnItem("JVNDB-2024-900030", cpes(feeds::kMaxCpesPerEntry, feeds::kMaxCpesPerEntry))));
    QVERIFY2(many.ok(), qPrintable(many.error()));
    QCOMPARE(many->entries.at(0).cpes.size(), feeds::kMaxCpesPerEntry);
    QCOMPARE(many->entries.at(0).products.size(), 2 * feeds::kMaxCpesPerEntry);
    QCOMPARE(many->entries.at(0).cpes.last(),
             QStringLiteral("cpe:/a:vendor%1:product_%1").arg(feeds::kMaxCpesPerEntry - 1));
    const Result<Feed> repeated =
        feeds::parseJvnRss(jvn(jvnItem("JVNDB-2024-900031", cpes(feeds::kMaxCpesPerEntry, 3))));
    QVERIFY2(repeated.ok(), qPrintable(repeated.error()));
    QCOMPARE(repeated->entries.at(0).cpes.size(), 3);
    QCOMPARE(repeated->entries.at(0).products.size(), 6);

    const QString capMessage = QStringLiteral(
        "Line %1: the item %2 has more than %3 %4 elements; real entries have at most a few "
        "hundred. The file is damaged or is not a real JVN feed.");
    const QByteArray tooMany =
        jvn(jvnItem("JVNDB-2024-900032", cpes(feeds::kMaxCpesPerEntry + 1, 5)));
    QVERIFY(!feeds::parseFeed(tooMany, &error).ok());
    QCOMPARE(error.kind, FeedErrorKind::InvalidContent);
    QCOMPARE(error.line, 7);
    QCOMPARE(error.message, capMessage.arg(7)
                                .arg(QStringLiteral("JVNDB-2024-900032"))
                                .arg(feeds::kMaxCpesPerEntry)
                                .arg(QStringLiteral("sec:cpe")));

    QByteArray references;
    for (int i = 0; i <= feeds::kMaxReferencesPerEntry; ++i)
        references += QStringLiteral("<sec:references source=\"CVE\" id=\"CVE-2024-%1\">x"
                                     "</sec:references>\n")
                          .arg(10000 + i)
                          .toUtf8();
    QVERIFY(!feeds::parseFeed(jvn(jvnItem("JVNDB-2024-900033", references)), &error).ok());
    QCOMPARE(error.message, capMessage.arg(7)
                                .arg(QStringLiteral("JVNDB-2024-900033"))
                                .arg(feeds::kMaxReferencesPerEntry)
                                .arg(QStringLiteral("sec:references")));
}

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
