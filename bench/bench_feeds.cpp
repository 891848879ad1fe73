// How long reading the vulnerability feeds takes: a KEV catalogue of 1,500
// entries (the real one had about 1,100 in 2024, about 1 MB) and a JVNRSS
// feed of 20,000 items (a large MyJVN export; Japanese text, two CVEs, two
// CPEs and two CVSS scores per item); and how fast hostile files (huge
// lists, deep nesting) are read or refused.
#include "feeds/FeedFile.h"
#include "feeds/Jvn.h"
#include "feeds/Kev.h"
#include "patches/Matching.h"
#include "patches/PatchDesk.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <benchmark/benchmark.h>

using namespace kamae;

namespace {

QByteArray makeKev(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        const QString cve = QStringLiteral("CVE-%1-%2").arg(2015 + i % 10).arg(10000 + i);
        list.append(QJsonObject{
            {QStringLiteral("cveID"), cve},
            {QStringLiteral("vendorProject"), QStringLiteral("Vendor %1").arg(i % 170)},
            {QStringLiteral("product"), QStringLiteral("Product %1").arg(i % 530)},
            {QStringLiteral("vulnerabilityName"),
             QStringLiteral("Vendor %1 Product %2 Remote Code Execution Vulnerability")
                 .arg(i % 170)
                 .arg(i % 530)},
            {QStringLiteral("dateAdded"),
             QDate(2021, 11, 3).addDays(i % 900).toString(Qt::ISODate)},
            {QStringLiteral("shortDescription"),
             QStringLiteral("Vendor %1 Product %2 contains an unspecified vulnerability that "
                            "allows a remote, unauthenticated attacker to execute code via "
                            "specially crafted requests.")
                 .arg(i % 170)
                 .arg(i % 530)},
            {QStringLiteral("requiredAction"),
             QStringLiteral("Apply mitigations per vendor instructions or discontinue use of the "
                            "product if mitigations are unavailable.")},
            {QStringLiteral("dueDate"), QDate(2021, 11, 17).addDays(i % 900).toString(Qt::ISODate)},
            {QStringLiteral("knownRansomwareCampaignUse"),
             i % 7 == 0 ? QStringLiteral("Known") : QStringLiteral("Unknown")},
            {QStringLiteral("notes"), QStringLiteral("https://vendor%1.example/advisory/%2; "
                                                     "https://nvd.nist.gov/vuln/detail/%3")
                                          .arg(i % 170)
                                          .arg(i)
                                          .arg(cve)},
            {QStringLiteral("cwes"), QJsonArray{QStringLiteral("CWE-%1").arg(20 + i % 900)}},
        });
    }
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("title"),
                    QStringLiteral("CISA Catalog of Known Exploited Vulnerabilities")},
                   {QStringLiteral("catalogVersion"), QStringLiteral("2024.05.01")},
                   {QStringLiteral("dateReleased"), QStringLiteral("2024-05-01T17:00:58.3453Z")},
                   {QStringLiteral("count"), count},
                   {QStringLiteral("vulnerabilities"), list},
               })
        .toJson();
}

