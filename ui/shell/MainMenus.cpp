#include "shell/MainMenus.h"

#include "demo/DemoCompany.h"
#include "pages/Page.h"
#include "shell/MainWindowText.h"
#include "shell/Workspace.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoGroup>

namespace kamae {
namespace ui {

MainMenus::MainMenus(QMainWindow *window, QUndoGroup *undo)
    : QObject(window), m_window(window), m_undoGroup(undo)
{
    m_fileMenu = window->menuBar()->addMenu(QString());
    const auto add = [](QMenu *menu, auto receiver, auto slot, Text text) {
        return sayingText(menu->addAction(QString(), receiver, slot), menu, std::move(text));
    };
    QAction *newVault = add(m_fileMenu, this, &MainMenus::newVaultRequested,
                            [] { return MainWindowText::tr("&New vault…"); });
    newVault->setShortcut(QKeySequence::New);
    QAction *openVault = add(m_fileMenu, this, &MainMenus::openVaultRequested,
                             [] { return MainWindowText::tr("&Open vault…"); });
    openVault->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainMenus::saveRequested);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainMenus::lockRequested);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainMenus::closeVaultRequested);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_fileMenu->addSeparator();
    QAction *quit =
        add(m_fileMenu, window, &QWidget::close, [] { return MainWindowText::tr("&Quit"); });
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = window->menuBar()->addMenu(QString());
    // Own actions rather than QUndoGroup's, whose "Undo" prefix would not
    // follow a language switch.
    m_undoAction =
        addUndoAction(QStringLiteral("undoAction"), QKeySequence::Undo, &QUndoGroup::undo,
                      &QUndoGroup::canUndoChanged, &QUndoGroup::undoTextChanged);
    m_redoAction =
        addUndoAction(QStringLiteral("redoAction"), QKeySequence::Redo, &QUndoGroup::redo,
                      &QUndoGroup::canRedoChanged, &QUndoGroup::redoTextChanged);

    m_goMenu = window->menuBar()->addMenu(QString());

    // The actions used most, one click away while a vault is open.
    m_toolBar = window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);

    m_helpMenu = window->menuBar()->addMenu(QString());
    QAction *guide = add(m_helpMenu, this, &MainMenus::userGuideRequested,
                         [] { return MainWindowText::tr("&User guide"); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = add(m_helpMenu, this, &MainMenus::shortcutsRequested,
                             [] { return MainWindowText::tr("&Keyboard shortcuts"); });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_demoAction = m_helpMenu->addAction(QString(), this, &MainMenus::demoRequested);
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    m_helpMenu->addSeparator();
    QAction *about = add(m_helpMenu, this, &MainMenus::showAbout,
                         [] { return MainWindowText::tr("&About Kamae"); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    retranslate();
    onLanguageChange(window, [this] { retranslate(); });
}

QAction *MainMenus::addUndoAction(const QString &name, const QKeySequence &keys,
                                  void (QUndoGroup::*trigger)(),
                                  void (QUndoGroup::*enabledChanged)(bool),
                                  void (QUndoGroup::*textChanged)(const QString &))
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setEnabled(false);
    connect(action, &QAction::triggered, m_undoGroup, trigger);
    connect(m_undoGroup, enabledChanged, action, &QAction::setEnabled);
    connect(m_undoGroup, textChanged, this, &MainMenus::updateUndoText);
    m_editMenu->addAction(action);
    return action;
}

void MainMenus::update(bool open, bool haveVault, Workspace *workspace)
{
    m_saveAction->setEnabled(open);
    m_lockAction->setEnabled(open);
    m_closeAction->setEnabled(haveVault);
    m_goMenu->setEnabled(open);
    m_toolBar->setVisible(open);

    qDeleteAll(m_goActions);
    m_goActions.clear();
    if (!workspace)
        return;
    for (int i = 0; i < workspace->pageCount(); ++i) {
        // A title's "&" ("Incidents & contacts") is text, not a mnemonic.
        QString text = workspace->page(i)->title();
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *go =
            m_goMenu->addAction(text, workspace, [workspace, i] { workspace->setCurrentIndex(i); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page.
        if (i < 10)
            go->setShortcut(QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0)));
        m_goActions << go;
    }
}

QList<ShortcutsDialog::Group> MainMenus::shortcutGroups(Workspace *workspace) const
{
    QList<ShortcutsDialog::Group> groups;
    for (QMenu *menu : {m_fileMenu, m_editMenu, m_goMenu, m_helpMenu}) {
        ShortcutsDialog::Group group{menu->title(), {}};
        for (QAction *action : menu->actions())
            if (!action->shortcuts().isEmpty())
                group.actions << action;
        groups << group;
    }
    if (workspace) {
        for (int i = 0; i < workspace->pageCount(); ++i) {
            Page *page = workspace->page(i);
            groups << ShortcutsDialog::Group{page->title(),
                                             ShortcutsDialog::actionsWithShortcuts(page)};
        }
    }
    return groups;
}

void MainMenus::showAbout()
{
    QMessageBox::about(
        m_window, MainWindowText::tr("About Kamae"),
        MainWindowText::tr(
            "<h3>Kamae %1</h3><p>Your company's security posture in one encrypted file, for "
            "small and medium enterprises. Built on the measures of the Japanese government's "
            "alert on strengthening cybersecurity.</p><p>Works fully offline. Your data never "
            "leaves this computer.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainMenus::updateUndoText()
{
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undoAction->setText(undo.isEmpty() ? MainWindowText::tr("&Undo")
                                         : MainWindowText::tr("&Undo: %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? MainWindowText::tr("&Redo")
                                         : MainWindowText::tr("&Redo: %1").arg(redo));
}

void MainMenus::retranslate()
{
    m_fileMenu->setTitle(MainWindowText::tr("&File"));
    m_saveAction->setText(MainWindowText::tr("&Save now"));
    m_lockAction->setText(MainWindowText::tr("&Lock"));
    m_lockAction->setToolTip(
        MainWindowText::tr("Lock Kamae now (Ctrl+L): the data is wiped from memory"));
    m_closeAction->setText(MainWindowText::tr("&Close vault"));
    m_editMenu->setTitle(MainWindowText::tr("&Edit"));
    m_goMenu->setTitle(MainWindowText::tr("&Go"));
    m_helpMenu->setTitle(MainWindowText::tr("&Help"));
    m_toolBar->setWindowTitle(MainWindowText::tr("Main toolbar"));
    m_demoAction->setText(MainWindowText::tr("Open the &demo company"));
    m_demoAction->setToolTip(MainWindowText::tr("Opens a made-up company with a year of records, "
                                                "to look around (passphrase: %1)")
                                 .arg(QString::fromLatin1(demo::kDemoPassphrase)));
    updateUndoText();
}

} // namespace ui
} // namespace kamae
