// Renders every screen of the shell in Japanese and English to PNG files,
// so a person can look at them (README "Looking at the app"). Not a test:
// it asserts nothing. Run: kamae_screenshots OUTPUT_DIR
#include "assets/AssetEditorDialog.h"
#include "assets/AssetImportDialog.h"
#include "backups/BackupEventDialog.h"
#include "backups/BackupJobDialog.h"
#include "backups/BackupsPage.h"
#include "bcp/BcpBusinessDialog.h"
#include "bcp/BcpHistoryPanel.h"
#include "bcp/BcpPage.h"
#include "core/Clock.h"
#include "demo/DemoCompany.h"
#include "dialogs/CreateVaultDialog.h"
#include "dialogs/RecoveryCodeDialog.h"
#include "dialogs/UnlockDialog.h"
#include "i18n/Language.h"
#include "incidents/IncidentDetailPanel.h"
#include "incidents/IncidentNoticeDialog.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentsPage.h"
#include "pages/Page.h"
#include "pages/PersonDialog.h"
#include "patches/PatchEditorDialog.h"
#include "patches/PatchesPage.h"
#include "report/ReportPage.h"
#include "selfcheck/SelfAssessmentPage.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/UserGuideWindow.h"
#include "shell/Workspace.h"
#include "store/AssetRepository.h"
#include "store/BackupRepository.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/PatchRepository.h"
#include "store/PeopleRepository.h"
#include "training/CourseDialog.h"
#include "training/DrillsPanel.h"
#include "training/SessionDialog.h"
#include "training/StarterCourses.h"
#include "training/TrainingDesk.h"
#include "training/TrainingPage.h"
#include "training/TrainingRepository.h"
#include "vault/Vault.h"
#include "vault/VaultSession.h"
#include "widgets/ListPanel.h"
#include "widgets/ListTableModel.h"
#include "widgets/MessageBar.h"
#include "widgets/PassphraseField.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

using namespace kamae;

namespace {

void settle()
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 150)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void shoot(QWidget *w, const QDir &out, const QString &name);

// The incidents page with the demo's June Emotet incident selected: each
// tab, each section of the incident, and its dialogs.
void incidentShots(QWidget &window, ui::Workspace &ws, ui::IncidentsPage &page, const QDir &out,
                   const QString &lang)
{
    for (int i = 0; i < ws.pageCount(); ++i)
        if (ws.page(i) == &page)
            ws.setCurrentIndex(i);
    const char *tabs[] = {"log", "contacts", "partners", "playbooks"};
    qint64 emotet = 0;
    for (const domain::Incident &i : page.incidents())
        if (i.kind == domain::IncidentKind::Malware && !i.drill && emotet == 0)
            emotet = i.id;
    for (int t = 0; t < ui::IncidentsPage::TabCount; ++t) {
        page.tabs()->setCurrentIndex(t);
        if (t == ui::IncidentsPage::IncidentsTab) {
            page.showIncident(emotet);
            const char *sections[] = {"overview", "playbook", "timeline", "followups"};
            for (int s = 0; s < ui::IncidentDetailPanel::SectionCount; ++s) {
                page.detail()->sections()->setCurrentIndex(s);
                shoot(&window, out,
                      QStringLiteral("incidents_%1_%2").arg(QLatin1String(sections[s]), lang));
            }
            page.detail()->sections()->setCurrentIndex(0);
            continue;
        }
        shoot(&window, out, QStringLiteral("incidents_%1_%2").arg(QLatin1String(tabs[t]), lang));
    }
    page.tabs()->setCurrentIndex(ui::IncidentsPage::IncidentsTab);
    if (const domain::Incident *current = page.currentIncident()) {
        ui::IncidentNoticeDialog notice(*current, page.partnerRecords(),
                                        demo::demoOrganisationName(), &window);
        notice.show();
        notice.partnerList()->setCurrentRow(1);
        shoot(&notice, out, QStringLiteral("incidents_notice_") + lang);
    }
    // The modal dialogs, shot once up and closed.
    const auto modal = [&out, &lang](const QString &name, const std::function<void()> &open) {
        QTimer::singleShot(300, [&out, &lang, name] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                shoot(dialog, out, QStringLiteral("incidents_%1_").arg(name) + lang);
                dialog->done(QDialog::Rejected);
            }
        });
        open();
    };
    modal(QStringLiteral("details_dialog"), [&page] { page.editCurrentIncident(); });
    modal(QStringLiteral("new_dialog"), [&page] { page.newIncident(); });
    page.tabs()->setCurrentIndex(ui::IncidentsPage::ContactsTab);
    page.contacts()->selectId(page.contacts()->model()->idAt(2));
    modal(QStringLiteral("contact_dialog"),
          [&page] { page.contacts()->action(ui::ListPanel::Edit)->trigger(); });
    page.tabs()->setCurrentIndex(ui::IncidentsPage::PartnersTab);
    page.partners()->selectId(page.partners()->model()->idAt(0));
    modal(QStringLiteral("partner_dialog"),
          [&page] { page.partners()->action(ui::ListPanel::Edit)->trigger(); });
    page.tabs()->setCurrentIndex(ui::IncidentsPage::IncidentsTab);
}

