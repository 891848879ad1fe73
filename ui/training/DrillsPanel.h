#pragma once

#include "training/TrainingDesk.h"
#include "widgets/CoreForward.h"
#include "widgets/MessageBar.h"

#include <QSet>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QSplitter;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace kamae {
namespace ui {

class CampaignTableModel;
struct CommandContext;
class ChangeWatcher;
class DepartmentRateTableModel;
class DrillResultTableModel;
class LineChart;
struct DrillRow;

// The phishing drills (標的型メール訓練) of the Training page: the drills
// with their click (クリック) and report (報告) rates, the selected drill's
// results per person and per department, the trend over the drills, and
// what is done with them, each undoable: importing GoPhish's exports (also
// by dropping a CSV file on the panel), drills typed in by hand, follow-up
// courses for repeat clickers, and linking results to people added since.
// It reads the vault itself, again whenever the vault changes; what it has
// to say goes out through message() for the page's message bar.
class DrillsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillsPanel)

public:
    enum Action
    {
        ImportDrill,
        AddDrill,
        EditDrill,
        DeleteDrill,
        AssignFollowUps,
        LinkUnmatched,
        ActionCount
    };

    DrillsPanel(store::Database &db, QUndoStack &undo, QWidget *parent = nullptr);
    ~DrillsPanel() override;

    QAction *action(Action id) const { return m_actions.at(id); }
    // Whether the action applies now (a drill selected, someone to assign …).
    bool allows(Action id) const;

    QTableView *campaignView() const { return m_campaignView; }
    QTableView *resultView() const { return m_resultView; }
    QTableView *departmentView() const { return m_departmentView; }
    CampaignTableModel *campaignModel() const { return m_campaigns; }
    DrillResultTableModel *resultModel() const { return m_results; }
    DepartmentRateTableModel *departmentModel() const { return m_departments; }
    LineChart *trendChart() const { return m_chart; }
    // The splitters a page may remember (ModulePage::rememberSplitter).
    QSplitter *verticalSplitter() const { return m_vertical; }

    // Reads the drills again now (the selected one stays selected).
    void reload();
    // The selected drill, or null.
    const DrillRow *currentDrill() const;
    void showCampaign(qint64 campaignId);

    // The actions, for buttons, menus and the page's standard actions.
    // importDrill: with a path, the dialog opens with that results export.
    void importDrill(const QString &resultsPath = {}, const QString &eventsPath = {});
    void addDrill();
    void editCurrent();
    void deleteCurrent();
    void assignFollowUps();
    void linkUnmatched();
    // CSV files dropped on the page: the results export, and the events
    // export when its name says "Events".
    void importFiles(const QStringList &paths);

signals:
    // For the page's message bar; translated.
    void message(kamae::ui::MessageBar::Level level, const QString &text);
    void currentDrillChanged();

private:
    // Where the undo commands write; a change reads the drills again.
    CommandContext commandContext();
    void showCurrentDrill();
    void showTrend();
    void updateActions();
    void retranslate();
    int currentRow() const;
    void fitOnce(QTableView *view, int nameColumn);

    store::Database &m_db;
    QUndoStack &m_undo;
    ChangeWatcher *m_watcher = nullptr;
    training::TrainingState m_state;
    QVector<training::CampaignRates> m_rates;
    QVector<domain::TrainingAssignment> m_followUps;
    int m_linkable = 0;
    QSet<const QTableView *> m_fitted;

    std::array<QAction *, ActionCount> m_actions{};
    CampaignTableModel *m_campaigns = nullptr;
    QSortFilterProxyModel *m_campaignProxy = nullptr;
    DrillResultTableModel *m_results = nullptr;
    DepartmentRateTableModel *m_departments = nullptr;
    QTableView *m_campaignView = nullptr;
    QTableView *m_resultView = nullptr;
    QTableView *m_departmentView = nullptr;
    LineChart *m_chart = nullptr;
    QSplitter *m_vertical = nullptr;
    QLabel *m_resultsTitle = nullptr;
};

} // namespace ui
} // namespace kamae
