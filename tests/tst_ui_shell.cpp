// The application shell driven through its real widgets, headless.
#include "assets/AssetsPage.h"
#include "demo/DemoCompany.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/CreateVaultDialog.h"
#include "dialogs/RecoveryCodeDialog.h"
#include "dialogs/UnlockDialog.h"
#include "i18n/Language.h"
#include "pages/OrganisationPage.h"
#include "pages/PeopleModel.h"
#include "pages/PeoplePanel.h"
#include "pages/SettingsPage.h"
#include "pages/SitesModel.h"
#include "patches/PatchFilterProxy.h"
#include "patches/PatchesPage.h"
#include "settings/AppSettings.h"
#include "shell/IdleWatcher.h"
#include "shell/MainWindow.h"
#include "shell/SaveStatusWidget.h"
#include "shell/ShortcutsDialog.h"
#include "shell/UserGuideWindow.h"
#include "shell/Workspace.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/OrganisationRepository.h"
#include "store/PatchRepository.h"
#include "store/PeopleRepository.h"
#include "vault/VaultSession.h"
#include "widgets/FileDialogs.h"
#include "widgets/PassphraseField.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

using namespace kamae;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
const QString kOrg = QStringLiteral("株式会社テスト工業");

vault::CreateOptions cheapOptions()
{
    vault::CreateOptions options;
    options.kdf = {1024, 1, 1};
    return options;
}

void clickOk(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void setPassphrase(QWidget *dialog, const char *name, const QString &text)
{
    auto *field = dialog->findChild<ui::PassphraseField *>(QString::fromLatin1(name));
    QVERIFY2(field, name);
    field->lineEdit()->clear();
    QTest::keyClicks(field->lineEdit(), text);
}

// A vault whose key derivation is long enough to be seen: 64 MiB, three
// passes.
std::unique_ptr<vault::Vault> createSlowVault(const QString &path)
{
    vault::CreateOptions slow;
    slow.kdf = {65536, 3, 1};
    QString code;
    vault::VaultStatus status;
    auto v = vault::Vault::create(path, kPassphrase, kOrg, slow, &code, &status);
    if (!v)
        qWarning() << status.message();
    return v;
}

// Looks at an unlock dialog every 5 ms while a worker derives its key:
// counts the looks, keeps what it says, checks its bar shows and its
// buttons do not, and tries to close it (Escape, the window's close button,
// an auto-lock), which it must refuse.
struct BusyProbe
{
    explicit BusyProbe(ui::UnlockDialog &dialog)
    {
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("unlockProgress"));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("progressLabel"));
        QVERIFY(progress && label);
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, &dialog, [this, &dialog, progress, label] {
            if (!dialog.isBusy())
                return;
            ++ticks;
            said = label->text();
            QVERIFY(progress->isVisible());
            QVERIFY(!dialog.findChild<QDialogButtonBox *>()->isEnabled());
            dialog.reject();
            stayedOpen = stayedOpen && dialog.isVisible();
        });
        timer.start();
    }

    QTimer timer;
    int ticks = 0;
    QString said;
    bool stayedOpen = true;
};

// Every text a person could read in the window, to prove the lock screen
// shows no data.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->isVisibleTo(root))
            texts << label->text();
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        if (edit->isVisibleTo(root))
            texts << edit->text();
    return texts;
}

} // namespace

class TestUiShell final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomeOnFirstStart();
    void createVaultThroughTheDialogs();
    void createRefusesMismatchAndExistingFile();
    void weakPassphraseNeedsConfirmation();
    void unlockWrongThenRightPassphrase();
    void unlockDerivesTheKeyOffTheWindowThread();
    void heldVaultIsCheckedOffTheWindowThread();
    void finderFileOpenEventOpensTheVault();
    void recoveryCodeUnlockAsksForNewPassphrase();
    void organisationEditsAreSavedAndUndoable();
    void sitesModelIsWellBehaved();
    void peopleAndDepartmentsAddEditDeleteWithUndo();
    void lockHidesEverythingAndUnlockRestores();
    void idleLocksTheWindow();
    void languageSwitchesAtRuntime();
    void saveFailureIsShownAndRetried();
    void navigationShortcutsReachEveryPage();
    void assetPageOpensItsPatches();
    void windowNeverOpensLargerThanTheScreen();
    void helpMenuEntriesExistAndOpen();
    void userGuideSpeaksTheWindowsLanguage();
    void userGuideFollowsItsLinks();
    void shortcutsComeFromTheActions();
    void demoCompanyOpensAndReopens();
    void lockScreenStatusBarShowsNoData();
    void fileDialogsStartInDocumentsThenRemember();

private:
    QString createVaultFile(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUiShell::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("KamaeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_shell"));
}

void TestUiShell::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().clear();
    AppSettings::setLanguage(QStringLiteral("en"));
    i18n::applyLanguage(QStringLiteral("en"));
}

void TestUiShell::cleanup()
{
    // A failed QVERIFY inside a modal handler can leave a dialog open.
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    m_dir.reset();
}

QString TestUiShell::createVaultFile(const QString &name)
{
    const QString path = QDir(m_dir->path()).filePath(name);
    vault::VaultStatus status;
    QString code;
    auto v = vault::Vault::create(path, kPassphrase, kOrg, cheapOptions(), &code, &status);
    if (!v)
        qWarning() << status.message();
    return path;
}

