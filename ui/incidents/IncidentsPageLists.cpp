// The directory of whom to call, the partners to inform (each written
// whole, one undoable step per change) and the playbooks.
#include "incidents/IncidentsPage.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "incidents/IncidentDefaults.h"
#include "incidents/IncidentEntryDialogs.h"
#include "incidents/IncidentPlaybookPanel.h"
#include "incidents/IncidentPlaybooks.h"
#include "incidents/IncidentScore.h"
#include "incidents/IncidentsSettings.h"
#include "widgets/ListPanel.h"
#include "widgets/ListTableModel.h"
#include "widgets/MessageBar.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

using domain::IncidentContact;
using domain::IncidentPartner;

void IncidentsPage::connectPanel(ListPanel *panel, int nameColumn, std::function<void()> add,
                                 std::function<void()> edit, std::function<void()> remove)
{
    connect(panel->action(ListPanel::Add), &QAction::triggered, this, std::move(add));
    connect(panel->action(ListPanel::Edit), &QAction::triggered, this, std::move(edit));
    connect(panel->action(ListPanel::Delete), &QAction::triggered, this, std::move(remove));
    TableOptions table;
    table.idRole = TableModel::IdRole;
    table.nameColumn = nameColumn;
    // What needs attention stays in view on a narrow screen: the legal
    // clock, what a directory entry lacks and when it was checked.
    if (panel == m_log) {
        table.clearFilters = [this] {
            m_search->clear();
        };
        table.earlyColumns = {4};
    } else if (panel == m_contacts) {
        table.earlyColumns = {6, 5};
    }
    addListTable(panel->view(), table, panel->action(ListPanel::Add),
                 panel->action(ListPanel::Edit), panel->action(ListPanel::Delete));
}

template <typename T> void IncidentsPage::connectList(const WholeList<T> &list)
{
    connectPanel(
        list.panel, 1, [this, list] { editEntry(list, true); },
        [this, list] { editEntry(list, false); }, [this, list] { removeEntry(list); });
}

template <typename T> void IncidentsPage::editEntry(const WholeList<T> &list, bool adding)
{
    const qint64 id = adding ? 0 : list.panel->currentId();
    const QVector<T> &records = this->*list.records;
    const auto at = [id](const QVector<T> &in) {
        return std::find_if(in.begin(), in.end(), [id](const T &r) { return r.id == id; });
    };
    T record{};
    if (!adding) {
        if (at(records) == records.end())
            return;
        record = *at(records);
    }
    const std::optional<T> made = list.edit(record);
    if (!made || (!adding && *made == record))
        return;
    // The list as it is after the dialog (its event loop may have reloaded it).
    QVector<T> after = this->*list.records;
    if (adding) {
        after.append(*made);
    } else {
        const auto it =
            std::find_if(after.begin(), after.end(), [id](const T &r) { return r.id == id; });
        if (it == after.end())
            return;
        *it = *made;
    }
    list.push(this->*list.records, after,
              (adding ? tr("Add \"%1\"") : tr("Edit \"%1\"")).arg(list.name(*made)));
    if (!adding)
        list.panel->selectId(id);
    else if (!(this->*list.records).isEmpty())
        list.panel->selectId((this->*list.records).constLast().id);
}

template <typename T> void IncidentsPage::removeEntry(const WholeList<T> &list)
{
    const qint64 id = list.panel->currentId();
    QVector<T> after = this->*list.records;
    const auto it =
        std::find_if(after.begin(), after.end(), [id](const T &r) { return r.id == id; });
    if (it == after.end())
        return;
    const QString name = list.name(*it);
    if (!confirmed(this, tr("Delete"),
                   tr("Delete \"%1\"?").arg(name) + QStringLiteral("\n\n") + undoHint()))
        return;
    after = this->*list.records;
    const auto again =
        std::find_if(after.begin(), after.end(), [id](const T &r) { return r.id == id; });
    if (again == after.end())
        return;
    after.erase(again);
    list.push(this->*list.records, after, tr("Delete \"%1\"").arg(name));
}

