#include "domain/PatchRules.h"

#include <QRegularExpression>

namespace kamae {
namespace domain {

bool PatchItem::operator==(const PatchItem &o) const
{
    return id == o.id && assetId == o.assetId && ownerId == o.ownerId && product == o.product &&
           installedVersion == o.installedVersion && availableUpdate == o.availableUpdate &&
           cves == o.cves && jvnIds == o.jvnIds && qFuzzyCompare(cvssScore + 2, o.cvssScore + 2) &&
           severity == o.severity && knownExploited == o.knownExploited &&
           knownRansomwareUse == o.knownRansomwareUse && found == o.found && due == o.due &&
           applied == o.applied && status == o.status && acceptedReason == o.acceptedReason &&
           acceptedReviewDate == o.acceptedReviewDate && notes == o.notes &&
           sourceKey == o.sourceKey;
}

Severity severityFromCvss(double score)
{
    if (score >= 9.0)
        return Severity::Critical;
    if (score >= 7.0)
        return Severity::High;
    if (score >= 4.0)
        return Severity::Medium;
    if (score > 0.0)
        return Severity::Low;
    return Severity::Unknown;
}

Severity severityFromText(const QString &text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    if (t == QLatin1String("critical") || t == QLatin1String("c") || t == QStringLiteral("緊急"))
        return Severity::Critical;
    if (t == QLatin1String("high") || t == QLatin1String("h") || t == QStringLiteral("重要") ||
        t == QStringLiteral("高"))
        return Severity::High;
    if (t == QLatin1String("medium") || t == QLatin1String("m") || t == QLatin1String("moderate") ||
        t == QStringLiteral("警告") || t == QStringLiteral("中"))
        return Severity::Medium;
    if (t == QLatin1String("low") || t == QLatin1String("l") || t == QStringLiteral("注意") ||
        t == QStringLiteral("低"))
        return Severity::Low;
    return Severity::Unknown;
}

int daysAllowed(const PatchItem &item, const PatchPolicy &policy)
{
    // Known exploitation beats any score: attackers are already using it.
    int days = policy.otherDays;
    switch (item.severity) {
    case Severity::Critical:
        days = policy.criticalDays;
        break;
    case Severity::High:
        days = policy.highDays;
        break;
    default:
        break;
    }
    if (item.knownExploited)
        days = std::min(days, policy.knownExploitedDays);
    return days;
}

QDate dueDate(const PatchItem &item, const PatchPolicy &policy)
{
    return item.found.isValid() ? item.found.addDays(daysAllowed(item, policy)) : QDate();
}

bool isOpen(const PatchItem &item)
{
    return item.status == PatchStatus::Open || item.status == PatchStatus::Scheduled;
}

bool isOverdue(const PatchItem &item, const QDate &today)
{
    return isOpen(item) && item.due.isValid() && item.due < today;
}

bool acceptanceNeedsReview(const PatchItem &item, const QDate &today)
{
    return item.status == PatchStatus::RiskAccepted && item.acceptedReviewDate.isValid() &&
           item.acceptedReviewDate <= today;
}

Status validatePatch(const PatchItem &item)
{
    if (item.assetId <= 0)
        return Status::failure(PatchText::tr("A patch item belongs to an asset."));
    if (item.product.trimmed().isEmpty() && item.cves.isEmpty())
        return Status::failure(PatchText::tr("Name the product or at least one CVE."));
    if (item.status == PatchStatus::RiskAccepted) {
        if (item.acceptedReason.trimmed().isEmpty())
            return Status::failure(
                PatchText::tr("Accepting a risk needs a reason: why is it acceptable not to "
                              "apply this update?"));
        if (!item.acceptedReviewDate.isValid())
            return Status::failure(
                PatchText::tr("Accepting a risk needs a date to look at it again."));
    }
    if (item.status == PatchStatus::Applied && !item.applied.isValid())
        return Status::failure(PatchText::tr("An applied update needs the date it was applied."));
    static const QRegularExpression cve(QStringLiteral("^CVE-\\d{4}-\\d{4,}$"));
    for (const QString &id : item.cves)
        if (!cve.match(id).hasMatch())
            return Status::failure(
                PatchText::tr("\"%1\" is not a CVE id (CVE-2018-13379).").arg(id));
    // JVN iPedia (JVNDB-2024-001234) and JVN advisories (JVN#12345678, JVNVU#…).
    static const QRegularExpression jvn(
        QStringLiteral("^JVN(DB-\\d{4}-\\d{6}|[A-Z]{0,2}#\\d{6,8})$"));
    for (const QString &id : item.jvnIds)
        if (!jvn.match(id).hasMatch())
            return Status::failure(
                PatchText::tr("\"%1\" is not a JVN id (JVNDB-2024-001234, JVNVU#12345678).")
                    .arg(id));
    if (item.cvssScore > 10.0)
        return Status::failure(PatchText::tr("A CVSS score is between 0 and 10."));
    return {};
}

Status validatePolicy(const PatchPolicy &p)
{
    for (int days :
         {p.knownExploitedDays, p.criticalDays, p.highDays, p.otherDays, p.staleAssetDays})
        if (days < 1 || days > 3650)
            return Status::failure(PatchText::tr("Each period is between 1 and 3650 days."));
    return {};
}

QString PatchText::status(PatchStatus status)
{
    switch (status) {
    case PatchStatus::Open:
        return tr("Open");
    case PatchStatus::Scheduled:
        return tr("Scheduled");
    case PatchStatus::Applied:
        return tr("Applied");
    case PatchStatus::RiskAccepted:
        return tr("Risk accepted");
    }
    return {};
}

QString PatchText::severity(Severity severity)
{
    switch (severity) {
    case Severity::Unknown:
        return tr("Unknown");
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

} // namespace domain
} // namespace kamae
