#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace kamae {
namespace ui {

// The actions every list of records offers, by id.
enum class StandardAction
{
    New,    // Insert (Ctrl+N opens a vault)
    Edit,   // Enter / Return in the table, or a double-click
    Delete, // Delete in the table
    Find,   // Ctrl+F: to the search box
    Export, // Ctrl+E
};
inline constexpr int kStandardActionCount = 5;

// The standard actions of one page or panel, each a QAction with its usual
// shortcut, acting on whichever of its tables has the focus (or had it last:
// a button click takes the focus away). Each table says what an action does
// for it; an action a table does not handle is disabled while it is
// current. A right-click on a table offers its actions in a context menu,
// with the page's own actions for that table after them.
class TableActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableActions)

public:
    // `scope`: the page or panel; New, Find and Export work anywhere in it,
    // Edit and Delete only in a table (Enter and Delete mean other things in
    // a text box).
    explicit TableActions(QWidget *scope);

    void addTable(QTableView *view);
    // What `id` does while `view` is current; `enabled`, if given, says
    // whether it can now (e.g. one row selected).
    void setHandler(QTableView *view, StandardAction id, std::function<void()> run,
                    std::function<bool()> enabled = {});
    // A page's own action for `view`, offered on its context menu.
    void addContextAction(QTableView *view, QAction *action);

    QAction *action(StandardAction id) const { return m_actions.at(static_cast<int>(id)); }
    // The table the actions act on: the one with the focus, else the last
    // one that had it, else the first.
    QTableView *currentTable() const;
    void setCurrentTable(QTableView *view);
    // The context menu of `view`, as a right-click shows it (the caller
    // owns it). Makes `view` current.
    QMenu *contextMenu(QTableView *view, QWidget *parent);
    // Enables each action for the current table; called on focus and
    // selection changes, and before a menu shows.
    void updateEnabled();
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Handler
    {
        std::function<void()> run;
        std::function<bool()> enabled;
    };
    struct Table
    {
        QPointer<QTableView> view;
        QHash<int, Handler> handlers;
        QVector<QPointer<QAction>> extra;
    };

    Table *tableOf(const QTableView *view);
    const Table *tableOf(const QTableView *view) const;
    void trigger(StandardAction id);
    bool canRun(const Table *table, StandardAction id) const;

    QWidget *m_scope;
    QVector<QAction *> m_actions;
    QVector<Table> m_tables;
    QPointer<QTableView> m_current;
};

} // namespace ui
} // namespace kamae
