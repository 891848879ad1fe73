// The workspace built from the module registry: one page per module in the
// registry's order, "coming soon" pages for the planned ones, and every
// place (a next action, a reminder, another page's request) opening the
// right page.
#include "TestSupport.h"

#include "assets/AssetTableModel.h"
#include "assets/AssetsPage.h"
#include "demo/DemoCompany.h"
#include "i18n/Language.h"
#include "modules/Registry.h"
#include "patches/PatchTableModel.h"
#include "patches/PatchesPage.h"
#include "settings/UiSettings.h"
#include "shell/Workspace.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "vault/VaultSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kamae;

class TestUiWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings().clear();
        vault::VaultStatus status;
        QString code;
        auto v = vault::Vault::create(m_dir.filePath(QStringLiteral("w.kamae")),
                                      QStringLiteral("correct horse battery"),
                                      QStringLiteral("Org"), test::cheapOptions(), &code, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QVERIFY(demo::populate(v->database()));
        m_session = std::make_unique<vault::VaultSession>(std::move(v));
    }

    void cleanupTestCase() { m_session.reset(); }

    void pagesFollowTheRegistry()
    {
        ui::Workspace ws(*m_session);
        int index = 1; // the dashboard comes first
        QCOMPARE(ws.modulePage(modules::key::Dashboard), ws.page(0));
        for (const modules::ModuleInfo *m : modules::all()) {
            ui::Page *page = ws.modulePage(m->key);
            QVERIFY2(page, qPrintable(m->key));
            QCOMPARE(ws.page(index++), page);
        }
    }

    void everyModuleOpensItsPage()
    {
        ui::Workspace ws(*m_session);
        for (const modules::ModuleInfo *m : modules::all()) {
            ws.setCurrentIndex(0);
            ws.open({m->key, 0, QString()});
            QCOMPARE(ws.currentPage(), ws.modulePage(m->key));
        }
        // An unknown module changes nothing.
        ws.setCurrentIndex(0);
        ws.open({QStringLiteral("nonsense"), 1, QString()});
        QCOMPARE(ws.currentIndex(), 0);
    }

    // The assets page asks for an asset's patches: the patches page opens
    // filtered to that asset, through the registry's request, not a switch.
    void aPageAsksForAnotherModulesRecord()
    {
        ui::Workspace ws(*m_session);
        auto *assets = qobject_cast<ui::AssetsPage *>(ws.modulePage(modules::key::Assets));
        auto *patches = qobject_cast<ui::PatchesPage *>(ws.modulePage(modules::key::Patches));
        QVERIFY(assets && patches);
        const auto all = store::AssetRepository(m_session->vault().database()).all();
        QVERIFY(all && !all->isEmpty());
        emit assets->patchesRequested(all->front().id);
        QCOMPARE(ws.currentPage(), patches);
    }

    // The unlock waits only for the page in front: the others read their
    // data when first opened, and then show what the vault holds by then.
    void onlyThePageShownReadsAtTheUnlock()
    {
        settings::currentPage.set(0);
        ui::Workspace ws(*m_session);
        ws.resize(1100, 720);
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        auto *dashboard = ws.modulePage(modules::key::Dashboard);
        auto *assets = qobject_cast<ui::AssetsPage *>(ws.modulePage(modules::key::Assets));
        QVERIFY(dashboard && assets);
        QVERIFY(!dashboard->waitingToLoad());
        for (int i = 1; i < ws.pageCount(); ++i)
            QVERIFY2(ws.page(i)->waitingToLoad(), qPrintable(ws.page(i)->title()));
        QCOMPARE(assets->model()->rowCount(), 0);

        // A write while it waits is in what it reads.
        store::Database &db = m_session->vault().database();
        domain::Asset added;
        added.name = QStringLiteral("待機中に追加した資産");
        QVERIFY(store::AssetRepository(db).insert(added));
        db.publishNow();
        QCoreApplication::processEvents();
        QCOMPARE(assets->model()->rowCount(), 0);

        ws.open({modules::key::Assets, 0, QString()});
        QVERIFY(!assets->waitingToLoad());
        const auto all = store::AssetRepository(db).all();
        QVERIFY(all);
        QCOMPARE(assets->model()->rowCount(), int(all->size()));
        QVERIFY(assets->model()->rowCount() > 0);

        // A page made alone (a dialog, a test) reads at once.
        QUndoStack undo;
        ui::AssetsPage alone(db, undo);
        QVERIFY(!alone.waitingToLoad());
        QCOMPARE(alone.model()->rowCount(), int(all->size()));
    }

    // Opening a place in a workspace that is not shown still reads the page.
    void openingReadsAHiddenWorkspacesPage()
    {
        settings::currentPage.set(0);
        ui::Workspace ws(*m_session);
        auto *assets = qobject_cast<ui::AssetsPage *>(ws.modulePage(modules::key::Assets));
        QVERIFY(assets->waitingToLoad());
        ws.setCurrentIndex(ws.indexOf(assets));
        QVERIFY(!assets->waitingToLoad());
        QVERIFY(assets->model()->rowCount() > 0);
    }

    // A 1280×720 screen at 150 % leaves 853×480 logical pixels: no page
    // may make the workspace need more (a page larger than that scrolls).
    void everyPageFitsASmallScreen()
    {
        ui::Workspace ws(*m_session);
        ws.resize(1100, 720);
        ws.show();
        for (int i = 0; i < ws.pageCount(); ++i) {
            ws.setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QSize need = ws.minimumSizeHint();
            QVERIFY2(need.width() <= 800 && need.height() <= 420,
                     qPrintable(QStringLiteral("%1 needs %2×%3")
                                    .arg(ws.page(i)->title())
                                    .arg(need.width())
                                    .arg(need.height())));
        }
    }

    // A language switch reaches every page (their retranslate() through
    // followLanguage()): headings, form labels and the navigation's titles.
    void everyPageFollowsTheLanguage()
    {
        i18n::applyLanguage(QStringLiteral("en"));
        ui::Workspace ws(*m_session);
        const auto heading = [&ws](int i) {
            const auto *label = ws.page(i)->findChild<QLabel *>(QStringLiteral("pageHeading"));
            return label ? label->text() : QString();
        };
        const auto nameLabel = [&ws] {
            const auto *name = ws.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            for (const QLabel *label : ws.findChildren<QLabel *>())
                if (name && label->buddy() == name)
                    return label->text();
            return QString();
        };
        QStringList english;
        for (int i = 0; i < ws.pageCount(); ++i)
            english << heading(i);
        QCOMPARE(nameLabel(), QStringLiteral("&Name:"));
        i18n::applyLanguage(QStringLiteral("ja"));
        QTRY_VERIFY(nameLabel() != QStringLiteral("&Name:"));
        auto *nav = ws.findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; i < ws.pageCount(); ++i) {
            QTRY_COMPARE(nav->item(i)->text(), ws.page(i)->title());
            if (!english.at(i).isEmpty())
                QVERIFY2(heading(i) != english.at(i), qPrintable(english.at(i)));
        }
        i18n::applyLanguage(QStringLiteral("en"));
        QTRY_COMPARE(nameLabel(), QStringLiteral("&Name:"));
    }

    // After a switch to Japanese, no label, button or group box of any page
    // still says what it said in English: a text set once and never again
    // (a widget left out of retranslate(), or made without sayingText()) shows.
    void noWidgetKeepsItsEnglishText()
    {
        i18n::applyLanguage(QStringLiteral("en"));
        ui::Workspace ws(*m_session);
        for (int i = 0; i < ws.pageCount(); ++i)
            ws.page(i)->ensureLoaded();
        const auto textOf = [](const QWidget *w) {
            if (const auto *label = qobject_cast<const QLabel *>(w))
                return label->text();
            if (const auto *button = qobject_cast<const QAbstractButton *>(w))
                return button->text();
            if (const auto *box = qobject_cast<const QGroupBox *>(w))
                return box->title();
            return QString();
        };
        // Texts with a word of three letters or more; numbers, dates and
        // paths have none or are the data's.
        static const QRegularExpression words(QStringLiteral("\\b[A-Za-z]{3,}\\b"));
        QVector<QPair<QPointer<QWidget>, QString>> english;
        for (QWidget *w : ws.findChildren<QWidget *>()) {
            const QString text = textOf(w);
            if (words.match(text).hasMatch() && !text.contains(QLatin1Char('/')))
                english.append({w, text});
        }
        QVERIFY(english.size() > 100);
        i18n::applyLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QStringList kept;
        for (const auto &[widget, text] : std::as_const(english))
            if (widget && textOf(widget) == text)
                kept << QStringLiteral("%1: %2").arg(widget->objectName(), text);
        i18n::applyLanguage(QStringLiteral("en"));
        QVERIFY2(kept.isEmpty(), qPrintable(kept.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::VaultSession> m_session;
};

QTEST_MAIN(TestUiWorkspace)
#include "tst_ui_workspace.moc"
