// The BCP module's printouts (issue 18): the plan's language (schema step
// 12, versions), the prose sanitiser against hostile HTML, the binder with
// every section and form number in Japanese and English (read back with
// poppler's pdfinfo and pdftotext), an empty plan's gaps, a published
// version's frozen content, the emergency card (two per page, 171), the
// call tree's geometry for 1, 5 and 30 roles, and the 事業継続力強化計画 draft.
#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "bcp/BcpHtml.h"
#include "bcp/BcpModule.h"
#include "bcp/BcpPrint.h"
#include "bcp/BcpRecords.h"
#include "bcp/BcpRepository.h"
#include "bcp/BcpVersions.h"
#include "bcp/report/BcpPdf.h"
#include "core/Clock.h"
#include "domain/Asset.h"
#include "domain/Organisation.h"
#include "domain/Person.h"
#include "i18n/Language.h"
#include "modules/Registry.h"
#include "report/ReportRenderer.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"

#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kamae;
using namespace kamae::domain;

using kamae::test::pagesOf;
using kamae::test::runTool;
using kamae::test::squeezed;
using kamae::test::ToolRun;

namespace {

const QDate kToday(2026, 11, 22);
const QString kCompany = QStringLiteral("株式会社テスト工業");

std::unique_ptr<store::Database> migrated()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    return std::move(db.value());
}

bool exec(store::Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql);
}

qint64 addPerson(store::Database &db, const QString &name, const QString &phone = {})
{
    Person p;
    p.name = name;
    p.phone = phone;
    auto id = store::PeopleRepository(db).insert(p);
    return id ? *id : 0;
}

qint64 addAsset(store::Database &db, const QString &name)
{
    Asset a;
    a.name = name;
    auto id = store::AssetRepository(db).insert(a);
    return id ? *id : 0;
}

// A vault whose plan has something in every section.
struct Company
{
    std::unique_ptr<store::Database> db;
    qint64 boss = 0;
    qint64 deputy = 0;
    qint64 server = 0;
};

Company company()
{
    Company c;
    c.db = migrated();
    if (!c.db)
        return c;
    store::Database &db = *c.db;
    // As vault::Vault::create makes it.
    if (!exec(db, QStringLiteral("INSERT INTO organisation (id, name, updated_at) VALUES (1, '', "
                                 "'2026-11-01T00:00:00Z')")) ||
        !store::OrganisationRepository(db).save(test::sampleOrganisation(kCompany)))
        return {};
    c.boss = addPerson(db, QStringLiteral("鈴木 一郎"), QStringLiteral("090-1111-2222"));
    c.deputy = addPerson(db, QStringLiteral("佐藤 花子"), QStringLiteral("090-3333-4444"));
    c.server = addAsset(db, QStringLiteral("販売管理サーバ"));
    BcpPlan plan;
    plan.sections.insert(bcpsection::Policy, QStringLiteral("<p>人命を最優先する。</p>"));
    plan.sections.insert(bcpsection::Card,
                         QStringLiteral("<ol><li>身の安全を確保する。</li></ol>"));
    plan.sections.insert(bcpsection::Scenarios,
                         QStringLiteral("<h2>ランサムウェア</h2><p>暗号化される。</p>"));
    plan.sections.insert(bcpsection::Response,
                         QStringLiteral("<ul><li>LANケーブルを抜く。</li></ul>"));
    plan.roles = {{0, QStringLiteral("対策本部長"), QStringLiteral("全体指揮"), c.boss, c.deputy},
                  {0, QStringLiteral("経理"), QStringLiteral("支払い"), c.deputy, 0}};
    BcpBusiness orders;
    orders.name = QStringLiteral("受注・出荷");
    orders.description = QStringLiteral("EDI 受注");
    orders.maxOutageHours = 72;
    orders.rtoHours = 24;
    orders.rpoHours = 12;
    orders.assets = {{c.server, QStringLiteral("受注データベース")}};
    orders.partners = {{0, BcpPartnerKind::Supplier, QStringLiteral("みなと運送"),
                        QStringLiteral("配送"), QStringLiteral("03-0000-1111")},
                       {0, BcpPartnerKind::Customer, QStringLiteral("主要取引先A社"), {}, {}}};
    orders.alternatives = {{0, QStringLiteral("FAX と手書き伝票"), 0}};
    plan.businesses = {orders};
    plan.bottlenecks = {{0, QStringLiteral("基幹サーバ"), BcpResourceKind::Computer, c.server,
                         QStringLiteral("保守契約")}};
    plan.investments = {{0, QStringLiteral("USBディスク"), 40000, QDate(2027, 3, 31), {}}};
    plan.contacts = {
        {0,
         BcpContactKind::Organisation,
         QStringLiteral("山本"),
         QStringLiteral("山本システムサービス"),
         QStringLiteral("03-0000-3333"),
         {},
         {},
         0},
        {0, BcpContactKind::Staff, QStringLiteral("鈴木 一郎"), {}, {}, {}, {}, c.boss}};
    plan.insurance = {{0, QStringLiteral("損保"), QStringLiteral("サイバー保険"),
                       QStringLiteral("事故対応"), QStringLiteral("1億円"), QDate(2027, 4, 1)}};
    if (!store::BcpRepository(db).savePlan(plan))
        return {};
    BcpExercise e;
    e.kind = ExerciseKind::Tabletop;
    e.date = QDate(2026, 8, 1);
    e.scenario = QStringLiteral("ランサムウェア");
    e.participants = {c.boss};
    if (!store::BcpRepository(db).insertExercise(e, kToday))
        return {};
    return c;
}

