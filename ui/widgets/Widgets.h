#pragma once

// Small widget factories that every page and dialog would otherwise repeat.

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

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

} // namespace ui
} // namespace kamae
