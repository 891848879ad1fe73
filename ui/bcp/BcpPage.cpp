#include "bcp/BcpPage.h"

#include "bcp/BcpChecksPanel.h"
#include "bcp/BcpHistoryPanel.h"
#include "bcp/BcpModule.h"
#include "bcp/BcpPlanPanel.h"
#include "bcp/BcpRepository.h"
#include "bcp/BcpScore.h"
#include "bcp/BcpSettings.h"
#include "bcp/BcpTemplates.h"
#include "i18n/Language.h"
#include "modules/Keys.h"
#include "modules/Registry.h"
#include "score/ScoreTypes.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "widgets/EmptyState.h"
#include "widgets/ListPanel.h"
#include "widgets/ListTableModel.h"
#include "widgets/MessageBar.h"
#include "widgets/OwnerCombo.h"

#include <QEvent>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

BcpPage::BcpPage(store::Database &db, QUndoStack &undo, QWidget *parent)
    : ModulePage(db, parent), m_undo(undo)
{
    setObjectName(QStringLiteral("BcpPage"));
    watchTables(bcp::moduleTables()
                << QStringLiteral("person") << QStringLiteral("asset")
                << QStringLiteral("backup_job") << QStringLiteral("backup_event"));
    m_context = reloadingContext();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("bcpTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_planPanel = new BcpPlanPanel(m_tabs);
    m_tabs->addTab(m_planPanel, QString());
    setUpLists();
    m_checks = new BcpChecksPanel(m_tabs);
    m_tabs->insertTab(ChecksTab, m_checks, QString());
    setUpHistory();
    setUpPrinting();
    bodyLayout()->addWidget(m_tabs, 1);

    connect(m_planPanel, &BcpPlanPanel::edited, this, &BcpPage::onSectionEdited);
    connect(m_planPanel, &BcpPlanPanel::templateRequested, this, &BcpPage::fillFromTemplate);
    connect(m_planPanel, &BcpPlanPanel::languageChosen, this, &BcpPage::setPlanLanguage);
    connect(m_checks, &BcpChecksPanel::assetRequested, this,
            [this](qint64 id) { emit placeRequested(modules::key::Assets, id); });
    connect(m_checks, &BcpChecksPanel::jobRequested, this,
            [this](qint64 id) { emit placeRequested(modules::key::Backups, id); });
    connect(m_checks, &BcpChecksPanel::businessRequested, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(BusinessesTab);
        m_businesses->selectId(id);
    });
    connect(m_checks, &BcpChecksPanel::roleRequested, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(OrganisationTab);
        m_roles->selectId(id);
    });

    EmptyState *empty = addEmptyState(m_businesses->view());
    sayingText(
        empty->addButton(QStringLiteral("emptyAddBusinessButton"), [this] { addBusiness(); }),
        [] { return tr("Add the first core business…"); });

    rememberTab(m_tabs, settings::bcpTab);
    retranslate();
    reload();
}

void BcpPage::load()
{
    store::BcpRepository repo(database());
    auto plan = repo.plan();
    auto exercises = repo.exercises();
    auto versions = repo.versions();
    auto assets = store::AssetRepository(database()).all();
    auto checks = bcp::loadCheckInput(database());
    for (const QString &problem :
         {plan ? QString() : plan.error(), exercises ? QString() : exercises.error(),
          versions ? QString() : versions.error(), assets ? QString() : assets.error(),
          checks ? QString() : checks.error()})
        if (!problem.isEmpty()) {
            messageBar()->showError(problem);
            return;
        }
    m_plan = std::move(plan).value();
    m_exercises = std::move(exercises).value();
    m_versions = std::move(versions).value();
    m_people = OwnerCombo::loadPeople(database());
    m_assets.clear();
    for (const domain::Asset &a : *assets)
        m_assets.append({a.id, a.name});
    m_findings = bcp::allChecks(*checks);
    m_planPanel->setSections(m_plan.sections);
    m_planPanel->setLanguage(m_plan.language);
    m_checks->setFindings(m_findings);
    showRows();
    showHistoryRows();
}

void BcpPage::commitPendingEdits()
{
    m_planPanel->flush();
}

SavePlanCommand *BcpPage::pushPlan(const domain::BcpPlan &after, const QString &text,
                                   const QString &mergeKey)
{
    auto *command = new SavePlanCommand(m_context, m_plan, after, text, mergeKey);
    const auto outcome = command->outcome();
    m_undo.push(command);
    return *outcome ? command : nullptr;
}

