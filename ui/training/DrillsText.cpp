#include "training/DrillsText.h"

#include <QLocale>

#include <cmath>

namespace kamae {
namespace ui {

QString DrillsText::rate(double share)
{
    if (share < 0)
        return QStringLiteral("—");
    return tr("%1%").arg(QLocale().toString(std::lround(share * 100)));
}

QString DrillsText::duration(std::optional<qint64> seconds)
{
    if (!seconds || *seconds < 0)
        return {};
    const qint64 minutes = *seconds / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, static_cast<int>(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString DrillsText::mark(bool set)
{
    return set ? QStringLiteral("✓") : QString();
}

} // namespace ui
} // namespace kamae
