// The phishing drills panel of the Training page (標的型メール訓練), driven
// through its widgets and the real import dialog, headless.
#include "TestSupport.h"

#include "charts/LineChart.h"
#include "core/Clock.h"
#include "i18n/Language.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"
#include "training/CampaignTableModel.h"
#include "training/CourseDialog.h"
#include "training/DepartmentRateTableModel.h"
#include "training/DrillResultTableModel.h"
#include "training/DrillsPanel.h"
#include "training/DrillsText.h"
#include "training/Phishing.h"
#include "training/SessionDialog.h"
#include "training/StarterCourses.h"
#include "training/TrainingPage.h"
#include "training/TrainingRepository.h"
#include "widgets/MessageBar.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>
#include <QUrl>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace kamae;
using ui::CampaignTableModel;
using ui::DrillsPanel;
using ui::MessageBar;
using ui::TrainingPage;

namespace {

const QDate kToday(2026, 11, 22);
const char *const kResults = "Invoice drill 2026-10 - Results.csv";
const char *const kSjis = "results-excel-sjis.csv";

QString fixture(const char *name)
{
    return QStringLiteral(KAMAE_TEST_DATA "/training/") + QString::fromUtf8(name);
}

void accept(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

// Answers the next message box with `button`, keeping its text.
void answerNextBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    test::onNextModal([button, text](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

// What the import dialog showed before it was accepted.
struct Preview
{
    QString summary;
    QString name;
    QDate date;
    QStringList unmatchedEmails;
    QList<int> problemLines;
    bool closed = false;
};

// Reads the preview, then sets the encoding and name if given and accepts.
void importThroughDialog(Preview &seen, int encoding = -1, const QString &name = {})
{
    test::onNextModal([&seen, encoding, name](QWidget *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("encodingCombo"));
        if (encoding >= 0)
            combo->setCurrentIndex(encoding);
        seen.summary = dialog->findChild<QLabel *>(QStringLiteral("previewLabel"))->text();
        seen.name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text();
        seen.date = dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date();
        auto *unmatched = dialog->findChild<QTableWidget *>(QStringLiteral("unmatchedTable"));
        for (int r = 0; r < unmatched->rowCount(); ++r)
            seen.unmatchedEmails << unmatched->item(r, 1)->text();
        auto *problems = dialog->findChild<QTableWidget *>(QStringLiteral("problemsTable"));
        for (int r = 0; r < problems->rowCount(); ++r)
            seen.problemLines << problems->item(r, 0)->text().toInt();
        if (!name.isEmpty())
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        accept(dialog);
        seen.closed = !dialog->isVisible();
    });
}

domain::Person person(const QString &name, const QString &department, const QString &email)
{
    domain::Person p;
    p.name = name;
    p.department = department;
    p.email = email;
    return p;
}

} // namespace

class TestUiDrills final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_drills");
        i18n::applyLanguage(QStringLiteral("en"));
    }

