#pragma once

// Small widget factories that every page and dialog would otherwise repeat.

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

class QAction;
class QLineEdit;
class QPushButton;

namespace kamae {
namespace ui {

// The red line under a form or over a table that says what went wrong;
// hidden until there is something to say. Tests find it as "errorLabel".
inline QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

// A read-only, sortable table of records, one selected row at a time or
// many: the pages' lists of assets, patch items, backup jobs and logs.
inline QTableView *makeRecordTable(QWidget *parent, const QString &name,
                                   QAbstractItemView::SelectionMode selection)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// A push button tests can find by `name`; its text is set in retranslate().
QPushButton *makeButton(QWidget *parent, const QString &name);
// A push button that shows `action` (its text, tooltip, enabled and
// visible state) and triggers it: one action for the button and the
// table's context menu.
QPushButton *makeActionButton(QWidget *parent, QAction *action, const QString &name);
// The search box over a table (Ctrl+F reaches it).
QLineEdit *makeSearchEdit(QWidget *parent, int minimumWidth = 200);

// Fits the columns to their contents (no wider than `cap` pixels), then lets
// `stretchColumn` (the name) take the room that is left as the window
// grows. `early` columns (a status) move right after the name, so that they
// stay on screen in a narrow window. For a table without a saved state.
void fitColumns(QTableView *view, int stretchColumn, const QList<int> &early = {}, int cap = 220);
// Widens the columns whose title would be clipped (after a language switch),
// leaving the others as the user sized them.
void widenToTitles(QTableView *view);
// The name column takes the room the others leave, but never gets narrower
// than it is now (the others scroll instead).
void stretchColumn(QTableView *view, int column);

// Selects and scrolls to the row that shows `sourceRow` of the model under
// the view's proxy (its own model without one); nothing when it is hidden
// or -1.
void showSourceRow(QTableView *view, int sourceRow);

// Shows a cell's whole text as a tooltip when the column cuts it short
// (and the model gives no tooltip of its own).
void showClippedTextAsToolTip(QTableView *view);

} // namespace ui
} // namespace kamae