void TestUiShell::welcomeOnFirstStart()
{
    ui::MainWindow window;
    window.show();
    QCOMPARE(window.screen(), ui::MainWindow::Screen::Welcome);
    QVERIFY(!window.workspace());
    auto *recent = window.findChild<QListWidget *>(QStringLiteral("recentList"));
    QVERIFY(recent);
    QVERIFY(!recent->isVisible());

    AppSettings::addRecentVault(QDir(m_dir->path()).filePath(QStringLiteral("gone.kamae")));
    ui::MainWindow second;
    second.show();
    recent = second.findChild<QListWidget *>(QStringLiteral("recentList"));
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 1);
    QVERIFY(recent->item(0)->text().contains(QStringLiteral("gone.kamae")));
}

void TestUiShell::createVaultThroughTheDialogs()
{
    ui::MainWindow window;
    window.setCreateOptions(cheapOptions());
    window.show();
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("created.kamae"));

    bool sawCode = false;
    test::onNextModal([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("CreateVaultDialog"));
        // keyClicks types ASCII only; an input method would deliver Japanese.
        dialog->findChild<QLineEdit *>(QStringLiteral("organisationEdit"))->setText(kOrg);
        auto *pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
        pathEdit->clear();
        QTest::keyClicks(pathEdit, path);
        setPassphrase(dialog, "passphraseField", kPassphrase);
        setPassphrase(dialog, "repeatField", kPassphrase);
        test::onNextModal([&](QWidget *codeDialog) {
            QCOMPARE(codeDialog->objectName(), QStringLiteral("RecoveryCodeDialog"));
            auto *code = codeDialog->findChild<QLabel *>(QStringLiteral("recoveryCode"));
            QVERIFY(QRegularExpression(QStringLiteral("^([2-9A-HJ-NP-Z]{4}-){5}[2-9A-HJ-NP-Z]{4}$"))
                        .match(code->text())
                        .hasMatch());
            auto *done = codeDialog->findChild<QPushButton *>(QStringLiteral("doneButton"));
            QVERIFY(!done->isEnabled());
            // Escape must not lose the code before it is stored.
            QTest::keyClick(codeDialog, Qt::Key_Escape);
            QVERIFY(codeDialog->isVisible());
            codeDialog->findChild<QCheckBox *>(QStringLiteral("storedCheck"))->setChecked(true);
            QVERIFY(done->isEnabled());
            sawCode = true;
            QTest::mouseClick(done, Qt::LeftButton);
        });
        clickOk(dialog);
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);

    QVERIFY(sawCode);
    QCOMPARE(window.screen(), ui::MainWindow::Screen::Workspace);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(AppSettings::recentVaults().value(0), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.windowTitle().contains(QStringLiteral("created.kamae")));
    auto *page = window.workspace()->findPage<ui::OrganisationPage>();
    QCOMPARE(page->stored().name, kOrg);
}

void TestUiShell::createRefusesMismatchAndExistingFile()
{
    const QString existing = createVaultFile(QStringLiteral("existing.kamae"));
    const QByteArray before = [&] {
        QFile f(existing);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    ui::CreateVaultDialog dialog;
    dialog.setCreateOptions(cheapOptions());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("organisationEdit"))->setText(kOrg);
    auto *pathEdit = dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    pathEdit->setText(existing);
    setPassphrase(&dialog, "passphraseField", kPassphrase);
    setPassphrase(&dialog, "repeatField", kPassphrase + QStringLiteral("x"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("differ")));

    setPassphrase(&dialog, "repeatField", kPassphrase);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeVault());
    QVERIFY(error->text().contains(QStringLiteral("already exists")));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestUiShell::weakPassphraseNeedsConfirmation()
{
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("weak.kamae"));
    ui::CreateVaultDialog dialog;
    dialog.setCreateOptions(cheapOptions());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("organisationEdit"))->setText(kOrg);
    dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(path);
    setPassphrase(&dialog, "passphraseField", QStringLiteral("password1"));
    setPassphrase(&dialog, "repeatField", QStringLiteral("password1"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

    // "No" keeps the dialog open and creates nothing.
    QString warning;
    test::onNextModal([&](QWidget *box) {
        auto *message = qobject_cast<QMessageBox *>(box);
        QVERIFY(message);
        warning = message->text();
        QTest::mouseClick(message->button(QMessageBox::No), Qt::LeftButton);
    });
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(warning.contains(QStringLiteral("most common passwords")));
    QVERIFY(dialog.isVisible());
    QVERIFY(!QFileInfo::exists(path));

    // "Yes" is the user's informed choice.
    test::onNextModal([&](QWidget *box) {
        QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes),
                          Qt::LeftButton);
    });
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(dialog.takeVault());
}

void TestUiShell::unlockWrongThenRightPassphrase()
{
    const QString path = createVaultFile(QStringLiteral("unlock.kamae"));
    ui::MainWindow window;
    window.show();
    int attempts = 0;
    test::onNextModal([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("UnlockDialog"));
        setPassphrase(dialog, "passphraseField", QStringLiteral("not the passphrase"));
        clickOk(dialog);
        ++attempts;
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), vault::Vault::describe(vault::VaultError::WrongPassphrase, path));
        setPassphrase(dialog, "passphraseField", kPassphrase);
        clickOk(dialog);
        ++attempts;
    });
    window.openVault(path);
    QCOMPARE(attempts, 2);
    QCOMPARE(window.screen(), ui::MainWindow::Screen::Workspace);
    QVERIFY(window.session());
    QCOMPARE(window.session()->vault().path(), QFileInfo(path).absoluteFilePath());
}

// The key derivation runs on a worker: meanwhile the dialog shows that it
// is working, keeps handling events (its timers run, it repaints), and
// cannot be closed under the worker's feet.
void TestUiShell::unlockDerivesTheKeyOffTheWindowThread()
{
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("slow.kamae"));
    QVERIFY(createSlowVault(path));
    ui::UnlockDialog dialog(path);
    dialog.show();
    setPassphrase(&dialog, "passphraseField", kPassphrase);
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("unlockProgress"));
    QVERIFY(progress);
    QVERIFY(!progress->isVisible());
    BusyProbe probe(dialog);
    clickOk(&dialog);
    QVERIFY2(probe.ticks > 0, "the event loop did not run while the key was derived");
    QCOMPARE(probe.said, QStringLiteral("Deriving the key and decrypting…"));
    QVERIFY(probe.stayedOpen);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!progress->isVisible());
    auto v = dialog.takeVault();
    QVERIFY(v && v->isOpen());
}

