#pragma once

// The report's sections, each built by its own function from the context.
// Internal to app/report/. A module that arrives (training, BCP, incidents)
// brings its measure builder in its own folder (report/ModuleReport.h).

#include "report/ModuleReport.h"
#include "report/ReportContext.h"
#include "report/ReportDocument.h"

#include <optional>

namespace kamae {
namespace report {

// What the builders produce together.
struct ReportParts
{
    Document document;
    QVector<Metric> metrics; // what the next report compares with
};

using SectionBuilder = void (*)(const ReportContext &context, ReportParts &parts);

void buildCover(const ReportContext &context, ReportParts &parts);   // SummarySection.cpp
void buildSummary(const ReportContext &context, ReportParts &parts); // SummarySection.cpp
void buildActions(const ReportContext &context, ReportParts &parts); // ActionsSection.cpp
void buildStatus(const ReportContext &context, ReportParts &parts);  // StatusSection.cpp
// Last: compares the metrics the others added with the previous report.
void buildChanges(const ReportContext &context, ReportParts &parts); // ChangesSection.cpp

std::optional<MeasureStatus> assetStatus(const ReportContext &context);
std::optional<MeasureStatus> patchStatus(const ReportContext &context);
std::optional<MeasureStatus> backupStatus(const ReportContext &context);
std::optional<MeasureStatus> selfCheckStatus(const ReportContext &context);

// An action as the report words it: what the company should do, without
// references to Kamae's pages (ActionsSection.cpp).
QString actionText(const ReportContext &context, const score::Action &action);
// What a factor found, phrased as a finding; for the self-assessment's
// factors "Screen lock: not in place (self-assessment of 25 Oct 2026)".
QString findingOf(const ReportContext &context, const score::Factor &factor);

// The part of a category's percent that rests on self-assessment answers.
int declaredPercent(const score::CategoryScore &category);

// True when nothing has been recorded yet: no assets, patch items, backup
// jobs of the company's own or self-assessment.
bool isEmptyVault(const ReportContext &context);

} // namespace report
} // namespace kamae
