#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kamae {
namespace domain {

// When something recurs: a backup run, a restore test, an air-gap check.
enum class ScheduleKind
{
    Daily = 0,
    Weekly = 1,     // on the days in `weekdays`
    Monthly = 2,    // on `monthDay`, or the month's last day when it is shorter
    EveryNDays = 3, // every `intervalDays` days
};
constexpr int kScheduleKindCount = 4;

struct Schedule
{
    ScheduleKind kind = ScheduleKind::Daily;
    // Bit 0 = Monday … bit 6 = Sunday (Qt::DayOfWeek - 1).
    int weekdays = 0;
    int monthDay = 1;     // 1–31
    int intervalDays = 1; // ≥ 1

    static Schedule daily() { return {}; }
    static Schedule weekly(int weekdayMask) { return {ScheduleKind::Weekly, weekdayMask, 1, 1}; }
    static Schedule monthly(int day) { return {ScheduleKind::Monthly, 0, day, 1}; }
    static Schedule everyNDays(int days) { return {ScheduleKind::EveryNDays, 0, 1, days}; }

    bool operator==(const Schedule &o) const
    {
        return kind == o.kind && weekdays == o.weekdays && monthDay == o.monthDay &&
               intervalDays == o.intervalDays;
    }
    bool operator!=(const Schedule &o) const { return !(*this == o); }
};

constexpr int weekdayBit(Qt::DayOfWeek day)
{
    return 1 << (static_cast<int>(day) - 1);
}
constexpr int kAllWeekdays = 0x7f;

// An empty reason when the schedule can be followed.
QString scheduleProblem(const Schedule &schedule);

// The first date after `date` on which the schedule falls. For EveryNDays the
// count starts at `date` itself (the last time it was done). Invalid for an
// invalid date or a schedule with a problem.
QDate nextOccurrenceAfter(const Schedule &schedule, const QDate &date);

// The day `monthDay` of that month, or its last day when the month is shorter.
QDate clampedMonthDay(int year, int month, int monthDay);

struct ScheduleText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::domain::ScheduleText)

public:
    // "Daily", "Weekly on Mon, Thu", "Monthly on day 31 (or the last day)", …
    static QString describe(const Schedule &schedule);
    static QString kind(ScheduleKind kind);
};

} // namespace domain
} // namespace kamae