// After an auto-lock whose save failed the data stays in memory and only
// the passphrase is checked: its key derivation runs on a worker too, and a
// wrong passphrase is said without closing the dialog.
void TestUiShell::heldVaultIsCheckedOffTheWindowThread()
{
    auto held = createSlowVault(QDir(m_dir->path()).filePath(QStringLiteral("held.kamae")));
    QVERIFY(held);
    ui::UnlockDialog dialog(*held, nullptr);
    dialog.show();
    BusyProbe probe(dialog);
    setPassphrase(&dialog, "passphraseField", QStringLiteral("not the passphrase"));
    clickOk(&dialog);
    QVERIFY2(probe.ticks > 0, "the event loop did not run while the key was derived");
    QCOMPARE(probe.said, QStringLiteral("Checking the passphrase…"));
    QVERIFY(probe.stayedOpen);
    QCOMPARE(dialog.lastError(), vault::VaultError::WrongPassphrase);

    probe.ticks = 0;
    setPassphrase(&dialog, "passphraseField", kPassphrase);
    clickOk(&dialog);
    QVERIFY(probe.ticks > 0);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(held->isOpen()); // the same vault, still open
}

// What macOS sends for a vault double-clicked in the Finder: the window
// asks for its passphrase and opens it, as for a path on the command line.
void TestUiShell::finderFileOpenEventOpensTheVault()
{
    const QString path = createVaultFile(QStringLiteral("finder.kamae"));
    ui::MainWindow window;
    window.show();
    bool asked = false;
    test::onNextModal([&](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("UnlockDialog"));
        asked = true;
        setPassphrase(dialog, "passphraseField", kPassphrase);
        clickOk(dialog);
    });
    QFileOpenEvent event(path);
    QVERIFY(QCoreApplication::sendEvent(qApp, &event)); // taken, not passed on
    QTRY_VERIFY(asked);
    QTRY_COMPARE(window.screen(), ui::MainWindow::Screen::Workspace);
    QCOMPARE(window.session()->vault().path(), QFileInfo(path).absoluteFilePath());
}

void TestUiShell::recoveryCodeUnlockAsksForNewPassphrase()
{
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("recover.kamae"));
    QString code;
    {
        vault::VaultStatus status;
        auto v = vault::Vault::create(path, kPassphrase, kOrg, cheapOptions(), &code, &status);
        QVERIFY(v);
    }
    const QString newPassphrase = QStringLiteral("a brand new long passphrase");
    ui::MainWindow window;
    window.show();
    bool changed = false;
    test::onNextModal([&](QWidget *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("switchModeButton")),
                          Qt::LeftButton);
        auto *codeEdit = dialog->findChild<QLineEdit *>(QStringLiteral("recoveryCodeEdit"));
        QVERIFY(codeEdit->isVisible());
        // Typed in lower case with spaces, as people do.
        QTest::keyClicks(codeEdit, code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        test::onNextModal([&](QWidget *change) {
            QCOMPARE(change->objectName(), QStringLiteral("ChangePassphraseDialog"));
            QVERIFY(!change->findChild<ui::PassphraseField *>(QStringLiteral("currentField"))
                         ->isVisible());
            setPassphrase(change, "newField", newPassphrase);
            setPassphrase(change, "repeatField", newPassphrase);
            clickOk(change);
            changed = !change->isVisible();
        });
        clickOk(dialog);
    });
    window.openVault(path);
    QVERIFY(changed);
    QCOMPARE(window.screen(), ui::MainWindow::Screen::Workspace);
    QVERIFY(window.closeVault());

    vault::VaultStatus status;
    QVERIFY(!vault::Vault::open(path, kPassphrase, &status));
    QCOMPARE(status.code(), vault::VaultError::WrongPassphrase);
    QVERIFY(vault::Vault::open(path, newPassphrase, &status));
}

