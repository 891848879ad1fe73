#pragma once

#include "score/ScoreInput.h"
#include "score/ScoreTypes.h"

#include <QCoreApplication>
#include <QVector>

// The first steps with a new vault, each done when the records show it: the
// dashboard shows them as a checklist until all are done (or the user hides
// it). What counts as done is decided here, never in the page.
namespace kamae {
namespace score {

enum class FirstStep
{
    Organisation = 0,   // employees and at least one site recorded
    Assets = 1,         // at least one asset in the register
    Backups = 2,        // a backup job of the company's data (not Kamae's own)
    Feed = 3,           // a vulnerability feed (KEV or JVN) imported once
    SelfAssessment = 4, // the 25 questions of the newest self-assessment answered
};
constexpr int kFirstStepCount = 5;

struct StepState
{
    FirstStep step = FirstStep::Organisation;
    bool done = false;
    Place place = modules::key::Dashboard; // the page where it is done
    QString title;                  // translated, imperative: "Add or import your assets"
    QString detail;                 // translated: what the records show now
};

// The five steps in order, from the records.
QVector<StepState> gettingStarted(const ScoreInput &input);
bool allStepsDone(const QVector<StepState> &steps);
// Nothing recorded yet that a chart could show: no asset, no patch item, no
// backup job of the company's data, no self-assessment.
bool nothingRecorded(const ScoreInput &input);

struct GettingStartedText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::GettingStartedText)
};

} // namespace score
} // namespace kamae