    void init()
    {
        clock::setFixedNow(QDateTime(kToday, QTime(10, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        m_db = std::move(db.value());
        QVERIFY(store::migrate(*m_db));
        store::PeopleRepository people(*m_db);
        for (const domain::Person &p :
             {person(QStringLiteral("佐藤 花子"), QStringLiteral("総務部"),
                     QStringLiteral("sato@example.co.jp")),
              person(QStringLiteral("田中 健"), QStringLiteral("技術部"),
                     QStringLiteral("tanaka@example.co.jp")),
              person(QStringLiteral("高橋 美咲"), QStringLiteral("営業部"),
                     QStringLiteral("Takahashi@Example.co.jp")),
              person(QStringLiteral("鈴木 一郎"), QString(),
                     QStringLiteral("suzuki@example.co.jp")),
              person(QStringLiteral("伊藤 さくら"), QStringLiteral("総務部"),
                     QStringLiteral("ito@example.co.jp"))}) {
            auto id = people.insert(p);
            QVERIFY2(id, qPrintable(id.error()));
            m_people << id.value();
        }
        m_undo = std::make_unique<QUndoStack>();
        QCoreApplication::processEvents();
    }

    void cleanup()
    {
        m_undo.reset();
        m_db.reset();
        m_people.clear();
        clock::reset();
    }

    void importsUtf8ThroughTheDialog()
    {
        DrillsPanel panel(*m_db, *m_undo);
        QAbstractItemModelTester campaigns(panel.campaignModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester results(panel.resultModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester departments(
            panel.departmentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList messages;
        connect(&panel, &DrillsPanel::message, this,
                [&](ui::MessageBar::Level, const QString &text) { messages << text; });
        QCOMPARE(panel.campaignModel()->rowCount(), 0);
        QVERIFY(!panel.action(DrillsPanel::EditDrill)->isEnabled());

        Preview seen;
        importThroughDialog(seen);
        panel.importDrill(fixture(kResults));
        QVERIFY(seen.closed);
        // Taken from the file: GoPhish's name without " - Results", the first sending in Tokyo.
        QCOMPARE(seen.name, QStringLiteral("Invoice drill 2026-10"));
        QCOMPARE(seen.date, QDate(2026, 10, 5));
        QCOMPARE(seen.unmatchedEmails, (QStringList{QStringLiteral("yamada@example.co.jp"),
                                                    QStringLiteral("kato@example.co.jp"),
                                                    QStringLiteral("watanabe@example.co.jp"),
                                                    QStringLiteral("kobayashi@example.co.jp")}));
        QCOMPARE(seen.problemLines, (QList<int>{10, 11, 12, 13, 14}));
        QVERIFY2(seen.summary.contains(QLatin1String("9 row")) &&
                     seen.summary.contains(QLatin1String("5 matched")),
                 qPrintable(seen.summary));

        // Stored as previewed, and the tables say the same.
        store::TrainingRepository repo(*m_db);
        const auto stored = repo.campaigns();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const domain::PhishingCampaign drill = stored->first();
        QCOMPARE(drill.name, QStringLiteral("Invoice drill 2026-10"));
        QCOMPARE(drill.source, domain::kGoPhishSource);
        const auto storedResults = repo.results(drill.id);
        QVERIFY(storedResults);
        QCOMPARE(storedResults->size(), 9);
        const training::PhishingRates rates = training::ratesOf(*storedResults);
        QCOMPARE(rates.delivered, 7);

        CampaignTableModel *model = panel.campaignModel();
        QCOMPARE(model->rowCount(), 1);
        const auto cell = [model](int column) {
            return model->index(0, column).data().toString();
        };
        QCOMPARE(cell(CampaignTableModel::NameColumn), drill.name);
        QCOMPARE(cell(CampaignTableModel::RecipientsColumn), QStringLiteral("9"));
        QCOMPARE(cell(CampaignTableModel::ClickRateColumn),
                 ui::DrillsText::rate(rates.clickRate()));
        QCOMPARE(cell(CampaignTableModel::ReportRateColumn),
                 ui::DrillsText::rate(rates.reportRate()));
        QCOMPARE(cell(CampaignTableModel::ClickRateColumn), QStringLiteral("43%"));  // 3 of 7
        QCOMPARE(cell(CampaignTableModel::ReportRateColumn), QStringLiteral("29%")); // 2 of 7

        // The new drill is selected: its results, unmatched rows by address.
        QVERIFY(panel.currentDrill());
        ui::DrillResultTableModel *people = panel.resultModel();
        QCOMPARE(people->rowCount(), 9);
        QCOMPARE(people->unmatchedCount(), 4);
        QStringList shownUnmatched;
        for (int r = 0; r < people->rowCount(); ++r)
            if (!people->result(r).matched)
                shownUnmatched
                    << people->index(r, ui::DrillResultTableModel::PersonColumn).data().toString();
        QVERIFY(shownUnmatched.contains(QStringLiteral("yamada@example.co.jp")));
        QVERIFY(panel.departmentModel()->rowCount() >= 3); // 総務部, 技術部, 営業部 and the rest
        QCOMPARE(panel.trendChart()->steps().size(), 1);
        QCOMPARE(panel.trendChart()->lines().size(), 2);
        QCOMPARE(panel.trendChart()->lines().at(0).values, (QVector<double>{43}));
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QLatin1String("9")), qPrintable(messages.first()));

        // The same export again replaces the drill's results, after asking.
        Preview again;
        test::onNextModal([&again](QWidget *dialog) {
            answerNextBox(QMessageBox::Yes);
            accept(dialog);
            again.closed = !dialog->isVisible();
        });
        panel.importDrill(fixture(kResults));
        QVERIFY(again.closed);
        QCOMPARE(repo.campaigns()->size(), 1);
        QCOMPARE(repo.results(drill.id)->size(), 9);

        // Once yamada's address is in the list, the result links to the entry.
        QVERIFY(!panel.action(DrillsPanel::LinkUnmatched)->isEnabled());
        QVERIFY(store::PeopleRepository(*m_db).insert(
            person(QStringLiteral("山田 太郎"), QStringLiteral("技術部"),
                   QStringLiteral("yamada@example.co.jp"))));
        panel.reload();
        QVERIFY(panel.action(DrillsPanel::LinkUnmatched)->isEnabled());
        panel.linkUnmatched();
        QCOMPARE(panel.resultModel()->unmatchedCount(), 3);
        QVERIFY2(messages.last().contains(QLatin1String("1 drill result")),
                 qPrintable(messages.last()));
    }

    // Ctrl+Z after an import: the drill and its results go; redo brings
    // them back under the same ids. An import that replaced a drill's
    // results goes back to the results it replaced, and forward again.
    void importUndoAndRedo()
    {
        DrillsPanel panel(*m_db, *m_undo);
        store::TrainingRepository repo(*m_db);
        Preview seen;
        importThroughDialog(seen);
        panel.importDrill(fixture(kResults));
        QVERIFY(seen.closed);
        QCOMPARE(m_undo->count(), 1);
        QVERIFY2(m_undo->undoText().contains(QStringLiteral("Invoice drill 2026-10")),
                 qPrintable(m_undo->undoText()));
        const QVector<domain::PhishingCampaign> imported = *repo.campaigns();
        QCOMPARE(imported.size(), 1);
        const qint64 id = imported.first().id;
        const QVector<domain::PhishingResult> importedResults = *repo.results(id);
        QCOMPARE(importedResults.size(), 9);

        m_undo->undo();
        QVERIFY(repo.campaigns()->isEmpty());
        QVERIFY(repo.results()->isEmpty());
        QCOMPARE(panel.campaignModel()->rowCount(), 0);
        QCOMPARE(panel.resultModel()->rowCount(), 0);
        QVERIFY(panel.trendChart()->steps().isEmpty());
        m_undo->redo();
        QCOMPARE(*repo.campaigns(), imported);
        QCOMPARE(*repo.results(id), importedResults);
        QCOMPARE(panel.campaignModel()->rowCount(), 1);
        QVERIFY(panel.currentDrill());
        QCOMPARE(panel.resultModel()->rowCount(), 9);

        // An earlier, partial export of the drill, then the whole one again:
        // undo puts back the three results it replaced, with their ids.
        QVERIFY(repo.replaceResults(id, importedResults.mid(0, 3)));
        domain::PhishingCampaign dated = imported.first();
        dated.scenario = QStringLiteral("請求書");
        QVERIFY(repo.updateCampaign(dated, kToday));
        panel.reload();
        const QVector<domain::PhishingResult> partial = *repo.results(id);
        QCOMPARE(partial.size(), 3);
        const domain::PhishingCampaign before = *repo.campaign(id);
        test::onNextModal([](QWidget *dialog) {
            answerNextBox(QMessageBox::Yes); // replace the drill's results
            accept(dialog);
        });
        panel.importDrill(fixture(kResults));
        QCOMPARE(m_undo->count(), 2);
        QCOMPARE(repo.results(id)->size(), 9);
        const QVector<domain::PhishingResult> replaced = *repo.results(id);
        const domain::PhishingCampaign after = *repo.campaign(id);
        QCOMPARE(panel.resultModel()->rowCount(), 9);
        m_undo->undo();
        QCOMPARE(*repo.campaign(id), before);
        QCOMPARE(*repo.results(id), partial);
        QCOMPARE(panel.resultModel()->rowCount(), 3);
        m_undo->redo();
        QCOMPARE(*repo.campaign(id), after);
        QCOMPARE(*repo.results(id), replaced);
        QCOMPARE(panel.resultModel()->rowCount(), 9);
        // Both imports undone: no drill at all.
        m_undo->undo();
        m_undo->undo();
        QVERIFY(repo.campaigns()->isEmpty());
        QCOMPARE(panel.campaignModel()->rowCount(), 0);
    }

    // Linking the unmatched results is undone as one step.
    void linkUndoAndRedo()
    {
        DrillsPanel panel(*m_db, *m_undo);
        Preview seen;
        importThroughDialog(seen);
        panel.importDrill(fixture(kResults));
        QVERIFY(seen.closed);
        store::TrainingRepository repo(*m_db);
        const qint64 id = repo.campaigns()->first().id;
        const QVector<domain::PhishingResult> unlinked = *repo.results(id);
        QVERIFY(store::PeopleRepository(*m_db).insert(
            person(QStringLiteral("山田 太郎"), QStringLiteral("技術部"),
                   QStringLiteral("yamada@example.co.jp"))));
        QVERIFY(store::PeopleRepository(*m_db).insert(
            person(QStringLiteral("加藤 次郎"), QString(), QStringLiteral("kato@example.co.jp"))));
        panel.reload();
        QCOMPARE(panel.resultModel()->unmatchedCount(), 4);
        const int steps = m_undo->count();
        panel.action(DrillsPanel::LinkUnmatched)->trigger();
        QCOMPARE(panel.resultModel()->unmatchedCount(), 2);
        QCOMPARE(m_undo->count(), steps + 1);
        const QVector<domain::PhishingResult> linked = *repo.results(id);
        QVERIFY(linked != unlinked);
        QVERIFY(!panel.action(DrillsPanel::LinkUnmatched)->isEnabled());

        m_undo->undo();
        QCOMPARE(*repo.results(id), unlinked);
        QCOMPARE(panel.resultModel()->unmatchedCount(), 4);
        QVERIFY(panel.action(DrillsPanel::LinkUnmatched)->isEnabled());
        m_undo->redo();
        QCOMPARE(*repo.results(id), linked);
        QCOMPARE(panel.resultModel()->unmatchedCount(), 2);

        // Nothing left to link: no step is added.
        panel.linkUnmatched();
        QCOMPARE(m_undo->count(), steps + 1);
    }

    void importsShiftJisThroughTheDialog()
    {
        DrillsPanel panel(*m_db, *m_undo);
        Preview seen;
        importThroughDialog(seen, 2, QStringLiteral("請求書メール訓練 (Excel)"));
        panel.importDrill(fixture(kSjis));
        QVERIFY(seen.closed);
        QCOMPARE(seen.name, QStringLiteral("results-excel-sjis"));
        // Nobody in the list has 髙橋's address: read from Shift_JIS, listed.
        QCOMPARE(seen.unmatchedEmails, QStringList{QStringLiteral("髙橋@example.co.jp")});
        QCOMPARE(seen.problemLines, QList<int>{4});
        const auto stored = store::TrainingRepository(*m_db).campaigns();
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().name, QStringLiteral("請求書メール訓練 (Excel)"));
        const auto results = store::TrainingRepository(*m_db).results(stored->first().id);
        QCOMPARE(results->size(), 2);
        QCOMPARE(results->at(1).email, QStringLiteral("髙橋@example.co.jp"));
        QCOMPARE(panel.campaignModel()->rowCount(), 1);
        QCOMPARE(panel.resultModel()->rowCount(), 2);
    }

    void refusesAFileThatIsNotGoPhish()
    {
        DrillsPanel panel(*m_db, *m_undo);
        bool refused = false;
        test::onNextModal([&refused](QWidget *dialog) {
            accept(dialog);
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
            refused = dialog->isVisible() && error->isVisible() &&
                      error->text().contains(QLatin1String("events export"));
            static_cast<QDialog *>(dialog)->done(QDialog::Rejected);
        });
        panel.importDrill(fixture("Invoice drill 2026-10 - Events.csv"));
        QVERIFY(refused);
        QCOMPARE(store::TrainingRepository(*m_db).campaigns()->size(), 0);
    }

    // Both of GoPhish's exports dropped in one drop anywhere on the Training
    // page open one import with the two files in place.
    void droppingTheExportsOnThePageOpensOneImport()
    {
        TrainingPage page(*m_db, *m_undo);
        QString results;
        QString events;
        int dialogs = 0;
        test::onNextModal([&](QWidget *dialog) {
            ++dialogs;
            results = dialog->findChild<QLineEdit *>(QStringLiteral("resultsEdit"))->text();
            events = dialog->findChild<QLineEdit *>(QStringLiteral("eventsEdit"))->text();
            static_cast<QDialog *>(dialog)->done(QDialog::Rejected);
        });
        QVERIFY(test::sendDrop(&page,
                               {fixture(kResults), fixture("Invoice drill 2026-10 - Events.csv")}));
        QTRY_COMPARE(results, fixture(kResults));
        QCOMPARE(events, fixture("Invoice drill 2026-10 - Events.csv"));
        QTest::qWait(50);
        QCOMPARE(dialogs, 1);
        QCOMPARE(page.tabs()->currentWidget(), page.findChild<DrillsPanel *>());
        QCOMPARE(store::TrainingRepository(*m_db).campaigns()->size(), 0);

        // Anything but a CSV file is not taken, and the page says so.
        QVERIFY(test::sendDrop(&page, {QStringLiteral("/tmp/list.xlsx")}));
        QTRY_VERIFY(page.messageBar()->text().contains(QLatin1String("list.xlsx")));
        QCOMPARE(page.messageBar()->level(), MessageBar::Level::Warning);
    }

    void addDeleteAndUndo()
    {
        DrillsPanel panel(*m_db, *m_undo);
        QAbstractItemModelTester tester(panel.campaignModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        test::onNextModal([](QWidget *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                ->setText(QStringLiteral("宅配便の不在通知"));
            dialog->findChild<QLineEdit *>(QStringLiteral("scenarioEdit"))
                ->setText(QStringLiteral("不在通知"));
            dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 9, 1));
            accept(dialog);
        });
        panel.addDrill();
        QCOMPARE(panel.campaignModel()->rowCount(), 1);
        QVERIFY(panel.currentDrill());
        const qint64 id = panel.currentDrill()->id;
        QCOMPARE(panel.currentDrill()->campaign.scenario, QStringLiteral("不在通知"));

        // A date after today is refused by the dialog.
        bool refusedFuture = false;
        test::onNextModal([&refusedFuture](QWidget *dialog) {
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"));
            date->setMaximumDate(QDate(2100, 1, 1));
            date->setDate(kToday.addDays(3));
            accept(dialog);
            refusedFuture = dialog->isVisible();
            // done() never asks about the edits, unlike closing.
            static_cast<QDialog *>(dialog)->done(QDialog::Rejected);
        });
        panel.editCurrent();
        QVERIFY(refusedFuture);

        // Delete with a recorded result, then undo: the same id and result.
        domain::PhishingResult r;
        r.campaignId = id;
        r.email = QStringLiteral("sato@example.co.jp");
        r.personId = m_people.first();
        r.delivered = r.opened = r.clicked = true;
        QVERIFY(store::TrainingRepository(*m_db).replaceResults(id, {r}));
        panel.reload();
        QString question;
        answerNextBox(QMessageBox::Yes, &question);
        panel.deleteCurrent();
        QVERIFY2(question.contains(QStringLiteral("宅配便の不在通知")), qPrintable(question));
        QCOMPARE(panel.campaignModel()->rowCount(), 0);
        QCOMPARE(store::TrainingRepository(*m_db).campaigns()->size(), 0);
        QVERIFY(m_undo->canUndo());
        m_undo->undo();
        QCOMPARE(panel.campaignModel()->rowCount(), 1);
        QCOMPARE(panel.campaignModel()->drill(0).id, id);
        QCOMPARE(store::TrainingRepository(*m_db).results(id)->size(), 1);
        m_undo->undo(); // the add
        QCOMPARE(panel.campaignModel()->rowCount(), 0);
        m_undo->redo();
        QCOMPARE(panel.campaignModel()->drill(0).id, id);
    }

    void assignsFollowUpsToRepeatClickers()
    {
        store::TrainingRepository repo(*m_db);
        const qint64 takahashi = m_people.at(2);
        for (int month : {6, 9}) {
            domain::PhishingCampaign c;
            c.name = QStringLiteral("Drill %1").arg(month);
            c.date = QDate(2026, month, 1);
            domain::PhishingResult r;
            r.personId = takahashi;
            r.email = QStringLiteral("takahashi@example.co.jp");
            r.delivered = r.opened = r.clicked = true;
            QVERIFY(repo.insertCampaign(c, {r}, kToday));
        }
        DrillsPanel panel(*m_db, *m_undo);
        QCOMPARE(panel.trendChart()->steps().size(), 2);
        QVERIFY(panel.action(DrillsPanel::AssignFollowUps)->isEnabled());
        QString question;
        answerNextBox(QMessageBox::Yes, &question);
        panel.assignFollowUps();
        QVERIFY2(question.contains(QStringLiteral("高橋 美咲")), qPrintable(question));
        const auto assignments = repo.assignments();
        QCOMPARE(assignments->size(), 1);
        QCOMPARE(assignments->first().personId, takahashi);
        QVERIFY(!panel.action(DrillsPanel::AssignFollowUps)->isEnabled());

        // Undo takes the assignment back, and the follow-up course it added.
        const QVector<domain::Course> courses = *repo.courses();
        QCOMPARE(courses.size(), 1);
        QCOMPARE(courses.first().builtin, training::starter::PhishingFollowUp);
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QVERIFY(repo.assignments()->isEmpty());
        QVERIFY(repo.courses()->isEmpty());
        QVERIFY(panel.action(DrillsPanel::AssignFollowUps)->isEnabled());
        m_undo->redo();
        QCOMPARE(*repo.assignments(), *assignments);
        QCOMPARE(*repo.courses(), courses);
        QVERIFY(!panel.action(DrillsPanel::AssignFollowUps)->isEnabled());

        // With the course there already, undo takes only the assignments.
        const qint64 ito = m_people.at(4);
        for (int month : {7, 8}) {
            domain::PhishingCampaign c;
            c.name = QStringLiteral("Drill %1").arg(month);
            c.date = QDate(2026, month, 1);
            domain::PhishingResult r;
            r.personId = ito;
            r.email = QStringLiteral("ito@example.co.jp");
            r.delivered = r.opened = r.clicked = true;
            QVERIFY(repo.insertCampaign(c, {r}, kToday));
        }
        panel.reload();
        answerNextBox(QMessageBox::Yes);
        panel.action(DrillsPanel::AssignFollowUps)->trigger();
        const QVector<domain::TrainingAssignment> both = *repo.assignments();
        QCOMPARE(both.size(), 2);
        m_undo->undo();
        QCOMPARE(*repo.assignments(), *assignments);
        QCOMPARE(*repo.courses(), courses);
        QVERIFY(panel.action(DrillsPanel::AssignFollowUps)->isEnabled());
        m_undo->redo();
        QCOMPARE(*repo.assignments(), both);
    }

    // Narrow, the axis says the month with its year: two drills a year
    // apart are not one "10/05".
    void trendAxisShowsTheYear_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("narrow");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("2025-10"), QStringLiteral("2026-10")};
        QTest::newRow("ja") << QStringLiteral("ja")
                            << QStringList{QStringLiteral("2025/10"), QStringLiteral("2026/10")};
    }