void IncidentsPage::setUpLists()
{
    auto *contactsTab = new QWidget(m_tabs);
    m_contactsSummary = makeWrappedLabel(contactsTab, QStringLiteral("contactsSummary"));
    m_contacts = new ListPanel(
        new ListTableModel(
            7,
            [] {
                return QStringList{tr("Kind"),   tr("Name"),    tr("Phone"), tr("Address or page"),
                                   tr("Region"), tr("Checked"), tr("Needs")};
            },
            this),
        QStringLiteral("contactView"), contactsTab);
    m_restoreContact = new QAction(this);
    m_fillDirectory = new QAction(this);
    m_contacts->addButton(m_restoreContact, QStringLiteral("restoreContactButton"));
    m_contacts->addButton(m_fillDirectory, QStringLiteral("fillDirectoryButton"));
    auto *contactsLayout = new QVBoxLayout(contactsTab);
    contactsLayout->setContentsMargins(0, 0, 0, 0);
    contactsLayout->addWidget(m_contactsSummary);
    contactsLayout->addWidget(m_contacts, 1);
    m_tabs->addTab(contactsTab, QString());
    m_partners =
        new ListPanel(new ListTableModel(
                          6,
                          [] {
                              return QStringList{tr("Partner"), tr("Who there"), tr("How"),
                                                 tr("Address"), tr("Inform of"), tr("Overseas")};
                          },
                          this),
                      QStringLiteral("partnerView"), m_tabs);
    m_tabs->addTab(m_partners, QString());
    m_playbooks = new IncidentPlaybookPanel(m_tabs);
    m_tabs->addTab(m_playbooks, QString());

    connectList(WholeList<IncidentContact>{
        &IncidentsPage::m_contactRecords, m_contacts,
        [](const IncidentContact &c) { return incidents::shownContact(c).name; },
        [this](const IncidentContact &c) {
            auto made = editIncidentContact(incidents::shownContact(c), m_people, m_industry, this);
            if (made)
                *made = incidents::storedContact(*made);
            return made;
        },
        [this](QVector<IncidentContact> before, QVector<IncidentContact> after, QString text) {
            m_undo.push(contactsCommand(m_context, std::move(before), std::move(after), text));
        }});
    connectList(WholeList<IncidentPartner>{
        &IncidentsPage::m_partnerRecords, m_partners,
        [](const IncidentPartner &p) { return p.name; },
        [this](const IncidentPartner &p) { return editIncidentPartner(p, this); },
        [this](QVector<IncidentPartner> before, QVector<IncidentPartner> after, QString text) {
            m_undo.push(partnersCommand(m_context, std::move(before), std::move(after), text));
        }});
    connect(m_contacts, &ListPanel::currentChanged, this, [this] {
        const qint64 id = m_contacts->currentId();
        bool builtin = false;
        for (const IncidentContact &c : std::as_const(m_contactRecords))
            builtin = builtin || (c.id == id && !c.builtin.isEmpty());
        m_restoreContact->setEnabled(builtin);
    });
    m_restoreContact->setEnabled(false);
    connect(m_restoreContact, &QAction::triggered, this, &IncidentsPage::restoreCurrentContact);
    connect(m_fillDirectory, &QAction::triggered, this, &IncidentsPage::fillDirectory);
    addContextAction(m_contacts->view(), m_restoreContact);
    rememberView(m_contacts->view(), settings::incidentsContactsHeader);
    rememberView(m_partners->view(), settings::incidentsPartnersHeader);

    using P = IncidentPlaybookPanel;
    const auto edited = [this](const std::function<bool(domain::Playbook &, int &)> &change,
                               const QString &text) {
        domain::Playbook after = m_playbooks->current();
        int step = m_playbooks->currentStep();
        if (!change(after, step))
            return;
        savePlaybook(after, text);
        m_playbooks->setCurrentStep(step);
    };
    connect(m_playbooks->action(P::Adopt), &QAction::triggered, this,
            [this] { adoptPlaybook(m_playbooks->currentKind()); });
    connect(m_playbooks->action(P::Add), &QAction::triggered, this, [this, edited] {
        edited(
            [this](domain::Playbook &p, int &step) {
                const auto made = editPlaybookStep({}, this);
                if (!made)
                    return false;
                step = step < 0 ? static_cast<int>(p.steps.size()) : step + 1;
                p.steps.insert(step, *made);
                return true;
            },
            tr("Add playbook step"));
    });
    connect(m_playbooks->action(P::Edit), &QAction::triggered, this, [this, edited] {
        edited(
            [this](domain::Playbook &p, int &step) {
                if (step < 0 || step >= p.steps.size())
                    return false;
                domain::PlaybookStep shown = p.steps.at(step);
                shown.text = incidents::shownStepText(shown.text);
                const auto made = editPlaybookStep(shown, this);
                if (!made || made->text == shown.text)
                    return false;
                p.steps[step].text = made->text;
                return true;
            },
            tr("Edit playbook step"));
    });
    connect(m_playbooks->action(P::Remove), &QAction::triggered, this, [edited] {
        edited(
            [](domain::Playbook &p, int &step) {
                if (step < 0 || step >= p.steps.size())
                    return false;
                p.steps.removeAt(step);
                step = std::min(step, static_cast<int>(p.steps.size()) - 1);
                return true;
            },
            tr("Remove playbook step"));
    });
    for (const int by : {-1, 1})
        connect(m_playbooks->action(by < 0 ? P::MoveUp : P::MoveDown), &QAction::triggered, this,
                [edited, by] {
                    edited(
                        [by](domain::Playbook &p, int &step) {
                            const int to = step + by;
                            if (step < 0 || to < 0 || to >= p.steps.size())
                                return false;
                            p.steps.swapItemsAt(step, to);
                            step = to;
                            return true;
                        },
                        tr("Move playbook step"));
                });
    connect(m_playbooks->action(P::Reset), &QAction::triggered, this, [this] {
        if (!confirmed(this, tr("Reset playbook"),
                       tr("Replace the company's steps for this kind with Kamae's? Steps you "
                          "wrote go; ticks in past incidents keep their text.") +
                           QStringLiteral("\n\n") + undoHint()))
            return;
        savePlaybook(incidents::resetToDefault(m_playbooks->current()),
                     tr("Reset playbook to Kamae's steps"));
    });
}

