#include "incidents/IncidentDetailPanel.h"

#include "core/Clock.h"
#include "i18n/Language.h"
#include "incidents/IncidentPlaybooks.h"
#include "widgets/FlowLayout.h"
#include "widgets/ListPanel.h"
#include "widgets/ListTableModel.h"
#include "widgets/OwnerCombo.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

using domain::IncidentRecordText;

QString instantText(const QDateTime &instant)
{
    if (!instant.isValid())
        return QStringLiteral("—");
    const QDateTime local = instant.toTimeZone(clock::timeZone());
    return i18n::formatDate(local.date()) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

IncidentDetailPanel::IncidentDetailPanel(QWidget *parent) : QWidget(parent)
{
    m_heading = makeBoldLabel(this, 1.1);
    m_heading->setObjectName(QStringLiteral("incidentHeading"));
    m_heading->setWordWrap(true);
    auto *buttons = new FlowLayout;
    const char *names[ActionCount] = {"editDetailsButton", "closeIncidentButton",
                                      "partnerNoticeButton", "noRansomButton"};
    for (int a = 0; a < ActionCount; ++a) {
        m_actions[a] = new QAction(this);
        if (a != NoRansom)
            buttons->addWidget(makeActionButton(this, m_actions[a], QLatin1String(names[a])));
    }

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("incidentSections"));
    m_sections->setUsesScrollButtons(true);
    m_overview = makeWrappedLabel(this, QStringLiteral("incidentOverview"));
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(m_sections);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_overview);
    m_sections->addTab(scroll, QString());

    auto *playbook = new QWidget(m_sections);
    m_tickedBy = new OwnerCombo(playbook);
    m_tickedBy->setObjectName(QStringLiteral("tickedByCombo"));
    QLabel *tickedByLabel = makeBuddyLabel(m_tickedBy, [] { return tr("Ticked &by:"); });
    m_checklist = new QListWidget(playbook);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setWordWrap(true);
    auto *who = new QHBoxLayout;
    who->addWidget(tickedByLabel);
    who->addWidget(m_tickedBy, 1);
    auto *playbookLayout = new QVBoxLayout(playbook);
    playbookLayout->setContentsMargins(4, 4, 4, 4);
    playbookLayout->addLayout(who);
    playbookLayout->addWidget(m_checklist, 1);
    m_sections->addTab(playbook, QString());
    // After the change: the page's reload rebuilds the list, which must not
    // happen inside the item's own signal.
    connect(m_checklist, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int step = item->data(Qt::UserRole).toInt();
        const bool ticked = item->checkState() == Qt::Checked;
        QMetaObject::invokeMethod(
            this, [this, step, ticked] { emit stepToggled(step, ticked); }, Qt::QueuedConnection);
    });

    const auto list = [this](int columns, std::function<QStringList()> titles,
                             const QString &name) {
        return new ListPanel(new ListTableModel(columns, std::move(titles), this), name,
                             m_sections);
    };
    m_timeline = list(
        5,
        [] {
            return QStringList{tr("Time"), tr("Kind"), tr("What"), tr("Who"), tr("Tag")};
        },
        QStringLiteral("timelineView"));
    m_timeline->addButton(m_actions[NoRansom], QStringLiteral("noRansomButton"));
    m_sections->addTab(m_timeline, QString());
    m_followUps = list(
        4,
        [] {
            return QStringList{tr("Action"), tr("Owner"), tr("Due"), tr("Done")};
        },
        QStringLiteral("followUpView"));
    m_sections->addTab(m_followUps, QString());
    m_timeline->titleLabel()->hide();
    m_followUps->titleLabel()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_sections, 1);
    setIncident(nullptr);
}

void IncidentDetailPanel::setPeople(const QVector<domain::Person> &people)
{
    m_tickedBy->setPeople(people, std::max<qint64>(0, m_tickedBy->ownerId()));
}