// The Organisation page keeps the people and departments list: add and
// edit through the dialog (a duplicate name is refused there), delete after
// confirmation; undo brings the entry and the records it owned back.
void TestUiShell::peopleAndDepartmentsAddEditDeleteWithUndo()
{
    const QString path = createVaultFile(QStringLiteral("people.kamae"));
    ui::MainWindow window;
    window.show();
    vault::VaultStatus status;
    window.adoptVault(vault::Vault::open(path, kPassphrase, &status));
    window.session()->setAutosaveDelay(60 * 60 * 1000);
    auto *page = window.workspace()->findPage<ui::OrganisationPage>();
    QVERIFY(page);
    ui::PeoplePanel *panel = page->people();
    QVERIFY(panel);
    new QAbstractItemModelTester(panel->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    store::Database &db = window.session()->vault().database();
    store::PeopleRepository people(db);
    QUndoStack *undo = window.workspace()->undoStack();

    auto add = [&](const QString &name, int kind) {
        test::onNextModal([name, kind](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("PersonDialog"));
            dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"))->setCurrentIndex(kind);
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addPersonButton")),
                          Qt::LeftButton);
    };
    add(QStringLiteral("佐藤 花子"), 0);
    add(QStringLiteral("総務部"), 1);
    QCOMPARE(people.all()->size(), 2);
    QCOMPARE(panel->model()->rowCount(), 2);

    // A second "総務部" is refused in the dialog; Cancel leaves nothing.
    bool refused = false;
    test::onNextModal([&refused](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("総務部"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        refused = dialog->isVisible() &&
                  dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible();
        // Something was typed: Cancel asks before it throws it away.
        test::onNextModal([](QWidget *question) {
            auto *box = qobject_cast<QMessageBox *>(question);
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addPersonButton")),
                      Qt::LeftButton);
    QVERIFY(refused);
    QCOMPARE(people.all()->size(), 2);

    // Sortable by name (by reading when there is one).
    panel->view()->sortByColumn(ui::PeopleModel::Name, Qt::AscendingOrder);
    const QModelIndex first = panel->proxy()->index(0, ui::PeopleModel::Name);
    QCOMPARE(first.data().toString(), QStringLiteral("佐藤 花子"));

    // Edit the person: a role.
    const qint64 satoId = domain::findPersonByName(*people.all(), QStringLiteral("佐藤 花子"))->id;
    panel->view()->selectRow(0);
    test::onNextModal([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("roleEdit"))
            ->setText(QStringLiteral("IT担当"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("editPersonButton")),
                      Qt::LeftButton);
    QCOMPARE(people.get(satoId)->role, QStringLiteral("IT担当"));

    // She owns an asset; deleting her asks first and leaves it unassigned.
    domain::Asset asset;
    asset.name = QStringLiteral("NAS");
    asset.ownerId = satoId;
    const auto assetId = store::AssetRepository(db).insert(asset);
    QVERIFY(assetId);
    panel->view()->selectRow(0);
    test::onNextModal(
        [](QWidget *box) { qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("removePersonButton")),
                      Qt::LeftButton);
    QCOMPARE(people.all()->size(), 1);
    QCOMPARE(store::AssetRepository(db).get(*assetId)->ownerId, 0);
    undo->undo();
    QCOMPARE(people.all()->size(), 2);
    QCOMPARE(store::AssetRepository(db).get(*assetId)->ownerId, satoId);
    QCOMPARE(people.get(satoId)->role, QStringLiteral("IT担当"));
    QCOMPARE(panel->model()->rowCount(), 2);
    undo->undo(); // the edit
    QVERIFY(people.get(satoId)->role.isEmpty());
    undo->undo(); // 総務部
    undo->undo(); // 佐藤 花子 (her asset is left without an owner)
    QCOMPARE(people.all()->size(), 0);
    QCOMPARE(panel->model()->rowCount(), 0);
    undo->redo();
    QCOMPARE(people.get(satoId)->name, QStringLiteral("佐藤 花子"));
}

void TestUiShell::organisationEditsAreSavedAndUndoable()
{
    const QString path = createVaultFile(QStringLiteral("org.kamae"));
    ui::MainWindow window;
    window.show();
    vault::VaultStatus status;
    window.adoptVault(vault::Vault::open(path, kPassphrase, &status));
    window.session()->setAutosaveDelay(20);
    auto *page = window.workspace()->findPage<ui::OrganisationPage>();
    QVERIFY(page);
    window.workspace()->setCurrentIndex(1);
    QCOMPARE(window.workspace()->currentPage(), page);

    auto *name = page->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setFocus();
    name->setText(QStringLiteral("株式会社新社名"));
    QTest::keyClick(name, Qt::Key_Return);
    store::Database &db = window.session()->vault().database();
    QCOMPARE(store::OrganisationRepository(db).load()->name, QStringLiteral("株式会社新社名"));
    QVERIFY(store::AuditLog(db).count() >= 1);

    // An empty name is refused with a message and changes nothing.
    name->clear();
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    QCOMPARE(store::OrganisationRepository(db).load()->name, QStringLiteral("株式会社新社名"));

    auto *employees = page->findChild<QSpinBox *>(QStringLiteral("employeesSpin"));
    employees->setValue(120);
    QCOMPARE(store::OrganisationRepository(db).load()->employees, 120);

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addSiteButton")),
                      Qt::LeftButton);
    auto *view = page->findChild<QTableView *>(QStringLiteral("sitesView"));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()->setData(view->model()->index(0, ui::SitesModel::Overseas), Qt::Checked,
                                   Qt::CheckStateRole));
    auto stored = store::OrganisationRepository(db).load();
    QCOMPARE(stored->sites.size(), 1);
    QVERIFY(stored->sites.first().overseas);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(QStringLiteral("1 overseas")));

    // Undo walks back through the edits, in the data itself.
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(undo->isEnabled());
    undo->trigger(); // overseas
    undo->trigger(); // site added
    QCOMPARE(store::OrganisationRepository(db).load()->sites.size(), 0);
    undo->trigger(); // employees
    undo->trigger(); // name
    QCOMPARE(store::OrganisationRepository(db).load()->name, kOrg);
    QCOMPARE(name->text(), kOrg);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(store::OrganisationRepository(db).load()->name, QStringLiteral("株式会社新社名"));

    // Everything reaches the file by autosave.
    QTRY_COMPARE(window.session()->saveState(), vault::VaultSession::SaveState::Saved);
    QVERIFY(!window.session()->hasUnsavedChanges());
    QVERIFY(window.closeVault());
    auto reopened = vault::Vault::open(path, kPassphrase, &status);
    QVERIFY(reopened);
    QCOMPARE(store::OrganisationRepository(reopened->database()).load()->name,
             QStringLiteral("株式会社新社名"));
}

void TestUiShell::sitesModelIsWellBehaved()
{
    ui::SitesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &ui::SitesModel::edited);
    model.setSites({{1, QStringLiteral("本社"), QStringLiteral("東京"), false, {}},
                    {2, QStringLiteral("工場"), QStringLiteral("大阪"), false, {}}});
    QCOMPARE(edited.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(
        !model.setData(model.index(0, ui::SitesModel::Name), QStringLiteral("  "), Qt::EditRole));
    QCOMPARE(model.sites().at(0).name, QStringLiteral("本社"));
    QVERIFY(model.setData(model.index(1, ui::SitesModel::Region), QStringLiteral("大阪府"),
                          Qt::EditRole));
    QCOMPARE(edited.count(), 1);
    model.appendSite(QStringLiteral("倉庫"));
    QCOMPARE(model.rowCount(), 3);
    model.removeSites({0, 2});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.sites().at(0).name, QStringLiteral("工場"));
    QCOMPARE(edited.count(), 3);
}

void TestUiShell::lockHidesEverythingAndUnlockRestores()
{
    const QString path = createVaultFile(QStringLiteral("lock.kamae"));
    ui::MainWindow window;
    window.show();
    vault::VaultStatus status;
    window.adoptVault(vault::Vault::open(path, kPassphrase, &status));
    window.workspace()->setCurrentIndex(1);
    QVERIFY(visibleTexts(&window).join(QLatin1Char('\n')).contains(kOrg));

    window.lock();
    QCOMPARE(window.screen(), ui::MainWindow::Screen::Locked);
    QVERIFY(!window.workspace());
    QVERIFY(!window.session());
    QVERIFY(!visibleTexts(&window).join(QLatin1Char('\n')).contains(kOrg));
    // The lock file is gone with the keys: another Kamae could open it now.
    QVERIFY(!QFileInfo::exists(vault::Vault::lockFilePath(QFileInfo(path).absoluteFilePath())));

    test::onNextModal([&](QWidget *dialog) {
        setPassphrase(dialog, "passphraseField", kPassphrase);
        clickOk(dialog);
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("unlockButton")),
                      Qt::LeftButton);
    QCOMPARE(window.screen(), ui::MainWindow::Screen::Workspace);
    QVERIFY(window.session());
}

void TestUiShell::idleLocksTheWindow()
{
    const QString path = createVaultFile(QStringLiteral("idle.kamae"));
    ui::MainWindow window;
    window.show();
    vault::VaultStatus status;
    window.adoptVault(vault::Vault::open(path, kPassphrase, &status));
    QVERIFY(window.idleWatcher()->isActive());
    window.idleWatcher()->setTimeout(150);
    QTRY_COMPARE_WITH_TIMEOUT(window.screen(), ui::MainWindow::Screen::Locked, 3000);
    QVERIFY(!window.session());

    // The setting is in minutes and reaches the watcher.
    window.adoptVault(vault::Vault::open(path, kPassphrase, &status));
    auto *spin =
        window.workspace()->settingsPage()->findChild<QSpinBox *>(QStringLiteral("autoLockSpin"));
    spin->setValue(3);
    QCOMPARE(window.idleWatcher()->timeout(), 3 * 60 * 1000);
    QCOMPARE(AppSettings::autoLockMinutes(), 3);
    spin->setValue(0);
    QCOMPARE(window.idleWatcher()->timeout(), 0);

    // A dialog left open does not keep the vault unlocked, and closing it
    // on the way does not crash on the session it pointed into.
    window.idleWatcher()->setTimeout(200);
    bool sawDialog = false;
    test::onNextModal([&](QWidget *dialog) {
        sawDialog = dialog->objectName() == QStringLiteral("ChangePassphraseDialog");
    });
    QTest::mouseClick(window.workspace()->settingsPage()->findChild<QPushButton *>(
                          QStringLiteral("changePassphraseButton")),
                      Qt::LeftButton);
    QVERIFY(sawDialog);
    QTRY_COMPARE_WITH_TIMEOUT(window.screen(), ui::MainWindow::Screen::Locked, 3000);
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!window.session());
}

void TestUiShell::languageSwitchesAtRuntime()
{
    const QString path = createVaultFile(QStringLiteral("lang.kamae"));
    ui::MainWindow window;
    window.show();
    vault::VaultStatus status;
    window.adoptVault(vault::Vault::open(path, kPassphrase, &status));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(nav->item(0)->text(), QStringLiteral("Dashboard"));

    auto *combo =
        window.workspace()->settingsPage()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(AppSettings::language(), QStringLiteral("ja"));
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("ja"));
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("ダッシュボード"));
    QCOMPARE(nav->item(1)->text(), QStringLiteral("組織情報"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(i18n::formatDate(QDate(2026, 4, 1)), QStringLiteral("2026/04/01"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    emit combo->activated(combo->currentIndex());
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Dashboard"));
    QCOMPARE(i18n::formatDate(QDate(2026, 9, 1)), QStringLiteral("2026-09-01"));
}

void TestUiShell::saveFailureIsShownAndRetried()
{
    QTemporaryDir outer;
    const QString folder = QDir(outer.path()).filePath(QStringLiteral("vaults"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("fail.kamae"));
    {
        vault::VaultStatus status;
        QString code;
        QVERIFY(vault::Vault::create(path, kPassphrase, kOrg, cheapOptions(), &code, &status));
    }
    ui::MainWindow window;
    window.show();
    vault::VaultStatus status;
    window.adoptVault(vault::Vault::open(path, kPassphrase, &status));
    window.session()->setAutosaveDelay(10);
    window.session()->setRetryInterval(60'000);

    // The folder disappears (a USB stick pulled out): the save cannot work.
    const QString away = folder + QStringLiteral("-away");
    QVERIFY(QDir().rename(folder, away));
    auto *page = window.workspace()->findPage<ui::OrganisationPage>();
    auto *name = page->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setText(QStringLiteral("変更後の社名"));
    emit name->editingFinished();
    QTRY_COMPARE(window.session()->saveState(), vault::VaultSession::SaveState::Failed);
    auto *label = window.saveStatus()->findChild<QLabel *>(QStringLiteral("saveStatusLabel"));
    auto *retry = window.saveStatus()->findChild<QPushButton *>(QStringLiteral("retrySaveButton"));
    QVERIFY(label->text().contains(QStringLiteral("Not saved")));
    QVERIFY(label->text().contains(QStringLiteral("could not save")));
    QVERIFY(retry->isVisible());
    QVERIFY(window.session()->hasUnsavedChanges());

    // Locking now must not throw the change away.
    window.lock();
    QCOMPARE(window.screen(), ui::MainWindow::Screen::Locked);
    QVERIFY(window.session());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("unsavedBanner"))->isVisible());
    test::onNextModal([&](QWidget *dialog) {
        setPassphrase(dialog, "passphraseField", kPassphrase);
        clickOk(dialog);
    });
    window.unlock();
    QCOMPARE(window.screen(), ui::MainWindow::Screen::Workspace);

    QVERIFY(QDir().rename(away, folder));
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(window.session()->saveState(), vault::VaultSession::SaveState::Saved);
    QVERIFY(label->text().startsWith(QStringLiteral("Saved")));
    QVERIFY(!retry->isVisible());
    QVERIFY(window.closeVault());
    auto reopened = vault::Vault::open(path, kPassphrase, &status);
    QVERIFY(reopened);
    QCOMPARE(store::OrganisationRepository(reopened->database()).load()->name,
             QStringLiteral("変更後の社名"));
}

void TestUiShell::navigationShortcutsReachEveryPage()
{
    const QString path = createVaultFile(QStringLiteral("nav.kamae"));
    ui::MainWindow window;
    window.show();
    vault::VaultStatus status;
    window.adoptVault(vault::Vault::open(path, kPassphrase, &status));
    ui::Workspace *ws = window.workspace();
    QCOMPARE(ws->pageCount(), 11);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(ws->currentIndex(), 2);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(ws->currentIndex(), 9);
    ws->setCurrentIndex(ws->pageCount() - 1);
    QCOMPARE(ws->currentPage(), ws->settingsPage());
}

void TestUiShell::assetPageOpensItsPatches()
{
    const QString path = createVaultFile(QStringLiteral("jump.kamae"));
    ui::MainWindow window;
    window.show();
    vault::VaultStatus status;
    auto v = vault::Vault::open(path, kPassphrase, &status);
    QVERIFY(v);
    domain::Asset asset;
    asset.name = QStringLiteral("VPN");
    const qint64 id = store::AssetRepository(v->database()).insert(asset).value();
    domain::PatchItem item;
    item.assetId = id;
    item.product = QStringLiteral("FortiOS");
    QVERIFY(store::PatchRepository(v->database()).insert(item));
    window.adoptVault(std::move(v));
    ui::Workspace *ws = window.workspace();
    auto *assets = ws->findPage<ui::AssetsPage>();
    auto *patches = ws->findPage<ui::PatchesPage>();
    QVERIFY(assets && patches);
    ws->setCurrentIndex(2);
    assets->view()->selectRow(0);
    auto *button = assets->findChild<QPushButton *>(QStringLiteral("patchesButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(ws->currentPage(), patches);
    QCOMPARE(patches->proxy()->assetId(), id);
    QCOMPARE(patches->proxy()->rowCount(), 1);
}

// The default size and a size saved on a larger monitor are both fitted to
// the screen the window opens on, frame included; a position off the screen
// is brought back (the offscreen platform's screen is 800×600).
void TestUiShell::windowNeverOpensLargerThanTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY(available.width() < 1100 || available.height() < 720);
    const auto fits = [&available](const ui::MainWindow &window) {
        return window.width() <= available.width() && window.height() <= available.height() &&
               available.contains(window.pos());
    };
    {
        ui::MainWindow window;
        QVERIFY2(fits(window),
                 qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
        // Room left for a title bar and borders.
        QVERIFY(window.height() < available.height());
        window.resize(3000, 2000);
        window.move(available.right() + 500, available.bottom() + 500);
        QSettings().setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    }
    ui::MainWindow restored;
    QVERIFY2(fits(restored), qPrintable(QStringLiteral("%1×%2 at %3,%4")
                                            .arg(restored.width())
                                            .arg(restored.height())
                                            .arg(restored.x())
                                            .arg(restored.y())));
    restored.show();
    QVERIFY(restored.frameGeometry().width() <= available.width() + 1);
}

void TestUiShell::helpMenuEntriesExistAndOpen()
{
    ui::MainWindow window;
    window.show();
    QMenu *help = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(
                                window.findChild<QAction *>(QStringLiteral("aboutAction"))))
            help = menu->menu();
    QVERIFY(help);
    QStringList names;
    for (QAction *a : help->actions())
        if (!a->isSeparator())
            names << a->objectName();
    QCOMPARE(names,
             QStringList({QStringLiteral("userGuideAction"), QStringLiteral("shortcutsAction"),
                          QStringLiteral("demoAction"), QStringLiteral("aboutAction")}));
    for (QAction *a : help->actions())
        QVERIFY(a->isSeparator() || (!a->text().isEmpty() && a->isEnabled()));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("userGuideAction"))->shortcut(),
             QKeySequence(QKeySequence::HelpContents));

    window.findChild<QAction *>(QStringLiteral("userGuideAction"))->trigger();
    QVERIFY(window.userGuide() && window.userGuide()->isVisible());
    QVERIFY(
        window.userGuide()->browser()->toPlainText().contains(QStringLiteral("Kamae user guide")));

    bool sawShortcuts = false;
    test::onNextModal([&](QWidget *dialog) {
        sawShortcuts = dialog->objectName() == QStringLiteral("ShortcutsDialog");
        dialog->close();
    });
    window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    QVERIFY(sawShortcuts);

    bool sawAbout = false;
    test::onNextModal([&](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        sawAbout = box && box->text().contains(QStringLiteral("Kamae"));
        dialog->close();
    });
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY(sawAbout);
}

void TestUiShell::userGuideSpeaksTheWindowsLanguage()
{
    AppSettings::setLanguage(QStringLiteral("ja"));
    i18n::applyLanguage(QStringLiteral("ja"));
    ui::MainWindow window;
    window.show();
    window.showUserGuide();
    ui::UserGuideWindow *guide = window.userGuide();
    QVERIFY(guide);
    QCOMPARE(guide->browser()->source(), QUrl(QStringLiteral("qrc:/help/user-guide.ja.md")));
    const QString ja = guide->browser()->toPlainText();
    QVERIFY(ja.contains(QStringLiteral("Kamae ユーザーガイド")));
    QVERIFY(ja.contains(QStringLiteral("保管庫ファイル")));
    QVERIFY(!ja.contains(QStringLiteral("Kamae user guide")));
    // The contents list the headings.
    auto *contents = guide->findChild<QTreeWidget *>(QStringLiteral("guideContents"));
    QVERIFY(contents->topLevelItemCount() >= 5);
    QCOMPARE(contents->topLevelItem(0)->text(0), QStringLiteral("はじめて使うとき"));
    QVERIFY(contents->topLevelItem(2)->childCount() >= 5); // the pages, under 日々の操作

    // Switching the language switches the guide.
    i18n::applyLanguage(QStringLiteral("en"));
    QTRY_COMPARE(guide->browser()->source(), QUrl(QStringLiteral("qrc:/help/user-guide.md")));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Kamae user guide")));

    // Both guides have the same sections, in the same order and depth.
    auto outline = [](const QString &file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QStringList();
        QStringList levels;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith('#'))
                levels << QString::fromLatin1(line.left(line.indexOf(' ')));
        return levels;
    };
    const QStringList en = outline(QStringLiteral(":/help/user-guide.md"));
    QVERIFY(en.size() > 10);
    QCOMPARE(outline(QStringLiteral(":/help/user-guide.ja.md")), en);
}

void TestUiShell::userGuideFollowsItsLinks()
{
    ui::UserGuideWindow guide;
    guide.showGuide();
    QTextBrowser *browser = guide.browser();
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/user-guide.md")));
    QCOMPARE(ui::UserGuideWindow::anchorFor(QStringLiteral("Adding a module's factors")),
             QStringLiteral("adding-a-modules-factors"));
    QCOMPARE(ui::UserGuideWindow::anchorFor(QStringLiteral("Assets (情報資産管理台帳)")),
             QStringLiteral("assets-情報資産管理台帳"));
    guide.resize(800, 400);
    QCoreApplication::processEvents();

    // A heading of the guide itself.
    guide.openLink(QUrl(QStringLiteral("#locking")));
    QVERIFY(browser->verticalScrollBar()->value() > 0);
    const int atLocking = browser->verticalScrollBar()->value();
    guide.openLink(QUrl(QStringLiteral("#first-start")));
    QVERIFY(browser->verticalScrollBar()->value() < atLocking);

    // Another document shipped with it, and back.
    guide.openLink(QUrl(QStringLiteral("backups.md")));
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/backups.md")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("3-2-1-1-0")));
    auto *back = guide.findChild<QPushButton *>(QStringLiteral("guideBack"));
    QVERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/user-guide.md")));
    // A document that is not shipped changes nothing.
    guide.openLink(QUrl(QStringLiteral("architecture.md")));
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/user-guide.md")));

    // Every shipped document renders whole: no heading lost to text that
    // Markdown reads as HTML ("<company>").
    for (const QString &doc :
         QDir(QStringLiteral(":/help")).entryList({QStringLiteral("*.md")}, QDir::Files)) {
        guide.openLink(QUrl(QStringLiteral("qrc:/help/") + doc));
        QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/") + doc));
        int headings = 0;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0)
                continue;
            ++headings;
            QVERIFY2(
                !b.text().trimmed().isEmpty(),
                qPrintable(
                    QStringLiteral("%1: an empty heading after %2 others").arg(doc).arg(headings)));
        }
        QVERIFY2(headings > 0, qPrintable(doc));
    }

    // Every link between the shipped documents leads somewhere.
    for (const QString &doc :
         QDir(QStringLiteral(":/help")).entryList({QStringLiteral("*.md")}, QDir::Files)) {
        QFile f(QStringLiteral(":/help/") + doc);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QRegularExpression link(QStringLiteral("\\]\\(([a-z-.]+\\.md)(#[^)]*)?\\)"));
        for (auto it = link.globalMatch(text); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target == QLatin1String("architecture.md"))
                continue;
            QVERIFY2(QFileInfo::exists(QStringLiteral(":/help/") + target),
                     qPrintable(doc + QStringLiteral(" → ") + target));
        }
    }
}