QByteArray makeJvn(int count)
{
    QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\"\n"
        " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        " xmlns:dcterms=\"http://purl.org/dc/terms/\"\n"
        " xmlns:sec=\"http://jvn.jp/rss/mod_sec/3.0/\"\n"
        " xmlns:marking=\"http://data-marking.mitre.org/\" xml:lang=\"ja\">\n"
        "<channel rdf:about=\"https://jvndb.jvn.jp/ja/rss/jvndb.rdf\">\n"
        "<title>JVN iPedia 新着脆弱性対策情報</title>\n"
        "<link>https://jvndb.jvn.jp/apis/myjvn</link>\n"
        "<description>JVN iPedia 新着脆弱性対策情報</description>\n"
        "<dc:date>2024-05-01T10:31+09:00</dc:date>\n"
        "<dcterms:modified>2024-05-01T10:31+09:00</dcterms:modified>\n<items>\n<rdf:Seq>\n");
    auto url = [](int i) {
        return QStringLiteral("https://jvndb.jvn.jp/ja/contents/2024/JVNDB-2024-%1.html")
            .arg(i, 6, 10, QLatin1Char('0'));
    };
    for (int i = 0; i < count; ++i)
        xml += QStringLiteral("<rdf:li rdf:resource=\"%1\"/>\n").arg(url(i));
    xml += QStringLiteral("</rdf:Seq>\n</items>\n</channel>\n");
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("JVNDB-2024-%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString cve1 = QStringLiteral("CVE-2024-%1").arg(20000 + 2 * i);
        const QString cve2 = QStringLiteral("CVE-2024-%1").arg(20001 + 2 * i);
        const QString date = QDate(2024, 1, 1).addDays(i % 120).toString(Qt::ISODate);
        xml += QStringLiteral(
                   "<item rdf:about=\"%1\">\n"
                   "<title>製品%2 における境界外書き込みに関する脆弱性</title>\n"
                   "<link>%1</link>\n"
                   "<description>ベンダ%3 が提供する製品%2 には、境界外書き込みに関する脆弱性が存在"
                   "します。遠隔の第三者により、任意のコードを実行される可能性があります。"
                   "</description>\n"
                   "<sec:identifier>%4</sec:identifier>\n"
                   "<sec:references source=\"CVE\" id=\"%5\">https://www.cve.org/CVERecord?id=%5"
                   "</sec:references>\n"
                   "<sec:references source=\"NVD\" id=\"%5\">https://nvd.nist.gov/vuln/detail/%5"
                   "</sec:references>\n"
                   "<sec:references source=\"CVE\" id=\"%6\">https://www.cve.org/CVERecord?id=%6"
                   "</sec:references>\n"
                   "<sec:references id=\"CWE-787\" title=\"境界外書き込み(CWE-787)\">"
                   "https://cwe.mitre.org/data/definitions/787.html</sec:references>\n"
                   "<sec:cpe version=\"2.2\" vendor=\"ベンダ%3\" product=\"製品%2\">"
                   "cpe:/a:vendor%3:product%2</sec:cpe>\n"
                   "<sec:cpe version=\"2.2\" vendor=\"ベンダ%3\" product=\"製品%2 Pro\">"
                   "cpe:/a:vendor%3:product%2_pro</sec:cpe>\n"
                   "<sec:cvss score=\"9.8\" severity=\"Critical\" "
                   "vector=\"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\" version=\"3.0\" "
                   "type=\"Base\" />\n"
                   "<sec:cvss score=\"10.0\" severity=\"H\" vector=\"AV:N/AC:L/Au:N/C:C/I:C/A:C\" "
                   "version=\"2.0\" type=\"Base\" />\n"
                   "<dc:date>%7T16:35+09:00</dc:date>\n"
                   "<dcterms:issued>%7T16:35+09:00</dcterms:issued>\n"
                   "<dcterms:modified>%7T16:35+09:00</dcterms:modified>\n"
                   "</item>\n")
                   .arg(url(i), QString::number(i % 3000), QString::number(i % 400), id, cve1, cve2,
                        date);
    }
    xml += QStringLiteral("</rdf:RDF>\n");
    return xml.toUtf8();
}

const QByteArray &kev1500()
{
    static const QByteArray bytes = makeKev(1500);
    return bytes;
}

const QByteArray &jvn20000()
{
    static const QByteArray bytes = makeJvn(20000);
    return bytes;
}

template <typename Parse>
void parse(benchmark::State &state, const QByteArray &bytes, Parse parseBytes)
{
    qsizetype entries = 0;
    for (auto _ : state) {
        const Result<feeds::Feed> feed = parseBytes(bytes);
        if (!feed.ok()) {
            state.SkipWithError(feed.error().toStdString().c_str());
            return;
        }
        entries = feed->entries.size();
        benchmark::DoNotOptimize(entries);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["file_bytes"] = static_cast<double>(bytes.size());
    state.counters["entries"] = static_cast<double>(entries);
}

void BM_ParseKev1500(benchmark::State &state)
{
    parse(state, kev1500(), [](const QByteArray &b) { return feeds::parseKev(b); });
}
BENCHMARK(BM_ParseKev1500)->Unit(benchmark::kMillisecond);

void BM_ParseJvn20000(benchmark::State &state)
{
    parse(state, jvn20000(), [](const QByteArray &b) { return feeds::parseJvnRss(b); });
}
BENCHMARK(BM_ParseJvn20000)->Unit(benchmark::kMillisecond);

// Hostile lists (issue 14): one KEV entry with `count` distinct CWEs, one
// JVN item with `count` distinct CPEs. A list lookup per value made 100,000
// take 17 s and 68 s; now the lists are deduplicated through a hash set and
// the counts are capped (1,000 CWEs, 10,000 CPEs per entry), so the cap is
// read whole and 100,000 is refused at the first element past the cap. The
// time is to the verdict, whichever it is ("accepted" says which).
QByteArray kevWithCwes(int count)
{
    QJsonArray cwes;
    for (int i = 0; i < count; ++i)
        cwes.append(QStringLiteral("CWE-%1").arg(i + 1));
    QJsonObject root = QJsonDocument::fromJson(makeKev(1)).object();
    QJsonArray list = root.value(QLatin1String("vulnerabilities")).toArray();
    QJsonObject entry = list.at(0).toObject();
    entry.insert(QStringLiteral("cwes"), cwes);
    list.replace(0, entry);
    root.insert(QStringLiteral("vulnerabilities"), list);
    return QJsonDocument(root).toJson();
}

QByteArray jvnWithCpes(int count)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\"\n"
                     " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
                     " xmlns:sec=\"http://jvn.jp/rss/mod_sec/3.0/\">\n"
                     "<item rdf:about=\"https://jvndb.jvn.jp/ja/contents/2024/"
                     "JVNDB-2024-000001.html\">\n<title>t</title>\n"
                     "<sec:identifier>JVNDB-2024-000001</sec:identifier>\n";
    for (int i = 0; i < count; ++i)
        xml += QStringLiteral("<sec:cpe version=\"2.2\" vendor=\"ベンダ%1\" product=\"製品%1\">"
                              "cpe:/a:vendor%1:product%1</sec:cpe>\n")
                   .arg(i)
                   .toUtf8();
    return xml + "</item>\n</rdf:RDF>\n";
}

