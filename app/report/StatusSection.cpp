#include "report/ReportText.h"
#include "report/Sections.h"

#include "backups/BackupRules.h"
#include "domain/AssetRules.h"
#include "domain/PatchRules.h"
#include "i18n/Language.h"
#include "score/Evidence.h"
#include "score/SelfCheck.h"

#include <algorithm>

namespace kamae {
namespace report {

namespace {

struct StatusText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::report::StatusText)
};

// The measures in the order of the METI alert. Education, BCP and incidents
// read the self-assessment until a module reports on them with its records
// (report/ModuleReport.h).
std::optional<MeasureStatus> educationStatus(const ReportContext &c);
std::optional<MeasureStatus> bcpStatus(const ReportContext &c);
std::optional<MeasureStatus> incidentStatus(const ReportContext &c);

struct MeasureSlot
{
    score::Category category;
    MeasureBuilder builder;
};
const MeasureSlot kMeasures[] = {
    {score::Category::Assets, assetStatus},   {score::Category::Vulnerabilities, patchStatus},
    {score::Category::Backups, backupStatus}, {score::Category::Education, educationStatus},
    {score::Category::Bcp, bcpStatus},        {score::Category::Incidents, incidentStatus},
};

// The module's builder where a module reports on the measure.
MeasureBuilder builderFor(const MeasureSlot &slot)
{
    for (const ModuleReport *r : moduleReports())
        if (r->category == slot.category && r->status)
            return r->status;
    return slot.builder;
}

} // namespace

Fact scoreFact(int percent)
{
    if (percent < 0)
        return {QStringLiteral("—"), StatusText::tr("score of this measure: nothing to measure"),
                Tone::Muted};
    return {ReportText::percent(percent), StatusText::tr("score of this measure"),
            toneForScore(percent)};
}

static const score::CategoryScore *categoryOf(const score::Score &s, score::Category category)
{
    for (const score::CategoryScore &c : s.categories) {
        if (c.category == category)
            return &c;
    }
    return nullptr;
}

// How many of the measure's points rest on the self-assessment's answers,
// before what its figures mean; the title is marked when any do.
void markDeclared(const ReportContext &c, score::Category category, MeasureStatus &m)
{
    const score::CategoryScore *cat = categoryOf(c.score, category);
    if (!cat || !cat->applies || cat->answerPoints < 0.05)
        return;
    m.title += QStringLiteral(" ") + ReportText::selfDeclaredMark();
    const QString declared =
        StatusText::tr("Self-declared: %1 of the %2 points this measure earns.")
            .arg(QString::number(score::roundedPoints(cat->answerPoints), 'f', 1),
                 QString::number(score::roundedPoints(cat->points), 'f', 1));
    m.sentence = m.sentence.isEmpty() ? declared : declared + sentenceSeparator() + m.sentence;
}

namespace {

Metric countMetric(const QString &key, const QString &label, int value, bool higherIsBetter)
{
    return {key, label, double(value), higherIsBetter, 0, QString()};
}

} // namespace

MeasureStatus selfAssessed(const ReportContext &c, score::Category category, const QString &key)
{
    MeasureStatus m;
    m.title = score::ScoreText::category(category);
    m.percent = categoryPercent(c.score, category);
    m.facts.append(scoreFact(m.percent));
    QStringList missing;
    QStringList partly;
    int total = 0;
    int inPlace = 0;
    for (const score::Question &q : score::questions()) {
        if (q.category != category)
            continue;
        ++total;
        const score::Answer a =
            c.input.assessment ? c.input.assessment->answer(q.key) : score::Answer::Unanswered;
        if (a == score::Answer::Implemented)
            ++inPlace;
        else if (a == score::Answer::Partly)
            partly << score::SelfCheckText::shortTitle(q.key);
        else
            missing << score::SelfCheckText::shortTitle(q.key);
    }
    m.facts.append(
        {StatusText::tr("%1 / %2").arg(inPlace).arg(total), StatusText::tr("practices in place"),
         inPlace == total ? Tone::Good : toneForScore(100.0 * inPlace / qMax(1, total))});
    m.facts.append({QString::number(partly.size()), StatusText::tr("only partly in place"),
                    partly.isEmpty() ? Tone::Neutral : Tone::Warn});
    if (!c.input.assessment) {
        m.facts.append({QStringLiteral("—"), StatusText::tr("no self-assessment yet"), Tone::Bad});
        m.sentence = StatusText::tr("Not measured yet: the company has not carried out the "
                                    "security self-assessment.");
    } else {
        m.facts.append({ReportText::date(c.input.assessment->taken),
                        StatusText::tr("self-assessment it is based on"), Tone::Neutral});
        QStringList sentences;
        if (!missing.isEmpty())
            sentences << StatusText::tr("Not in place: %1.").arg(joinedList(missing));
        if (!partly.isEmpty())
            sentences << StatusText::tr("Partly: %1.").arg(joinedList(partly));
        if (sentences.isEmpty())
            sentences << StatusText::tr("Every practice asked about is in place.");
        m.sentence = sentences.join(sentenceSeparator());
    }
    markDeclared(c, category, m);
    m.metrics.append({QStringLiteral("%1.in_place").arg(key),
                      StatusText::tr("%1: practices in place").arg(m.title), double(inPlace), true,
                      0, QString()});
    return m;
}

