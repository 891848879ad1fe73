// The Report page, driven through its widgets, headless: the live preview
// of a demo vault's report, its options, saving through the real file
// dialog, and the history of issued reports.
#include "TestSupport.h"

#include <QRegularExpression>

#include "core/Clock.h"
#include "demo/DemoCompany.h"
#include "i18n/Language.h"
#include "pages/SettingsPage.h"
#include "report/Report.h"
#include "report/ReportDocument.h"
#include "report/ReportHistoryModel.h"
#include "report/ReportPage.h"
#include "report/ReportRepository.h"
#include "score/Score.h"
#include "shell/Workspace.h"
#include "store/Database.h"
#include "store/OrganisationRepository.h"
#include "vault/VaultSession.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QUrl>

#include <memory>
#include <variant>

using namespace kamae;

namespace {

// 2026-11-22 03:00 UTC is noon in Tokyo.
const QDate kToday(2026, 11, 22);
const QString kVaultName = QStringLiteral("minato.kamae");

// Stands in for the desktop's PDF viewer.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

const report::ScoreHero *scoreHero(const report::Document &doc)
{
    for (const report::Section &s : doc.sections)
        for (const report::Block &b : s.blocks)
            if (const auto *hero = std::get_if<report::ScoreHero>(&b))
                return hero;
    return nullptr;
}

QString joinedText(const report::BuiltReport *built)
{
    return built ? report::documentText(built->document).join(QLatin1Char('\n')) : QString();
}

template <typename T> T *child(QWidget *root, const char *name)
{
    return root->findChild<T *>(QString::fromLatin1(name));
}

// Selects `index` of a combo as a user does (the page listens to it).
void choose(QComboBox *combo, int index)
{
    QVERIFY(combo);
    combo->setCurrentIndex(index);
}

// Answers the next file dialog with `path` typed into its name field;
// `shownName` gets the file name it proposed.
void answerFileDialog(const QString &path, QString *shownName,
                      std::function<void()> thenWhat = nullptr)
{
    test::onNextModal([path, shownName, thenWhat](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        if (shownName && !dialog->selectedFiles().isEmpty())
            *shownName = QFileInfo(dialog->selectedFiles().constFirst()).fileName();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        if (thenWhat)
            thenWhat();
        // QFileDialog::accept() is protected; through QDialog it is the same call.
        static_cast<QDialog *>(dialog)->accept();
    });
}

} // namespace

class TestUiReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_report");
        i18n::applyLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        i18n::applyLanguage(QStringLiteral("en"));
        clock::setFixedNow(QDateTime(kToday, QTime(3, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
        const QString path = m_dir.filePath(QStringLiteral("demo%1.kamae").arg(++m_count));
        vault::VaultStatus status;
        QString code;
        auto v = vault::Vault::create(path, QStringLiteral("report pass 1"),
                                      demo::demoOrganisationName(), test::cheapOptions(), &code,
                                      &status);
        QVERIFY2(v, qPrintable(status.message()));
        QVERIFY(demo::populate(v->database()));
        QVERIFY(v->save());
        m_session = std::make_unique<vault::VaultSession>(std::move(v));
        m_session->setAutosaveDelay(60 * 60 * 1000);
    }

    void cleanup()
    {
        m_page.reset();
        if (m_session)
            m_session->discardAndClose();
        m_session.reset();
        clock::reset();
    }

    void showsTheDemoVaultsReport()
    {
        auto *page = openPage();
        QVERIFY(page);
        const report::BuiltReport *built = page->currentReport();
        QVERIFY(built);
        QVERIFY2(page->preview()->pageCount() >= 2,
                 qPrintable(QString::number(page->preview()->pageCount())));
        QVERIFY(page->preview()->isVisible());
        QVERIFY(joinedText(built).contains(demo::demoOrganisationName()));
        const auto score = score::computeScore(db(), clock::today());
        QVERIFY(score);
        const report::ScoreHero *hero = scoreHero(built->document);
        QVERIFY(hero);
        QCOMPARE(hero->score, score->rounded());
        // The footer names the company, not the vault file.
        QCOMPARE(built->document.footerLeft, demo::demoOrganisationName());
        QVERIFY(!built->document.footerLeft.contains(kVaultName));
        QCOMPARE(built->record.to, kToday);
        // A change to the vault shows in the preview.
        auto org = store::OrganisationRepository(db()).load();
        QVERIFY(org);
        org->name = QStringLiteral("株式会社みなと精機 改");
        QVERIFY(store::OrganisationRepository(db()).save(*org));
        QTRY_VERIFY(joinedText(page->currentReport()).contains(org->name));
        built = page->currentReport();
        // The page's toolbar follows the preview.
        QCOMPARE(child<QLabel>(page, "pageLabel")->text(),
                 QStringLiteral("Page 1 of %1").arg(page->preview()->pageCount()));
        QVERIFY(!child<QWidget>(page, "previousPageButton")->isEnabled());
        QVERIFY(child<QWidget>(page, "nextPageButton")->isEnabled());
        QTest::mouseClick(child<QWidget>(page, "nextPageButton"), Qt::LeftButton);
        QTRY_COMPARE(page->preview()->currentPage(), 2);
        QTRY_COMPARE(child<QLabel>(page, "pageLabel")->text(),
                     QStringLiteral("Page 2 of %1").arg(page->preview()->pageCount()));
        // Zoom: the fit buttons say which fit is on.
        auto *fitWidth = child<QToolButton>(page, "fitWidthButton");
        auto *fitPage = child<QToolButton>(page, "fitPageButton");
        QCOMPARE(page->preview()->zoomMode(), QPrintPreviewWidget::FitToWidth);
        QVERIFY(fitWidth->isChecked() && !fitPage->isChecked());
        QTest::mouseClick(fitPage, Qt::LeftButton);
        QCOMPARE(page->preview()->zoomMode(), QPrintPreviewWidget::FitInView);
        QVERIFY(!fitWidth->isChecked() && fitPage->isChecked());
        const qreal fitted = page->preview()->zoomFactor();
        QTest::mouseClick(child<QToolButton>(page, "zoomInButton"), Qt::LeftButton);
        QVERIFY(page->preview()->zoomFactor() > fitted);
        QVERIFY(!fitWidth->isChecked() && !fitPage->isChecked());
        QTest::mouseClick(child<QToolButton>(page, "zoomOutButton"), Qt::LeftButton);
        QTest::mouseClick(child<QToolButton>(page, "zoomOutButton"), Qt::LeftButton);
        QVERIFY(page->preview()->zoomFactor() < fitted);
        QTest::mouseClick(fitWidth, Qt::LeftButton);
        QCOMPARE(page->preview()->zoomMode(), QPrintPreviewWidget::FitToWidth);
        QVERIFY(fitWidth->isChecked());

        QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());
        QVERIFY(child<QPushButton>(page, "printButton")->isEnabled());
        QVERIFY(child<QWidget>(page, "historyEmpty")->isVisible());
        QVERIFY(!child<QWidget>(page, "historyView")->isVisible());
    }

    void theWorkspaceShowsThePageBeforeSettings()
    {
        ui::Workspace workspace(*m_session);
        auto *page = workspace.findPage<ui::ReportPage>();
        QVERIFY(page);
        int index = -1;
        for (int i = 0; i < workspace.pageCount(); ++i)
            if (workspace.page(i) == page)
                index = i;
        QCOMPARE(index, workspace.pageCount() - 2);
        QCOMPARE(workspace.page(workspace.pageCount() - 1),
                 static_cast<ui::Page *>(workspace.settingsPage()));
        workspace.resize(1100, 760);
        workspace.show();
        workspace.setCurrentIndex(index);
        QTRY_VERIFY(page->currentReport());
        // The footer names the company, not the vault file the session has open.
        QVERIFY(!page->currentReport()->document.footerLeft.contains(
            QFileInfo(m_session->vault().path()).fileName()));
        QCOMPARE(page->currentReport()->document.footerLeft, demo::demoOrganisationName());
    }

    void theLanguageComboRebuildsInThatLanguage()
    {
        auto *page = openPage();
        QVERIFY(page);
        auto *language = child<QComboBox>(page, "languageCombo");
        // The window's language is the default.
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(page->currentReport()->document.language, QStringLiteral("en"));
        const QString english = joinedText(page->currentReport());
        QVERIFY(english.contains(QStringLiteral("Posture score")));

        choose(language, language->findData(QStringLiteral("ja")));
        QTRY_COMPARE(page->currentReport()->document.language, QStringLiteral("ja"));
        const QString japanese = joinedText(page->currentReport());
        QVERIFY(japanese != english);
        QCOMPARE(page->currentReport()->record.language, QStringLiteral("ja"));
        // The report's language is its own: the window stays in English.
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
        QCOMPARE(child<QLabel>(page, "pageLabel")->text().left(4), QStringLiteral("Page"));

        // And the window's language leaves the report's alone.
        i18n::applyLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QCOMPARE(language->currentData().toString(), QStringLiteral("ja"));
        choose(language, language->findData(QStringLiteral("en")));
        i18n::applyLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QTRY_COMPARE(page->currentReport()->document.language, QStringLiteral("en"));
        QCOMPARE(joinedText(page->currentReport()), english);
        const int englishPages = page->preview()->pageCount();

        // A page opened in a Japanese window proposes Japanese.
        m_page.reset();
        i18n::applyLanguage(QStringLiteral("ja"));
        page = openPage();
        QVERIFY(page);
        QCOMPARE(child<QComboBox>(page, "languageCombo")->currentData().toString(),
                 QStringLiteral("ja"));
        QCOMPARE(page->currentReport()->document.language, QStringLiteral("ja"));
        // The English report is as long in a Japanese window, and says so.
        language = child<QComboBox>(page, "languageCombo");
        choose(language, language->findData(QStringLiteral("en")));
        QTRY_COMPARE(page->currentReport()->document.language, QStringLiteral("en"));
        QCOMPARE(joinedText(page->currentReport()), english);
        QCOMPARE(page->preview()->pageCount(), englishPages);
        QCOMPARE(child<QLabel>(page, "pageLabel")->text(),
                 QStringLiteral("1 / %1 ページ").arg(englishPages));
        choose(language, language->findData(QStringLiteral("ja")));
        QTRY_COMPARE(page->currentReport()->document.language, QStringLiteral("ja"));
        // Switching the window's language keeps the period chosen.
        auto *period = child<QComboBox>(page, "periodCombo");
        choose(period, 2);
        i18n::applyLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(period->currentIndex(), 2);
        QCOMPARE(period->count(), 3);
    }

    void thePeriodComboSetsTheStart()
    {
        auto *page = openPage();
        QVERIFY(page);
        auto *period = child<QComboBox>(page, "periodCombo");
        QCOMPARE(period->count(), 3);
        QCOMPARE(page->currentReport()->record.from, QDate(2026, 8, 24));
        const QVector<QPair<report::Period, QDate>> expected = {
            {report::Period::ThisQuarter, QDate(2026, 10, 1)},
            {report::Period::Last12Months, QDate(2025, 11, 22)},
            {report::Period::Last90Days, QDate(2026, 8, 24)},
        };
        for (const auto &[p, from] : expected) {
            QCOMPARE(report::periodStart(p, kToday), from);
            choose(period, period->findData(static_cast<int>(p)));
            QTRY_COMPARE(page->currentReport()->record.from, from);
            QCOMPARE(page->currentReport()->record.period, p);
            QCOMPARE(page->currentReport()->record.to, kToday);
        }
    }

    void preparedByDefaultsToTheLastReport()
    {
        issue(QStringLiteral("print"), 30, QStringLiteral("山田 太郎"));
        issue(QStringLiteral("print"), 10, QStringLiteral("佐藤 花子"));
        auto *page = openPage();
        QVERIFY(page);
        auto *edit = child<QLineEdit>(page, "preparedByEdit");
        QCOMPARE(edit->text(), QStringLiteral("佐藤 花子"));
        QCOMPARE(page->currentReport()->record.preparedBy, QStringLiteral("佐藤 花子"));
        QTest::keyClicks(edit, QStringLiteral(" (IT)"));
        QTRY_COMPARE(page->currentReport()->record.preparedBy, QStringLiteral("佐藤 花子 (IT)"));
        QCOMPARE(page->currentReport()->document.author, QStringLiteral("佐藤 花子 (IT)"));
    }

    void savesAPdfThroughTheFileDialog()
    {
        auto *page = openPage();
        QVERIFY(page);
        QCOMPARE(page->historyModel()->rowCount(), 0);
        QVERIFY(!m_session->hasUnsavedChanges());
        const int pages = page->preview()->pageCount();
        // Typed without its suffix: the page adds ".pdf".
        const QString typed = m_dir.filePath(QStringLiteral("board-report"));
        const QString path = typed + QStringLiteral(".pdf");
        QString proposed;
        answerFileDialog(typed, &proposed);
        // Ctrl+Shift+S: Ctrl+S is the window's "save vault".
        QVERIFY(QTest::qWaitForWindowActive(page));
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);

        // The report's own name for itself, in the report's language.
        QCOMPARE(proposed,
                 QStringLiteral("Information_security_report_株式会社みなと精機_20261122.pdf"));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(test::readFile(path).startsWith("%PDF"));
        QCOMPARE(page->historyModel()->rowCount(), 1);
        const QModelIndex row = page->historyModel()->index(0, 0);
        QCOMPARE(row.data(ui::ReportHistoryModel::DestinationRole).toString(), path);
        QCOMPARE(page->historyModel()->record(0).pages, pages);
        const auto all = store::ReportRepository(db()).all();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->constFirst().destination, path);
        QCOMPARE(all->constFirst().pages, pages);
        QCOMPARE(all->constFirst().language, QStringLiteral("en"));
        // The session saves the vault soon after, as after any change.
        QVERIFY(m_session->hasUnsavedChanges());
        QCOMPARE(m_session->saveState(), vault::VaultSession::SaveState::Pending);
        auto *status = child<QLabel>(page, "reportStatus");
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QDir::toNativeSeparators(path)));
        QVERIFY(child<QWidget>(page, "historyView")->isVisible());
        QVERIFY(!child<QWidget>(page, "historyEmpty")->isVisible());
        // The next save starts in the same folder.
        QCOMPARE(QSettings().value(QStringLiteral("report/lastFolder")).toString(),
                 QFileInfo(path).absolutePath());
        // The history just written feeds the report: "since the last report".
        QTRY_VERIFY(page->currentReport() && page->currentReport()->record.createdAt.isValid());
    }

    void aJapaneseReportProposesItsJapaneseName()
    {
        auto *page = openPage();
        QVERIFY(page);
        // A company name with characters no file name can hold.
        auto org = store::OrganisationRepository(db()).load();
        QVERIFY(org);
        org->name = QStringLiteral("みなと/精機: 本社");
        QVERIFY(store::OrganisationRepository(db()).save(*org));
        auto *language = child<QComboBox>(page, "languageCombo");
        choose(language, language->findData(QStringLiteral("ja")));
        QTRY_VERIFY(page->currentReport() &&
                    page->currentReport()->document.language == QLatin1String("ja") &&
                    page->currentReport()->document.company == org->name);
        QString proposed;
        const QString path = m_dir.filePath(QStringLiteral("ja-report.pdf"));
        answerFileDialog(path, &proposed);
        QVERIFY(QTest::qWaitForWindowActive(page));
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(proposed, QStringLiteral("情報セキュリティ報告書_みなと_精機_本社_20261122.pdf"));
        QVERIFY(QFileInfo::exists(path));
    }

    void printsThroughThePrintDialog()
    {
        auto *page = openPage();
        QVERIFY(page);
        // Headless there is no printer: the dialog's "print to file" stands in.
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        bool sawDialog = false;
        test::onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<QPrintDialog *>(modal);
            QVERIFY(dialog);
            sawDialog = true;
            auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
            if (!file || !file->isEnabled()) {
                dialog->reject();
                return;
            }
            file->setText(path);
            dialog->accept();
        });
        QVERIFY(QTest::qWaitForWindowActive(page));
        QTest::keyClick(page, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(sawDialog);
        if (!QFileInfo::exists(path))
            QSKIP("This system's print dialog offers no print-to-file.");
        QVERIFY(test::readFile(path).startsWith("%PDF"));
        const auto all = store::ReportRepository(db()).all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->constFirst().destination, QStringLiteral("print"));
        QCOMPARE(all->constFirst().pages, page->preview()->pageCount());
        QCOMPARE(page->historyModel()->index(0, ui::ReportHistoryModel::WhereColumn).data(),
                 QVariant(QStringLiteral("Printed")));
        QVERIFY(m_session->hasUnsavedChanges());
    }

    void aFailedSaveWarnsAndRecordsNothing()
    {
        auto *page = openPage();
        QVERIFY(page);
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        QString warning;
        answerFileDialog(path, nullptr, [&warning] {
            test::onNextModal([&warning](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                warning = box->text();
                box->accept();
            });
        });
        QVERIFY(!page->saveAsPdf());
        QVERIFY2(warning.contains(QDir::toNativeSeparators(path)), qPrintable(warning));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(page->historyModel()->rowCount(), 0);
        QCOMPARE(store::ReportRepository(db()).all()->size(), 0);
        QVERIFY(!m_session->hasUnsavedChanges());
        QVERIFY(!child<QLabel>(page, "reportStatus")->isVisible());
    }

    void removingAnEntryAsksFirst()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("kept.pdf"));
        QVERIFY(test::writeFile(pdf, "%PDF-1.4 stand-in"));
        const report::ReportRecord older = issue(QStringLiteral("print"), 40);
        const report::ReportRecord newer = issue(pdf, 5);
        QVERIFY(older.id > 0 && newer.id > 0);
        auto *page = openPage();
        QVERIFY(page);
        auto *view = child<QTableView>(page, "historyView");
        QCOMPARE(view->model()->rowCount(), 2);
        // Newest first.
        QCOMPARE(view->model()->index(0, 0).data(ui::ReportHistoryModel::IdRole).toLongLong(),
                 newer.id);
        auto *remove = child<QPushButton>(page, "removeButton");
        QVERIFY(!remove->isEnabled());
        view->setFocus();
        view->selectRow(0);
        QVERIFY(remove->isEnabled());

        QString question;
        test::onNextModal([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::No)->click();
        });
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY2(question.contains(QStringLiteral("not deleted")), qPrintable(question));
        QVERIFY(question.contains(QDir::toNativeSeparators(pdf)));
        QCOMPARE(store::ReportRepository(db()).all()->size(), 2);
        QCOMPARE(view->model()->rowCount(), 2);

        test::onNextModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(remove, Qt::LeftButton);
        const auto left = store::ReportRepository(db()).all();
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->constFirst().id, older.id);
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(QFileInfo::exists(pdf)); // the file itself stays
    }

    void openingAnEntryOpensItsPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("open-me.pdf"));
        QVERIFY(test::writeFile(pdf, "%PDF-1.4 stand-in"));
        const QString gone = m_dir.filePath(QStringLiteral("gone.pdf"));
        issue(QStringLiteral("print"), 20);
        issue(gone, 10);
        issue(pdf, 1);
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        auto *page = openPage();
        QVERIFY(page);
        auto *view = child<QTableView>(page, "historyView");
        QCOMPARE(view->model()->rowCount(), 3);

        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(pdf)});

        QString message;
        test::onNextModal([&message](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            message = box->text();
            box->accept();
        });
        page->openRow(1);
        QVERIFY2(message.contains(QStringLiteral("no longer there")), qPrintable(message));
        QVERIFY(message.contains(QDir::toNativeSeparators(gone)));

        message.clear();
        test::onNextModal([&message](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            message = box->text();
            box->accept();
        });
        page->openRow(2);
        QVERIFY2(message.contains(QStringLiteral("printed")), qPrintable(message));
        QCOMPARE(catcher.opened.size(), 1);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }

    void aReportThatCannotBeBuiltSaysWhy()
    {
        auto *page = openPage();
        QVERIFY(page);
        QVERIFY(page->currentReport());
        QSqlQuery q(db().sql());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE report_history")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("reading failed: no such table")));
        page->rebuild();
        QVERIFY(!page->currentReport());
        auto *error = child<QLabel>(page, "previewError");
        QVERIFY(error->isVisible());
        // What failed in the reader's terms; SQLite's own words stay in the log.
        QVERIFY2(error->text().contains(QStringLiteral("could not be read")),
                 qPrintable(error->text()));
        QVERIFY2(!error->text().contains(QStringLiteral("report_history")),
                 qPrintable(error->text()));
        QVERIFY(!error->text().contains(QStringLiteral("no such table")));
        QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "printButton")->isEnabled());
        QCOMPARE(child<QLabel>(page, "pageLabel")->text(), QString());
    }

    void theHistoryModelPassesTheTester()
    {
        ui::ReportHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ui::ReportHistoryModel::SortRole);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ui::ReportHistoryModel::ColumnCount));

        report::ReportRecord a;
        a.id = 4;
        a.createdAt = QDateTime(kToday, QTime(3, 5), QTimeZone::utc());
        a.language = QStringLiteral("ja");
        a.from = QDate(2026, 8, 24);
        a.to = kToday;
        a.total = 48.45;
        a.destination = QStringLiteral("/tmp/board.pdf");
        a.pages = 3;
        report::ReportRecord b = a;
        b.id = 2;
        b.createdAt = a.createdAt.addDays(-100);
        b.language = QStringLiteral("en");
        b.total = 9.5;
        b.destination = QStringLiteral("print");
        b.pages = 4;
        model.setRecords({a, b});
        QCOMPARE(model.rowCount(), 2);
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        using M = ui::ReportHistoryModel;
        // Local time: 03:05 UTC is 12:05 in Tokyo.
        QCOMPARE(cell(0, M::IssuedColumn), QStringLiteral("2026-11-22 12:05"));
        QCOMPARE(cell(0, M::PeriodColumn), QStringLiteral("2026-08-24 – 2026-11-22"));
        QCOMPARE(cell(0, M::LanguageColumn), QStringLiteral("日本語"));
        QCOMPARE(cell(1, M::LanguageColumn), QStringLiteral("English"));
        // As the headline shows it: 48.45 is 49, as in `kamae score --json`.
        QCOMPARE(cell(0, M::ScoreColumn), QStringLiteral("49"));
        QCOMPARE(cell(1, M::ScoreColumn), QStringLiteral("10"));
        QCOMPARE(cell(0, M::PagesColumn), QStringLiteral("3"));
        QCOMPARE(cell(0, M::WhereColumn), QDir::toNativeSeparators(a.destination));
        QCOMPARE(cell(1, M::WhereColumn), QStringLiteral("Printed"));
        QCOMPARE(model.headerData(M::ScoreColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Score"));
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(99), -1);

        // Sorted by what the cells mean, not by their text.
        proxy.sort(M::ScoreColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(M::IdRole).toLongLong(), qint64(4));
        proxy.sort(M::IssuedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(M::IdRole).toLongLong(), qint64(2));
        model.retranslate();
        model.setRecords({});
        QCOMPARE(proxy.rowCount(), 0);
    }

private:
    store::Database &db() { return m_session->vault().database(); }

    ui::ReportPage *openPage()
    {
        m_page = std::make_unique<ui::ReportPage>(db(), kVaultName);
        m_page->resize(1100, 760);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return nullptr;
        return m_page.get();
    }

    // A record as if a report had been issued `daysAgo`.
    report::ReportRecord issue(const QString &destination, int daysAgo,
                               const QString &preparedBy = {})
    {
        report::ReportOptions options;
        options.language = QStringLiteral("en");
        options.preparedBy = preparedBy;
        auto built = report::buildReport(db(), options, kToday.addDays(-daysAgo));
        if (!built)
            return {};
        built->record.createdAt =
            QDateTime(kToday.addDays(-daysAgo), QTime(1, 0), QTimeZone::utc());
        auto recorded = report::recordIssued(db(), *built, destination, 3);
        return recorded ? *recorded : report::ReportRecord();
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<vault::VaultSession> m_session;
    std::unique_ptr<ui::ReportPage> m_page;
};

QTEST_MAIN(TestUiReport)
#include "tst_ui_report.moc"
