#include "shell/MainWindow.h"

#include "demo/DemoCompany.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/CreateVaultDialog.h"
#include "dialogs/RecoveryCodeDialog.h"
#include "dialogs/UnlockDialog.h"
#include "i18n/Language.h"
#include "pages/Page.h"
#include "pages/SettingsPage.h"
#include "settings/AppSettings.h"
#include "settings/UiSettings.h"
#include "shell/IdleWatcher.h"
#include "shell/LockedPage.h"
#include "shell/SaveStatusWidget.h"
#include "shell/ShortcutsDialog.h"
#include "shell/UserGuideWindow.h"
#include "shell/WelcomePage.h"
#include "shell/Workspace.h"
#include "store/OrganisationRepository.h"
#include "vault/VaultSession.h"
#include "widgets/FileDialogs.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace kamae {
namespace ui {

namespace {
// What a window manager usually adds around a window: borders and a title bar.
constexpr int kFrameGuess = 8;
constexpr int kTitleBarGuess = 32;
constexpr int kMinute = 60 * 1000;

// The window never opens larger than the screen it opens on, nor off it: a
// size saved on a larger monitor, or the default size on a small laptop at
// 150 %, is fitted to the screen's available area.
void fitToScreen(QWidget *window)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    QScreen *screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Before the first show the frame (title bar, borders) is not known:
    // leave room for a usual one.
    QSize frame = window->frameGeometry().size() - window->geometry().size();
    if (frame.isEmpty())
        frame = QSize(2 * kFrameGuess, kTitleBarGuess + kFrameGuess);
    const QSize room = available.size() - frame;
    const QSize size = window->size().boundedTo(room).expandedTo(QSize(1, 1));
    if (size != window->size())
        window->resize(size);
    // A restored position may lie off the screen; a new window is placed by
    // the window manager.
    if (!window->testAttribute(Qt::WA_Moved))
        return;
    const QSize outer = size + frame;
    const QPoint pos(
        std::clamp(window->x(), available.left(),
                   std::max(available.left(), available.right() + 1 - outer.width())),
        std::clamp(window->y(), available.top(),
                   std::max(available.top(), available.bottom() + 1 - outer.height())));
    if (pos != window->pos())
        window->move(pos);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_screens = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_screens);
    m_locked = new LockedPage(m_screens);
    m_screens->addWidget(m_welcome);
    m_screens->addWidget(m_locked);
    setCentralWidget(m_screens);

    m_saveStatus = new SaveStatusWidget(this);
    statusBar()->addPermanentWidget(m_saveStatus);
    m_undoGroup = new QUndoGroup(this);
    m_idle = new IdleWatcher(this);
    applyAutoLock(AppSettings::autoLockMinutes());

    createActions();

    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::newVault);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openVaultDialog);
    connect(m_welcome, &WelcomePage::recentChosen, this, &MainWindow::openVault);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::languageChosen, this, &MainWindow::applyLanguage);
    connect(m_locked, &LockedPage::unlockRequested, this, &MainWindow::unlock);
    connect(m_locked, &LockedPage::closeRequested, this, &MainWindow::closeVault);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lockWhenIdle);

    if (!restoreGeometry(settings::windowGeometry.get()))
        resize(1100, 720);
    fitToScreen(this);
    restoreState(settings::windowState.get());

    retranslate();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    dropWorkspace();
    // Anything still unsaved is written by the session's destructor.
    m_session.reset();
}

