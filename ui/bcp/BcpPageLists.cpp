// The BCP page's lists of the plan: the core businesses (様式06), the roles
// (03), the bottleneck resources and investments (16-2, 09), the contacts
// and insurance (11, 12, 18); their rows and their editors.
#include "bcp/BcpPage.h"

#include "bcp/BcpBusinessDialog.h"
#include "bcp/BcpEntryDialogs.h"
#include "bcp/BcpPlanPanel.h"
#include "bcp/BcpSettings.h"
#include "i18n/Language.h"
#include "widgets/ListPanel.h"
#include "widgets/ListTableModel.h"
#include "widgets/MessageBar.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

QString hoursText(int hours)
{
    return hours < 0 ? QStringLiteral("—") : BcpPage::tr("%1 h").arg(hours);
}

QVariant hoursKey(int hours)
{
    return hours;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? i18n::formatDate(date) : QString();
}

// A tab holding two lists one under the other.
QWidget *twoLists(QWidget *parent, ListPanel *&first, ListTableModel *firstModel,
                  const QString &firstName, ListPanel *&second, ListTableModel *secondModel,
                  const QString &secondName)
{
    auto *tab = new QWidget(parent);
    first = new ListPanel(firstModel, firstName, tab);
    second = new ListPanel(secondModel, secondName, tab);
    // Sized against each other, so that the tab fits a small screen.
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        makeSplitter(tab, Qt::Vertical, firstName + QStringLiteral("Splitter"), {first, second}));
    return tab;
}

// The entry with `id` in a list of the plan, or end().
template <typename T> typename QVector<T>::iterator withId(QVector<T> &entries, qint64 id)
{
    return std::find_if(entries.begin(), entries.end(), [id](const T &e) { return e.id == id; });
}

} // namespace

template <typename T> void BcpPage::addEntry(const PlanList<T> &list)
{
    m_planPanel->flush();
    const std::optional<T> made = list.edit(T{});
    if (!made)
        return;
    domain::BcpPlan after = m_plan;
    (after.*list.entries).append(*made);
    if (SavePlanCommand *command =
            pushPlan(after, tr("Add \"%1\" to the BCP").arg(list.name(*made))))
        list.panel->selectId((command->after().*list.entries).constLast().id);
}

template <typename T> void BcpPage::editEntry(const PlanList<T> &list)
{
    m_planPanel->flush();
    const qint64 id = list.panel->currentId();
    domain::BcpPlan after = m_plan;
    QVector<T> &entries = after.*list.entries;
    const auto it = withId(entries, id);
    if (it == entries.end())
        return;
    const std::optional<T> made = list.edit(*it);
    if (!made || *made == *it)
        return;
    *it = *made;
    pushPlan(after, tr("Edit \"%1\" in the BCP").arg(list.name(*made)));
    list.panel->selectId(id);
}

template <typename T> void BcpPage::removeEntry(const PlanList<T> &list)
{
    m_planPanel->flush();
    const qint64 id = list.panel->currentId();
    QVector<T> shown = m_plan.*list.entries;
    const auto chosen = withId(shown, id);
    if (chosen == shown.end())
        return;
    const QString name = list.name(*chosen);
    if (!confirmed(this, tr("Delete from the BCP"),
                   tr("Delete \"%1\" from the BCP?").arg(name) + QStringLiteral("\n\n") +
                       undoHint()))
        return;
    // The plan as it is after the question (its event loop may have reloaded it).
    domain::BcpPlan after = m_plan;
    QVector<T> &entries = after.*list.entries;
    const auto it = withId(entries, id);
    if (it == entries.end())
        return;
    entries.erase(it);
    if (pushPlan(after, tr("Delete \"%1\" from the BCP").arg(name)))
        messageBar()->showInfo(tr("\"%1\" was deleted. Undo (Ctrl+Z) brings it back.").arg(name));
}

template <typename T> void BcpPage::connectList(const PlanList<T> &list)
{
    ListPanel *panel = list.panel;
    connect(panel->action(ListPanel::Add), &QAction::triggered, this,
            [this, list] { addEntry(list); });
    connect(panel->action(ListPanel::Edit), &QAction::triggered, this,
            [this, list] { editEntry(list); });
    connect(panel->action(ListPanel::Delete), &QAction::triggered, this,
            [this, list] { removeEntry(list); });
    TableOptions table;
    table.idRole = TableModel::IdRole;
    table.nameColumn = panel == m_businesses || panel == m_contacts ? 1 : 0;
    addListTable(panel->view(), table, panel->action(ListPanel::Add),
                 panel->action(ListPanel::Edit), panel->action(ListPanel::Delete));
}

