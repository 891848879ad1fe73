// The incident log: its table, the detail of the incident selected, and
// every edit of an incident (each one undoable step of the whole incident).
#include "incidents/IncidentsPage.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "incidents/IncidentDeadlines.h"
#include "incidents/IncidentDetailPanel.h"
#include "incidents/IncidentEntryDialogs.h"
#include "incidents/IncidentNoticeDialog.h"
#include "incidents/IncidentPlaybooks.h"
#include "incidents/IncidentsSettings.h"
#include "widgets/ListPanel.h"
#include "widgets/ListTableModel.h"
#include "widgets/MessageBar.h"
#include "widgets/OwnerCombo.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

using domain::Incident;

namespace {

QString nameOf(const Incident &i)
{
    return i.title.isEmpty() ? domain::IncidentRecordText::incidentKind(i.kind) : i.title;
}

} // namespace

void IncidentsPage::setUpLog()
{
    auto *tab = new QWidget(m_tabs);
    m_log = new ListPanel(new ListTableModel(
                              5,
                              [] {
                                  return QStringList{tr("Incident"), tr("Kind"), tr("Status"),
                                                     tr("Detected"), tr("Legal clock")};
                              },
                              this),
                          QStringLiteral("incidentView"), tab);
    m_search = makeSearchEdit(m_log);
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_log->addWidget(m_search);
    m_detail = new IncidentDetailPanel(tab);
    QSplitter *split =
        makeSplitter(tab, Qt::Vertical, QStringLiteral("incidentSplitter"), {m_log, m_detail});
    // The incident's detail gets the room; the log shows a few rows.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({100, 300});
    // Never fewer than three rows of the log, whatever the detail asks for,
    // even with a horizontal scroll bar on a narrow window.
    QTableView *view = m_log->view();
    view->setMinimumHeight(view->horizontalHeader()->sizeHint().height() +
                           3 * view->verticalHeader()->defaultSectionSize() +
                           view->horizontalScrollBar()->sizeHint().height() +
                           2 * view->frameWidth() + 4);
    split->setChildrenCollapsible(false);
    rememberSplitter(split, settings::incidentsLogSplitter);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    m_tabs->addTab(tab, QString());

    connect(m_search, &QLineEdit::textChanged, m_log, &ListPanel::setFilterText);
    connect(m_log, &ListPanel::currentChanged, this, &IncidentsPage::showDetail);
    connectPanel(
        m_log, 0, [this] { newIncident(); }, [this] { editCurrentIncident(); },
        [this] { deleteCurrentIncident(); });
    setAction(m_log->view(), StandardAction::Find, [this] {
        m_tabs->setCurrentIndex(IncidentsTab);
        m_search->setFocus();
        m_search->selectAll();
    });
    rememberView(m_log->view(), settings::incidentsLogHeader);

    using D = IncidentDetailPanel;
    connect(m_detail->action(D::EditDetails), &QAction::triggered, this,
            &IncidentsPage::editCurrentIncident);
    connect(m_detail->action(D::Close), &QAction::triggered, this,
            &IncidentsPage::closeCurrentIncident);
    connect(m_detail->action(D::Notice), &QAction::triggered, this,
            &IncidentsPage::showPartnerNotice);
    connect(m_detail->action(D::NoRansom), &QAction::triggered, this,
            &IncidentsPage::recordNoRansomPaid);
    connect(m_detail, &IncidentDetailPanel::stepToggled, this, [this](int step, bool ticked) {
        setStepTicked(step, ticked, std::max<qint64>(0, m_detail->tickedBy()->ownerId()));
    });
    const auto timelineEdit = [this](const domain::TimelineEntry &e) {
        return editTimelineEntry(e, m_people, this);
    };
    const auto actionEdit = [this](const domain::IncidentAction &a) {
        return editIncidentAction(a, m_people, this);
    };
    ListPanel *timeline = m_detail->timeline();
    ListPanel *actions = m_detail->followUps();
    connectChild<domain::TimelineEntry>(
        &Incident::timeline, timeline, 2, timelineEdit,
        {tr("Add timeline entry"), tr("Edit timeline entry"), tr("Delete timeline entry")});
    connectChild<domain::IncidentAction>(
        &Incident::actions, actions, 0, actionEdit,
        {tr("Add follow-up action"), tr("Edit follow-up action"), tr("Delete follow-up action")});
    rememberView(timeline->view(), settings::incidentsTimelineHeader);
    rememberView(actions->view(), settings::incidentsActionsHeader);
}

