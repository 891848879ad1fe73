#include "bcp/BcpRecords.h"

#include <QSet>

namespace kamae {
namespace domain {

QString BcpRecordText::exerciseKind(ExerciseKind kind)
{
    switch (kind) {
    case ExerciseKind::WalkThrough:
        return tr("Walk-through");
    case ExerciseKind::Tabletop:
        return tr("Tabletop exercise");
    case ExerciseKind::CallTree:
        return tr("Call tree test");
    case ExerciseKind::RestoreDrill:
        return tr("Restore drill");
    }
    return {};
}

QString BcpRecordText::partnerKind(BcpPartnerKind kind)
{
    switch (kind) {
    case BcpPartnerKind::Supplier:
        return tr("Supplier");
    case BcpPartnerKind::Customer:
        return tr("Key customer");
    }
    return {};
}

QString BcpRecordText::resourceKind(BcpResourceKind kind)
{
    switch (kind) {
    case BcpResourceKind::Computer:
        return tr("Computer");
    case BcpResourceKind::Software:
        return tr("Software");
    case BcpResourceKind::Other:
        return tr("Other resource");
    }
    return {};
}

QString BcpRecordText::contactKind(BcpContactKind kind)
{
    switch (kind) {
    case BcpContactKind::Staff:
        return tr("Staff");
    case BcpContactKind::Organisation:
        return tr("Organisation");
    }
    return {};
}

QString BcpRecordText::sectionName(const QString &key)
{
    if (key == bcpsection::Policy)
        return tr("Basic policy (Form 02)");
    if (key == bcpsection::Card)
        return tr("Employee emergency card (Form 04)");
    if (key == bcpsection::Scenarios)
        return tr("Cyber incident scenarios");
    if (key == bcpsection::Response)
        return tr("First response");
    return key;
}

namespace {

bool validHours(int hours)
{
    return hours == -1 || (hours >= 0 && hours <= kMaxBcpHours);
}

QString businessProblem(const BcpBusiness &b)
{
    if (b.name.trimmed().isEmpty())
        return BcpRecordText::tr("A core business needs a name.");
    if (!validHours(b.maxOutageHours) || !validHours(b.rtoHours) || !validHours(b.rpoHours))
        return BcpRecordText::tr("The hours of core business \"%1\" must be between 0 and %2.")
            .arg(b.name.trimmed())
            .arg(kMaxBcpHours);
    QSet<qint64> assets;
    for (const BcpAssetLink &link : b.assets) {
        if (link.assetId <= 0)
            return BcpRecordText::tr(
                       "Core business \"%1\" names an asset that is not in the register.")
                .arg(b.name.trimmed());
        if (assets.contains(link.assetId))
            return BcpRecordText::tr("Core business \"%1\" names an asset twice.")
                .arg(b.name.trimmed());
        assets.insert(link.assetId);
    }
    for (const BcpPartner &p : b.partners)
        if (p.name.trimmed().isEmpty())
            return BcpRecordText::tr("A supplier or customer of \"%1\" needs a name.")
                .arg(b.name.trimmed());
    for (const BcpAlternative &a : b.alternatives)
        if (a.text.trimmed().isEmpty())
            return BcpRecordText::tr("An alternative of \"%1\" needs a description.")
                .arg(b.name.trimmed());
    return {};
}

} // namespace

bool isBcpLanguage(const QString &language)
{
    return language == QLatin1String("ja") || language == QLatin1String("en");
}

QString bcpPlanProblem(const BcpPlan &plan)
{
    if (!isBcpLanguage(plan.language))
        return BcpRecordText::tr("The plan's language must be Japanese or English.");
    for (const BcpBusiness &b : plan.businesses)
        if (const QString problem = businessProblem(b); !problem.isEmpty())
            return problem;
    for (const BcpRole &r : plan.roles) {
        if (r.title.trimmed().isEmpty())
            return BcpRecordText::tr("A role needs a title.");
        if (r.personId > 0 && r.personId == r.deputyId)
            return BcpRecordText::tr("The deputy for \"%1\" must be someone else.")
                .arg(r.title.trimmed());
    }
    for (const BcpBottleneck &b : plan.bottlenecks)
        if (b.resource.trimmed().isEmpty())
            return BcpRecordText::tr("A bottleneck resource needs a name.");
    for (const BcpInvestment &i : plan.investments) {
        if (i.text.trimmed().isEmpty())
            return BcpRecordText::tr("An investment needs a description.");
        if (i.costYen < -1)
            return BcpRecordText::tr("The cost of an investment cannot be negative.");
    }
    for (const BcpContact &c : plan.contacts)
        if (c.name.trimmed().isEmpty() && c.organisation.trimmed().isEmpty())
            return BcpRecordText::tr("A contact needs a name or an organisation.");
    for (const BcpInsurance &i : plan.insurance)
        if (i.insurer.trimmed().isEmpty())
            return BcpRecordText::tr("An insurance policy needs its insurer.");
    return {};
}

QString bcpExerciseProblem(const BcpExercise &e, const QDate &today)
{
    if (!e.date.isValid())
        return BcpRecordText::tr("An exercise needs the date it was held.");
    if (today.isValid() && e.date > today)
        return BcpRecordText::tr("An exercise cannot be dated after today.");
    QSet<qint64> people;
    for (qint64 id : e.participants) {
        if (id <= 0 || people.contains(id))
            return BcpRecordText::tr("A participant is listed twice or is not in the people list.");
        people.insert(id);
    }
    for (const BcpAction &a : e.actions)
        if (a.text.trimmed().isEmpty())
            return BcpRecordText::tr("A follow-up action needs a description.");
    return {};
}

} // namespace domain
} // namespace kamae
