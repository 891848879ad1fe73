#pragma once

#include "core/Result.h"
#include "domain/Patch.h"

#include <QCoreApplication>

// What the patch module decides: due dates, overdue, severity from CVSS,
// and what a valid item is. Pure functions of (item, policy, today).
namespace kamae {
namespace domain {

// CVSS v3 bands: 9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low.
Severity severityFromCvss(double score);
// "Critical", "H", "high", "緊急", "重要", … → Severity.
Severity severityFromText(const QString &text);

int daysAllowed(const PatchItem &item, const PatchPolicy &policy);
// found + daysAllowed; invalid while found is unknown.
QDate dueDate(const PatchItem &item, const PatchPolicy &policy);

bool isOpen(const PatchItem &item); // Open or Scheduled
bool isOverdue(const PatchItem &item, const QDate &today);
// A risk acceptance whose review date has come.
bool acceptanceNeedsReview(const PatchItem &item, const QDate &today);

// Risk accepted needs a reason and a review date; applied needs a date.
Status validatePatch(const PatchItem &item);
Status validatePolicy(const PatchPolicy &policy);

struct PatchText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::domain::PatchText)

public:
    static QString status(PatchStatus status);
    static QString severity(Severity severity);
};

} // namespace domain
} // namespace kamae
