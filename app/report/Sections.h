#pragma once

// The report's sections, each built by its own function from the context.
// Internal to app/report/. A module that arrives (training, BCP, incidents)
// adds its measure builder to StatusSection.cpp's list, or a section to
// Report.cpp's, without touching the others.

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

// One measure's status, for "Status by measure".
struct MeasureStatus
{
    QString title;
    int percent = -1; // the category's score, -1 when nothing applies
    QVector<Fact> facts;
    QString sentence;      // what the figures mean, one or two sentences
    QVector<Table> tables; // after the sentence (education: coverage, who is overdue)
    QVector<Metric> metrics;
};

using MeasureBuilder = std::optional<MeasureStatus> (*)(const ReportContext &context);

std::optional<MeasureStatus> assetStatus(const ReportContext &context);
std::optional<MeasureStatus> patchStatus(const ReportContext &context);
std::optional<MeasureStatus> backupStatus(const ReportContext &context);
// Education: the training records (coverage per required course, the last
// drill, who is overdue by department) once any is kept, else the
// self-assessment (TrainingSection.cpp).
std::optional<MeasureStatus> trainingStatus(const ReportContext &context);
// Until their modules arrive, these two read the self-assessment.
std::optional<MeasureStatus> bcpStatus(const ReportContext &context);
std::optional<MeasureStatus> incidentStatus(const ReportContext &context);
std::optional<MeasureStatus> selfCheckStatus(const ReportContext &context);

// An action as the report words it: what the company should do, without
// references to Kamae's pages (ActionsSection.cpp).
QString actionText(const ReportContext &context, const score::Action &action);
// What a factor found, phrased as a finding; for the self-assessment's
// factors "Screen lock: not in place (self-assessment of 25 Oct 2026)".
QString findingOf(const ReportContext &context, const score::Factor &factor);

// The part of a category's percent that rests on self-assessment answers.
int declaredPercent(const score::CategoryScore &category);

// Training, BCP and incidents until their modules arrive: what the newest
// self-assessment says about the category's questions (StatusSection.cpp).
MeasureStatus selfAssessed(const ReportContext &c, score::Category category, const QString &key);
// "72 %", with the measure's score as the first of its facts.
Fact scoreFact(int percent);
// Marks a measure whose points rest partly on answers, and says how many.
void markDeclared(const ReportContext &c, score::Category category, MeasureStatus &m);

// The percent the score gives a category, -1 when it does not apply.
int categoryPercent(const score::Score &score, score::Category category);

// True when nothing has been recorded yet: no assets, patch items, backup
// jobs of the company's own or self-assessment.
bool isEmptyVault(const ReportContext &context);

} // namespace report
} // namespace kamae
