// The incidents page (issue 19) driven through its widgets, headless: an
// incident recorded with New, its playbook steps ticked, timeline entries
// added (with the decision not to pay), closed with its lessons, deleted,
// each step undone; a contact edited and a partner added; a playbook step
// removed and the removal undone with the ticks linked again; the legal
// clock of a leak of more than 1,000 people; the places reminders open.
#include "TestSupport.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "incidents/IncidentDeadlines.h"
#include "incidents/IncidentDefaults.h"
#include "incidents/IncidentDetailPanel.h"
#include "incidents/IncidentNoticeDialog.h"
#include "incidents/IncidentPlaybookPanel.h"
#include "incidents/IncidentPlaybooks.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentScore.h"
#include "incidents/IncidentsPage.h"
#include "incidents/report/IncidentPdf.h"
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
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

using namespace kamae;
using domain::Incident;
using domain::IncidentKind;

namespace {

const QDate kToday(2026, 11, 22);

void clickOk(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

// Ticks or unticks a step of the checklist, as a click does.
void tick(QListWidgetItem *item, Qt::CheckState state)
{
    item->setCheckState(state);
    QCoreApplication::processEvents();
}

void answerNextBox(QMessageBox::StandardButton button)
{
    test::onNextModal([button](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        box->button(button)->click();
    });
}

} // namespace

class TestUiIncidents final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_incidents");
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
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<ui::IncidentsPage>(*m_db, *m_undo);
        m_page->resize(1100, 760);
        m_page->show();
        QCoreApplication::processEvents();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m_page->log()->model(), mode));
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m_page->contacts()->model(), mode));
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m_page->partners()->model(), mode));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_page->detail()->timeline()->model(), mode));
    }

    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
        m_undo.reset();
        m_db.reset();
        clock::reset();
    }

    void recordsAnIncidentThroughItsLife()
    {
        QCOMPARE(m_page->emptyState()->state(), ui::EmptyState::State::Empty);
        test::onNextModal([this](QWidget *w) {
            QCOMPARE(w->objectName(), QStringLiteral("NewIncidentDialog"));
            w->findChild<QComboBox *>(QStringLiteral("kindCombo"))
                ->setCurrentIndex(static_cast<int>(IncidentKind::Ransomware));
            w->findChild<QLineEdit *>(QStringLiteral("titleEdit"))
                ->setText(QStringLiteral("ファイルサーバ暗号化"));
            w->findChild<QDateTimeEdit *>(QStringLiteral("detectedEdit"))
                ->setDateTime(QDateTime(kToday, QTime(8, 30)));
            w->findChild<ui::OwnerCombo *>(QStringLiteral("foundByCombo"))->setOwnerId(m_suzuki);
            clickOk(w);
        });
        m_page->log()->view()->setFocus();
        m_page->standardAction(ui::StandardAction::New)->trigger();
        auto stored = store::IncidentRepository(*m_db).incidents();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const qint64 id = stored->at(0).id;
        QCOMPARE(stored->at(0).kind, IncidentKind::Ransomware);
        QCOMPARE(stored->at(0).foundBy, m_suzuki);
        QCOMPARE(stored->at(0).detected, QDateTime(kToday, QTime(8, 30), QTimeZone::utc()));
        QCOMPARE(m_page->currentIncident()->id, id);
        QCOMPARE(m_page->emptyState()->state(), ui::EmptyState::State::Hidden);
        QCOMPARE(m_page->log()->model()->index(0, 0).data().toString(),
                 QStringLiteral("ファイルサーバ暗号化"));

        // The ransomware playbook's steps (Kamae's: not adopted), ticked.
        QListWidget *checklist = m_page->detail()->checklist();
        const domain::Playbook book = incidents::defaultPlaybook(IncidentKind::Ransomware);
        QCOMPARE(checklist->count(), book.steps.size());
        m_page->detail()->tickedBy()->setOwnerId(m_suzuki);
        tick(checklist->item(0), Qt::Checked);
        tick(checklist->item(1), Qt::Checked);
        Incident i = *store::IncidentRepository(*m_db).incident(id);
        QCOMPARE(i.ticks.size(), 2);
        QCOMPARE(i.ticks.at(0).text, book.steps.at(0).text);
        QCOMPARE(i.ticks.at(0).personId, m_suzuki);
        QCOMPARE(m_page->detail()->checklist()->item(1)->checkState(), Qt::Checked);
        tick(m_page->detail()->checklist()->item(1), Qt::Unchecked);
        QCOMPARE(store::IncidentRepository(*m_db).incident(id)->ticks.size(), 1);
        m_undo->undo();
        QCOMPARE(store::IncidentRepository(*m_db).incident(id)->ticks.size(), 2);
        QCOMPARE(m_page->detail()->checklist()->item(1)->checkState(), Qt::Checked);

        // Timeline: an entry through its dialog, then the decision not to pay.
        test::onNextModal([](QWidget *w) {
            QCOMPARE(w->objectName(), QStringLiteral("TimelineEntryDialog"));
            w->findChild<QComboBox *>(QStringLiteral("kindCombo"))
                ->setCurrentIndex(static_cast<int>(domain::TimelineKind::Action));
            w->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
                ->setPlainText(QStringLiteral("LAN ケーブルを抜いた（電源は入れたまま）"));
            w->findChild<QDateTimeEdit *>(QStringLiteral("atEdit"))
                ->setDateTime(QDateTime(kToday, QTime(8, 40)));
            clickOk(w);
        });
        m_page->detail()->timeline()->action(ui::ListPanel::Add)->trigger();
        m_page->detail()->action(ui::IncidentDetailPanel::NoRansom)->trigger();
        i = *store::IncidentRepository(*m_db).incident(id);
        QCOMPARE(i.timeline.size(), 2);
        QCOMPARE(i.timeline.at(0).at, QDateTime(kToday, QTime(8, 40), QTimeZone::utc()));
        const domain::TimelineEntry *decision = i.tagged(domain::timelinetag::NoRansomPaid);
        QVERIFY(decision);
        QCOMPARE(decision->kind, domain::TimelineKind::Decision);
        QCOMPARE(m_page->detail()->timeline()->model()->rowCount(), 2);
        // Twice is once.
        m_page->detail()->action(ui::IncidentDetailPanel::NoRansom)->trigger();
        QCOMPARE(store::IncidentRepository(*m_db).incident(id)->timeline.size(), 2);

        // Closed: the lessons asked for, the resolution time set.
        test::onNextModal([](QWidget *w) {
            auto *dialog = qobject_cast<QInputDialog *>(w);
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("バックアップをオフラインに保つ"));
            dialog->accept();
        });
        m_page->detail()->action(ui::IncidentDetailPanel::Close)->trigger();
        i = *store::IncidentRepository(*m_db).incident(id);
        QCOMPARE(i.status, domain::IncidentStatus::Closed);
        QCOMPARE(i.lessons, QStringLiteral("バックアップをオフラインに保つ"));
        QCOMPARE(i.resolved, clock::now());
        QVERIFY(!m_page->detail()->action(ui::IncidentDetailPanel::Close)->isEnabled());
        m_undo->undo();
        i = *store::IncidentRepository(*m_db).incident(id);
        QCOMPARE(i.status, domain::IncidentStatus::Open);
        QVERIFY(i.lessons.isEmpty());
        QVERIFY(!i.resolved.isValid());

        // Closed without lessons: a warning, not a refusal.
        test::onNextModal([](QWidget *w) { qobject_cast<QInputDialog *>(w)->accept(); });
        m_page->detail()->action(ui::IncidentDetailPanel::Close)->trigger();
        QCOMPARE(store::IncidentRepository(*m_db).incident(id)->status,
                 domain::IncidentStatus::Closed);
        QCOMPARE(m_page->messageBar()->level(), ui::MessageBar::Level::Warning);
        const Incident closed = *store::IncidentRepository(*m_db).incident(id);

        // Deleted after the question (Cancel keeps it), and put back by undo.
        answerNextBox(QMessageBox::Cancel);
        m_page->deleteCurrentIncident();
        QCOMPARE(store::IncidentRepository(*m_db).incidents()->size(), 1);
        answerNextBox(QMessageBox::Yes);
        m_page->deleteCurrentIncident();
        QCOMPARE(store::IncidentRepository(*m_db).incidents()->size(), 0);
        QCOMPARE(m_page->emptyState()->state(), ui::EmptyState::State::Empty);
        m_undo->undo();
        QCOMPARE(*store::IncidentRepository(*m_db).incident(id), closed);
    }

    void editsAContactAndAddsAPartner()
    {
        m_page->tabs()->setCurrentIndex(ui::IncidentsPage::ContactsTab);
        m_page->fillDirectory();
        const auto shipped = incidents::defaultContacts({}, {}, kToday);
        auto contacts = store::IncidentRepository(*m_db).contacts();
        QCOMPARE(contacts->size(), shipped.size());
        qint64 police = 0;
        for (const domain::IncidentContact &c : *contacts)
            if (c.builtin == incidents::contactkey::Police)
                police = c.id;
        QVERIFY(police > 0);
        m_page->contacts()->selectId(police);
        test::onNextModal([](QWidget *w) {
            QCOMPARE(w->objectName(), QStringLiteral("IncidentContactDialog"));
            auto *region = w->findChild<QComboBox *>(QStringLiteral("regionCombo"));
            QCOMPARE(region->count(), incidents::prefectures().size());
            region->setEditText(QStringLiteral("神奈川県"));
            w->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))
                ->setText(QStringLiteral("045-211-1212"));
            w->findChild<QPushButton *>(QStringLiteral("checkedTodayButton"))->click();
            clickOk(w);
        });
        m_page->contacts()->action(ui::ListPanel::Edit)->trigger();
        domain::IncidentContact edited;
        for (const domain::IncidentContact &c : *store::IncidentRepository(*m_db).contacts())
            if (c.id == police)
                edited = c;
        QCOMPARE(edited.region, QStringLiteral("神奈川県"));
        QCOMPARE(edited.phone, QStringLiteral("045-211-1212"));
        QCOMPARE(edited.checked, kToday);
        // Kamae's texts stay keys: shown in the language, not rewritten.
        QCOMPARE(edited.name, shipped.at(2).name);
        const int row = m_page->contacts()->model()->rowOfId(police);
        QCOMPARE(m_page->contacts()->model()->index(row, 6).data().toString(), QString());
        // Restoring Kamae's entry keeps the id and the prefecture.
        m_page->contacts()->selectId(police);
        m_page->restoreCurrentContact();
        for (const domain::IncidentContact &c : *store::IncidentRepository(*m_db).contacts())
            if (c.id == police) {
                QCOMPARE(c.region, QStringLiteral("神奈川県"));
                QVERIFY(c.phone != QStringLiteral("045-211-1212"));
            }
        m_undo->undo();
        m_undo->undo();
        for (const domain::IncidentContact &c : *store::IncidentRepository(*m_db).contacts())
            if (c.id == police)
                QVERIFY(c.region.isEmpty());

        m_page->tabs()->setCurrentIndex(ui::IncidentsPage::PartnersTab);
        test::onNextModal([](QWidget *w) {
            QCOMPARE(w->objectName(), QStringLiteral("IncidentPartnerDialog"));
            w->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                ->setText(QStringLiteral("主要取引先A社"));
            w->findChild<QLineEdit *>(QStringLiteral("addressEdit"))
                ->setText(QStringLiteral("security@a.example.jp"));
            w->findChild<QCheckBox *>(
                 QStringLiteral("kindCheck%1").arg(static_cast<int>(IncidentKind::Malware)))
                ->setChecked(true);
            w->findChild<QCheckBox *>(QStringLiteral("overseasCheck"))->setChecked(true);
            clickOk(w);
        });
        m_page->partners()->action(ui::ListPanel::Add)->trigger();
        const auto partners = store::IncidentRepository(*m_db).partners();
        QCOMPARE(partners->size(), 1);
        QCOMPARE(partners->at(0).name, QStringLiteral("主要取引先A社"));
        QVERIFY(partners->at(0).informedOf(IncidentKind::Malware));
        QVERIFY(!partners->at(0).informedOf(IncidentKind::Ransomware));
        QVERIFY(partners->at(0).overseas);
        QCOMPARE(m_page->partners()->model()->rowCount(), 1);

        // The notice lists the partner for a malware incident.
        Incident emotet;
        emotet.kind = IncidentKind::Malware;
        emotet.title = QStringLiteral("Emotet");
        emotet.detected = clock::now().addSecs(-3600);
        QVERIFY(store::IncidentRepository(*m_db).insertIncident(emotet, clock::now()));
        m_page->reload();
        ui::IncidentNoticeDialog notice(*store::IncidentRepository(*m_db).incidents()->begin(),
                                        *partners, QStringLiteral("みなと精機"), m_page.get());
        QCOMPARE(notice.partnerList()->count(), 2);
        notice.partnerList()->setCurrentRow(1);
        notice.languageCombo()->setCurrentIndex(0);
        QVERIFY(notice.body().contains(QStringLiteral("主要取引先A社")));
        notice.languageCombo()->setCurrentIndex(1);
        QVERIFY(!notice.subject().isEmpty());
    }

    void playbookEditUndoKeepsTickLinks()
    {
        m_page->tabs()->setCurrentIndex(ui::IncidentsPage::PlaybooksTab);
        ui::IncidentPlaybookPanel *panel = m_page->playbooks();
        panel->setCurrentKind(IncidentKind::Malware);
        QVERIFY(panel->action(ui::IncidentPlaybookPanel::Adopt)->isEnabled());
        panel->action(ui::IncidentPlaybookPanel::Adopt)->trigger();
        const domain::Playbook book =
            *store::IncidentRepository(*m_db).playbook(IncidentKind::Malware);
        QCOMPARE(book.steps.size(), incidents::defaultPlaybook(IncidentKind::Malware).steps.size());
        QVERIFY(!panel->action(ui::IncidentPlaybookPanel::Adopt)->isEnabled());

        // An incident that ticked the second step.
        Incident emotet;
        emotet.kind = IncidentKind::Malware;
        emotet.detected = clock::now().addSecs(-3600);
        emotet.ticks = {{book.steps.at(1).id, book.steps.at(1).text, 0, clock::now()}};
        const qint64 id = *store::IncidentRepository(*m_db).insertIncident(emotet, clock::now());
        m_page->reload();

        // Its step reworded, then removed; each undone.
        panel->setCurrentStep(1);
        test::onNextModal([](QWidget *w) {
            w->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
                ->setPlainText(QStringLiteral("社内に注意喚起する"));
            clickOk(w);
        });
        panel->action(ui::IncidentPlaybookPanel::Edit)->trigger();
        QCOMPARE(store::IncidentRepository(*m_db).playbook(IncidentKind::Malware)->steps.at(1),
                 (domain::PlaybookStep{book.steps.at(1).id, QStringLiteral("社内に注意喚起する")}));
        QVERIFY(panel->steps()->item(1)->text().contains(QStringLiteral("社内に注意喚起する")));
        m_undo->undo();
        QCOMPARE(*store::IncidentRepository(*m_db).playbook(IncidentKind::Malware), book);

        panel->setCurrentStep(1);
        panel->action(ui::IncidentPlaybookPanel::Remove)->trigger();
        QCOMPARE(store::IncidentRepository(*m_db).playbook(IncidentKind::Malware)->steps.size(),
                 book.steps.size() - 1);
        QCOMPARE(store::IncidentRepository(*m_db).incident(id)->ticks.at(0).stepId, qint64(0));
        m_undo->undo();
        QCOMPARE(*store::IncidentRepository(*m_db).playbook(IncidentKind::Malware), book);
        QCOMPARE(store::IncidentRepository(*m_db).incident(id)->ticks.at(0).stepId,
                 book.steps.at(1).id);

        // The incident's checklist shows the tick on its step.
        m_page->showIncident(id);
        QCOMPARE(m_page->detail()->checklist()->count(), book.steps.size());
        QCOMPARE(m_page->detail()->checklist()->item(1)->checkState(), Qt::Checked);

        // Moved down and back by undo.
        m_page->tabs()->setCurrentIndex(ui::IncidentsPage::PlaybooksTab);
        panel->setCurrentStep(0);
        panel->action(ui::IncidentPlaybookPanel::MoveDown)->trigger();
        QCOMPARE(store::IncidentRepository(*m_db).playbook(IncidentKind::Malware)->steps.at(1).id,
                 book.steps.at(0).id);
        QCOMPARE(panel->currentStep(), 1);
        m_undo->undo();
        QCOMPARE(*store::IncidentRepository(*m_db).playbook(IncidentKind::Malware), book);
    }

    void showsTheLegalClockOfALargeLeak()
    {
        Incident leak;
        leak.kind = IncidentKind::InformationLeak;
        leak.title = QStringLiteral("顧客名簿の流出");
        leak.detected = clock::now().addDays(-1);
        leak.personal.people = 1500;
        leak.personal.kinds = QStringLiteral("氏名、メールアドレス");
        const qint64 id = *store::IncidentRepository(*m_db).insertIncident(leak, clock::now());
        Incident small = leak;
        small.title = QStringLiteral("small");
        small.personal.people = 1000;
        const qint64 smallId =
            *store::IncidentRepository(*m_db).insertIncident(small, clock::now());
        m_page->reload();
        const incidents::LegalClock legal = incidents::legalClock(leak, QTimeZone::utc());
        QVERIFY(legal.applies);

        m_page->showIncident(id);
        const QString overview = m_page->detail()->overview()->text();
        QVERIFY2(overview.contains(i18n::formatDate(legal.preliminaryDue)), qPrintable(overview));
        QVERIFY(overview.contains(i18n::formatDate(legal.finalDue)));
        QVERIFY(overview.contains(
            incidents::DeadlineText::trigger(incidents::ReportTrigger::OverThousand)
                .toHtmlEscaped()));
        QVERIFY(overview.contains(QStringLiteral("1 day(s) left")) ||
                overview.contains(QStringLiteral("1 day left")));
        ui::ListTableModel *log = m_page->log()->model();
        QVERIFY(log->index(log->rowOfId(id), 4)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Preliminary report by")));
        QCOMPARE(log->index(log->rowOfId(smallId), 4).data().toString(), QStringLiteral("—"));

        // Recording the preliminary report moves the clock on.
        Incident reported = *store::IncidentRepository(*m_db).incident(id);
        reported.timeline.append({0, clock::now(), domain::TimelineKind::ContactMade,
                                  QStringLiteral("速報"), 0, domain::timelinetag::PpcPreliminary});
        QVERIFY(store::IncidentRepository(*m_db).updateIncident(reported, clock::now()));
        m_page->reload();
        QVERIFY(log->index(log->rowOfId(id), 4)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Final report by")));

        // A reminder's place opens the incident; the directory's, the tab.
        m_page->showPlace(incidents::kind::ContactsCheck, 0);
        QCOMPARE(m_page->tabs()->currentIndex(), int(ui::IncidentsPage::ContactsTab));
        m_page->showPlace(incidents::kind::PpcFinal, smallId);
        QCOMPARE(m_page->tabs()->currentIndex(), int(ui::IncidentsPage::IncidentsTab));
        QCOMPARE(m_page->currentIncident()->id, smallId);
    }

    void printsTheIncidentReportAndTheCards()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString report = dir.filePath(QStringLiteral("report.pdf"));
        // No incident selected: nothing written, and the bar says why.
        QVERIFY(!m_page->print(report::IncidentPrintPart::Report, report));
        QVERIFY(!QFile::exists(report));
        QVERIFY(m_page->messageBar()->isVisible());

        QSqlQuery org(m_db->sql());
        QVERIFY(org.exec(QStringLiteral("INSERT INTO organisation (id, name, updated_at) "
                                        "VALUES (1, 'Test KK', '2026-11-01T00:00:00Z')")));
        QVERIFY(store::OrganisationRepository(*m_db).save(
            test::sampleOrganisation(QStringLiteral("Test KK"))));
        Incident emotet;
        emotet.kind = IncidentKind::Malware;
        emotet.title = QStringLiteral("Emotet の感染");
        emotet.detected = clock::now().addDays(-2);
        const qint64 id = *store::IncidentRepository(*m_db).insertIncident(emotet, clock::now());
        m_page->reload();
        m_page->showIncident(id);
        QVERIFY2(m_page->print(report::IncidentPrintPart::Report, report),
                 qPrintable(m_page->messageBar()->text()));
        QVERIFY(QFileInfo(report).size() > 1000);
        for (auto part : {report::IncidentPrintPart::Card, report::IncidentPrintPart::WalletCard}) {
            const QString card = dir.filePath(QStringLiteral("card%1.pdf").arg(int(part)));
            QVERIFY(m_page->print(part, card));
            QVERIFY(QFileInfo(card).size() > 1000);
        }
        auto *button = m_page->findChild<QToolButton *>(QStringLiteral("incidentsPrintButton"));
        QVERIFY(button);
        QCOMPARE(button->menu()->actions().size(), 3);
        QCOMPARE(button->text(), QStringLiteral("Print (PDF)"));
    }

private:
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::IncidentsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    qint64 m_suzuki = 0;
};

QTEST_MAIN(TestUiIncidents)
#include "tst_ui_incidents.moc"