void shoot(QWidget *w, const QDir &out, const QString &name)
{
    // KAMAE_SHOTS_ONLY=incidents: only the shots whose name has it.
    const QString only = qEnvironmentVariable("KAMAE_SHOTS_ONLY");
    if (!only.isEmpty() && !name.contains(only))
        return;
    settle();
    const QString file = out.filePath(name + QStringLiteral(".png"));
    w->grab().save(file);
    QTextStream(stdout) << file << Qt::endl;
}

// Types a passphrase into an unlock dialog, presses Unlock and shoots the
// dialog while its worker derives the key (it keeps painting meanwhile).
void shootWhileUnlocking(ui::UnlockDialog &dialog, const QString &passphrase, const QDir &out,
                         const QString &name)
{
    dialog.findChild<ui::PassphraseField *>(QStringLiteral("passphraseField"))->setText(passphrase);
    QTimer::singleShot(0, &dialog, [&dialog, &out, name] {
        if (dialog.isBusy())
            shoot(&dialog, out, name);
    });
    dialog.accept();
}

// Twelve people in three departments and four drills over the year (each
// with one address nobody in the list has), for the drills panel.
bool fillDrills(store::Database &db)
{
    const char16_t *const names[] = {u"佐藤 花子",   u"田中 健", u"高橋 美咲", u"鈴木 一郎",
                                     u"伊藤 さくら", u"渡辺 翔", u"山本 陽子", u"中村 大輔",
                                     u"小林 恵",     u"加藤 誠", u"吉田 彩",   u"山田 太郎"};
    const char16_t *const departments[] = {u"総務部", u"営業部", u"技術部"};
    QVector<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        domain::Person p;
        p.name = QString::fromUtf16(names[i]);
        p.department = QString::fromUtf16(departments[i % 3]);
        p.email = QStringLiteral("user%1@example.co.jp").arg(i + 1);
        auto id = store::PeopleRepository(db).insert(p);
        if (!id)
            return false;
        ids << id.value();
    }
    const struct
    {
        const char16_t *name, *scenario;
        QDate date;
        int clickEvery, reportEvery;
    } drills[] = {
        {u"請求書メール訓練", u"未払い請求書の確認依頼", QDate(2026, 3, 10), 2, 6},
        {u"宅配便の不在通知", u"不在通知のリンク", QDate(2026, 6, 16), 3, 4},
        {u"パスワード期限切れ", u"Microsoft 365 のログイン画面", QDate(2026, 9, 8), 4, 3},
        {u"賞与明細の確認", u"人事部を装った ZIP 添付", QDate(2026, 11, 17), 6, 2},
    };
    store::TrainingRepository repo(db);
    for (const auto &d : drills) {
        domain::PhishingCampaign c;
        c.name = QString::fromUtf16(d.name);
        c.scenario = QString::fromUtf16(d.scenario);
        c.date = d.date;
        c.source = domain::kGoPhishSource;
        QVector<domain::PhishingResult> results;
        for (int i = 0; i <= 12; ++i) {
            domain::PhishingResult r;
            r.personId = i < 12 ? ids.at(i) : 0;
            r.email = i < 12 ? QStringLiteral("user%1@example.co.jp").arg(i + 1)
                             : QStringLiteral("guest@example.co.jp");
            r.name = i < 12 ? QString() : QStringLiteral("Guest");
            r.delivered = i != 5;
            r.opened = r.delivered && i % 2 == 0;
            r.clicked = r.delivered && i % d.clickEvery == 0;
            r.submitted = r.clicked && i % (d.clickEvery * 2) == 0;
            r.reported = r.delivered && !r.clicked && i % d.reportEvery == 1;
            r.sentAt = QDateTime(d.date, QTime(0, 30), QTimeZone::utc());
            if (r.reported)
                r.reportedAt = r.sentAt.addSecs(600 + i * 420);
            results << domain::withImpliedFlags(r);
        }
        if (!repo.insertCampaign(c, results, d.date))
            return false;
    }
    return true;
}

