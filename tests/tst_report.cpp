// The executive report's content and its PDF: built from a vault in the
// language chosen for the report, the numbers of the score, the sections a
// reader expects, and a history that the next report compares with.

#include "TestSupport.h"

#include "core/Clock.h"
#include "demo/DemoCompany.h"
#include "i18n/Language.h"
#include "report/Report.h"
#include "report/ReportRenderer.h"
#include "score/Score.h"
#include "score/Snapshots.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/ReportRepository.h"
#include "store/ScoreRepository.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kamae;

namespace {

const QDate kToday(2026, 11, 22);

void fixClock()
{
    clock::setFixedNow(QDateTime(kToday, QTime(1, 0), QTimeZone::utc()));
    clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
}

std::unique_ptr<store::Database> emptyDatabase(const QString &company)
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    QSqlQuery org(db.value()->sql());
    org.prepare(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                               "VALUES (1, ?, '2026-06-30T01:00:00Z')"));
    org.addBindValue(company);
    if (!org.exec())
        return nullptr;
    return std::move(db.value());
}

std::unique_ptr<store::Database> demoDatabase()
{
    auto db = emptyDatabase(demo::demoOrganisationName());
    if (!db || !demo::populate(*db))
        return nullptr;
    return db;
}

report::BuiltReport build(store::Database &db, const QString &language,
                          report::Period period = report::Period::Last90Days)
{
    report::ReportOptions options;
    options.language = language;
    options.period = period;
    options.preparedBy = QStringLiteral("総務部 佐藤花子");
    options.vaultName = QStringLiteral("demo.kamae");
    auto built = report::buildReport(db, options, kToday);
    if (!built)
        qWarning("%s", qPrintable(built.error()));
    return built ? *built : report::BuiltReport();
}