void IncidentDetailPanel::setIncident(const IncidentView *view)
{
    m_view = view ? std::optional<IncidentView>(*view) : std::nullopt;
    for (QAction *a : m_actions)
        a->setEnabled(view != nullptr);
    m_sections->setEnabled(view != nullptr);
    if (!view) {
        m_heading->setText(tr("Select an incident to see its details."));
        m_overview->clear();
        m_checklist->clear();
        m_timeline->model()->setRows({});
        m_followUps->model()->setRows({});
        return;
    }
    const domain::Incident &i = view->incident;
    QString heading = i.title.isEmpty() ? IncidentRecordText::incidentKind(i.kind) : i.title;
    heading += QStringLiteral(" — ") + IncidentRecordText::incidentKind(i.kind) +
               QStringLiteral(", ") + IncidentRecordText::status(i.status);
    if (i.drill)
        heading += QStringLiteral(" (") + tr("drill") + QLatin1Char(')');
    m_heading->setText(heading);
    m_actions[Close]->setEnabled(i.status != domain::IncidentStatus::Closed);
    m_overview->setText(overviewHtml(*view));
    showChecklist(*view);

    QVector<ListRow> rows;
    for (const domain::TimelineEntry &e : i.timeline)
        rows.append({e.id,
                     {instantText(e.at), IncidentRecordText::timelineKind(e.kind), e.text,
                      view->people.value(e.personId),
                      e.tag.isEmpty() ? QString() : IncidentRecordText::timelineTag(e.tag)},
                     {e.at}});
    m_timeline->model()->setRows(rows);
    rows.clear();
    for (const domain::IncidentAction &a : i.actions)
        rows.append({a.id,
                     {a.text, view->people.value(a.ownerId),
                      a.due.isValid() ? i18n::formatDate(a.due) : QString(),
                      a.done.isValid() ? i18n::formatDate(a.done) : QString()},
                     {{}, {}, a.due, a.done}});
    m_followUps->model()->setRows(rows);
}

void IncidentDetailPanel::showChecklist(const IncidentView &view)
{
    const QSignalBlocker block(m_checklist);
    const int row = m_checklist->currentRow();
    m_checklist->clear();
    const domain::Incident &i = view.incident;
    QVector<int> shownTicks;
    const auto add = [this, &view](const QString &text, int data, const domain::StepTick *tick) {
        QString line = text;
        if (tick) {
            const QString who = view.people.value(tick->personId);
            line += QStringLiteral("\n    ✓ ") +
                    (who.isEmpty() ? instantText(tick->at)
                                   : tr("%1, %2").arg(who, instantText(tick->at)));
        }
        auto *item = new QListWidgetItem(line, m_checklist);
        item->setData(Qt::UserRole, data);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
    };
    for (int s = 0; s < view.playbook.steps.size(); ++s) {
        const int t = incidents::tickOf(i, view.playbook.steps.at(s));
        if (t >= 0)
            shownTicks << t;
        add(QStringLiteral("%1. %2").arg(s + 1).arg(view.playbook.steps.at(s).text), s,
            t >= 0 ? &i.ticks.at(t) : nullptr);
    }
    for (int t = 0; t < i.ticks.size(); ++t)
        if (!shownTicks.contains(t))
            add(tr("%1 (no longer in the playbook)")
                    .arg(incidents::shownStepText(i.ticks.at(t).text)),
                -(t + 1), &i.ticks.at(t));
    m_checklist->setCurrentRow(std::min(row, m_checklist->count() - 1));
}

