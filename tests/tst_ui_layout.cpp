// Every page of the window as a person meets it on the smallest screen the
// window is made for: a 1280×720 laptop at 150 %, a window of 853×480
// logical pixels, in Japanese and English, with the demo company's records.
// A page scrolls down when it must, never sideways, and cuts no text.
#include "TestSupport.h"

#include "demo/DemoCompany.h"
#include "i18n/Language.h"
#include "pages/Page.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"
#include "vault/Vault.h"
#include "widgets/ColumnsLayout.h"
#include "widgets/FlowLayout.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kamae;

namespace {

constexpr QSize kNarrowWindow(853, 480);

// Lets deferred loads, layouts and polishing run; no timing involved.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// A label without word wrap, a button, a check box or a radio button
// narrower than its text needs, or a wrapped label shorter than its lines
// need. Inside a table or a text view nothing is lost: it scrolls.
QStringList clippedTexts(QWidget *page)
{
    QStringList clipped;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(page) || !w->isVisible())
            continue;
        bool scrolls = false;
        for (QWidget *p = w->parentWidget(); p && p != page; p = p->parentWidget())
            scrolls = scrolls || qobject_cast<QAbstractItemView *>(p) ||
                      (p->objectName() == QLatin1String("qt_scrollarea_viewport") &&
                       !qobject_cast<QScrollArea *>(p->parentWidget()));
        if (scrolls)
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                if (label->height() + 1 < label->heightForWidth(label->width()))
                    clipped << QStringLiteral("wrapped label \"%1\" (%2 < %3 high)")
                                   .arg(label->text().left(40))
                                   .arg(label->height())
                                   .arg(label->heightForWidth(label->width()));
                continue;
            }
            text = label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
        } else {
            continue;
        }
        if (!text.isEmpty() && w->width() + 1 < w->minimumSizeHint().width())
            clipped << QStringLiteral("%1 \"%2\" (%3 < %4)")
                           .arg(QString::fromLatin1(w->metaObject()->className()), text.left(40))
                           .arg(w->width())
                           .arg(w->minimumSizeHint().width());
    }
    return clipped;
}

} // namespace

class TestUiLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void theScreenIsALaptopAt150Percent();
    void ownLayoutsOwnTheirItems();
    void everyPageFitsTheWindow_data();
    void everyPageFitsTheWindow();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_freshPath;
};

void TestUiLayout::initTestCase()
{
    test::setTestApplication("tst_ui_layout");
    QVERIFY(m_dir.isValid());
    m_path = QDir(m_dir.path()).filePath(QStringLiteral("demo.kamae"));
    vault::VaultStatus status;
    QString code;
    auto v =
        vault::Vault::create(m_path, QStringLiteral("correct horse battery staple"),
                             demo::demoOrganisationName(), test::cheapOptions(), &code, &status);
    QVERIFY2(v, qPrintable(status.message()));
    QVERIFY(demo::populate(v->database()));
    QVERIFY(v->save());
    // A new vault: the dashboard shows the getting-started checklist.
    m_freshPath = QDir(m_dir.path()).filePath(QStringLiteral("new.kamae"));
    auto fresh = vault::Vault::create(m_freshPath, QStringLiteral("correct horse battery staple"),
                                      QStringLiteral("株式会社さくら商事"), test::cheapOptions(),
                                      &code, &status);
    QVERIFY2(fresh, qPrintable(status.message()));
    QVERIFY(fresh->save());
}

void TestUiLayout::cleanup()
{
    i18n::applyLanguage(QStringLiteral("en"));
}