void IncidentsPage::showLogRows()
{
    const QDate today = clock::today();
    QVector<ListRow> rows;
    for (const Incident &i : std::as_const(m_incidents)) {
        const incidents::NextDeadline next =
            incidents::nextDeadline(incidents::legalClock(i, clock::timeZone()));
        QString clockText = i.drill ? tr("Drill") : QStringLiteral("—");
        if (next.what == incidents::NextDeadline::Preliminary ||
            next.what == incidents::NextDeadline::Final) {
            const qint64 days = today.daysTo(next.due);
            const QString left = days < 0
                                     ? tr("%n day(s) overdue", nullptr, static_cast<int>(-days))
                                     : tr("%n day(s) left", nullptr, static_cast<int>(days));
            clockText = (next.what == incidents::NextDeadline::Preliminary
                             ? tr("Preliminary report by %1 (%2)")
                             : tr("Final report by %1 (%2)"))
                            .arg(i18n::formatDate(next.due), left);
        } else if (next.what == incidents::NextDeadline::Done) {
            clockText = tr("Reports made");
        }
        rows.append(
            {i.id,
             {nameOf(i), domain::IncidentRecordText::incidentKind(i.kind),
              domain::IncidentRecordText::status(i.status), instantText(i.detected), clockText},
             {{}, {}, static_cast<int>(i.status), i.detected, next.due}});
    }
    m_log->model()->setRows(rows);
}

bool IncidentsPage::pushIncident(const Incident &after, const QString &text)
{
    const Incident *current = currentIncident();
    if (!current)
        return false;
    IncidentCommand *command = incidentCommand(m_context, *current, after, text);
    const auto outcome = command->outcome();
    m_undo.push(command);
    return *outcome;
}

void IncidentsPage::newIncident()
{
    m_tabs->setCurrentIndex(IncidentsTab);
    Incident fresh;
    fresh.detected = clock::now();
    const std::optional<Incident> made = ui::newIncident(fresh, m_people, this);
    if (!made)
        return;
    IncidentCommand *command = incidentCommand(m_context, std::nullopt, *made,
                                               tr("Record incident \"%1\"").arg(nameOf(*made)));
    const auto outcome = command->outcome();
    m_undo.push(command);
    if (*outcome) {
        showIncident(command->after()->id);
        m_detail->sections()->setCurrentIndex(IncidentDetailPanel::PlaybookSection);
        messageBar()->showInfo(tr("Recorded. Work through the playbook's first steps and note "
                                  "what you do in the timeline."));
    }
}

void IncidentsPage::editCurrentIncident()
{
    const Incident *current = currentIncident();
    if (!current)
        return;
    const qint64 id = current->id;
    const std::optional<Incident> made = editIncidentDetails(*current, m_people, m_assets, this);
    if (!made || !currentIncident() || currentIncident()->id != id || *made == *currentIncident())
        return;
    pushIncident(*made, tr("Edit incident \"%1\"").arg(nameOf(*made)));
}

void IncidentsPage::deleteCurrentIncident()
{
    const Incident *current = currentIncident();
    if (!current)
        return;
    const qint64 id = current->id;
    const QString name = nameOf(*current);
    if (!confirmed(
            this, tr("Delete incident"),
            tr("Delete the incident \"%1\" with its timeline, follow-ups and ticks?").arg(name) +
                QStringLiteral("\n\n") + undoHint()))
        return;
    // The incident as it is after the question (its event loop may have reloaded it).
    current = currentIncident();
    if (!current || current->id != id)
        return;
    IncidentCommand *command =
        incidentCommand(m_context, *current, std::nullopt, tr("Delete incident \"%1\"").arg(name));
    const auto outcome = command->outcome();
    m_undo.push(command);
    if (*outcome)
        messageBar()->showInfo(tr("\"%1\" was deleted. Undo (Ctrl+Z) brings it back.").arg(name));
}

void IncidentsPage::closeCurrentIncident()
{
    const Incident *current = currentIncident();
    if (!current || current->status == domain::IncidentStatus::Closed)
        return;
    const qint64 id = current->id;
    QString lessons = current->lessons;
    if (lessons.trimmed().isEmpty()) {
        bool ok = false;
        lessons = QInputDialog::getMultiLineText(
            this, tr("Close incident"),
            tr("What did you learn, and what will you change? (You can leave it empty and add "
               "it later; the score counts an incident as reviewed once its lessons are "
               "recorded.)"),
            QString(), &ok);
        if (!ok)
            return;
    }
    current = currentIncident();
    if (!current || current->id != id)
        return;
    Incident after = *current;
    after.status = domain::IncidentStatus::Closed;
    after.lessons = lessons.trimmed();
    if (!after.resolved.isValid())
        after.resolved = clock::now();
    if (!pushIncident(after, tr("Close incident \"%1\"").arg(nameOf(after))))
        return;
    if (after.lessons.isEmpty())
        messageBar()->showMessage(MessageBar::Level::Warning,
                                  tr("Closed without lessons learned. Record them when you can: "
                                     "they are what the next incident gains."),
                                  tr("Edit details…"), [this] { editCurrentIncident(); });
    else
        messageBar()->showInfo(tr("Closed. Undo (Ctrl+Z) opens it again."));
}