QString IncidentDetailPanel::overviewHtml(const IncidentView &view) const
{
    const domain::Incident &i = view.incident;
    const auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString html = QStringLiteral("<table cellspacing='2'>");
    const auto row = [&html, &esc](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(label), value.isEmpty() ? QStringLiteral("—") : esc(value));
    };
    row(tr("Detected:"), instantText(i.detected));
    row(tr("Occurred:"), instantText(i.occurred));
    row(tr("Aware:"), instantText(i.aware));
    row(tr("Reported:"), instantText(i.reported));
    row(tr("Contained:"), instantText(i.contained));
    row(tr("Resolved:"), instantText(i.resolved));
    row(tr("Found by:"), view.people.value(i.foundBy));
    QStringList assets;
    for (qint64 id : i.assets)
        assets << view.assets.value(id);
    row(tr("Affected assets:"), assets.join(tr(", ")));
    QStringList personal;
    if (!i.personal.kinds.isEmpty())
        personal << i.personal.kinds;
    if (i.personal.people >= 0)
        personal << tr("%n person(s)", nullptr, i.personal.people);
    if (i.personal.sensitive)
        personal << tr("sensitive");
    if (i.personal.financialRisk)
        personal << tr("risk of financial harm");
    if (i.personal.malice)
        personal << tr("suspected malice");
    row(tr("Personal data:"), personal.join(tr(", ")));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p><b>%1</b><br>")
                .arg(esc(tr("Legal clock (Personal Information "
                            "Protection Commission)")));
    const incidents::LegalClock &c = view.clock;
    const auto state = [&view, &esc](const QDate &due, const QDate &made) {
        if (made.isValid())
            return esc(tr("made on %1").arg(i18n::formatDate(made)));
        const qint64 days = view.today.daysTo(due);
        if (days < 0)
            return QStringLiteral("<span style='color:#c62828'><b>%1</b></span>")
                .arg(esc(tr("%n day(s) overdue", nullptr, static_cast<int>(-days))));
        return esc(tr("%n day(s) left", nullptr, static_cast<int>(days)));
    };
    if (i.drill) {
        html += esc(tr("A drill: no legal clock."));
    } else if (!c.applies) {
        html += esc(tr("No report is due: no sensitive data, no risk of financial harm, no "
                       "suspected malice, and not more than 1,000 people."));
    } else {
        QStringList why;
        for (incidents::ReportTrigger t : c.triggers)
            why << incidents::DeadlineText::trigger(t);
        html += esc(tr("A report is due because of: %1.").arg(why.join(tr(", ")))) +
                QStringLiteral("<br>") +
                esc(tr("Day 1 (aware): %1").arg(i18n::formatDate(c.aware))) +
                QStringLiteral("<br>") +
                esc(tr("Preliminary report (速報): by %1 (at the latest %2)")
                        .arg(i18n::formatDate(c.preliminaryDue),
                             i18n::formatDate(c.preliminaryLatest))) +
                QStringLiteral(" — ") + state(c.preliminaryDue, c.preliminaryMade) +
                QStringLiteral("<br>") +
                esc(tr("Final report (確報): by %1 (day %2)")
                        .arg(i18n::formatDate(c.finalDue))
                        .arg(c.finalDays)) +
                QStringLiteral(" — ") + state(c.finalDue, c.finalMade) + QStringLiteral("<br>") +
                esc(tr("People concerned: %1")
                        .arg(c.individualsNotified.isValid()
                                 ? tr("notified on %1").arg(i18n::formatDate(c.individualsNotified))
                                 : tr("not yet notified")));
    }
    html += QStringLiteral("</p>");
    const auto para = [&html, &esc](const QString &label, const QString &text) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(esc(label), text.isEmpty() ? QStringLiteral("—")
                                                    : esc(text).replace(QLatin1Char('\n'),
                                                                        QStringLiteral("<br>")));
    };
    para(tr("Cause"), i.cause);
    para(tr("Lessons learned"), i.lessons);
    return html;
}

void IncidentDetailPanel::retranslate()
{
    m_actions[EditDetails]->setText(tr("Edit details…"));
    m_actions[Close]->setText(tr("Close incident…"));
    m_actions[Notice]->setText(tr("Partner notice…"));
    m_actions[Notice]->setToolTip(tr("Whom to tell, and a message to start from"));
    m_actions[NoRansom]->setText(tr("Record decision: no ransom paid"));
    const QString sections[SectionCount] = {tr("Overview"), tr("Playbook"), tr("Timeline"),
                                            tr("Follow-ups")};
    for (int s = 0; s < SectionCount; ++s)
        m_sections->setTabText(s, sections[s]);
    // The lists say what they hold in their tabs' tooltips: a title over
    // them would take a row a small screen does not have.
    m_sections->setTabToolTip(TimelineSection,
                              tr("What was seen, done, decided and whom you contacted"));
    m_sections->setTabToolTip(ActionsSection, tr("What is done so that it does not happen again"));
    m_timeline->setTexts(QString(), tr("Add entry…"), tr("Edit…"), tr("Delete"));
    m_followUps->setTexts(QString(), tr("Add action…"), tr("Edit…"), tr("Delete"));
    if (m_view) {
        const IncidentView view = *m_view;
        setIncident(&view);
    } else {
        setIncident(nullptr);
    }
}

} // namespace ui
} // namespace kamae