MainWindow::Screen MainWindow::screen() const
{
    if (m_workspace && m_screens->currentWidget() == m_workspace)
        return Screen::Workspace;
    if (m_screens->currentWidget() == m_locked)
        return Screen::Locked;
    return Screen::Welcome;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newVault);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openVaultDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_session) {
            if (m_workspace)
                m_workspace->commitPendingEdits();
            // A failure shows in the status bar's save state, with a retry.
            (void)m_session->saveNow();
        }
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeVault);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    // Own actions rather than QUndoGroup's, whose "Undo" prefix would not
    // follow a language switch.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoText);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoText);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_goMenu = menuBar()->addMenu(QString());

    // The actions used most, one click away while a vault is open.
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showUserGuide);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_demoAction = m_helpMenu->addAction(QString(), this, &MainWindow::openDemo);
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateActions()
{
    const bool open = screen() == Screen::Workspace;
    const bool haveVault = open || screen() == Screen::Locked;
    m_saveAction->setEnabled(open);
    m_lockAction->setEnabled(open);
    m_closeAction->setEnabled(haveVault);
    m_goMenu->setEnabled(open);
    m_toolBar->setVisible(open);
    // The lock screen shows nothing of the data, the save state included:
    // the lock screen itself says when changes are still unsaved.
    m_saveStatus->setVisible(open);

    qDeleteAll(m_goActions);
    m_goActions.clear();
    if (!m_workspace)
        return;
    for (int i = 0; i < m_workspace->pageCount(); ++i) {
        QAction *go = m_goMenu->addAction(m_workspace->page(i)->title(), this,
                                          [this, i] { m_workspace->setCurrentIndex(i); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page.
        if (i < 10)
            go->setShortcut(QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0)));
        m_goActions << go;
    }
}

void MainWindow::updateTitle()
{
    QString path;
    if (m_session)
        path = m_session->vault().path();
    else if (screen() == Screen::Locked)
        path = m_lockedPath;
    setWindowTitle(path.isEmpty() ? tr("Kamae") : tr("%1 — Kamae").arg(QFileInfo(path).fileName()));
}

void MainWindow::newVault()
{
    if (m_session && !closeVault())
        return;
    CreateVaultDialog dialog(this);
    if (m_createOptions)
        dialog.setCreateOptions(*m_createOptions);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = dialog.takeVault();
    if (!created)
        return;
    created->setBackupDirectory(AppSettings::backupDirectory());
    RecoveryCodeDialog codeDialog(dialog.recoveryCode(), dialog.organisationName(), created->path(),
                                  this);
    codeDialog.exec();
    adoptVault(std::move(created));
}

void MainWindow::openVaultDialog()
{
    const QString path = filedialogs::openFile(
        this, FileKind::Vault, tr("Open vault"),
        tr("Kamae data files (*.kamae);;Backup copies (*.kamae.bak *.bak);;All files (*)"));
    if (!path.isEmpty())
        openVault(path);
}

void MainWindow::openVault(const QString &path)
{
    if (m_session && !closeVault())
        return;
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Open vault"),
                             vault::Vault::describe(vault::VaultError::NotFound, path));
        AppSettings::removeRecentVault(path);
        m_welcome->refreshRecent();
        return;
    }
    unlockFile(path);
}

void MainWindow::unlockFile(const QString &path)
{
    UnlockDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool recovered = dialog.usedRecoveryCode();
    adoptVault(dialog.takeVault());
    // The recovery code is for emergencies; get a passphrase back at once.
    if (recovered && m_session)
        changePassphrase(false);
}

void MainWindow::adoptVault(std::unique_ptr<vault::Vault> vault)
{
    if (!vault)
        return;
    dropWorkspace();
    m_session = std::make_unique<vault::VaultSession>(std::move(vault));
    connect(m_session.get(), &vault::VaultSession::saveStateChanged, this,
            &MainWindow::onSaveStateChanged);
    m_saveStatus->setSession(m_session.get());
    AppSettings::addRecentVault(m_session->vault().path());
    m_lockedPath = m_session->vault().path();
    if (!m_session->vault().preMigrationCopy().isEmpty())
        statusBar()->showMessage(
            tr("The data was upgraded for this version. The file as it was is kept as %1.")
                .arg(QDir::toNativeSeparators(m_session->vault().preMigrationCopy())),
            15000);
    showWorkspace();
}

void MainWindow::showWorkspace()
{
    dropWorkspace();
    m_workspace = new Workspace(*m_session, m_screens);
    m_screens->addWidget(m_workspace);
    m_screens->setCurrentWidget(m_workspace);
    m_undoGroup->addStack(m_workspace->undoStack());
    m_undoGroup->setActiveStack(m_workspace->undoStack());
    SettingsPage *settings = m_workspace->settingsPage();
    connect(settings, &SettingsPage::languageChosen, this, &MainWindow::applyLanguage);
    connect(settings, &SettingsPage::autoLockChanged, this, &MainWindow::applyAutoLock);
    connect(settings, &SettingsPage::changePassphraseRequested, this,
            [this] { changePassphrase(true); });
    connect(settings, &SettingsPage::newRecoveryCodeRequested, this,
            &MainWindow::replaceRecoveryCode);
    m_idle->setActive(true);
    updateActions();
    updateTitle();
}

