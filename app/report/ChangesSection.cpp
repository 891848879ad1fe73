#include "report/ReportText.h"
#include "report/Sections.h"

#include "core/Clock.h"

#include <algorithm>
#include <cmath>

namespace kamae {
namespace report {

namespace {

struct ChangesText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::report::ChangesText)
};

QString valueText(const Metric &m, double value)
{
    QString text = QString::number(value, 'f', m.decimals);
    if (m.unit == QLatin1String("%"))
        return ReportText::percent(qRound(value));
    return text;
}

struct Change
{
    const Metric *metric = nullptr;
    double before = 0;
    double gain = 0; // positive = better, in the metric's units
};

Table changeTable(const QVector<Change> &changes)
{
    Table t;
    t.columns = {{ChangesText::tr("Figure"), 7, Align::Left},
                 {ChangesText::tr("Previous report"), 3, Align::Right},
                 {ChangesText::tr("Now"), 3, Align::Right}};
    for (const Change &ch : changes) {
        const Tone tone = ch.gain > 0 ? Tone::Good : Tone::Bad;
        t.rows.append({Cell{ch.metric->label}, Cell{valueText(*ch.metric, ch.before), Tone::Muted},
                       Cell{valueText(*ch.metric, ch.metric->value), tone, true}});
    }
    return t;
}

} // namespace

void buildChanges(const ReportContext &c, ReportParts &parts)
{
    Section section;
    section.id = QStringLiteral("changes");
    section.title = ChangesText::tr("Changes since the previous report");
    if (!c.previous) {
        section.blocks.append(
            Paragraph{// Said to the reader, not to whoever prints it.
                      ChangesText::tr("This is the first report. The next one will show here what "
                                      "improved and what got worse since this one."),
                      false, Tone::Neutral});
        parts.document.sections.append(section);
        return;
    }
    const ReportRecord &prev = *c.previous;
    QVector<Change> better;
    QVector<Change> worse;
    int unchanged = 0;
    for (const Metric &m : parts.metrics) {
        const auto it = prev.metrics.constFind(m.key);
        if (it == prev.metrics.constEnd())
            continue;
        // Reports issued before issue 15 kept the total with one decimal:
        // compare it as the headline shows it.
        const double before = m.key == QLatin1String("score.total")
                                  ? double(score::displayedScore(it.value()))
                                  : it.value();
        const double step = std::pow(10.0, -m.decimals) / 2;
        const double diff = m.value - before;
        if (std::abs(diff) < step) {
            ++unchanged;
            continue;
        }
        const Change ch{&m, before, m.higherIsBetter ? diff : -diff};
        (ch.gain > 0 ? better : worse).append(ch);
    }
    // The score first, then the biggest moves.
    auto order = [](const Change &a, const Change &b) {
        const bool aTotal = a.metric->key == QLatin1String("score.total");
        const bool bTotal = b.metric->key == QLatin1String("score.total");
        if (aTotal != bTotal)
            return aTotal;
        return std::abs(a.gain) > std::abs(b.gain);
    };
    std::stable_sort(better.begin(), better.end(), order);
    std::stable_sort(worse.begin(), worse.end(), order);

    section.blocks.append(
        Paragraph{ChangesText::tr("Compared with the report issued on %1 (score %2, now %3).")
                      .arg(ReportText::date(clock::dateIn(prev.createdAt, clock::timeZone())),
                           QString::number(score::displayedScore(prev.total)),
                           QString::number(c.score.rounded())),
                  false, Tone::Neutral});
    section.blocks.append(SubHeading{ChangesText::tr("Improved")});
    if (better.isEmpty())
        section.blocks.append(Paragraph{ChangesText::tr("Nothing improved."), true, Tone::Muted});
    else
        section.blocks.append(changeTable(better));
    section.blocks.append(SubHeading{ChangesText::tr("Got worse")});
    if (worse.isEmpty())
        section.blocks.append(Paragraph{ChangesText::tr("Nothing got worse."), true, Tone::Muted});
    else
        section.blocks.append(changeTable(worse));
    if (unchanged > 0)
        section.blocks.append(
            Paragraph{ChangesText::tr("%n other figure(s) unchanged.", nullptr, unchanged), true,
                      Tone::Muted});
    parts.document.sections.append(section);
}

} // namespace report
} // namespace kamae
