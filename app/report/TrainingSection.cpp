#include "report/ReportText.h"
#include "report/Sections.h"

#include "training/TrainingScore.h"

#include <QHash>

#include <cmath>
#include <map>

// Education and drills (教育・訓練) in "Status by measure", from the training
// records: coverage per required course, the last phishing drill, and who
// is overdue by department. A vault that keeps no training record yet gets
// the self-assessment's view, as BCP and incidents do.
namespace kamae {
namespace report {

namespace {

struct TrainingStatusText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::report::TrainingStatusText)
};

// Names listed per department before "and n more": a line of the table,
// not a roster.
constexpr int kNamesShown = 4;

int percentOf(double share)
{
    return static_cast<int>(std::lround(100.0 * share));
}

QString shareText(const training::CoverageCounts &counts)
{
    return counts.measured() ? ReportText::percent(percentOf(counts.share())) : QStringLiteral("—");
}

Tone shareTone(const training::CoverageCounts &counts)
{
    return counts.measured() ? toneForScore(100.0 * counts.share()) : Tone::Muted;
}

} // namespace

std::optional<MeasureStatus> trainingStatus(const ReportContext &c)
{
    const store::TrainingRecords *records = training::recordsOf(c.input);
    if (!records || (records->courses.isEmpty() && records->campaigns.isEmpty()))
        return selfAssessed(c, score::Category::Education, QStringLiteral("training"));

    const training::Summary s = training::summarize(c.input.people, *records, c.today);
    const training::Coverage &coverage = s.coverage;
    MeasureStatus m;
    m.title = score::ScoreText::category(score::Category::Education);
    m.percent = categoryPercent(c.score, score::Category::Education);
    m.facts.append(scoreFact(m.percent));
    m.facts.append({shareText(coverage.total), TrainingStatusText::tr("required training current"),
                    shareTone(coverage.total)});
    if (s.lastDrill) {
        const training::PhishingRates &r = s.lastDrill->rates;
        m.facts.append({ReportText::percent(percentOf(r.clickRate())),
                        TrainingStatusText::tr("clicked in the drill of %1")
                            .arg(ReportText::date(s.lastDrill->date)),
                        r.clickRate() <= training::kClickRateConcern ? Tone::Good : Tone::Bad});
        m.facts.append(
            {ReportText::percent(percentOf(r.reportRate())),
             TrainingStatusText::tr("reported the drill's mail"),
             toneForScore(100.0 * std::min(1.0, r.reportRate() / training::kReportRateTarget))});
    } else {
        m.facts.append(
            {QStringLiteral("—"), TrainingStatusText::tr("no phishing drill yet"), Tone::Bad});
    }

    // Who is overdue: people with at least one overdue course, by department.
    struct Behind
    {
        int people = 0;
        int overdue = 0;
        QStringList names;
    };
    std::map<QString, Behind> byDepartment;
    QHash<qint64, QString> nameOf;
    for (const domain::Person &p : c.input.people)
        nameOf.insert(p.id, p.name);
    int peopleOverdue = 0;
    for (int row = 0; row < coverage.people.size(); ++row) {
        int cells = 0;
        for (int column = 0; column < coverage.courses.size(); ++column)
            cells += coverage.cell(row, column).state == training::CoverageState::Overdue ? 1 : 0;
        Behind &b = byDepartment[coverage.department.at(row)];
        ++b.people;
        if (cells == 0)
            continue;
        ++peopleOverdue;
        b.overdue += 1;
        b.names << nameOf.value(coverage.people.at(row));
    }

    QStringList sentences;
    if (s.lastDrill) {
        const training::PhishingRates &r = s.lastDrill->rates;
        sentences << TrainingStatusText::tr("Phishing drills: %n held.", nullptr, s.drills);
        sentences << TrainingStatusText::tr("In the last, on %1, %2 of %3 clicked the link and "
                                            "%4 reported the mail.")
                         .arg(ReportText::date(s.lastDrill->date))
                         .arg(r.clicked)
                         .arg(r.delivered)
                         .arg(r.reported);
    }
    sentences << (peopleOverdue == 0
                      ? TrainingStatusText::tr("Nobody is overdue for a required course.")
                      : TrainingStatusText::tr("%n person(s) are overdue for at least one "
                                               "required course.",
                                               nullptr, peopleOverdue));
    m.sentence = sentences.join(sentenceSeparator());
    markDeclared(c, score::Category::Education, m);

    Table courses;
    courses.columns = {{TrainingStatusText::tr("Required course"), 5, Align::Left},
                       {TrainingStatusText::tr("Required of"), 2, Align::Right},
                       {TrainingStatusText::tr("Current"), 2, Align::Right},
                       {TrainingStatusText::tr("Overdue"), 2, Align::Right},
                       {TrainingStatusText::tr("Coverage"), 2, Align::Right}};
    for (const training::CourseCoverage &cc : coverage.byCourse) {
        // Required by rule; an optional course assigned to a few (the
        // drills' follow-up) is no company-wide requirement.
        const domain::Course *course = nullptr;
        for (const domain::Course &x : records->courses)
            if (x.id == cc.courseId)
                course = &x;
        if (!course || course->requirement == domain::Requirement::Optional ||
            cc.counts.required <= 0)
            continue;
        const QString title = course->title;
        courses.rows.append({{title},
                             {QString::number(cc.counts.required)},
                             {QString::number(cc.counts.current)},
                             {QString::number(cc.counts.overdue),
                              cc.counts.overdue > 0 ? Tone::Bad : Tone::Neutral},
                             {shareText(cc.counts), shareTone(cc.counts), true}});
    }
    courses.emptyText = TrainingStatusText::tr("No course is required of anyone yet.");
    m.tables.append(courses);

    if (peopleOverdue > 0) {
        Table behind;
        behind.columns = {{TrainingStatusText::tr("Department"), 3, Align::Left},
                          {TrainingStatusText::tr("Overdue"), 2, Align::Right},
                          {TrainingStatusText::tr("Who"), 8, Align::Left}};
        for (const auto &[department, b] : byDepartment) {
            if (b.overdue == 0)
                continue;
            QStringList names = b.names.mid(0, kNamesShown);
            QString who = names.join(TrainingStatusText::tr(", "));
            if (b.names.size() > kNamesShown)
                who = TrainingStatusText::tr("%1 and %n more", nullptr,
                                             static_cast<int>(b.names.size() - kNamesShown))
                          .arg(who);
            behind.rows.append(
                {{department.isEmpty() ? TrainingStatusText::tr("No department") : department},
                 {TrainingStatusText::tr("%1 of %2").arg(b.overdue).arg(b.people), Tone::Bad},
                 {who}});
        }
        m.tables.append(behind);
    }

    m.metrics.append({QStringLiteral("training.coverage"),
                      TrainingStatusText::tr("Required training current (%)"),
                      coverage.total.measured() ? double(percentOf(coverage.total.share())) : 0.0,
                      true, 0, QString()});
    m.metrics.append({QStringLiteral("training.overdue"),
                      TrainingStatusText::tr("People overdue for required training"),
                      double(peopleOverdue), false, 0, QString()});
    if (s.lastDrill)
        m.metrics.append({QStringLiteral("training.click_rate"),
                          TrainingStatusText::tr("Click rate of the last phishing drill (%)"),
                          double(percentOf(s.lastDrill->rates.clickRate())), false, 0, QString()});
    return m;
}

} // namespace report
} // namespace kamae