void MainWindow::dropWorkspace()
{
    if (!m_workspace)
        return;
    m_undoGroup->removeStack(m_workspace->undoStack());
    m_screens->removeWidget(m_workspace);
    delete m_workspace;
    m_workspace = nullptr;
    m_idle->setActive(false);
}

void MainWindow::lock()
{
    if (!m_session || screen() != Screen::Workspace)
        return;
    m_workspace->commitPendingEdits();
    const vault::VaultStatus status = m_session->close();
    dropWorkspace();
    // A page's last message may name a record.
    statusBar()->clearMessage();
    if (status) {
        m_saveStatus->setSession(nullptr);
        m_session.reset();
        m_locked->setUnsavedWarning({});
    } else {
        // The data stays in memory, hidden; the session keeps retrying.
        m_locked->setUnsavedWarning(status.message());
    }
    m_locked->setVaultPath(m_lockedPath);
    m_screens->setCurrentWidget(m_locked);
    updateActions();
    updateTitle();
}

void MainWindow::lockWhenIdle()
{
    if (screen() != Screen::Workspace)
        return;
    // A dialog left open (changing the passphrase, a file chooser) holds
    // references into the session and runs its own event loop: close it,
    // and lock once the stack has unwound back to the main loop.
    if (QThread::currentThread()->loopLevel() > 1 || QApplication::activeModalWidget()) {
        for (int guard = 0; guard < 16; ++guard) {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                break;
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->done(QDialog::Rejected);
            else
                modal->close();
        }
        QTimer::singleShot(0, this, &MainWindow::lockWhenIdle);
        return;
    }
    lock();
}

