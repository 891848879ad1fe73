#include "core/Clock.h"

namespace kamae {
namespace clock {

namespace {
QDateTime g_fixedNow;
QTimeZone g_fixedZone;
} // namespace

QDateTime now()
{
    return g_fixedNow.isValid() ? g_fixedNow : QDateTime::currentDateTimeUtc();
}

QDateTime systemNow()
{
    return QDateTime::currentDateTimeUtc();
}

QTimeZone timeZone()
{
    return g_fixedZone.isValid() ? g_fixedZone : QTimeZone::systemTimeZone();
}

QDateTime localNow()
{
    return now().toTimeZone(timeZone());
}

QDate today()
{
    return dateIn(now(), timeZone());
}

QDate dateIn(const QDateTime &instant, const QTimeZone &zone)
{
    if (!zone.isValid())
        return instant.toLocalTime().date();
    return instant.toTimeZone(zone).date();
}

void setFixedNow(const QDateTime &instant)
{
    g_fixedNow = instant.toUTC();
}

void setFixedTimeZone(const QTimeZone &zone)
{
    g_fixedZone = zone;
}

void reset()
{
    g_fixedNow = {};
    g_fixedZone = {};
}

} // namespace clock
} // namespace kamae
