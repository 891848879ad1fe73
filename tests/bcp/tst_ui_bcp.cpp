// The BCP page (issue 18) driven through its widgets, headless: a prose
// section typed and saved (merged into one undo step), filled from a
// template; a core business added in the real dialog with a linked asset,
// the finding that appears on the Checks tab and opens the asset; undo; a
// version published with an approver, listed and compared with the draft.
#include "TestSupport.h"

#include "bcp/BcpBusinessDialog.h"
#include "bcp/BcpChecks.h"
#include "bcp/BcpChecksPanel.h"
#include "bcp/BcpHistoryPanel.h"
#include "bcp/BcpPage.h"
#include "bcp/BcpPlanPanel.h"
#include "bcp/BcpRepository.h"
#include "bcp/BcpRowsEditor.h"
#include "core/Clock.h"
#include "i18n/Language.h"
#include "modules/Keys.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"
#include "widgets/EmptyState.h"
#include "widgets/ListPanel.h"
#include "widgets/ListTableModel.h"
#include "widgets/MessageBar.h"
#include "widgets/OwnerCombo.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

using namespace kamae;

namespace {

const QDate kToday(2026, 11, 22);

void clickOk(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

// Answers the next question box with `button`.
void answerNextBox(QMessageBox::StandardButton button)
{
    test::onNextModal([button](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        box->button(button)->click();
    });
}

QString errorLine(QWidget *dialog)
{
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    return error && error->isVisible() ? error->text() : QString();
}

} // namespace

class TestUiBcp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_bcp");
        i18n::applyLanguage(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        clock::setFixedNow(QDateTime(kToday, QTime(10, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone::utc());
        auto db = store::Database::createEmpty();
        QVERIFY(db);
        m_db = std::move(db.value());
        QVERIFY(store::migrate(*m_db));
        domain::Person suzuki;
        suzuki.name = QStringLiteral("鈴木 一郎");
        m_suzuki = *store::PeopleRepository(*m_db).insert(suzuki);
        domain::Asset server;
        server.name = QStringLiteral("販売管理サーバ");
        m_server = *store::AssetRepository(*m_db).insert(server);
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<ui::BcpPage>(*m_db, *m_undo);
        m_page->resize(1100, 700);
        m_page->show();
        QCoreApplication::processEvents();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->businesses()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_undo.reset();
        m_db.reset();
        clock::reset();
    }

    void editsAProseSectionInOneUndoStep()
    {
        m_page->tabs()->setCurrentIndex(ui::BcpPage::PlanTab);
        ui::BcpSectionEditor *policy = m_page->planPanel()->section(domain::bcpsection::Policy);
        QVERIFY(policy);
        QTest::keyClicks(policy->editor(), QStringLiteral("We keep serving our customers."));
        policy->flush();
        QTest::keyClicks(policy->editor(), QStringLiteral(" Safety first."));
        policy->flush();
        auto plan = store::BcpRepository(*m_db).plan();
        QVERIFY(plan);
        QVERIFY(plan->sections.value(domain::bcpsection::Policy)
                    .contains(QStringLiteral("Safety first.")));
        QCOMPARE(m_undo->count(), 1); // typing merges into one step
        QVERIFY(bcp::plainText(m_page->plan().sections.value(domain::bcpsection::Policy))
                    .contains(QStringLiteral("serving")));
        // Saved text stays as typed: the reload does not reset the editor.
        QVERIFY(policy->editor()->toPlainText().endsWith(QStringLiteral("Safety first.")));
        // Fill the emergency card from the template, then undo both.
        ui::BcpSectionEditor *card = m_page->planPanel()->section(domain::bcpsection::Card);
        QVERIFY(card->templateButton()->isVisible());
        card->templateButton()->click();
        QVERIFY(card->editor()->toPlainText().contains(QStringLiteral("171")));
        QVERIFY(!store::BcpRepository(*m_db)
                     .plan()
                     ->sections.value(domain::bcpsection::Card)
                     .isEmpty());
        QVERIFY(!m_page->planPanel()
                     ->section(domain::bcpsection::Response)
                     ->templateButton()
                     ->isVisibleTo(m_page.get()));
        m_undo->undo();
        QVERIFY(card->editor()->toPlainText().isEmpty());
        m_undo->undo();
        QVERIFY(store::BcpRepository(*m_db)
                    .plan()
                    ->sections.value(domain::bcpsection::Policy)
                    .isEmpty());
        QVERIFY(policy->editor()->toPlainText().isEmpty());
    }

    void addsACoreBusinessAndSeesItsFinding()
    {
        m_page->tabs()->setCurrentIndex(ui::BcpPage::BusinessesTab);
        QCOMPARE(m_page->emptyState()->state(), ui::EmptyState::State::Empty);
        test::onNextModal([this](QWidget *w) {
            auto *dialog = qobject_cast<ui::BcpBusinessDialog *>(w);
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                ->setText(QStringLiteral("受注・出荷"));
            dialog->findChild<QSpinBox *>(QStringLiteral("rtoEdit"))->setValue(4);
            dialog->findChild<QSpinBox *>(QStringLiteral("rpoEdit"))->setValue(24);
            dialog->findChild<QSpinBox *>(QStringLiteral("maxOutageEdit"))->setValue(48);
            dialog->assetsEditor()->addButton()->click();
            QCOMPARE(dialog->assetsEditor()->rowCount(), 1);
            dialog->assetsEditor()->table()->item(0, 1)->setText(
                QStringLiteral("受注データベース"));
            clickOk(dialog);
        });
        // Insert on the table is the standard New action.
        m_page->businesses()->view()->setFocus();
        m_page->standardAction(ui::StandardAction::New)->trigger();
        auto plan = store::BcpRepository(*m_db).plan();
        QVERIFY(plan);
        QCOMPARE(plan->businesses.size(), 1);
        QCOMPARE(plan->businesses.at(0).assets.size(), 1);
        QCOMPARE(plan->businesses.at(0).assets.at(0).assetId, m_server);
        QCOMPARE(plan->businesses.at(0).assets.at(0).role, QStringLiteral("受注データベース"));
        QCOMPARE(m_page->emptyState()->state(), ui::EmptyState::State::Hidden);
        ui::ListTableModel *model = m_page->businesses()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("4 h"));
        QCOMPARE(model->index(0, 5).data().toString(), QStringLiteral("1"));
        QVERIFY(model->index(0, 6).data().toString().contains(QStringLiteral("finding")));
        QCOMPARE(m_page->businesses()->currentId(), plan->businesses.at(0).id);

        // The Checks tab says the asset is not backed up, and opens it.
        ui::BcpChecksPanel *checks = m_page->checksPanel();
        int row = -1;
        for (int i = 0; i < checks->list()->count(); ++i) {
            checks->list()->setCurrentRow(i);
            if (const bcp::Finding *f = checks->current();
                f && f->kind == bcp::FindingKind::AssetNotBackedUp)
                row = i;
        }
        QVERIFY(row >= 0);
        checks->list()->setCurrentRow(row);
        QVERIFY(checks->list()->currentItem()->text().contains(QStringLiteral("販売管理サーバ")));
        QSignalSpy places(m_page.get(), &ui::BcpPage::placeRequested);
        auto *openAsset = checks->findChild<QPushButton *>(QStringLiteral("openAssetButton"));
        QVERIFY(openAsset->isEnabled());
        QVERIFY(!checks->findChild<QPushButton *>(QStringLiteral("openJobButton"))->isEnabled());
        openAsset->click();
        QCOMPARE(places.size(), 1);
        QCOMPARE(places.at(0).at(0).toString(), modules::key::Assets);
        QCOMPARE(places.at(0).at(1).toLongLong(), m_server);

        // Undo takes the business away, and its finding.
        m_undo->undo();
        QCOMPARE(store::BcpRepository(*m_db).plan()->businesses.size(), 0);
        QCOMPARE(model->rowCount(), 0);
        for (const bcp::Finding &f : checks->findings())
            QVERIFY(f.kind != bcp::FindingKind::AssetNotBackedUp);
        QCOMPARE(m_page->emptyState()->state(), ui::EmptyState::State::Empty);
        m_undo->redo();
        QCOMPARE(model->rowCount(), 1);
    }

    void publishesAVersionAndComparesIt()
    {
        m_page->tabs()->setCurrentIndex(ui::BcpPage::HistoryTab);
        test::onNextModal([this](QWidget *w) {
            auto *dialog = qobject_cast<QDialog *>(w);
            QCOMPARE(w->objectName(), QStringLiteral("BcpPublishDialog"));
            QVERIFY(dialog);
            // Without an approver the dialog stays open.
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            dialog->findChild<ui::OwnerCombo *>(QStringLiteral("approverCombo"))
                ->setOwnerId(m_suzuki);
            dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit"))
                ->setText(QStringLiteral("First"));
            clickOk(dialog);
        });
        m_page->historyPanel()->publishAction()->trigger();
        auto versions = store::BcpRepository(*m_db).versions();
        QVERIFY(versions);
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->at(0).approverId, m_suzuki);
        ui::ListPanel *list = m_page->historyPanel()->versions();
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 2).data().toString(), QStringLiteral("鈴木 一郎"));
        QCOMPARE(list->currentId(), 1);

        // Change the draft, then compare.
        domain::BcpPlan after = m_page->plan();
        domain::BcpRole role;
        role.title = QStringLiteral("対策本部長");
        role.personId = m_suzuki;
        after.roles.append(role);
        QVERIFY(store::BcpRepository(*m_db).savePlan(after));
        m_page->reload();
        list->selectId(1);
        QVERIFY(m_page->historyPanel()->compareAction()->isEnabled());
        m_page->historyPanel()->compareAction()->trigger();
        const QString compared = m_page->historyPanel()->comparison()->toPlainText();
        QVERIFY2(compared.contains(QStringLiteral("対策本部長")), qPrintable(compared));
        QVERIFY(compared.contains(QStringLiteral("Added")));
        QVERIFY(m_page->historyPanel()->comparison()->toHtml().contains(QStringLiteral("#1e7b34")));

        m_undo->undo();
        QCOMPARE(store::BcpRepository(*m_db).versions()->size(), 0);
        QCOMPARE(list->model()->rowCount(), 0);
    }

    void recordsAnExercise()
    {
        test::onNextModal([this](QWidget *w) {
            auto *dialog = qobject_cast<QDialog *>(w);
            QCOMPARE(w->objectName(), QStringLiteral("BcpExerciseDialog"));
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("scenarioEdit"))
                ->setText(QStringLiteral("Ransomware"));
            auto *people = dialog->findChild<QListWidget *>(QStringLiteral("participantList"));
            QCOMPARE(people->count(), 1);
            people->item(0)->setCheckState(Qt::Checked);
            clickOk(dialog);
        });
        m_page->historyPanel()->exercises()->action(ui::ListPanel::Add)->trigger();
        auto exercises = store::BcpRepository(*m_db).exercises();
        QVERIFY(exercises);
        QCOMPARE(exercises->size(), 1);
        QCOMPARE(exercises->at(0).participants, QVector<qint64>{m_suzuki});
        QCOMPARE(m_page->historyPanel()->exercises()->model()->rowCount(), 1);
        m_undo->undo();
        QCOMPARE(store::BcpRepository(*m_db).exercises()->size(), 0);
        m_undo->redo();
        QCOMPARE(store::BcpRepository(*m_db).exercises()->at(0).id, exercises->at(0).id);
    }

    void editsTheListsThroughTheirDialogs()
    {
        domain::Person tanaka;
        tanaka.name = QStringLiteral("田中 花子");
        const qint64 tanakaId = *store::PeopleRepository(*m_db).insert(tanaka);
        m_page->reload();
        m_page->tabs()->setCurrentIndex(ui::BcpPage::OrganisationTab);
        test::onNextModal([this, tanakaId](QWidget *w) {
            QCOMPARE(w->objectName(), QStringLiteral("BcpRoleDialog"));
            QCOMPARE(w->windowTitle(), QStringLiteral("Add role"));
            // A role needs a name; the deputy is not the holder.
            clickOk(w);
            QVERIFY(w->isVisible());
            w->findChild<QLineEdit *>(QStringLiteral("titleEdit"))
                ->setText(QStringLiteral(" 経理 "));
            w->findChild<ui::OwnerCombo *>(QStringLiteral("personCombo"))->setOwnerId(m_suzuki);
            w->findChild<ui::OwnerCombo *>(QStringLiteral("deputyCombo"))->setOwnerId(m_suzuki);
            clickOk(w);
            QVERIFY(w->isVisible());
            QCOMPARE(errorLine(w), QStringLiteral("The deputy is someone other than the holder."));
            w->findChild<ui::OwnerCombo *>(QStringLiteral("deputyCombo"))->setOwnerId(tanakaId);
            clickOk(w);
        });
        m_page->roles()->view()->setFocus();
        m_page->standardAction(ui::StandardAction::New)->trigger();
        auto plan = store::BcpRepository(*m_db).plan();
        QCOMPARE(plan->roles.size(), 1);
        QCOMPARE(plan->roles.at(0).title, QStringLiteral("経理"));
        QCOMPARE(plan->roles.at(0).personId, m_suzuki);
        QCOMPARE(plan->roles.at(0).deputyId, tanakaId);
        QCOMPARE(m_page->roles()->model()->index(0, 3).data().toString(),
                 QStringLiteral("田中 花子"));

        // An investment: cost, a planned date and no date done.
        test::onNextModal([](QWidget *w) {
            QCOMPARE(w->objectName(), QStringLiteral("BcpInvestmentDialog"));
            w->findChild<QLineEdit *>(QStringLiteral("textEdit"))
                ->setText(QStringLiteral("UPS for the server"));
            auto *cost = w->findChild<QSpinBox *>(QStringLiteral("costEdit"));
            QCOMPARE(cost->value(), -1);
            QCOMPARE(cost->text(), QStringLiteral("not stated"));
            cost->setValue(120000);
            w->findChild<QCheckBox *>(QStringLiteral("hasPlannedCheck"))->setChecked(true);
            w->findChild<QDateEdit *>(QStringLiteral("plannedEdit"))->setDate(QDate(2027, 3, 31));
            clickOk(w);
        });
        m_page->investments()->action(ui::ListPanel::Add)->trigger();
        plan = store::BcpRepository(*m_db).plan();
        QCOMPARE(plan->investments.size(), 1);
        QCOMPARE(plan->investments.at(0).costYen, 120000);
        QCOMPARE(plan->investments.at(0).planned, QDate(2027, 3, 31));
        QVERIFY(!plan->investments.at(0).done.isValid());

        // A contact needs a name or an organisation; editing keeps its id.
        // The list changes row by row: no reset loses the selection.
        QAbstractItemModelTester contactsTester(
            m_page->contacts()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(m_page->contacts()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(m_page->contacts()->model(), &QAbstractItemModel::rowsInserted);
        test::onNextModal([](QWidget *w) {
            QCOMPARE(w->objectName(), QStringLiteral("BcpContactDialog"));
            clickOk(w);
            QVERIFY(w->isVisible());
            QCOMPARE(errorLine(w), QStringLiteral("Name the contact or the organisation."));
            w->findChild<QLineEdit *>(QStringLiteral("organisationEdit"))
                ->setText(QStringLiteral("Tokyo Electric"));
            w->findChild<QComboBox *>(QStringLiteral("kindCombo"))->setCurrentIndex(0);
            clickOk(w);
        });
        m_page->contacts()->action(ui::ListPanel::Add)->trigger();
        plan = store::BcpRepository(*m_db).plan();
        QCOMPARE(plan->contacts.size(), 1);
        QCOMPARE(plan->contacts.at(0).kind, domain::BcpContactKind::Staff);
        const qint64 contactId = plan->contacts.at(0).id;
        m_page->contacts()->selectId(contactId);
        test::onNextModal([](QWidget *w) {
            QCOMPARE(w->windowTitle(), QStringLiteral("Edit contact"));
            QCOMPARE(w->findChild<QLineEdit *>(QStringLiteral("organisationEdit"))->text(),
                     QStringLiteral("Tokyo Electric"));
            w->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))
                ->setText(QStringLiteral("0120-995-007"));
            clickOk(w);
        });
        m_page->contacts()->action(ui::ListPanel::Edit)->trigger();
        plan = store::BcpRepository(*m_db).plan();
        QCOMPARE(plan->contacts.at(0).id, contactId);
        QCOMPARE(plan->contacts.at(0).phone, QStringLiteral("0120-995-007"));
        QCOMPARE(m_page->contacts()->model()->index(0, 3).data().toString(),
                 QStringLiteral("0120-995-007"));
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(resets.size(), 0);

        // Deleting asks first: Cancel keeps the entry, Yes deletes it.
        m_page->roles()->selectId(plan->roles.at(0).id);
        answerNextBox(QMessageBox::Cancel);
        m_page->roles()->action(ui::ListPanel::Delete)->trigger();
        QCOMPARE(store::BcpRepository(*m_db).plan()->roles.size(), 1);
        answerNextBox(QMessageBox::Yes);
        m_page->roles()->action(ui::ListPanel::Delete)->trigger();
        QCOMPARE(store::BcpRepository(*m_db).plan()->roles.size(), 0);
        m_undo->undo();
        QCOMPARE(store::BcpRepository(*m_db).plan()->roles.size(), 1);
    }

    void restoresAVersionAsTheDraft()
    {
        domain::BcpPlan first;
        first.sections.insert(domain::bcpsection::Policy, QStringLiteral("<p>Version one</p>"));
        domain::BcpRole role;
        role.title = QStringLiteral("対策本部長");
        role.personId = m_suzuki;
        first.roles.append(role);
        QVERIFY(store::BcpRepository(*m_db).savePlan(first));
        QVERIFY(store::BcpRepository(*m_db).publish(m_suzuki, QString(), kToday));
        domain::BcpPlan changed = *store::BcpRepository(*m_db).plan();
        changed.roles.clear();
        changed.sections.insert(domain::bcpsection::Policy, QStringLiteral("<p>Changed</p>"));
        QVERIFY(store::BcpRepository(*m_db).savePlan(changed));
        m_page->reload();

        ui::ListPanel *versions = m_page->historyPanel()->versions();
        QAction *restore = m_page->historyPanel()->restoreAction();
        versions->view()->clearSelection();
        versions->view()->setCurrentIndex({});
        QVERIFY(!restore->isEnabled());
        versions->selectId(1);
        QVERIFY(restore->isEnabled());
        answerNextBox(QMessageBox::Cancel);
        restore->trigger();
        QCOMPARE(store::BcpRepository(*m_db).plan()->roles.size(), 0);
        answerNextBox(QMessageBox::Yes);
        restore->trigger();
        auto plan = store::BcpRepository(*m_db).plan();
        QCOMPARE(plan->roles.size(), 1);
        QCOMPARE(plan->roles.at(0).title, QStringLiteral("対策本部長"));
        QVERIFY(plan->sections.value(domain::bcpsection::Policy)
                    .contains(QStringLiteral("Version one")));
        QCOMPARE(m_page->roles()->model()->rowCount(), 1);
        QVERIFY(m_page->messageBar()->text().contains(QStringLiteral("version 1 again")));
        // One undo step brings the draft back.
        m_undo->undo();
        plan = store::BcpRepository(*m_db).plan();
        QCOMPARE(plan->roles.size(), 0);
        QVERIFY(
            plan->sections.value(domain::bcpsection::Policy).contains(QStringLiteral("Changed")));
    }

    void thePlanHasItsOwnLanguage()
    {
        auto *combo = m_page->planPanel()->languageCombo();
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ja"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QCOMPARE(store::BcpRepository(*m_db).plan()->language, QStringLiteral("en"));
        // The templates follow the plan, not the window (here English too,
        // so switch the plan back to see it).
        m_undo->undo();
        QCOMPARE(store::BcpRepository(*m_db).plan()->language, QStringLiteral("ja"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("ja"));
        m_page->fillFromTemplate(domain::bcpsection::Policy);
        const QString policy =
            store::BcpRepository(*m_db).plan()->sections.value(domain::bcpsection::Policy);
        QVERIFY2(policy.contains(QStringLiteral("方針")), qPrintable(policy));
    }

    void printsThePlanAndAVersion()
    {
        // As vault::Vault::create makes it.
        QVERIFY(QSqlQuery(m_db->sql())
                    .exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                                         "VALUES (1, '', '2026-11-01T00:00:00Z')")));
        const Status saved = store::OrganisationRepository(*m_db).save(
            test::sampleOrganisation(QStringLiteral("株式会社テスト")));
        QVERIFY2(saved, qPrintable(saved.error()));
        domain::BcpPlan plan;
        domain::BcpRole role;
        role.title = QStringLiteral("対策本部長");
        role.personId = m_suzuki;
        plan.roles.append(role);
        QVERIFY(store::BcpRepository(*m_db).savePlan(plan));
        QVERIFY(store::BcpRepository(*m_db).publish(m_suzuki, QString(), kToday));
        m_page->reload();

        QMenu *menu = m_page->printButton()->menu();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 4);
        for (QAction *a : menu->actions())
            QVERIFY(!a->text().isEmpty());

        QTemporaryDir dir;
        const QString binder = dir.filePath(QStringLiteral("plan.pdf"));
        QVERIFY2(m_page->print(bcp::PrintPart::Binder, 0, binder),
                 qPrintable(m_page->messageBar()->text()));
        QVERIFY(QFileInfo(binder).size() > 1000);
        QVERIFY(m_page->messageBar()->text().contains(QStringLiteral("plan.pdf")));
        const QString card = dir.filePath(QStringLiteral("card.pdf"));
        QVERIFY(m_page->print(bcp::PrintPart::Card, 0, card));
        QVERIFY(QFileInfo(card).size() > 1000);
        const QString version = dir.filePath(QStringLiteral("v1.pdf"));
        QVERIFY(m_page->print(bcp::PrintPart::Binder, 1, version));
        QVERIFY(QFileInfo::exists(version));

        // The version list's Print waits for a selection.
        m_page->historyPanel()->versions()->view()->setCurrentIndex({});
        QVERIFY(!m_page->historyPanel()->printAction()->isEnabled());
        m_page->historyPanel()->versions()->selectId(1);
        QVERIFY(m_page->historyPanel()->printAction()->isEnabled());

        // An unknown version writes nothing and says why.
        const QString missing = dir.filePath(QStringLiteral("v9.pdf"));
        QVERIFY(!m_page->print(bcp::PrintPart::Binder, 9, missing));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!m_page->messageBar()->text().isEmpty());
        QVERIFY(!m_page->messageBar()->text().contains(QStringLiteral("v9.pdf")));
    }

    void tabsFitTheWindowAt1280Pixels()
    {
        // The page's room in a 1280-pixel window, beside the navigation.
        m_page->resize(1030, 600);
        QCoreApplication::processEvents();
        QTabBar *bar = m_page->tabs()->tabBar();
        QVERIFY2(bar->sizeHint().width() <= m_page->tabs()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(bar->sizeHint().width())
                                .arg(m_page->tabs()->width())));
        // The form numbers stay at hand.
        QCOMPARE(m_page->tabs()->tabToolTip(ui::BcpPage::OrganisationTab),
                 QStringLiteral("Form 03"));
    }

    void remembersTheTab()
    {
        m_page->tabs()->setCurrentIndex(ui::BcpPage::ChecksTab);
        m_tester.reset();
        m_page.reset();
        ui::BcpPage again(*m_db, *m_undo);
        QCOMPARE(again.tabs()->currentIndex(), int(ui::BcpPage::ChecksTab));
    }

private:
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::BcpPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_suzuki = 0;
    qint64 m_server = 0;
};

QTEST_MAIN(TestUiBcp)
#include "tst_ui_bcp.moc"
