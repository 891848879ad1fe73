#include "report/ReportText.h"

#include "modules/Registry.h"
#include "report/Sections.h"

#include "i18n/Language.h"
#include "reminders/Reminders.h"

#include <algorithm>

namespace kamae {
namespace report {

using modules::modulesWithDuties;

namespace {

struct SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::report::SummaryText)
public:
    static QString verdict(Tone tone)
    {
        switch (tone) {
        case Tone::Good:
            return tr("Good");
        case Tone::Warn:
            return tr("Fair: gaps to close");
        default:
            return tr("Weak: act now");
        }
    }
    static QString opening(Tone tone, const QString &company, int score)
    {
        switch (tone) {
        case Tone::Good:
            return tr("%1's posture score is %2 of 100, which is good.").arg(company).arg(score);
        case Tone::Warn:
            return tr("%1's posture score is %2 of 100: fair, with gaps to close.")
                .arg(company)
                .arg(score);
        default:
            return tr("%1's posture score is %2 of 100, which is weak and needs action now.")
                .arg(company)
                .arg(score);
        }
    }
};

// Month starts inside the period, thinned so that labels never crowd.
QVector<TrendTick> monthTicks(const QDate &from, const QDate &to)
{
    QVector<QDate> months;
    for (QDate d(from.year(), from.month(), 1); d <= to; d = d.addMonths(1)) {
        if (d >= from)
            months.append(d);
    }
    const int step = months.size() > 8 ? 2 : 1;
    const bool ja = i18n::currentLanguage() == QLatin1String("ja");
    QVector<TrendTick> ticks;
    int labelledYear = 0;
    for (int i = 0; i < months.size(); i += step) {
        const QDate d = months.at(i);
        // The year on the first label and wherever it changes.
        const bool withYear = d.year() != labelledYear;
        labelledYear = d.year();
        QString label;
        if (ja)
            label = withYear ? QStringLiteral("%1年%2月").arg(d.year()).arg(d.month())
                             : QStringLiteral("%1月").arg(d.month());
        else
            label = QLocale().toString(d, withYear ? QStringLiteral("MMM yyyy")
                                                   : QStringLiteral("MMM"));
        ticks.append({d, label});
    }
    return ticks;
}

QVector<TrendPoint> trendPoints(const ReportContext &c)
{
    QVector<TrendPoint> points;
    for (const score::DayTotal &p : score::courseOf(c.snapshots, c.score, c.from))
        points.append({p.day, p.total});
    return points;
}

// Totals are compared as the headline shows them, so that "+3 points since"
// is the difference of the two numbers a reader sees.
int displayedChange(double now, double then)
{
    return score::displayedScore(now) - score::displayedScore(then);
}

QString changeSentence(const ReportContext &c, const std::optional<score::Snapshot> &start)
{
    if (!start)
        return SummaryText::tr("There is no earlier score in this period to compare with; the "
                               "trend starts with this report.");
    const int change = displayedChange(c.score.total, start->total);
    const QString since = ReportText::date(start->day);
    if (change > 0)
        return SummaryText::tr("It rose by %1 since %2.")
            .arg(ReportText::wholePoints(change), since);
    if (change < 0)
        return SummaryText::tr("It fell by %1 since %2.")
            .arg(ReportText::wholePoints(-change), since);
    return SummaryText::tr("It is unchanged since %1.").arg(since);
}

// The sharpest fall inside the period (within a month), when it is large
// enough for an executive to ask what happened.
QString fallSentence(const QVector<TrendPoint> &points)
{
    constexpr int kWindowDays = 30;
    constexpr int kNotable = 5;
    int worst = 0;
    const TrendPoint *from = nullptr;
    const TrendPoint *to = nullptr;
    for (int j = 1; j < points.size(); ++j) {
        for (int i = j - 1; i >= 0 && points.at(i).day.daysTo(points.at(j).day) <= kWindowDays;
             --i) {
            const int drop = displayedChange(points.at(i).total, points.at(j).total);
            if (drop > worst) {
                worst = drop;
                from = &points.at(i);
                to = &points.at(j);
            }
        }
    }
    if (worst < kNotable || !from || !to)
        return {};
    return SummaryText::tr("Its sharpest fall was %1 between %2 and %3, to %4.")
        .arg(ReportText::wholePoints(worst), ReportText::date(from->day), ReportText::date(to->day),
             QString::number(score::displayedScore(to->total)));
}

QString categorySentence(const score::Score &s)
{
    QVector<score::CategoryScore> applying;
    for (const score::CategoryScore &c : s.categories) {
        if (c.applies)
            applying.append(c);
    }
    if (applying.size() < 2)
        return {};
    std::stable_sort(applying.begin(), applying.end(),
                     [](const score::CategoryScore &a, const score::CategoryScore &b) {
                         return a.percent() > b.percent();
                     });
    const score::CategoryScore &best = applying.first();
    QStringList weakest;
    for (int i = applying.size() - 1; i >= 0 && weakest.size() < 2; --i) {
        const score::CategoryScore &c = applying.at(i);
        if (c.percent() >= 60 || c.category == best.category)
            break;
        weakest << SummaryText::tr("%1 (%2)").arg(score::ScoreText::category(c.category),
                                                  ReportText::percent(c.percent()));
    }
    const QString strongest =
        SummaryText::tr("The strongest measure is %1 (%2).")
            .arg(score::ScoreText::category(best.category), ReportText::percent(best.percent()));
    if (weakest.isEmpty())
        return strongest + sentenceSeparator() + SummaryText::tr("No measure is below 60 %.");
    return strongest + sentenceSeparator() +
           SummaryText::tr("The weakest, where the points are lost, are %1.", nullptr,
                           int(weakest.size()))
               .arg(joinedList(weakest));
}

QString overdueSentence(const ReportContext &c)
{
    QHash<QString, int> counts;
    int total = 0;
    for (const reminders::Reminder &r : c.reminders) {
        if (r.state == reminders::ReminderState::Overdue) {
            ++counts[r.module];
            ++total;
        }
    }
    if (total == 0)
        return SummaryText::tr("Nothing is overdue.");
    QStringList parts;
    for (const QString &m : modulesWithDuties()) {
        if (const int n = counts.value(m))
            parts << SummaryText::tr("%1 %2").arg(reminders::ReminderText::module(m)).arg(n);
    }
    return SummaryText::tr("%n item(s) are overdue (%1).", nullptr, total)
        .arg(parts.join(i18n::currentLanguage() == QLatin1String("ja") ? QStringLiteral("、")
                                                                       : QStringLiteral(", ")));
}

QString firstStepSentence(const ReportContext &c, bool emptyVault)
{
    const score::Score &s = c.score;
    const QVector<score::Action> next = score::rankedActions(s, emptyVault ? 3 : 1);
    if (next.isEmpty())
        return SummaryText::tr("Every measured factor is at its full value: keep the records "
                               "current so that it stays there.");
    if (emptyVault) {
        QStringList steps;
        for (const score::Action &a : next) {
            QString step = actionText(c, a);
            // "… and start the asset register", not "… and Start …".
            if (!steps.isEmpty() && i18n::currentLanguage() == QLatin1String("en") &&
                !step.isEmpty())
                step[0] = step.at(0).toLower();
            steps << step;
        }
        return SummaryText::tr("Nothing has been recorded yet, so the score says little about "
                               "the company. Start here: %1.")
            .arg(joinedList(steps));
    }
    return SummaryText::tr("The step that wins the most for its effort is “%1” (%2 points).")
        .arg(actionText(c, next.first()), ReportText::signedPoints(next.first().points));
}

} // namespace

