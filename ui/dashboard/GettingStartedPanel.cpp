#include "dashboard/GettingStartedPanel.h"

#include "score/ScoreBands.h"
#include "widgets/Widgets.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

GettingStartedPanel::GettingStartedPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("gettingStarted"));
    setFrameShape(QFrame::StyledPanel);
    auto *title = sayingText(makeBoldLabel(this), [] { return tr("Getting started"); });
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("gettingStartedProgress"));
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_hide = makeButton(this, QStringLiteral("hideGettingStartedButton"));
    m_hide->setFlat(true);
    connect(m_hide, &QPushButton::clicked, this, &GettingStartedPanel::hideRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_progress, 1);
    top->addWidget(m_hide);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < score::kFirstStepCount; ++i) {
        Row row;
        row.mark = new QLabel(this);
        row.mark->setObjectName(QStringLiteral("stepMark%1").arg(i + 1));
        row.mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        row.title = new QLabel(this);
        row.title->setObjectName(QStringLiteral("stepTitle%1").arg(i + 1));
        row.title->setWordWrap(true);
        row.detail = makeHintLabel(this, QStringLiteral("stepDetail%1").arg(i + 1));
        row.open = new QPushButton(this);
        row.open->setObjectName(QStringLiteral("stepButton%1").arg(i + 1));
        connect(row.open, &QPushButton::clicked, this, [this, i] {
            if (i < m_steps.size())
                emit stepRequested(m_steps.at(i).step, m_steps.at(i).place);
        });
        grid->addWidget(row.mark, 2 * i, 0, 2, 1);
        grid->addWidget(row.title, 2 * i, 1);
        grid->addWidget(row.detail, 2 * i + 1, 1);
        grid->addWidget(row.open, 2 * i, 2, 2, 1, Qt::AlignVCenter);
        m_rows.append(row);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addStretch(1);
    retranslate();
}

void GettingStartedPanel::setSteps(const QVector<score::StepState> &steps)
{
    m_steps = steps;
    retranslate();
}

int GettingStartedPanel::doneCount() const
{
    return static_cast<int>(std::count_if(m_steps.cbegin(), m_steps.cend(),
                                          [](const score::StepState &s) { return s.done; }));
}

void GettingStartedPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    QFrame::changeEvent(event);
}

void GettingStartedPanel::restyle()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool done = i < m_steps.size() && m_steps.at(i).done;
        QPalette p = m_rows.at(i).mark->palette();
        p.setColor(QPalette::WindowText, done ? score::bandColour(score::ScoreBand::Good, dark)
                                              : palette().color(QPalette::PlaceholderText));
        m_rows.at(i).mark->setPalette(p);
    }
}

void GettingStartedPanel::retranslate()
{
    m_progress->setText(tr("%1 of %2 done").arg(doneCount()).arg(static_cast<int>(m_steps.size())));
    m_hide->setText(tr("Hide this list"));
    m_hide->setToolTip(tr("Hides the list for this vault; the next actions still lead to "
                          "what is left."));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const bool has = i < m_steps.size();
        row.mark->setVisible(has);
        row.title->setVisible(has);
        row.detail->setVisible(has);
        row.open->setVisible(has);
        if (!has)
            continue;
        const score::StepState &s = m_steps.at(i);
        // ✓ for done, the step's number for what is left.
        row.mark->setText(s.done ? QStringLiteral("✓") : QStringLiteral("%1.").arg(i + 1));
        row.title->setText(s.title);
        row.detail->setText(s.detail);
        row.open->setText(s.done ? tr("Open") : tr("Start"));
        row.open->setToolTip(s.title);
        row.mark->setAccessibleName(s.done ? tr("Done") : tr("Not done yet"));
    }
    restyle();
}

} // namespace ui
} // namespace kamae
