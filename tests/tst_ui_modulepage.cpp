// The scaffold of every module page on its own: a tiny page over a plain
// model uses ModulePage and its parts (message bar, standard actions,
// empty state, drops, view state, typed settings, reloads on change).

#include "TestSupport.h"

#include "pages/ModulePage.h"
#include "settings/SettingValue.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "widgets/EmptyState.h"
#include "widgets/FileDrop.h"
#include "widgets/MessageBar.h"
#include "widgets/Widgets.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

using namespace kamae;
using ui::MessageBar;
using ui::StandardAction;

namespace {

const settings::SettingValue<QByteArray> kHeaderKey{"test/headerState"};
const settings::SettingValue<QByteArray> kSplitterKey{"test/splitter"};
const settings::SettingValue<int> kTabKey{"test/tab", 0};

// A page of fruit (name, colour) with a second, unfiltered table of notes.
class FruitPage final : public ui::ModulePage
{
public:
    explicit FruitPage(store::Database &db) : ModulePage(db)
    {
        watchTables({QStringLiteral("fruit"), QStringLiteral("person")});
        fruit = new QStandardItemModel(0, 2, this);
        proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(fruit);
        proxy->setFilterKeyColumn(0);
        notes = new QStandardItemModel(0, 1, this);
        notes->appendRow(new QStandardItem(QStringLiteral("a note")));
        search = new QLineEdit(this);
        search->setObjectName(QStringLiteral("searchEdit"));
        view = ui::makeRecordTable(this, QStringLiteral("fruitView"),
                                   QAbstractItemView::ExtendedSelection);
        view->setModel(proxy);
        view->horizontalHeader()->setSectionsMovable(true);
        noteView = ui::makeRecordTable(this, QStringLiteral("noteView"),
                                       QAbstractItemView::SingleSelection);
        noteView->setModel(notes);
        splitter = new QSplitter(Qt::Vertical, this);
        splitter->addWidget(view);
        splitter->addWidget(noteView);
        bodyLayout()->addWidget(search);
        bodyLayout()->addWidget(splitter, 1);

        TableOptions options;
        options.source = fruit;
        options.idRole = Qt::UserRole;
        options.nameColumn = 0;
        options.clearFilters = [this] {
            proxy->setFilterFixedString(QString());
        };
        options.filteredOutText = [](int n) {
            return QStringLiteral("%1 fruit hidden").arg(n);
        };
        addTable(view, options);
        addTable(noteView, {});
        setAction(view, StandardAction::New, [this] { log << QStringLiteral("new fruit"); });
        setAction(
            view, StandardAction::Edit, [this] { log << QStringLiteral("edit fruit"); },
            [this] { return view->selectionModel()->hasSelection(); });
        setAction(view, StandardAction::Delete, [this] { log << QStringLiteral("delete fruit"); });
        setAction(view, StandardAction::Find, [this] { search->setFocus(); });
        setAction(noteView, StandardAction::Delete,
                  [this] { log << QStringLiteral("delete note"); });
        peel = new QAction(QStringLiteral("Peel"), this);
        addContextAction(view, peel);
        ui::EmptyState *empty = addEmptyState(view);
        empty->setTexts(QStringLiteral("No fruit yet"), QStringLiteral("Add an apple."));
        empty->addButton(QStringLiteral("emptyAddButton"),
                         [this] { log << QStringLiteral("first fruit"); });
        takeDroppedFiles({QStringLiteral("csv"), QStringLiteral("xlsx")},
                         [this](const QString &path) { imported << path; });
        rememberView(view, kHeaderKey);
        rememberSplitter(splitter, kSplitterKey);
        setHeading(QStringLiteral("Fruit"), QStringLiteral("What is in the bowl."));
        reload();
    }

    QString title() const override { return QStringLiteral("Fruit"); }

