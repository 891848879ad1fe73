#pragma once

#include "domain/Asset.h"

#include <QCoreApplication>

// The register's derived values, as docs/scoring.md states them. Pure
// functions: the table, the score, the report and the tests share them.
namespace kamae {
namespace domain {

// 重要度: the highest of C/I/A; at least 2 when personal data is held and
// 3 for sensitive personal data or My Number data. 0 while nothing is rated.
int importance(const Asset &asset);

// 被害発生可能性 from threat likelihood and vulnerability (each 1–3) by the
// guideline's table; 0 while either is not assessed.
int damageLikelihood(int threat, int vulnerability);

// リスク値 = importance × likelihood (1–9); 0 while either is 0.
int riskValue(const Asset &asset);
RiskClass riskClass(int riskValue);

// The yearly review: due twelve months after the later of the registration
// date and the last review date. Invalid when the row has neither date (a
// row stored before registration dates were kept, or one whose date was
// cleared): then nobody knows when it was last looked at, so it is due now.
constexpr int kReviewIntervalMonths = 12;
QDate reviewDue(const Asset &asset);
// Past its review due date, or without any date (see reviewDue). An asset
// registered or reviewed today is not due for twelve months.
bool needsReview(const Asset &asset, const QDate &today);

// Owner department and all of C/I/A filled in: the register row is usable.
bool isClassified(const Asset &asset);

// Translated names for the enums, for tables, filters and files.
struct AssetText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::domain::AssetText)

public:
    static QString kind(AssetKind kind);
    static QString personalData(PersonalData value);
    static QString mfa(Mfa value);
    static QString riskClass(RiskClass value);
    static QString rating(int value); // "1".."3", "" for 0
};

} // namespace domain
} // namespace kamae