void BcpPage::setUpLists()
{
    const auto model = [this](int columns, std::function<QStringList()> titles) {
        return new ListTableModel(columns, std::move(titles), this);
    };
    auto *businessModel = model(7, [] {
        return QStringList{tr("No."), tr("Core business"), tr("Max. tolerable outage"), tr("RTO"),
                           tr("RPO"), tr("Assets"),        tr("Check status")};
    });
    m_businesses = new ListPanel(businessModel, QStringLiteral("businessView"), m_tabs);
    m_tabs->addTab(m_businesses, QString());
    m_roles = new ListPanel(
        model(4,
              [] {
                  return QStringList{tr("Role"), tr("Duties"), tr("Held by"), tr("Deputy")};
              }),
        QStringLiteral("roleView"), m_tabs);
    m_tabs->addTab(m_roles, QString());
    m_tabs->addTab(twoLists(m_tabs, m_bottlenecks,
                            model(4,
                                  [] {
                                      return QStringList{tr("Resource"), tr("Kind"),
                                                         tr("Register asset"), tr("Measure")};
                                  }),
                            QStringLiteral("bottleneckView"), m_investments,
                            model(4,
                                  [] {
                                      return QStringList{tr("Investment"), tr("Cost"),
                                                         tr("Planned for"), tr("Done on")};
                                  }),
                            QStringLiteral("investmentView")),
                   QString());
    m_tabs->addTab(twoLists(m_tabs, m_contacts,
                            model(5,
                                  [] {
                                      return QStringList{tr("Kind"), tr("Name"), tr("Organisation"),
                                                         tr("Phone"), tr("E-mail")};
                                  }),
                            QStringLiteral("contactView"), m_insurance,
                            model(5,
                                  [] {
                                      return QStringList{tr("Insurer"), tr("Policy"), tr("Covers"),
                                                         tr("Amount"), tr("Renews on")};
                                  }),
                            QStringLiteral("insuranceView")),
                   QString());

    connectList(PlanList<domain::BcpBusiness>{
        &domain::BcpPlan::businesses, m_businesses,
        [](const domain::BcpBusiness &b) { return b.name; },
        [this](const domain::BcpBusiness &b) -> std::optional<domain::BcpBusiness> {
            BcpBusinessDialog dialog(b, m_assets, this);
            if (dialog.exec() != QDialog::Accepted)
                return std::nullopt;
            return dialog.business();
        }});
    connectList(PlanList<domain::BcpRole>{&domain::BcpPlan::roles, m_roles,
                                          [](const domain::BcpRole &r) { return r.title; },
                                          [this](const domain::BcpRole &r) {
                                              return editBcpRole(r, m_people, this);
                                          }});
    connectList(
        PlanList<domain::BcpBottleneck>{&domain::BcpPlan::bottlenecks, m_bottlenecks,
                                        [](const domain::BcpBottleneck &b) { return b.resource; },
                                        [this](const domain::BcpBottleneck &b) {
                                            return editBcpBottleneck(b, m_assets, this);
                                        }});
    connectList(
        PlanList<domain::BcpInvestment>{&domain::BcpPlan::investments, m_investments,
                                        [](const domain::BcpInvestment &i) { return i.text; },
                                        [this](const domain::BcpInvestment &i) {
                                            return editBcpInvestment(i, this);
                                        }});
    connectList(PlanList<domain::BcpContact>{
        &domain::BcpPlan::contacts, m_contacts,
        [](const domain::BcpContact &c) { return c.name.isEmpty() ? c.organisation : c.name; },
        [this](const domain::BcpContact &c) {
            return editBcpContact(c, m_people, this);
        }});
    connectList(
        PlanList<domain::BcpInsurance>{&domain::BcpPlan::insurance, m_insurance,
                                       [](const domain::BcpInsurance &i) { return i.insurer; },
                                       [this](const domain::BcpInsurance &i) {
                                           return editBcpInsurance(i, this);
                                       }});

    rememberView(m_businesses->view(), settings::bcpBusinessesHeader);
    rememberView(m_roles->view(), settings::bcpRolesHeader);
    rememberView(m_bottlenecks->view(), settings::bcpBottlenecksHeader);
    rememberView(m_investments->view(), settings::bcpInvestmentsHeader);
    rememberView(m_contacts->view(), settings::bcpContactsHeader);
    rememberView(m_insurance->view(), settings::bcpInsuranceHeader);
}

