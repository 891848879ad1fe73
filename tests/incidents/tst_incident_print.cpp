// The incidents module's printouts (issue 19): the incident card's content
// in Japanese and English (the essentials first, every number from the
// records, the official page where there is none), the wallet cards'
// geometry and fit, the incident report's sections, its legal clock with
// an overdue report, a long timeline on several pages with nothing below
// the body, the PDFs themselves (read back with poppler's pdfinfo and
// pdftotext), and the incidents measure of the executive report.
#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "demo/DemoCompany.h"
#include "domain/Person.h"
#include "i18n/Language.h"
#include "incidents/IncidentDefaults.h"
#include "incidents/IncidentPrint.h"
#include "incidents/IncidentRecords.h"
#include "incidents/IncidentRepository.h"
#include "incidents/report/IncidentPdf.h"
#include "report/Report.h"
#include "report/ReportRenderer.h"
#include "score/ScoreTypes.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"

#include <QDir>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kamae;
using namespace kamae::domain;
using namespace kamae::incidents;

using kamae::test::pagesOf;
using kamae::test::runTool;
using kamae::test::squeezed;
using kamae::test::ToolRun;

namespace {

const QDate kToday(2026, 11, 22);
const QTimeZone kTokyo("Asia/Tokyo");
const QString kCompany = QStringLiteral("株式会社テスト工業");

QDateTime tokyo(const QDate &d, int hour, int minute)
{
    return QDateTime(d, QTime(hour, minute), kTokyo).toUTC();
}

Person person(qint64 id, const QString &name, const QString &phone)
{
    Person p;
    p.id = id;
    p.name = name;
    p.phone = phone;
    return p;
}

// The directory Kamae ships, checked last month, with the company's own
// responder (no phone on the entry: the people list has one), its IT
// vendor and its insurer.
IncidentPrintInput cardInput()
{
    IncidentPrintInput in;
    in.organisation = kCompany;
    in.today = kToday;
    in.zone = kTokyo;
    in.people = {person(1, QStringLiteral("田中 健"), QStringLiteral("090-1111-2222")),
                 person(2, QStringLiteral("佐藤 花子"), QString())};
    for (IncidentContact c :
         defaultContacts(QStringLiteral("東京都"), QStringLiteral("製造業"), kToday)) {
        c.checked = kToday.addDays(-30);
        in.contacts << storedContact(c);
    }
    IncidentContact responder;
    responder.kind = ContactKind::Responder;
    responder.name = QStringLiteral("田中 健（情報システム担当）");
    responder.personId = 1;
    responder.checked = kToday.addDays(-30);
    IncidentContact vendor;
    vendor.kind = ContactKind::ItVendor;
    vendor.name = QStringLiteral("山本システムサービス");
    vendor.phone = QStringLiteral("03-0000-3333");
    vendor.whenToCall = QStringLiteral("平日9時〜18時");
    vendor.checked = kToday.addDays(-30);
    in.contacts << vendor << responder;
    return in;
}

// An incident with something in every part.
IncidentPrintInput reportInput()
{
    IncidentPrintInput in = cardInput();
    Incident &i = in.incident;
    i.id = 7;
    i.kind = IncidentKind::Ransomware;
    i.title = QStringLiteral("ファイルサーバの暗号化");
    i.occurred = tokyo(QDate(2026, 11, 1), 2, 0);
    i.detected = tokyo(QDate(2026, 11, 2), 8, 30);
    i.aware = tokyo(QDate(2026, 11, 2), 9, 0);
    i.contained = tokyo(QDate(2026, 11, 2), 9, 20);
    i.foundBy = 2;
    i.assets = {11, 12};
    in.assetNames = {{11, QStringLiteral("ファイルサーバ")}, {12, QStringLiteral("NAS")}};
    i.personal.kinds = QStringLiteral("氏名、住所");
    i.personal.people = 2400;
    i.personal.malice = true;
    i.status = IncidentStatus::Contained;
    i.cause = QStringLiteral("VPN 機器の未修正の脆弱性");
    i.timeline = {
        {1,
         tokyo(QDate(2026, 11, 2), 8, 30),
         TimelineKind::Detection,
         QStringLiteral("脅迫文が表示された"),
         2,
         {}},
        {2, tokyo(QDate(2026, 11, 2), 9, 10), TimelineKind::Decision,
         QStringLiteral("身代金は支払わない"), 1, timelinetag::NoRansomPaid},
        {3, tokyo(QDate(2026, 11, 3), 10, 0), TimelineKind::ContactMade,
         QStringLiteral("個人情報保護委員会に速報"), 1, timelinetag::PpcPreliminary},
    };
    i.ticks = {{5,
                QStringLiteral("Do not pay the ransom and do not contact the attacker; record "
                               "the decision in the timeline."),
                1, tokyo(QDate(2026, 11, 2), 9, 10)}};
    i.actions = {
        {1, QStringLiteral("VPN を更新する"), 1, QDate(2026, 11, 10), QDate()},
        {2, QStringLiteral("オフラインバックアップを確認"), 2, QDate(2026, 12, 10), QDate()}};
    return in;
}

const ReportPart *partOf(const IncidentReport &r, const QString &id)
{
    for (const ReportPart &p : r.parts)
        if (p.id == id)
            return &p;
    return nullptr;
}

QStringList partText(const ReportPart &p)
{
    QStringList out;
    for (const ReportBlock &b : p.blocks) {
        out << b.text << b.headers;
        for (const QStringList &row : b.rows)
            out << row;
    }
    return out;
}

std::unique_ptr<store::Database> migrated()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    return std::move(db.value());
}

} // namespace

class TestIncidentPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_incident_print");
        clock::setFixedNow(QDateTime(kToday, QTime(1, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(kTokyo);
    }
    void cleanupTestCase() { clock::reset(); }

    // The card: the essential steps first, the company's own people and
    // helpers before the public bodies, every number one the records hold
    // (the responder's from the people list, the police's #9110), the
    // official page's name where there is no number.
    void cardContents()
    {
        const IncidentPrintInput in = cardInput();
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            const i18n::ScopedLanguage scope(language);
            const IncidentCard card = incidentCard(in);
            QCOMPARE(card.language, language);
            QCOMPARE(card.organisation, kCompany);
            QCOMPARE(card.steps, cardSteps());
            QVERIFY(card.essentialSteps >= 3 && card.essentialSteps <= card.steps.size());
            QCOMPARE(card.numbers.size(), in.contacts.size());
            QCOMPARE(card.numbers.at(0).name, QStringLiteral("田中 健（情報システム担当）"));
            QCOMPARE(card.numbers.at(0).number, QStringLiteral("090-1111-2222"));
            QCOMPARE(card.numbers.at(1).number, QStringLiteral("03-0000-3333"));
            QCOMPARE(card.numbers.at(1).whenToCall, QStringLiteral("平日9時〜18時"));

            // No number that is not in the records.
            QSet<QString> known{QStringLiteral("090-1111-2222")};
            for (const IncidentContact &c : in.contacts)
                if (!c.phone.isEmpty())
                    known << c.phone;
            bool police = false, ipa = false;
            for (const CardNumber &n : card.numbers) {
                QVERIFY2(n.number.isEmpty() || known.contains(n.number), qPrintable(n.number));
                QVERIFY2(!n.number.isEmpty() || !n.lookUp.isEmpty(), qPrintable(n.name));
                if (n.number == QStringLiteral("#9110"))
                    police = true;
                if (n.lookUp.contains(
                        QStringLiteral("IPA「サイバーセキュリティ 相談・届出窓口一覧」"))) {
                    ipa = true;
                    QVERIFY(n.number.isEmpty());
                }
            }
            QVERIFY(police);
            QVERIFY(ipa);
            QVERIFY2(card.checkedNote.contains(i18n::formatDate(kToday.addDays(-30))),
                     qPrintable(card.checkedNote));
            QVERIFY(card.fileName.endsWith(QStringLiteral("_株式会社テスト工業.pdf")));
        }
        const i18n::ScopedLanguage english(QStringLiteral("en"));
        const IncidentCard card = incidentCard(in);
        QCOMPARE(card.title, QStringLiteral("Incident card"));
        QVERIFY(card.steps.at(0).contains(QStringLiteral("keep the machine powered on")));
        QVERIFY(card.steps.at(2).contains(QStringLiteral("Do not pay a ransom")));
        QVERIFY(cardText(card).contains(QStringLiteral("#9110")));

        // A contact never checked says so on the card.
        IncidentPrintInput unchecked = in;
        unchecked.contacts[0].checked = QDate();
        QVERIFY(incidentCard(unchecked).checkedNote.contains(QStringLiteral("never checked")));
        // An empty directory says where to fill it in.
        IncidentPrintInput empty = in;
        empty.contacts.clear();
        const IncidentCard bare = incidentCard(empty);
        QVERIFY(bare.numbers.isEmpty());
        QVERIFY(!bare.emptyNumbers.isEmpty());
    }

    // Wallet cards: ten 91 × 55 mm faces (five folded cards) inside the
    // sheet, the text at a readable size with every step and number; with
    // a directory of 40 entries the numbers' type shrinks to its smallest,
    // the first numbers stay and the rest are counted; the steps stay.
    void walletCardsFit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QPdfWriter writer(dir.filePath(QStringLiteral("layout.pdf")));
        writer.setResolution(300);
        writer.setPageLayout(report::incidentCardPageLayout(CardSize::Wallet));
        const QRectF page(QPointF(0, 0),
                          writer.pageLayout().paintRectPixels(writer.resolution()).size());
        const double mm = writer.resolution() / 25.4;

        const i18n::ScopedLanguage japanese(QStringLiteral("ja"));
        const IncidentCard card = incidentCard(cardInput());
        const report::IncidentCardLayout l =
            report::layoutIncidentCard(card, CardSize::Wallet, writer, page);
        QCOMPARE(l.stepFaces.size(), 5);
        QCOMPARE(l.numberFaces.size(), 5);
        QVERIFY(l.fits);
        QCOMPARE(l.steps, int(card.steps.size()));
        QVERIFY2(l.fontPoints >= 4.5, qPrintable(QString::number(l.fontPoints)));
        for (const QRectF &face : l.stepFaces + l.numberFaces) {
            QVERIFY(page.contains(face));
            QVERIFY(qAbs(face.width() - 91 * mm) < 1);
            QVERIFY(qAbs(face.height() - 55 * mm) < 1);
        }
        QVERIFY(l.cuts.size() >= 6);
        QCOMPARE(l.folds.size(), 1);

        // The A4 card: one face, larger type.
        QPdfWriter a4(dir.filePath(QStringLiteral("a4.pdf")));
        a4.setResolution(300);
        a4.setPageLayout(report::incidentCardPageLayout(CardSize::A4));
        const QRectF a4Page(QPointF(0, 0), a4.pageLayout().paintRectPixels(300).size());
        const report::IncidentCardLayout big =
            report::layoutIncidentCard(card, CardSize::A4, a4, a4Page);
        QVERIFY(big.fits);
        QCOMPARE(big.stepFaces.size(), 1);
        QVERIFY(big.numberFaces.isEmpty());
        QVERIFY(big.fontPoints > l.fontPoints);

        // Forty numbers: smaller type, never fewer than the essential steps.
        IncidentPrintInput crowded = cardInput();
        for (int k = 0; k < 34; ++k) {
            IncidentContact extra;
            extra.kind = ContactKind::Other;
            extra.name = QStringLiteral("取引先 %1 の情報システム窓口（代表）").arg(k);
            extra.phone = QStringLiteral("03-0000-%1").arg(1000 + k);
            crowded.contacts << extra;
        }
        const IncidentCard full = incidentCard(crowded);
        const report::IncidentCardLayout tight =
            report::layoutIncidentCard(full, CardSize::Wallet, writer, page);
        QCOMPARE(l.numbers, int(card.numbers.size()));
        QVERIFY(tight.numberPoints <= l.numberPoints);
        QVERIFY(tight.steps >= full.essentialSteps);
        // Too many for the face: the first ones, the rest counted.
        QVERIFY(tight.fits);
        QVERIFY(tight.numbers >= 5 && tight.numbers < full.numbers.size());
    }

    // The report: every part in order, the legal clock with the items of
    // the form prefilled, the decision not to pay in bold, the steps with
    // who and when, a follow-up past its date in red.
    void reportSections()
    {
        const i18n::ScopedLanguage english(QStringLiteral("en"));
        const IncidentReport r = incidentReport(reportInput());
        QStringList ids;
        for (const ReportPart &p : r.parts)
            ids << p.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("overview"), QStringLiteral("personal"),
                                   QStringLiteral("timeline"), QStringLiteral("steps"),
                                   QStringLiteral("actions"), QStringLiteral("cause"),
                                   QStringLiteral("lessons")}));
        QCOMPARE(r.title, QStringLiteral("Incident report"));
        QCOMPARE(r.subtitle, QStringLiteral("ファイルサーバの暗号化"));
        QCOMPARE(r.fileName, QStringLiteral("Incident_report_株式会社テスト工業_7.pdf"));

        const QString overview = partText(*partOf(r, QStringLiteral("overview"))).join(u'|');
        QVERIFY2(overview.contains(QStringLiteral("ファイルサーバ, NAS")), qPrintable(overview));
        QVERIFY(overview.contains(QStringLiteral("佐藤 花子")));
        QVERIFY(overview.contains(QStringLiteral("2026-11-02 08:30")));

        const ReportPart *personal = partOf(r, QStringLiteral("personal"));
        const QString legal = partText(*personal).join(u'|');
        QVERIFY2(legal.contains(QStringLiteral("Preliminary report (速報)")), qPrintable(legal));
        QVERIFY(legal.contains(QStringLiteral("Final report (確報)")));
        QVERIFY(legal.contains(QStringLiteral("by 2026-12-31 (60 ")));
        QVERIFY(legal.contains(QStringLiteral("2026-11-03|Made")));
        QVERIFY(legal.contains(QStringLiteral("(to be completed)")));
        QVERIFY(legal.contains(QStringLiteral("Items of personal data|氏名、住所")));

        const ReportPart *timeline = partOf(r, QStringLiteral("timeline"));
        QVERIFY(partText(*timeline).join(u'|').contains(
            QStringLiteral("Decision: no ransom was paid (recorded 2026-11-02 09:10).")));
        const ReportBlock &entries = timeline->blocks.last();
        QCOMPARE(entries.rows.size(), 3);
        QCOMPARE(entries.boldRows, QVector<int>{1});
        QCOMPARE(entries.rows.at(1).value(3), QStringLiteral("田中 健"));

        const QString steps = partText(*partOf(r, QStringLiteral("steps"))).join(u'|');
        QVERIFY(steps.contains(QStringLiteral("Do not pay the ransom")));
        QVERIFY(steps.contains(QStringLiteral("田中 健|2026-11-02 09:10")));
        const ReportPart *actions = partOf(r, QStringLiteral("actions"));
        QCOMPARE(actions->blocks.last().alertRows, QVector<int>{0});
        QVERIFY(partText(*partOf(r, QStringLiteral("lessons")))
                    .contains(QStringLiteral("Not recorded yet.")));

        // A ransomware incident without the decision says it is missing.
        IncidentPrintInput undecided = reportInput();
        undecided.incident.timeline.removeAt(1);
        const auto undecidedReport = incidentReport(undecided);
        const ReportPart *missing = partOf(undecidedReport, QStringLiteral("timeline"));
        QCOMPARE(missing->blocks.first().kind, ReportBlock::Kind::Alert);

        // Japanese dates.
        const i18n::ScopedLanguage japanese(QStringLiteral("ja"));
        const IncidentReport ja = incidentReport(reportInput());
        QCOMPARE(ja.language, QStringLiteral("ja"));
        QVERIFY(partText(*partOf(ja, QStringLiteral("overview")))
                    .contains(QStringLiteral("2026/11/02 08:30")));
    }

    // A leak the company became aware of ten days ago, reported to nobody:
    // the preliminary report is overdue, in red and in words; the final
    // report is only due.
    void overdueReportShows()
    {
        const i18n::ScopedLanguage english(QStringLiteral("en"));
        IncidentPrintInput in = reportInput();
        in.incident.timeline.removeLast();
        in.incident.aware = tokyo(kToday.addDays(-10), 9, 0);
        in.incident.detected = in.incident.aware;
        const IncidentReport r = incidentReport(in);
        const ReportPart *personal = partOf(r, QStringLiteral("personal"));
        const ReportBlock *clock = nullptr;
        bool alert = false;
        for (const ReportBlock &b : personal->blocks) {
            if (b.kind == ReportBlock::Kind::Table && b.headers.contains(QStringLiteral("Due")))
                clock = &b;
            if (b.kind == ReportBlock::Kind::Alert &&
                b.text.startsWith(QStringLiteral("Overdue: Preliminary report (速報)")))
                alert = true;
        }
        QVERIFY(clock);
        QVERIFY(alert);
        QCOMPARE(clock->alertRows, (QVector<int>{0, 2}));
        QCOMPARE(clock->rows.at(0).value(3), QStringLiteral("Overdue"));
        QCOMPARE(clock->rows.at(1).value(3), QStringLiteral("To be made"));

        // A drill has no clock.
        in.incident.drill = true;
        const QString drill =
            partText(*partOf(incidentReport(in), QStringLiteral("personal"))).join(u'|');
        QVERIFY(drill.contains(QStringLiteral("An exercise: no report")));
    }

    // 150 timeline entries and one of 3,000 characters: several pages,
    // the long entry cut into rows, nothing below the body, and the PDF
    // has as many pages as the layout.
    void longTimelineRunsOnto()
    {
        const i18n::ScopedLanguage english(QStringLiteral("en"));
        IncidentPrintInput in = reportInput();
        for (int k = 0; k < 150; ++k)
            in.incident.timeline.append({100 + k,
                                         tokyo(QDate(2026, 11, 4), 0, 0).addSecs(k * 600),
                                         TimelineKind::Action,
                                         QStringLiteral("確認作業 %1: 端末のログを保全した").arg(k),
                                         1,
                                         {}});
        QString huge;
        for (int k = 0; k < 60; ++k)
            huge += QStringLiteral("調査会社が第%1段階のログ解析を行い、結果を報告した。").arg(k);
        in.incident.timeline.append(
            {999, tokyo(QDate(2026, 11, 20), 12, 0), TimelineKind::Action, huge, 1, {}});
        in.incident.lessons = huge;
        const IncidentReport r = incidentReport(in);
        const ReportBlock &entries = partOf(r, QStringLiteral("timeline"))->blocks.last();
        QVERIFY(entries.rows.size() > 154);
        for (const QStringList &row : entries.rows)
            QVERIFY(row.value(2).size() <= 200);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QPdfWriter writer(dir.filePath(QStringLiteral("layout.pdf")));
        writer.setPageLayout(report::reportPageLayout());
        const QRectF page(QPointF(0, 0),
                          writer.pageLayout().paintRectPixels(writer.logicalDpiY()).size());
        const report::Document doc = report::incidentReportDocument(r);
        const report::Layout layout = report::layoutDocument(doc, writer, page);
        QVERIFY2(layout.pages.size() >= 4, qPrintable(QString::number(layout.pages.size())));
        for (const report::LaidOutPage &p : layout.pages)
            for (const report::PlacedBlock &b : p.blocks)
                QVERIFY(b.rect.bottom() <= layout.body.bottom() + 1);

        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        const auto pages = report::writeIncidentReportPdf(r, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        QCOMPARE(*pages, int(layout.pages.size()));
        RUN_TOOL(info, "pdfinfo", {path});
        QCOMPARE(pagesOf(info.out), *pages);
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.out.contains(QStringLiteral("Page %1 of %1").arg(*pages)));
        QVERIFY(squeezed(text.out).contains(QStringLiteral("第59段階のログ解析")));
    }

    // The PDFs from a vault: the card on one page in each size and language,
    // the report in Japanese, an unknown incident refused.
    void pdfsFromAVault()
    {
        auto db = migrated();
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) VALUES "
                                      "(1, '', '2026-11-01T00:00:00Z')")));
        QVERIFY(store::OrganisationRepository(*db).save(test::sampleOrganisation(kCompany)));
        Person tanaka;
        tanaka.name = QStringLiteral("田中 健");
        tanaka.phone = QStringLiteral("090-1111-2222");
        const auto tanakaId = store::PeopleRepository(*db).insert(tanaka);
        QVERIFY(tanakaId);
        store::IncidentRepository repo(*db);
        QVector<IncidentContact> contacts =
            defaultContacts(QStringLiteral("東京都"), QString(), kToday);
        IncidentContact responder;
        responder.kind = ContactKind::Responder;
        responder.name = QStringLiteral("田中 健");
        responder.personId = *tanakaId;
        contacts << responder;
        QVERIFY(repo.saveContacts(contacts, kToday));
        Incident incident = reportInput().incident;
        incident.id = 0;
        incident.foundBy = *tanakaId;
        incident.assets.clear();
        for (TimelineEntry &e : incident.timeline) {
            e.id = 0;
            e.personId = *tanakaId;
        }
        for (IncidentAction &a : incident.actions) {
            a.id = 0;
            a.ownerId = *tanakaId;
        }
        incident.ticks.clear();
        const auto id = repo.insertIncident(incident, clock::now());
        QVERIFY2(id, qPrintable(id.error()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            IncidentPrintOptions options;
            options.language = language;
            options.today = kToday;
            for (const auto part :
                 {report::IncidentPrintPart::Card, report::IncidentPrintPart::WalletCard}) {
                const auto job = report::buildIncidentPrint(*db, part, options);
                QVERIFY2(job, qPrintable(job.error()));
                QCOMPARE(job->language, language);
                const QString path = dir.filePath(job->fileName());
                const auto pages = report::writeIncidentPrint(*job, path);
                QVERIFY2(pages, qPrintable(pages.error()));
                QCOMPARE(*pages, 1);
                RUN_TOOL(info, "pdfinfo", {path});
                QCOMPARE(pagesOf(info.out), 1);
                RUN_TOOL(text, "pdftotext", {path, QStringLiteral("-")});
                QVERIFY2(text.out.contains(QStringLiteral("#9110")), qPrintable(text.out));
                QVERIFY(text.out.contains(QStringLiteral("090-1111-2222")));
            }
            options.incident = *id;
            const auto job =
                report::buildIncidentPrint(*db, report::IncidentPrintPart::Report, options);
            QVERIFY2(job, qPrintable(job.error()));
            const QString path = dir.filePath(job->fileName());
            const auto pages = report::writeIncidentPrint(*job, path);
            QVERIFY2(pages, qPrintable(pages.error()));
            QVERIFY(*pages >= 2);
            RUN_TOOL(text, "pdftotext", {path, QStringLiteral("-")});
            QVERIFY2(squeezed(text.out).contains(QStringLiteral("ファイルサーバの暗号化")),
                     qPrintable(text.out));
            QVERIFY(text.out.contains(QStringLiteral("速報")));
        }
        IncidentPrintOptions unknown;
        unknown.incident = 999;
        unknown.today = kToday;
        const auto none =
            report::buildIncidentPrint(*db, report::IncidentPrintPart::Report, unknown);
        QVERIFY(!none);
        QCOMPARE(none.code(), ErrorCode::NotFound);
        // A write that cannot be made leaves nothing behind.
        const QString blocked = dir.filePath(QStringLiteral("file/inside.pdf"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("file")), "x"));
        IncidentPrintOptions card;
        card.today = kToday;
        const auto job = report::buildIncidentPrint(*db, report::IncidentPrintPart::Card, card);
        QVERIFY(job);
        QVERIFY(!report::writeIncidentPrint(*job, blocked));
        QVERIFY(!QFile::exists(blocked));
    }

    // The demo company's printouts (its Emotet incident of June) in both
    // languages: the cards fit with every step and number, the report runs
    // onto numbered pages. KAMAE_PRINTOUT_DIR keeps them there for a look
    // (pdftoppm -r 60 -png).
    void demoPrintouts()
    {
        auto db = migrated();
        QVERIFY(db);
        QSqlQuery org(db->sql());
        QVERIFY(org.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                                        "VALUES (1, 'demo', '2026-06-30T01:00:00Z')")));
        const Status filled = demo::populate(*db);
        QVERIFY2(filled, qPrintable(filled.error()));
        const auto incidents = store::IncidentRepository(*db).incidents();
        QVERIFY(incidents && !incidents->isEmpty());
        qint64 emotet = 0;
        for (const Incident &i : *incidents)
            if (i.kind == IncidentKind::Malware)
                emotet = i.id;
        QVERIFY(emotet > 0);

        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString kept = qEnvironmentVariable("KAMAE_PRINTOUT_DIR");
        const QDir dir(kept.isEmpty() ? temporary.path() : kept);
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            IncidentPrintOptions options;
            options.language = language;
            options.today = kToday;
            options.incident = emotet;
            for (const auto part :
                 {report::IncidentPrintPart::Card, report::IncidentPrintPart::WalletCard,
                  report::IncidentPrintPart::Report}) {
                const auto job = report::buildIncidentPrint(*db, part, options);
                QVERIFY2(job, qPrintable(job.error()));
                const QString path = dir.filePath(language + QLatin1Char('_') + job->fileName());
                const auto pages = report::writeIncidentPrint(*job, path);
                QVERIFY2(pages, qPrintable(pages.error()));
                if (part == report::IncidentPrintPart::Report) {
                    QVERIFY(*pages >= 3);
                    continue;
                }
                QCOMPARE(*pages, 1);
                QPdfWriter writer(dir.filePath(QStringLiteral("layout.pdf")));
                const CardSize size =
                    part == report::IncidentPrintPart::Card ? CardSize::A4 : CardSize::Wallet;
                writer.setPageLayout(report::incidentCardPageLayout(size));
                const QRectF page(QPointF(0, 0),
                                  writer.pageLayout().paintRectPixels(writer.logicalDpiY()).size());
                const report::IncidentCardLayout l =
                    report::layoutIncidentCard(job->card, size, writer, page);
                QVERIFY2(l.fits, qPrintable(language));
                QCOMPARE(l.steps, int(job->card.steps.size()));
                QCOMPARE(l.numbers, int(job->card.numbers.size()));
            }
        }
        QFile::remove(dir.filePath(QStringLiteral("layout.pdf")));
    }

    // The executive report's incidents measure reads the records once
    // there are any: the directory, the playbooks, the partners, the last
    // review, the open incidents and the reports due; before, the answers.
    void executiveReportMeasure()
    {
        auto db = migrated();
        QVERIFY(db);
        QSqlQuery org(db->sql());
        QVERIFY(org.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                                        "VALUES (1, 'demo', '2026-06-30T01:00:00Z')")));
        const auto measure = [&](const QString &language) {
            return test::measureText(*db, score::Category::Incidents, language, kToday);
        };
        const QString answers = measure(QStringLiteral("en"));
        QVERIFY2(!answers.contains(QStringLiteral("contacts checked")), qPrintable(answers));

        const Status filled = demo::populate(*db);
        QVERIFY2(filled, qPrintable(filled.error()));
        const QString en = measure(QStringLiteral("en"));
        QVERIFY2(en.contains(QStringLiteral("contacts checked")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("3 / 4|main playbooks")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("0|reports due")), qPrintable(en));
        QVERIFY2(en.contains(QStringLiteral("|days since a drill")), qPrintable(en));
        QVERIFY2(!en.contains(QStringLiteral("still open")), qPrintable(en));
        QVERIFY2(!en.contains(QStringLiteral("not recorded as made")), qPrintable(en));

        // An open leak whose preliminary report is overdue.
        Incident leak;
        leak.kind = IncidentKind::InformationLeak;
        leak.title = QStringLiteral("顧客名簿の誤送信");
        leak.detected = tokyo(kToday.addDays(-6), 10, 0);
        leak.aware = leak.detected;
        leak.personal.people = 1500;
        QVERIFY(store::IncidentRepository(*db).insertIncident(leak, clock::now()));
        const QString overdue = measure(QStringLiteral("en"));
        QVERIFY2(overdue.contains(QStringLiteral("2|reports due")), qPrintable(overdue));
        QVERIFY2(overdue.contains(QStringLiteral("for \"顧客名簿の誤送信\" was due on")),
                 qPrintable(overdue));
        QVERIFY2(overdue.contains(QStringLiteral("still open: 顧客名簿の誤送信.")),
                 qPrintable(overdue));
    }
};

QTEST_MAIN(TestIncidentPrint)
#include "tst_incident_print.moc"