void IncidentsPage::showPartnerNotice()
{
    if (const Incident *current = currentIncident()) {
        IncidentNoticeDialog dialog(*current, m_partnerRecords, m_company, this);
        dialog.exec();
    }
}

void IncidentsPage::recordNoRansomPaid()
{
    const Incident *current = currentIncident();
    if (!current)
        return;
    if (current->tagged(domain::timelinetag::NoRansomPaid)) {
        messageBar()->showInfo(tr("The decision not to pay is already in the timeline."));
        return;
    }
    Incident after = *current;
    after.timeline.append({0, clock::now(), domain::TimelineKind::Decision,
                           tr("Decided not to pay any ransom and not to contact the attacker."),
                           std::max<qint64>(0, m_detail->tickedBy()->ownerId()),
                           domain::timelinetag::NoRansomPaid});
    if (pushIncident(after, tr("Record decision: no ransom paid")))
        m_detail->sections()->setCurrentIndex(IncidentDetailPanel::TimelineSection);
}

void IncidentsPage::setStepTicked(int step, bool ticked, qint64 personId)
{
    const Incident *current = currentIncident();
    if (!current)
        return;
    Incident after = *current;
    if (step >= 0) {
        const domain::Playbook book = incidents::playbookFor(current->kind, m_adopted);
        if (step >= book.steps.size())
            return;
        const domain::PlaybookStep &s = book.steps.at(step);
        const int tick = incidents::tickOf(after, s);
        if (ticked && tick < 0)
            after.ticks.append({s.id, incidents::storedStepText(s.text), personId, clock::now()});
        else if (!ticked && tick >= 0)
            after.ticks.removeAt(tick);
    } else if (!ticked && -step - 1 < after.ticks.size()) {
        after.ticks.removeAt(-step - 1);
    }
    if (after == *current)
        return;
    if (!pushIncident(after, ticked ? tr("Tick playbook step") : tr("Untick playbook step")))
        showDetail(); // the check box shows what is stored
}

template <typename T>
void IncidentsPage::connectChild(QVector<T> Incident::*list, ListPanel *panel, int nameColumn,
                                 std::function<std::optional<T>(const T &)> edit,
                                 const QStringList &undoTexts)
{
    connectPanel(
        panel, nameColumn, [=] { editChild<T>(list, panel, true, edit, undoTexts.value(0)); },
        [=] { editChild<T>(list, panel, false, edit, undoTexts.value(1)); },
        [=] { removeChild<T>(list, panel, undoTexts.value(2)); });
}

template <typename T>
void IncidentsPage::editChild(QVector<T> Incident::*list, ListPanel *panel, bool adding,
                              std::function<std::optional<T>(const T &)> edit, const QString &text)
{
    const Incident *current = currentIncident();
    if (!current)
        return;
    const qint64 incidentId = current->id;
    const qint64 id = adding ? 0 : panel->currentId();
    const auto find = [id](const QVector<T> &records) {
        return std::find_if(records.begin(), records.end(),
                            [id](const T &r) { return r.id == id; });
    };
    T record{};
    if (!adding) {
        const auto it = find((*current).*list);
        if (it == ((*current).*list).end())
            return;
        record = *it;
    }
    const std::optional<T> made = edit(record);
    current = currentIncident();
    if (!made || !current || current->id != incidentId || (!adding && *made == record))
        return;
    Incident after = *current;
    QVector<T> &records = after.*list;
    if (adding) {
        records.append(*made);
    } else {
        const auto it =
            std::find_if(records.begin(), records.end(), [id](const T &r) { return r.id == id; });
        if (it == records.end())
            return;
        *it = *made;
    }
    pushIncident(after, text);
}

template <typename T>
void IncidentsPage::removeChild(QVector<T> Incident::*list, ListPanel *panel, const QString &text)
{
    const Incident *current = currentIncident();
    const qint64 id = panel->currentId();
    if (!current || id <= 0)
        return;
    Incident after = *current;
    QVector<T> &records = after.*list;
    const auto it =
        std::find_if(records.begin(), records.end(), [id](const T &r) { return r.id == id; });
    if (it == records.end())
        return;
    records.erase(it);
    if (pushIncident(after, text))
        messageBar()->showInfo(tr("Deleted. Undo (Ctrl+Z) brings it back."));
}

} // namespace ui
} // namespace kamae
