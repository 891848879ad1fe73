#include "domain/Schedule.h"

#include <QLocale>
#include <QStringList>

namespace kamae {
namespace domain {

QString scheduleProblem(const Schedule &s)
{
    switch (s.kind) {
    case ScheduleKind::Daily:
        return {};
    case ScheduleKind::Weekly:
        if ((s.weekdays & kAllWeekdays) == 0)
            return ScheduleText::tr("Choose at least one day of the week.");
        return {};
    case ScheduleKind::Monthly:
        if (s.monthDay < 1 || s.monthDay > 31)
            return ScheduleText::tr("The day of the month must be between 1 and 31.");
        return {};
    case ScheduleKind::EveryNDays:
        if (s.intervalDays < 1 || s.intervalDays > 3660)
            return ScheduleText::tr("The interval must be between 1 and 3660 days.");
        return {};
    }
    return ScheduleText::tr("Unknown schedule.");
}

QDate clampedMonthDay(int year, int month, int monthDay)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::min(monthDay, first.daysInMonth()));
}

QDate nextOccurrenceAfter(const Schedule &s, const QDate &date)
{
    if (!date.isValid() || !scheduleProblem(s).isEmpty())
        return {};
    switch (s.kind) {
    case ScheduleKind::Daily:
        return date.addDays(1);
    case ScheduleKind::EveryNDays:
        return date.addDays(s.intervalDays);
    case ScheduleKind::Weekly:
        for (int i = 1; i <= 7; ++i) {
            const QDate d = date.addDays(i);
            if (s.weekdays & weekdayBit(static_cast<Qt::DayOfWeek>(d.dayOfWeek())))
                return d;
        }
        return {};
    case ScheduleKind::Monthly: {
        const QDate thisMonth = clampedMonthDay(date.year(), date.month(), s.monthDay);
        if (thisMonth > date)
            return thisMonth;
        const QDate next = QDate(date.year(), date.month(), 1).addMonths(1);
        return clampedMonthDay(next.year(), next.month(), s.monthDay);
    }
    }
    return {};
}

QString ScheduleText::kind(ScheduleKind kind)
{
    switch (kind) {
    case ScheduleKind::Daily:
        return tr("Daily");
    case ScheduleKind::Weekly:
        return tr("Weekly");
    case ScheduleKind::Monthly:
        return tr("Monthly");
    case ScheduleKind::EveryNDays:
        return tr("Every N days");
    }
    return {};
}

QString ScheduleText::describe(const Schedule &s)
{
    switch (s.kind) {
    case ScheduleKind::Daily:
        return tr("Daily");
    case ScheduleKind::Weekly: {
        if ((s.weekdays & kAllWeekdays) == kAllWeekdays)
            return tr("Every day of the week");
        QStringList days;
        const QLocale locale;
        for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
            if (s.weekdays & weekdayBit(static_cast<Qt::DayOfWeek>(d)))
                days << locale.dayName(d, QLocale::ShortFormat);
        return tr("Weekly on %1").arg(days.join(tr(", ", "list separator for weekdays")));
    }
    case ScheduleKind::Monthly:
        if (s.monthDay >= 29)
            return tr("Monthly on day %1 (the last day in shorter months)").arg(s.monthDay);
        return tr("Monthly on day %1").arg(s.monthDay);
    case ScheduleKind::EveryNDays:
        return tr("Every %n day(s)", nullptr, s.intervalDays);
    }
    return {};
}

} // namespace domain
} // namespace kamae
