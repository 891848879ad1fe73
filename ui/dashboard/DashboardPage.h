#pragma once

#include "pages/Page.h"
#include "reminders/Reminder.h"
#include "score/Score.h"
#include "score/ScoreInput.h"
#include "score/Snapshots.h"

class QAction;
class QGridLayout;
class QHBoxLayout;
class QScrollArea;
class QVBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace kamae {
namespace ui {

class ActionTableModel;
class BarChart;
class ChangeWatcher;
class FactorTableModel;
class GettingStartedPanel;
class RemindersPanel;
class ScoreCard;
class TrendChart;

// What the user opens Kamae for each morning: the posture score and how it
// moved, where its points are lost, the next five actions, and what is
// overdue or due this week. Every row and bar leads to its page.
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(store::Database &db, QWidget *parent = nullptr);

    QString title() const override;
    void reload();

    const score::Score &score() const { return m_score; }
    // Where "Assign owner…" records its undoable step; without one the
    // owner is written directly.
    void setUndoStack(QUndoStack *undo) { m_undo = undo; }
    // Asks for the owner of the next action in this row and sets it.
    void assignOwner(int row);
    QAction *assignOwnerAction() const { return m_assignOwner; }
    // Stores the score as today's snapshot (replacing today's).
    bool takeSnapshotNow();
    // Opens the page of the next action in this row.
    void openAction(int proxyRow);
    // Shows only the factors of one category (-1: all).
    void showCategory(int category);

    // The getting-started checklist: shown until every step is done or the
    // user hides it for this vault.
    GettingStartedPanel *gettingStartedPanel() const { return m_gettingStarted; }
    void hideGettingStarted();

    int reminderCount() const;
    void openRow(int proxyRow);
    bool exportCalendar(const QString &path);

    // Whether the parts stand one under the other (a narrow window).
    bool isOneColumn() const { return m_oneColumn; }

signals:
    void reminderActivated(const kamae::reminders::Reminder &reminder);
    // An action or a factor leads to a page (and a record on it).
    void actionActivated(const kamae::score::Action &action);

protected:
    void loadWaited() override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildCharts();
    void arrange(bool checklist, bool charts);
    // Puts the parts into the grid: in two columns or in one.
    void place();
    // The width two columns need at least (margins included).
    int twoColumnWidth() const;
    void openFactor(int proxyRow);
    void retranslate();

    store::Database &m_db;
    QUndoStack *m_undo = nullptr;
    QAction *m_assignOwner = nullptr;
    score::ScoreInput m_input; // what m_score was computed from
    QDate m_loadedDay;
    int m_category = -1;
    score::Score m_score;
    score::Trend m_trend;
    QVector<score::DayTotal> m_course; // the trend's points
    ChangeWatcher *m_changes = nullptr;
    QGridLayout *m_grid = nullptr;
    QVBoxLayout *m_actionsBox = nullptr;
    QHBoxLayout *m_factorsTop = nullptr;
    QScrollArea *m_scroll = nullptr;
    bool m_checklist = false;
    bool m_oneColumn = false;
    GettingStartedPanel *m_gettingStarted = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    ScoreCard *m_card = nullptr;
    TrendChart *m_trendChart = nullptr;
    BarChart *m_categoryBars = nullptr;
    BarChart *m_kindBars = nullptr;
    ActionTableModel *m_actions = nullptr;
    QLabel *m_factorsFilter = nullptr;
    FactorTableModel *m_factors = nullptr;
    QSortFilterProxyModel *m_factorProxy = nullptr;
    QTableView *m_factorView = nullptr;
    RemindersPanel *m_reminders = nullptr;
};

} // namespace ui
} // namespace kamae
