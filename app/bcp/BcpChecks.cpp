#include "bcp/BcpChecks.h"

#include "bcp/BcpRepository.h"
#include "i18n/Language.h"
#include "store/BackupRepository.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kamae {
namespace bcp {

using namespace domain;

Result<CheckInput> loadCheckInput(store::Database &db)
{
    CheckInput input;
    store::BcpRepository repo(db);
    auto plan = repo.plan();
    if (!plan)
        return plan.asFailure();
    input.plan = std::move(plan).value();
    store::BackupRepository backups(db);
    auto jobs = backups.jobs();
    if (!jobs)
        return jobs.asFailure();
    input.jobs = std::move(jobs).value();
    auto events = backups.events();
    if (!events)
        return events.asFailure();
    for (const BackupEvent &e : *events)
        if (e.kind == BackupEventKind::RestoreTest)
            input.restoreTests.append(e);
    QVector<qint64> linked;
    for (const BcpBusiness &b : input.plan.businesses) {
        for (const BcpAssetLink &l : b.assets)
            linked.append(l.assetId);
        for (const BcpAlternative &a : b.alternatives)
            if (a.assetId > 0)
                linked.append(a.assetId);
    }
    auto names = repo.assetNames(linked);
    if (!names)
        return names.asFailure();
    input.assetNames = std::move(names).value();
    auto people = repo.personNames();
    if (!people)
        return people.asFailure();
    input.people = std::move(people).value();
    return input;
}

int backupIntervalHours(const Schedule &schedule)
{
    if (!scheduleProblem(schedule).isEmpty())
        return -1;
    switch (schedule.kind) {
    case ScheduleKind::Daily:
        return 24;
    case ScheduleKind::Weekly: {
        // The longest run of days from one chosen weekday to the next,
        // round the week.
        int longest = 0;
        for (int day = 0; day < 7; ++day) {
            if (!(schedule.weekdays & (1 << day)))
                continue;
            int gap = 1;
            while (!(schedule.weekdays & (1 << ((day + gap) % 7))))
                ++gap;
            longest = std::max(longest, gap);
        }
        return longest > 0 ? longest * 24 : -1;
    }
    case ScheduleKind::Monthly:
        return 31 * 24;
    case ScheduleKind::EveryNDays:
        return schedule.intervalDays * 24;
    }
    return -1;
}

QString findingKey(FindingKind kind)
{
    switch (kind) {
    case FindingKind::RtoBelowRestoreTest:
        return QStringLiteral("rto_below_restore_test");
    case FindingKind::RpoBelowBackupInterval:
        return QStringLiteral("rpo_below_backup_interval");
    case FindingKind::AssetNotBackedUp:
        return QStringLiteral("asset_not_backed_up");
    case FindingKind::RestoreNeverTested:
        return QStringLiteral("restore_never_tested");
    case FindingKind::AlternativeOnSameAsset:
        return QStringLiteral("alternative_on_same_asset");
    case FindingKind::NoPolicy:
        return QStringLiteral("no_policy");
    case FindingKind::NoEmergencyCard:
        return QStringLiteral("no_emergency_card");
    case FindingKind::NoCoreBusiness:
        return QStringLiteral("no_core_business");
    case FindingKind::NoMaxOutage:
        return QStringLiteral("no_max_outage");
    case FindingKind::NoRto:
        return QStringLiteral("no_rto");
    case FindingKind::NoRpo:
        return QStringLiteral("no_rpo");
    case FindingKind::RtoBeyondOutage:
        return QStringLiteral("rto_beyond_outage");
    case FindingKind::NoDependentAsset:
        return QStringLiteral("no_dependent_asset");
    case FindingKind::NoSupplier:
        return QStringLiteral("no_supplier");
    case FindingKind::NoAlternative:
        return QStringLiteral("no_alternative");
    case FindingKind::NoRoles:
        return QStringLiteral("no_roles");
    case FindingKind::NoRoleHolder:
        return QStringLiteral("no_role_holder");
    case FindingKind::NoDeputy:
        return QStringLiteral("no_deputy");
    case FindingKind::NoContacts:
        return QStringLiteral("no_contacts");
    }
    return {};
}

QString plainText(const QString &html)
{
    static const QRegularExpression head(QStringLiteral("<(head|style|script)[^>]*>.*</\\1>"),
                                         QRegularExpression::DotMatchesEverythingOption |
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("&nbsp;|&#160;"));
    QString text = html;
    text.remove(head);
    text.remove(tag);
    text.replace(space, QStringLiteral(" "));
    return text.simplified();
}

namespace {

// "core business 2 (受注・出荷)"
QString businessLabel(int number, const BcpBusiness &b)
{
    return BcpCheckText::tr("core business %1 (%2)").arg(number).arg(b.name);
}

QString assetLabel(const CheckInput &input, qint64 id)
{
    const QString name = input.assetNames.value(id);
    return name.isEmpty() ? BcpCheckText::tr("asset #%1").arg(id) : name;
}

// "2 h 5 min", "45 min"
QString durationText(int minutes)
{
    if (minutes < 60)
        return BcpCheckText::tr("%n min", nullptr, minutes);
    if (minutes % 60 == 0)
        return BcpCheckText::tr("%n h", nullptr, minutes / 60);
    return BcpCheckText::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

struct JobFacts
{
    const BackupJob *job = nullptr;
    bool tested = false;   // a restore test that did not fail
    BackupEvent lastTimed; // the newest of those with its minutes
    bool hasTimed = false;
    int intervalHours = -1;
};

bool newer(const BackupEvent &a, const BackupEvent &b)
{
    return a.date != b.date ? a.date > b.date : a.id > b.id;
}

} // namespace

QVector<Finding> recordChecks(const CheckInput &input)
{
    QVector<Finding> out;
    // Only the jobs of the assets the plan names matter; a register of
    // 100,000 rows is walked once, through the jobs' links.
    QSet<qint64> linked;
    for (const BcpBusiness &b : input.plan.businesses)
        for (const BcpAssetLink &l : b.assets)
            linked.insert(l.assetId);
    if (linked.isEmpty())
        return out;
    QHash<qint64, JobFacts> facts;
    QHash<qint64, QVector<qint64>> jobsOf; // asset → jobs, in the jobs' order
    for (const BackupJob &job : input.jobs) {
        if (!job.builtin.isEmpty())
            continue;
        bool used = false;
        for (qint64 asset : job.assetIds) {
            if (!linked.contains(asset))
                continue;
            jobsOf[asset].append(job.id);
            used = true;
        }
        if (used) {
            JobFacts f;
            f.job = &job;
            f.intervalHours = backupIntervalHours(job.schedule);
            facts.insert(job.id, f);
        }
    }
    for (const BackupEvent &e : input.restoreTests) {
        if (e.kind != BackupEventKind::RestoreTest || e.result == BackupResult::Failed)
            continue;
        const auto found = facts.find(e.jobId);
        if (found == facts.end())
            continue;
        found->tested = true;
        if (e.minutes >= 0 && (!found->hasTimed || newer(e, found->lastTimed))) {
            found->lastTimed = e;
            found->hasTimed = true;
        }
    }

    for (int i = 0; i < input.plan.businesses.size(); ++i) {
        const BcpBusiness &b = input.plan.businesses.at(i);
        const int number = i + 1;
        const QString business = businessLabel(number, b);
        const auto finding = [&](FindingKind kind, qint64 asset, qint64 job, QString text) {
            Finding f;
            f.kind = kind;
            f.businessId = b.id;
            f.businessNumber = number;
            f.assetId = asset;
            f.jobId = job;
            f.text = std::move(text);
            out.append(f);
        };
        QSet<qint64> own;
        for (const BcpAssetLink &link : b.assets) {
            own.insert(link.assetId);
            const QString asset = assetLabel(input, link.assetId);
            const QVector<qint64> jobs = jobsOf.value(link.assetId);
            if (jobs.isEmpty()) {
                finding(FindingKind::AssetNotBackedUp, link.assetId, 0,
                        BcpCheckText::tr("%1: no backup job protects %2.").arg(business, asset));
                continue;
            }
            const JobFacts *timed = nullptr;
            const JobFacts *tested = nullptr;
            const JobFacts *frequent = nullptr;
            for (qint64 id : jobs) {
                const JobFacts &f = facts[id];
                if (f.tested && !tested)
                    tested = &f;
                if (f.hasTimed && (!timed || newer(f.lastTimed, timed->lastTimed)))
                    timed = &f;
                if (f.intervalHours >= 0 &&
                    (!frequent || f.intervalHours < frequent->intervalHours))
                    frequent = &f;
            }
            if (!tested)
                finding(FindingKind::RestoreNeverTested, link.assetId, jobs.first(),
                        BcpCheckText::tr("%1: the restore of %2 was never tested (job \"%3\").")
                            .arg(business, asset, facts[jobs.first()].job->name));
            if (b.rtoHours >= 0 && timed && timed->lastTimed.minutes > qint64(b.rtoHours) * 60)
                finding(FindingKind::RtoBelowRestoreTest, link.assetId, timed->job->id,
                        BcpCheckText::tr(
                            "%1: the RTO of %2 is shorter than the %3 the last restore test "
                            "of %4 took (job \"%5\", %6).")
                            .arg(business, BcpCheckText::tr("%n h", nullptr, b.rtoHours),
                                 durationText(timed->lastTimed.minutes), asset, timed->job->name,
                                 i18n::formatDate(timed->lastTimed.date)));
            if (b.rpoHours >= 0 && frequent && frequent->intervalHours > b.rpoHours)
                finding(FindingKind::RpoBelowBackupInterval, link.assetId, frequent->job->id,
                        BcpCheckText::tr(
                            "%1: the RPO of %2 is shorter than the %3 between backups of %4 "
                            "(job \"%5\").")
                            .arg(business, BcpCheckText::tr("%n h", nullptr, b.rpoHours),
                                 BcpCheckText::tr("%n h", nullptr, frequent->intervalHours), asset,
                                 frequent->job->name));
        }
        for (const BcpAlternative &a : b.alternatives) {
            if (a.assetId <= 0 || !own.contains(a.assetId))
                continue;
            Finding f;
            f.kind = FindingKind::AlternativeOnSameAsset;
            f.businessId = b.id;
            f.businessNumber = number;
            f.assetId = a.assetId;
            f.alternativeId = a.id;
            f.text = BcpCheckText::tr(
                         "%1: the alternative \"%2\" depends on %3, which the business itself "
                         "depends on.")
                         .arg(business, a.text, assetLabel(input, a.assetId));
            out.append(f);
        }
    }
    return out;
}

QVector<Finding> completenessChecks(const CheckInput &input)
{
    QVector<Finding> out;
    const BcpPlan &plan = input.plan;
    const auto plain = [&out](FindingKind kind, QString text) {
        Finding f;
        f.kind = kind;
        f.text = std::move(text);
        out.append(f);
    };
    if (plainText(plan.sections.value(bcpsection::Policy)).isEmpty())
        plain(FindingKind::NoPolicy,
              BcpCheckText::tr("The basic policy (Form 02) is not written yet."));
    if (plan.roles.isEmpty())
        plain(FindingKind::NoRoles,
              BcpCheckText::tr("No roles of the emergency organisation (Form 03)."));
    for (const BcpRole &r : plan.roles) {
        Finding f;
        f.roleId = r.id;
        if (r.personId <= 0) {
            f.kind = FindingKind::NoRoleHolder;
            f.text = BcpCheckText::tr("Nobody holds the role %1.").arg(r.title);
            out.append(f);
        }
        if (r.deputyId <= 0) {
            f.kind = FindingKind::NoDeputy;
            f.text = BcpCheckText::tr("No deputy for %1.").arg(r.title);
            out.append(f);
        }
    }
    if (plainText(plan.sections.value(bcpsection::Card)).isEmpty())
        plain(FindingKind::NoEmergencyCard,
              BcpCheckText::tr("The employee emergency card (Form 04) is not written yet."));
    if (plan.businesses.isEmpty())
        plain(FindingKind::NoCoreBusiness,
              BcpCheckText::tr("No core business (Form 06) is listed."));
    for (int i = 0; i < plan.businesses.size(); ++i) {
        const BcpBusiness &b = plan.businesses.at(i);
        const QString business = businessLabel(i + 1, b);
        const auto finding = [&](FindingKind kind, QString text) {
            Finding f;
            f.kind = kind;
            f.businessId = b.id;
            f.businessNumber = i + 1;
            f.text = std::move(text);
            out.append(f);
        };
        if (b.maxOutageHours < 0)
            finding(FindingKind::NoMaxOutage,
                    BcpCheckText::tr("No maximum tolerable outage for %1.").arg(business));
        if (b.rtoHours < 0)
            finding(FindingKind::NoRto, BcpCheckText::tr("No RTO for %1.").arg(business));
        if (b.rpoHours < 0)
            finding(FindingKind::NoRpo, BcpCheckText::tr("No RPO for %1.").arg(business));
        if (b.rtoHours >= 0 && b.maxOutageHours >= 0 && b.rtoHours > b.maxOutageHours)
            finding(FindingKind::RtoBeyondOutage,
                    BcpCheckText::tr("The RTO of %1 is longer than its maximum tolerable outage.")
                        .arg(business));
        if (b.assets.isEmpty())
            finding(FindingKind::NoDependentAsset,
                    BcpCheckText::tr("No asset of the register is linked to %1.").arg(business));
        const bool supplier =
            std::any_of(b.partners.cbegin(), b.partners.cend(),
                        [](const BcpPartner &p) { return p.kind == BcpPartnerKind::Supplier; });
        if (!supplier)
            finding(FindingKind::NoSupplier, BcpCheckText::tr("No supplier for %1.").arg(business));
        if (b.alternatives.isEmpty())
            finding(FindingKind::NoAlternative,
                    BcpCheckText::tr("No alternative or manual fallback for %1.").arg(business));
    }
    if (plan.contacts.isEmpty())
        plain(FindingKind::NoContacts, BcpCheckText::tr("No emergency contacts (Forms 11, 12)."));
    return out;
}

QVector<Finding> allChecks(const CheckInput &input)
{
    QVector<Finding> out = recordChecks(input);
    out += completenessChecks(input);
    return out;
}

} // namespace bcp
} // namespace kamae
