#pragma once

#include "domain/Person.h"
#include "incidents/IncidentDeadlines.h"
#include "incidents/IncidentRecords.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QTabWidget;

namespace kamae {
namespace ui {

class ListPanel;
class OwnerCombo;

// What the detail of an incident shows: the incident, its legal clock
// (app/incidents/IncidentDeadlines), the playbook it follows (shown form),
// the names of the people and assets it refers to, and today.
struct IncidentView
{
    domain::Incident incident;
    incidents::LegalClock clock;
    domain::Playbook playbook;
    QHash<qint64, QString> people;
    QHash<qint64, QString> assets;
    QDate today;
};

// The detail of the incident selected in the log: its heading and actions
// (Edit details…, Close incident…, Partner notice…), and four tabs: the
// overview (times, assets, personal data, the legal clock, cause and
// lessons), the playbook's steps to tick, the timeline and the follow-up
// actions. The page connects the actions and the lists' buttons.
class IncidentDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDetailPanel)

public:
    enum Action
    {
        EditDetails,
        Close,
        Notice,
        NoRansom,
        ActionCount
    };
    enum Section
    {
        OverviewSection,
        PlaybookSection,
        TimelineSection,
        ActionsSection,
        SectionCount
    };

    explicit IncidentDetailPanel(QWidget *parent = nullptr);

    QAction *action(Action id) const { return m_actions[id]; }
    QTabWidget *sections() const { return m_sections; }
    ListPanel *timeline() const { return m_timeline; }
    ListPanel *followUps() const { return m_followUps; }
    QListWidget *checklist() const { return m_checklist; }
    QLabel *overview() const { return m_overview; }
    OwnerCombo *tickedBy() const { return m_tickedBy; }
    void setPeople(const QVector<domain::Person> &people);
    // Shows the incident; nothing (a hint) when null.
    void setIncident(const IncidentView *view);
    void retranslate();

signals:
    // A step of the checklist ticked or unticked: its index in the
    // playbook, or -(n+1) for the incident's n-th tick of a step the
    // playbook no longer has.
    void stepToggled(int step, bool ticked);

private:
    void showChecklist(const IncidentView &view);
    QString overviewHtml(const IncidentView &view) const;

    QLabel *m_heading = nullptr;
    QAction *m_actions[ActionCount] = {};
    QTabWidget *m_sections = nullptr;
    QLabel *m_overview = nullptr;
    OwnerCombo *m_tickedBy = nullptr;
    QListWidget *m_checklist = nullptr;
    ListPanel *m_timeline = nullptr;
    ListPanel *m_followUps = nullptr;
    std::optional<IncidentView> m_view;
};

// An instant in the user's zone, as the page shows it ("2026-06-20 09:40").
QString instantText(const QDateTime &instant);

} // namespace ui
} // namespace kamae