// Every page of a PDF as PNG at a low resolution: none may be blank.
QStringList blankPages(const QString &pdf, const QString &folder)
{
    QStringList blank;
    const ToolRun run =
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-gray"), pdf,
                 QDir(folder).filePath(QStringLiteral("page"))});
    if (!run.ok)
        return {QStringLiteral("pdftoppm failed: ") + run.err};
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("page*.pgm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QImage image(QDir(folder).filePath(file));
        // Above the footer, which every page has.
        int dark = 0;
        for (int y = 0; y < image.height() * 9 / 10; ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        if (dark < 60)
            blank << file;
    }
    if (files.isEmpty())
        blank << QStringLiteral("no page");
    return blank;
}

} // namespace

class TestBcpPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_bcp_print");
        clock::setFixedNow(QDateTime(kToday, QTime(1, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
    }
    void cleanupTestCase() { clock::reset(); }

    // Step 12: a vault of step 11 gets the plan's language, Japanese.
    void languageMigratesFromStepEleven()
    {
        auto made = store::Database::createEmpty();
        QVERIFY(made);
        store::Database &db = **made;
        std::vector<store::Migration> upToEleven;
        for (const store::Migration &m : store::schemaMigrations())
            if (m.version <= 11)
                upToEleven.push_back(m);
        QVERIFY(store::migrate(db, upToEleven));
        QCOMPARE(db.userVersion(), 11);
        QVERIFY(exec(db, QStringLiteral("INSERT INTO bcp_role (id, title) VALUES (1, '経理')")));
        QVERIFY(store::migrate(db));
        QCOMPARE(db.userVersion(), store::latestSchemaVersion());
        QVERIFY(store::latestSchemaVersion() >= 12);
        store::BcpRepository repo(db);
        auto plan = repo.plan();
        QVERIFY(plan);
        QCOMPARE(plan->language, QStringLiteral("ja"));
        QCOMPARE(plan->roles.size(), 1);
        const modules::ModuleInfo *m = modules::find(bcp::ModuleKey);
        QVERIFY(m && m->tables.contains(QStringLiteral("bcp_plan")));

        // Stored with the draft, and only Japanese or English.
        plan->language = QStringLiteral("en");
        QVERIFY(repo.savePlan(*plan));
        QCOMPARE(repo.plan()->language, QStringLiteral("en"));
        plan->language = QStringLiteral("fr");
        QCOMPARE(repo.savePlan(*plan).code(), ErrorCode::Invalid);
        QCOMPARE(repo.plan()->language, QStringLiteral("en"));
        QVERIFY(!exec(db, QStringLiteral("UPDATE bcp_plan SET language = 'de'")));
    }

    // A version carries its language; one stored before it had one reads
    // as Japanese; the comparison names a change of language.
    void versionsCarryTheLanguage()
    {
        BcpPlan en;
        en.language = QStringLiteral("en");
        const auto back = bcp::planFromJson(bcp::planToJson(en));
        QVERIFY(back);
        QCOMPARE(back->language, QStringLiteral("en"));
        const auto old = bcp::planFromJson(QByteArrayLiteral("{\"format\":1,\"roles\":[]}"));
        QVERIFY(old);
        QCOMPARE(old->language, QStringLiteral("ja"));

        const i18n::ScopedLanguage english(QStringLiteral("en"));
        const auto changes = bcp::comparePlans(*old, en);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).part, bcp::PlanPart::Language);
        QCOMPARE(changes.at(0).changes.at(0).detail, QStringLiteral("Japanese → English"));
        QVERIFY(bcp::comparePlans(en, en).isEmpty());
    }

    void sanitiserKeepsTheSafePart()
    {
        // What a QTextEdit writes.
        const QString edited = QStringLiteral(
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\"><html><head><meta "
            "name=\"qrichtext\" content=\"1\" /><style type=\"text/css\">p, li { white-space: "
            "pre-wrap; }</style></head><body style=\" font-family:'Noto Sans'; font-size:10pt;\">"
            "<h2 style=\" margin-top:16px;\"><span style=\" font-size:x-large; "
            "font-weight:700;\">方針</span></h2>"
            "<p style=\" margin-top:0px;\">人命を<span style=\" font-weight:700;\">最優先</span>"
            "する。<br />二行目</p>"
            "<ol style=\"margin-left: 0px;\"><li style=\"\">一つ目</li><li>二つ目</li></ol>"
            "<p style=\"-qt-paragraph-type:empty;\"><br /></p></body></html>");
        const QVector<bcp::ProseBlock> blocks = bcp::proseBlocks(edited);
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks.at(0).kind, bcp::ProseKind::Heading);
        QCOMPARE(blocks.at(0).level, 2);
        QCOMPARE(blocks.at(0).text(), QStringLiteral("方針"));
        QCOMPARE(blocks.at(1).text(), QStringLiteral("人命を最優先する。\n二行目"));
        QVERIFY(blocks.at(1).runs.at(1).bold);
        QCOMPARE(blocks.at(2).kind, bcp::ProseKind::ListItem);
        QVERIFY(blocks.at(2).ordered);
        QCOMPARE(blocks.at(3).number, 2);
        QCOMPARE(bcp::sanitizedHtml(edited),
                 QStringLiteral("<h2>方針</h2><p>人命を<b>最優先</b>する。<br/>二行目</p>"
                                "<ol><li>一つ目</li><li>二つ目</li></ol>"));
        QVERIFY(!bcp::hasProse(QStringLiteral("<p><br /></p><p>&nbsp;</p>")));
    }

    void sanitiserDropsWhatIsHostile_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text"); // what remains, squeezed
        QTest::newRow("image")
            << QStringLiteral(
                   "<p>a<img src=\"http://evil.example/x.png\" onerror=\"alert(1)\">b</p>")
            << QStringLiteral("ab");
        QTest::newRow("script")
            << QStringLiteral("<p>a</p><script>document.write('<p>x</p>')</script><p>b</p>")
            << QStringLiteral("ab");
        QTest::newRow("file link")
            << QStringLiteral("<p><a href=\"file:///etc/passwd\">link</a></p>")
            << QStringLiteral("link");
        QTest::newRow("huge font")
            << QStringLiteral("<p style=\"font-size:200pt; color:#fff\"><span "
                              "style=\"font-size:200pt\">big</span></"
                              "p>")
            << QStringLiteral("big");
        QTest::newRow("style and link")
            << QStringLiteral("<link rel=stylesheet href=http://x/y.css><style>@import "
                              "url(http://x);</style><p "
                              "style=\"background:url(http://x/y)\">t</p>")
            << QStringLiteral("t");
        QTest::newRow("iframe and object")
            << QStringLiteral("<iframe src=http://x>inner</iframe><object data=x>o</object>ok")
            << QStringLiteral("ok");
        QTest::newRow("entities") << QStringLiteral("<p>&lt;script&gt;&#0;&#x1F600;&amp;</p>")
                                  << QStringLiteral("<script>😀&");
        QTest::newRow("unclosed") << QStringLiteral("<p>a<b>b<i>c") << QStringLiteral("abc");
        QTest::newRow("comment") << QStringLiteral("<!-- <script>x</script> -->t")
                                 << QStringLiteral("t");
        QTest::newRow("svg") << QStringLiteral("<svg onload=alert(1)><text>s</text></svg>t")
                             << QStringLiteral("t");
    }

    void sanitiserDropsWhatIsHostile()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QString all;
        for (const bcp::ProseBlock &b : bcp::proseBlocks(html)) {
            all += b.text();
            for (const QStringList &row : b.rows)
                all += row.join(QString());
        }
        QCOMPARE(squeezed(all), text);
        const QString safe = bcp::sanitizedHtml(html);
        // Only the allowed elements, and never an attribute.
        static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9]+)([^>]*)>"));
        const QStringList allowed = {
            QStringLiteral("h1"), QStringLiteral("h2"),    QStringLiteral("h3"),
            QStringLiteral("h4"), QStringLiteral("h5"),    QStringLiteral("h6"),
            QStringLiteral("p"),  QStringLiteral("ul"),    QStringLiteral("ol"),
            QStringLiteral("li"), QStringLiteral("table"), QStringLiteral("tr"),
            QStringLiteral("td"), QStringLiteral("b"),     QStringLiteral("i"),
            QStringLiteral("u"),  QStringLiteral("br")};
        for (auto it = tag.globalMatch(safe); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY2(allowed.contains(m.captured(2)), qPrintable(safe));
            QVERIFY2(m.captured(3).isEmpty() || m.captured(3) == QLatin1String("/"),
                     qPrintable(safe));
        }
        // Nothing hostile is left, but as text the author wrote (escaped).
        for (const char *bad : {"http", "file:", "script", "img", "style", "font-size", "href"})
            if (!text.contains(QLatin1String(bad)))
                QVERIFY2(!safe.contains(QLatin1String(bad), Qt::CaseInsensitive), qPrintable(safe));
        QVERIFY2(!safe.contains(QStringLiteral("<script")), qPrintable(safe));
    }

    void sanitiserFlattensNestedTables()
    {
        const QString html = QStringLiteral(
            "<table><tr><th>役割</th><th>担当</th></tr><tr><td>本部長<table><tr><td>内側"
            "</td></tr></table></td><td><img src=x>鈴木</td></tr></table>");
        const QVector<bcp::ProseBlock> blocks = bcp::proseBlocks(html);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.at(0).kind, bcp::ProseKind::Table);
        QCOMPARE(blocks.at(0).rows.size(), 2);
        QCOMPARE(blocks.at(0).rows.at(0),
                 (QStringList{QStringLiteral("役割"), QStringLiteral("担当")}));
        QCOMPARE(blocks.at(0).rows.at(1),
                 (QStringList{QStringLiteral("本部長 内側"), QStringLiteral("鈴木")}));
        QCOMPARE(bcp::sanitizedHtml(html).count(QStringLiteral("<table>")), 1);
        // Printed as a table with its first row as the header.
        const QVector<bcp::PrintBlock> printed = bcp::proseSection(html);
        QCOMPARE(printed.size(), 1);
        QCOMPARE(printed.at(0).headers.size(), 2);
        QCOMPARE(printed.at(0).rows.size(), 1);
    }

    // Pasted prose of any shape prints within bounds: wide rows, deep
    // lists, piles of '&' and of unclosed tags (each would otherwise cost
    // memory or time far beyond the text's size).
    void sanitiserStaysWithinBounds()
    {
        QString wide = QStringLiteral("<table>");
        for (int r = 0; r < 200; ++r)
            wide += QStringLiteral("<tr><td>x</td></tr>");
        wide += QStringLiteral("<tr>") + QStringLiteral("<td>c</td>").repeated(5000) +
                QStringLiteral("</tr></table>");
        const QVector<bcp::ProseBlock> table = bcp::proseBlocks(wide);
        QCOMPARE(table.size(), 1);
        QCOMPARE(table.at(0).rows.size(), 201);
        for (const QStringList &row : table.at(0).rows)
            QVERIFY(row.size() <= 32);
        QVERIFY(table.at(0).rows.last().last().size() > 1000); // the rest joins the last cell

        const QString deep = QStringLiteral("<ul><li>x").repeated(500);
        for (const bcp::ProseBlock &b : bcp::proseBlocks(deep))
            QVERIFY(b.level >= 1 && b.level <= 6);

        const QString amps = QString(300000, QLatin1Char('&'));
        const QVector<bcp::ProseBlock> text = bcp::proseBlocks(amps);
        QCOMPARE(text.size(), 1);
        QCOMPARE(text.at(0).text().size(), 300000);

        const QString unclosed = QStringLiteral("<b>").repeated(100000) +
                                 QStringLiteral("</i>").repeated(100000) + QStringLiteral("y");
        QCOMPARE(bcp::proseBlocks(unclosed).value(0).text(), QStringLiteral("y"));

        const QString breaks = QStringLiteral("<p>") + QStringLiteral("<br>").repeated(200000) +
                               QStringLiteral("z</p>");
        QCOMPARE(bcp::proseBlocks(breaks).value(0).text(), QStringLiteral("z"));
    }

    // A numbered list with a bullet list left open inside it (as a list
    // toggled in the editor may be written): closing the numbered list
    // closes what it holds, and the next numbered list counts from 1.
    void sanitiserClosesTheListNamed()
    {
        const QVector<bcp::ProseBlock> blocks = bcp::proseBlocks(
            QStringLiteral("<ol><li>a</li><ul><li>b</li></ol><ol><li>c</li></ol>"));
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(0).ordered, true);
        QCOMPARE(blocks.at(1).ordered, false);
        QCOMPARE(blocks.at(1).level, 2);
        QCOMPARE(blocks.at(2).ordered, true);
        QCOMPARE(blocks.at(2).level, 1);
        QCOMPARE(blocks.at(2).number, 1);
    }

    void binder_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }

    // Every section with its form number, the contents with the page each
    // section starts on, the appendices, searchable in the PDF; no empty page.
    void binder()
    {
        QFETCH(QString, language);
        Company c = company();
        QVERIFY(c.db);
        const QString before = i18n::currentLanguage();
        auto job = report::buildBcpPrint(*c.db, bcp::PrintPart::Binder, {language, 0, kToday});
        QVERIFY2(job, qPrintable(job.error()));
        QCOMPARE(i18n::currentLanguage(), before);
        const bcp::BcpPrintout &b = job->binder;
        QCOMPARE(b.language, language);
        QCOMPARE(b.organisation, kCompany);
        const QStringList forms = {
            QStringLiteral("様式02"),   QStringLiteral("様式03"), QStringLiteral("様式04"),
            QStringLiteral("様式06"),   QStringLiteral("様式08"), QStringLiteral("様式09"),
            QStringLiteral("様式11"),   QStringLiteral("様式12"), QStringLiteral("様式15"),
            QStringLiteral("様式16-2"), QStringLiteral("様式17"), QStringLiteral("様式18")};
        QStringList seen;
        for (const bcp::PrintSection &s : b.sections) {
            if (!s.form.isEmpty())
                seen << s.form;
            QVERIFY2(s.filled, qPrintable(s.id));
        }
        QCOMPARE(seen, forms); // in the guideline's order
        // The findings start their sentences (in English, "Core business 1 …").
        for (const bcp::PrintSection &s : b.sections)
            if (s.id == QLatin1String("checks"))
                for (const bcp::PrintBlock &block : s.blocks)
                    if (block.kind == bcp::PrintBlock::Kind::Bullet)
                        QVERIFY2(!block.text.at(0).isLower(), qPrintable(block.text));
        QCOMPARE(b.sections.last().id, QStringLiteral("checks")); // the draft's appendix

        QTemporaryDir dir;
        const QString path = dir.filePath(job->fileName());
        const Result<int> pages = report::writeBcpPrint(*job, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        if (const QString keep = qEnvironmentVariable("KAMAE_KEEP_BCP_PDF"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("binder-%1.pdf").arg(language)));
        RUN_TOOL(info, "pdfinfo", {path});
        QCOMPARE(pagesOf(info.out), *pages);
        QVERIFY(info.out.contains(QStringLiteral("(A4)")));
        RUN_TOOL(fonts, "pdffonts", {path});
        QVERIFY2(fonts.out.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts.out));
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        const QString all = squeezed(text.out);
        QStringList expected = {squeezed(b.title),
                                kCompany,
                                squeezed(b.contentsTitle),
                                squeezed(b.callTreeHeading),
                                squeezed(b.cardHeading),
                                QStringLiteral("受注データベース"),
                                QStringLiteral("販売管理サーバ"),
                                QStringLiteral("090-1111-2222"),
                                QStringLiteral("171")};
        for (int i = 0; i < b.sections.size(); ++i)
            expected << squeezed(
                QStringLiteral("%1. %2").arg(i + 1).arg(b.sections.at(i).heading()));
        for (const QString &form : forms)
            expected << form;
        for (const QString &e : expected)
            QVERIFY2(all.contains(e), qPrintable(e + QStringLiteral("\n") + text.out));
        // The contents give each section's page: the page its title is on.
        const QStringList pageTexts = text.out.split(QLatin1Char('\f'));
        for (int i = 0; i < b.sections.size(); ++i) {
            const QString title =
                squeezed(QStringLiteral("%1. %2").arg(i + 1).arg(b.sections.at(i).heading()));
            int onPage = 0;
            for (int p = 1; p < pageTexts.size() && onPage == 0; ++p)
                if (squeezed(pageTexts.at(p)).contains(title))
                    onPage = p + 1;
            QVERIFY2(onPage > 1, qPrintable(title));
            QVERIFY2(squeezed(pageTexts.at(0)).contains(title + QString::number(onPage)),
                     qPrintable(title + QStringLiteral(" on page ") + QString::number(onPage) +
                                QStringLiteral("\n") + pageTexts.at(0)));
        }
        // The last two pages: the call tree, then the two cards.
        QVERIFY(squeezed(pageTexts.value(*pages - 2)).contains(squeezed(b.callTree.title)));
        QCOMPARE(squeezed(pageTexts.value(*pages - 1)).count(squeezed(b.card.title)), 2);
        QCOMPARE(blankPages(path, dir.path()), QStringList());
    }

    // Nothing recorded: every section is there and says it is not filled in.
    void emptyPlanShowsItsGaps()
    {
        auto db = migrated();
        QVERIFY(db);
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO organisation (id, name, updated_at) VALUES "
                                         "(1, '', '2026-11-01T00:00:00Z')")));
        auto job =
            report::buildBcpPrint(*db, bcp::PrintPart::Binder, {QStringLiteral("en"), 0, kToday});
        QVERIFY2(job, qPrintable(job.error()));
        QCOMPARE(job->binder.sections.size(), 16);
        for (const bcp::PrintSection &s : job->binder.sections)
            if (s.id != QLatin1String("checks"))
                QVERIFY2(!s.filled, qPrintable(s.id));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.pdf"));
        const Result<int> pages = report::writeBcpPrint(*job, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        QVERIFY2(text.out.count(QStringLiteral("Not filled in yet.")) >= 12, qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("No role is listed")));
        if (const QString keep = qEnvironmentVariable("KAMAE_KEEP_BCP_PDF"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("binder-empty.pdf")));
        QCOMPARE(blankPages(path, dir.path()), QStringList());
    }

    // A published version prints as it was frozen, in its own language,
    // whatever the draft became; an unknown version is NotFound.
    void publishedVersionIsFrozen()
    {
        Company c = company();
        QVERIFY(c.db);
        store::BcpRepository repo(*c.db);
        QVERIFY(repo.publish(c.boss, QStringLiteral("初版"), kToday.addDays(-10)));
        auto draft = repo.plan();
        QVERIFY(draft);
        draft->businesses[0].name = QStringLiteral("新しい中核事業");
        draft->language = QStringLiteral("en");
        QVERIFY(repo.savePlan(*draft));

        auto v1 = report::buildBcpPrint(*c.db, bcp::PrintPart::Binder, {QString(), 1, kToday});
        QVERIFY2(v1, qPrintable(v1.error()));
        QCOMPARE(v1->language, QStringLiteral("ja")); // version 1's language
        const QString frozen = bcp::printoutText(v1->binder).join(QLatin1Char('\n'));
        QVERIFY(frozen.contains(QStringLiteral("受注・出荷")));
        QVERIFY(!frozen.contains(QStringLiteral("新しい中核事業")));
        QVERIFY(frozen.contains(QStringLiteral("鈴木 一郎"))); // the approver
        QVERIFY(v1->binder.sections.last().id != QLatin1String("checks"));
        QVERIFY(v1->fileName().endsWith(QStringLiteral("_v1.pdf")));

        auto now = report::buildBcpPrint(*c.db, bcp::PrintPart::Binder, {QString(), 0, kToday});
        QVERIFY(now);
        QCOMPARE(now->language, QStringLiteral("en")); // the draft's language
        QVERIFY(bcp::printoutText(now->binder)
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("新しい中核事業")));
        QCOMPARE(now->binder.status, QStringLiteral("Draft"));

        QCOMPARE(
            report::buildBcpPrint(*c.db, bcp::PrintPart::Binder, {QString(), 7, kToday}).code(),
            ErrorCode::NotFound);
    }

    void card_data() { binder_data(); }

    // Two identical cards on one A4 page, with 171 and web171, the role
    // holders' phones; long names are shortened, never cut.
    void card()
    {
        QFETCH(QString, language);
        Company c = company();
        QVERIFY(c.db);
        auto job = report::buildBcpPrint(*c.db, bcp::PrintPart::Card, {language, 0, kToday});
        QVERIFY2(job, qPrintable(job.error()));
        const bcp::EmergencyCard &card = job->binder.card;
        QCOMPARE(card.firstSteps, QStringList{QStringLiteral("身の安全を確保する。")});
        QCOMPARE(card.contacts.at(0).phone, QStringLiteral("090-1111-2222"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("card.pdf"));
        const Result<int> pages = report::writeBcpPrint(*job, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        QCOMPARE(*pages, 1);
        RUN_TOOL(info, "pdfinfo", {path});
        QCOMPARE(pagesOf(info.out), 1);
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        const QString all = squeezed(text.out);
        QCOMPARE(all.count(squeezed(card.title)), 2);
        QCOMPARE(all.count(QStringLiteral("https://www.web171.jp/")), 2);
        QCOMPARE(all.count(QStringLiteral("090-1111-2222")), 2);
        QVERIFY(all.count(QStringLiteral("171")) >= 4);
        QVERIFY2(all.contains(squeezed(card.dialTitle)), qPrintable(text.out));
        QCOMPARE(blankPages(path, dir.path()), QStringList());

        // Long texts everywhere: still one page, shortened with "…".
        bcp::BcpPrintout big = job->binder;
        const QString longName = QString(120, QChar(0x540D)); // 名…
        big.card.organisation = longName;
        big.card.contacts.append({longName, longName, QStringLiteral("03-1234-5678")});
        for (int i = 0; i < 8; ++i)
            big.card.firstSteps << QString(400, QChar(0x624B));
        QPdfWriter probe(dir.filePath(QStringLiteral("probe.pdf")));
        probe.setPageLayout(report::reportPageLayout());
        probe.setResolution(300);
        const QRectF page(QPointF(0, 0), probe.pageLayout().paintRectPixels(300).size());
        const report::CardLayout layout = report::layoutCards(big.card, probe, page);
        QVERIFY(layout.fontPoints >= 6);
        QVERIFY(layout.stepLines < 4 || layout.steps < big.card.firstSteps.size());
        QVERIFY(layout.top.bottom() < layout.cut.y1() && layout.cut.y1() < layout.bottom.top());
        QVERIFY(page.contains(layout.bottom));
        const QString bigPath = dir.filePath(QStringLiteral("big.pdf"));
        QCOMPARE(*report::writeCardPdf(big, bigPath), 1);
        if (const QString keep = qEnvironmentVariable("KAMAE_KEEP_BCP_PDF"); !keep.isEmpty())
            QFile::copy(bigPath,
                        QDir(keep).filePath(QStringLiteral("card-long-%1.pdf").arg(language)));
        RUN_TOOL(bigText, "pdftotext", {QStringLiteral("-raw"), bigPath, QStringLiteral("-")});
        QVERIFY(bigText.out.contains(QStringLiteral("…")));
        QVERIFY(squeezed(bigText.out).contains(QStringLiteral("03-1234-5678")));
        // The message dial is never pushed off the card.
        QCOMPARE(squeezed(bigText.out).count(QStringLiteral("https://www.web171.jp/")), 2);
    }

    void callTreeStaysOnThePage_data()
    {
        QTest::addColumn<int>("roles");
        QTest::newRow("1") << 1;
        QTest::newRow("5") << 5;
        QTest::newRow("30") << 30;
    }

    void callTreeStaysOnThePage()
    {
        QFETCH(int, roles);
        bcp::CallTree tree;
        tree.title = QStringLiteral("Call tree");
        tree.intro = QStringLiteral("Call each role.");
        tree.deputyLabel = QStringLiteral("Deputy: %1");
        for (int i = 0; i < roles; ++i) {
            bcp::CallTreeBox box;
            box.role = QStringLiteral("Role %1 with a rather long title").arg(i);
            box.holder = QString(60, QChar(0x540D));
            box.phone = QStringLiteral("090-0000-%1").arg(i, 4, 10, QLatin1Char('0'));
            if (i == 0)
                tree.root = box;
            else
                tree.children.append(box);
        }
        QTemporaryDir dir;
        QPdfWriter probe(dir.filePath(QStringLiteral("probe.pdf")));
        probe.setPageLayout(report::reportPageLayout());
        probe.setResolution(300);
        const QRectF page(QPointF(0, 0), probe.pageLayout().paintRectPixels(300).size());
        const report::CallTreeLayout layout = report::layoutCallTree(tree, probe, page);
        int shown = 0;
        for (const report::CallTreePage &p : layout.pages) {
            QVERIFY(layout.body.contains(p.root));
            QVERIFY(p.root.top() >= layout.body.top() + layout.headerHeight - 0.01);
            for (int i = 0; i < p.boxes.size(); ++i) {
                QVERIFY2(layout.body.contains(p.boxes.at(i)), qPrintable(QString::number(i)));
                QVERIFY(!p.boxes.at(i).intersects(p.root));
                for (int j = i + 1; j < p.boxes.size(); ++j)
                    QVERIFY(!p.boxes.at(i).intersects(p.boxes.at(j)));
            }
            for (const QLineF &line : p.lines) {
                QVERIFY(layout.body.contains(line.p1()) && layout.body.contains(line.p2()));
                // No line crosses a box other than where it ends on it.
                for (const QRectF &box : p.boxes)
                    QVERIFY(!box.adjusted(1, 1, -1, -1).contains(line.center()));
            }
            shown += int(p.boxes.size());
        }
        QCOMPARE(shown, roles - 1);
        QCOMPARE(layout.pages.size() > 1, roles == 30);

        // And as a PDF: one page per layout page, every role searchable.
        bcp::BcpPrintout printout;
        printout.callTree = tree;
        printout.pageLabel = QStringLiteral("Page %1 of %2");
        const QString path = dir.filePath(QStringLiteral("tree.pdf"));
        const Result<int> pages = report::writeCallTreePdf(printout, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        QCOMPARE(*pages, int(layout.pages.size()));
        if (const QString keep = qEnvironmentVariable("KAMAE_KEEP_BCP_PDF"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("tree-%1.pdf").arg(roles)));
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        for (int i = 0; i < roles; ++i)
            QVERIFY2(
                text.out.contains(QStringLiteral("090-0000-%1").arg(i, 4, 10, QLatin1Char('0'))),
                qPrintable(QString::number(i)));
    }

    void metiDraft_data() { binder_data(); }

    // The draft of 事業継続力強化計画: its four parts (目標, 初動対応, 対策,
    // 実効性確保) filled from the plan.
    void metiDraft()
    {
        QFETCH(QString, language);
        Company c = company();
        QVERIFY(c.db);
        auto job = report::buildBcpPrint(*c.db, bcp::PrintPart::Meti, {language, 0, kToday});
        QVERIFY2(job, qPrintable(job.error()));
        const bcp::MetiDraft &d = job->meti;
        QStringList ids;
        for (const bcp::PrintSection &s : d.sections)
            ids << s.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("meti-name"), QStringLiteral("meti-goals"),
                                   QStringLiteral("meti-response"), QStringLiteral("meti-measures"),
                                   QStringLiteral("meti-effectiveness")}));
        QTemporaryDir dir;
        const QString path = dir.filePath(job->fileName());
        const Result<int> pages = report::writeBcpPrint(*job, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        const QString all = squeezed(text.out);
        for (const QString &key :
             {QStringLiteral("事業継続力強化の目標"), QStringLiteral("対応手順"),
              QStringLiteral("事業継続力強化に資する対策及び取組"),
              QStringLiteral("実効性を確保するための取組"), QStringLiteral("人命を最優先する。"),
              QStringLiteral("LANケーブルを抜く。"), QStringLiteral("USBディスク"),
              QStringLiteral("ランサムウェア"), kCompany})
            QVERIFY2(all.contains(key), qPrintable(key + QStringLiteral("\n") + text.out));
        for (const bcp::PrintSection &s : d.sections)
            QVERIFY2(all.contains(squeezed(s.heading())), qPrintable(s.heading()));
        QVERIFY(all.contains(squeezed(d.draftNote)));
        QCOMPARE(blankPages(path, dir.path()), QStringList());
    }

    // A folder that cannot be written fails and leaves nothing behind.
    void failedWriteLeavesNothing()
    {
        Company c = company();
        QVERIFY(c.db);
        auto job =
            report::buildBcpPrint(*c.db, bcp::PrintPart::Binder, {QStringLiteral("en"), 0, kToday});
        QVERIFY(job);
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QVERIFY(test::writeFile(blocker, "kept"));
        const Result<int> written =
            report::writeBcpPrint(*job, blocker + QStringLiteral("/bcp.pdf"));
        QVERIFY(!written);
        QCOMPARE(written.code(), ErrorCode::Io);
        QCOMPARE(test::entriesIn(dir.path()), QStringList{QStringLiteral("not-a-folder")});
    }
};

QTEST_MAIN(TestBcpPrint)
#include "tst_bcp_print.moc"
