#pragma once

// What the parts of the Patches page build alike: their tables, their
// section headings, a selection that survives a reset, and the texts'
// translation context.

#include "patches/PatchCommands.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QModelIndex;
class QTableView;
class QUndoCommand;
class QUndoStack;

namespace kamae {
namespace ui {

// The page's texts keep the page's context in the parts that moved to files
// of their own, so that their translations stay with them.
struct PatchesPageText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::PatchesPage)
};
struct FeedsPanelText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::FeedsPanel)
};

// A sortable record table, many rows selectable, columns the person may move.
QTableView *makePatchTable(QWidget *parent, const QString &name);
// A section of a tab: a bold heading ("Vulnerability feeds") and a
// wrapped line under it that says what the section is for.
struct SectionLabels
{
    QLabel *heading = nullptr;
    QLabel *hint = nullptr;

    void setTexts(const QString &headingText, const QString &hintText) const;
};
SectionLabels makeSection(QWidget *parent, const QString &headingName);

// A tab whose actions change the records selected in its table, each
// change an undoable command. The page hears of every change the tab
// writes (edited()), to show it at once.
class RecordsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsPanel)

public:
    QTableView *view() const { return m_view; }
    // The actions on the selected rows, for the table's context menu.
    QList<QAction *> rowActions() const { return m_rowActions; }

signals:
    void edited();

protected:
    RecordsPanel(QUndoStack &undo, PatchCommandContext context, const QString &viewName,
                 QWidget *parent);

    // The table shows `source` through `proxy`; a new selection calls
    // updateButtons().
    void setModels(QAbstractItemModel *source, QSortFilterProxyModel *proxy);
    // An action on the selected rows, in the context menu and as a button.
    QPushButton *addRowAction(QAction *action, const QString &buttonName);
    // Writes through the undo stack and says so.
    void push(QUndoCommand *command);
    virtual void updateButtons() = 0;
    const PatchCommandContext &context() const { return m_context; }

private:
    QUndoStack &m_undo;
    const PatchCommandContext m_context;
    QTableView *m_view = nullptr;
    QList<QAction *> m_rowActions;
};

// Keeps a table's selected rows (by a key of each) and its scroll position
// while it lives, and puts them back when it goes: around a model reset.
class ViewKeeper final
{
public:
    using Key = std::function<QString(const QModelIndex &)>;

    ViewKeeper(QTableView *view, Key key);
    ViewKeeper(const ViewKeeper &) = delete;
    ViewKeeper &operator=(const ViewKeeper &) = delete;
    ~ViewKeeper();

private:
    QPointer<QTableView> m_view;
    Key m_key;
    QStringList m_selected;
    int m_scroll = 0;
};

} // namespace ui
} // namespace kamae
