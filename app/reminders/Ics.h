#pragma once

#include "core/Result.h"
#include "domain/Schedule.h"
#include "reminders/Reminder.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace kamae {
namespace reminders {

struct IcsOptions
{
    QDateTime stamp;      // DTSTAMP, written in UTC; now when invalid
    QDate today;          // overdue reminders are placed on this day
    QString calendarName; // X-WR-CALNAME (the company name); omitted when empty
};

// The RRULE value for a schedule ("FREQ=WEEKLY;BYDAY=MO,TH"), or an empty
// string when the schedule has a problem (scheduleProblem()).
QString rrule(const domain::Schedule &schedule);

// An RFC 5545 VCALENDAR with one all-day VEVENT per reminder with a valid
// due date: UTF-8, CRLF line ends, lines folded at 75 octets.
QByteArray toIcs(const QVector<Reminder> &reminders, const IcsOptions &options);

// Writes through QSaveFile: a failure leaves an existing file untouched and
// says why in translated text.
Status writeIcsFile(const QString &path, const QByteArray &bytes);

} // namespace reminders
} // namespace kamae
