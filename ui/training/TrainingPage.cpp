#include "training/TrainingPage.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "models/RecordFilterProxy.h"
#include "modules/Registry.h"
#include "store/Database.h"
#include "training/CourseDialog.h"
#include "training/CourseTableModel.h"
#include "training/CoverageModel.h"
#include "training/CoveragePanel.h"
#include "training/SessionDialog.h"
#include "training/SessionTableModel.h"
#include "training/TrainingListPanel.h"
#include "training/TrainingModule.h"
#include "training/TrainingSettings.h"
#include "training/TrainingUndoCommands.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBar.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QEvent>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

TrainingPage::TrainingPage(store::Database &db, QUndoStack &undo, QWidget *parent)
    : ModulePage(db, parent), m_undo(undo)
{
    setObjectName(QStringLiteral("TrainingPage"));
    watchTables(training::moduleTables() << QStringLiteral("person"));
    m_context = reloadingContext();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("trainingTabs"));
    m_coverage = new CoveragePanel(m_tabs);
    m_courseModel = new CourseTableModel(this);
    m_courses = new TrainingListPanel(m_courseModel, new SearchFilterProxy(this),
                                      QStringLiteral("courseView"), CourseActionCount,
                                      {EditCourse, DeleteCourse}, m_tabs);
    m_sessionModel = new SessionTableModel(this);
    m_sessions = new TrainingListPanel(m_sessionModel, new SearchFilterProxy(this),
                                       QStringLiteral("sessionView"), SessionActionCount,
                                       {EditSession, DeleteSession, SessionCertificates}, m_tabs);
    m_courses->view()->sortByColumn(CourseTableModel::TitleColumn, Qt::AscendingOrder);
    m_sessions->view()->sortByColumn(SessionTableModel::DateColumn, Qt::DescendingOrder);
    m_tabs->addTab(m_coverage, QString());
    m_tabs->addTab(m_courses, QString());
    m_tabs->addTab(m_sessions, QString());
    setUpDrills();
    setUpPrinting();
    bodyLayout()->addWidget(m_tabs, 1);

    const auto on = [this](QAction *action, void (TrainingPage::*run)()) {
        connect(action, &QAction::triggered, this, run);
    };
    on(m_courses->action(AddCourse), &TrainingPage::addCourse);
    on(m_courses->action(EditCourse), &TrainingPage::editCurrentCourse);
    on(m_courses->action(DeleteCourse), &TrainingPage::deleteCurrentCourse);
    on(m_courses->action(AddStarter), &TrainingPage::addStarterCourses);
    on(m_sessions->action(RecordSession), &TrainingPage::recordSession);
    on(m_sessions->action(EditSession), &TrainingPage::editCurrentSession);
    on(m_sessions->action(DeleteSession), &TrainingPage::deleteCurrentSession);

    QTableView *matrix = m_coverage->view();
    TableOptions coverageTable;
    coverageTable.source = m_coverage->model();
    coverageTable.idRole = TableModel::IdRole;
    coverageTable.clearFilters = [this] {
        m_coverage->clearFilters();
    };
    addTable(matrix, coverageTable);
    addTable(m_coverage->courseSummaryView(), {});
    addTable(m_coverage->departmentSummaryView(), {});
    setAction(matrix, StandardAction::Find, [this] { m_coverage->focusSearch(); });
    setAction(matrix, StandardAction::New, [this] { recordSession(); });
    addContextAction(matrix, m_sessions->action(RecordSession));

    // A list tab: its table, and the standard actions on it.
    const auto addList = [this](TrainingListPanel *panel, TableModel *model, int nameColumn,
                                void (TrainingPage::*add)(), void (TrainingPage::*edit)(),
                                void (TrainingPage::*remove)()) {
        TableOptions table;
        table.source = model;
        table.idRole = TableModel::IdRole;
        table.nameColumn = nameColumn;
        table.clearFilters = [panel] {
            panel->clearFilters();
        };
        addTable(panel->view(), table);
        const auto hasRow = [panel] {
            return panel->currentRow() >= 0;
        };
        setAction(panel->view(), StandardAction::New, [this, add] { (this->*add)(); });
        setAction(
            panel->view(), StandardAction::Edit, [this, edit] { (this->*edit)(); }, hasRow);
        setAction(
            panel->view(), StandardAction::Delete, [this, remove] { (this->*remove)(); }, hasRow);
        setAction(panel->view(), StandardAction::Find, [panel] { panel->focusSearch(); });
    };
    addList(m_courses, m_courseModel, CourseTableModel::TitleColumn, &TrainingPage::addCourse,
            &TrainingPage::editCurrentCourse, &TrainingPage::deleteCurrentCourse);
    addContextAction(m_courses->view(), m_courses->action(AddStarter));
    addList(m_sessions, m_sessionModel, SessionTableModel::CourseColumn,
            &TrainingPage::recordSession, &TrainingPage::editCurrentSession,
            &TrainingPage::deleteCurrentSession);

    EmptyState *empty = addEmptyState(matrix);
    m_emptyStarter =
        empty->addButton(QStringLiteral("emptyStarterButton"), [this] { addStarterCourses(); });
    sayingText(empty->addButton(QStringLiteral("emptyCourseButton"), [this] { addCourse(); }),
               [] { return tr("Add a course…"); });
    m_coursesEmpty = new EmptyState(m_courses->view(), m_courseModel);
    m_coursesEmpty->setClearFilters([this] { m_courses->clearFilters(); });
    m_coursesEmptyStarter = m_coursesEmpty->addButton(QStringLiteral("coursesEmptyStarterButton"),
                                                      [this] { addStarterCourses(); });
    sayingText(
        m_coursesEmpty->addButton(QStringLiteral("coursesEmptyAddButton"), [this] { addCourse(); }),
        [] { return tr("Add a course…"); });
    m_sessionsEmpty = new EmptyState(m_sessions->view(), m_sessionModel);
    m_sessionsEmpty->setClearFilters([this] { m_sessions->clearFilters(); });
    sayingText(m_sessionsEmpty->addButton(QStringLiteral("sessionsEmptyRecordButton"),
                                          [this] { recordSession(); }),
               [] { return tr("Record a session…"); });

    rememberView(m_courses->view(), settings::trainingCoursesHeader);
    rememberView(m_sessions->view(), settings::trainingSessionsHeader);
    rememberSplitter(m_coverage->splitter(), settings::trainingCoverageSplitter);
    retranslate();
    reload();
}

