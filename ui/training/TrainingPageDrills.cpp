#include "training/CampaignTableModel.h"
#include "training/CourseTableModel.h"
#include "training/DepartmentRateTableModel.h"
#include "training/DrillResultTableModel.h"
#include "training/DrillsPanel.h"
#include "training/TrainingListPanel.h"
#include "training/TrainingPage.h"
#include "training/TrainingSettings.h"

#include <QTabWidget>
#include <QTableView>

namespace kamae {
namespace ui {

void TrainingPage::setUpDrills()
{
    m_drills = new DrillsPanel(database(), m_undo, m_tabs);
    m_tabs->addTab(m_drills, QString());
    connect(m_drills, &DrillsPanel::message, this,
            [this](MessageBar::Level level, const QString &text) {
                messageBar()->showMessage(level, text);
            });

    QTableView *drills = m_drills->campaignView();
    TableOptions campaigns;
    campaigns.source = m_drills->campaignModel();
    campaigns.idRole = TableModel::IdRole;
    campaigns.nameColumn = CampaignTableModel::NameColumn;
    addTable(drills, campaigns);
    const auto allows = [this](DrillsPanel::Action action) {
        return [this, action] {
            return m_drills->allows(action);
        };
    };
    setAction(drills, StandardAction::New, [this] { m_drills->addDrill(); });
    setAction(
        drills, StandardAction::Edit, [this] { m_drills->editCurrent(); },
        allows(DrillsPanel::EditDrill));
    setAction(
        drills, StandardAction::Delete, [this] { m_drills->deleteCurrent(); },
        allows(DrillsPanel::DeleteDrill));
    for (DrillsPanel::Action a :
         {DrillsPanel::ImportDrill, DrillsPanel::AssignFollowUps, DrillsPanel::LinkUnmatched})
        addContextAction(drills, m_drills->action(a));
    TableOptions results;
    results.nameColumn = DrillResultTableModel::PersonColumn;
    addTable(m_drills->resultView(), results);
    TableOptions departments;
    departments.nameColumn = DepartmentRateTableModel::DepartmentColumn;
    addTable(m_drills->departmentView(), departments);

    rememberView(drills, settings::trainingDrillsHeader);
    rememberSplitter(m_drills->verticalSplitter(), settings::trainingDrillsSplitter);
    // GoPhish's exports dropped anywhere on the page: the results export,
    // with or without its events export, in one drop.
    takeDroppedFilesTogether({QStringLiteral("csv")}, [this](const QStringList &paths) {
        m_tabs->setCurrentWidget(m_drills);
        m_drills->importFiles(paths);
    });
}

void TrainingPage::showCourse(qint64 courseId)
{
    if (courseId <= 0)
        return;
    m_tabs->setCurrentIndex(CoursesTab);
    if (const int row = m_courseModel->rowOfId(courseId); row >= 0)
        m_courses->showRow(row);
}

} // namespace ui
} // namespace kamae
