// The Training page (issue 17) driven through its widgets, headless: the
// coverage matrix against training::Coverage, recording a session in the
// real dialog (Space, pasted names, OK), courses added, deleted and undone.
#include "TestSupport.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"
#include "training/AttendeeModel.h"
#include "training/AttendeePicker.h"
#include "training/CourseTableModel.h"
#include "training/CoverageModel.h"
#include "training/CoveragePanel.h"
#include "training/CoverageSummaryModel.h"
#include "training/SessionDialog.h"
#include "training/SessionTableModel.h"
#include "training/StarterCourses.h"
#include "training/TrainingDesk.h"
#include "training/TrainingListPanel.h"
#include "training/TrainingPage.h"
#include "training/TrainingRepository.h"
#include "training/TrainingUndoCommands.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBar.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace kamae;
using training::CoverageState;

namespace {

const QDate kToday(2026, 11, 22);

domain::Person person(const QString &name, const QString &reading, const QString &department)
{
    domain::Person p;
    p.name = name;
    p.reading = reading;
    p.department = department;
    p.joined = kToday.addYears(-3);
    return p;
}

void clickOk(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

// Answers the next confirmation with `button`.
void answerNext(QMessageBox::StandardButton button)
{
    test::onNextModal([button](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        box->button(button)->click();
    });
}

} // namespace

class TestUiTraining final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_training");
        i18n::applyLanguage(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        clock::setFixedNow(QDateTime(kToday, QTime(10, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone::utc());
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        m_db = std::move(db.value());
        QVERIFY(store::migrate(*m_db));
        store::PeopleRepository people(*m_db);
        m_sato = *people.insert(
            person(QStringLiteral("佐藤一郎"), QStringLiteral("さとう"), QStringLiteral("営業部")));
        m_suzuki = *people.insert(
            person(QStringLiteral("鈴木次郎"), QStringLiteral("すずき"), QStringLiteral("営業部")));
        m_tanaka = *people.insert(
            person(QStringLiteral("田中一郎"), QStringLiteral("たなか"), QStringLiteral("総務部")));
        m_tanaka2 = *people.insert(
            person(QStringLiteral("田中花子"), QStringLiteral("たなか"), QStringLiteral("総務部")));
        store::TrainingRepository repo(*m_db);
        domain::Course phishing;
        phishing.title = QStringLiteral("Phishing mail");
        phishing.topic = domain::CourseTopic::Phishing;
        m_phishing = *repo.insertCourse(phishing);
        domain::Course executives;
        executives.title = QStringLiteral("For executives");
        executives.requirement = domain::Requirement::Optional;
        m_optional = *repo.insertCourse(executives);
        domain::Course sales;
        sales.title = QStringLiteral("Customer data");
        sales.requirement = domain::Requirement::Departments;
        sales.requiredFor = {QStringLiteral("営業部")};
        sales.renewalMonths = 12;
        m_sales = *repo.insertCourse(sales);
        domain::TrainingSession s;
        s.courseId = m_phishing;
        s.date = kToday.addMonths(-12).addDays(10); // renewal in 10 days: due soon
        QVERIFY(training::recordSession(*m_db, s, {m_sato}, domain::AttendanceState::Completed,
                                        kToday));
        s.courseId = m_sales;
        s.date = kToday.addDays(-10);
        QVERIFY(training::recordSession(*m_db, s, {m_suzuki}, domain::AttendanceState::Completed,
                                        kToday));
        m_undo = std::make_unique<QUndoStack>();
        QCoreApplication::processEvents();
    }

    void cleanup()
    {
        m_undo.reset();
        m_db.reset();
        clock::reset();
    }

    void matrixMatchesCoverage()
    {
        auto state = training::loadTraining(*m_db);
        QVERIFY(state);
        const training::Coverage coverage =
            training::computeCoverage(state->people, state->records, kToday);
        ui::CoverageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCoverage(coverage, state->people, state->records.courses);
        QCOMPARE(model.rowCount(), 4);
        // The optional course nobody is assigned is no column.
        QCOMPARE(model.courseCount(), 2);
        QCOMPARE(model.columnOfCourse(m_optional), -1);
        for (int r = 0; r < model.rowCount(); ++r)
            for (qint64 course : {m_phishing, m_sales}) {
                const int column = model.columnOfCourse(course);
                QVERIFY(column >= ui::CoverageModel::FirstCourseColumn);
                const auto expected = coverage.cell(r, coverage.columnOf(course)).state;
                const QModelIndex index = model.index(r, column);
                QCOMPARE(index.data(ui::CoverageModel::StateRole).toInt(),
                         static_cast<int>(expected));
                // Never the colour alone: the text starts with the state's symbol.
                QVERIFY(!index.data().toString().isEmpty());
                QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
            }
        const auto stateOf = [&](qint64 personId, qint64 course) {
            return static_cast<CoverageState>(
                model.index(model.rowOfPerson(personId), model.columnOfCourse(course))
                    .data(ui::CoverageModel::StateRole)
                    .toInt());
        };
        QCOMPARE(stateOf(m_sato, m_phishing), CoverageState::DueSoon);
        QCOMPARE(stateOf(m_suzuki, m_phishing), CoverageState::Overdue);
        QCOMPARE(stateOf(m_suzuki, m_sales), CoverageState::Done);
        QCOMPARE(stateOf(m_sato, m_sales), CoverageState::Overdue);
        QCOMPARE(stateOf(m_tanaka, m_sales), CoverageState::NotRequired);
        const QModelIndex done =
            model.index(model.rowOfPerson(m_suzuki), model.columnOfCourse(m_sales));
        QVERIFY(done.data().toString().startsWith(QStringLiteral("✓")));
        QVERIFY(done.data().toString().contains(i18n::formatDate(kToday.addDays(-10))));
        QVERIFY(done.data(Qt::BackgroundRole).isValid());

        // The department filter and the summary of the courses over it.
        ui::CoveragePanel panel;
        panel.setContent(coverage, state->people, state->records.courses);
        QCOMPARE(panel.view()->model()->rowCount(), 4);
        QComboBox *departments = panel.departmentFilter();
        departments->setCurrentIndex(departments->findText(QStringLiteral("総務部")));
        QCOMPARE(panel.view()->model()->rowCount(), 2);
        QAbstractItemModel *byCourse = panel.courseSummaryView()->model();
        QCOMPARE(byCourse->rowCount(), 2);
        for (int r = 0; r < byCourse->rowCount(); ++r) {
            const QString course = byCourse->index(r, 0).data().toString();
            const int required =
                byCourse->index(r, ui::CoverageSummaryModel::RequiredColumn).data().toInt();
            QCOMPARE(required, course == QStringLiteral("Customer data") ? 0 : 2);
        }
        QCOMPARE(panel.departmentSummaryView()->model()->rowCount(), 2);
    }

    // The printouts reachable from the page: the matrix from the tab bar's
    // corner, a session's certificates from the Sessions tab; a folder that
    // cannot be written says so and leaves nothing.
    void savesTheMatrixAndCertificatesAsPdf()
    {
        QSqlQuery org(m_db->sql());
        QVERIFY(org.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at)"
                                        " VALUES (1, '株式会社テスト', '')")));
        ui::TrainingPage page(*m_db, *m_undo);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(page.coveragePdfAction());
        QVERIFY(!page.coveragePdfAction()->text().isEmpty());
        const QString matrix = dir.filePath(QStringLiteral("coverage.pdf"));
        QVERIFY2(page.saveCoveragePdfTo(matrix), qPrintable(page.messageBar()->text()));
        QFile written(matrix);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5).startsWith("%PDF-"));
        QVERIFY(page.messageBar()->text().contains(QStringLiteral("coverage.pdf")));

        ui::TrainingListPanel *sessions = page.sessionsPanel();
        QAction *certificates = sessions->action(ui::TrainingPage::SessionCertificates);
        QVERIFY(!certificates->isEnabled()); // no session selected
        sessions->showRow(0);
        QVERIFY(certificates->isEnabled());
        const QString batch = dir.filePath(QStringLiteral("certificates.pdf"));
        QVERIFY(page.saveCertificatesPdfTo(batch));
        QVERIFY(QFileInfo(batch).size() > 1000);

        // A file where the folder should be: refused, nothing written.
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QFile block(blocker);
        QVERIFY(block.open(QIODevice::WriteOnly));
        block.close();
        QVERIFY(!page.saveCoveragePdfTo(blocker + QStringLiteral("/coverage.pdf")));
        QVERIFY(!page.messageBar()->text().isEmpty());
        QCOMPARE(QFileInfo(blocker).size(), 0);
    }

    void recordSessionInTheDialog()
    {
        ui::TrainingPage page(*m_db, *m_undo);
        const ui::CoverageModel *matrix = page.coveragePanel()->model();
        const auto cellState = [&](qint64 personId) {
            return static_cast<CoverageState>(
                matrix->index(matrix->rowOfPerson(personId), matrix->columnOfCourse(m_phishing))
                    .data(ui::CoverageModel::StateRole)
                    .toInt());
        };
        QCOMPARE(cellState(m_suzuki), CoverageState::Overdue);
        QCOMPARE(cellState(m_tanaka), CoverageState::Overdue);

        bool checked = false;
        test::onNextModal([&](QWidget *w) {
            auto *dialog = qobject_cast<ui::SessionDialog *>(w);
            QVERIFY(dialog);
            const int course = dialog->findChild<QComboBox *>(QStringLiteral("courseCombo"))
                                   ->findText(QStringLiteral("Phishing mail"));
            dialog->findChild<QComboBox *>(QStringLiteral("courseCombo"))->setCurrentIndex(course);
            dialog->findChild<QLineEdit *>(QStringLiteral("trainerEdit"))
                ->setText(QStringLiteral("外部講師"));
            dialog->tabs()->setCurrentIndex(ui::SessionDialog::AttendeesTab);
            ui::AttendeePicker *picker = dialog->picker();
            QTableView *view = picker->view();
            // Space ticks the current person, whichever cell is current.
            const int row = picker->model()->rowOf(m_suzuki);
            const auto *proxy = static_cast<const QSortFilterProxyModel *>(view->model());
            view->setCurrentIndex(proxy->mapFromSource(
                picker->model()->index(row, ui::AttendeeModel::DepartmentColumn)));
            QTest::keyClick(view, Qt::Key_Space);
            QVERIFY(picker->model()->isTicked(row));
            QTest::keyClick(view, Qt::Key_Space);
            QVERIFY(!picker->model()->isTicked(row));
            QTest::keyClick(view, Qt::Key_Space);
            QVERIFY(picker->model()->isTicked(row));
            // Pasted: one name, one nobody has, one reading two people share.
            picker->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"))
                ->setPlainText(QStringLiteral("田中一郎、山田太郎\nたなか"));
            picker->findChild<QPushButton *>(QStringLiteral("tickPastedButton"))->click();
            QVERIFY(picker->model()->isTicked(picker->model()->rowOf(m_tanaka)));
            QVERIFY(!picker->model()->isTicked(picker->model()->rowOf(m_tanaka2)));
            const QString result =
                picker->findChild<QLabel *>(QStringLiteral("pasteResult"))->text();
            QVERIFY2(result.contains(QStringLiteral("山田太郎")), qPrintable(result));
            QVERIFY2(result.contains(QStringLiteral("たなか")), qPrintable(result));
            QCOMPARE(dialog->tabs()->tabText(ui::SessionDialog::AttendeesTab),
                     QStringLiteral("Attendees (2)"));
            checked = true;
            clickOk(dialog);
        });
        page.recordSession();
        QVERIFY(checked);

        auto sessions = store::TrainingRepository(*m_db).sessions(m_phishing);
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), 2);
        const domain::TrainingSession &recorded = sessions->first(); // newest first
        QCOMPARE(recorded.date, kToday);
        QCOMPARE(recorded.trainer, QStringLiteral("外部講師"));
        auto attendance = store::TrainingRepository(*m_db).attendance(recorded.id);
        QVERIFY(attendance);
        QSet<qint64> people;
        for (const domain::Attendance &a : *attendance) {
            people.insert(a.personId);
            QCOMPARE(a.state, domain::AttendanceState::Completed);
        }
        QCOMPARE(people, (QSet<qint64>{m_suzuki, m_tanaka}));
        QCOMPARE(cellState(m_suzuki), CoverageState::Done);
        QCOMPARE(cellState(m_tanaka), CoverageState::Done);
        QCOMPARE(cellState(m_tanaka2), CoverageState::Overdue);
        QCOMPARE(page.tabs()->currentIndex(), int(ui::TrainingPage::SessionsTab));

        m_undo->undo();
        QCOMPARE(store::TrainingRepository(*m_db).sessions(m_phishing)->size(), 1);
        QCOMPARE(cellState(m_suzuki), CoverageState::Overdue);
        m_undo->redo();
        QCOMPARE(store::TrainingRepository(*m_db).sessions(m_phishing)->first().id, recorded.id);
        QCOMPARE(cellState(m_suzuki), CoverageState::Done);
    }

    void editAttendanceWithUndo()
    {
        ui::TrainingPage page(*m_db, *m_undo);
        ui::TrainingListPanel *sessions = page.sessionsPanel();
        const int row = sessions->model()->rowCount() > 0 ? 0 : -1;
        QVERIFY(row >= 0);
        const auto *model = static_cast<const ui::SessionTableModel *>(sessions->model());
        int phishingRow = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->session(r).courseId == m_phishing)
                phishingRow = r;
        sessions->showRow(phishingRow);
        const qint64 sessionId = model->session(phishingRow).id;
        test::onNextModal([&](QWidget *w) {
            auto *dialog = qobject_cast<ui::SessionDialog *>(w);
            QVERIFY(dialog);
            ui::AttendeeModel *attendees = dialog->picker()->model();
            QVERIFY(attendees->isTicked(attendees->rowOf(m_sato)));
            // 佐藤 only attended; 鈴木 is added.
            attendees->setData(
                attendees->index(attendees->rowOf(m_sato), ui::AttendeeModel::CompletedColumn),
                Qt::Unchecked, Qt::CheckStateRole);
            attendees->setTicked(attendees->rowOf(m_suzuki), true);
            clickOk(dialog);
        });
        page.editCurrentSession();
        const auto stateOf = [&](qint64 personId) {
            for (const domain::Attendance &a :
                 store::TrainingRepository(*m_db).attendance(sessionId).value())
                if (a.personId == personId)
                    return static_cast<int>(a.state);
            return -1;
        };
        QCOMPARE(stateOf(m_sato), int(domain::AttendanceState::Attended));
        QCOMPARE(stateOf(m_suzuki), int(domain::AttendanceState::Completed));
        m_undo->undo();
        QCOMPARE(stateOf(m_sato), int(domain::AttendanceState::Completed));
        QCOMPARE(stateOf(m_suzuki), -1);
    }

    void addDeleteCourseWithUndo()
    {
        ui::TrainingPage page(*m_db, *m_undo);
        const auto courseCount = [&] {
            return store::TrainingRepository(*m_db).courses()->size();
        };
        QCOMPARE(courseCount(), 3);
        QString problem;
        test::onNextModal([&](QWidget *dialog) {
            clickOk(dialog); // no title yet: refused, and said
            QVERIFY(dialog->isVisible());
            problem = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
            dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))
                ->setText(QStringLiteral("Clear desk"));
            auto *requirement = dialog->findChild<QComboBox *>(QStringLiteral("requirementCombo"));
            requirement->setCurrentIndex(int(domain::Requirement::Departments));
            clickOk(dialog); // no department ticked: refused
            QVERIFY(dialog->isVisible());
            requirement->setCurrentIndex(int(domain::Requirement::Everyone));
            clickOk(dialog);
        });
        page.addCourse();
        QCOMPARE(problem, domain::courseProblem(domain::Course{}));
        QCOMPARE(courseCount(), 4);
        QCOMPARE(page.tabs()->currentIndex(), int(ui::TrainingPage::CoursesTab));
        ui::TrainingListPanel *courses = page.coursesPanel();
        const int row = courses->currentRow();
        QVERIFY(row >= 0);
        const auto *model = static_cast<const ui::CourseTableModel *>(courses->model());
        QCOMPARE(model->course(row).title, QStringLiteral("Clear desk"));
        QVERIFY(page.coveragePanel()->model()->columnOfCourse(model->course(row).id) > 0);

        // Deleting asks first; Cancel keeps it.
        answerNext(QMessageBox::Cancel);
        page.deleteCurrentCourse();
        QCOMPARE(courseCount(), 4);
        // A course with sessions goes with them, and comes back on undo.
        courses->showRow(model->rowOfId(m_phishing));
        answerNext(QMessageBox::Yes);
        page.deleteCurrentCourse();
        QCOMPARE(courseCount(), 3);
        QCOMPARE(page.coveragePanel()->model()->columnOfCourse(m_phishing), -1);
        m_undo->undo();
        QCOMPARE(courseCount(), 4);
        QCOMPARE(store::TrainingRepository(*m_db).sessions(m_phishing)->size(), 1);
        QVERIFY(page.coveragePanel()->model()->columnOfCourse(m_phishing) > 0);
        m_undo->undo(); // the added course
        QCOMPARE(courseCount(), 3);
    }

    void starterCoursesWithUndo()
    {
        ui::TrainingPage page(*m_db, *m_undo);
        QAction *starter = page.coursesPanel()->action(ui::TrainingPage::AddStarter);
        const int missing = static_cast<int>(training::starterCourses().size());
        QVERIFY(starter->isVisible());
        QVERIFY(starter->text().contains(QString::number(missing)));
        starter->trigger();
        QCOMPARE(store::TrainingRepository(*m_db).courses()->size(), 3 + missing);
        QVERIFY(!starter->isVisible());
        m_undo->undo();
        QCOMPARE(store::TrainingRepository(*m_db).courses()->size(), 3);
        QVERIFY(starter->isVisible());
        m_undo->redo();
        QCOMPARE(store::TrainingRepository(*m_db).courses()->size(), 3 + missing);
    }

    void followsChangesOfThePeopleList()
    {
        ui::TrainingPage page(*m_db, *m_undo);
        page.show();
        const ui::CoverageModel *matrix = page.coveragePanel()->model();
        QCOMPARE(matrix->rowCount(), 4);
        const qint64 joiner = *store::PeopleRepository(*m_db).insert(person(
            QStringLiteral("山本三郎"), QStringLiteral("やまもと"), QStringLiteral("営業部")));
        m_db->publishNow();
        QTRY_COMPARE(matrix->rowCount(), 5);
        QVERIFY(matrix->rowOfPerson(joiner) >= 0);
    }

    void emptyVaultGuides()
    {
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        QVERIFY(store::migrate(*db.value()));
        ui::TrainingPage page(*db.value(), *m_undo);
        QCOMPARE(page.emptyState()->state(), ui::EmptyState::State::Empty);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("emptyStarterButton"));
        QVERIFY(button);
        button->click();
        QVERIFY(store::TrainingRepository(*db.value()).courses()->size() > 0);
        m_undo->clear();
    }

private:
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    qint64 m_sato = 0;
    qint64 m_suzuki = 0;
    qint64 m_tanaka = 0;
    qint64 m_tanaka2 = 0;
    qint64 m_phishing = 0;
    qint64 m_optional = 0;
    qint64 m_sales = 0;
};

QTEST_MAIN(TestUiTraining)
#include "tst_ui_training.moc"
