#include "bcp/BcpScore.h"

#include "bcp/BcpModule.h"
#include "bcp/BcpRepository.h"
#include "i18n/Language.h"
#include "score/FactorSupport.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace kamae {
namespace bcp {

namespace {

struct BcpFactorText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::bcp::BcpFactorText)
};
using namespace score::support;

bool hasPlan(const domain::BcpPlan &p)
{
    for (const QString &html : p.sections)
        if (!plainText(html).isEmpty())
            return true;
    return !p.roles.isEmpty() || !p.businesses.isEmpty() || !p.bottlenecks.isEmpty() ||
           !p.investments.isEmpty() || !p.contacts.isEmpty() || !p.insurance.isEmpty();
}

} // namespace

Result<std::any> loadScoreData(store::Database &db)
{
    store::BcpRepository repo(db);
    ScoreData data;
    for (const Status &read :
         {score::readInto(repo.plan(), data.plan), score::readInto(repo.versions(), data.versions),
          score::readInto(repo.exercises(), data.exercises)})
        if (!read)
            return read.asFailure();
    QVector<qint64> linked;
    for (const domain::BcpBusiness &b : data.plan.businesses)
        for (const domain::BcpAssetLink &l : b.assets)
            linked.append(l.assetId);
    if (const Status read = score::readInto(repo.assetNames(linked), data.assetNames); !read)
        return read.asFailure();
    return std::any(std::move(data));
}

const ScoreData *scoreDataOf(const score::ScoreInput &input)
{
    return score::moduleDataOf<ScoreData>(input, ModuleKey);
}

CheckInput checkInputOf(const ScoreData &data, const QVector<domain::BackupJob> &jobs,
                        const QVector<domain::BackupEvent> &events, const QDate &date)
{
    CheckInput input;
    input.plan = data.plan;
    input.jobs = jobs;
    for (const domain::BackupEvent &e : events)
        if (e.kind == domain::BackupEventKind::RestoreTest && e.date <= date)
            input.restoreTests.append(e);
    input.assetNames = data.assetNames;
    return input;
}

Summary summarize(const ScoreData &data, const QVector<domain::BackupJob> &jobs,
                  const QVector<domain::BackupEvent> &events, const QDate &date)
{
    Summary s;
    for (const domain::BcpVersion &v : data.versions)
        if (v.published.isValid() && v.published <= date)
            s.lastVersion = v; // oldest first: the last kept is the newest
    for (const domain::BcpExercise &e : data.exercises)
        if (e.date.isValid() && e.date <= date &&
            (!s.lastExercise.isValid() || e.date > s.lastExercise))
            s.lastExercise = e.date;
    s.anything = hasPlan(data.plan) || !data.versions.isEmpty() || !data.exercises.isEmpty();

    const QVector<Finding> findings = recordChecks(checkInputOf(data, jobs, events, date));
    QSet<qint64> failing;
    for (const Finding &f : findings)
        failing.insert(f.businessId);
    s.recordFindings = static_cast<int>(findings.size());
    for (const domain::BcpBusiness &b : data.plan.businesses) {
        ++s.businesses;
        if (b.rtoHours >= 0 && b.rpoHours >= 0 && !b.assets.isEmpty())
            ++s.businessesWithTargets;
        if (!b.assets.isEmpty()) {
            ++s.businessesChecked;
            if (!failing.contains(b.id))
                ++s.businessesPassingChecks;
        }
    }
    return s;
}

