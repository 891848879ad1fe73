#pragma once

// What a module prints. A module's printouts live in its own folder's
// `report/` subfolder (app/<id>/report/, ranked with app/report/): the
// module's records are below it, the report's blocks and PDF output beside
// it. Such a folder defines `const report::ModuleReport &<id>Report()`; the
// build lists every module that has one (ModuleReports.cpp), so the report
// needs no edit when a module arrives.

#include "modules/Command.h"
#include "report/ReportContext.h"
#include "report/ReportDocument.h"
#include "score/ScoreTypes.h"

#include <QString>
#include <QVector>

#include <optional>
#include <utility>

namespace kamae {
namespace report {

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

struct ModuleReport
{
    ModuleReport() = default;
    ModuleReport(score::Category c, MeasureBuilder s, QVector<modules::Command> printing = {})
        : category(c), status(s), commands(std::move(printing))
    {}

    // The measure of the METI alert the module's records report on; its
    // builder replaces the self-assessment's view of that measure.
    score::Category category = score::Category::Assets;
    MeasureBuilder status = nullptr;
    // Subcommands that print (`kamae bcp print`): they need the report's
    // layout, so they are declared here rather than in the module's
    // ModuleInfo; the command line runs them as the module's own.
    QVector<modules::Command> commands;
};

// The modules' report parts, in the order of app/modules/ModuleList.h.
const QVector<const ModuleReport *> &moduleReports();

// The helpers a measure builder shares with the report's own.

// "72 %", with the measure's score as the first of its facts.
Fact scoreFact(int percent);
// Marks a measure whose points rest partly on answers, and says how many.
void markDeclared(const ReportContext &c, score::Category category, MeasureStatus &m);
// What the newest self-assessment says about the category's questions: a
// module's builder returns this while the module keeps no record yet.
MeasureStatus selfAssessed(const ReportContext &c, score::Category category, const QString &key);
// The percent the score gives a category, -1 when it does not apply.
int categoryPercent(const score::Score &score, score::Category category);

} // namespace report
} // namespace kamae