int declaredPercent(const score::CategoryScore &category)
{
    if (!category.applies || category.weight <= 0 || category.answerPoints <= 0)
        return 0;
    return std::clamp(qRound(100.0 * category.answerPoints / category.weight), 0,
                      category.percent());
}

int categoryPercent(const score::Score &s, score::Category category)
{
    for (const score::CategoryScore &c : s.categories) {
        if (c.category == category)
            return c.applies ? c.percent() : -1;
    }
    return -1;
}

bool isEmptyVault(const ReportContext &c)
{
    const bool ownJob = std::any_of(c.input.backupJobs.cbegin(), c.input.backupJobs.cend(),
                                    [](const domain::BackupJob &j) { return j.builtin.isEmpty(); });
    return c.input.assets.isEmpty() && c.input.patches.isEmpty() && !ownJob && !c.input.assessment;
}

void buildCover(const ReportContext &c, ReportParts &parts)
{
    Cover cover;
    cover.title = ReportText::tr("Information security report");
    cover.subtitle = ReportText::tr("The company's security posture, measure by measure");
    cover.company = c.input.organisation.name;
    cover.fields.append({ReportText::tr("Period"),
                         ReportText::tr("%1 (%2)").arg(ReportText::span(c.from, c.today),
                                                       ReportText::period(c.options.period))});
    cover.fields.append({ReportText::tr("Date"), ReportText::date(c.today)});
    cover.preparedByField = int(cover.fields.size());
    cover.fields.append({ReportText::tr("Prepared by"), c.options.preparedBy});
    cover.approvals = {ReportText::tr("Approved"), ReportText::tr("Checked"),
                       ReportText::tr("Prepared")};
    Section section;
    section.id = QStringLiteral("cover");
    section.blocks.append(cover);
    parts.document.sections.append(section);
}

