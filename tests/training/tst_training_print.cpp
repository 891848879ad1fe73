// The training module's printouts (issue 17): the coverage matrix and
// certificates of completion, as content (training/TrainingPrint.h) and as
// PDFs (report/TrainingPdf.h) in Japanese and English, read back with
// poppler's pdfinfo and pdftotext; 300 people × 12 courses; a failed write
// changes nothing.
#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "domain/Person.h"
#include "i18n/Language.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"
#include "training/StarterCourses.h"
#include "training/TrainingDesk.h"
#include "training/TrainingPrint.h"
#include "training/TrainingRecords.h"
#include "training/TrainingRepository.h"
#include "training/report/TrainingPdf.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace kamae;
using domain::AttendanceState;
using training::CoverageState;

using kamae::test::pagesOf;
using kamae::test::runTool;
using kamae::test::squeezed;
using kamae::test::ToolRun;

namespace {

const QDate kToday(2026, 11, 22);
const QString kCompany = QStringLiteral("株式会社テスト工業");

// "Page size: 841.89 x 595.276 pts (A4)": landscape when wider than tall.
bool landscape(const QString &info)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts \\(A4\\)"))
            .match(info);
    return m.hasMatch() && m.captured(1).toDouble() > m.captured(2).toDouble();
}

bool isA4(const QString &info)
{
    return info.contains(QStringLiteral("(A4)"));
}

std::unique_ptr<store::Database> migrated()
{
    auto db = store::Database::createEmpty();
    if (!db || !store::migrate(*db.value()))
        return nullptr;
    return std::move(db.value());
}

domain::Person person(const QString &name, const QString &department)
{
    domain::Person p;
    p.name = name;
    p.department = department;
    return p;
}

domain::Course course(qint64 id, const QString &title, int renewalMonths = 12)
{
    domain::Course c;
    c.id = id;
    c.title = title;
    c.renewalMonths = renewalMonths;
    return c;
}

void attend(store::TrainingRecords &r, qint64 courseId, qint64 personId, const QDate &date)
{
    domain::TrainingSession s;
    s.id = r.sessions.size() + 1;
    s.courseId = courseId;
    s.date = date;
    r.sessions.append(s);
    domain::Attendance a;
    a.id = r.attendance.size() + 1;
    a.sessionId = s.id;
    a.personId = personId;
    r.attendance.append(a);
}

// A small company in a vault: five people in two departments and one
// without, the nine starter courses, two sessions of the phishing course.
struct Company
{
    std::unique_ptr<store::Database> db;
    QVector<qint64> people;
    qint64 phishing = 0; // the starter phishing course
    qint64 session = 0;  // its session of 2026/11/10: three completed, one attended
    qint64 older = 0;    // its session of 2025/06/01: one completed
};

Company company()
{
    Company c;
    c.db = migrated();
    if (!c.db)
        return c;
    // As vault::Vault::create makes it.
    QSqlQuery q(c.db->sql());
    if (!q.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) VALUES (1, '', "
                               "'2026-11-01T00:00:00Z')")) ||
        !store::OrganisationRepository(*c.db).save(test::sampleOrganisation(kCompany)))
        return {};
    store::PeopleRepository people(*c.db);
    const QVector<QPair<QString, QString>> names = {
        {QStringLiteral("佐藤 花子"), QStringLiteral("営業部")},
        {QStringLiteral("田中 一郎"), QStringLiteral("営業部")},
        {QStringLiteral("高橋 健"), QStringLiteral("総務部")},
        {QStringLiteral("Alice Walker"), QStringLiteral("総務部")},
        {QStringLiteral("鈴木 次郎"), QString()},
    };
    for (const auto &[name, department] : names)
        c.people << *people.insert(person(name, department));
    (void)training::addStarterCourses(*c.db);
    for (const domain::Course &course : *store::TrainingRepository(*c.db).courses())
        if (course.builtin == training::starter::PhishingEmotet)
            c.phishing = course.id;
    domain::TrainingSession s;
    s.courseId = c.phishing;
    s.date = QDate(2025, 6, 1);
    c.older =
        *training::recordSession(*c.db, s, {c.people.at(4)}, AttendanceState::Completed, kToday);
    s.date = QDate(2026, 11, 10);
    s.trainer = QStringLiteral("外部講師 山本");
    c.session = *training::recordSession(*c.db, s, {c.people.at(0), c.people.at(2), c.people.at(3)},
                                         AttendanceState::Completed, kToday);
    (void)store::TrainingRepository(*c.db).setAttendance(
        c.session, {{0, c.session, c.people.at(0), AttendanceState::Completed, -1},
                    {0, c.session, c.people.at(2), AttendanceState::Completed, -1},
                    {0, c.session, c.people.at(3), AttendanceState::Completed, -1},
                    {0, c.session, c.people.at(1), AttendanceState::Attended, -1}});
    return c;
}

