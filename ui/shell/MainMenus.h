#pragma once

#include "shell/ShortcutsDialog.h"

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoGroup;

namespace kamae {
namespace ui {

class Workspace;

// The window's menus and toolbar: File, Edit (undo and redo of the open
// workspace), Go (one entry per page), Help. Each action asks for what it
// does by a signal; the window and the vault flow do it.
class MainMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainMenus)

public:
    MainMenus(QMainWindow *window, QUndoGroup *undo);

    // Which actions apply: a vault `open` in a workspace, or one kept on
    // the lock screen (`haveVault`). The Go menu lists `workspace`'s pages.
    void update(bool open, bool haveVault, Workspace *workspace);
    // The menus' shortcuts, then each page's.
    QList<ShortcutsDialog::Group> shortcutGroups(Workspace *workspace) const;

signals:
    void newVaultRequested();
    void openVaultRequested();
    void saveRequested();
    void lockRequested();
    void closeVaultRequested();
    void userGuideRequested();
    void shortcutsRequested();
    void demoRequested();

private:
    QAction *addUndoAction(const QString &name, const QKeySequence &keys,
                           void (QUndoGroup::*trigger)(), void (QUndoGroup::*enabledChanged)(bool),
                           void (QUndoGroup::*textChanged)(const QString &));
    void showAbout();
    void updateUndoText();
    void retranslate();

    QMainWindow *m_window;
    QUndoGroup *m_undoGroup;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_demoAction = nullptr;
    QList<QAction *> m_goActions;
};

} // namespace ui
} // namespace kamae