void IncidentsPage::savePlaybook(const domain::Playbook &after, const QString &text)
{
    domain::Playbook before;
    before.kind = after.kind;
    for (const domain::Playbook &p : std::as_const(m_adopted))
        if (p.kind == after.kind)
            before = p;
    m_undo.push(playbookCommand(m_context, before, after, text));
}

void IncidentsPage::adoptPlaybook(domain::IncidentKind kind)
{
    m_playbooks->setCurrentKind(kind);
    savePlaybook(incidents::defaultPlaybook(kind),
                 tr("Adopt playbook: %1").arg(domain::IncidentRecordText::incidentKind(kind)));
}

void IncidentsPage::fillDirectory()
{
    // Kamae's entries the directory does not hold yet, after the company's.
    QVector<IncidentContact> after = m_contactRecords;
    int added = 0;
    for (const IncidentContact &c : incidents::defaultContacts({}, m_industry, clock::today())) {
        bool there = false;
        for (const IncidentContact &e : std::as_const(m_contactRecords))
            there = there || e.builtin == c.builtin;
        if (!there) {
            after << c;
            ++added;
        }
    }
    if (added == 0) {
        messageBar()->showInfo(tr("The directory already holds every entry Kamae ships."));
        return;
    }
    m_tabs->setCurrentIndex(ContactsTab);
    m_undo.push(contactsCommand(m_context, m_contactRecords, after,
                                tr("Add Kamae's contacts to the directory")));
    messageBar()->showInfo(tr("%n entry(ies) added. Fill in the numbers you checked, and the "
                              "prefecture for the police.",
                              nullptr, added));
}

