// Importing the people list through the window (headless): the Import…
// button and a dropped file open the preview dialog, which shows what each
// row becomes and every row it leaves out; the import is one undo step.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "pages/PeopleImportDialog.h"
#include "pages/PeopleModel.h"
#include "pages/PeoplePanel.h"
#include "pages/PersonDialog.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

using namespace kamae;
using organisation::PersonField;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KAMAE_TEST_DATA "/people/") + QLatin1String(name);
}

} // namespace

class TestUiPeople : public QObject
{
    Q_OBJECT

    std::unique_ptr<store::Database> m_db;

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_people");
        i18n::applyLanguage(QStringLiteral("en"));
        clock::setFixedNow(QDateTime(QDate(2026, 12, 2), QTime(1, 0), QTimeZone::utc()));
    }
    void cleanupTestCase() { clock::reset(); }

    void init()
    {
        QSettings().clear();
        auto db = store::Database::createEmpty();
        QVERIFY(db && store::migrate(*db.value()));
        m_db = std::move(db.value());
    }

    // The XLSX export updates an entry typed in Kamae and adds the others;
    // the preview says which; undo and redo take the whole import.
    void importUpdatesAndAdds()
    {
        domain::Person suzuki;
        suzuki.name = QStringLiteral("鈴木 花子");
        suzuki.notes = QStringLiteral("typed in Kamae");
        QVERIFY(store::PeopleRepository(*m_db).insert(suzuki));
        QUndoStack undo;
        ui::PeoplePanel panel(*m_db, undo);
        panel.show();
        QCOMPARE(panel.model()->rowCount(), 1);
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("importPeopleButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("&Import…"));

        bool checked = false;
        test::onNextModal([&](QWidget *dialog) {
            QVERIFY(qobject_cast<ui::PeopleImportDialog *>(dialog));
            auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
            QCOMPARE(mapping->rowCount(), 9);
            // 社員番号 is not guessed; 氏名 is the name.
            QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(0, 2))->currentIndex(), 0);
            QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(1, 2))->currentText(),
                     organisation::personFieldLabel(PersonField::Name));
            auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("previewTable"));
            QCOMPARE(preview->rowCount(), 4);
            QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("New entry"));
            QVERIFY2(preview->item(1, 1)->text().startsWith(QStringLiteral("Updates “鈴木 花子”")),
                     qPrintable(preview->item(1, 1)->text()));
            auto *unmapped = dialog->findChild<QLabel *>(QStringLiteral("unmappedLabel"));
            QVERIFY(unmapped->text().contains(QStringLiteral("社員番号")));
            auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
            QVERIFY2(summary->text().contains(QStringLiteral("3 new")),
                     qPrintable(summary->text()));
            auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
            QVERIFY(import->isEnabled());
            checked = true;
            QTest::mouseClick(import, Qt::LeftButton);
        });
        panel.importFile(fixture("staff_update.xlsx"));
        QVERIFY(checked);
        QCOMPARE(panel.model()->rowCount(), 4);
        const auto people = store::PeopleRepository(*m_db).all();
        QVERIFY(people);
        const domain::Person *updated = domain::findPersonByName(people.value(), suzuki.name);
        QVERIFY(updated);
        QCOMPARE(updated->left, QDate(2026, 9, 30));
        QCOMPARE(updated->notes, QStringLiteral("typed in Kamae"));
        QVERIFY(panel.messageBar()->text().contains(QStringLiteral("3 added, 1 updated")));

        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(panel.model()->rowCount(), 1);
        QVERIFY(!store::PeopleRepository(*m_db).all()->first().left.isValid());
        undo.redo();
        QCOMPARE(panel.model()->rowCount(), 4);
    }

    // Bad rows are listed with their lines and left out; without a name
    // column nothing can be imported.
    void badRowsAreListedAndLeftOut()
    {
        QUndoStack undo;
        ui::PeoplePanel panel(*m_db, undo);
        bool checked = false;
        test::onNextModal([&](QWidget *dialog) {
            auto *errors = dialog->findChild<QListWidget *>(QStringLiteral("errorList"));
            QCOMPARE(errors->count(), 5);
            QVERIFY2(errors->item(0)->text().startsWith(QStringLiteral("Line 3: ")),
                     qPrintable(errors->item(0)->text()));
            auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
            QVERIFY(import->isEnabled());
            QVERIFY2(import->text().contains(QStringLiteral("good")), qPrintable(import->text()));
            auto *people = qobject_cast<ui::PeopleImportDialog *>(dialog);
            people->setColumnField(0, std::nullopt);
            QVERIFY(!import->isEnabled());
            auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
            QVERIFY(summary->text().contains(QStringLiteral("No column is chosen for the name")));
            people->setColumnField(0, PersonField::Name);
            QVERIFY(import->isEnabled());
            checked = true;
            QTest::mouseClick(import, Qt::LeftButton);
        });
        panel.importFile(fixture("staff_utf8_bom.csv"));
        QVERIFY(checked);
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->people().first().name, QStringLiteral("Ito Ken"));
    }

    // The person dialog's check box (Alt+U) marks someone outside the
    // company; the list says so in a column of its own, sortable, and the
    // change is one undo step.
    void markingSomeoneOutsideTheCompany()
    {
        store::PeopleRepository repository(*m_db);
        domain::Person yamamoto;
        yamamoto.name = QStringLiteral("山本 誠");
        yamamoto.role = QStringLiteral("保守業者");
        QVERIFY(repository.insert(yamamoto));
        domain::Person sato;
        sato.name = QStringLiteral("佐藤 花子");
        QVERIFY(repository.insert(sato));
        domain::Person office;
        office.kind = domain::PersonKind::Department;
        office.name = QStringLiteral("総務部");
        QVERIFY(repository.insert(office));
        QUndoStack undo;
        ui::PeoplePanel panel(*m_db, undo);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView *view = panel.view();
        const int column = ui::PeopleModel::Outside;
        QCOMPARE(panel.model()->headerData(column, Qt::Horizontal).toString(),
                 QStringLiteral("Staff or outside"));
        auto textOf = [&panel, column](const QString &name) {
            const ui::PeopleModel *model = panel.model();
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->people().at(row).name == name)
                    return model->index(row, column).data().toString();
            return QStringLiteral("?");
        };
        QCOMPARE(textOf(yamamoto.name), QStringLiteral("Staff"));
        QCOMPARE(textOf(office.name), QString());

        const int row =
            panel.model()->rowOfId(domain::findPersonByName(*repository.all(), yamamoto.name)->id);
        QSortFilterProxyModel *proxy = panel.proxy();
        view->selectRow(proxy->mapFromSource(panel.model()->index(row, 0)).row());
        bool edited = false;
        test::onNextModal([&](QWidget *w) {
            auto *dialog = dynamic_cast<ui::RecordDialog<domain::Person> *>(w);
            QVERIFY(dialog);
            auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("externalCheck"));
            QVERIFY(box && box->isVisible() && !box->isChecked());
            QCOMPARE(box->text(), QStringLiteral("O&utside the company (not staff)"));
            // A mnemonic reaches the active window only; a loaded machine
            // may not have made the dialog active yet.
            QApplication::setActiveWindow(dialog);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
            QTRY_VERIFY(box->isChecked());
            QVERIFY(dialog->record().external);
            edited = true;
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        panel.findChild<QPushButton *>(QStringLiteral("editPersonButton"))->click();
        QVERIFY(edited);
        QVERIFY(repository.get(domain::findPersonByName(*repository.all(), yamamoto.name)->id)
                    ->external);
        QCOMPARE(textOf(yamamoto.name), QStringLiteral("Outside"));
        QCOMPARE(textOf(sato.name), QStringLiteral("Staff"));

        // Sorted by the column: the department, then "Outside", then "Staff".
        view->sortByColumn(column, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy->rowCount(); ++r)
            order << proxy->index(r, column).data().toString();
        QCOMPARE(order,
                 (QStringList{QString(), QStringLiteral("Outside"), QStringLiteral("Staff")}));

        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(textOf(yamamoto.name), QStringLiteral("Staff"));
        QVERIFY(!domain::findPersonByName(*repository.all(), yamamoto.name)->external);
    }

    // A CSV or XLSX dropped on the list opens the import; another file is refused.
    void droppedFiles()
    {
        QUndoStack undo;
        ui::PeoplePanel panel(*m_db, undo);
        panel.show();
        QVERIFY(panel.acceptDrops());
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("list.txt"));
        QVERIFY(test::writeFile(text, "x"));
        auto drop = [&panel](const QString &path) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QCoreApplication::sendEvent(&panel, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent event(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&panel, &event);
            QVERIFY(event.isAccepted());
        };
        drop(text);
        QTRY_VERIFY2(panel.messageBar()->text().contains(QStringLiteral("list.txt")),
                     qPrintable(panel.messageBar()->text()));
        bool opened = false;
        test::onNextModal([&](QWidget *dialog) {
            opened = qobject_cast<ui::PeopleImportDialog *>(dialog) != nullptr;
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                              Qt::LeftButton);
        });
        drop(fixture("staff_excel_sjis.csv"));
        QTRY_VERIFY(opened);
        QTRY_COMPARE(panel.model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestUiPeople)
#include "tst_ui_people.moc"
