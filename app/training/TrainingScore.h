#pragma once

#include "core/Result.h"
#include "domain/Person.h"
#include "score/Evidence.h"
#include "score/Score.h"
#include "training/Coverage.h"
#include "training/Phishing.h"
#include "training/TrainingRepository.h"

#include <QDate>
#include <QVector>

#include <any>
#include <optional>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

// What the training records say to the score (教育・訓練), to the
// self-assessment's evidence and to the report: coverage of the required
// courses, how recent the last phishing drill is and how many reported it
// (docs/scoring.md, "Education and drills"). Pure functions of (input,
// today), but for the loader.
namespace kamae {
namespace training {

// The module's part of the score's input (ModuleInfo::loadScoreData): what
// coverage and the drills' rates read. Attendance holds only completions.
struct ScoreData
{
    store::TrainingRecords records;
};
Result<std::any> loadScoreData(store::Database &db);
// The records themselves, attendance as completions only.
Result<store::TrainingRecords> readScoreRecords(store::Database &db);
// The records loadScoreData put into the input; null when none were loaded
// (an input made by hand), which the factors read as "nothing recorded".
const store::TrainingRecords *recordsOf(const score::ScoreInput &input);

// A drill counts in full for this many days ("a drill in the last 12
// months"), then less, to nothing at twice this (support::recency).
constexpr int kDrillIntervalDays = 365;
// The report rate that earns the report factor its full value: reporting
// is what a drill trains, and half of the recipients reporting is a good
// result for a small company's first years.
constexpr double kReportRateTarget = 0.5;
// Coverage at or above this share supports "staff receive training
// regularly" (question 20); below it, the records do not.
constexpr double kTrainedShare = 0.8;
// A click rate above this in the last drill, or a last drill older than
// kDrillIntervalDays, does not support "staff do not open suspicious
// attachments and links" (question 6).
constexpr double kClickRateConcern = 0.2;

// The figures the factors, the evidence and the report share.
struct Summary
{
    Coverage coverage;
    // The newest drill dated on or before the date that delivered at least
    // one mail; none when there is none.
    std::optional<CampaignRates> lastDrill;
    int drills = 0; // such drills
};
Summary summarize(const QVector<domain::Person> &people, const store::TrainingRecords &records,
                  const QDate &date);

// The module's factors of the score (ModuleInfo::factorSources).
QVector<score::Factor> trainingFactors(const score::ScoreInput &input, const QDate &today);

// What the records say about the self-assessment's questions 20 (training)
// and 6 (attachments and links). This evidence measures the question
// (Evidence::measures): while it exists the answer does not count.
QVector<score::Evidence> trainingEvidence(const score::ScoreInput &input, const QDate &today);

} // namespace training
} // namespace kamae
