#include "incidents/IncidentPlaybookPanel.h"

#include "incidents/IncidentPlaybooks.h"
#include "widgets/FlowLayout.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

IncidentPlaybookPanel::IncidentPlaybookPanel(QWidget *parent) : QWidget(parent)
{
    m_kinds = new QListWidget(this);
    m_kinds->setObjectName(QStringLiteral("playbookKinds"));
    for (int k = 0; k < domain::kIncidentKindCount; ++k)
        new QListWidgetItem(m_kinds);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("playbookSteps"));
    m_steps->setWordWrap(true);
    m_state = makeHintLabel(this, QStringLiteral("playbookState"));
    auto *buttons = new FlowLayout;
    const char *names[ActionCount] = {"adoptButton",      "addStepButton", "editStepButton",
                                      "removeStepButton", "moveUpButton",  "moveDownButton",
                                      "resetButton"};
    for (int a = 0; a < ActionCount; ++a) {
        m_actions[a] = new QAction(this);
        buttons->addWidget(makeActionButton(this, m_actions[a], QLatin1String(names[a])));
    }
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_state);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_steps, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        makeSplitter(this, Qt::Horizontal, QStringLiteral("playbookSplitter"), {m_kinds, right}));
    connect(m_kinds, &QListWidget::currentRowChanged, this, [this] {
        showSteps();
        updateActions();
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, &IncidentPlaybookPanel::updateActions);
    m_kinds->setCurrentRow(0);
}

void IncidentPlaybookPanel::setPlaybooks(const QVector<domain::Playbook> &adopted)
{
    m_adopted = adopted;
    showKinds();
    showSteps();
    updateActions();
}

domain::IncidentKind IncidentPlaybookPanel::currentKind() const
{
    return static_cast<domain::IncidentKind>(std::max(0, m_kinds->currentRow()));
}

void IncidentPlaybookPanel::setCurrentKind(domain::IncidentKind kind)
{
    m_kinds->setCurrentRow(static_cast<int>(kind));
}

domain::Playbook IncidentPlaybookPanel::current() const
{
    return incidents::playbookFor(currentKind(), m_adopted);
}

bool IncidentPlaybookPanel::currentAdopted() const
{
    for (const domain::Playbook &p : m_adopted)
        if (p.kind == currentKind() && !p.steps.isEmpty())
            return true;
    return false;
}

int IncidentPlaybookPanel::currentStep() const
{
    return m_steps->currentRow();
}

void IncidentPlaybookPanel::setCurrentStep(int step)
{
    m_steps->setCurrentRow(step);
}

void IncidentPlaybookPanel::showKinds()
{
    for (int k = 0; k < domain::kIncidentKindCount; ++k) {
        const auto kind = static_cast<domain::IncidentKind>(k);
        bool adopted = false;
        for (const domain::Playbook &p : std::as_const(m_adopted))
            adopted = adopted || (p.kind == kind && !p.steps.isEmpty());
        m_kinds->item(k)->setText(
            domain::IncidentRecordText::incidentKind(kind) +
            (adopted ? QString() : QStringLiteral("\n    ") + tr("(not adopted)")));
    }
}

void IncidentPlaybookPanel::showSteps()
{
    const int row = m_steps->currentRow();
    m_steps->clear();
    const domain::Playbook shown = incidents::shownPlaybook(current());
    for (int s = 0; s < shown.steps.size(); ++s)
        m_steps->addItem(QStringLiteral("%1. %2").arg(s + 1).arg(shown.steps.at(s).text));
    m_steps->setCurrentRow(std::min(row, m_steps->count() - 1));
    m_state->setText(currentAdopted()
                         ? tr("The company's playbook: the incident log's checklist for this "
                              "kind. Edit it to fit; Reset brings back Kamae's steps.")
                         : tr("Kamae's steps (from METI's and IPA's advice). Adopt them as "
                              "they are, or edit them: either makes them the company's."));
}

void IncidentPlaybookPanel::updateActions()
{
    const int step = currentStep();
    const int count = m_steps->count();
    m_actions[Adopt]->setEnabled(!currentAdopted());
    m_actions[Edit]->setEnabled(step >= 0);
    m_actions[Remove]->setEnabled(step >= 0);
    m_actions[MoveUp]->setEnabled(step > 0);
    m_actions[MoveDown]->setEnabled(step >= 0 && step < count - 1);
    m_actions[Reset]->setEnabled(
        currentAdopted() &&
        incidents::shownPlaybook(current()).steps !=
            incidents::shownPlaybook(incidents::resetToDefault(current())).steps);
}

void IncidentPlaybookPanel::retranslate()
{
    const QString texts[ActionCount] = {
        tr("Adopt Kamae's steps"),   tr("Add step…"), tr("Edit step…"),
        tr("Remove step"),           tr("Move up"),   tr("Move down"),
        tr("Reset to Kamae's steps")};
    for (int a = 0; a < ActionCount; ++a)
        m_actions[a]->setText(texts[a]);
    showKinds();
    showSteps();
    updateActions();
}

} // namespace ui
} // namespace kamae
