#include "incidents/IncidentsPage.h"

#include "core/Clock.h"
#include "incidents/IncidentDeadlines.h"
#include "incidents/IncidentDetailPanel.h"
#include "incidents/IncidentPlaybookPanel.h"
#include "incidents/IncidentPlaybooks.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentScore.h"
#include "incidents/IncidentsModule.h"
#include "incidents/IncidentsSettings.h"
#include "modules/Registry.h"
#include "score/ScoreTypes.h"
#include "store/AssetRepository.h"
#include "store/OrganisationRepository.h"
#include "widgets/EmptyState.h"
#include "widgets/ListPanel.h"
#include "widgets/ListTableModel.h"
#include "widgets/MessageBar.h"
#include "widgets/OwnerCombo.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

IncidentsPage::IncidentsPage(store::Database &db, QUndoStack &undo, QWidget *parent)
    : ModulePage(db, parent), m_undo(undo)
{
    setObjectName(QStringLiteral("IncidentsPage"));
    watchTables(incidents::moduleTables() << QStringLiteral("person") << QStringLiteral("asset")
                                          << QStringLiteral("organisation"));
    m_context = reloadingContext();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("incidentsTabs"));
    m_tabs->setUsesScrollButtons(true);
    setUpLog();
    setUpLists();
    setUpPrinting();
    bodyLayout()->addWidget(m_tabs, 1);

    EmptyState *empty = addEmptyState(m_log->view());
    sayingText(
        empty->addButton(QStringLiteral("emptyNewIncidentButton"), [this] { newIncident(); }),
        [] { return tr("Record an incident…"); });

    rememberTab(m_tabs, settings::incidentsTab);
    retranslate();
    reload();
}

void IncidentsPage::load()
{
    store::IncidentRepository repo(database());
    auto incidents = repo.incidents();
    auto contacts = repo.contacts();
    auto partners = repo.partners();
    auto playbooks = repo.playbooks();
    auto assets = store::AssetRepository(database()).all();
    for (const QString &problem :
         {incidents ? QString() : incidents.error(), contacts ? QString() : contacts.error(),
          partners ? QString() : partners.error(), playbooks ? QString() : playbooks.error(),
          assets ? QString() : assets.error()})
        if (!problem.isEmpty()) {
            messageBar()->showError(problem);
            return;
        }
    m_incidents = std::move(incidents).value();
    m_contactRecords = std::move(contacts).value();
    m_partnerRecords = std::move(partners).value();
    m_adopted = std::move(playbooks).value();
    m_assets.clear();
    for (const domain::Asset &a : *assets)
        m_assets.append({a.id, a.name});
    m_people = OwnerCombo::loadPeople(database());
    if (auto org = store::OrganisationRepository(database()).load()) {
        m_company = org->name;
        m_industry = org->industry;
    }
    m_detail->setPeople(m_people);
    m_playbooks->setPlaybooks(m_adopted);
    showLogRows();
    showListRows();
    showDetail();
}

const domain::Incident *IncidentsPage::currentIncident() const
{
    const qint64 id = m_log->currentId();
    for (const domain::Incident &i : m_incidents)
        if (i.id == id && id > 0)
            return &i;
    return nullptr;
}

void IncidentsPage::showDetail()
{
    const domain::Incident *current = currentIncident();
    if (!current) {
        m_detail->setIncident(nullptr);
        return;
    }
    IncidentView view;
    view.incident = *current;
    view.clock = incidents::legalClock(*current, clock::timeZone());
    view.playbook = incidents::shownPlaybook(incidents::playbookFor(current->kind, m_adopted));
    for (const domain::Person &p : std::as_const(m_people))
        view.people.insert(p.id, p.name);
    for (const auto &[id, name] : std::as_const(m_assets))
        view.assets.insert(id, name);
    view.today = clock::today();
    m_detail->setIncident(&view);
}

void IncidentsPage::showIncident(qint64 id)
{
    m_tabs->setCurrentIndex(IncidentsTab);
    m_search->clear();
    m_log->selectId(id);
}

void IncidentsPage::showPlace(const QString &key, qint64 recordId)
{
    namespace kind = incidents::kind;
    if (key == kind::ContactsCheck || key == QLatin1String("incidents.contacts")) {
        m_tabs->setCurrentIndex(ContactsTab);
    } else if (key == QLatin1String("incidents.partners")) {
        m_tabs->setCurrentIndex(PartnersTab);
    } else if (key == QLatin1String("incidents.playbooks")) {
        m_tabs->setCurrentIndex(PlaybooksTab);
    } else {
        m_tabs->setCurrentIndex(IncidentsTab);
        if (recordId > 0) {
            showIncident(recordId);
            m_detail->sections()->setCurrentIndex(key == kind::FollowUp
                                                      ? IncidentDetailPanel::ActionsSection
                                                      : IncidentDetailPanel::OverviewSection);
        }
    }
}

void IncidentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the kinds, the clock and Kamae's texts are in the language
    }
    ModulePage::changeEvent(event);
}

QString IncidentsPage::title() const
{
    return modules::displayName(incidents::ModuleKey);
}

void IncidentsPage::retranslate()
{
    // The measure's name (インシデント対応・報告), one word with the score.
    setHeading(score::ScoreText::category(score::Category::Incidents),
               tr("What happened and what was done, the legal clock for personal data, whom "
                  "to call and whom to tell, and the first steps for each kind of incident."));
    const QString tabs[TabCount] = {tr("Incidents"), tr("Contacts"), tr("Partners"),
                                    tr("Playbooks")};
    for (int t = 0; t < TabCount; ++t)
        m_tabs->setTabText(t, tabs[t]);
    emptyState()->setTexts(
        tr("No incident recorded"),
        tr("When something happens (a strange e-mail opened, files encrypted, a lost laptop), "
           "record it here at once: Kamae shows the playbook's first steps and, if personal "
           "data is involved, the deadlines of the reports to the Commission. A drill can be "
           "recorded the same way."));
    m_search->setPlaceholderText(tr("Search incidents"));
    m_detail->retranslate();
    m_playbooks->retranslate();
    retranslateLists();
    retranslatePrinting();
}

} // namespace ui
} // namespace kamae