QString starterTitle(const QString &language, const QString &key)
{
    const i18n::ScopedLanguage scope(language);
    return training::shownCourse(training::starterCourse(key)).title;
}

// In the current language.
QString percent(int value)
{
    return training::TrainingPrintText::tr("%1 %").arg(value);
}

QString dateIn(const QString &language, const QDate &date)
{
    const i18n::ScopedLanguage scope(language);
    return i18n::formatDate(date);
}

QString printText(const char *source, const QString &language)
{
    const i18n::ScopedLanguage scope(language);
    return training::TrainingPrintText::tr(source);
}

} // namespace

class TestTrainingPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_training_print");
        clock::setFixedNow(QDateTime(kToday, QTime(1, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
    }

    void cleanupTestCase() { clock::reset(); }

    // Departments in order (none last), each heading with its coverage per
    // course, then its people with a mark and the date of each cell.
    void sheetGroupsByDepartment()
    {
        training::TrainingState state;
        const QStringList names = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                   QStringLiteral("D")};
        const QStringList departments = {QStringLiteral("Sales"), QString(),
                                         QStringLiteral("Admin"), QStringLiteral("Sales")};
        for (int i = 0; i < names.size(); ++i) {
            domain::Person p = person(names.at(i), departments.at(i));
            p.id = i + 1;
            state.people << p;
        }
        state.records.courses = {course(10, QStringLiteral("Phishing")),
                                 course(20, QStringLiteral("Passwords"))};
        attend(state.records, 10, 1, QDate(2026, 5, 1));  // done, renews 2027/05/01
        attend(state.records, 10, 4, QDate(2025, 12, 1)); // renews 2026/12/01: due soon
        attend(state.records, 20, 1, QDate(2024, 1, 1));  // expired: overdue
        state.records.courses[1].requirement = domain::Requirement::Departments;
        state.records.courses[1].requiredFor = {QStringLiteral("Sales")};

        const i18n::ScopedLanguage scope(QStringLiteral("en"));
        const training::CoverageSheet sheet = training::coverageSheet(state, kCompany, kToday);
        QCOMPARE(sheet.people, 4);
        QCOMPARE(sheet.courses.size(), 2);
        QCOMPARE(sheet.courses.at(0).title, QStringLiteral("Phishing"));
        // Phishing: A and D current, B and C overdue. Passwords: A and D overdue.
        QCOMPARE(sheet.courses.at(0).coverage, percent(50));
        QCOMPARE(sheet.courses.at(1).coverage, percent(0));
        QStringList rows;
        for (const training::SheetRow &row : sheet.rows)
            rows << row.name;
        using Print = training::TrainingPrintText;
        const auto group = [](const char *name, int n) {
            return Print::tr("%1 (%n person(s))", nullptr, n).arg(QString::fromUtf8(name));
        };
        QCOMPARE(rows, (QStringList{group("Admin", 1), QStringLiteral("C"), group("Sales", 2),
                                    QStringLiteral("A"), QStringLiteral("D"),
                                    Print::tr("No department (%n person(s))", nullptr, 1),
                                    QStringLiteral("B")}));
        const training::SheetRow &sales = sheet.rows.at(2);
        QVERIFY(sales.isDepartment());
        QCOMPARE(sales.coverage, (QStringList{percent(100), percent(0)}));
        const training::SheetRow &a = sheet.rows.at(3);
        QCOMPARE(a.personId, 1);
        QCOMPARE(a.cells.at(0).state, CoverageState::Done);
        QCOMPARE(a.cells.at(0).symbol, QStringLiteral("○"));
        QCOMPARE(a.cells.at(0).date, QStringLiteral("2026-05-01")); // completed
        QCOMPARE(a.cells.at(1).state, CoverageState::Overdue);
        QCOMPARE(a.cells.at(1).symbol, QStringLiteral("×"));
        QCOMPARE(a.cells.at(1).date, QStringLiteral("2025-01-01")); // the expired renewal
        const training::SheetRow &d = sheet.rows.at(4);
        QCOMPARE(d.cells.at(0).state, CoverageState::DueSoon);
        QCOMPARE(d.cells.at(0).symbol, QStringLiteral("△"));
        QCOMPARE(d.cells.at(0).date, QStringLiteral("2026-12-01")); // the renewal
        QCOMPARE(d.cells.at(1).date, QString()); // required from the start, never taken
        const training::SheetRow &c = sheet.rows.at(1);
        QCOMPARE(c.cells.at(1).state, CoverageState::NotRequired);
        QCOMPARE(c.cells.at(1).symbol, QStringLiteral("—"));
        QCOMPARE(c.cells.at(1).date, QString());
        QCOMPARE(sheet.legend.size(), training::kCoverageStateCount);
        QCOMPARE(sheet.fileName,
                 QStringLiteral("Training_coverage_株式会社テスト工業_20261122.pdf"));
        QVERIFY(training::sheetText(sheet).contains(QStringLiteral("2026-12-01")));

        // Nobody to show: the sheet says so instead of a table.
        training::TrainingState empty;
        const training::CoverageSheet none = training::coverageSheet(empty, kCompany, kToday);
        QVERIFY(none.rows.isEmpty());
        QVERIFY(!none.emptyText.isEmpty());

        // Portrait for a few courses; one page that says so for nobody.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("few.pdf"));
        QCOMPARE(*report::writeCoveragePdf(sheet, path), 1);
        if (const QString keep = qEnvironmentVariable("KAMAE_KEEP_TRAINING_PDF"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("coverage-portrait.pdf")));
        RUN_TOOL(info, "pdfinfo", {path});
        QVERIFY2(isA4(info.out) && !landscape(info.out), qPrintable(info.out));
        QCOMPARE(*report::writeCoveragePdf(none, path), 1);
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        QVERIFY2(squeezed(text.out).contains(squeezed(none.emptyText)), qPrintable(text.out));
    }

    void coveragePdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }

    // The vault's matrix in each language: A4 landscape for nine courses,
    // the organisation, every person and the starter courses' titles in
    // the reader's language, searchable.
    void coveragePdf()
    {
        QFETCH(QString, language);
        Company c = company();
        QVERIFY(c.db && c.phishing > 0 && c.session > 0);
        const QString before = i18n::currentLanguage();
        const auto sheet = training::buildCoverageSheet(*c.db, {language, kToday});
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(i18n::currentLanguage(), before); // the window's language is untouched
        QCOMPARE(sheet->language, language);
        QCOMPARE(sheet->courses.size(), training::starterCourses().size());
        QCOMPARE(sheet->organisation, kCompany);

        QTemporaryDir dir;
        const QString path = dir.filePath(sheet->fileName);
        const Result<int> pages = report::writeCoveragePdf(*sheet, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        QCOMPARE(*pages, 1);
        QCOMPARE(test::entriesIn(dir.path()), QStringList{sheet->fileName});
        if (const QString keep = qEnvironmentVariable("KAMAE_KEEP_TRAINING_PDF"); !keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("coverage-%1.pdf").arg(language)));

        RUN_TOOL(info, "pdfinfo", {path});
        QCOMPARE(pagesOf(info.out), *pages);
        QVERIFY2(isA4(info.out) && landscape(info.out), qPrintable(info.out));
        RUN_TOOL(fonts, "pdffonts", {path});
        QVERIFY2(fonts.out.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts.out));
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        const QString all = squeezed(text.out);
        QStringList expected = {kCompany, QStringLiteral("佐藤花子"), QStringLiteral("田中一郎"),
                                QStringLiteral("AliceWalker"), QStringLiteral("鈴木次郎"),
                                QStringLiteral("営業部"), QStringLiteral("総務部"),
                                squeezed(sheet->title), squeezed(sheet->asOfText),
                                squeezed(sheet->nameHeader), squeezed(sheet->coverageLabel),
                                squeezed(sheet->legendNote), QStringLiteral("○"),
                                QStringLiteral("×"), dateIn(language, QDate(2026, 11, 10)),
                                // A starter course's title in the reader's language.
                                squeezed(starterTitle(language, training::starter::PasswordsMfa))};
        {
            const i18n::ScopedLanguage scope(language);
            for (const CoverageState state : {CoverageState::Done, CoverageState::DueSoon,
                                              CoverageState::Overdue, CoverageState::NotRequired})
                expected << squeezed(training::stateName(state));
        }
        for (const QString &e : expected)
            QVERIFY2(all.contains(e), qPrintable(e + QStringLiteral(" missing in ") + text.out));
        if (language == QLatin1String("ja"))
            QVERIFY(starterTitle(QStringLiteral("ja"), training::starter::PasswordsMfa) !=
                    starterTitle(QStringLiteral("en"), training::starter::PasswordsMfa));
    }

    // 300 people in 6 departments × 12 courses: many landscape pages, the
    // headings on each, every person once, in order.
    void largeMatrix_data() { coveragePdf_data(); }

    void largeMatrix()
    {
        QFETCH(QString, language);
        training::TrainingState state;
        const int people = 300, courses = 12;
        for (int i = 0; i < people; ++i) {
            domain::Person p =
                person(QStringLiteral("Person %1").arg(i + 1, 3, 10, QLatin1Char('0')),
                       QStringLiteral("Dept %1").arg(i % 6 + 1));
            p.id = i + 1;
            state.people << p;
        }
        for (int c = 0; c < courses; ++c) {
            domain::Course added = course(
                c + 1, QStringLiteral("Course number %1 with a long title that wraps").arg(c + 1));
            added.onboardingDays = 90;
            state.records.courses << added;
        }
        // The last course only for the first department: "not required"
        // for the others.
        state.records.courses.last().requirement = domain::Requirement::Departments;
        state.records.courses.last().requiredFor = {QStringLiteral("Dept 1")};
        for (int i = 0; i < people; ++i) {
            if (i % 10 == 9) // joined lately: not yet due, or due soon
                state.people[i].joined = kToday.addDays(-(i % 4) * 20);
            for (int c = 0; c < courses; ++c)
                if ((i + c) % 4 != 0 && i % 10 != 9) // completions over the last 14 months
                    attend(state.records, c + 1, i + 1, kToday.addDays(-((i * 37 + c * 11) % 420)));
        }
        int states[training::kCoverageStateCount] = {};
        QElapsedTimer timer;
        timer.start();
        training::CoverageSheet sheet;
        {
            const i18n::ScopedLanguage scope(language);
            sheet = training::coverageSheet(state, kCompany, kToday);
        }
        const qint64 built = timer.restart();
        QCOMPARE(sheet.rows.size(), people + 6);
        for (const training::SheetRow &row : sheet.rows)
            for (const training::SheetCell &cell : row.cells)
                ++states[int(cell.state)];
        for (const int count : states)
            QVERIFY(count > 0); // every state is drawn somewhere
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("matrix.pdf"));
        const Result<int> pages = report::writeCoveragePdf(sheet, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        qInfo("%s, 300 people × 12 courses: sheet %lld ms, PDF %lld ms, %d pages, %lld KiB",
              qPrintable(language), built, timer.elapsed(), *pages, QFileInfo(path).size() / 1024);
        if (const QString keep = qEnvironmentVariable("KAMAE_KEEP_TRAINING_PDF"); !keep.isEmpty())
            QFile::copy(path,
                        QDir(keep).filePath(QStringLiteral("coverage-300-%1.pdf").arg(language)));
        QVERIFY2(*pages >= 8 && *pages <= 14, qPrintable(QString::number(*pages)));

        RUN_TOOL(info, "pdfinfo", {path});
        QCOMPARE(pagesOf(info.out), *pages);
        QVERIFY(landscape(info.out));
        for (int p = 1; p <= *pages; ++p) {
            RUN_TOOL(page, "pdftotext",
                     {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p),
                      QStringLiteral("-l"), QString::number(p), path, QStringLiteral("-")});
            const QString text = squeezed(page.out);
            QVERIFY2(text.contains(squeezed(sheet.nameHeader)), qPrintable(page.out));
            QVERIFY2(text.contains(QStringLiteral("Coursenumber12")), qPrintable(page.out));
            QVERIFY2(text.contains(squeezed(sheet.pageLabel.arg(p).arg(*pages))),
                     qPrintable(page.out));
            QVERIFY(text.contains(kCompany));
            // The first department's people go on over page 2, under its heading again.
            if (p == 2)
                QVERIFY2(text.contains(squeezed(sheet.continuedLabel.arg(sheet.rows.at(0).name))),
                         qPrintable(page.out));
        }
        RUN_TOOL(all, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        const QString text = squeezed(all.out);
        for (int i = 1; i <= people; ++i) {
            const QString name = QStringLiteral("Person%1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY2(text.count(name) == 1, qPrintable(name));
        }
    }

    void certificates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }

    // A session's batch: one A4 portrait page per completion (not for
    // attending only), with the name, the course in the reader's
    // language, the date, the trainer and the organisation.
    void certificates()
    {
        QFETCH(QString, language);
        Company c = company();
        QVERIFY(c.db && c.session > 0);
        training::CertificateOptions options;
        options.language = language;
        options.issued = kToday;
        options.sessionId = c.session;
        const auto batch = training::buildCertificates(*c.db, options);
        QVERIFY2(batch, qPrintable(batch.error()));
        QCOMPARE(batch->certificates.size(), 3);
        const QString title = starterTitle(language, training::starter::PhishingEmotet);
        QCOMPARE(batch->certificates.at(0).fields.at(0).value, title);
        QCOMPARE(batch->certificates.at(0).fields.size(), 3); // course, date, trainer

        QTemporaryDir dir;
        const QString path = dir.filePath(batch->fileName);
        const Result<int> pages = report::writeCertificatesPdf(*batch, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        QCOMPARE(*pages, 3);
        if (const QString keep = qEnvironmentVariable("KAMAE_KEEP_TRAINING_PDF"); !keep.isEmpty())
            QFile::copy(path,
                        QDir(keep).filePath(QStringLiteral("certificates-%1.pdf").arg(language)));
        RUN_TOOL(info, "pdfinfo", {path});
        QCOMPARE(pagesOf(info.out), 3);
        QVERIFY2(isA4(info.out) && !landscape(info.out), qPrintable(info.out));
        const QStringList names = {QStringLiteral("佐藤花子"), QStringLiteral("高橋健"),
                                   QStringLiteral("AliceWalker")};
        QStringList seen;
        for (int p = 1; p <= 3; ++p) {
            RUN_TOOL(page, "pdftotext",
                     {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p),
                      QStringLiteral("-l"), QString::number(p), path, QStringLiteral("-")});
            const QString text = squeezed(page.out);
            // One person per page, each once.
            int named = 0;
            for (const QString &name : names)
                named += text.contains(name) ? 1 : 0;
            QVERIFY2(named == 1, qPrintable(page.out));
            seen << page.out;
            for (const QString &e : {squeezed(title), kCompany, QStringLiteral("外部講師山本"),
                                     dateIn(language, QDate(2026, 11, 10)),
                                     squeezed(printText("Certificate of completion", language))})
                QVERIFY2(text.contains(e),
                         qPrintable(e + QStringLiteral(" missing in ") + page.out));
            QVERIFY(!text.contains(QStringLiteral("田中一郎"))); // attended, not completed
        }
        for (const QString &name : names)
            QVERIFY2(squeezed(seen.join(QString())).contains(name), qPrintable(name));

        // One person's certificate, for the cell of their last completion.
        training::TrainingState state = *training::loadTraining(*c.db);
        QCOMPARE(training::lastCompletedSession(state, c.people.at(4), c.phishing, kToday),
                 c.older);
        QCOMPARE(training::lastCompletedSession(state, c.people.at(0), c.phishing, kToday),
                 c.session);
        QCOMPARE(training::lastCompletedSession(state, c.people.at(1), c.phishing, kToday), 0);
        options.sessionId = c.older;
        options.people = {c.people.at(4)};
        const auto one = training::buildCertificates(*c.db, options);
        QVERIFY2(one, qPrintable(one.error()));
        QCOMPARE(one->certificates.size(), 1);
        QCOMPARE(one->certificates.at(0).fields.size(), 2); // no trainer recorded
        QCOMPARE(*report::writeCertificatesPdf(*one, path), 1);
    }

    // A session of 200: one PDF of 200 pages, each person once.
    void largeBatch()
    {
        training::TrainingState state;
        state.records.courses << course(1, QStringLiteral("Handling information"));
        domain::TrainingSession session;
        session.id = 7;
        session.courseId = 1;
        session.date = QDate(2026, 10, 1);
        session.trainer = QStringLiteral("Outside lecturer");
        state.records.sessions << session;
        for (int i = 0; i < 200; ++i) {
            domain::Person p =
                person(QStringLiteral("Trainee %1").arg(i + 1, 3, 10, QLatin1Char('0')), {});
            p.id = i + 1;
            state.people << p;
            state.records.attendance
                << domain::Attendance{i + 1, 7, p.id, AttendanceState::Completed, -1};
        }
        training::CertificateOptions options;
        options.issued = kToday;
        options.sessionId = 7;
        QElapsedTimer timer;
        timer.start();
        const auto batch = [&] {
            const i18n::ScopedLanguage scope(QStringLiteral("en"));
            return training::certificates(state, kCompany, options);
        }();
        QVERIFY2(batch, qPrintable(batch.error()));
        const qint64 built = timer.restart();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("batch.pdf"));
        const Result<int> pages = report::writeCertificatesPdf(*batch, path);
        QVERIFY2(pages, qPrintable(pages.error()));
        qInfo("200 certificates: built %lld ms, PDF %lld ms, %lld KiB", built, timer.elapsed(),
              QFileInfo(path).size() / 1024);
        QCOMPARE(*pages, 200);
        RUN_TOOL(info, "pdfinfo", {path});
        QCOMPARE(pagesOf(info.out), 200);
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        const QString all = squeezed(text.out);
        for (int i = 1; i <= 200; ++i) {
            const QString name = QStringLiteral("Trainee%1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY2(all.count(name) == 1, qPrintable(name));
        }
    }

    // Built on the GUI thread (the language scope), written on another, as
    // the page may do for a large batch.
    void writesOnAWorkerThread()
    {
        Company c = company();
        QVERIFY(c.db);
        const auto sheet = training::buildCoverageSheet(*c.db, {QStringLiteral("ja"), kToday});
        QVERIFY(sheet);
        QTemporaryDir dir;
        const QString path = dir.filePath(sheet->fileName);
        Result<int> written = Result<int>::failure(QStringLiteral("not run"));
        std::thread worker([&] { written = report::writeCoveragePdf(*sheet, path); });
        worker.join();
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(*written, 1);
        RUN_TOOL(text, "pdftotext", {QStringLiteral("-raw"), path, QStringLiteral("-")});
        QVERIFY2(squeezed(text.out).contains(QStringLiteral("佐藤花子")), qPrintable(text.out));
    }

    void certificatesRefused()
    {
        Company c = company();
        QVERIFY(c.db);
        training::CertificateOptions options;
        options.language = QStringLiteral("en");
        options.issued = kToday;
        options.sessionId = 9999;
        auto batch = training::buildCertificates(*c.db, options);
        QVERIFY(!batch);
        QCOMPARE(batch.code(), ErrorCode::NotFound);
        options.sessionId = c.session;
        options.people = {c.people.at(1)}; // attended only
        batch = training::buildCertificates(*c.db, options);
        QVERIFY(!batch);
        QCOMPARE(batch.code(), ErrorCode::Invalid);
        QVERIFY2(batch.error().contains(QStringLiteral("田中 一郎")), qPrintable(batch.error()));
        domain::TrainingSession s;
        s.courseId = c.phishing;
        s.date = QDate(2026, 11, 1);
        options.sessionId =
            *training::recordSession(*c.db, s, {c.people.at(1)}, AttendanceState::Attended, kToday);
        options.people.clear();
        batch = training::buildCertificates(*c.db, options);
        QVERIFY(!batch);
        QVERIFY(!batch.error().isEmpty());
    }

    // A folder that cannot be written (here: a file where the folder should
    // be, which even root cannot write into) fails with a reason naming the
    // file, and leaves what was there as it was.
    void failedWriteChangesNothing()
    {
        Company c = company();
        QVERIFY(c.db);
        const auto sheet = training::buildCoverageSheet(*c.db, {QStringLiteral("en"), kToday});
        QVERIFY(sheet);
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QVERIFY(test::writeFile(blocker, "kept"));
        const QString path = blocker + QStringLiteral("/coverage.pdf");
        const Result<int> written = report::writeCoveragePdf(*sheet, path);
        QVERIFY(!written);
        QCOMPARE(written.code(), ErrorCode::Io);
        QVERIFY2(written.error().contains(QStringLiteral("coverage.pdf")),
                 qPrintable(written.error()));
        QCOMPARE(test::readFile(blocker), QByteArray("kept"));
        QCOMPARE(test::entriesIn(dir.path()), QStringList{QStringLiteral("not-a-folder")});

        training::CertificateOptions options;
        options.language = QStringLiteral("ja");
        options.issued = kToday;
        options.sessionId = c.session;
        const auto batch = training::buildCertificates(*c.db, options);
        QVERIFY(batch);
        QVERIFY(!report::writeCertificatesPdf(*batch, path));
        QCOMPARE(test::entriesIn(dir.path()), QStringList{QStringLiteral("not-a-folder")});

        // An existing PDF is replaced only by a whole new one.
        const QString existing = dir.filePath(QStringLiteral("old.pdf"));
        QVERIFY(test::writeFile(existing, "old"));
        QVERIFY(report::writeCoveragePdf(*sheet, existing));
        QVERIFY(test::readFile(existing).startsWith("%PDF"));
        QCOMPARE(test::entriesIn(dir.path()),
                 (QStringList{QStringLiteral("not-a-folder"), QStringLiteral("old.pdf")}));
    }
};

QTEST_MAIN(TestTrainingPrint)
#include "tst_training_print.moc"
