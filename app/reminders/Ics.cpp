#include "reminders/Ics.h"
#include "core/Clock.h"

#include "i18n/Language.h"
#include "reminders/Reminders.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QStringList>

namespace kamae {
namespace reminders {

namespace {

struct IcsText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::reminders::IcsText)
};

constexpr qsizetype kMaxLineOctets = 75;

// RFC 5545 3.1: a continuation line starts with one space, which counts
// towards the 75 octets. A break inside a UTF-8 sequence would leave both
// halves invalid for clients that decode line by line before unfolding, so
// the break moves back to the start of the character.
void appendFolded(QByteArray &out, const QByteArray &line)
{
    qsizetype from = 0;
    qsizetype room = kMaxLineOctets;
    while (line.size() - from > room) {
        qsizetype cut = from + room;
        while ((static_cast<uchar>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(from, cut - from);
        out += "\r\n ";
        from = cut;
        room = kMaxLineOctets - 1;
    }
    out += line.mid(from);
    out += "\r\n";
}

// A TEXT value (RFC 5545 3.3.11). TEXT allows no control characters but
// tab; a CR from text pasted on Windows would otherwise break the line.
QByteArray text(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u';':
            out += QLatin1String("\\;");
            break;
        case u',':
            out += QLatin1String("\\,");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        default:
            if (c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f))
                out += c;
        }
    }
    return out.toUtf8();
}

QByteArray date(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

void appendEvent(QByteArray &out, const Reminder &r, const QByteArray &stamp, const QDate &today)
{
    const auto line = [&out](const QByteArray &l) {
        appendFolded(out, l);
    };
    const QString rule = r.recurring ? rrule(r.recurrence) : QString();
    const bool overdue = r.state == ReminderState::Overdue;
    // A reminder in the past is easy to miss in a calendar, so it is shown
    // today. A series then runs from today: what was missed is due now.
    QDate start = r.due;
    if (today.isValid() && (rule.isEmpty() ? overdue : start < today)) {
        start = today;
        // A weekly or monthly series must start on one of its own days
        // (RFC 5545 leaves any other DTSTART undefined).
        const auto kind = r.recurrence.kind;
        if (!rule.isEmpty() &&
            (kind == domain::ScheduleKind::Weekly || kind == domain::ScheduleKind::Monthly))
            start = domain::nextOccurrenceAfter(r.recurrence, today.addDays(-1));
    }

    QString description = r.detail;
    if (overdue) {
        const QString since = IcsText::tr("Overdue: due since %1.").arg(i18n::formatDate(r.due));
        description = description.isEmpty() ? since : description + u'\n' + since;
    }

    line("BEGIN:VEVENT");
    // The calendar replaces an event with the same UID on a new import
    // instead of adding a second one.
    line("UID:" + text(r.uid + QLatin1String("@kamae")));
    line("DTSTAMP:" + stamp);
    line("DTSTART;VALUE=DATE:" + date(start));
    line("DTEND;VALUE=DATE:" + date(start.addDays(1)));
    if (!rule.isEmpty())
        line("RRULE:" + rule.toLatin1());
    line("SUMMARY:" + text(r.title));
    if (!description.isEmpty())
        line("DESCRIPTION:" + text(description));
    line("CATEGORIES:Kamae," + text(ReminderText::module(r.module)));
    // A reminder is not an appointment: it must not mark the day as busy.
    line("TRANSP:TRANSPARENT");
    line("BEGIN:VALARM");
    line("ACTION:DISPLAY");
    line("DESCRIPTION:" + text(r.title));
    line("TRIGGER;RELATED=START:PT9H");
    line("END:VALARM");
    line("END:VEVENT");
}

} // namespace

QString rrule(const domain::Schedule &s)
{
    using domain::ScheduleKind;
    if (!domain::scheduleProblem(s).isEmpty())
        return {};
    switch (s.kind) {
    case ScheduleKind::Daily:
        return QStringLiteral("FREQ=DAILY");
    case ScheduleKind::EveryNDays:
        if (s.intervalDays == 1)
            return QStringLiteral("FREQ=DAILY");
        return QStringLiteral("FREQ=DAILY;INTERVAL=%1").arg(s.intervalDays);
    case ScheduleKind::Weekly: {
        static const char *const days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        QStringList byDay;
        for (int i = 0; i < 7; ++i)
            if (s.weekdays & (1 << i))
                byDay << QLatin1String(days[i]);
        return QStringLiteral("FREQ=WEEKLY;BYDAY=") + byDay.join(u',');
    }
    case ScheduleKind::Monthly:
        // RFC 5545 skips months without the day; Kamae uses the month's last
        // day instead. The last (BYSETPOS=-1) of the candidate days that the
        // month has is exactly that: day 30 is Feb 28 or 29, and 30 elsewhere.
        if (s.monthDay <= 28)
            return QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=%1").arg(s.monthDay);
        if (s.monthDay == 29)
            return QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1");
        if (s.monthDay == 30)
            return QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1");
        return QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1");
    }
    return {};
}

QByteArray toIcs(const QVector<Reminder> &reminders, const IcsOptions &options)
{
    const QDateTime stamp = options.stamp.isValid() ? options.stamp : clock::now();
    const QByteArray dtstamp =
        stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();

    QByteArray out;
    appendFolded(out, "BEGIN:VCALENDAR");
    appendFolded(out, "VERSION:2.0");
    appendFolded(out, "PRODID:-//Kamae//Kamae reminders//EN");
    appendFolded(out, "CALSCALE:GREGORIAN");
    appendFolded(out, "METHOD:PUBLISH");
    if (!options.calendarName.isEmpty())
        appendFolded(out, "X-WR-CALNAME:" + text(options.calendarName));
    for (const Reminder &r : reminders)
        if (r.due.isValid())
            appendEvent(out, r, dtstamp, options.today);
    appendFolded(out, "END:VCALENDAR");
    return out;
}

Status writeIcsFile(const QString &path, const QByteArray &bytes)
{
    const auto failure = [&path](const QString &reason) {
        return Status::failure(
            IcsText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    // QSaveFile::commit() renames over the target; flushing first makes a
    // full disk show up here as an error instead of a short file.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

} // namespace reminders
} // namespace kamae
