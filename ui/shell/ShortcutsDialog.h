#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace kamae {
namespace ui {

// Help → Keyboard shortcuts. Lists what the actions themselves say (their
// text and shortcuts): the window's menus, and the pages of the open vault,
// so the list cannot drift from what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };

    // pagesIncluded: false while no vault is open (the pages do not exist).
    ShortcutsDialog(const QList<Group> &groups, bool pagesIncluded, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

    // The actions with a shortcut among widget's children, each once.
    static QList<QAction *> actionsWithShortcuts(const QObject *root);
    // What an action does, in words: its text, else its tool tip, else what
    // its standard key means.
    static QString describe(const QAction *action);

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace ui
} // namespace kamae
