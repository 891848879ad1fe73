#pragma once

#include "patches/PatchCommands.h"
#include "patches/PatchViews.h"

#include <QWidget>

class QTableView;
class QUndoStack;

namespace kamae {
namespace ui {

class AliasTableModel;

// The product name aliases under the feeds: what a feed calls a vendor and
// product is what the register calls them. Added, edited in place and
// removed through the undo stack.
class AliasEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliasEditor)

public:
    AliasEditor(QUndoStack &undo, PatchCommandContext context, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    AliasTableModel *model() const { return m_model; }

    // Adds an alias with placeholder names and opens its first cell to edit.
    void addAlias();
    void removeSelected();
    void retranslate();

private:
    SectionLabels m_section;
    QTableView *m_view = nullptr;
    AliasTableModel *m_model = nullptr;
};

} // namespace ui
} // namespace kamae
