#pragma once

#include "incidents/IncidentRecords.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;

namespace kamae {
namespace ui {

// The Playbooks tab: the kinds of incident, each with Kamae's steps until
// the company adopts them or edits its own; the steps of the kind chosen,
// and the actions on them (adopt, add, edit, remove, move, reset). The
// page makes each action one undoable step.
class IncidentPlaybookPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentPlaybookPanel)

public:
    enum Action
    {
        Adopt,
        Add,
        Edit,
        Remove,
        MoveUp,
        MoveDown,
        Reset,
        ActionCount
    };

    explicit IncidentPlaybookPanel(QWidget *parent = nullptr);

    QAction *action(Action id) const { return m_actions[id]; }
    QListWidget *kinds() const { return m_kinds; }
    QListWidget *steps() const { return m_steps; }
    // The adopted playbooks (stored form).
    void setPlaybooks(const QVector<domain::Playbook> &adopted);
    domain::IncidentKind currentKind() const;
    void setCurrentKind(domain::IncidentKind kind);
    // The playbook of the current kind as stored (or Kamae's, not adopted).
    domain::Playbook current() const;
    bool currentAdopted() const;
    int currentStep() const;
    void setCurrentStep(int step);
    void retranslate();

private:
    void showKinds();
    void showSteps();
    void updateActions();

    QVector<domain::Playbook> m_adopted;
    QListWidget *m_kinds = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_steps = nullptr;
    QAction *m_actions[ActionCount] = {};
};

} // namespace ui
} // namespace kamae