void TrainingPage::load()
{
    auto state = training::loadTraining(database());
    if (!state) {
        messageBar()->showError(state.error());
        return;
    }
    m_state = std::move(state).value();
    const store::TrainingRecords &records = m_state.records;
    training::Coverage coverage =
        training::computeCoverage(m_state.people, records, clock::today());
    m_courseModel->setContent(records.courses, records.sessions, coverage);
    m_sessionModel->setContent(records.sessions, records.courses, records.attendance);
    m_coverage->setContent(std::move(coverage), m_state.people, records.courses);
    updateStarterAction();
    m_courses->updateActions();
    m_sessions->updateActions();
    m_sessions->action(RecordSession)->setEnabled(!records.courses.isEmpty());
}

const domain::Course *TrainingPage::currentCourse() const
{
    const int row = m_courses->currentRow();
    return row >= 0 ? &m_courseModel->course(row) : nullptr;
}

const domain::TrainingSession *TrainingPage::currentSession() const
{
    const int row = m_sessions->currentRow();
    return row >= 0 ? &m_sessionModel->session(row) : nullptr;
}

QVector<domain::Person> TrainingPage::attendeesOn(const QDate &date,
                                                  const QVector<domain::Attendance> &attended) const
{
    QVector<domain::Person> people;
    for (const domain::Person &p : m_state.people) {
        const bool there =
            std::any_of(attended.cbegin(), attended.cend(),
                        [&p](const domain::Attendance &a) { return a.personId == p.id; });
        if (there || training::isActiveOn(p, date))
            people << p;
    }
    return people;
}

void TrainingPage::updateStarterAction()
{
    const int missing =
        static_cast<int>(training::missingStarterCourses(m_state.records.courses).size());
    QAction *starter = m_courses->action(AddStarter);
    starter->setVisible(missing > 0);
    starter->setText(tr("Add starter courses (%n)", nullptr, missing));
    m_emptyStarter->setVisible(missing > 0);
    m_coursesEmptyStarter->setVisible(missing > 0);
}