QVector<score::Factor> bcpFactors(const score::ScoreInput &input, const QDate &today)
{
    static const ScoreData none;
    const ScoreData *loaded = scoreDataOf(input);
    const ScoreData &data = loaded ? *loaded : none;
    const Summary s = summarize(data, input.backupJobs, input.backupEvents, today);
    const auto make = [](const char *id, double weight) {
        return factor(id, score::Category::Bcp, score::MeasureKind::Human, weight, ModuleKey);
    };

    score::Factor published = make("bcp.published", 2);
    published.title = BcpFactorText::tr("BCP published and reviewed in the last 12 months");
    score::Factor targets = make("bcp.targets", 2);
    targets.title = BcpFactorText::tr("Core businesses with RTO, RPO and their assets");
    score::Factor checks = make("bcp.checks", 2);
    checks.title = BcpFactorText::tr("Recovery targets the backups can meet");
    score::Factor drill = make("bcp.exercise", 1);
    drill.title = BcpFactorText::tr("A BCP exercise in the last 12 months");
    // Nothing recorded: no factor, and the answers to kamae.bcp.plan and
    // kamae.bcp.review hold the measure as before.
    if (!s.anything)
        return {};
    QVector<score::Factor> out{published, targets, checks, drill};
    score::Factor &pub = out[0];
    if (!s.lastVersion) {
        pub.measured = false;
        pub.inputs = BcpFactorText::tr("No version of the plan is published.");
        pub.actions.append(action(pub.id, BcpFactorText::tr("Publish a version of the BCP"), 1.0,
                                  score::Effort::Hours, ModuleKey));
    } else {
        const domain::BcpVersion &v = *s.lastVersion;
        pub.value = recency(v.published, kReviewIntervalDays, today);
        pub.inputs = BcpFactorText::tr("Version %1 was published on %2 (%n day(s) ago).", nullptr,
                                       static_cast<int>(v.published.daysTo(today)))
                         .arg(v.number)
                         .arg(i18n::formatDate(v.published));
        if (pub.value < 1.0)
            pub.actions.append(action(pub.id,
                                      BcpFactorText::tr("Review the BCP and publish a new version"),
                                      1.0 - pub.value, score::Effort::Hours, ModuleKey));
    }
    score::Factor &tgt = out[1];
    if (s.businesses == 0) {
        tgt.measured = false;
        tgt.inputs = BcpFactorText::tr("No core business is listed in the plan.");
        tgt.actions.append(action(tgt.id, BcpFactorText::tr("List the core businesses of the BCP"),
                                  1.0, score::Effort::Hours, ModuleKey));
    } else {
        tgt.value = share(s.businessesWithTargets, s.businesses);
        tgt.inputs = BcpFactorText::tr(
                         "%1 of %n core business(es) have an RTO, an RPO and a dependent asset.",
                         nullptr, s.businesses)
                         .arg(s.businessesWithTargets);
        if (tgt.value < 1.0)
            tgt.actions.append(action(
                tgt.id,
                BcpFactorText::tr("Set RTO, RPO and dependent assets for %n core business(es)",
                                  nullptr, s.businesses - s.businessesWithTargets),
                1.0 - tgt.value, score::Effort::Hours, ModuleKey));
    }
    score::Factor &chk = out[2];
    if (s.businessesChecked == 0) {
        chk.measured = false;
        chk.inputs =
            BcpFactorText::tr("No core business is linked to an asset, so nothing can be checked.");
        chk.actions.append(action(chk.id,
                                  BcpFactorText::tr("Link the core businesses to their assets"),
                                  1.0, score::Effort::Hours, ModuleKey));
    } else {
        chk.value = share(s.businessesPassingChecks, s.businessesChecked);
        chk.inputs =
            BcpFactorText::tr("%1 of %n checked core business(es) hold against the backups and "
                              "restore tests.",
                              nullptr, s.businessesChecked)
                .arg(s.businessesPassingChecks);
        if (chk.value < 1.0)
            chk.actions.append(
                action(chk.id,
                       BcpFactorText::tr("Resolve the %n finding(s) of the BCP check", nullptr,
                                         s.recordFindings),
                       1.0 - chk.value, score::Effort::Days, ModuleKey));
    }
    score::Factor &ex = out[3];
    if (!s.lastExercise.isValid()) {
        ex.measured = false;
        ex.inputs = BcpFactorText::tr("No BCP exercise is recorded.");
        ex.actions.append(action(ex.id,
                                 BcpFactorText::tr("Hold a BCP exercise and record its findings"),
                                 1.0, score::Effort::Hours, ModuleKey));
    } else {
        ex.value = recency(s.lastExercise, kReviewIntervalDays, today);
        ex.inputs = BcpFactorText::tr("The last BCP exercise was on %1.")
                        .arg(i18n::formatDate(s.lastExercise));
        if (ex.value < 1.0)
            ex.actions.append(action(ex.id,
                                     BcpFactorText::tr("Hold a BCP exercise (last: %1)")
                                         .arg(i18n::formatDate(s.lastExercise)),
                                     1.0 - ex.value, score::Effort::Hours, ModuleKey));
    }
    return out;
}