void TestUiShell::shortcutsComeFromTheActions()
{
    const QString path = createVaultFile(QStringLiteral("keys.kamae"));
    ui::MainWindow window;
    window.show();
    auto rows = [](QWidget *dialog) {
        QStringList lines;
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutTree"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            lines << tree->topLevelItem(i)->text(0) + QLatin1Char('\t') +
                         tree->topLevelItem(i)->text(1);
        return lines;
    };
    QStringList closed;
    test::onNextModal([&](QWidget *dialog) {
        closed = rows(dialog);
        dialog->close();
    });
    window.showShortcuts();
    QVERIFY(closed.contains(QStringLiteral("Lock\t") +
                            QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    QVERIFY(closed.contains(
        QStringLiteral("User guide\t") +
        QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));

    vault::VaultStatus status;
    window.adoptVault(vault::Vault::open(path, kPassphrase, &status));
    QStringList open;
    test::onNextModal([&](QWidget *dialog) {
        open = rows(dialog);
        dialog->close();
    });
    window.showShortcuts();
    // The pages' own keys appear under their titles.
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    QVERIFY(open.contains(QStringLiteral("Search this page\t") + find));
    QVERIFY(open.contains(QStringLiteral("Assets\t")));
    // A title's "&" is shown, not taken as a mnemonic of the Go menu.
    const QStringList incidents = open.filter(QStringLiteral("Incidents & contacts\tCtrl+"));
    QVERIFY2(incidents.size() == 1, qPrintable(open.join(QLatin1Char('|'))));
    QVERIFY(open.size() > closed.size());
    const QStringList unnamed = open.filter(QStringLiteral("(no description)"));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('|'))));
}

