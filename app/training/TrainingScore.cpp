#include "training/TrainingScore.h"

#include "i18n/Language.h"
#include "score/FactorSupport.h"
#include "store/Database.h"
#include "training/TrainingModule.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace kamae {
namespace training {

namespace {

struct TrainingFactorText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::training::TrainingFactorText)
};

using namespace score::support;

int percentOf(double share)
{
    return static_cast<int>(std::lround(100.0 * share));
}

const domain::Course *courseById(const store::TrainingRecords &records, qint64 id)
{
    for (const domain::Course &c : records.courses)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

Result<store::TrainingRecords> readScoreRecords(store::Database &db)
{
    // What coverage and the drills' rates read: of the attendance only the
    // completions (as coverageOn reads them), of the drills everything.
    return store::TrainingRepository(db).forCoverage(true);
}

Result<std::any> loadScoreData(store::Database &db)
{
    auto records = readScoreRecords(db);
    if (!records)
        return records.asFailure();
    return std::any(ScoreData{std::move(records).value()});
}

const store::TrainingRecords *recordsOf(const score::ScoreInput &input)
{
    const ScoreData *data = score::moduleDataOf<ScoreData>(input, ModuleKey);
    return data ? &data->records : nullptr;
}

Summary summarize(const QVector<domain::Person> &people, const store::TrainingRecords &records,
                  const QDate &date)
{
    Summary s;
    s.coverage = computeCoverage(people, records, date);
    // Drills dated after the date have not happened yet for it.
    QVector<domain::PhishingCampaign> held;
    for (const domain::PhishingCampaign &c : records.campaigns)
        if (c.date.isValid() && c.date <= date)
            held.append(c);
    for (const CampaignRates &rates : campaignRates(people, held, records.results)) {
        if (rates.rates.delivered <= 0)
            continue;
        ++s.drills;
        s.lastDrill = rates; // oldest first: the last one kept is the newest
    }
    return s;
}

QVector<score::Factor> trainingFactors(const score::ScoreInput &input, const QDate &today)
{
    static const store::TrainingRecords none;
    const store::TrainingRecords *loaded = recordsOf(input);
    const store::TrainingRecords &records = loaded ? *loaded : none;
    const Summary s = summarize(input.people, records, today);
    const CoverageCounts &total = s.coverage.total;

    score::Factor coverage = factor("training.coverage", score::Category::Education,
                                    score::MeasureKind::Human, 3, ModuleKey);
    coverage.title = TrainingFactorText::tr("Required training current");
    if (!total.measured()) {
        // No deadline has passed and nothing is completed: nothing to judge.
        coverage.measured = false;
        coverage.inputs =
            records.courses.isEmpty()
                ? TrainingFactorText::tr("No training course is recorded.")
                : TrainingFactorText::tr("No completion of a required course is recorded, and "
                                         "nobody's deadline has passed yet.");
        score::Action a = action(coverage.id,
                                 TrainingFactorText::tr("Set the courses everyone must take and "
                                                        "record who took them"),
                                 1.0, score::Effort::Hours, ModuleKey);
        coverage.actions.append(a);
    } else {
        const int judged = total.current + total.overdue;
        coverage.value = total.share();
        coverage.inputs =
            TrainingFactorText::tr("%1 of %n required course completion(s) are current; people "
                                   "within their first deadline are not counted yet.",
                                   nullptr, judged)
                .arg(total.current);
        for (int c = 0; c < s.coverage.byCourse.size(); ++c) {
            const CourseCoverage &course = s.coverage.byCourse.at(c);
            if (course.counts.overdue <= 0)
                continue;
            const domain::Course *shown = courseById(records, course.courseId);
            coverage.actions.append(
                action(coverage.id + QLatin1Char(':') + QString::number(course.courseId),
                       TrainingFactorText::tr("Train the %n overdue people in “%1”", nullptr,
                                              course.counts.overdue)
                           .arg(shown ? shown->title : QString()),
                       share(course.counts.overdue, judged), score::Effort::Hours, ModuleKey,
                       course.courseId));
        }
        capRecordActions(
            coverage,
            [](int left) {
                return TrainingFactorText::tr("Train the overdue people in %n more course(s)",
                                              nullptr, left);
            },
            score::Effort::Days);
    }

    score::Factor drill = factor("training.drill", score::Category::Education,
                                 score::MeasureKind::Human, 2, ModuleKey);
    drill.title = TrainingFactorText::tr("A phishing drill in the last 12 months");
    score::Factor report = factor("training.report_rate", score::Category::Education,
                                  score::MeasureKind::Human, 1, ModuleKey);
    report.title = TrainingFactorText::tr("Staff reporting the drill's mail");
    if (!s.lastDrill) {
        for (score::Factor *f : {&drill, &report}) {
            f->measured = false;
            f->inputs = TrainingFactorText::tr("No phishing drill with a delivered mail is "
                                               "recorded.");
            // One drill measures both: one line in the next actions.
            score::Action a = action(f->id,
                                     TrainingFactorText::tr("Run a phishing drill and record "
                                                            "who clicked and who reported"),
                                     1.0, score::Effort::Days, ModuleKey);
            a.group = QStringLiteral("training.drill");
            f->actions.append(a);
        }
    } else {
        const CampaignRates &last = *s.lastDrill;
        drill.value = recency(last.date, kDrillIntervalDays, today);
        drill.inputs = TrainingFactorText::tr("The last phishing drill was on %1 (%n day(s) ago).",
                                              nullptr, static_cast<int>(last.date.daysTo(today)))
                           .arg(i18n::formatDate(last.date));
        if (drill.value < 1.0)
            drill.actions.append(action(drill.id,
                                        TrainingFactorText::tr("Run a phishing drill (last: %1)")
                                            .arg(i18n::formatDate(last.date)),
                                        1.0 - drill.value, score::Effort::Days, ModuleKey));
        const double rate = last.rates.reportRate();
        report.value = std::clamp(rate / kReportRateTarget, 0.0, 1.0);
        report.inputs =
            TrainingFactorText::tr("%1 of %n delivered mail(s) of the drill of %2 were reported "
                                   "(%3 %; %4 % counts in full).",
                                   nullptr, last.rates.delivered)
                .arg(last.rates.reported)
                .arg(i18n::formatDate(last.date))
                .arg(percentOf(rate))
                .arg(percentOf(kReportRateTarget));
        if (report.value < 1.0)
            report.actions.append(
                action(report.id + QLatin1Char(':') + QString::number(last.campaignId),
                       TrainingFactorText::tr("Teach everyone to report suspicious mail at once "
                                              "(%1 % reported the last drill)")
                           .arg(percentOf(rate)),
                       1.0 - report.value, score::Effort::Hours, ModuleKey, last.campaignId));
    }
    return {coverage, drill, report};
}

QVector<score::Evidence> trainingEvidence(const score::ScoreInput &input, const QDate &today)
{
    const store::TrainingRecords *records = recordsOf(input);
    if (!records)
        return {};
    const Summary s = summarize(input.people, *records, today);
    QVector<score::Evidence> out;
    const auto make = [](const char *key, const QString &text, bool supports, qint64 id = 0) {
        score::Evidence e;
        e.questionKey = QString::fromLatin1(key);
        e.text = text;
        e.supports = supports;
        e.measures = true;
        e.place = ModuleKey;
        e.recordId = id;
        return e;
    };
    const CoverageCounts &total = s.coverage.total;
    if (total.measured()) {
        const double shareNow = total.share();
        const int judged = total.current + total.overdue;
        if (shareNow >= kTrainedShare)
            out << make("ipa20",
                        TrainingFactorText::tr("Training records: %1 % of required training is "
                                               "current (%2 of %n).",
                                               nullptr, judged)
                            .arg(percentOf(shareNow))
                            .arg(total.current),
                        true);
        else
            out << make("ipa20",
                        TrainingFactorText::tr("Training records: only %1 % of required training "
                                               "is current; %n completion(s) overdue.",
                                               nullptr, total.overdue)
                            .arg(percentOf(shareNow)),
                        false);
    }
    if (s.lastDrill) {
        const CampaignRates &last = *s.lastDrill;
        const qint64 age = last.date.daysTo(today);
        const double clicks = last.rates.clickRate();
        if (age > kDrillIntervalDays)
            out << make("ipa06",
                        TrainingFactorText::tr("The last phishing drill was on %1, more than a "
                                               "year ago.")
                            .arg(i18n::formatDate(last.date)),
                        false, last.campaignId);
        else
            out << make("ipa06",
                        TrainingFactorText::tr("In the phishing drill of %1, %2 % clicked the "
                                               "link and %3 % reported the mail.")
                            .arg(i18n::formatDate(last.date))
                            .arg(percentOf(clicks))
                            .arg(percentOf(last.rates.reportRate())),
                        clicks <= kClickRateConcern, last.campaignId);
    }
    return out;
}

} // namespace training
} // namespace kamae
