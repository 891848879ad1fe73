#include "dashboard/ScoreCard.h"

#include "dashboard/ScoreTableModels.h"
#include "i18n/Language.h"
#include "score/Score.h"
#include "score/ScoreBands.h"
#include "score/ScoreJson.h"
#include "widgets/Widgets.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace kamae {
namespace ui {

namespace {

// Green, amber or red by the score's band, readable on light and dark windows.
QColor scoreColour(double total, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return score::bandColour(score::scoreBand(total), dark);
}

} // namespace

QString changeText(double change)
{
    const double rounded = score::roundedPoints(change);
    const QString number = QLocale().toString(std::abs(rounded), 'f', 1);
    if (rounded > 0)
        return QStringLiteral("+") + number;
    if (rounded < 0)
        return QStringLiteral("−") + number;
    return QStringLiteral("±") + number;
}

ScoreCard::ScoreCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("scoreCard"));
    setFrameShape(QFrame::StyledPanel);
    auto *caption = sayingText(makeBoldLabel(this), [] { return tr("Posture score"); });
    m_value = makeBoldLabel(this, 4.0);
    m_value->setObjectName(QStringLiteral("scoreValue"));
    auto *outOf = sayingText(new QLabel(this), [] { return tr("/ 100"); });
    outOf->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_declared = makeWrappedLabel(this, QStringLiteral("declaredLabel"));
    m_sinceLast = makeWrappedLabel(this, QStringLiteral("sinceLastLabel"));
    const char *names[3] = {"change30Label", "change90Label", "change365Label"};
    for (int i = 0; i < 3; ++i) {
        m_changes[i] = new QLabel(this);
        m_changes[i]->setObjectName(QString::fromLatin1(names[i]));
    }
    m_snapshot = new QPushButton(this);
    m_snapshot->setObjectName(QStringLiteral("snapshotButton"));
    connect(m_snapshot, &QPushButton::clicked, this, &ScoreCard::snapshotRequested);

    auto *number = new QHBoxLayout;
    number->addWidget(m_value);
    number->addWidget(outOf, 0, Qt::AlignBottom);
    number->addStretch(1);
    auto *changes = new QHBoxLayout;
    for (QLabel *l : m_changes)
        changes->addWidget(l);
    changes->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(caption);
    layout->addLayout(number);
    layout->addWidget(m_declared);
    layout->addWidget(m_sinceLast);
    layout->addLayout(changes);
    layout->addStretch(1);
    layout->addWidget(m_snapshot, 0, Qt::AlignLeft);
    retranslate();
}

void ScoreCard::setScore(double total, const score::Trend &trend, double answerPoints)
{
    m_total = total;
    m_answerPoints = answerPoints;
    m_trend = trend;
    retranslate();
}

void ScoreCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QFrame::changeEvent(event);
}

void ScoreCard::restyle()
{
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText, scoreColour(score::displayedScore(m_total), palette()));
    m_value->setPalette(p);
}

void ScoreCard::retranslate()
{
    m_value->setText(QString::number(score::displayedScore(m_total)));
    const int declared = score::displayedScore(m_answerPoints);
    m_declared->setText(declared > 0 ? tr("of which %1 self-declared (self-assessment answers), "
                                          "%2 on records")
                                           .arg(declared)
                                           .arg(score::displayedScore(m_total) - declared)
                        : score::displayedScore(m_total) > 0 ? tr("all on records")
                                                             : QString());
    m_declared->setToolTip(tr("Self-declared points rest on the company's own answers to the "
                              "self-assessment; the others on dated records kept in Kamae."));
    if (m_trend.sinceLast)
        m_sinceLast->setText(
            tr("%1 since the last snapshot (%2)")
                .arg(changeText(*m_trend.sinceLast), i18n::formatDate(m_trend.lastDay)));
    else
        m_sinceLast->setText(tr("No earlier snapshot yet: the trend starts today."));
    const std::optional<double> changes[3] = {m_trend.since30, m_trend.since90, m_trend.since365};
    const int days[3] = {30, 90, 365};
    for (int i = 0; i < 3; ++i) {
        m_changes[i]->setText(
            tr("%1 days: %2").arg(days[i]).arg(changes[i] ? changeText(*changes[i]) : tr("—")));
        m_changes[i]->setToolTip(
            tr("Change against the newest snapshot at least %1 days old").arg(days[i]));
    }
    m_snapshot->setText(tr("Record today's score"));
    m_snapshot->setToolTip(tr("Stores the score now as today's point of the trend (Kamae also "
                              "does this once a day by itself)"));
    restyle();
}

} // namespace ui
} // namespace kamae