QVector<score::Evidence> bcpEvidence(const score::ScoreInput &input, const QDate &today)
{
    const ScoreData *data = scoreDataOf(input);
    if (!data)
        return {};
    const Summary s = summarize(*data, input.backupJobs, input.backupEvents, today);
    if (!s.anything)
        return {};
    const auto make = [](const char *key, const QString &text, bool supports) {
        score::Evidence e;
        e.questionKey = QString::fromLatin1(key);
        e.text = text;
        e.supports = supports;
        e.measures = true;
        e.place = ModuleKey;
        return e;
    };
    QVector<score::Evidence> out;
    if (s.lastVersion)
        out << make("kamae.bcp.plan",
                    BcpFactorText::tr("BCP records: version %1 published on %2.")
                        .arg(s.lastVersion->number)
                        .arg(i18n::formatDate(s.lastVersion->published)),
                    true);
    else
        out << make(
            "kamae.bcp.plan",
            BcpFactorText::tr("BCP records: a draft plan exists, but no version is published."),
            false);
    const bool reviewed =
        s.lastVersion && s.lastVersion->published.daysTo(today) <= kReviewIntervalDays;
    const bool exercised =
        s.lastExercise.isValid() && s.lastExercise.daysTo(today) <= kReviewIntervalDays;
    QString text;
    if (reviewed && exercised)
        text =
            BcpFactorText::tr("BCP records: reviewed on %1 and exercised on %2.")
                .arg(i18n::formatDate(s.lastVersion->published), i18n::formatDate(s.lastExercise));
    else if (!reviewed)
        text = BcpFactorText::tr("BCP records: no version published in the last 12 months.");
    else
        text = BcpFactorText::tr("BCP records: no exercise in the last 12 months.");
    out << make("kamae.bcp.review", text, reviewed && exercised);
    return out;
}

// ---- Reminders -------------------------------------------------------------

namespace {

struct BcpReminderText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::bcp::BcpReminderText)
};

} // namespace

QVector<reminders::Reminder> bcpReminders(const ScoreData &data, const QDate &today)
{
    QVector<reminders::Reminder> out;
    if (data.versions.isEmpty())
        return out; // no plan in force: nothing to review or rehearse yet
    const domain::BcpVersion &last = data.versions.last();
    const auto yearly = [](reminders::Reminder &r) {
        r.recurring = true;
        r.recurrence = domain::Schedule::everyNDays(kReviewIntervalDays);
    };
    reminders::Reminder review;
    review.uid = QStringLiteral("bcp-review");
    review.module = ModuleKey;
    review.kind = kind::PlanReview;
    review.title = BcpReminderText::tr("Review the BCP");
    review.detail =
        BcpReminderText::tr("Version %1 was published on %2; review the plan with the people, "
                            "assets and contacts of today and publish a new version.")
            .arg(last.number)
            .arg(i18n::formatDate(last.published));
    review.lastDone = last.published;
    review.due = last.published.addMonths(12);
    review.state = reminders::stateFor(review.due, today, reminders::kDueSoonDays);
    review.severity = reminders::ReminderSeverity::Medium;
    yearly(review);
    out << review;

    QDate lastExercise;
    for (const domain::BcpExercise &e : data.exercises)
        if (e.date.isValid() && (!lastExercise.isValid() || e.date > lastExercise))
            lastExercise = e.date;
    reminders::Reminder drill;
    drill.uid = QStringLiteral("bcp-exercise");
    drill.module = ModuleKey;
    drill.kind = kind::Exercise;
    drill.title = BcpReminderText::tr("Hold a BCP exercise");
    drill.detail =
        lastExercise.isValid()
            ? BcpReminderText::tr("The last exercise was on %1.")
                  .arg(i18n::formatDate(lastExercise))
            : BcpReminderText::tr("No exercise is recorded since the plan was first published.");
    drill.lastDone = lastExercise;
    drill.due =
        (lastExercise.isValid() ? lastExercise : data.versions.first().published).addMonths(12);
    drill.state = reminders::stateFor(drill.due, today, reminders::kDueSoonDays);
    drill.severity = reminders::ReminderSeverity::Medium;
    yearly(drill);
    out << drill;

    for (const domain::BcpExercise &e : data.exercises) {
        for (const domain::BcpAction &a : e.actions) {
            if (a.done.isValid() || !a.due.isValid())
                continue;
            reminders::Reminder r;
            r.uid = QStringLiteral("bcp-action-%1").arg(a.id);
            r.module = ModuleKey;
            r.kind = kind::FollowUp;
            r.recordId = e.id;
            r.title = BcpReminderText::tr("BCP follow-up: %1").arg(a.text);
            r.detail =
                BcpReminderText::tr("From the exercise of %1.").arg(i18n::formatDate(e.date));
            r.due = a.due;
            r.state = reminders::stateFor(r.due, today, reminders::kDueSoonDays);
            r.severity = reminders::ReminderSeverity::Low;
            out << r;
        }
    }
    return out;
}

Result<QVector<reminders::Reminder>> bcpReminderSource(store::Database &db, const QDate &today)
{
    return score::remindersFromScoreData<ScoreData>(loadScoreData(db), bcpReminders, today);
}

} // namespace bcp
} // namespace kamae
