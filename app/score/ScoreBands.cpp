#include "score/ScoreBands.h"

namespace kamae {
namespace score {

ScoreBand scoreBand(double percent)
{
    if (percent >= kGoodBandFrom)
        return ScoreBand::Good;
    if (percent >= kFairBandFrom)
        return ScoreBand::Fair;
    return ScoreBand::Poor;
}

QColor bandColour(ScoreBand band, bool darkBackground)
{
    switch (band) {
    case ScoreBand::Good:
        return darkBackground ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case ScoreBand::Fair:
        return darkBackground ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x5e, 0x00);
    case ScoreBand::Poor:
        break;
    }
    return darkBackground ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

} // namespace score
} // namespace kamae