void TestUiShell::demoCompanyOpensAndReopens()
{
    const QByteArray oldData = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", m_dir->path().toLocal8Bit());
    const QString expected = QDir(m_dir->path()).filePath(QStringLiteral("Kamae/demo.kamae"));
    QCOMPARE(ui::MainWindow::demoVaultPath(), expected);
    {
        ui::MainWindow window;
        window.setCreateOptions(cheapOptions());
        window.show();
        // Offered on the welcome page too.
        auto *button = window.findChild<QPushButton *>(QStringLiteral("demoButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.screen(), ui::MainWindow::Screen::Workspace);
        QVERIFY(QFileInfo::exists(expected));
        auto *org = window.workspace()->findPage<ui::OrganisationPage>();
        QCOMPARE(org->stored().name, demo::demoOrganisationName());
        QVERIFY(store::AssetRepository(window.session()->vault().database()).all()->size() > 5);
        QVERIFY(window.closeVault());

        // The second time it opens the same file with the demo passphrase.
        const QDateTime created = QFileInfo(expected).lastModified();
        window.findChild<QAction *>(QStringLiteral("demoAction"))->trigger();
        QCOMPARE(window.screen(), ui::MainWindow::Screen::Workspace);
        QCOMPARE(window.session()->vault().path(), QFileInfo(expected).absoluteFilePath());
        QVERIFY(created.isValid());
        QVERIFY(window.closeVault());
    }
    qputenv("XDG_DATA_HOME", oldData);
}

void TestUiShell::lockScreenStatusBarShowsNoData()
{
    const QString path = createVaultFile(QStringLiteral("status.kamae"));
    ui::MainWindow window;
    window.show();
    vault::VaultStatus status;
    window.adoptVault(vault::Vault::open(path, kPassphrase, &status));
    QVERIFY(window.saveStatus()->isVisible());
    // A page's message and an undo step that name a record.
    window.statusBar()->showMessage(QStringLiteral("Saved the report for %1").arg(kOrg));
    auto *step = new QUndoCommand(QStringLiteral("Edit %1").arg(kOrg));
    window.workspace()->undoStack()->push(step);
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo->text().contains(kOrg));

    window.lock();
    QCOMPARE(window.screen(), ui::MainWindow::Screen::Locked);
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    QVERIFY(!window.saveStatus()->isVisible());
    QStringList shown;
    for (QWidget *w : window.statusBar()->findChildren<QWidget *>())
        if (w->isVisible())
            if (auto *label = qobject_cast<QLabel *>(w))
                shown << label->text();
    QVERIFY2(shown.join(QString()).trimmed().isEmpty(), qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY(!undo->text().contains(kOrg));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!window.windowTitle().contains(kOrg));
    QVERIFY(!visibleTexts(&window).join(QLatin1Char('\n')).contains(kOrg));

    // Back at work the save state shows again.
    test::onNextModal([&](QWidget *dialog) {
        setPassphrase(dialog, "passphraseField", kPassphrase);
        clickOk(dialog);
    });
    window.unlock();
    QCOMPARE(window.screen(), ui::MainWindow::Screen::Workspace);
    QVERIFY(window.saveStatus()->isVisible());
}

void TestUiShell::fileDialogsStartInDocumentsThenRemember()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(documents).isDir())
        documents = QDir::homePath();
    using ui::FileKind;
    QCOMPARE(ui::filedialogs::startFolder(FileKind::Register), documents);
    QCOMPARE(ui::filedialogs::startFolder(FileKind::Vault), documents);

    const QString folder = QDir(m_dir->path()).filePath(QStringLiteral("registers"));
    QVERIFY(QDir().mkpath(folder));
    ui::filedialogs::remember(FileKind::Register, QDir(folder).filePath(QStringLiteral("a.csv")));
    QCOMPARE(ui::filedialogs::startFolder(FileKind::Register), folder);
    // Each kind of file keeps its own folder.
    QCOMPARE(ui::filedialogs::startFolder(FileKind::Feed), documents);
    ui::filedialogs::remember(FileKind::Feed, folder);
    QCOMPARE(ui::filedialogs::startFolder(FileKind::Feed), folder);
    // A folder that is gone falls back to Documents.
    QVERIFY(QDir(folder).removeRecursively());
    QCOMPARE(ui::filedialogs::startFolder(FileKind::Register), documents);
    // The create dialog proposes the remembered vault folder.
    ui::filedialogs::remember(FileKind::Vault, m_dir->path());
    ui::CreateVaultDialog dialog;
    QCOMPARE(QFileInfo(QDir::fromNativeSeparators(
                           dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->text()))
                 .absolutePath(),
             QFileInfo(m_dir->path()).absoluteFilePath());
}

QTEST_MAIN(TestUiShell)
#include "tst_ui_shell.moc"