const report::Section *section(const report::Document &doc, const QString &id)
{
    for (const report::Section &s : doc.sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

template <typename T> QVector<const T *> blocksOf(const report::Section &s)
{
    QVector<const T *> found;
    for (const report::Block &b : s.blocks) {
        if (const T *t = std::get_if<T>(&b))
            found.append(t);
    }
    return found;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = re.match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The words of what the user entered (names, products, owners, notes): a
// Japanese report may show them in English; Kamae's own words, never.
QSet<QString> dataWords(store::Database &db)
{
    QSet<QString> words;
    const QStringList tables = {QStringLiteral("organisation"), QStringLiteral("site"),
                                QStringLiteral("asset"),        QStringLiteral("patch_item"),
                                QStringLiteral("backup_job"),   QStringLiteral("backup_copy"),
                                QStringLiteral("backup_event")};
    const QSet<QString> machineColumns = {QStringLiteral("builtin"), QStringLiteral("schedule"),
                                          QStringLiteral("source_key"),
                                          QStringLiteral("updated_at")};
    const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    for (const QString &table : tables) {
        QSqlQuery rows(db.sql());
        rows.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                if (machineColumns.contains(record.fieldName(i)))
                    continue;
                auto it = word.globalMatch(rows.value(i).toString());
                while (it.hasNext())
                    words.insert(it.next().captured(0).toLower());
            }
        }
    }
    return words;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_report");
        i18n::applyLanguage(QStringLiteral("ja"));
    }

    void init() { fixClock(); }
    void cleanup() { clock::reset(); }

    void periods()
    {
        QCOMPARE(report::periodStart(report::Period::Last90Days, kToday), QDate(2026, 8, 24));
        QCOMPARE(report::periodStart(report::Period::ThisQuarter, kToday), QDate(2026, 10, 1));
        QCOMPARE(report::periodStart(report::Period::ThisQuarter, QDate(2026, 3, 31)),
                 QDate(2026, 1, 1));
        QCOMPARE(report::periodStart(report::Period::Last12Months, kToday), QDate(2025, 11, 22));
        for (auto p : {report::Period::Last90Days, report::Period::ThisQuarter,
                       report::Period::Last12Months})
            QCOMPARE(report::periodFromKey(report::periodKey(p)), p);
        QCOMPARE(report::periodKey(report::Period::Last12Months), QStringLiteral("year"));
        QVERIFY(!report::periodFromKey(QStringLiteral("month")));
    }

    void sectionsInOrderAndInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Posture score"),
                                           QStringLiteral("Top risks and next actions"),
                                           QStringLiteral("Status by measure"),
                                           QStringLiteral("Changes since the previous report")};
        QTest::newRow("ja") << QStringLiteral("ja")
                            << QStringList{QStringLiteral("対策スコア"),
                                           QStringLiteral("主なリスクと次の対策"),
                                           QStringLiteral("対策別の状況"),
                                           QStringLiteral("前回報告からの変化")};
    }

    void sectionsInOrderAndInTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, titles);
        auto db = demoDatabase();
        QVERIFY(db);
        const report::BuiltReport r = build(*db, language);
        QCOMPARE(r.document.language, language);
        QStringList ids;
        QStringList got;
        for (const report::Section &s : r.document.sections) {
            ids << s.id;
            if (!s.title.isEmpty())
                got << s.title;
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("cover"), QStringLiteral("summary"),
                                   QStringLiteral("actions"), QStringLiteral("status"),
                                   QStringLiteral("changes")}));
        QCOMPARE(got, titles);
        const auto cover = blocksOf<report::Cover>(*section(r.document, QStringLiteral("cover")));
        QCOMPARE(cover.size(), 1);
        QCOMPARE(cover.first()->company, demo::demoOrganisationName());
        QCOMPARE(cover.first()->approvals.size(), 3);
        if (language == QLatin1String("ja"))
            QCOMPARE(cover.first()->approvals,
                     (QStringList{QStringLiteral("承認"), QStringLiteral("確認"),
                                  QStringLiteral("作成")}));
        QVERIFY(r.document.footerLeft.contains(QStringLiteral("demo.kamae")));
        QVERIFY(r.document.pageLabel.contains(QStringLiteral("%1")));
    }

    void theWindowKeepsItsLanguage()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        int languageChanges = 0;
        struct Counter : QObject
        {
            int *count;
            explicit Counter(int *c) : count(c) {}
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::LanguageChange)
                    ++*count;
                return false;
            }
        } counter(&languageChanges);
        qApp->installEventFilter(&counter);
        const QString before = QCoreApplication::translate("kamae::report::ReportText", "Period");
        const report::BuiltReport r = build(*db, QStringLiteral("en"));
        QCoreApplication::processEvents();
        qApp->removeEventFilter(&counter);
        QCOMPARE(r.document.language, QStringLiteral("en"));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("ja"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        QCOMPARE(QCoreApplication::translate("kamae::report::ReportText", "Period"), before);
        QCOMPARE(before, QStringLiteral("対象期間"));
        QCOMPARE(languageChanges, 0);
    }

    void numbersAreTheScores()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        const auto s = score::computeScore(*db, kToday);
        QVERIFY(s);
        const report::BuiltReport r = build(*db, QStringLiteral("en"));
        const report::Section *summary = section(r.document, QStringLiteral("summary"));
        QVERIFY(summary);
        const auto hero = blocksOf<report::ScoreHero>(*summary);
        QCOMPARE(hero.size(), 1);
        QCOMPARE(hero.first()->score, s->rounded());
        const auto bars = blocksOf<report::BarChart>(*summary);
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first()->bars.size(), score::kCategoryCount);
        for (int i = 0; i < score::kCategoryCount; ++i) {
            const score::CategoryScore &c = s->categories.at(i);
            QCOMPARE(bars.first()->bars.at(i).percent, c.applies ? c.percent() : -1);
        }
        QCOMPARE(r.record.total, score::roundedPoints(s->total));
        QCOMPARE(r.record.metrics.value(QStringLiteral("score.total")), r.record.total);
        // The trend ends on today's score and starts inside the period.
        const auto trend = blocksOf<report::TrendChart>(*summary);
        QCOMPARE(trend.size(), 1);
        QVERIFY(trend.first()->points.size() > 10);
        QCOMPARE(trend.first()->points.last().day, kToday);
        QCOMPARE(trend.first()->points.last().total, score::roundedPoints(s->total));
        QVERIFY(trend.first()->points.first().day >= QDate(2026, 8, 24));
        // The next actions are the dashboard's five.
        const report::Section *actions = section(r.document, QStringLiteral("actions"));
        const auto tables = blocksOf<report::Table>(*actions);
        QVERIFY(tables.size() >= 2);
        const auto ranked = [&db] {
            const i18n::ScopedLanguage english(QStringLiteral("en"));
            return score::rankedActions(*score::computeScore(*db, kToday), score::kNextActionCount);
        }();
        QCOMPARE(tables.at(1)->rows.size(), ranked.size());
        for (int i = 0; i < ranked.size(); ++i)
            QCOMPARE(tables.at(1)->rows.at(i).at(1).text, ranked.at(i).text);
    }

    void aLongerPeriodReachesFurtherBack()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        const report::BuiltReport year =
            build(*db, QStringLiteral("en"), report::Period::Last12Months);
        const report::BuiltReport quarter =
            build(*db, QStringLiteral("en"), report::Period::ThisQuarter);
        QCOMPARE(year.record.from, QDate(2025, 11, 22));
        QCOMPARE(quarter.record.from, QDate(2026, 10, 1));
        const auto trendOf = [](const report::BuiltReport &r) {
            return blocksOf<report::TrendChart>(*section(r.document, QStringLiteral("summary")))
                .first();
        };
        QVERIFY(trendOf(year)->points.size() > trendOf(quarter)->points.size());
        QVERIFY(trendOf(year)->ticks.size() >= 6);
        // The demo's dip five months ago is in the year's words, not the quarter's.
        const QString yearText = report::documentText(year.document).join(QLatin1Char('\n'));
        QVERIFY(yearText.contains(QStringLiteral("sharpest fall was")));
        const QString quarterText = report::documentText(quarter.document).join(QLatin1Char('\n'));
        QVERIFY(!quarterText.contains(QStringLiteral("sharpest fall was")));
    }

    void theFirstDayOfAQuarterComparesWithTheDayBefore()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        // Today's snapshot exists (the dashboard was opened) and today is
        // the quarter's first day: the change is against yesterday's.
        const QDate first(2026, 10, 1);
        clock::setFixedNow(QDateTime(first, QTime(1, 0), QTimeZone::utc()));
        QVERIFY(score::takeSnapshotNow(*db, first));
        report::ReportOptions options;
        options.language = QStringLiteral("en");
        options.period = report::Period::ThisQuarter;
        auto r = report::buildReport(*db, options, first);
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        const auto hero =
            blocksOf<report::ScoreHero>(*section(r->document, QStringLiteral("summary"))).first();
        QDate before;
        for (const score::Snapshot &snap : *store::ScoreRepository(*db).snapshots()) {
            if (snap.day < first)
                before = snap.day;
        }
        QVERIFY(before.isValid());
        const QString expected = [&before] {
            const i18n::ScopedLanguage english(QStringLiteral("en"));
            return i18n::formatDate(before);
        }();
        QVERIFY2(hero->change.contains(expected),
                 qPrintable(hero->change + QStringLiteral(" / ") + expected));
    }

    void yearLabelsWhereTheYearChanges()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        const report::BuiltReport year =
            build(*db, QStringLiteral("en"), report::Period::Last12Months);
        const auto trend =
            blocksOf<report::TrendChart>(*section(year.document, QStringLiteral("summary")))
                .first();
        QStringList withYear;
        for (const report::TrendTick &t : trend->ticks) {
            if (t.label.contains(QString::number(t.day.year())))
                withYear << t.label;
        }
        // The first label and the first of the new year carry their year.
        QCOMPARE(withYear.size(), 2);
        QVERIFY(withYear.first().contains(QStringLiteral("2025")));
        QVERIFY(withYear.last().contains(QStringLiteral("2026")));
    }

    void anEmptyVaultSaysWhatToDoFirst()
    {
        auto db = emptyDatabase(QStringLiteral("Empty Trading KK"));
        QVERIFY(db);
        const report::BuiltReport r = build(*db, QStringLiteral("en"));
        const report::Section *summary = section(r.document, QStringLiteral("summary"));
        QVERIFY(summary);
        QCOMPARE(blocksOf<report::ScoreHero>(*summary).first()->score, 0);
        const QString text = report::documentText(r.document).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("Nothing has been recorded in Kamae yet")));
        const auto first = [&db] {
            const i18n::ScopedLanguage english(QStringLiteral("en"));
            return score::rankedActions(*score::computeScore(*db, kToday), 1);
        }();
        QCOMPARE(first.size(), 1);
        QVERIFY2(text.contains(first.first().text), qPrintable(first.first().text));
        QVERIFY(text.contains(QStringLiteral("No information asset is registered yet")));
        QVERIFY(text.contains(QStringLiteral("This is the first report")));
        QVERIFY(text.contains(QStringLiteral("No self-check yet")));
    }

    void historyFeedsTheNextReportsChanges()
    {
        auto db = demoDatabase();
        QVERIFY(db);
        const report::BuiltReport first = build(*db, QStringLiteral("en"));
        auto stored = report::recordIssued(*db, first, QStringLiteral("/tmp/first.pdf"), 3);
        QVERIFY2(stored, qPrintable(stored.error()));
        QVERIFY(stored->id > 0);
        auto all = store::ReportRepository(*db).all();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first(), *stored);
        QCOMPARE(all->first().destination, QStringLiteral("/tmp/first.pdf"));
        QCOMPARE(all->first().pages, 3);
        QCOMPARE(all->first().language, QStringLiteral("en"));

        // Review every asset: the unreviewed count drops to zero.
        store::AssetRepository assets(*db);
        auto list = assets.all();
        QVERIFY(list);
        int changed = 0;
        for (domain::Asset a : *list) {
            if (a.reviewed != kToday) {
                a.reviewed = kToday;
                QVERIFY(assets.update(a));
                ++changed;
            }
        }
        QVERIFY(changed > 0);
        const report::BuiltReport second = build(*db, QStringLiteral("en"));
        const report::Section *changes = section(second.document, QStringLiteral("changes"));
        QVERIFY(changes);
        const QString text =
            QStringList(report::documentText(second.document)).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("Compared with the report issued on")));
        const auto tables = blocksOf<report::Table>(*changes);
        QVERIFY(!tables.isEmpty());
        bool found = false;
        for (const auto &row : tables.first()->rows)
            found = found || row.at(0).text == QStringLiteral("Assets not reviewed in 12 months");
        QVERIFY2(found, "the improved table lists the review");
        QVERIFY(second.record.metrics.value(QStringLiteral("assets.unreviewed")) <
                first.record.metrics.value(QStringLiteral("assets.unreviewed")));

        QVERIFY(store::ReportRepository(*db).remove(stored->id));
        QVERIFY(!store::ReportRepository(*db).remove(stored->id));
        QCOMPARE(store::ReportRepository(*db).all()->size(), 0);
    }

    void aBadRecordIsRefused()
    {
        auto db = emptyDatabase(QStringLiteral("X"));
        QVERIFY(db);
        report::ReportRecord r;
        r.createdAt = clock::now();
        r.from = kToday.addDays(-90);
        r.to = kToday;
        r.language = QStringLiteral("fr");
        const auto added = store::ReportRepository(*db).add(r);
        QVERIFY(!added);
        QVERIFY(!added.error().isEmpty());
        QCOMPARE(store::ReportRepository(*db).all()->size(), 0);
    }

    void pdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void pdf()
    {
        QFETCH(QString, language);
        auto db = demoDatabase();
        QVERIFY(db);
        const report::BuiltReport r = build(*db, language);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        auto pages = report::writePdf(r.document, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        QVERIFY(*pages >= 2 && *pages <= 4);
        QCOMPARE(pdfPages(path), *pages);

        const QString fonts = run(QStringLiteral("pdffonts"), {path});
        QVERIFY(fonts.contains(QStringLiteral("NotoSansCJK")));
        const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString &line : fontLines)
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // embedded

        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.contains(demo::demoOrganisationName()));
        const auto s = score::computeScore(*db, kToday);
        // The verdict sentence names the score exactly as the dashboard shows it.
        const QString scoreSentence =
            language == QLatin1String("ja")
                ? QStringLiteral("対策スコアは100点満点中%1点").arg(s->rounded())
                : QStringLiteral("posture score is %1 of 100").arg(s->rounded());
        QVERIFY2(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).contains(scoreSentence),
                 qPrintable(scoreSentence));
        for (const report::Section &sec : r.document.sections) {
            if (!sec.title.isEmpty())
                QVERIFY2(text.contains(sec.title), qPrintable(sec.title));
        }
        if (language == QLatin1String("ja")) {
            // Words of English in a Japanese report come from the vault's data
            // or are names (IPA, SECURITY ACTION), never from untranslated text.
            QSet<QString> allowed = dataWords(*db);
            allowed.insert(QStringLiteral("demo")); // the vault's name, demo.kamae
            for (const char *name :
                 {"security", "action", "ipa", "kev", "jvn", "bcp", "mfa", "kamae", "pdf", "vpn",
                  "nas", "usb", "os", "pc", "cve", "sns", "id", "it", "ups"})
                allowed.insert(QString::fromLatin1(name));
            const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
            QStringList untranslated;
            auto it = word.globalMatch(text);
            while (it.hasNext()) {
                const QString w = it.next().captured(0);
                if (!allowed.contains(w.toLower()))
                    untranslated << w;
            }
            untranslated.removeDuplicates();
            QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char(' '))));
        }
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