void BcpPage::addBusiness()
{
    m_tabs->setCurrentIndex(BusinessesTab);
    m_businesses->action(ListPanel::Add)->trigger();
}

void BcpPage::editCurrentBusiness()
{
    m_businesses->action(ListPanel::Edit)->trigger();
}

void BcpPage::deleteCurrentBusiness()
{
    m_businesses->action(ListPanel::Delete)->trigger();
}

void BcpPage::showRows()
{
    QHash<qint64, QString> people;
    for (const domain::Person &p : std::as_const(m_people))
        people.insert(p.id, p.name);
    QHash<qint64, QString> assets;
    for (const auto &[id, name] : std::as_const(m_assets))
        assets.insert(id, name);

    QVector<ListRow> rows;
    int number = 0;
    for (const domain::BcpBusiness &b : std::as_const(m_plan.businesses)) {
        ++number;
        int against = 0;
        int gaps = 0;
        for (const bcp::Finding &f : std::as_const(m_findings))
            if (f.businessId == b.id)
                ++(f.againstRecords() ? against : gaps);
        QStringList status;
        if (against > 0)
            status << tr("%n finding(s)", nullptr, against);
        if (gaps > 0)
            status << tr("%n gap(s)", nullptr, gaps);
        rows.append(
            {b.id,
             {QString::number(number), b.name, hoursText(b.maxOutageHours), hoursText(b.rtoHours),
              hoursText(b.rpoHours), QString::number(b.assets.size()),
              status.isEmpty() ? tr("OK") : status.join(QStringLiteral(", "))},
             {number,
              {},
              hoursKey(b.maxOutageHours),
              hoursKey(b.rtoHours),
              hoursKey(b.rpoHours),
              static_cast<int>(b.assets.size()),
              against * 1000 + gaps}});
    }
    m_businesses->model()->setRows(rows);

    rows.clear();
    for (const domain::BcpRole &r : std::as_const(m_plan.roles))
        rows.append(
            {r.id, {r.title, r.duties, people.value(r.personId), people.value(r.deputyId)}, {}});
    m_roles->model()->setRows(rows);

    rows.clear();
    for (const domain::BcpBottleneck &b : std::as_const(m_plan.bottlenecks))
        rows.append({b.id,
                     {b.resource, domain::BcpRecordText::resourceKind(b.kind),
                      assets.value(b.assetId), b.measure},
                     {}});
    m_bottlenecks->model()->setRows(rows);

    rows.clear();
    for (const domain::BcpInvestment &i : std::as_const(m_plan.investments))
        rows.append(
            {i.id,
             {i.text, i.costYen < 0 ? QString() : tr("¥%1").arg(QLocale().toString(i.costYen)),
              dateText(i.planned), dateText(i.done)},
             {{}, i.costYen, i.planned, i.done}});
    m_investments->model()->setRows(rows);

    rows.clear();
    for (const domain::BcpContact &c : std::as_const(m_plan.contacts))
        rows.append({c.id,
                     {domain::BcpRecordText::contactKind(c.kind),
                      c.name.isEmpty() ? people.value(c.personId) : c.name, c.organisation, c.phone,
                      c.email},
                     {}});
    m_contacts->model()->setRows(rows);

    rows.clear();
    for (const domain::BcpInsurance &i : std::as_const(m_plan.insurance))
        rows.append({i.id,
                     {i.insurer, i.policy, i.covers, i.amount, dateText(i.renews)},
                     {{}, {}, {}, {}, i.renews}});
    m_insurance->model()->setRows(rows);
}

void BcpPage::retranslateLists()
{
    const auto texts = [](ListPanel *panel, const QString &title, const QString &add) {
        panel->setTexts(title, add, tr("Edit…"), tr("Delete"));
    };
    texts(m_businesses,
          tr("Core businesses (Form 06): the businesses to keep going first, their recovery "
             "targets and what they depend on"),
          tr("Add core business…"));
    texts(m_roles, tr("Emergency organisation (Form 03): roles, who holds each and the deputy"),
          tr("Add role…"));
    texts(m_bottlenecks, tr("Bottleneck resources (Form 16-2)"), tr("Add resource…"));
    texts(m_investments, tr("Pre-incident investments (Form 09)"), tr("Add investment…"));
    texts(m_contacts, tr("Emergency contacts: organisations (Form 11) and staff (Form 12)"),
          tr("Add contact…"));
    texts(m_insurance, tr("Insurance (Form 18)"), tr("Add insurance…"));
    showRows();
}

} // namespace ui
} // namespace kamae
