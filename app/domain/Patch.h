#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace kamae {
namespace domain {

// One update an asset needs (修正プログラム), from a feed match or typed in.
enum class PatchStatus
{
    Open = 0,
    Scheduled = 1,
    Applied = 2,
    RiskAccepted = 3, // リスク受容: needs a reason and a review date
};
constexpr int kPatchStatusCount = 4;

enum class Severity
{
    Unknown = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
};
constexpr int kSeverityCount = 5;

struct PatchItem
{
    qint64 id = 0;
    qint64 assetId = 0;
    QString product; // as the asset runs it
    QString installedVersion;
    QString availableUpdate; // the version or update that fixes it
    QStringList cves;
    QStringList jvnIds;
    double cvssScore = -1; // -1 = unknown
    Severity severity = Severity::Unknown;
    bool knownExploited = false;
    bool knownRansomwareUse = false;
    QDate found;
    QDate due;
    QDate applied;
    PatchStatus status = PatchStatus::Open;
    QString acceptedReason;
    QDate acceptedReviewDate;
    QString notes;
    QString sourceKey; // the feed entry it came from ("KEV:CVE-…", "JVN:JVNDB-…"), or empty
    // Who answers for it: an entry of the people list (0 = its asset's owner).
    qint64 ownerId = 0;

    bool operator==(const PatchItem &o) const;
    bool operator!=(const PatchItem &o) const { return !(*this == o); }
};

// Days from finding to due date, by what is known of the hole. Editable in
// Settings; stored in the vault.
struct PatchPolicy
{
    int knownExploitedDays = 14;
    int criticalDays = 30;
    int highDays = 60;
    int otherDays = 90;
    // An asset whose software was not updated for this long is listed.
    int staleAssetDays = 30;

    bool operator==(const PatchPolicy &o) const
    {
        return knownExploitedDays == o.knownExploitedDays && criticalDays == o.criticalDays &&
               highDays == o.highDays && otherDays == o.otherDays &&
               staleAssetDays == o.staleAssetDays;
    }
};

} // namespace domain
} // namespace kamae