// The drills panel (Training page, "Drills" tab) alone in a window, with
// its message bar, and its import dialog over the GoPhish fixture.
void drillShots(const QDir &out, const QSize &size, const QString &lang)
{
    auto made = store::Database::createEmpty();
    if (!made || !store::migrate(*made.value()) || !fillDrills(*made.value()))
        qFatal("screenshots: the drills could not be made");
    store::Database &db = *made.value();
    QUndoStack undo;
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *bar = new ui::MessageBar(&window);
    auto *panel = new ui::DrillsPanel(db, undo, &window);
    layout->addWidget(bar);
    layout->addWidget(panel, 1);
    bar->hide();
    QObject::connect(
        panel, &ui::DrillsPanel::message, bar,
        [bar](ui::MessageBar::Level level, const QString &text) { bar->showMessage(level, text); });
    window.resize(size);
    window.show();
    shoot(&window, out, QStringLiteral("drills_") + lang);
    // One drill: the chart must still read.
    const auto campaigns = store::TrainingRepository(db).campaigns();
    for (int i = 0; i + 1 < campaigns->size(); ++i)
        // A harness: a failed removal only shows as more than one drill.
        (void)store::TrainingRepository(db).removeCampaign(campaigns->at(i).id);
    panel->reload();
    shoot(&window, out, QStringLiteral("drills_one_") + lang);
    QTimer::singleShot(300, &window, [&out, &lang] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            shoot(dialog, out, QStringLiteral("drills_import_") + lang);
            static_cast<QDialog *>(dialog)->done(QDialog::Rejected);
        }
    });
    panel->importDrill(
        QStringLiteral(KAMAE_TEST_DATA "/training/Invoice drill 2026-10 - Results.csv"));
}