template <typename Parse>
void verdict(benchmark::State &state, const QByteArray &bytes, Parse parseBytes)
{
    bool accepted = false;
    for (auto _ : state) {
        accepted = parseBytes(bytes).ok();
        benchmark::DoNotOptimize(accepted);
    }
    state.counters["file_bytes"] = static_cast<double>(bytes.size());
    state.counters["accepted"] = accepted ? 1 : 0;
}

void BM_KevEntryWithManyCwes(benchmark::State &state)
{
    const QByteArray bytes = kevWithCwes(static_cast<int>(state.range(0)));
    verdict(state, bytes, [](const QByteArray &b) { return feeds::parseKev(b); });
}
BENCHMARK(BM_KevEntryWithManyCwes)->Arg(1000)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_JvnItemWithManyCpes(benchmark::State &state)
{
    const QByteArray bytes = jvnWithCpes(static_cast<int>(state.range(0)));
    verdict(state, bytes, [](const QByteArray &b) { return feeds::parseJvnRss(b); });
}
BENCHMARK(BM_JvnItemWithManyCpes)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// 100,000 nested elements in a description: a stack overflow before, a
// refusal at the 65th level now. (Do not run it against the old parser.)
void BM_JvnDeeplyNestedDescription(benchmark::State &state)
{
    QByteArray nested;
    for (int i = 0; i < 100'000; ++i)
        nested += "<b>";
    nested += "x";
    for (int i = 0; i < 100'000; ++i)
        nested += "</b>";
    const QByteArray bytes =
        jvnWithCpes(1).replace("<title>t</title>", "<description>" + nested + "</description>");
    verdict(state, bytes, [](const QByteArray &b) { return feeds::parseJvnRss(b); });
}
BENCHMARK(BM_JvnDeeplyNestedDescription)->Unit(benchmark::kMillisecond);

// Issue 4's scale: the KEV catalogue and a year of JVN (20,000 items)
// matched against a register of 10,000 assets, a tenth of which run
// products the feeds name.
void BM_MatchFeedsAgainst10kAssets(benchmark::State &state)
{
    const auto kev = feeds::parseKev(kev1500());
    const auto jvn = feeds::parseJvnRss(jvn20000());
    QVector<patches::EntryProducts> entries;
    for (const auto *feed : {&kev.value(), &jvn.value()})
        for (const feeds::FeedEntry &e : feed->entries)
            entries.append(patches::entryProducts(e));
    QVector<patches::AssetProduct> assets;
    for (int i = 0; i < 10'000; ++i) {
        const feeds::FeedEntry &e = i % 10 == 0 ? kev->entries.at(i % kev->entries.size())
                                                : jvn->entries.at(i % jvn->entries.size());
        if (i % 10 < 2)
            assets.append({i + 1, e.vendor, e.product, QString()});
        else
            assets.append({i + 1, QStringLiteral("Vendor %1").arg(i % 97),
                           QStringLiteral("In-house tool %1").arg(i), QStringLiteral("1.0")});
    }
    qsizetype matches = 0;
    for (auto _ : state) {
        const patches::ProductMatcher matcher(assets, {});
        matches = matcher.matchAll(entries).size();
        benchmark::DoNotOptimize(matches);
    }
    state.counters["entries"] = static_cast<double>(entries.size());
    state.counters["matches"] = static_cast<double>(matches);
}
BENCHMARK(BM_MatchFeedsAgainst10kAssets)->Unit(benchmark::kMillisecond);

// The floor: QXmlStreamReader reading every token of the same feed and
// doing nothing with it. The difference to BM_ParseJvn20000 is the parser's.
void BM_XmlTokensOnly20000(benchmark::State &state)
{
    for (auto _ : state) {
        QXmlStreamReader xml(jvn20000());
        qint64 tokens = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            ++tokens;
        }
        benchmark::DoNotOptimize(tokens);
    }
    state.SetBytesProcessed(state.iterations() * jvn20000().size());
}
BENCHMARK(BM_XmlTokensOnly20000)->Unit(benchmark::kMillisecond);

// What an import does: the file from disk, the format found by content.
void BM_ReadJvnFile20000(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("jvndb.rdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(jvn20000()) != jvn20000().size()) {
        state.SkipWithError("cannot write the feed");
        return;
    }
    file.close();
    for (auto _ : state)
        benchmark::DoNotOptimize(feeds::readFeedFile(path).ok());
    state.SetBytesProcessed(state.iterations() * jvn20000().size());
}
BENCHMARK(BM_ReadJvnFile20000)->Unit(benchmark::kMillisecond);

std::unique_ptr<store::Database> freshDatabase()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    return std::move(db.value());
}

