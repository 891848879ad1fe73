// The dashboard shows exactly what `kamae score --json` says for the same
// vault on the same day, keeps one snapshot a day, and leads from every
// action and bar to its page.
#include "TestSupport.h"
#include "assets/AssetsPage.h"
#include "backups/BackupsPage.h"
#include "charts/BarChart.h"
#include "charts/TrendChart.h"
#include "cli/Cli.h"
#include "core/Clock.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/GettingStartedPanel.h"
#include "dashboard/ScoreCard.h"
#include "dashboard/ScoreTableModels.h"
#include "demo/DemoCompany.h"
#include "i18n/Language.h"
#include "pages/SettingsPage.h"
#include "patches/PatchesPage.h"
#include "score/GettingStarted.h"
#include "score/ScoreJson.h"
#include "score/SnapshotKeeper.h"
#include "score/Snapshots.h"
#include "shell/Workspace.h"
#include "store/AssetRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"
#include "score/ScoreRepository.h"
#include "vault/VaultSession.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>
#include <QUndoStack>

using namespace kamae;

namespace {

const QDate kToday(2026, 11, 22);
const QString kPassphrase = QStringLiteral("dashboard pass 1");

QString labelText(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestUiDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::setTestApplication("tst_ui_dashboard");
        i18n::applyLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        clock::setFixedNow(QDateTime(kToday, QTime(3, 0), QTimeZone::utc()));
        clock::setFixedTimeZone(QTimeZone("Asia/Tokyo"));
        m_path = m_dir.filePath(QStringLiteral("demo%1.kamae").arg(++m_count));
        vault::VaultStatus status;
        QString code;
        auto v = vault::Vault::create(m_path, kPassphrase, demo::demoOrganisationName(),
                                      test::cheapOptions(), &code, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QVERIFY(demo::populate(v->database()));
        QVERIFY(v->save());
        v.reset();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_session.reset();
        clock::reset();
    }

    // What the command line prints, in-process so that it shares the clock.
    QJsonObject scoreJson()
    {
        qputenv("KAMAE_PASSPHRASE", kPassphrase.toUtf8());
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int rc =
            cli::run({QStringLiteral("kamae"), QStringLiteral("score"), m_path,
                      QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")},
                     out, err);
        qunsetenv("KAMAE_PASSPHRASE");
        out.flush();
        if (rc != 0)
            qWarning() << errText;
        return QJsonDocument::fromJson(outText.toUtf8()).object();
    }

    ui::DashboardPage *openDashboard()
    {
        vault::VaultStatus status;
        auto v = vault::Vault::open(m_path, kPassphrase, &status);
        if (!v)
            return nullptr;
        m_session = std::make_unique<vault::VaultSession>(std::move(v));
        m_session->setAutosaveDelay(60 * 60 * 1000);
        m_workspace = std::make_unique<ui::Workspace>(*m_session);
        m_workspace->resize(1100, 760);
        m_workspace->show();
        return m_workspace->findPage<ui::DashboardPage>();
    }

    void showsTheNumbersOfTheCommandLine()
    {
        const QJsonObject json = scoreJson();
        QVERIFY(!json.isEmpty());
        auto *page = openDashboard();
        QVERIFY(page);

        QCOMPARE(labelText(page, "scoreValue"),
                 QString::number(json.value(QLatin1String("rounded")).toInt()));
        QVERIFY(json.value(QLatin1String("rounded")).toInt() > 20 &&
                json.value(QLatin1String("rounded")).toInt() < 90);
        QCOMPARE(score::roundedPoints(page->score().total),
                 json.value(QLatin1String("total")).toDouble());

        const QJsonArray categories = json.value(QLatin1String("categories")).toArray();
        const auto bars = page->findChild<ui::BarChart *>(QStringLiteral("categoryBars"))->bars();
        QCOMPARE(bars.size(), categories.size());
        for (int i = 0; i < bars.size(); ++i) {
            const QJsonObject c = categories.at(i).toObject();
            QVERIFY(bars.at(i).label.startsWith(c.value(QLatin1String("name")).toString()));
            QCOMPARE(qRound(bars.at(i).value), c.value(QLatin1String("percent")).toInt());
            // A measure resting partly or wholly on answers says so on its bar.
            QCOMPARE(bars.at(i).label.endsWith(QStringLiteral(" †")),
                     c.value(QLatin1String("answer_points")).toDouble() > 0);
            QVERIFY(bars.at(i).toolTip.contains(QStringLiteral("self-declared")));
        }
        // The card says how much of the score is self-declared, as the JSON.
        const int declared =
            score::displayedScore(json.value(QLatin1String("answer_points")).toDouble());
        QVERIFY(declared > 0);
        QVERIFY2(labelText(page, "declaredLabel")
                     .startsWith(QStringLiteral("of which %1 self-declared").arg(declared)),
                 qPrintable(labelText(page, "declaredLabel")));
        const QJsonArray kinds = json.value(QLatin1String("kinds")).toArray();
        const auto kindBars = page->findChild<ui::BarChart *>(QStringLiteral("kindBars"))->bars();
        QCOMPARE(kindBars.size(), 3);
        for (int i = 0; i < kindBars.size(); ++i)
            QCOMPARE(qRound(kindBars.at(i).value),
                     kinds.at(i).toObject().value(QLatin1String("percent")).toInt());

        const QJsonArray next = json.value(QLatin1String("next_actions")).toArray();
        auto *actions = page->findChild<QTableView *>(QStringLiteral("actionView"))->model();
        QCOMPARE(actions->rowCount(), next.size());
        // The five ranked, and "Assign an owner to …": the demo leaves some
        // records without an owner.
        QCOMPARE(next.size(), score::kNextActionCount + 1);
        QCOMPARE(next.last().toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("owners.assign"));
        for (int row = 0; row < next.size(); ++row) {
            const QJsonObject a = next.at(row).toObject();
            QCOMPARE(actions->index(row, ui::ActionTableModel::TextColumn).data().toString(),
                     a.value(QLatin1String("text")).toString());
            if (row == score::kNextActionCount)
                continue; // "no points"
            QCOMPARE(actions->index(row, ui::ActionTableModel::PointsColumn).data().toString(),
                     QStringLiteral("+") +
                         QLocale().toString(a.value(QLatin1String("points")).toDouble(), 'f', 1));
        }

        // The demo's year of history: the change lines match.
        const QJsonObject change = json.value(QLatin1String("change")).toObject();
        QVERIFY(!change.value(QLatin1String("since_last")).isNull());
        QVERIFY2(
            labelText(page, "sinceLastLabel")
                .startsWith(ui::changeText(change.value(QLatin1String("since_last")).toDouble())),
            qPrintable(labelText(page, "sinceLastLabel")));
        QVERIFY(labelText(page, "change30Label")
                    .endsWith(ui::changeText(change.value(QLatin1String("days_30")).toDouble())));
        QVERIFY(labelText(page, "change365Label")
                    .endsWith(ui::changeText(change.value(QLatin1String("days_365")).toDouble())));

        // The factor table holds every factor of the JSON.
        auto *factors = page->findChild<QTableView *>(QStringLiteral("factorView"))->model();
        QCOMPARE(factors->rowCount(), json.value(QLatin1String("factors")).toArray().size());
    }

    void freshVaultShowsNotRecorded()
    {
        // A new vault, nothing recorded: 0, and each factor says what would
        // measure it, instead of 100 % for what nobody recorded.
        const QString path = m_dir.filePath(QStringLiteral("fresh%1.kamae").arg(++m_count));
        vault::VaultStatus status;
        QString code;
        auto v = vault::Vault::create(path, kPassphrase, QStringLiteral("新規株式会社"),
                                      test::cheapOptions(), &code, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QVERIFY(v->save());
        v.reset();
        m_path = path;
        auto *page = openDashboard();
        QVERIFY(page);
        QCOMPARE(labelText(page, "scoreValue"), QStringLiteral("0"));
        QCOMPARE(labelText(page, "declaredLabel"), QString());
        const auto bars = page->findChild<ui::BarChart *>(QStringLiteral("categoryBars"))->bars();
        QCOMPARE(bars.size(), score::kCategoryCount);
        for (const auto &bar : bars) {
            QCOMPARE(bar.value, 0.0); // 0, not "not applicable" and never 100
            QVERIFY2(bar.label.endsWith(QStringLiteral(" (not recorded)")), qPrintable(bar.label));
        }
        auto *factors = page->findChild<QTableView *>(QStringLiteral("factorView"))->model();
        bool found = false;
        for (int row = 0; row < factors->rowCount(); ++row) {
            if (factors->index(row, ui::FactorTableModel::TitleColumn).data().toString() !=
                QStringLiteral("No open known-exploited vulnerability"))
                continue;
            found = true;
            QCOMPARE(factors->index(row, ui::FactorTableModel::ValueColumn).data().toString(),
                     QStringLiteral("not recorded"));
            QCOMPARE(factors->index(row, ui::FactorTableModel::BasisColumn).data().toString(),
                     QStringLiteral("Records"));
            const QString inputs =
                factors->index(row, ui::FactorTableModel::InputsColumn).data().toString();
            QVERIFY2(inputs.contains(QStringLiteral("To measure it: Import the current KEV")),
                     qPrintable(inputs));
        }
        QVERIFY(found);
    }

    void feedAgeIsASettingOfTheVault()
    {
        // Settings, beside the patch policy: how old a feed may be for the
        // known-exploited factor to count. Stored in the vault, read by the
        // score (GUI and command line alike).
        auto *page = openDashboard();
        QVERIFY(page);
        auto *settings = m_workspace->findPage<ui::SettingsPage>();
        QVERIFY(settings);
        auto *spin = settings->findChild<QSpinBox *>(QStringLiteral("feedMaxAgeDays"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 30);
        store::Database &db = m_session->vault().database();
        // The demo's feed was imported today: 2 days later it still counts…
        const QDate later = kToday.addDays(2);
        auto s = score::computeScore(db, later);
        QVERIFY(s);
        const auto exploited = [](const score::Score &x) {
            for (const score::Factor &f : x.factors)
                if (f.id == QStringLiteral("patches.exploited"))
                    return f;
            return score::Factor();
        };
        QVERIFY(exploited(*s).measured);
        // …until the setting says a feed counts for 1 day only.
        spin->setValue(1);
        settings->commitPendingEdits();
        QCOMPARE(store::ScoreRepository(db).feedMaxAgeDays(), 1);
        s = score::computeScore(db, later);
        QVERIFY(s);
        QVERIFY(!exploited(*s).measured);
        QVERIFY(exploited(*s).inputs.contains(QStringLiteral("2 day")));
    }

    void storesOneSnapshotADay()
    {
        const int before = scoreJson().value(QLatin1String("snapshot_count")).toInt();
        QVERIFY(before > 50); // the demo's year
        auto *page = openDashboard();
        QVERIFY(page);
        store::ScoreRepository repo(m_session->vault().database());
        QCOMPARE(repo.snapshots()->size(), before + 1);
        auto today = repo.snapshotOn(kToday);
        QVERIFY(today && today->has_value());
        QVERIFY(!(*today)->manual);
        QCOMPARE((*today)->total, score::roundedPoints(page->score().total));
        const auto *trend = page->findChild<ui::TrendChart *>(QStringLiteral("trendChart"));
        QCOMPARE(trend->points().size(), before + 1);
        QCOMPARE(trend->points().constLast().day, kToday);

        // Looking again the same day stores nothing more.
        page->reload();
        QCOMPARE(repo.snapshots()->size(), before + 1);
        // The next morning (Tokyo time) the session's keeper adds one; the
        // page only reads it.
        clock::setFixedNow(QDateTime(kToday, QTime(16, 0), QTimeZone::utc()));
        page->reload();
        QCOMPARE(repo.snapshots()->size(), before + 1);
        m_workspace->snapshotKeeper()->checkDate();
        QCOMPARE(repo.snapshots()->size(), before + 2);
        QVERIFY(repo.snapshotOn(kToday.addDays(1))->has_value());

        // On demand: replaces the day's snapshot and marks it.
        QVERIFY(page->takeSnapshotNow());
        QCOMPARE(repo.snapshots()->size(), before + 2);
        QVERIFY((*repo.snapshotOn(kToday.addDays(1)))->manual);
    }

    // A vault's first day: the point stored at the unlock is replaced as the
    // user records things, and the chart's today point is the card's figure
    // at every moment, never the empty vault's 0 beside a 42.
    void neverAZeroBesideTheCard()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty%1.kamae").arg(++m_count));
        vault::VaultStatus status;
        auto created = vault::Vault::create(path, kPassphrase, QStringLiteral("Empty Ltd"),
                                            test::cheapOptions(), nullptr, &status);
        QVERIFY2(created, qPrintable(status.message()));
        created.reset();
        m_path = path;
        auto *page = openDashboard();
        QVERIFY(page);
        store::Database &db = m_session->vault().database();
        store::ScoreRepository repo(db);
        QCOMPARE(repo.snapshots()->size(), 1);
        const double empty = (*repo.snapshotOn(kToday))->total;
        const auto *trend = page->findChild<ui::TrendChart *>(QStringLiteral("trendChart"));

        store::AssetRepository assets(db);
        for (int i = 0; i < 3; ++i) {
            domain::Asset a;
            a.name = QStringLiteral("資産%1").arg(i);
            a.ownerDepartment = QStringLiteral("総務");
            a.confidentiality = a.integrity = a.availability = 2;
            a.threat = a.vulnerability = 1;
            QVERIFY(assets.insert(a));
        }
        // The page follows at once; the keeper after the changes settle.
        QTRY_VERIFY(page->score().total != empty);
        const double card = score::snapshotOf(page->score(), {}, false).total;
        QCOMPARE(trend->points().size(), 1);
        QCOMPARE(trend->points().constLast().day, kToday);
        QCOMPARE(trend->points().constLast().value, card);
        QTRY_COMPARE_WITH_TIMEOUT((*repo.snapshotOn(kToday))->total, card, 10000);
        QCOMPARE(repo.snapshots()->size(), 1);
        QCOMPARE(trend->points().constLast().value, card);
    }

    // The next actions show their owner; "Assign owner…" sets an action's
    // own owner as an undoable step; "not assigned" is an action of its own.
    void assignTheOwnerOfAnAction()
    {
        auto *page = openDashboard();
        QVERIFY(page);
        auto *view = page->findChild<QTableView *>(QStringLiteral("actionView"));
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->headerData(ui::ActionTableModel::OwnerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Owner"));
        // The demo leaves some records without an owner.
        const int last = model->rowCount() - 1;
        QCOMPARE(qobject_cast<ui::ActionTableModel *>(model)->action(last).key,
                 QStringLiteral("owners.assign"));
        QCOMPARE(model->index(last, ui::ActionTableModel::PointsColumn).data().toString(),
                 QStringLiteral("no points"));
        // The first action whose record nobody owns.
        int row = 0;
        while (row < last &&
               model->index(row, ui::ActionTableModel::OwnerColumn).data().toString() !=
                   QLatin1String("Not assigned"))
            ++row;
        QVERIFY(row < last);
        const QString key = qobject_cast<ui::ActionTableModel *>(model)->action(row).key;
        const double total = page->score().total;

        view->setCurrentIndex(model->index(row, 0));
        QVERIFY(view->actions().contains(page->assignOwnerAction()));
        test::onNextModal([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("AssignOwnerDialog"));
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("ownerCombo"));
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findText(QStringLiteral("佐藤 花子")));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        page->assignOwnerAction()->trigger();
        store::PeopleRepository people(m_session->vault().database());
        const qint64 sato = people.actionOwners()->value(key);
        QVERIFY(sato > 0);
        QCOMPARE(people.get(sato)->name, QStringLiteral("佐藤 花子"));
        QCOMPARE(model->index(row, ui::ActionTableModel::OwnerColumn).data().toString(),
                 QStringLiteral("佐藤 花子"));
        QCOMPARE(page->score().total, total); // owners move no point

        m_workspace->undoStack()->undo();
        QVERIFY(!people.actionOwners()->contains(key));
        QCOMPARE(model->index(row, ui::ActionTableModel::OwnerColumn).data().toString(),
                 QStringLiteral("Not assigned"));
        m_workspace->undoStack()->redo();
        QCOMPARE(people.actionOwners()->value(key), sato);
    }

    void actionsAndBarsLeadToTheirPages()
    {
        auto *page = openDashboard();
        QVERIFY(page);
        auto *view = page->findChild<QTableView *>(QStringLiteral("actionView"));
        new QAbstractItemModelTester(view->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QSignalSpy spy(page, &ui::DashboardPage::actionActivated);
        const score::Action first = score::rankedActions(page->score(), 1).constFirst();
        page->openAction(0);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<score::Action>().key, first.key);

        // A backup action opens the Backups page on its job.
        const QVector<score::Action> all = score::rankedActions(page->score());
        const auto backup = std::find_if(all.cbegin(), all.cend(), [](const score::Action &a) {
            return a.place == modules::key::Backups && a.recordId > 0;
        });
        QVERIFY(backup != all.cend());
        emit page->actionActivated(*backup);
        QVERIFY(qobject_cast<ui::BackupsPage *>(m_workspace->currentPage()));

        // A bar shows only its measure's factors; the link shows all again.
        auto *factorView = page->findChild<QTableView *>(QStringLiteral("factorView"));
        const int all_ = factorView->model()->rowCount();
        page->showCategory(static_cast<int>(score::Category::Backups));
        int backups = 0;
        for (const score::Factor &f : page->score().factors)
            backups += f.category == score::Category::Backups ? 1 : 0;
        QCOMPARE(factorView->model()->rowCount(), backups);
        QVERIFY(backups < all_);
        for (int r = 0; r < factorView->model()->rowCount(); ++r)
            QCOMPARE(factorView->model()->index(r, 0).data().toString(),
                     score::ScoreText::category(score::Category::Backups));
        page->showCategory(-1);
        QCOMPARE(factorView->model()->rowCount(), all_);

        // The categories' bar click is wired to the filter.
        auto *bars = page->findChild<ui::BarChart *>(QStringLiteral("categoryBars"));
        emit bars->barClicked(static_cast<int>(score::Category::Vulnerabilities));
        QVERIFY(factorView->model()->rowCount() < all_);
        QVERIFY(labelText(page, "factorFilterLabel")
                    .contains(score::ScoreText::category(score::Category::Vulnerabilities)));
    }

    // A new vault: a checklist of first steps instead of empty charts, each
    // step ticked from the records and leading to its page; hidden for good
    // when the user says so.
    void newVaultShowsTheGettingStartedChecklist()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh%1.kamae").arg(++m_count));
        vault::VaultStatus status;
        QString code;
        auto v = vault::Vault::create(path, kPassphrase, QStringLiteral("新規株式会社"),
                                      test::cheapOptions(), &code, &status);
        QVERIFY2(v, qPrintable(status.message()));
        QVERIFY(v->save());
        v.reset();
        m_path = path;
        auto *page = openDashboard();
        QVERIFY(page);
        ui::GettingStartedPanel *panel = page->gettingStartedPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->steps().size(), score::kFirstStepCount);
        QCOMPARE(panel->doneCount(), 0);
        QCOMPARE(labelText(panel, "gettingStartedProgress"), QStringLiteral("0 of 5 done"));
        for (const char *chart : {"categoryBars", "kindBars", "trendChart"})
            QVERIFY2(!page->findChild<QWidget *>(QString::fromLatin1(chart))->isVisible(), chart);
        // The score, the actions and the reminders stay.
        QVERIFY(page->findChild<QWidget *>(QStringLiteral("scoreCard"))->isVisible());
        QVERIFY(page->findChild<QWidget *>(QStringLiteral("actionView"))->isVisible());
        QVERIFY(page->findChild<QWidget *>(QStringLiteral("reminderView"))->isVisible());

        // Each button leads to its page.
        QSignalSpy spy(page, &ui::DashboardPage::actionActivated);
        page->findChild<QPushButton *>(QStringLiteral("stepButton2"))->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<score::Action>().place, modules::key::Assets);
        QVERIFY(qobject_cast<ui::AssetsPage *>(m_workspace->currentPage()));
        page->findChild<QPushButton *>(QStringLiteral("stepButton4"))->click();
        QCOMPARE(spy.at(1).at(0).value<score::Action>().place, modules::key::Patches);
        QVERIFY(qobject_cast<ui::PatchesPage *>(m_workspace->currentPage()));

        // A step done in the records is ticked.
        domain::Asset nas;
        nas.name = QStringLiteral("NAS");
        nas.kind = domain::AssetKind::Device;
        QVERIFY(store::AssetRepository(m_session->vault().database()).insert(nas));
        m_workspace->setCurrentIndex(0);
        QTRY_COMPARE(panel->doneCount(), 1);
        QVERIFY(panel->steps().at(1).done);
        QCOMPARE(labelText(panel, "stepMark2"), QStringLiteral("✓"));
        // Something recorded: the charts come back beside the list.
        QVERIFY(page->findChild<QWidget *>(QStringLiteral("categoryBars"))->isVisible());

        // Hidden: gone, and still gone when the vault opens again.
        page->findChild<QPushButton *>(QStringLiteral("hideGettingStartedButton"))->click();
        QVERIFY(!panel->isVisible());
        m_workspace.reset();
        m_session.reset();
        page = openDashboard();
        QVERIFY(page);
        QVERIFY(!page->gettingStartedPanel()->isVisible());
    }

