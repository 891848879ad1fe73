// The Assets page driven through its widgets, headless.
#include "TestSupport.h"

#include "assets/AssetFilterProxy.h"
#include "assets/AssetImportDialog.h"
#include "assets/AssetTableModel.h"
#include "assets/AssetsPage.h"
#include "core/Clock.h"
#include "domain/AssetRules.h"
#include "i18n/Language.h"
#include "io/AssetTransfer.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PeopleRepository.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBar.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <functional>

using namespace kamae;
using domain::Asset;
using domain::AssetField;

namespace {

Asset make(const QString &name, const QString &department, domain::AssetKind kind, int c,
           const QDate &reviewed = {})
{
    Asset a;
    a.name = name;
    a.ownerDepartment = department;
    a.kind = kind;
    a.confidentiality = c;
    a.integrity = 1;
    a.availability = 1;
    a.reviewed = reviewed;
    // Registered long ago: the review is due a year after the later of
    // registration and last review (docs/user-guide.md).
    a.registered = clock::today().addYears(-3);
    return a;
}

} // namespace

class TestUiAssets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_assets");
        i18n::applyLanguage(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        m_db = std::move(db.value());
        QVERIFY(store::migrate(*m_db));
        const QDate today = clock::today();
        QVector<Asset> seed = {
            make(QStringLiteral("顧客台帳"), QStringLiteral("営業部"), domain::AssetKind::Data, 3,
                 today),
            make(QStringLiteral("ファイルサーバ"), QStringLiteral("総務部"),
                 domain::AssetKind::Device, 2, today.addMonths(-13)),
            make(QStringLiteral("ＶＰＮ装置"), QStringLiteral("総務部"), domain::AssetKind::Device,
                 3),
            make(QStringLiteral("会計ソフト"), QStringLiteral("経理部"),
                 domain::AssetKind::Software, 1, today),
        };
        QVERIFY(store::AssetRepository(*m_db).insertMany(seed, QStringLiteral("seed")));
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<ui::AssetsPage>(*m_db, *m_undo);
        m_page->resize(1000, 600);
        m_page->show();
    }

    void cleanup()
    {
        while (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        m_page.reset();
        m_undo.reset();
        m_db.reset();
    }

    void modelsAreWellBehaved()
    {
        QAbstractItemModelTester modelTester(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->proxy()->setSearchText(QStringLiteral("サーバ"));
        m_page->proxy()->setSearchText({});
        m_page->view()->sortByColumn(ui::AssetTableModel::columnOf(AssetField::Name),
                                     Qt::DescendingOrder);
        Asset extra =
            make(QStringLiteral("追加"), QStringLiteral("営業部"), domain::AssetKind::Account, 2);
        extra.id = 999;
        m_page->model()->upsert(extra);
        m_page->model()->removeIds({999});
        QCOMPARE(m_page->model()->rowCount(), 4);
    }

    void summaryCountsReviewState()
    {
        auto *summary = m_page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QTRY_VERIFY(summary->text().contains(QStringLiteral("4 assets")));
        QVERIFY(summary->text().contains(QStringLiteral("2 need review")));
        QCOMPARE(m_page->model()->needsReviewCount(), 2);
    }

    void filtersAsYouType()
    {
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTableView *view = m_page->view();
        QTest::keyClicks(search, QStringLiteral("vpn"));
        // Half-width, lower-case typing finds the full-width "ＶＰＮ".
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("ＶＰＮ装置"));
        search->clear();
        QCOMPARE(view->model()->rowCount(), 4);

        auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("kindFilter"));
        kind->setCurrentIndex(1 + int(domain::AssetKind::Device));
        QCOMPARE(view->model()->rowCount(), 2);
        auto *department = m_page->findChild<QComboBox *>(QStringLiteral("departmentFilter"));
        QTRY_COMPARE(department->count(), 4); // all + three departments
        department->setCurrentIndex(department->findText(QStringLiteral("総務部")));
        QCOMPARE(view->model()->rowCount(), 2);
        auto *review = m_page->findChild<QCheckBox *>(QStringLiteral("needsReviewFilter"));
        review->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 2);
        kind->setCurrentIndex(0);
        department->setCurrentIndex(0);
        auto *importance = m_page->findChild<QComboBox *>(QStringLiteral("importanceFilter"));
        importance->setCurrentIndex(importance->findData(3));
        QCOMPARE(view->model()->rowCount(), 1); // VPN: importance 3, never reviewed
        review->setChecked(false);
        QCOMPARE(view->model()->rowCount(), 2);
        auto *summary = m_page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QTRY_VERIFY(summary->text().contains(QStringLiteral("2 shown")));
    }

    void sortsByTypedValues()
    {
        QTableView *view = m_page->view();
        const int c = ui::AssetTableModel::columnOf(AssetField::Confidentiality);
        view->sortByColumn(c, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, c).data().toString(), QStringLiteral("3"));
        QCOMPARE(view->model()->index(3, c).data().toString(), QStringLiteral("1"));
        const int reviewed = ui::AssetTableModel::columnOf(AssetField::Reviewed);
        view->sortByColumn(reviewed, Qt::AscendingOrder);
        QCOMPARE(view->model()->index(0, reviewed).data().toString(), QStringLiteral("Never"));
        // Sorting keeps the selection on the same asset.
        view->selectRow(0);
        const qint64 id = view->model()->index(0, 0).data(ui::AssetTableModel::IdRole).toLongLong();
        view->sortByColumn(reviewed, Qt::DescendingOrder);
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(ui::AssetTableModel::IdRole).toLongLong(), id);
    }

    void addEditDeleteWithUndo()
    {
        store::AssetRepository repo(*m_db);
        // Add through the editor.
        test::onNextModal([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("AssetEditorDialog"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            // An empty name is refused in the dialog.
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                ->setText(QStringLiteral("給与データ"));
            dialog->findChild<QComboBox *>(QStringLiteral("personalCombo"))
                ->setCurrentIndex(int(domain::PersonalData::MyNumber));
            auto *derived = dialog->findChild<QLabel *>(QStringLiteral("derivedLabel"));
            QVERIFY2(derived->text().contains(QStringLiteral("Importance: 3")),
                     qPrintable(derived->text()));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addButton")),
                          Qt::LeftButton);
        QCOMPARE(repo.count(), 5);
        QCOMPARE(m_page->model()->rowCount(), 5);
        const auto added = repo.all()->last();
        QCOMPARE(added.name, QStringLiteral("給与データ"));
        QCOMPARE(domain::importance(added), 3);
        // The new row is selected: Enter edits it.
        QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 1);
        test::onNextModal([](QWidget *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("locationEdit"))
                ->setText(QStringLiteral("給与ソフト"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QCOMPARE(repo.get(added.id)->location, QStringLiteral("給与ソフト"));
        QCOMPARE(store::AuditLog(*m_db).recent(1).first().field, QStringLiteral("location"));

        // Delete asks first; "No" keeps it.
        test::onNextModal([](QWidget *box) {
            QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::No),
                              Qt::LeftButton);
        });
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QCOMPARE(repo.count(), 5);
        test::onNextModal([](QWidget *box) {
            QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes),
                              Qt::LeftButton);
        });
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QCOMPARE(repo.count(), 4);
        QCOMPARE(m_page->model()->rowCount(), 4);

        // Undo: the deleted asset returns with its id and its edit.
        m_undo->undo();
        QCOMPARE(repo.get(added.id)->location, QStringLiteral("給与ソフト"));
        QCOMPARE(m_page->model()->rowOfId(added.id) >= 0, true);
        m_undo->undo(); // the edit
        QCOMPARE(repo.get(added.id)->location, QString());
        m_undo->undo(); // the add
        QCOMPARE(repo.count(), 4);
        QCOMPARE(m_page->model()->rowOfId(added.id), -1);
        m_undo->redo();
        QCOMPARE(repo.count(), 5);
        QCOMPARE(repo.get(added.id)->name, QStringLiteral("給与データ"));
    }

    // The owner is chosen from the people list; a name not in the list is
    // refused in the dialog; undo puts the previous owner back.
    void chooseAnOwnerInTheEditor()
    {
        store::PeopleRepository people(*m_db);
        domain::Person sato;
        sato.name = QStringLiteral("佐藤 花子");
        sato.department = QStringLiteral("総務部");
        const auto satoId = people.insert(sato);
        QVERIFY(satoId);
        domain::Person dept;
        dept.kind = domain::PersonKind::Department;
        dept.name = QStringLiteral("営業部");
        QVERIFY(people.insert(dept));
        store::AssetRepository repo(*m_db);
        const qint64 id = repo.all()->first().id;
        QCOMPARE(repo.get(id)->ownerId, 0);
        m_page->view()->selectRow(
            m_page->proxy()
                ->mapFromSource(m_page->model()->index(m_page->model()->rowOfId(id), 0))
                .row());
        test::onNextModal([](QWidget *dialog) {
            auto *owner = dialog->findChild<QComboBox *>(QStringLiteral("ownerCombo"));
            QVERIFY(owner);
            QVERIFY(owner->isEditable());
            QCOMPARE(owner->count(), 3); // not assigned, 営業部, 佐藤 花子
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            owner->setEditText(QStringLiteral("誰か"));
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("誰か")), qPrintable(error->text()));
            owner->setEditText(QStringLiteral("佐藤 花子"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QCOMPARE(repo.get(id)->ownerId, *satoId);
        QCOMPARE(store::AuditLog(*m_db).recent(1).first().field, QStringLiteral("owner_id"));
        m_undo->undo();
        QCOMPARE(repo.get(id)->ownerId, 0);
        m_undo->redo();
        QCOMPARE(repo.get(id)->ownerId, *satoId);
    }

    void duplicateAndMarkReviewed()
    {
        store::AssetRepository repo(*m_db);
        QTableView *view = m_page->view();
        view->selectAll();
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("reviewButton")),
                          Qt::LeftButton);
        for (const Asset &a : repo.all().value())
            QCOMPARE(a.reviewed, clock::today());
        QCOMPARE(m_page->model()->needsReviewCount(), 0);
        m_undo->undo();
        QCOMPARE(m_page->model()->needsReviewCount(), 2);
        int never = 0;
        for (const Asset &a : repo.all().value())
            never += a.reviewed.isValid() ? 0 : 1;
        QCOMPARE(never, 1);

        view->clearSelection();
        view->selectRow(0);
        const QString name = view->model()->index(0, 1).data().toString();
        // Shortcuts need an active window with the focus inside the page.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(repo.count(), 5);
        QCOMPARE(repo.all()->last().name, name + QStringLiteral(" (copy)"));
        QVERIFY(!repo.all()->last().reviewed.isValid());
        // The copy is registered today: not due for review for a year.
        QCOMPARE(repo.all()->last().registered, clock::today());
        QCOMPARE(m_page->model()->needsReviewCount(), 2);
    }

    void importShowsMappingPreviewAndErrors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("台帳.csv"));
        QStringEncoder sjis("windows-31j");
        QVERIFY(test::writeFile(
            path, sjis.encode(QStringLiteral("業務分類,情報資産名称,管理部署,機密性,メモ\r\n"
                                             "営業,見積書,営業部,2,紙\r\n"
                                             "人事,健康診断結果,総務部,5,\r\n"
                                             ",,,,\r\n"
                                             "経理,請求書,総務部,,\r\n"))));
        bool checked = false;
        test::onNextModal([&](QWidget *dialog) {
            auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
            auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
            QCOMPARE(mapping->rowCount(), 5);
            QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(1, 2))->currentText(),
                     domain::AssetFieldText::label(AssetField::Name));
            // The unknown "メモ" column is ignored, not guessed.
            QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(4, 2))->currentIndex(), 0);
            auto *errors = dialog->findChild<QListWidget *>(QStringLiteral("errorList"));
            QCOMPARE(errors->count(), 1);
            QVERIFY2(errors->item(0)->text().startsWith(QStringLiteral("Line 3:")),
                     qPrintable(errors->item(0)->text()));
            auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("previewTable"));
            QCOMPARE(preview->rowCount(), 2);
            QVERIFY(import->isEnabled());
            QVERIFY(import->text().contains(QStringLiteral("2")));

            // Without a name column nothing can be imported.
            auto *importDialog = qobject_cast<ui::AssetImportDialog *>(dialog);
            importDialog->setColumnField(1, std::nullopt);
            QVERIFY(!import->isEnabled());
            importDialog->setColumnField(1, AssetField::Name);
            importDialog->setColumnField(4, AssetField::Notes);
            QVERIFY(import->isEnabled());
            checked = true;
            QTest::mouseClick(import, Qt::LeftButton);
        });
        m_page->importFile(path);
        QVERIFY(checked);
        store::AssetRepository repo(*m_db);
        QCOMPARE(repo.count(), 6);
        QCOMPARE(repo.all()->at(4).notes, QStringLiteral("紙"));
        QCOMPARE(m_page->model()->rowCount(), 6);
        m_undo->undo();
        QCOMPARE(repo.count(), 4);
        QCOMPARE(m_page->model()->rowCount(), 4);
    }

    void importNamesUnmappedColumnsAndSkipsDuplicates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("again.csv"));
        QVERIFY(test::writeFile(path, QStringLiteral("情報資産名称,担当者,特定個人情報\r\n"
                                                     "顧客台帳,山田,\r\n"
                                                     "源泉徴収票,鈴木,○\r\n")
                                          .toUtf8()));
        bool checked = false;
        test::onNextModal([&](QWidget *dialog) {
            auto *unmapped = dialog->findChild<QLabel *>(QStringLiteral("unmappedLabel"));
            QVERIFY(unmapped);
            QVERIFY(unmapped->isVisible());
            QVERIFY2(unmapped->text().contains(QStringLiteral("担当者")),
                     qPrintable(unmapped->text()));
            // The My Number column is recognised as a yes/no column.
            auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("mappingTable"));
            QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(2, 2))->currentText(),
                     QStringLiteral("My Number data (yes/no)"));
            auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
            QVERIFY2(summary->text().contains(QStringLiteral("line 2 “顧客台帳”")),
                     qPrintable(summary->text()));
            auto *skip = dialog->findChild<QCheckBox *>(QStringLiteral("skipDuplicatesCheck"));
            QVERIFY(skip);
            QVERIFY(skip->isVisible());
            QVERIFY(skip->isChecked());
            auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
            QVERIFY2(import->text().contains(QStringLiteral("1")), qPrintable(import->text()));
            skip->setChecked(false);
            QVERIFY2(import->text().contains(QStringLiteral("2")), qPrintable(import->text()));
            skip->setChecked(true);
            checked = true;
            QTest::mouseClick(import, Qt::LeftButton);
        });
        m_page->importFile(path);
        QVERIFY(checked);
        store::AssetRepository repo(*m_db);
        QCOMPARE(repo.count(), 5);
        const Asset added = repo.all()->at(4);
        QCOMPARE(added.name, QStringLiteral("源泉徴収票"));
        QCOMPARE(added.personalData, domain::PersonalData::MyNumber);
    }

    void importOfAnUnreadableFileSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.csv"));
        QVERIFY(test::writeFile(path, "name,notes\n\"never closed,x\n"));
        test::onNextModal([](QWidget *dialog) {
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("readError"));
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("2")), qPrintable(error->text()));
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
            qobject_cast<QDialog *>(dialog)->reject();
        });
        m_page->importFile(path);
        QCOMPARE(store::AssetRepository(*m_db).count(), 4);
    }

    void exportWritesTheRowsShown()
    {
        QTemporaryDir dir;
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("総務部"));
        QCOMPARE(m_page->view()->model()->rowCount(), 2);
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(m_page->exportFile(path, io::TextEncoding::ShiftJis));
        const auto table = io::readTableFile(path);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->rowCount(), 2);
        const auto plan =
            io::planAssetImport(table.value(), io::guessAssetMapping(table->header), {});
        QCOMPARE(plan.assets.size(), 2);
        QCOMPARE(plan.assets.at(0).ownerDepartment, QStringLiteral("総務部"));
    }

    void followsALanguageSwitch()
    {
        const int kind = ui::AssetTableModel::columnOf(AssetField::Kind);
        QCOMPARE(m_page->model()->headerData(kind, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Kind"));
        i18n::applyLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QCOMPARE(m_page->model()->headerData(kind, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("種別"));
        QCOMPARE(m_page->title(), QStringLiteral("情報資産"));
        // Searching finds the Japanese name of a kind once the UI speaks it.
        m_page->proxy()->setSearchText(QStringLiteral("ソフトウェア"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        i18n::applyLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        m_page->proxy()->setSearchText(QStringLiteral("software"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
    }

    // Columns fitted to Japanese titles widen for the longer English ones
    // ("業務分類" → "Business area"): no title is cut after a switch.
    void noColumnTitleIsClippedAfterALanguageSwitch()
    {
        i18n::applyLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        m_page->reload();
        QHeaderView *header = m_page->view()->horizontalHeader();
        for (int c = 0; c < header->count(); ++c)
            if (!header->isSectionHidden(c))
                header->resizeSection(c, header->sectionSizeHint(c));
        i18n::applyLanguage(QStringLiteral("en"));
        QTest::qWait(20);
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                     qPrintable(m_page->model()
                                    ->headerData(c, Qt::Horizontal, Qt::DisplayRole)
                                    .toString()));
        }
    }

    void columnChoiceIsRemembered()
    {
        QHeaderView *header = m_page->view()->horizontalHeader();
        const int notes = ui::AssetTableModel::columnOf(AssetField::Notes);
        const int location = ui::AssetTableModel::columnOf(AssetField::Location);
        QVERIFY(header->isSectionHidden(notes));
        QVERIFY(!header->isSectionHidden(location));
        header->setSectionHidden(location, true);
        header->setSectionHidden(notes, false);
        m_page.reset(); // saves on the way out
        ui::AssetsPage again(*m_db, *m_undo);
        QHeaderView *restored = again.view()->horizontalHeader();
        QVERIFY(restored->isSectionHidden(location));
        QVERIFY(!restored->isSectionHidden(notes));
    }

    // Issue 16: the page's guidance when the register is empty or the
    // filters hide every asset.
    void emptyRegisterGuidesAndFilteredSaysSo()
    {
        ui::EmptyState *empty = m_page->emptyState();
        QVERIFY(empty);
        QCOMPARE(empty->state(), ui::EmptyState::State::Hidden);
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("no such asset"));
        QTRY_COMPARE(m_page->proxy()->rowCount(), 0);
        QCOMPARE(empty->state(), ui::EmptyState::State::Filtered);
        QVERIFY(empty->isVisible());
        QTest::mouseClick(empty->findChild<QPushButton *>(QStringLiteral("clearFiltersButton")),
                          Qt::LeftButton);
        QVERIFY(search->text().isEmpty());
        QTRY_COMPARE(m_page->proxy()->rowCount(), 4);
        QCOMPARE(empty->state(), ui::EmptyState::State::Hidden);

        store::AssetRepository repo(*m_db);
        QVector<qint64> ids;
        for (const Asset &a : repo.all().value())
            ids << a.id;
        QVERIFY(repo.remove(ids));
        m_page->reload();
        QCOMPARE(empty->state(), ui::EmptyState::State::Empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No assets yet"));
        QVERIFY(empty->findChild<QPushButton *>(QStringLiteral("emptyImportButton"))->isVisible());
        auto *add = empty->findChild<QPushButton *>(QStringLiteral("emptyAddButton"));
        QVERIFY(add->isVisible());
        bool opened = false;
        test::onNextModal([&opened](QWidget *dialog) {
            opened = dialog->objectName() == QStringLiteral("AssetEditorDialog");
            dialog->close();
        });
        QTRY_VERIFY(add->height() > 0); // laid out
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(opened);
    }

    void droppingASpreadsheetImportsIt()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("dropped.csv"));
        const QString pdf = dir.filePath(QStringLiteral("manual.pdf"));
        QVERIFY(test::writeFile(csv, QStringLiteral("情報資産名称,利用者\r\n給与明細,総務部\r\n")
                                         .toUtf8()));
        QVERIFY(test::writeFile(pdf, QByteArray("%PDF-1.4")));
        QVERIFY(m_page->acceptDrops());
        bool imported = false;
        test::onNextModal([&imported](QWidget *dialog) {
            imported = qobject_cast<ui::AssetImportDialog *>(dialog) != nullptr;
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                              Qt::LeftButton);
        });
        drop({csv});
        QTRY_VERIFY(imported);
        store::AssetRepository repo(*m_db);
        QCOMPARE(repo.count(), 5);

        // Anything else is refused, saying what the page takes.
        drop({pdf});
        QTRY_VERIFY(m_page->messageBar()->isVisible());
        QCOMPARE(m_page->messageBar()->level(), ui::MessageBar::Level::Warning);
        QVERIFY2(m_page->messageBar()->text().contains(QStringLiteral("manual.pdf")),
                 qPrintable(m_page->messageBar()->text()));
        QVERIFY(m_page->messageBar()->text().contains(QStringLiteral(".xlsx")));
        QCOMPARE(repo.count(), 5);
    }

    void markingReviewedSaysWhenTheAssetLeavesTheFilter()
    {
        m_page->showNeedingReview();
        const int before = m_page->proxy()->rowCount();
        QVERIFY(before >= 1);
        QVERIFY(!m_page->messageBar()->isVisible());
        m_page->view()->selectRow(0);
        m_page->markSelectedReviewed();
        QCOMPARE(m_page->proxy()->rowCount(), before - 1);
        QVERIFY(m_page->messageBar()->isVisible());
        QVERIFY2(m_page->messageBar()->text().contains(QStringLiteral("no longer match")),
                 qPrintable(m_page->messageBar()->text()));
        // Its button clears the filters.
        QTest::mouseClick(
            m_page->messageBar()->findChild<QPushButton *>(QStringLiteral("messageAction")),
            Qt::LeftButton);
        QTRY_COMPARE(m_page->proxy()->rowCount(), 4);
    }

    // A write made elsewhere (the command line's code, another page) reaches
    // the table as the rows it changed: the row is updated in place, the
    // model is not reset (a register of 100,000 is not read again).
    void changesElsewhereUpdateOnlyTheirRows()
    {
        // The seed's burst (the schema and the first rows) is delivered first.
        QCoreApplication::processEvents();
        QTRY_VERIFY(!m_page->reloadPending());
        QCOMPARE(m_page->model()->rowCount(), 4);
        QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_page->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_page->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_page->model(), &QAbstractItemModel::rowsRemoved);
        store::AssetRepository repo(*m_db);
        const auto all = repo.all();
        QVERIFY(all && all->size() == 4);
        Asset renamed = all->at(1);
        renamed.name = QStringLiteral("NAS（総務）");
        QVERIFY(repo.update(renamed));
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY(resets.isEmpty());
        bool found = false;
        for (int r = 0; r < m_page->model()->rowCount(); ++r)
            found = found || m_page->model()->assetAt(r).name == renamed.name;
        QVERIFY(found);

        Asset added = all->at(0);
        added.id = 0;
        added.name = QStringLiteral("新しいノートPC");
        QVERIFY(repo.insert(added));
        QTRY_COMPARE(m_page->model()->rowCount(), 5);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(repo.remove({all->at(3).id}));
        QTRY_COMPARE(m_page->model()->rowCount(), 4);
        QCOMPARE(removed.size(), 1);
        QVERIFY(resets.isEmpty());
    }

    void contextMenuOffersTheAssetActions()
    {
        m_page->view()->selectRow(0);
        std::unique_ptr<QMenu> menu(
            m_page->tableActions()->contextMenu(m_page->view(), m_page.get()));
        QStringList names;
        for (const QAction *a : menu->actions())
            if (!a->isSeparator())
                names << a->text();
        QCOMPARE(names, QStringList({QStringLiteral("&New…"), QStringLiteral("&Edit…"),
                                     QStringLiteral("&Delete…"), QStringLiteral("D&uplicate"),
                                     QStringLiteral("Mark &reviewed"), QStringLiteral("&Patches"),
                                     QStringLiteral("E&xport…")}));
    }

private:
    void drop(const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls << QUrl::fromLocalFile(p);
        mime.setUrls(urls);
        const QPoint at = m_page->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &dropped);
        QVERIFY(dropped.isAccepted());
    }

    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::AssetsPage> m_page;
};

QTEST_MAIN(TestUiAssets)
#include "tst_ui_assets.moc"