void TrainingPage::addCourse()
{
    CourseDialog dialog(domain::Course{}, m_state.people, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new SaveCourseCommand(m_context, std::nullopt, dialog.course());
    m_undo.push(command);
    m_tabs->setCurrentIndex(CoursesTab);
    // The command showed its course already: select it.
    if (m_undo.command(m_undo.index() - 1) == command)
        m_courses->showRow(m_courseModel->rowOfId(command->after()->id));
}

void TrainingPage::editCurrentCourse()
{
    const domain::Course *current = currentCourse();
    if (!current)
        return;
    const domain::Course before = *current;
    CourseDialog dialog(before, m_state.people, this);
    if (dialog.exec() != QDialog::Accepted || dialog.course() == before)
        return;
    const auto watch = watchFilter(m_courses->view());
    m_undo.push(new SaveCourseCommand(m_context, before, dialog.course()));
}

void TrainingPage::deleteCurrentCourse()
{
    const domain::Course *current = currentCourse();
    if (!current)
        return;
    const domain::Course course = *current;
    const auto sessions = static_cast<int>(std::count_if(
        m_state.records.sessions.cbegin(), m_state.records.sessions.cend(),
        [&course](const domain::TrainingSession &s) { return s.courseId == course.id; }));
    const QString question =
        sessions > 0
            ? tr("Delete the course \"%1\" with its %n session(s) and their attendance? Undo "
                 "(Ctrl+Z) brings them back.",
                 nullptr, sessions)
                  .arg(course.title)
            : tr("Delete the course \"%1\"? Undo (Ctrl+Z) brings it back.").arg(course.title);
    if (confirmed(this, tr("Delete course"), question))
        m_undo.push(new RemoveCourseCommand(m_context, course));
}

void TrainingPage::addStarterCourses()
{
    if (training::missingStarterCourses(m_state.records.courses).isEmpty())
        return;
    auto *command = new AddStarterCoursesCommand(m_context);
    const auto outcome = command->outcome();
    m_undo.push(command);
    if (*outcome)
        messageBar()->showInfo(
            tr("The starter courses were added. Edit them as you need; Undo (Ctrl+Z) takes "
               "them away."));
    m_tabs->setCurrentIndex(CoursesTab);
}

void TrainingPage::recordSession()
{
    if (m_state.records.courses.isEmpty()) {
        messageBar()->showWarning(tr("Add a course first: a session teaches a course."));
        return;
    }
    domain::TrainingSession session;
    session.date = clock::today();
    if (const domain::Course *course = currentCourse();
        course && m_tabs->currentIndex() == CoursesTab)
        session.courseId = course->id;
    SessionDialog dialog(session, m_state.records.courses, attendeesOn(session.date, {}), {},
                         clock::today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undo.push(new RecordSessionCommand(m_context, dialog.session(), dialog.attendeeIds(),
                                         dialog.attendanceState(), clock::today()));
    m_tabs->setCurrentIndex(SessionsTab);
}

void TrainingPage::editCurrentSession()
{
    const domain::TrainingSession *current = currentSession();
    if (!current)
        return;
    const store::SessionSnapshot before{*current, m_sessionModel->attendanceOf(current->id)};
    SessionDialog dialog(before.session, m_state.records.courses,
                         attendeesOn(before.session.date, before.attendance), before.attendance,
                         clock::today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const store::SessionSnapshot after{dialog.session(), dialog.attendance()};
    const auto watch = watchFilter(m_sessions->view());
    m_undo.push(new SaveSessionCommand(m_context, before, after, clock::today()));
}

void TrainingPage::deleteCurrentSession()
{
    const domain::TrainingSession *current = currentSession();
    if (!current)
        return;
    const domain::TrainingSession session = *current;
    const QString course = m_sessionModel->courseTitle(session.courseId);
    if (confirmed(this, tr("Delete session"),
                  tr("Delete the session of \"%1\" on %2 and who attended it? Undo (Ctrl+Z) "
                     "brings it back.")
                      .arg(course, i18n::formatDate(session.date))))
        m_undo.push(new RemoveSessionCommand(m_context, session, course));
}

void TrainingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // starter courses' titles are read in the language
    }
    ModulePage::changeEvent(event);
}

QString TrainingPage::title() const
{
    // The module's name as the registry says it (教育・訓練), one text for
    // the navigation and the heading.
    return modules::displayName(training::ModuleKey);
}

void TrainingPage::retranslate()
{
    setHeading(title(), tr("Who must take which course and who has taken it, the courses, and "
                           "each session with who attended."));
    m_tabs->setTabText(CoverageTab, tr("Coverage"));
    m_tabs->setTabText(CoursesTab, tr("Courses"));
    m_tabs->setTabText(SessionsTab, tr("Sessions"));
    m_tabs->setTabText(DrillsTab, tr("Phishing drills"));
    m_courses->action(AddCourse)->setText(tr("Add course…"));
    m_courses->action(AddCourse)->setToolTip(tr("Add a course (Insert)"));
    m_courses->action(EditCourse)->setText(tr("Edit…"));
    m_courses->action(DeleteCourse)->setText(tr("Delete"));
    m_courses->action(AddStarter)
        ->setToolTip(
            tr("Kamae's courses for the lessons of the METI and Emotet alerts, to adopt or edit"));
    m_courses->setSearchPlaceholder(tr("Search courses (Ctrl+F)"));
    m_sessions->action(RecordSession)->setText(tr("Record session…"));
    m_sessions->action(RecordSession)->setToolTip(tr("Record a session and who attended (Insert)"));
    m_sessions->action(EditSession)->setText(tr("Edit session and attendance…"));
    m_sessions->action(DeleteSession)->setText(tr("Delete"));
    m_sessions->setSearchPlaceholder(tr("Search sessions (Ctrl+F)"));
    retranslatePrinting();
    emptyState()->setTexts(
        tr("No coverage to show yet"),
        tr("Coverage compares the people list (Organisation page) with the courses each "
           "person must take. Start with Kamae's starter courses or add your own."));
    m_emptyStarter->setText(tr("Add the starter courses"));
    m_coursesEmpty->setTexts(tr("No courses yet"),
                             tr("A course is what people must learn and how often: phishing "
                                "mail, passwords, reporting an incident…"));
    m_coursesEmptyStarter->setText(tr("Add the starter courses"));
    m_sessionsEmpty->setTexts(tr("No sessions recorded yet"),
                              tr("Record each time a course was taught and tick who was there; "
                                 "coverage counts the completions."));
    updateStarterAction();
    m_coverage->retranslate();
    m_courseModel->retranslate();
    m_sessionModel->retranslate();
}

} // namespace ui
} // namespace kamae