    // A question the records show cannot apply says why in the factor table.
    void notApplicableFactorSaysWhy()
    {
        {
            vault::VaultStatus status;
            auto v = vault::Vault::open(m_path, kPassphrase, &status);
            QVERIFY(v);
            store::OrganisationRepository orgs(v->database());
            domain::Organisation org = orgs.load().value();
            org.sites.removeIf([](const domain::Site &site) { return site.overseas; });
            QVERIFY(orgs.save(org));
            // The demo answered question 30: clear it in the newest sitting.
            store::ScoreRepository scores(v->database());
            const qint64 newest = scores.latestAssessment().value()->id;
            QVERIFY(scores.setAnswer(newest, QStringLiteral("kamae.supplychain.sites"),
                                     score::Answer::Unanswered));
            QVERIFY(v->save());
        }
        auto *page = openDashboard();
        QVERIFY(page);
        auto *factors = page->findChild<QTableView *>(QStringLiteral("factorView"))->model();
        bool found = false;
        for (int row = 0; row < factors->rowCount(); ++row) {
            if (factors->index(row, ui::FactorTableModel::TitleColumn).data().toString() !=
                score::SelfCheckText::shortTitle(QStringLiteral("kamae.supplychain.sites")))
                continue;
            found = true;
            QCOMPARE(factors->index(row, ui::FactorTableModel::PointsColumn).data().toString(),
                     QStringLiteral("n/a"));
            const QString inputs =
                factors->index(row, ui::FactorTableModel::InputsColumn).data().toString();
            QVERIFY2(inputs.startsWith(QLatin1String("Not counted (Question 30 does not apply")),
                     qPrintable(inputs));
            QVERIFY2(inputs.contains(QLatin1String("none overseas")), qPrintable(inputs));
        }
        QVERIFY(found);
    }