    void addFruit(qint64 id, const QString &name, const QString &colour)
    {
        auto *item = new QStandardItem(name);
        item->setData(id, Qt::UserRole);
        fruit->appendRow({item, new QStandardItem(colour)});
    }
    // An edit of the selected fruit, as a page's edit action does it.
    void renameSelected(const QString &name)
    {
        const auto watch = watchFilter(view);
        const QModelIndex index =
            proxy->mapToSource(view->selectionModel()->selectedRows().first());
        fruit->item(index.row(), 0)->setText(name);
    }
    using ModulePage::rememberTab;
    using ModulePage::requestReload;

    int loads = 0;
    QStringList log;
    QStringList imported;
    QStandardItemModel *fruit = nullptr;
    QSortFilterProxyModel *proxy = nullptr;
    QStandardItemModel *notes = nullptr;
    QLineEdit *search = nullptr;
    QTableView *view = nullptr;
    QTableView *noteView = nullptr;
    QSplitter *splitter = nullptr;
    QAction *peel = nullptr;

protected:
    void load() override { ++loads; }
};

QStringList texts(const QMenu *menu)
{
    QStringList out;
    for (const QAction *a : menu->actions())
        if (!a->isSeparator())
            out << a->text();
    return out;
}

} // namespace

class TestUiModulePage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_modulepage");
        // The view state goes to a folder of the test's own.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        m_db = std::move(db.value());
    }

    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void settingValueReadsWritesAndFallsBack()
    {
        const settings::SettingValue<int> minutes{"test/minutes", 10};
        QCOMPARE(minutes.key(), QStringLiteral("test/minutes"));
        QVERIFY(!minutes.exists());
        QCOMPARE(minutes.get(), 10);
        minutes.set(25);
        QVERIFY(minutes.exists());
        QCOMPARE(minutes.get(), 25);
        QCOMPARE(QSettings().value(QStringLiteral("test/minutes")).toInt(), 25);
        // Something of another type under the key: the default.
        QSettings().setValue(QStringLiteral("test/minutes"), QStringLiteral("many"));
        QCOMPARE(settings::SettingValue<QDate>("test/minutes", QDate(2024, 1, 1)).get(),
                 QDate(2024, 1, 1));
        minutes.remove();
        QCOMPARE(minutes.get(), 10);
        const settings::SettingValue<QString> folder{"test/folder"};
        QCOMPARE(folder.get(), QString());
        folder.set(QStringLiteral("/tmp/x"));
        QCOMPARE(folder.get(), QStringLiteral("/tmp/x"));
        // The file lies where the test put it.
        QSettings().sync();
        QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
    }

    void headingIntroAndMargins()
    {
        makePage();
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("pageHeading"))->text(),
                 QStringLiteral("Fruit"));
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("introLabel"))->text(),
                 QStringLiteral("What is in the bowl."));
        QCOMPARE(m_page->layout()->contentsMargins(), QMargins(24, 24, 24, 12));
        QVERIFY(!m_page->messageBar()->isVisible());
    }

    void messageBarLevelsAndAutoHide()
    {
        MessageBar bar;
        bar.show();
        bar.setAutoHideInterval(60);
        bar.showInfo(QStringLiteral("Saved."));
        QVERIFY(bar.isVisible());
        QCOMPARE(bar.level(), MessageBar::Level::Info);
        QCOMPARE(bar.text(), QStringLiteral("Saved."));
        QVERIFY(bar.autoHideActive());
        QTRY_VERIFY(!bar.isVisible());
        QCOMPARE(bar.text(), QString());

        bar.showWarning(QStringLiteral("Careful."));
        QCOMPARE(bar.level(), MessageBar::Level::Warning);
        QVERIFY(bar.autoHideActive());
        QTRY_VERIFY(!bar.isVisible());

        // An error stays until closed.
        bar.showError(QStringLiteral("Not saved."));
        QCOMPARE(bar.level(), MessageBar::Level::Error);
        QVERIFY(!bar.autoHideActive());
        QTest::qWait(150);
        QVERIFY(bar.isVisible());
        QSignalSpy dismissed(&bar, &MessageBar::dismissed);
        QTest::mouseClick(bar.findChild<QToolButton *>(QStringLiteral("messageClose")),
                          Qt::LeftButton);
        QVERIFY(!bar.isVisible());
        QCOMPARE(dismissed.count(), 1);

        // A message with a button: the button runs it and closes the bar.
        bool ran = false;
        bar.showMessage(MessageBar::Level::Info, QStringLiteral("Hidden."), QStringLiteral("Show"),
                        [&ran] { ran = true; });
        auto *action = bar.findChild<QPushButton *>(QStringLiteral("messageAction"));
        QVERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Show"));
        QTest::mouseClick(action, Qt::LeftButton);
        QVERIFY(ran);
        QVERIFY(!bar.isVisible());
        // A plain message after it has no button.
        bar.showInfo(QStringLiteral("Plain."));
        QVERIFY(!action->isVisible());
    }

    void actionsFireOnTheFocusedTable()
    {
        makePage();
        m_page->addFruit(1, QStringLiteral("apple"), QStringLiteral("red"));
        m_page->view->setFocus();
        QTRY_COMPARE(m_page->tableActions()->currentTable(), m_page->view);
        QAction *remove = m_page->standardAction(StandardAction::Delete);
        QAction *edit = m_page->standardAction(StandardAction::Edit);
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(m_page->standardAction(StandardAction::New)->shortcut(),
                 QKeySequence(Qt::Key_Insert));
        QCOMPARE(m_page->standardAction(StandardAction::Find)->shortcut(),
                 QKeySequence(QKeySequence::Find));
        // Nothing selected: Edit cannot run.
        QVERIFY(!edit->isEnabled());
        m_page->view->selectRow(0);
        QVERIFY(edit->isEnabled());
        QTest::keyClick(m_page->view, Qt::Key_Delete);
        QTest::keyClick(m_page->view, Qt::Key_Return);
        QCOMPARE(m_page->log,
                 QStringList({QStringLiteral("delete fruit"), QStringLiteral("edit fruit")}));

        // The notes table: Delete deletes a note; it has no Edit.
        m_page->log.clear();
        m_page->noteView->setFocus();
        QTRY_COMPARE(m_page->tableActions()->currentTable(), m_page->noteView);
        QVERIFY(!edit->isEnabled());
        QTest::keyClick(m_page->noteView, Qt::Key_Delete);
        QTest::keyClick(m_page->noteView, Qt::Key_Return);
        QCOMPARE(m_page->log, QStringList{QStringLiteral("delete note")});

        // A click on a button takes the focus away; the last table stays
        // current. Ctrl+F and Insert work from anywhere on the page.
        m_page->log.clear();
        m_page->view->setFocus();
        QTRY_COMPARE(m_page->tableActions()->currentTable(), m_page->view);
        m_page->search->setFocus();
        QCOMPARE(m_page->tableActions()->currentTable(), m_page->view);
        QTest::keyClick(m_page->search, Qt::Key_Insert);
        QCOMPARE(m_page->log, QStringList{QStringLiteral("new fruit")});
        m_page->view->setFocus();
        QTest::keyClick(m_page->view, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_page->search);
        // A double-click edits.
        m_page->log.clear();
        const QModelIndex first = m_page->proxy->index(0, 0);
        const QPoint at = m_page->view->visualRect(first).center();
        QTest::mouseClick(m_page->view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(m_page->view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_page->log, QStringList{QStringLiteral("edit fruit")});
    }

    void contextMenuOffersTheTablesActions()
    {
        makePage();
        m_page->addFruit(1, QStringLiteral("apple"), QStringLiteral("red"));
        m_page->view->selectRow(0);
        std::unique_ptr<QMenu> menu(
            m_page->tableActions()->contextMenu(m_page->view, m_page.get()));
        QCOMPARE(texts(menu.get()),
                 QStringList({QStringLiteral("&New…"), QStringLiteral("&Edit…"),
                              QStringLiteral("&Delete…"), QStringLiteral("Peel")}));
        QVERIFY(menu->actions().contains(m_page->peel));
        // The menu's Delete acts on the table it was opened on.
        m_page->standardAction(StandardAction::Delete)->trigger();
        QCOMPARE(m_page->log, QStringList{QStringLiteral("delete fruit")});

        std::unique_ptr<QMenu> notes(
            m_page->tableActions()->contextMenu(m_page->noteView, m_page.get()));
        QCOMPARE(texts(notes.get()), QStringList{QStringLiteral("&Delete…")});
        QCOMPARE(m_page->tableActions()->currentTable(), m_page->noteView);
        QCOMPARE(m_page->noteView->contextMenuPolicy(), Qt::CustomContextMenu);
    }

    void emptyStateShowsAndHides()
    {
        makePage();
        ui::EmptyState *empty = m_page->emptyState();
        QVERIFY(empty);
        QCOMPARE(empty->state(), ui::EmptyState::State::Empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No fruit yet"));
        QTest::mouseClick(empty->findChild<QPushButton *>(QStringLiteral("emptyAddButton")),
                          Qt::LeftButton);
        QCOMPARE(m_page->log, QStringList{QStringLiteral("first fruit")});

        m_page->addFruit(1, QStringLiteral("apple"), QStringLiteral("red"));
        QCOMPARE(empty->state(), ui::EmptyState::State::Hidden);
        QVERIFY(!empty->isVisible());

        // Filtered to nothing is not empty: a line and "Clear filters".
        m_page->proxy->setFilterFixedString(QStringLiteral("pear"));
        QCOMPARE(empty->state(), ui::EmptyState::State::Filtered);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->text().isEmpty());
        auto *clear = empty->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(m_page->proxy->filterRegularExpression().pattern(), QString());
        QCOMPARE(empty->state(), ui::EmptyState::State::Hidden);

        m_page->fruit->removeRows(0, 1);
        QCOMPARE(empty->state(), ui::EmptyState::State::Empty);
        // It covers the table's empty area.
        QCOMPARE(empty->geometry(), m_page->view->viewport()->rect());
    }

    void editThatLeavesTheFilterIsSaid()
    {
        makePage();
        m_page->addFruit(1, QStringLiteral("apple"), QStringLiteral("red"));
        m_page->addFruit(2, QStringLiteral("avocado"), QStringLiteral("green"));
        m_page->proxy->setFilterFixedString(QStringLiteral("a"));
        m_page->view->selectRow(0);
        // Still matching: nothing to say.
        m_page->renameSelected(QStringLiteral("apricot"));
        QVERIFY(!m_page->messageBar()->isVisible());
        m_page->view->selectRow(0);
        m_page->renameSelected(QStringLiteral("plum"));
        QVERIFY(m_page->messageBar()->isVisible());
        QCOMPARE(m_page->messageBar()->level(), MessageBar::Level::Info);
        QCOMPARE(m_page->messageBar()->text(), QStringLiteral("1 fruit hidden"));
        auto *clear =
            m_page->messageBar()->findChild<QPushButton *>(QStringLiteral("messageAction"));
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(m_page->proxy->rowCount(), 2);
    }

    void dropImportsWhatThePageTakes()
    {
        makePage();
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("fruit.CSV"));
        const QString pdf = dir.filePath(QStringLiteral("fruit.pdf"));
        for (const QString &path : {csv, pdf}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name\napple\n");
        }
        QCOMPARE(m_page->acceptedSuffixes(),
                 QStringList({QStringLiteral("csv"), QStringLiteral("xlsx")}));
        QVERIFY(test::sendDrop(m_page.get(), {csv}));
        QTRY_COMPARE(m_page->imported, QStringList{csv});
        QVERIFY(!m_page->messageBar()->isVisible());

        // Anything else is refused, and the message says what the page takes.
        m_page->imported.clear();
        QVERIFY(test::sendDrop(m_page.get(), {pdf, csv}));
        QTRY_COMPARE(m_page->imported, QStringList{csv});
        QVERIFY(m_page->messageBar()->isVisible());
        QCOMPARE(m_page->messageBar()->level(), MessageBar::Level::Warning);
        QVERIFY(m_page->messageBar()->text().contains(QLatin1String("fruit.pdf")));
        QVERIFY(m_page->messageBar()->text().contains(QLatin1String(".xlsx")));
        // A folder is not a file to import.
        m_page->imported.clear();
        m_page->dropFiles({dir.path()});
        QVERIFY(m_page->imported.isEmpty());
    }

    // What every widget that imports dropped files shares (the page, the
    // people panel): only local files are taken, after the drop has ended,
    // and sorted by suffix.
    void fileDropTakesLocalFilesAfterTheDrop()
    {
        QWidget target;
        QStringList taken;
        new ui::FileDrop(&target, [&taken](const QStringList &paths) { taken << paths; });
        QVERIFY(target.acceptDrops());

        QMimeData remote;
        remote.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/a.csv")),
                        QUrl(QStringLiteral("https://example.com/b.csv"))});
        QDragEnterEvent refused(QPoint(1, 1), Qt::CopyAction, &remote, Qt::LeftButton,
                                Qt::NoModifier);
        refused.ignore();
        QApplication::sendEvent(&target, &refused);
        QVERIFY(!refused.isAccepted());

        QVERIFY(
            test::sendDrop(&target, {QStringLiteral("/tmp/a.csv"), QStringLiteral("/tmp/b.pdf")}));
        QVERIFY(taken.isEmpty()); // not inside the drop
        QTRY_COMPARE(taken,
                     QStringList({QStringLiteral("/tmp/a.csv"), QStringLiteral("/tmp/b.pdf")}));

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("list.CSV"));
        const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
        for (const QString &path : {csv, pdf}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const ui::DroppedFiles files =
            ui::sortDroppedFiles({csv, pdf, dir.path(), dir.filePath(QStringLiteral("gone.csv"))},
                                 {QStringLiteral("csv"), QStringLiteral("xlsx")});
        QCOMPARE(files.taken, QStringList{csv});
        QCOMPARE(files.refused,
                 QStringList({QStringLiteral("list.pdf"), QFileInfo(dir.path()).fileName(),
                              QStringLiteral("gone.csv")}));
    }

    void viewStateRoundTripsThroughSettings()
    {
        makePage();
        m_page->addFruit(1, QStringLiteral("apple"), QStringLiteral("red"));
        m_page->addFruit(2, QStringLiteral("banana"), QStringLiteral("yellow"));
        QVERIFY(!kHeaderKey.exists());
        QHeaderView *header = m_page->view->horizontalHeader();
        header->moveSection(1, 0);
        m_page->view->sortByColumn(1, Qt::DescendingOrder);
        header->resizeSection(1, 77);
        m_page->splitter->setSizes({300, 100});
        const QList<int> sizes = m_page->splitter->sizes();
        m_page.reset();
        QVERIFY(kHeaderKey.exists());
        QVERIFY(kSplitterKey.exists());

        makePage();
        m_page->addFruit(1, QStringLiteral("apple"), QStringLiteral("red"));
        m_page->addFruit(2, QStringLiteral("banana"), QStringLiteral("yellow"));
        header = m_page->view->horizontalHeader();
        QCOMPARE(header->visualIndex(1), 0);
        QCOMPARE(header->sectionSize(1), 77);
        QCOMPARE(header->sortIndicatorSection(), 1);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        // The sort is applied, not only drawn.
        QCOMPARE(m_page->proxy->index(0, 0).data().toString(), QStringLiteral("banana"));
        QCOMPARE(m_page->splitter->sizes(), sizes);

        // Changes are saved as they happen, not only at the end.
        header->setSectionHidden(1, true);
        QTRY_VERIFY(kHeaderKey.get() == header->saveState());
    }

    // The tab last shown opens again; a stored tab that no longer exists
    // (a page with fewer tabs) opens the nearest one.
    void tabRoundTripsThroughSettings()
    {
        makePage();
        const auto tabsWith = [this](int count) {
            auto *tabs = new QTabWidget(m_page.get());
            for (int t = 0; t < count; ++t)
                tabs->addTab(new QWidget(tabs), QString::number(t));
            m_page->rememberTab(tabs, kTabKey);
            return tabs;
        };
        QTabWidget *tabs = tabsWith(3);
        QCOMPARE(tabs->currentIndex(), 0);
        tabs->setCurrentIndex(2);
        QCOMPARE(kTabKey.get(), 2);
        QCOMPARE(tabsWith(3)->currentIndex(), 2);
        QCOMPARE(tabsWith(2)->currentIndex(), 1);
    }

    // Widths saved under one language: after a switch, a column whose cells
    // grew is widened to show them, one the user made wide stays as it is.
    void languageSwitchWidensColumnsWhoseTextsGrew()
    {
        makePage();
        m_page->addFruit(1, QStringLiteral("apple"), QStringLiteral("red"));
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QHeaderView *header = m_page->view->horizontalHeader();
        header->resizeSection(1, 30);
        m_page->fruit->item(0, 1)->setText(QStringLiteral("a long shade of crimson red"));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_page.get(), &change);
        const auto *view = static_cast<const QAbstractItemView *>(m_page->view);
        QTRY_VERIFY(header->sectionSize(1) >= view->sizeHintForColumn(1));

        header->resizeSection(1, 400);
        QCoreApplication::sendEvent(m_page.get(), &change);
        QTest::qWait(20);
        QCOMPARE(header->sectionSize(1), 400);
    }

    // Widths saved under one language, restored at the next start under the
    // other: the rows that arrive with longer texts widen their column.
    void restoredWidthsWidenForLongerCells()
    {
        makePage();
        m_page->addFruit(1, QStringLiteral("apple"), QStringLiteral("red"));
        m_page->view->horizontalHeader()->resizeSection(1, 30);
        m_page.reset();

        m_page = std::make_unique<FruitPage>(*m_db);
        QVERIFY(m_page->view->horizontalHeader()->sectionSize(1) < 60); // restored
        m_page->addFruit(1, QStringLiteral("apple"), QStringLiteral("a long shade of crimson red"));
        QVERIFY(m_page->view->columnWidth(1) >=
                static_cast<const QAbstractItemView *>(m_page->view)->sizeHintForColumn(1));
        QVERIFY(m_page->view->columnWidth(1) > 100);
    }

    void reloadsOnlyForWatchedTablesAndNotWhileHidden()
    {
        makePage();
        QCOMPARE(m_page->watchedTables(),
                 QStringList({QStringLiteral("fruit"), QStringLiteral("person")}));
        const int before = m_page->loads;
        store::ChangeSet other;
        other.add(QStringLiteral("backup_job"), 3, store::ChangeKind::Update);
        m_page->applyChanges(other);
        QVERIFY(!m_page->reloadPending());
        QTest::qWait(20);
        QCOMPARE(m_page->loads, before);

        store::ChangeSet fruit;
        fruit.add(QStringLiteral("fruit"), 1, store::ChangeKind::Insert);
        m_page->applyChanges(fruit);
        QVERIFY(m_page->reloadPending());
        QTRY_COMPARE(m_page->loads, before + 1);
        QVERIFY(!m_page->reloadPending());

        // Hidden: remembered, read on the next show.
        m_page->hide();
        m_page->applyChanges(fruit);
        m_page->applyChanges(fruit);
        QTest::qWait(20);
        QCOMPARE(m_page->loads, before + 1);
        QVERIFY(m_page->reloadPending());
        m_page->show();
        QCOMPARE(m_page->loads, before + 2);
        QVERIFY(!m_page->reloadPending());
    }

    void databaseChangesReachThePage()
    {
        makePage();
        const int before = m_page->loads;
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE fruit (name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO fruit VALUES ('apple')")));
        QTRY_COMPARE(m_page->loads, before + 1);
        // What the page already shows is not read again.
        const int after = m_page->loads;
        QVERIFY(q.exec(QStringLiteral("INSERT INTO fruit VALUES ('pear')")));
        m_page->reload();
        QTest::qWait(50);
        QCOMPARE(m_page->loads, after + 1);
    }

    // Widgets made with a text say it now and after each language change,
    // with no member to keep them and no retranslate() line: a form's rows
    // (one field, or a layout of fields with the one the mnemonic reaches),
    // a label beside a field, and any label (a hint).
    void textsFollowTheLanguageByThemselves()
    {
        QWidget window;
        auto *form = new QFormLayout(&window);
        auto *name = new QLineEdit(&window);
        auto *file = new QLineEdit(&window);
        auto *row = new QHBoxLayout;
        row->addWidget(file);
        auto *language = new QLineEdit(&window);
        QString word = QStringLiteral("Name");
        const auto in = [&word](const char *what) {
            return [&word, what] {
                return word + QLatin1String(what);
            };
        };
        QLabel *nameLabel = ui::addLabelledRow(form, name, in(":"));
        QLabel *fileLabel = ui::addLabelledRow(form, row, file, in(" file:"));
        QLabel *languageLabel = ui::makeBuddyLabel(language, in(" language:"));
        QLabel *hint = ui::sayingText(new QLabel(&window), in(" hint"));
        auto *box = ui::sayingText(new QGroupBox(&window), in(" box"));
        auto *button = ui::sayingText(new QPushButton(box), in(" button"));
        auto *menu = ui::sayingText(new QMenu(&window), in(" menu"));
        QAction *action = ui::sayingText(menu->addAction(QString()), menu, in(" action"));
        form->addRow(languageLabel, language);
        form->addRow(hint);
        QCOMPARE(form->labelForField(name), nameLabel);
        QCOMPARE(nameLabel->buddy(), name);
        QCOMPARE(fileLabel->buddy(), file);
        QCOMPARE(languageLabel->buddy(), language);
        QCOMPARE(nameLabel->text(), QStringLiteral("Name:"));
        QCOMPARE(fileLabel->text(), QStringLiteral("Name file:"));
        QCOMPARE(box->title(), QStringLiteral("Name box"));
        QCOMPARE(menu->title(), QStringLiteral("Name menu"));
        QCOMPARE(action->text(), QStringLiteral("Name action"));

        word = QStringLiteral("名前");
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&window, &change);
        QCOMPARE(nameLabel->text(), QStringLiteral("名前:"));
        QCOMPARE(fileLabel->text(), QStringLiteral("名前 file:"));
        QCOMPARE(languageLabel->text(), QStringLiteral("名前 language:"));
        QCOMPARE(hint->text(), QStringLiteral("名前 hint"));
        QCOMPARE(box->title(), QStringLiteral("名前 box"));
        QCOMPARE(button->text(), QStringLiteral("名前 button"));
        QCOMPARE(menu->title(), QStringLiteral("名前 menu"));
        QCOMPARE(action->text(), QStringLiteral("名前 action"));
        // An action gone before the widget it follows is left alone.
        delete action;
        QCoreApplication::sendEvent(&window, &change);
    }

private:
    void makePage()
    {
        m_page = std::make_unique<FruitPage>(*m_db);
        m_page->resize(700, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QApplication::setActiveWindow(m_page.get());
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<FruitPage> m_page;
};

QTEST_MAIN(TestUiModulePage)
#include "tst_ui_modulepage.moc"