void IncidentsPage::restoreCurrentContact()
{
    const qint64 id = m_contacts->currentId();
    QVector<IncidentContact> after = m_contactRecords;
    for (IncidentContact &c : after)
        if (c.id == id && !c.builtin.isEmpty()) {
            const IncidentContact restored = incidents::restoredContact(c, clock::today());
            if (restored == c)
                return;
            c = restored;
            m_undo.push(
                contactsCommand(m_context, m_contactRecords, after,
                                tr("Restore \"%1\"").arg(incidents::shownContact(restored).name)));
            m_contacts->selectId(id);
            return;
        }
}

void IncidentsPage::showListRows()
{
    const QDate today = clock::today();
    QVector<ListRow> rows;
    for (const IncidentContact &stored : std::as_const(m_contactRecords)) {
        const IncidentContact c = incidents::shownContact(stored);
        QString needs;
        switch (incidents::contactState(c, today)) {
        case incidents::ContactState::Ok:
            break;
        case incidents::ContactState::Unreachable:
            needs = tr("A number, address or page");
            break;
        case incidents::ContactState::NeverChecked:
            needs = tr("Never checked");
            break;
        case incidents::ContactState::Stale:
            needs = tr("Not checked in 12 months");
            break;
        }
        QString name = c.name;
        if (name.isEmpty())
            for (const domain::Person &p : std::as_const(m_people))
                if (p.id == c.personId)
                    name = p.name;
        rows.append({c.id,
                     {domain::IncidentRecordText::contactKind(c.kind), name, c.phone,
                      c.address.isEmpty() ? c.officialPage : c.address, c.region,
                      c.checked.isValid() ? i18n::formatDate(c.checked) : QString(), needs},
                     {static_cast<int>(c.kind), {}, {}, {}, {}, c.checked, {}}});
    }
    m_contacts->model()->setRows(rows);
    incidents::ScoreData data;
    data.contacts = m_contactRecords;
    const incidents::Summary summary = incidents::summarize(data, today);
    QStringList missing;
    for (incidents::ContactGroup g : summary.missing)
        missing << incidents::contactGroupName(g);
    m_contactsSummary->setText(
        missing.isEmpty()
            ? tr("Every kind of contact the score asks for is listed and checked within 12 "
                 "months.")
            : tr("Not yet listed, reachable and checked within 12 months: %1.")
                  .arg(missing.join(tr(", "))));

    rows.clear();
    for (const IncidentPartner &p : std::as_const(m_partnerRecords)) {
        QStringList kinds;
        for (int k = 0; k < domain::kIncidentKindCount; ++k)
            if (p.informedOf(static_cast<domain::IncidentKind>(k)))
                kinds << domain::IncidentRecordText::incidentKind(
                    static_cast<domain::IncidentKind>(k));
        rows.append({p.id,
                     {p.name, p.contact, domain::IncidentRecordText::channel(p.channel), p.address,
                      p.kinds == domain::kAllIncidentKinds ? tr("All kinds") : kinds.join(tr(", ")),
                      p.overseas ? tr("Overseas") : QString()},
                     {}});
    }
    m_partners->model()->setRows(rows);
}

void IncidentsPage::retranslateLists()
{
    const auto texts = [](ListPanel *panel, const QString &title, const QString &add) {
        panel->setTexts(title, add, tr("Edit…"), tr("Delete"));
    };
    m_log->setTexts(tr("The incident log, newest first"), tr("New incident…"), tr("Edit details…"),
                    tr("Delete"));
    texts(m_contacts, tr("Whom to call: the public desks, the experts and your own responders"),
          tr("Add contact…"));
    texts(m_partners,
          tr("Business partners and overseas sites to tell when an incident may reach them"),
          tr("Add partner…"));
    m_restoreContact->setText(tr("Restore Kamae's entry"));
    m_restoreContact->setToolTip(tr("Kamae's texts and address for this entry, as shipped"));
    m_fillDirectory->setText(tr("Add Kamae's entries"));
    m_fillDirectory->setToolTip(tr("IPA, JPCERT/CC, the police, the ministry, the Commission, "
                                   "the Otasuketai provider and the insurer"));
    showListRows();
}

} // namespace ui
} // namespace kamae