void MainWindow::unlock()
{
    if (m_session) {
        UnlockDialog dialog(m_session->vault(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_locked->setUnsavedWarning({});
        showWorkspace();
        return;
    }
    unlockFile(m_lockedPath);
}

bool MainWindow::closeVault()
{
    if (m_workspace)
        m_workspace->commitPendingEdits();
    if (m_session) {
        vault::VaultStatus status = m_session->close();
        while (!status) {
            QMessageBox box(QMessageBox::Warning, tr("Could not save"), status.message(),
                            QMessageBox::NoButton, this);
            QPushButton *retry = box.addButton(tr("Try again"), QMessageBox::AcceptRole);
            QPushButton *discard =
                box.addButton(tr("Close without saving"), QMessageBox::DestructiveRole);
            box.addButton(tr("Keep it open"), QMessageBox::RejectRole);
            box.setDefaultButton(retry);
            box.exec();
            if (box.clickedButton() == retry) {
                status = m_session->close();
            } else if (box.clickedButton() == discard) {
                m_session->discardAndClose();
                break;
            } else {
                return false;
            }
        }
    }
    dropWorkspace();
    m_saveStatus->setSession(nullptr);
    m_session.reset();
    m_lockedPath.clear();
    m_locked->setUnsavedWarning({});
    m_welcome->refreshRecent();
    m_screens->setCurrentWidget(m_welcome);
    updateActions();
    updateTitle();
    return true;
}

void MainWindow::onSaveStateChanged()
{
    // A save that succeeds while locked lets the held data go at last.
    if (m_session && screen() == Screen::Locked &&
        m_session->saveState() == vault::VaultSession::SaveState::Saved) {
        m_session->discardAndClose();
        m_saveStatus->setSession(nullptr);
        m_session.reset();
        m_locked->setUnsavedWarning({});
    }
}

void MainWindow::applyLanguage(const QString &code)
{
    AppSettings::setLanguage(code);
    i18n::applyLanguage(code);
}

void MainWindow::applyAutoLock(int minutes)
{
    m_idle->setTimeout(minutes * kMinute);
}

void MainWindow::changePassphrase(bool askCurrent)
{
    if (!m_session)
        return;
    ChangePassphraseDialog dialog(m_session->vault(), askCurrent, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("The passphrase was changed."), 8000);
}

void MainWindow::replaceRecoveryCode()
{
    if (!m_session)
        return;
    const auto answer = QMessageBox::question(
        this, tr("New recovery code"),
        tr("Kamae will issue a new recovery code. The old one stops working at once, so "
           "destroy the old sheet afterwards. Continue?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString code;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const vault::VaultStatus status = m_session->vault().replaceRecoveryCode(&code);
    QApplication::restoreOverrideCursor();
    if (!status) {
        QMessageBox::warning(this, tr("New recovery code"), status.message());
        return;
    }
    const auto org = store::OrganisationRepository(m_session->vault().database()).load();
    RecoveryCodeDialog dialog(code, org ? org->name : QString(), m_session->vault().path(), this);
    dialog.exec();
}

void MainWindow::updateUndoText()
{
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(redo));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Kamae"),
        tr("<h3>Kamae %1</h3><p>Your company's security posture in one encrypted file, for "
           "small and medium enterprises. Built on the measures of the Japanese government's "
           "alert on strengthening cybersecurity.</p><p>Works fully offline. Your data never "
           "leaves this computer.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

QString MainWindow::demoVaultPath()
{
    // Where scripts/run-demo.sh keeps it: ~/.local/share/Kamae on Linux.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Kamae/demo.kamae"));
}

void MainWindow::openDemo()
{
    if (m_session && !closeVault())
        return;
    const QString path = demoVaultPath();
    const QString passphrase = QString::fromLatin1(demo::kDemoPassphrase);
    vault::VaultStatus status;
    std::unique_ptr<vault::Vault> demoVault;
    QString problem;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (QFileInfo::exists(path)) {
        demoVault = vault::Vault::open(path, passphrase, &status);
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString code; // anyone may open the demo: its code is not worth keeping
        demoVault = vault::Vault::create(path, passphrase, demo::demoOrganisationName(),
                                         m_createOptions ? *m_createOptions
                                                         : vault::CreateOptions::tuned(),
                                         &code, &status);
        if (demoVault) {
            Status filled = demo::populate(demoVault->database());
            if (filled) {
                if (const vault::VaultStatus saved = demoVault->save(); !saved)
                    filled = Status::failure(saved.message());
            }
            if (!filled) {
                demoVault->close();
                demoVault.reset();
                QFile::remove(path);
                problem = filled.error();
            }
        }
    }
    QApplication::restoreOverrideCursor();
    if (!demoVault) {
        // Someone gave the demo a passphrase of their own: ask for it.
        if (problem.isEmpty() && status.code() == vault::VaultError::WrongPassphrase) {
            unlockFile(path);
            return;
        }
        QMessageBox::warning(this, tr("Open the demo company"),
                             problem.isEmpty() ? status.message() : problem);
        return;
    }
    demoVault->setBackupDirectory(AppSettings::backupDirectory());
    adoptVault(std::move(demoVault));
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(this);
    m_guide->showGuide();
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Group> groups;
    for (QMenu *menu : {m_fileMenu, m_editMenu, m_goMenu, m_helpMenu}) {
        ShortcutsDialog::Group group{menu->title(), {}};
        for (QAction *action : menu->actions())
            if (!action->shortcuts().isEmpty())
                group.actions << action;
        groups << group;
    }
    if (m_workspace) {
        for (int i = 0; i < m_workspace->pageCount(); ++i) {
            Page *page = m_workspace->page(i);
            groups << ShortcutsDialog::Group{page->title(),
                                             ShortcutsDialog::actionsWithShortcuts(page)};
        }
    }
    ShortcutsDialog dialog(groups, m_workspace != nullptr, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session && !closeVault()) {
        event->ignore();
        return;
    }
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New vault…"));
    m_openAction->setText(tr("&Open vault…"));
    m_saveAction->setText(tr("&Save now"));
    m_lockAction->setText(tr("&Lock"));
    m_closeAction->setText(tr("&Close vault"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoText();
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_lockAction->setToolTip(tr("Lock Kamae now (Ctrl+L): the data is wiped from memory"));
    m_guideAction->setText(tr("&User guide"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_demoAction->setText(tr("Open the &demo company"));
    m_demoAction->setToolTip(tr("Opens a made-up company with a year of records, to look "
                                "around (passphrase: %1)")
                                 .arg(QString::fromLatin1(demo::kDemoPassphrase)));
    m_aboutAction->setText(tr("&About Kamae"));
    updateActions();
    updateTitle();
}

} // namespace ui
} // namespace kamae