// Storing what was parsed, as the import does on the GUI thread after the
// worker has read the file: both feeds into an empty vault.
void BM_StoreKevAndJvnInVault(benchmark::State &state)
{
    const auto kev = feeds::parseKev(kev1500());
    const auto jvn = feeds::parseJvnRss(jvn20000());
    for (auto _ : state) {
        state.PauseTiming();
        auto db = freshDatabase();
        state.ResumeTiming();
        store::FeedStore feeds(*db);
        if (!patches::importFeed(*db, kev.value()) || !patches::importFeed(*db, jvn.value())) {
            state.SkipWithError("import failed");
            return;
        }
        state.PauseTiming();
        state.counters["image_bytes"] = static_cast<double>(db->serialize().size());
        db.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_StoreKevAndJvnInVault)->Unit(benchmark::kMillisecond);

// The same JVN file imported a second time: nothing changes, every entry is
// compared.
void BM_ReimportJvnUnchanged(benchmark::State &state)
{
    const auto jvn = feeds::parseJvnRss(jvn20000());
    auto db = freshDatabase();
    store::FeedStore feeds(*db);
    if (!patches::importFeed(*db, jvn.value())) {
        state.SkipWithError("import failed");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(patches::importFeed(*db, jvn.value()).ok());
}
BENCHMARK(BM_ReimportJvnUnchanged)->Unit(benchmark::kMillisecond);

// What the Patches page computes on every reload: both feeds read back from
// the vault and matched against 10,000 assets, minus items and dismissals.
void BM_ProposalsFromVault10kAssets(benchmark::State &state)
{
    const auto kev = feeds::parseKev(kev1500());
    const auto jvn = feeds::parseJvnRss(jvn20000());
    auto db = freshDatabase();
    store::FeedStore feeds(*db);
    if (!patches::importFeed(*db, kev.value()) || !patches::importFeed(*db, jvn.value())) {
        state.SkipWithError("import failed");
        return;
    }
    QVector<domain::Asset> assets;
    for (int i = 0; i < 10'000; ++i) {
        const feeds::FeedEntry &e = i % 10 == 0 ? kev->entries.at(i % kev->entries.size())
                                                : jvn->entries.at(i % jvn->entries.size());
        domain::Asset a;
        a.name = QStringLiteral("Asset %1").arg(i);
        a.kind = domain::AssetKind::Device;
        if (i % 10 < 2) {
            a.vendor = e.vendor;
            a.product = e.product;
        } else {
            a.vendor = QStringLiteral("Vendor %1").arg(i % 97);
            a.product = QStringLiteral("In-house tool %1").arg(i);
            a.version = QStringLiteral("1.0");
        }
        assets << a;
    }
    if (!store::AssetRepository(*db).insertMany(assets, QStringLiteral("bench"))) {
        state.SkipWithError("assets failed");
        return;
    }
    qsizetype proposals = 0;
    const bool cached = state.range(0) != 0;
    const auto entries = feeds.entries();
    for (auto _ : state) {
        const auto result =
            patches::currentProposals(*db, QDate(2024, 6, 1), cached ? &entries.value() : nullptr);
        proposals = result ? result->size() : -1;
        benchmark::DoNotOptimize(proposals);
    }
    state.counters["proposals"] = static_cast<double>(proposals);
}
// 0: the feed entries read from the vault each time; 1: kept from the last
// read, as the page does until a feed is imported.
BENCHMARK(BM_ProposalsFromVault10kAssets)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