// FlowLayout and ColumnsLayout keep their items alike (ItemListLayout): in
// order, each with its stretch, deleted with the layout; a nested layout
// among them goes too.
void TestUiLayout::ownLayoutsOwnTheirItems()
{
    QWidget host;
    auto *columns = new ui::ColumnsLayout(&host);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(10);
    auto *left = new QLabel(QStringLiteral("left"));
    auto *right = new QLabel(QStringLiteral("right"));
    left->setMinimumWidth(100);
    left->setFixedHeight(20);
    right->setFixedSize(100, 30);
    columns->addColumn(left, 1);
    auto *nested = new ui::FlowLayout;
    nested->setContentsMargins(0, 0, 0, 0);
    columns->addColumn(nested, 3);
    nested->addWidget(right);
    QCOMPARE(columns->count(), 2);
    QCOMPARE(columns->itemAt(0)->widget(), left);
    QCOMPARE(columns->itemAt(1)->layout(), nested);
    QVERIFY(!columns->itemAt(2));
    QVERIFY(columns->hasHeightForWidth());
    // Side by side the room beyond the minimums goes 1 : 3.
    host.resize(1000, 100);
    columns->setGeometry(QRect(0, 0, 1000, 100));
    QVERIFY(columns->isSideBySide());
    QCOMPARE(left->width(), 100 + (1000 - 200 - 10) / 4);
    // One under the other, with the spacing between.
    QCOMPARE(columns->heightForWidth(150), 20 + 10 + 30);

    // A flow's stretch stays before the same item when an earlier one goes.
    auto *flow = new ui::FlowLayout;
    auto *first = new QLabel(QStringLiteral("a"));
    auto *second = new QLabel(QStringLiteral("b"));
    flow->addWidget(first);
    flow->addStretch();
    flow->addWidget(second);
    QLayoutItem *taken = flow->takeAt(0);
    QCOMPARE(taken->widget(), first);
    delete taken;
    QCOMPARE(flow->count(), 1);
    QWidget row;
    row.setLayout(flow);
    row.resize(400, 40);
    flow->setGeometry(QRect(0, 0, 400, 40));
    QCOMPARE(second->geometry().right(), 399 - flow->contentsMargins().right());
    delete first;

    // Deleting a layout deletes its items and the layouts among them.
    QPointer<ui::FlowLayout> watched = nested;
    delete columns;
    QVERIFY(watched.isNull());
}

void TestUiLayout::theScreenIsALaptopAt150Percent()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QCOMPARE(screen->devicePixelRatio(), 1.5);
    QVERIFY(screen->availableGeometry().width() >= kNarrowWindow.width());
}

void TestUiLayout::everyPageFitsTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("fresh");
    // The smallest window, and a 1280×720 screen at 100 % (the same logical
    // pixels at any scale); the demo company, and a new vault.
    for (const bool fresh : {false, true})
        for (const QSize size : {kNarrowWindow, QSize(1280, 720)})
            for (const char *lang : {"ja", "en"})
                QTest::addRow("%s %dx%d%s", lang, size.width(), size.height(),
                              fresh ? " new vault" : "")
                    << QString::fromLatin1(lang) << size << fresh;
}

void TestUiLayout::everyPageFitsTheWindow()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, fresh);
    i18n::applyLanguage(language);
    ui::MainWindow window;
    vault::VaultStatus status;
    auto v = vault::Vault::open(fresh ? m_freshPath : m_path,
                                QStringLiteral("correct horse battery staple"), &status);
    QVERIFY2(v, qPrintable(status.message()));
    window.adoptVault(std::move(v));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);

    ui::Workspace *ws = window.workspace();
    QVERIFY(ws);
    QStringList problems;
    for (int i = 0; i < ws->pageCount(); ++i) {
        ws->setCurrentIndex(i);
        settle();
        ui::Page *page = ws->page(i);
        auto *frame = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
        QVERIFY(frame);
        // The page's frame and any scroll area of the page's own (the
        // dashboard's): down, not sideways.
        QList<QScrollArea *> areas{frame};
        for (QScrollArea *area : page->findChildren<QScrollArea *>())
            if (area->isVisible() && area->widget() && area->widgetResizable())
                areas << area;
        for (QScrollArea *area : areas) {
            const int room = area->viewport()->width();
            const int need = area->widget()->minimumSizeHint().width();
            if (need > room || area->horizontalScrollBar()->maximum() > 0)
                problems << QStringLiteral("%1 needs %2 px, has %3 (%4)")
                                .arg(page->title())
                                .arg(need)
                                .arg(room)
                                .arg(area->objectName());
        }
        for (const QString &text : clippedTexts(page))
            problems << page->title() + QStringLiteral(": ") + text;
        // A table shows a few rows, not one squeezed under its neighbours.
        for (QTableView *table : page->findChildren<QTableView *>()) {
            if (!table->isVisibleTo(page) || !table->isVisible())
                continue;
            const int rows = table->viewport()->height() /
                             std::max(1, table->verticalHeader()->defaultSectionSize());
            if (rows < 3)
                problems << QStringLiteral("%1: table %2 shows %3 row(s)")
                                .arg(page->title(), table->objectName())
                                .arg(rows);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
}

int main(int argc, char *argv[])
{
    // A 1280×720 screen at 150 %, the smallest the window is made for.
    QTemporaryDir config;
    const QString screens = QDir(config.path()).filePath(QStringLiteral("screens.json"));
    {
        QFile f(screens);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(R"({"synchronousWindowSystemEvents": false,
                    "screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1280,
                                 "height": 720, "logicalDpi": 96, "logicalBaseDpi": 96,
                                 "dpr": 1}]})");
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screens.toLocal8Bit());
    qputenv("QT_SCALE_FACTOR", "1.5");
    QApplication app(argc, argv);
    TestUiLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_layout.moc"
