#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// The one place Kamae asks what day it is. Reminders, due dates and logs
// follow the user's calendar day, not UTC's: at 00:30 in Tokyo it is already
// tomorrow there. Tests fix the instant and the zone through the seam below.
namespace kamae {
namespace clock {

QDateTime now(); // the current instant (UTC)
// The system's instant, never fixed by the seam: only to compare with the
// times the system writes itself (a file's modification time).
QDateTime systemNow();
QTimeZone timeZone(); // the user's zone (the system's unless fixed)
QDate today();        // today's date in the user's zone
QDateTime localNow(); // now() in the user's zone, for times shown to a person
// The calendar date of an instant in a zone.
QDate dateIn(const QDateTime &instant, const QTimeZone &zone);

// Test seam. Not thread-safe: set it before the code under test runs.
void setFixedNow(const QDateTime &instant);
void setFixedTimeZone(const QTimeZone &zone);
void reset();

} // namespace clock
} // namespace kamae