namespace {

// How many jobs have their restore test, and their air-gap check (jobs
// with an offline copy), within each job's own interval, with a passing
// result: the backup page's own judgement (backups::jobStatus).
struct ChecksOnTime
{
    int restoreOnTime = 0;
    int jobs = 0;
    int airGapOnTime = 0;
    int offlineJobs = 0;
};

ChecksOnTime checksOnTime(const ReportContext &c)
{
    ChecksOnTime n;
    for (const domain::BackupJob &job : c.input.backupJobs) {
        const backups::JobStatus st =
            backups::jobStatus(job, backups::summarize(job.id, c.input.backupEvents), c.today);
        ++n.jobs;
        if (st.restoreTest.lastDone.isValid() &&
            st.restoreTest.lastResult == domain::BackupResult::Success &&
            st.restoreTest.state != reminders::ReminderState::Overdue)
            ++n.restoreOnTime;
        if (st.airGapCheck.applies) {
            ++n.offlineJobs;
            if (st.airGapCheck.lastDone.isValid() &&
                st.airGapCheck.lastResult == domain::BackupResult::Success &&
                st.airGapCheck.state != reminders::ReminderState::Overdue)
                ++n.airGapOnTime;
        }
    }
    return n;
}

Fact shareFact(int good, int of, const QString &label)
{
    return {StatusText::tr("%1 / %2").arg(good).arg(of), label,
            of == 0      ? Tone::Muted
            : good == of ? Tone::Good
                         : Tone::Bad};
}

} // namespace

std::optional<MeasureStatus> assetStatus(const ReportContext &c)
{
    const QVector<domain::Asset> &assets = c.input.assets;
    MeasureStatus m;
    m.title = score::ScoreText::category(score::Category::Assets);
    m.percent = categoryPercent(c.score, score::Category::Assets);
    const int unreviewed = int(std::count_if(assets.cbegin(), assets.cend(), [&c](const auto &a) {
        return domain::needsReview(a, c.today);
    }));
    const int unclassified = int(std::count_if(
        assets.cbegin(), assets.cend(), [](const auto &a) { return !domain::isClassified(a); }));
    const int unprotected =
        int(backups::unprotectedImportantAssets(c.input.backupJobs, assets).size());
    m.facts = {scoreFact(m.percent),
               {QString::number(assets.size()), StatusText::tr("assets registered"),
                assets.isEmpty() ? Tone::Bad : Tone::Neutral},
               {QString::number(unreviewed), StatusText::tr("not reviewed in 12 months"),
                toneForProblems(unreviewed)},
               {QString::number(unprotected), StatusText::tr("important assets without a backup"),
                toneForProblems(unprotected)}};
    if (assets.isEmpty())
        m.sentence = StatusText::tr("No information asset is registered yet: list the company's "
                                    "data, devices, services and accounts first; every other "
                                    "measure builds on that list.");
    else
        m.sentence = unclassified == 0
                         ? StatusText::tr("Every one of the %n asset(s) has an owner and a full "
                                          "C/I/A rating.",
                                          nullptr, int(assets.size()))
                         : StatusText::tr("%n asset(s) registered; ", nullptr, int(assets.size())) +
                               StatusText::tr("%n without an owner or a full C/I/A rating.",
                                              nullptr, unclassified);
    markDeclared(c, score::Category::Assets, m);
    m.metrics = {countMetric(QStringLiteral("assets.count"), StatusText::tr("Assets registered"),
                             int(assets.size()), true),
                 countMetric(QStringLiteral("assets.unreviewed"),
                             StatusText::tr("Assets not reviewed in 12 months"), unreviewed, false),
                 countMetric(QStringLiteral("assets.unprotected"),
                             StatusText::tr("Important assets without a backup"), unprotected,
                             false)};
    return m;
}