// A few courses and sessions, while the demo company has no training
// records of its own: the starter courses, taught to some of the people.
void addTrainingRecords(store::Database &db)
{
    const auto courses = store::TrainingRepository(db).courses();
    if (!courses || !courses->isEmpty() || !training::addStarterCourses(db))
        return;
    const auto people = store::PeopleRepository(db).all();
    const QDate today = clock::today();
    QVector<qint64> active;
    for (const domain::Person &p : people.value())
        if (training::isActiveOn(p, today))
            active << p.id;
    const struct
    {
        QString key;
        int daysAgo;
        double share;
    } taught[] = {{training::starter::PhishingEmotet, 120, 0.8},
                  {training::starter::PasswordsMfa, 350, 0.6},
                  {training::starter::IncidentReporting, 500, 0.7}};
    for (const auto &t : taught) {
        for (const domain::Course &c : store::TrainingRepository(db).courses().value()) {
            if (c.builtin != t.key)
                continue;
            domain::TrainingSession s;
            s.courseId = c.id;
            s.date = today.addDays(-t.daysAgo);
            s.trainer = QStringLiteral("情報システム課");
            s.minutes = 60;
            if (!training::recordSession(db, s, active.mid(0, int(active.size() * t.share)),
                                         domain::AttendanceState::Completed, today))
                qWarning("screenshots: a training session could not be recorded");
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // QT_QPA_PLATFORM=offscreen:configfile=screens.json shoots on a screen of
    // a given size (with QT_SCALE_FACTOR=1.5: 1280×720 at 150 %).
    if (!qgetenv("QT_QPA_PLATFORM").startsWith("offscreen"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KamaeScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("KamaeScreenshots"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAMAE_VERSION));
    // KAMAE_SHOTS_DARK=1: the same shots in a dark palette (Fusion), to check
    // that charts and coloured text stay readable.
    if (qEnvironmentVariableIntValue("KAMAE_SHOTS_DARK") == 1) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        QApplication::setPalette(dark);
    }
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots"));
    QDir().mkpath(out.path());

    QTemporaryDir work;
    vault::CreateOptions cheap;
    cheap.kdf = {1024, 1, 1};
    const QString path = QDir(work.path()).filePath(QStringLiteral("minato-seiki.kamae"));
    {
        vault::VaultStatus status;
        QString code;
        auto v = vault::Vault::create(path, QStringLiteral("kamae-demo"),
                                      demo::demoOrganisationName(), cheap, &code, &status);
        if (!demo::populate(v->database()))
            qFatal("screenshots: the demo vault could not be made");
        addTrainingRecords(v->database());
        if (!v->save())
            qFatal("screenshots: the demo vault could not be made");
    }
    // A new vault, as the first hour starts: nothing recorded.
    const QString freshPath = QDir(work.path()).filePath(QStringLiteral("new.kamae"));
    {
        vault::VaultStatus status;
        QString code;
        auto v = vault::Vault::create(freshPath, QStringLiteral("kamae-demo"),
                                      QStringLiteral("株式会社さくら商事"), cheap, &code, &status);
        if (!v || !v->save())
            qFatal("Could not create the fresh vault: %s", qPrintable(status.message()));
    }
    // KAMAE_SHOTS_SIZE=1280x720: the window's size (1100x720 unless told).
    QSize size(1100, 720);
    if (const QStringList wh = qEnvironmentVariable("KAMAE_SHOTS_SIZE").split(QLatin1Char('x'));
        wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
        size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    if (qEnvironmentVariable("KAMAE_SHOTS_ONLY") == QLatin1String("drills")) {
        for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
            i18n::applyLanguage(lang);
            drillShots(out, size, lang);
        }
        return 0;
    }
    AppSettings::addRecentVault(path);
    AppSettings::addRecentVault(QDir(work.path()).filePath(QStringLiteral("old-copy.kamae")));

    for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
        i18n::applyLanguage(lang);
        AppSettings::setLanguage(lang);
        ui::MainWindow window;
        window.setCreateOptions(cheap);
        window.resize(size);
        window.show();
        shoot(&window, out, QStringLiteral("welcome_") + lang);

        {
            ui::CreateVaultDialog dialog(&window);
            dialog.findChild<QLineEdit *>(QStringLiteral("organisationEdit"))
                ->setText(QStringLiteral("株式会社さくら商事"));
            dialog.findChild<ui::PassphraseField *>(QStringLiteral("passphraseField"))
                ->setText(QStringLiteral("sakura2024"));
            dialog.findChild<ui::PassphraseField *>(QStringLiteral("repeatField"))
                ->setText(QStringLiteral("sakura"));
            dialog.show();
            shoot(&dialog, out, QStringLiteral("create_") + lang);
        }
        {
            ui::RecoveryCodeDialog dialog(QStringLiteral("KWT6-3SWD-3V3R-G629-YAS6-YWCT"),
                                          demo::demoOrganisationName(), path, &window);
            dialog.show();
            shoot(&dialog, out, QStringLiteral("recovery_") + lang);
        }
        {
            ui::UnlockDialog dialog(path, &window);
            dialog.show();
            dialog.findChild<ui::PassphraseField *>(QStringLiteral("passphraseField"))
                ->setText(QStringLiteral("wrong passphrase"));
            dialog.accept();
            shoot(&dialog, out, QStringLiteral("unlock_error_") + lang);
            shootWhileUnlocking(dialog, QStringLiteral("another wrong passphrase"), out,
                                QStringLiteral("unlock_busy_") + lang);
        }

        vault::VaultStatus status;
        auto v = vault::Vault::open(path, QStringLiteral("kamae-demo"), &status);
        {
            // Unlocking after an auto-lock whose save failed: the data is
            // held, only the passphrase is checked (on a worker too).
            ui::UnlockDialog dialog(*v, &window);
            dialog.show();
            shootWhileUnlocking(dialog, QStringLiteral("wrong passphrase"), out,
                                QStringLiteral("unlock_held_busy_") + lang);
        }
        window.adoptVault(std::move(v));
        ui::Workspace *ws = window.workspace();
        for (int i = 0; i < ws->pageCount(); ++i) {
            ws->setCurrentIndex(i);
            shoot(&window, out,
                  QStringLiteral("page%1_%2").arg(i, 2, 10, QLatin1Char('0')).arg(lang));
        }
        // The dashboard scrolls: shoot its whole content too.
        ws->setCurrentIndex(0);
        if (auto *content = window.findChild<QWidget *>(QStringLiteral("dashboardContent")))
            shoot(content, out, QStringLiteral("dashboard_full_") + lang);
        if (auto *self = ws->findPage<ui::SelfAssessmentPage>()) {
            for (int i = 0; i < ws->pageCount(); ++i)
                if (ws->page(i) == self)
                    ws->setCurrentIndex(i);
            self->showQuestion(11); // answered "implemented", contradicted by the log
            shoot(&window, out, QStringLiteral("selfcheck_q11_") + lang);
            QTimer::singleShot(300, &window, [&out, &lang] {
                if (QWidget *dialog = QApplication::activeModalWidget()) {
                    shoot(dialog, out, QStringLiteral("selfcheck_new_") + lang);
                    dialog->close();
                }
            });
            self->askNewAssessment();
        }
        if (auto *patches = ws->findPage<ui::PatchesPage>()) {
            ws->setCurrentIndex(ws->pageCount() - 1);
            for (int i = 0; i < ws->pageCount(); ++i)
                if (ws->page(i) == patches)
                    ws->setCurrentIndex(i);
            const char *tabs[] = {"items", "proposals", "stale", "feeds"};
            for (int t = 0; t < 4; ++t) {
                patches->tabs()->setCurrentIndex(t);
                shoot(&window, out,
                      QStringLiteral("patches_%1_%2").arg(QLatin1String(tabs[t]), lang));
            }
            // The demo's excerpt is older than its assets' last updates:
            // every proposal is probably fixed, shown under the filter.
            patches->tabs()->setCurrentIndex(ui::PatchesPage::ProposalsTab);
            patches->proposalFilter()->setCurrentIndex(ui::PatchesPage::AllProposals);
            shoot(&window, out, QStringLiteral("patches_proposals_all_") + lang);
            patches->proposalFilter()->setCurrentIndex(ui::PatchesPage::NewProposals);
            patches->tabs()->setCurrentIndex(0);
            store::Database &db = window.session()->vault().database();
            const auto items = store::PatchRepository(db).all();
            const auto assets = store::AssetRepository(db).all();
            {
                ui::PatchEditorDialog dialog(items->at(2), assets.value(),
                                             store::PatchRepository(db).policy(), &window);
                dialog.show();
                shoot(&dialog, out, QStringLiteral("patch_editor_") + lang);
            }
            {
                ui::RiskAcceptDialog dialog(3, &window);
                dialog.show();
                shoot(&dialog, out, QStringLiteral("risk_accept_") + lang);
            }
        }
        if (auto *backups = ws->findPage<ui::BackupsPage>()) {
            for (int i = 0; i < ws->pageCount(); ++i)
                if (ws->page(i) == backups)
                    ws->setCurrentIndex(i);
            auto *details = backups->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
            const char *tabs[] = {"rules", "log", "unprotected"};
            for (int t = 0; t < 3; ++t) {
                details->setCurrentIndex(t);
                shoot(&window, out,
                      QStringLiteral("backups_%1_%2").arg(QLatin1String(tabs[t]), lang));
            }
            details->setCurrentIndex(0);
            store::Database &db = window.session()->vault().database();
            const auto jobs = store::BackupRepository(db).jobs();
            const auto events = store::BackupRepository(db).events();
            const auto assets = store::AssetRepository(db).all();
            const domain::BackupJob &job = jobs->size() > 1 ? jobs->at(1) : jobs->at(0);
            {
                ui::BackupJobDialog dialog(job, backups::summarize(job.id, events.value()),
                                           assets.value(), &window);
                dialog.show();
                auto *jobTabs = dialog.findChild<QTabWidget *>(QStringLiteral("jobTabs"));
                const char *names[] = {"general", "copies", "assets"};
                for (int t = 0; t < 3; ++t) {
                    jobTabs->setCurrentIndex(t);
                    shoot(&dialog, out,
                          QStringLiteral("backup_job_%1_%2").arg(QLatin1String(names[t]), lang));
                }
            }
            {
                domain::BackupEvent e;
                e.jobId = job.id;
                e.kind = domain::BackupEventKind::RestoreTest;
                const auto dialog = ui::makeBackupEventDialog(e, job.name, &window);
                dialog->show();
                shoot(dialog.get(), out, QStringLiteral("backup_restore_test_") + lang);
            }
        }
        if (auto *trainingPage = ws->findPage<ui::TrainingPage>()) {
            for (int i = 0; i < ws->pageCount(); ++i)
                if (ws->page(i) == trainingPage)
                    ws->setCurrentIndex(i);
            const char *tabs[] = {"coverage", "courses", "sessions", "drills_tab"};
            for (int t = 0; t < 4; ++t) {
                trainingPage->tabs()->setCurrentIndex(t);
                shoot(&window, out,
                      QStringLiteral("training_%1_%2").arg(QLatin1String(tabs[t]), lang));
            }
            trainingPage->tabs()->setCurrentIndex(0);
            const training::TrainingState &state = trainingPage->state();
            {
                ui::CourseDialog dialog(state.records.courses.value(0), state.people, &window);
                dialog.show();
                shoot(&dialog, out, QStringLiteral("training_course_") + lang);
            }
            for (bool editing : {false, true}) {
                domain::TrainingSession session;
                QVector<domain::Attendance> attended;
                if (editing && !state.records.sessions.isEmpty()) {
                    session = state.records.sessions.first();
                    for (const domain::Attendance &a : state.records.attendance)
                        if (a.sessionId == session.id)
                            attended << a;
                } else {
                    session.date = clock::today();
                }
                ui::SessionDialog dialog(session, state.records.courses, state.people, attended,
                                         clock::today(), &window);
                dialog.show();
                const QString name = editing ? QStringLiteral("training_session_edit_")
                                             : QStringLiteral("training_session_");
                shoot(&dialog, out, name + QStringLiteral("form_") + lang);
                dialog.tabs()->setCurrentIndex(ui::SessionDialog::AttendeesTab);
                if (!editing) {
                    QString someone;
                    for (const domain::Person &p : state.people)
                        if (p.kind == domain::PersonKind::Person && someone.isEmpty())
                            someone = p.name;
                    dialog.findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"))
                        ->setPlainText(someone + QStringLiteral("\n山田太郎"));
                    dialog.findChild<QPushButton *>(QStringLiteral("tickPastedButton"))->click();
                }
                shoot(&dialog, out, name + QStringLiteral("attendees_") + lang);
            }
        }
        if (auto *bcpPage = ws->findPage<ui::BcpPage>()) {
            for (int i = 0; i < ws->pageCount(); ++i)
                if (ws->page(i) == bcpPage)
                    ws->setCurrentIndex(i);
            const char *tabs[] = {"plan",     "businesses", "organisation", "resources",
                                  "contacts", "checks",     "history"};
            for (int t = 0; t < ui::BcpPage::TabCount; ++t) {
                bcpPage->tabs()->setCurrentIndex(t);
                if (t == ui::BcpPage::HistoryTab) {
                    bcpPage->historyPanel()->versions()->selectId(1);
                    bcpPage->compareSelectedVersion();
                }
                shoot(&window, out, QStringLiteral("bcp_%1_%2").arg(QLatin1String(tabs[t]), lang));
            }
            bcpPage->tabs()->setCurrentIndex(0);
            {
                ui::BcpBusinessDialog dialog(bcpPage->plan().businesses.value(0),
                                             bcpPage->assetChoices(), &window);
                dialog.show();
                shoot(&dialog, out, QStringLiteral("bcp_business_dialog_") + lang);
            }
            // A dialog declared as rows (widgets/RecordDialog): the role's.
            bcpPage->tabs()->setCurrentIndex(ui::BcpPage::OrganisationTab);
            bcpPage->roles()->selectId(bcpPage->plan().roles.value(0).id);
            QTimer::singleShot(300, &window, [&out, &lang] {
                if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                    shoot(dialog, out, QStringLiteral("bcp_role_dialog_") + lang);
                    dialog->done(QDialog::Rejected);
                }
            });
            bcpPage->roles()->action(ui::ListPanel::Edit)->trigger();
            // The exercise (with its follow-up rows) and the publish dialog.
            bcpPage->tabs()->setCurrentIndex(ui::BcpPage::HistoryTab);
            const auto shootModal = [&window, &out, &lang](const QString &name) {
                QTimer::singleShot(300, &window, [&out, &lang, name] {
                    if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                        shoot(dialog, out, name + lang);
                        dialog->done(QDialog::Rejected);
                    }
                });
            };
            ui::ListPanel *exercises = bcpPage->historyPanel()->exercises();
            if (exercises->model()->rowCount() > 0) {
                exercises->view()->selectRow(0);
                shootModal(QStringLiteral("bcp_exercise_dialog_"));
                exercises->action(ui::ListPanel::Edit)->trigger();
            }
            shootModal(QStringLiteral("bcp_publish_dialog_"));
            bcpPage->historyPanel()->publishAction()->trigger();
            bcpPage->tabs()->setCurrentIndex(0);
        }
        if (auto *incidentsPage = ws->findPage<ui::IncidentsPage>())
            incidentShots(window, *ws, *incidentsPage, out, lang);
        if (auto *reportPage = ws->findPage<ui::ReportPage>()) {
            for (int i = 0; i < ws->pageCount(); ++i)
                if (ws->page(i) == reportPage)
                    ws->setCurrentIndex(i);
            // The report in the window's language, then in the other one.
            auto *reportLanguage =
                reportPage->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            const QString other =
                lang == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja");
            reportLanguage->setCurrentIndex(reportLanguage->findData(other));
            reportPage->rebuild();
            shoot(&window, out, QStringLiteral("report_other_language_") + lang);
            reportLanguage->setCurrentIndex(reportLanguage->findData(lang));
            reportPage->rebuild();
            // Saved once: the history and the line that says where.
            const QString pdf =
                QDir(work.path()).filePath(QStringLiteral("Kamae-report-%1.pdf").arg(lang));
            QTimer::singleShot(300, &window, [&out, &lang, &pdf] {
                if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                    shoot(dialog, out, QStringLiteral("report_save_dialog_") + lang);
                    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                        name->setText(pdf);
                    dialog->accept();
                }
            });
            reportPage->saveAsPdf();
            shoot(&window, out, QStringLiteral("report_saved_") + lang);
        }
        {
            const auto assets = store::AssetRepository(window.session()->vault().database()).all();
            ui::AssetEditorDialog dialog(assets->at(17), {QStringLiteral("総務部")}, &window);
            dialog.show();
            shoot(&dialog, out, QStringLiteral("asset_editor_") + lang);
        }
        {
            const QString csv = QDir(work.path()).filePath(QStringLiteral("台帳.csv"));
            QFile f(csv);
            f.open(QIODevice::WriteOnly);
            f.write(
                QStringLiteral("業務分類,情報資産名称,管理部署,媒体・保存先,機密性,完全性,可用性,"
                               "メモ\r\n営業,見積書,営業部,本社書庫,2,2,1,紙\r\n"
                               "人事,健康診断結果,総務部,キャビネット,5,2,1,\r\n"
                               "経理,請求書控え,総務部,クラウド会計,2,3,2,\r\n")
                    .toUtf8());
            f.close();
            ui::AssetImportDialog dialog(csv, &window);
            dialog.show();
            shoot(&dialog, out, QStringLiteral("asset_import_") + lang);
        }
        {
            window.showUserGuide();
            shoot(window.userGuide(), out, QStringLiteral("help_guide_") + lang);
            window.userGuide()->openLink(QUrl(lang == QLatin1String("ja")
                                                  ? QStringLiteral("#バックアップ")
                                                  : QStringLiteral("#backups-バックアップ")));
            shoot(window.userGuide(), out, QStringLiteral("help_guide_backups_") + lang);
            window.userGuide()->close();
            QTimer::singleShot(300, &window, [&out, &lang] {
                if (QWidget *dialog = QApplication::activeModalWidget()) {
                    shoot(dialog, out, QStringLiteral("help_shortcuts_") + lang);
                    dialog->close();
                }
            });
            window.showShortcuts();
            const auto people = store::PeopleRepository(window.session()->vault().database()).all();
            const auto dialog = ui::makePersonDialog(people->value(0), {QStringLiteral("総務部")},
                                                     nullptr, &window);
            dialog->show();
            shoot(dialog.get(), out, QStringLiteral("person_") + lang);
        }
        drillShots(out, size, lang);
        ws->setCurrentIndex(1);
        window.lock();
        shoot(&window, out, QStringLiteral("locked_") + lang);
        window.closeVault();

        // The new vault's dashboard: the getting-started checklist.
        window.adoptVault(vault::Vault::open(freshPath, QStringLiteral("kamae-demo"), &status));
        window.workspace()->setCurrentIndex(0);
        shoot(&window, out, QStringLiteral("dashboard_new_") + lang);
        window.closeVault();
    }
    return 0;
}
