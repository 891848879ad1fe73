#pragma once

// The report's shared words and number formats. Internal to app/report/.
// Everything here is called inside the report's language scope.

#include "report/Report.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace kamae {
namespace report {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::report::ReportText)
public:
    static QString period(Period period);       // "the last 90 days"
    static QString percent(int percent);        // "72 %" / "72%"
    static QString points(double points);       // "5.2 points"
    static QString signedPoints(double points); // "+5.2", "−3.0", "±0.0"
    // Totals as the headline shows them (score::displayedScore): whole points.
    static QString wholePoints(int points); // "5 points"
    static QString signedWhole(int points); // "+5", "−3", "±0"
    static QString selfDeclaredMark();      // "†", beside what rests on answers
    static QString selfDeclaredLegend();    // "† Rests … on the company's own answers …"
    static QString date(const QDate &date);
    static QString span(const QDate &from, const QDate &to); // "1 Oct 2026 – 22 Nov 2026"
    static QString notAssigned();
};

// The dashboard's thresholds: 80 and more good, 60 and more fair.
Tone toneForScore(double score);
// For counts of things that should be zero.
Tone toneForProblems(int count);

// Between two sentences: a space in English, nothing in Japanese.
QString sentenceSeparator();

// "a, b and c" in the report's language.
QString joinedList(const QStringList &items);

} // namespace report
} // namespace kamae