std::optional<MeasureStatus> patchStatus(const ReportContext &c)
{
    int open = 0;
    int exploited = 0;
    int overdue = 0;
    int appliedInPeriod = 0;
    for (const domain::PatchItem &p : c.input.patches) {
        if (domain::isOpen(p)) {
            ++open;
            exploited += p.knownExploited ? 1 : 0;
            overdue += domain::isOverdue(p, c.today) ? 1 : 0;
        }
        if (p.applied.isValid() && p.applied >= c.from && p.applied <= c.today)
            ++appliedInPeriod;
    }
    MeasureStatus m;
    m.title = score::ScoreText::category(score::Category::Vulnerabilities);
    m.percent = categoryPercent(c.score, score::Category::Vulnerabilities);
    m.facts = {
        scoreFact(m.percent),
        {QString::number(exploited), StatusText::tr("open and known to be exploited"),
         toneForProblems(exploited)},
        {QString::number(overdue), StatusText::tr("open past their due date"),
         toneForProblems(overdue)},
        {QString::number(appliedInPeriod), StatusText::tr("applied in the period"), Tone::Neutral}};
    if (c.input.patches.isEmpty())
        m.sentence = StatusText::tr("No patch item is recorded: the company's products have not "
                                    "yet been checked against the lists of known "
                                    "vulnerabilities (KEV, JVN).");
    else
        m.sentence = StatusText::tr("%n patch item(s) open. ", nullptr, open) +
                     (exploited > 0 ? StatusText::tr("Known-exploited ones are attacked today: "
                                                     "apply them first.")
                                    : StatusText::tr("None of them is known to be exploited."));
    markDeclared(c, score::Category::Vulnerabilities, m);
    m.metrics = {countMetric(QStringLiteral("patches.exploited"),
                             StatusText::tr("Open known-exploited vulnerabilities"), exploited,
                             false),
                 countMetric(QStringLiteral("patches.overdue"),
                             StatusText::tr("Patch items past their due date"), overdue, false)};
    return m;
}

std::optional<MeasureStatus> backupStatus(const ReportContext &c)
{
    const backups::CompanySummary summary = backups::summarizeCompany(
        c.input.backupJobs, c.input.backupEvents, c.input.assets, c.today);
    MeasureStatus m;
    m.title = score::ScoreText::category(score::Category::Backups);
    m.percent = categoryPercent(c.score, score::Category::Backups);
    const ChecksOnTime checks = checksOnTime(c);
    m.facts = {scoreFact(m.percent),
               shareFact(summary.jobsMeetingAll, summary.jobCount,
                         StatusText::tr("jobs meeting 3-2-1-1-0")),
               shareFact(checks.restoreOnTime, checks.jobs,
                         StatusText::tr("jobs restore-tested within their interval")),
               shareFact(checks.airGapOnTime, checks.offlineJobs,
                         StatusText::tr("offline copies checked within their interval"))};
    m.sentence = backups::BackupText::companySentence(summary);
    markDeclared(c, score::Category::Backups, m);
    m.metrics = {countMetric(QStringLiteral("backups.meeting_rule"),
                             StatusText::tr("Backup jobs meeting 3-2-1-1-0"),
                             summary.jobsMeetingAll, true),
                 countMetric(QStringLiteral("backups.overdue"),
                             StatusText::tr("Backup jobs with an overdue check"),
                             summary.overdueJobs, false),
                 countMetric(QStringLiteral("backups.restore_on_time"),
                             StatusText::tr("Backup jobs restore-tested within their interval"),
                             checks.restoreOnTime, true)};
    return m;
}

namespace {

std::optional<MeasureStatus> educationStatus(const ReportContext &c)
{
    return selfAssessed(c, score::Category::Education, QStringLiteral("training"));
}

std::optional<MeasureStatus> bcpStatus(const ReportContext &c)
{
    return selfAssessed(c, score::Category::Bcp, QStringLiteral("bcp"));
}

std::optional<MeasureStatus> incidentStatus(const ReportContext &c)
{
    return selfAssessed(c, score::Category::Incidents, QStringLiteral("incidents"));
}

} // namespace

