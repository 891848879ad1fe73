#pragma once

#include "training/TrainingRecords.h"
#include "training/Coverage.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

// The words and marks the Training page shows for the module's values: a
// course's topic, format and requirement, and a coverage cell as a symbol,
// a short text, a sentence and a colour (never the colour alone).
namespace kamae {
namespace ui {

struct TrainingText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::TrainingText)

public:
    static QString topic(domain::CourseTopic topic);
    static QString format(domain::CourseFormat format);
    static QString requirement(domain::Requirement requirement);
    // "Everyone", "Departments: Sales, Accounting", "Optional".
    static QString requiredOf(const domain::Course &course);
    // "12 months", "Once".
    static QString renewal(int months);
    // "%n day(s) after joining", "None".
    static QString onboarding(int days);

    // ✓, !, ✗, ○ or —: the cell's state without its colour.
    static QString symbol(training::CoverageState state);
    // The symbol and the date that matters (completion or due date).
    static QString cellText(const training::CoverageCell &cell);
    // A sentence: the state, when it was completed, when it is due.
    static QString cellToolTip(const training::CoverageCell &cell);
    // The background of a cell; invalid for "not required".
    static QColor background(training::CoverageState state);
    // "80 %", or "not measured" while nobody's deadline has passed.
    static QString share(const training::CoverageCounts &counts);
};

} // namespace ui
} // namespace kamae
