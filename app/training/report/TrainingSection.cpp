#include "report/ModuleReport.h"
#include "report/ReportText.h"

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
constexpr int kNamesShown = 3;

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
                        TrainingStatusText::tr("clicked (%1 of %2) in the drill of %3")
                            .arg(r.clicked)
                            .arg(r.delivered)
                            .arg(ReportText::date(s.lastDrill->date)),
                        r.clickRate() <= training::kClickRateConcern ? Tone::Good : Tone::Bad});
        m.facts.append(
            {ReportText::percent(percentOf(r.reportRate())),
             TrainingStatusText::tr("reported the mail (%1)").arg(r.reported),
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
    if (peopleOverdue == 0) {
        sentences << TrainingStatusText::tr("Nobody is overdue for a required course.");
    } else {
        // Who is behind, by department, in a sentence rather than a table:
        // a company of 300 must still fit the measure on its page.
        QStringList parts;
        for (const auto &[department, b] : byDepartment) {
            if (b.overdue == 0)
                continue;
            QString who = b.names.mid(0, kNamesShown).join(TrainingStatusText::tr(", "));
            if (b.names.size() > kNamesShown)
                who = TrainingStatusText::tr("%1 and %n more", nullptr,
                                             static_cast<int>(b.names.size() - kNamesShown))
                          .arg(who);
            parts << TrainingStatusText::tr("%1 %2 of %3 (%4)")
                         .arg(department.isEmpty() ? TrainingStatusText::tr("no department")
                                                   : department)
                         .arg(b.overdue)
                         .arg(b.people)
                         .arg(who);
        }
        sentences << TrainingStatusText::tr("%n person(s) are overdue for at least one required "
                                            "course: %1.",
                                            nullptr, peopleOverdue)
                         .arg(parts.join(TrainingStatusText::tr("; ")));
    }
    // Coverage per required course: those someone is overdue in by name,
    // with their share; the rest counted (a table would push the report
    // past four pages).
    QStringList behindCourses;
    int allCurrent = 0;
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
        if (cc.counts.measured() && cc.counts.overdue == 0)
            ++allCurrent;
        else
            behindCourses << TrainingStatusText::tr("%1 %2 (%n overdue)", nullptr,
                                                    cc.counts.overdue)
                                 .arg(course->title, shareText(cc.counts));
    }
    if (!behindCourses.isEmpty())
        sentences.prepend(TrainingStatusText::tr("Current: %1.")
                              .arg(behindCourses.join(TrainingStatusText::tr("; "))));
    if (allCurrent > 0)
        sentences.insert(behindCourses.isEmpty() ? 0 : 1,
                         behindCourses.isEmpty()
                             ? TrainingStatusText::tr("Everyone required is current in all %n "
                                                      "required course(s).",
                                                      nullptr, allCurrent)
                             : TrainingStatusText::tr("Everyone required is current in the other "
                                                      "%n required course(s).",
                                                      nullptr, allCurrent));
    m.sentence = sentences.join(sentenceSeparator());
    markDeclared(c, score::Category::Education, m);

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

} // namespace

const ModuleReport &trainingReport()
{
    static const ModuleReport part{score::Category::Education, trainingStatus};
    return part;
}

} // namespace report
} // namespace kamae