    // The demo company has done every first step: no checklist; the bars are
    // coloured by the score's bands, as in the report.
    void demoHasNoChecklistAndBandedBars()
    {
        auto *page = openDashboard();
        QVERIFY(page);
        QVERIFY(score::allStepsDone(page->gettingStartedPanel()->steps()));
        QVERIFY(!page->gettingStartedPanel()->isVisible());
        for (const char *name : {"categoryBars", "kindBars"}) {
            auto *bars = page->findChild<ui::BarChart *>(QString::fromLatin1(name));
            QVERIFY(bars->isVisible());
            QVERIFY(bars->colouredByBand());
        }
    }

    // At 1280×720 and 1100×720 the score, the next actions and the
    // reminders are on the first screen (the page's part of the window:
    // less the menu and status bars); the charts come below.
    void firstScreenHoldsScoreActionsAndReminders_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1280") << 1280;
        QTest::newRow("1100") << 1100;
    }

    void firstScreenHoldsScoreActionsAndReminders()
    {
        QFETCH(int, width);
        auto *page = openDashboard();
        QVERIFY(page);
        m_workspace->resize(width, 720 - 60);
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        QApplication::processEvents();
        auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
        QWidget *viewport = scroll->viewport();
        for (const char *name :
             {"scoreCard", "actionView", "reminderView", "exportCalendarButton"}) {
            auto *w = page->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(w && w->isVisible(), name);
            const QRect r(w->mapTo(viewport, QPoint(0, 0)), w->size());
            QVERIFY2(viewport->rect().contains(r),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 in %6×%7")
                                    .arg(QString::fromLatin1(name))
                                    .arg(r.x())
                                    .arg(r.y())
                                    .arg(r.width())
                                    .arg(r.height())
                                    .arg(viewport->width())
                                    .arg(viewport->height())));
        }
        // The charts are below the reminders.
        auto *reminders = page->findChild<QWidget *>(QStringLiteral("reminderView"));
        auto *bars = page->findChild<QWidget *>(QStringLiteral("categoryBars"));
        QVERIFY(bars->mapTo(viewport, QPoint(0, 0)).y() >
                reminders->mapTo(viewport, QPoint(0, 0)).y());
    }

    void followsTheLanguage()
    {
        auto *page = openDashboard();
        QVERIFY(page);
        i18n::applyLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        const auto bars = page->findChild<ui::BarChart *>(QStringLiteral("categoryBars"))->bars();
        const QString japanese = bars.at(0).label;
        i18n::applyLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        const auto english =
            page->findChild<ui::BarChart *>(QStringLiteral("categoryBars"))->bars();
        QCOMPARE(english.at(0).label, QStringLiteral("Information assets †"));
        QVERIFY2(japanese != english.at(0).label, qPrintable(japanese));
        QCOMPARE(page->title(), QStringLiteral("Dashboard"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    std::unique_ptr<vault::VaultSession> m_session;
    std::unique_ptr<ui::Workspace> m_workspace;
};

QTEST_MAIN(TestUiDashboard)
#include "tst_ui_dashboard.moc"
