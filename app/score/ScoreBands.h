#pragma once

#include <QColor>

// How a score or a percent reads: good from 80, fair from 60, poor below.
// The one place that says where the bands start and what colour each has:
// the dashboard's card and bars, the self-assessment's marks and the
// report all take them from here.
namespace kamae {
namespace score {

enum class ScoreBand
{
    Good = 0,
    Fair = 1,
    Poor = 2,
};

constexpr double kGoodBandFrom = 80;
constexpr double kFairBandFrom = 60;

// The band of a 0–100 value.
ScoreBand scoreBand(double percent);

// The band's colour: on paper and light windows, or lighter shades that
// stay readable on a dark window.
QColor bandColour(ScoreBand band, bool darkBackground = false);

} // namespace score
} // namespace kamae