void buildSummary(const ReportContext &c, ReportParts &parts)
{
    const score::Score &s = c.score;
    const std::optional<score::Snapshot> start = c.atStart();
    const QVector<TrendPoint> points = trendPoints(c);
    const bool empty = isEmptyVault(c);

    Section section;
    section.id = QStringLiteral("summary");
    section.title = ReportText::tr("Posture score");

    ScoreHero hero;
    hero.score = s.rounded();
    hero.tone = toneForScore(s.total);
    hero.caption = ReportText::tr("Posture score (of 100)");
    hero.verdict = SummaryText::verdict(hero.tone);
    if (start) {
        const int change = displayedChange(s.total, start->total);
        hero.change = SummaryText::tr("%1 points since %2")
                          .arg(ReportText::signedWhole(change), ReportText::date(start->day));
        hero.changeTone = change > 0 ? Tone::Good : change < 0 ? Tone::Bad : Tone::Neutral;
    } else {
        hero.change = SummaryText::tr("No earlier score in this period");
        hero.changeTone = Tone::Muted;
    }
    const int declared = score::displayedScore(s.answerPoints);
    if (declared > 0)
        hero.declared = SummaryText::tr("of which %1 self-declared (%2)")
                            .arg(declared)
                            .arg(ReportText::selfDeclaredMark());
    section.blocks.append(hero);

    QStringList sentences;
    sentences << SummaryText::opening(hero.tone, c.input.organisation.name, s.rounded());
    if (!empty) {
        sentences << changeSentence(c, start);
        if (const QString fall = fallSentence(points); !fall.isEmpty())
            sentences << fall;
        if (const QString cats = categorySentence(s); !cats.isEmpty())
            sentences << cats;
        sentences << overdueSentence(c);
    }
    sentences << firstStepSentence(c, empty);
    section.blocks.append(Paragraph{sentences.join(sentenceSeparator()), false, Tone::Neutral});

    section.blocks.append(
        SubHeading{ReportText::tr("The score over %1").arg(ReportText::period(c.options.period))});
    TrendChart trend;
    trend.points = points;
    trend.from = c.from;
    trend.to = c.today;
    trend.ticks = monthTicks(c.from, c.today);
    trend.emptyText =
        ReportText::tr("The trend starts today: from now on the score is recorded once a day.");
    trend.lastLabel = QString::number(s.rounded());
    section.blocks.append(trend);

    section.blocks.append(SubHeading{ReportText::tr("By measure")});
    BarChart bars;
    for (const score::CategoryScore &cat : s.categories) {
        Bar bar;
        bar.label = score::ScoreText::category(cat.category);
        if (cat.applies) {
            bar.percent = cat.percent();
            bar.valueText = ReportText::percent(bar.percent);
            bar.tone = toneForScore(bar.percent);
            bar.declaredPercent = declaredPercent(cat);
            if (cat.answerPoints > 0)
                bar.label += QStringLiteral(" ") + ReportText::selfDeclaredMark();
        } else {
            bar.valueText = ReportText::tr("nothing to measure yet");
            bar.tone = Tone::Muted;
        }
        if (start) {
            const double then = start->categories.value(static_cast<int>(cat.category), -1);
            if (then >= 0)
                bar.previous = qRound(then);
        }
        bars.bars.append(bar);
    }
    if (std::any_of(bars.bars.cbegin(), bars.bars.cend(),
                    [](const Bar &b) { return b.declaredPercent > 0; }))
        bars.declaredLegend = ReportText::tr("%1 Hatched: self-declared (answers, not records).")
                                  .arg(ReportText::selfDeclaredMark());
    if (start)
        bars.previousLegend = ReportText::tr("the score at the start of the period (%1)")
                                  .arg(ReportText::date(start->day));
    section.blocks.append(bars);
    parts.document.sections.append(section);

    // As the headline shows it, so that the next report's comparison agrees.
    parts.metrics.append({QStringLiteral("score.total"), ReportText::tr("Posture score"),
                          double(s.rounded()), true, 0, QString()});
    for (const score::CategoryScore &cat : s.categories) {
        if (cat.applies)
            parts.metrics.append({QStringLiteral("category.") + score::categoryKey(cat.category),
                                  score::ScoreText::category(cat.category), double(cat.percent()),
                                  true, 0, QStringLiteral("%")});
    }
}

} // namespace report
} // namespace kamae