    void trendAxisShowsTheYear()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, narrow);
        i18n::applyLanguage(language);
        store::TrainingRepository repo(*m_db);
        for (int year : {2025, 2026}) {
            domain::PhishingCampaign c;
            c.name = QStringLiteral("Invoice %1").arg(year);
            c.date = QDate(year, 10, 5);
            domain::PhishingResult r;
            r.personId = m_people.first();
            r.email = QStringLiteral("sato@example.co.jp");
            r.delivered = r.opened = r.clicked = year == 2025;
            QVERIFY(repo.insertCampaign(c, {r}, kToday));
        }
        DrillsPanel panel(*m_db, *m_undo);
        const auto shown = [&panel] {
            auto *view = panel.trendChart()->findChild<QChartView *>();
            const auto axes = view->chart()->axes(Qt::Horizontal);
            auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
            return axis ? axis->categories() : QStringList();
        };
        panel.trendChart()->setFixedWidth(150);
        panel.resize(700, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE(shown(), narrow);
        // Wide, the whole dates.
        panel.trendChart()->setFixedWidth(1200);
        panel.resize(2000, 600);
        QTRY_COMPARE(shown(), panel.trendChart()->steps());
        QCOMPARE(shown(), (QStringList{i18n::formatDate(QDate(2025, 10, 5)),
                                       i18n::formatDate(QDate(2026, 10, 5))}));
        i18n::applyLanguage(QStringLiteral("en"));
    }

    // Dialogs open while the language changes speak the new one at once.
    void dialogsFollowALanguageSwitch()
    {
        DrillsPanel panel(*m_db, *m_undo);
        const auto ja = [](const char *context, const char *text) {
            return QCoreApplication::translate(context, text);
        };
        struct Seen
        {
            QString title, ok, label, expectedTitle, expectedOk, expectedLabel;
        };
        const auto switchAndRead = [&ja](QWidget *dialog, const char *context, const char *title,
                                         const char *ok, const char *labelText, Seen &seen) {
            i18n::applyLanguage(QStringLiteral("ja"));
            QCoreApplication::processEvents();
            seen.title = dialog->windowTitle();
            seen.ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text();
            for (QLabel *label : dialog->findChildren<QLabel *>())
                if (label->text() == ja(context, labelText))
                    seen.label = label->text();
            seen.expectedTitle = ja(context, title);
            seen.expectedOk = ja(context, ok);
            seen.expectedLabel = ja(context, labelText);
            i18n::applyLanguage(QStringLiteral("en"));
            QCoreApplication::processEvents();
        };
        const auto check = [](const Seen &seen, const char *englishTitle) {
            QVERIFY(seen.expectedTitle != QLatin1String(englishTitle)); // ja is loaded
            QCOMPARE(seen.title, seen.expectedTitle);
            QCOMPARE(seen.ok, seen.expectedOk);
            QCOMPARE(seen.label, seen.expectedLabel);
        };

        Seen campaign;
        test::onNextModal([&](QWidget *dialog) {
            switchAndRead(dialog, "kamae::ui::CampaignDialog", "Add phishing drill", "Add",
                          "&Scenario:", campaign);
            static_cast<QDialog *>(dialog)->done(QDialog::Rejected);
        });
        panel.addDrill();
        check(campaign, "Add phishing drill");

        Seen import;
        test::onNextModal([&](QWidget *dialog) {
            switchAndRead(dialog, "kamae::ui::DrillImportDialog",
                          "Import a phishing drill from GoPhish", "Import", "Drill &name:", import);
            static_cast<QDialog *>(dialog)->done(QDialog::Rejected);
        });
        panel.importDrill(fixture(kResults));
        check(import, "Import a phishing drill from GoPhish");

        domain::Course course;
        ui::CourseDialog courseDialog(course, {});
        courseDialog.show();
        Seen courseSeen;
        switchAndRead(&courseDialog, "kamae::ui::CourseDialog", "New course", "Save",
                      "&Onboarding deadline:", courseSeen);
        check(courseSeen, "New course");
        // Back in English, the renewal field says it again.
        QCOMPARE(courseDialog.findChild<QSpinBox *>(QStringLiteral("renewalEdit"))->suffix(),
                 QStringLiteral(" months"));

        domain::TrainingSession session;
        session.date = kToday;
        course.id = 1;
        course.title = QStringLiteral("Phishing");
        ui::SessionDialog sessionDialog(session, {course}, {}, {}, kToday);
        sessionDialog.show();
        Seen sessionSeen;
        QString untick;
        i18n::applyLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        untick = sessionDialog.findChild<QPushButton *>(QStringLiteral("untickAllButton"))->text();
        const QString expectedUntick = ja("kamae::ui::AttendeePicker", "Untick all");
        i18n::applyLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        switchAndRead(&sessionDialog, "kamae::ui::SessionDialog", "Record a session", "Record",
                      "&Trainer:", sessionSeen);
        check(sessionSeen, "Record a session");
        // The attendee picker inside it too.
        QCOMPARE(untick, expectedUntick);
        QVERIFY(untick != QLatin1String("Untick all"));
        QCOMPARE(sessionDialog.findChild<QPushButton *>(QStringLiteral("untickAllButton"))->text(),
                 QStringLiteral("Untick all"));
    }

private:
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    QVector<qint64> m_people;
};

QTEST_MAIN(TestUiDrills)
#include "tst_ui_drills.moc"
