#pragma once

#include "commands/ChangeCommand.h"
#include "pages/ModulePage.h"
#include "training/TrainingDesk.h"

class QPushButton;
class QTabWidget;
class QUndoStack;

namespace kamae {
namespace ui {

class CourseTableModel;
class DrillsPanel;
class CoveragePanel;
class EmptyState;
class SessionTableModel;
class TrainingListPanel;

// Training (教育・訓練): who has taken the courses they must take (the
// coverage matrix, 受講率), the courses (講座) and the sessions that taught
// them (実施回) with who attended. Edits go through undoable commands; any
// change of the training records or the people list reads them again.
class TrainingPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPage)

public:
    enum Tab
    {
        CoverageTab,
        CoursesTab,
        SessionsTab,
        DrillsTab
    };
    enum CourseAction
    {
        AddCourse,
        EditCourse,
        DeleteCourse,
        AddStarter,
        CourseActionCount
    };
    enum SessionAction
    {
        RecordSession,
        EditSession,
        DeleteSession,
        SessionCertificates,
        SessionActionCount
    };

    TrainingPage(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);

    QString title() const override;
    QTabWidget *tabs() const { return m_tabs; }
    CoveragePanel *coveragePanel() const { return m_coverage; }
    TrainingListPanel *coursesPanel() const { return m_courses; }
    TrainingListPanel *sessionsPanel() const { return m_sessions; }
    DrillsPanel *drillsPanel() const { return m_drills; }
    const training::TrainingState &state() const { return m_state; }

    void addCourse();
    void editCurrentCourse();
    void deleteCurrentCourse();
    void addStarterCourses();
    void recordSession();
    void editCurrentSession();
    void deleteCurrentSession();
    // A place asked for by a reminder (a course's renewals, its overdue
    // people, its follow-ups) or a next action: the course, or the page.
    void showCourse(qint64 courseId);
    // The printouts (TrainingPagePrint.cpp): the coverage matrix on A4 and
    // the certificates of the selected session's completions, as PDF files
    // in the window's language.
    void saveCoveragePdf();
    void saveCertificatesPdf();
    // To `path`, or where the user chooses when it is empty: false after
    // the message bar said why (or when the user cancelled).
    bool saveCoveragePdfTo(const QString &path);
    bool saveCertificatesPdfTo(const QString &path);
    QAction *coveragePdfAction() const { return m_coveragePdf; }

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    const domain::Course *currentCourse() const;
    const domain::TrainingSession *currentSession() const;
    // The entries who may attend a session on `date`, and those who did.
    QVector<domain::Person> attendeesOn(const QDate &date,
                                        const QVector<domain::Attendance> &attended) const;
    void updateStarterAction();
    // The phishing drills' tab (TrainingPageDrills.cpp).
    void setUpDrills();
    void setUpPrinting();
    void retranslatePrinting();
    void retranslate();

    QUndoStack &m_undo;
    CommandContext m_context;
    training::TrainingState m_state;
    QTabWidget *m_tabs = nullptr;
    CoveragePanel *m_coverage = nullptr;
    CourseTableModel *m_courseModel = nullptr;
    SessionTableModel *m_sessionModel = nullptr;
    TrainingListPanel *m_courses = nullptr;
    TrainingListPanel *m_sessions = nullptr;
    DrillsPanel *m_drills = nullptr;
    QAction *m_coveragePdf = nullptr;
    EmptyState *m_coursesEmpty = nullptr;
    EmptyState *m_sessionsEmpty = nullptr;
    QPushButton *m_emptyStarter = nullptr;
    QPushButton *m_coursesEmptyStarter = nullptr;
};

} // namespace ui
} // namespace kamae