std::optional<MeasureStatus> selfCheckStatus(const ReportContext &c)
{
    MeasureStatus m;
    m.title = StatusText::tr("Self-check and SECURITY ACTION");
    const score::Assessment *latest = c.input.assessment ? &*c.input.assessment : nullptr;
    const score::SecurityActionReadiness readiness =
        score::securityActionReadiness(latest, c.input.organisation.securityAction, c.today);
    auto stars = [](domain::SecurityActionLevel level) {
        switch (level) {
        case domain::SecurityActionLevel::OneStar:
            return StatusText::tr("★ (one star)");
        case domain::SecurityActionLevel::TwoStars:
            return StatusText::tr("★★ (two stars)");
        default:
            return StatusText::tr("none");
        }
    };
    const Tone readyTone = readiness.twoStarsReady  ? Tone::Good
                           : readiness.oneStarReady ? Tone::Warn
                                                    : Tone::Bad;
    if (!latest) {
        m.facts = {
            {QStringLiteral("—"), StatusText::tr("self-check result (of 100)"), Tone::Bad},
            {QStringLiteral("0 / 25"), StatusText::tr("questions answered"), Tone::Bad},
            {stars(readiness.declared), StatusText::tr("SECURITY ACTION declared"), Tone::Neutral},
            {stars(readiness.ready()), StatusText::tr("level the answers support"), readyTone}};
        m.sentence = StatusText::tr("No self-check yet. IPA's 25 questions take about five "
                                    "minutes and are the first step to SECURITY ACTION.");
    } else {
        const score::SelfCheckResult result = score::evaluate(*latest);
        m.facts = {
            {QString::number(result.ipaScore), StatusText::tr("self-check result (of 100)"),
             result.band == score::Band::Excellent || result.band == score::Band::Good ? Tone::Good
             : result.band == score::Band::NeedsWork                                   ? Tone::Warn
                                                                                       : Tone::Bad},
            {StatusText::tr("%1 / %2").arg(result.answered).arg(score::kIpaQuestionCount),
             StatusText::tr("questions answered on %1").arg(ReportText::date(latest->taken)),
             result.complete() ? Tone::Good : Tone::Warn},
            {stars(readiness.declared), StatusText::tr("SECURITY ACTION declared"), Tone::Neutral},
            {stars(readiness.ready()), StatusText::tr("level the answers support"), readyTone}};
        QStringList sentences;
        // The band alone: its advice speaks to whoever fills in the
        // questionnaire, not to the executive reading this.
        sentences << StatusText::tr("The self-check's verdict: %1.")
                         .arg(score::SelfCheckText::band(result.band));
        if (!readiness.mismatch.isEmpty())
            sentences << readiness.mismatch;
        if (!readiness.twoStarsReady) {
            QStringList missing;
            for (const score::Requirement &r :
                 readiness.oneStarReady ? readiness.twoStars : readiness.oneStar) {
                if (!r.met)
                    missing << r.text;
            }
            if (!missing.isEmpty())
                sentences << StatusText::tr("For the next level: %1.").arg(joinedList(missing));
        }
        // A question the records show cannot apply counts neither way: say
        // so, and why.
        for (const score::Question &q : score::questions()) {
            if (score::notApplicable(q.key, c.input, latest))
                sentences << StatusText::tr("Not applicable: %1. %2")
                                 .arg(score::SelfCheckText::shortTitle(q.key),
                                      score::notApplicableReason(q.key, c.input));
        }
        m.sentence = sentences.join(sentenceSeparator());
        m.metrics = {countMetric(QStringLiteral("selfcheck.ipa"),
                                 StatusText::tr("Self-check result"), result.ipaScore, true)};
    }
    return m;
}

void buildStatus(const ReportContext &c, ReportParts &parts)
{
    Section section;
    section.id = QStringLiteral("status");
    section.title = StatusText::tr("Status by measure");
    QVector<MeasureStatus> measures;
    for (const MeasureSlot &slot : kMeasures) {
        if (std::optional<MeasureStatus> m = builderFor(slot)(c))
            measures.append(std::move(*m));
    }
    if (std::optional<MeasureStatus> m = selfCheckStatus(c))
        measures.append(std::move(*m));
    // The legend first, when a measure carries the mark.
    if (std::any_of(measures.cbegin(), measures.cend(), [](const MeasureStatus &m) {
            return m.title.endsWith(ReportText::selfDeclaredMark());
        }))
        section.blocks.append(Paragraph{ReportText::selfDeclaredLegend(), true, Tone::Muted});
    for (const MeasureStatus &m : measures) {
        section.blocks.append(SubHeading{m.title});
        section.blocks.append(Facts{m.facts});
        if (!m.sentence.isEmpty())
            section.blocks.append(Paragraph{m.sentence, true, Tone::Neutral});
        for (const Table &t : m.tables)
            section.blocks.append(t);
        parts.metrics += m.metrics;
    }
    parts.document.sections.append(section);
}

} // namespace report
} // namespace kamae