void BcpPage::onSectionEdited(const QString &key, const QString &html)
{
    if (m_plan.sections.value(key) == html)
        return;
    domain::BcpPlan after = m_plan;
    if (html.isEmpty())
        after.sections.remove(key);
    else
        after.sections.insert(key, html);
    pushPlan(after, tr("Edit %1").arg(domain::BcpRecordText::sectionName(key)),
             QStringLiteral("bcp.section.") + key);
}

void BcpPage::setPlanLanguage(const QString &language)
{
    m_planPanel->flush();
    if (language == m_plan.language)
        return;
    domain::BcpPlan after = m_plan;
    after.language = language;
    if (!pushPlan(after, tr("Change the language of the BCP")))
        m_planPanel->setLanguage(m_plan.language);
}

void BcpPage::fillFromTemplate(const QString &key)
{
    // The templates are in the plan's language, as its printouts.
    const QString language = m_plan.language;
    QString html;
    if (key == domain::bcpsection::Policy)
        html = bcp::policyTemplate(language);
    else if (key == domain::bcpsection::Card)
        html = bcp::cardTemplate(language);
    else if (key == domain::bcpsection::Scenarios)
        html = bcp::scenarioTemplate(language);
    if (html.isEmpty())
        return;
    m_planPanel->flush();
    domain::BcpPlan after = m_plan;
    after.sections.insert(key, html);
    if (pushPlan(after, tr("Fill %1 from template").arg(domain::BcpRecordText::sectionName(key))))
        messageBar()->showInfo(tr("The starting text is in; edit it to fit the company. Undo "
                                  "(Ctrl+Z) brings back what was there."));
}

void BcpPage::showPlace(const QString &key, qint64 recordId)
{
    if (key == bcp::kind::FollowUp || key == bcp::kind::Exercise) {
        m_tabs->setCurrentIndex(HistoryTab);
        if (recordId > 0)
            m_history->exercises()->selectId(recordId);
    } else if (key == bcp::kind::PlanReview) {
        m_tabs->setCurrentIndex(HistoryTab);
    } else if (!key.isEmpty()) {
        m_tabs->setCurrentIndex(ChecksTab);
    }
}

void BcpPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the findings are in the language
    }
    ModulePage::changeEvent(event);
}

QString BcpPage::title() const
{
    return modules::displayName(bcp::ModuleKey);
}

void BcpPage::retranslate()
{
    // The measure's name (事業継続計画（BCP）), one word with the score.
    setHeading(score::ScoreText::category(score::Category::Bcp),
               tr("The plan after the SME Agency's guideline, checked against the assets, "
                  "backups and restore tests Kamae keeps."));
    // English names the tabs alone, so that the seven fit a 1280-pixel
    // window; the Japanese adds the paper's form numbers (its readers know
    // the forms), and the tooltips name them in both.
    const QString tabs[TabCount][2] = {
        {tr("Plan", "tab, with form numbers in ja"),
         tr("Forms 02 and 04: the basic policy and the employee card")},
        {tr("Core businesses", "tab, with form numbers in ja"), tr("Form 06, with 08, 15 and 17")},
        {tr("Organisation", "tab, with form numbers in ja"), tr("Form 03")},
        {tr("Resources", "tab, with form numbers in ja"), tr("Forms 16-2 and 09")},
        {tr("Contacts", "tab, with form numbers in ja"), tr("Forms 11, 12 and 18")},
        {tr("Checks"), tr("The plan checked against the assets, backups and restore tests")},
        {tr("Exercises and versions"), tr("Exercises held, and the published versions")},
    };
    for (int t = 0; t < TabCount; ++t) {
        m_tabs->setTabText(t, tabs[t][0]);
        m_tabs->setTabToolTip(t, tabs[t][1]);
    }
    emptyState()->setTexts(
        tr("No core businesses yet"),
        tr("List the businesses that must keep going, or restart first, after a disaster or "
           "a cyber attack: taking orders, shipping, payroll… Then link the assets each "
           "depends on, and Kamae checks its recovery targets against the backups."));
    retranslateLists();
    retranslateHistory();
    retranslatePrinting();
}

} // namespace ui
} // namespace kamae
