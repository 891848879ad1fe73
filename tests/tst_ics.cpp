// RFC 5545 export of reminders: structure, folding, escaping and RRULEs.
#include "i18n/Language.h"
#include "reminders/Ics.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace kamae;
using domain::Schedule;
using reminders::IcsOptions;
using reminders::Reminder;
using reminders::ReminderState;

namespace {

const QDate kToday(2026, 2, 27);

Reminder reminder(const QString &uid, const QDate &due,
                  ReminderState state = ReminderState::Upcoming)
{
    Reminder r;
    r.module = modules::key::Backups;
    r.uid = uid;
    r.title = QStringLiteral("Title of ") + uid;
    r.detail = QStringLiteral("Detail of ") + uid;
    r.due = due;
    r.state = state;
    return r;
}

IcsOptions options()
{
    IcsOptions o;
    o.stamp = QDateTime(kToday, QTime(10, 0), QTimeZone(9 * 3600)); // JST
    o.today = kToday;
    o.calendarName = QStringLiteral("Kamae Demo, Inc.");
    return o;
}

// The physical lines, without their CRLF.
QList<QByteArray> physicalLines(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // the CR, checked separately
    return lines;
}

// RFC 5545 3.1: a line that starts with a space continues the previous one.
QStringList unfold(const QByteArray &ics)
{
    QList<QByteArray> logical;
    for (const QByteArray &line : physicalLines(ics)) {
        if (line.startsWith(' ') && !logical.isEmpty())
            logical.last() += line.mid(1);
        else
            logical << line;
    }
    QStringList out;
    for (const QByteArray &line : logical)
        out << QString::fromUtf8(line);
    return out;
}

QString nameOf(const QString &line)
{
    static const QRegularExpression end(QStringLiteral("[;:]"));
    return line.left(line.indexOf(end));
}

QString valueOf(const QString &line)
{
    return line.mid(line.indexOf(u':') + 1);
}

// The values of `name` (with its parameters, e.g. "DTSTART;VALUE=DATE") in `lines`.
QStringList values(const QStringList &lines, const QString &name)
{
    QStringList out;
    for (const QString &line : lines)
        if (line.startsWith(name + u':'))
            out << valueOf(line);
    return out;
}

// The lines of each VEVENT, its VALARM included.
QList<QStringList> events(const QStringList &lines)
{
    QList<QStringList> out;
    bool inside = false;
    for (const QString &line : lines) {
        if (line == QLatin1String("BEGIN:VEVENT")) {
            inside = true;
            out << QStringList();
        } else if (line == QLatin1String("END:VEVENT")) {
            inside = false;
        } else if (inside) {
            out.last() << line;
        }
    }
    return out;
}

// Only the event's own properties, not those of its VALARM.
QStringList withoutAlarm(const QStringList &event)
{
    const qsizetype begin = event.indexOf(QLatin1String("BEGIN:VALARM"));
    return begin < 0 ? event : event.mid(0, begin);
}

QStringList alarm(const QStringList &event)
{
    const qsizetype begin = event.indexOf(QLatin1String("BEGIN:VALARM"));
    const qsizetype end = event.indexOf(QLatin1String("END:VALARM"));
    return begin < 0 || end < begin ? QStringList() : event.mid(begin + 1, end - begin - 1);
}

QString unescape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        } else {
            out += value.at(i);
        }
    }
    return out;
}

// A month's occurrence of a BYMONTHDAY rule with an optional BYSETPOS=-1,
// evaluated as RFC 5545 3.3.10 says: invalid days are ignored.
QDate monthlyOccurrence(const QString &rule, int year, int month)
{
    static const QRegularExpression re(
        QStringLiteral("^FREQ=MONTHLY;BYMONTHDAY=([-0-9,]+)(;BYSETPOS=-1)?$"));
    const QRegularExpressionMatch m = re.match(rule);
    if (!m.hasMatch())
        return {};
    const int length = QDate(year, month, 1).daysInMonth();
    QList<int> days;
    for (const QString &part : m.captured(1).split(u',')) {
        const int n = part.toInt();
        const int day = n < 0 ? length + 1 + n : n;
        if (day >= 1 && day <= length)
            days << day;
    }
    std::sort(days.begin(), days.end());
    if (days.isEmpty() || (days.size() > 1 && m.captured(2).isEmpty()))
        return {};
    return QDate(year, month, days.last());
}

} // namespace

class TestIcs final : public QObject
{
    Q_OBJECT

private slots:
    void structure()
    {
        const QString japanese = QStringLiteral("月次バックアップの復元テストを実施し、"
                                                "結果を記録してください。オフライン保管"
                                                "の媒体が正しく読めることも確認します。");
        QVector<Reminder> list;
        // Every alignment of the 3-octet characters against the fold.
        for (int pad = 0; pad < 3; ++pad) {
            Reminder r = reminder(QStringLiteral("ja-%1").arg(pad), kToday.addDays(pad));
            r.title = QString(pad, u'x') + japanese;
            r.detail = japanese + u'\n' + japanese;
            list << r;
        }
        list << reminder(QStringLiteral("patch-item-3-due"), kToday.addDays(10));
        const QByteArray ics = reminders::toIcs(list, options());

        QVERIFY(ics.endsWith("\r\n"));
        for (qsizetype i = 0; i < ics.size(); ++i) {
            if (ics.at(i) == '\n')
                QVERIFY2(i > 0 && ics.at(i - 1) == '\r', "bare LF");
            if (ics.at(i) == '\r')
                QVERIFY2(i + 1 < ics.size() && ics.at(i + 1) == '\n', "bare CR");
        }
        int continuations = 0;
        for (const QByteArray &line : physicalLines(ics)) {
            QVERIFY2(line.size() <= 75, line.constData());
            QVERIFY2(QString::fromUtf8(line).toUtf8() == line, "a fold splits a character");
            continuations += line.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(continuations >= 6);

        const QStringList lines = unfold(ics);
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
        QStringList stack;
        static const QRegularExpression name(QStringLiteral("^[A-Z][A-Z0-9-]*$"));
        for (const QString &line : lines) {
            QVERIFY2(line.contains(u':'), qPrintable(line));
            QVERIFY2(name.match(nameOf(line)).hasMatch(), qPrintable(line));
            if (line.startsWith(QLatin1String("BEGIN:"))) {
                const QString component = valueOf(line);
                const QString parent = stack.isEmpty() ? QString() : stack.last();
                if (component == QLatin1String("VCALENDAR"))
                    QVERIFY(parent.isEmpty());
                else if (component == QLatin1String("VEVENT"))
                    QCOMPARE(parent, QStringLiteral("VCALENDAR"));
                else if (component == QLatin1String("VALARM"))
                    QCOMPARE(parent, QStringLiteral("VEVENT"));
                else
                    QFAIL(qPrintable(line));
                stack << component;
            } else if (line.startsWith(QLatin1String("END:"))) {
                QVERIFY(!stack.isEmpty());
                QCOMPARE(valueOf(line), stack.takeLast());
            }
        }
        QVERIFY(stack.isEmpty());

        // Unfolding gives the values back whole.
        const QList<QStringList> all = events(lines);
        QCOMPARE(all.size(), list.size());
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(unescape(values(all[i], QStringLiteral("SUMMARY")).value(0)), list[i].title);
            QCOMPARE(unescape(values(all[i], QStringLiteral("DESCRIPTION")).value(0)),
                     list[i].detail);
        }
    }

    void requiredProperties()
    {
        QVector<Reminder> list{reminder(QStringLiteral("a"), kToday),
                               reminder(QStringLiteral("b"), kToday.addDays(1)),
                               reminder(QStringLiteral("c"), kToday.addDays(2))};
        list[1].module = modules::key::Patches;
        list[2].module = modules::key::Assets;
        const QStringList lines = unfold(reminders::toIcs(list, options()));

        QCOMPARE(values(lines, QStringLiteral("VERSION")), QStringList{QStringLiteral("2.0")});
        QCOMPARE(values(lines, QStringLiteral("PRODID")).size(), 1);
        QVERIFY(!values(lines, QStringLiteral("PRODID")).first().isEmpty());
        QCOMPARE(values(lines, QStringLiteral("CALSCALE")),
                 QStringList{QStringLiteral("GREGORIAN")});
        QCOMPARE(values(lines, QStringLiteral("METHOD")), QStringList{QStringLiteral("PUBLISH")});
        QCOMPARE(values(lines, QStringLiteral("X-WR-CALNAME")),
                 QStringList{QStringLiteral("Kamae Demo\\, Inc.")});

        const QList<QStringList> all = events(lines);
        QCOMPARE(all.size(), 3);
        QSet<QString> uids;
        const QStringList categories{QStringLiteral("Kamae,Backups"),
                                     QStringLiteral("Kamae,Patches"),
                                     QStringLiteral("Kamae,Assets")};
        for (int i = 0; i < all.size(); ++i) {
            const QStringList own = withoutAlarm(all[i]);
            for (const char *property : {"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE",
                                         "SUMMARY", "CATEGORIES"})
                QVERIFY2(values(own, QLatin1String(property)).size() == 1, property);
            QCOMPARE(values(own, QStringLiteral("DTSTAMP")).first(),
                     QStringLiteral("20260227T010000Z"));
            QCOMPARE(values(own, QStringLiteral("CATEGORIES")).first(), categories[i]);
            uids.insert(values(own, QStringLiteral("UID")).first());

            const QStringList valarm = alarm(all[i]);
            QCOMPARE(values(valarm, QStringLiteral("ACTION")),
                     QStringList{QStringLiteral("DISPLAY")});
            QCOMPARE(values(valarm, QStringLiteral("TRIGGER;RELATED=START")),
                     QStringList{QStringLiteral("PT9H")});
            QCOMPARE(values(valarm, QStringLiteral("DESCRIPTION")), QStringList{list[i].title});
        }
        QCOMPARE(uids.size(), 3);

        IcsOptions unnamed = options();
        unnamed.calendarName.clear();
        QVERIFY(values(unfold(reminders::toIcs(list, unnamed)), QStringLiteral("X-WR-CALNAME"))
                    .isEmpty());
    }

    void stableUids()
    {
        const QVector<Reminder> list{
            reminder(QStringLiteral("backup-job-7-restore-test"), kToday),
            reminder(QStringLiteral("patch-item-12-due"), kToday.addDays(3))};
        IcsOptions later = options();
        later.stamp = later.stamp.addDays(5);
        const QStringList first = unfold(reminders::toIcs(list, options()));
        const QStringList second = unfold(reminders::toIcs(list, later));

        const QStringList expected{QStringLiteral("backup-job-7-restore-test@kamae"),
                                   QStringLiteral("patch-item-12-due@kamae")};
        QCOMPARE(values(first, QStringLiteral("UID")), expected);
        QCOMPARE(values(second, QStringLiteral("UID")), expected);
        QVERIFY(values(first, QStringLiteral("DTSTAMP")) !=
                values(second, QStringLiteral("DTSTAMP")));
    }

    void allDayDates_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::newRow("plain") << QDate(2026, 3, 10) << "20260310"
                               << "20260311";
        QTest::newRow("today") << kToday << "20260227"
                               << "20260228";
        QTest::newRow("leap day before") << QDate(2028, 2, 28) << "20280228"
                                         << "20280229";
        QTest::newRow("leap day") << QDate(2028, 2, 29) << "20280229"
                                  << "20280301";
        QTest::newRow("year end") << QDate(2026, 12, 31) << "20261231"
                                  << "20270101";
    }

    void allDayDates()
    {
        QFETCH(QDate, due);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const QStringList lines =
            unfold(reminders::toIcs({reminder(QStringLiteral("x"), due)}, options()));
        QCOMPARE(values(lines, QStringLiteral("DTSTART;VALUE=DATE")), QStringList{start});
        QCOMPARE(values(lines, QStringLiteral("DTEND;VALUE=DATE")), QStringList{end});
        QVERIFY(values(lines, QStringLiteral("RRULE")).isEmpty());
    }

    void overdueOneOffMovesToToday()
    {
        const QVector<Reminder> list{
            reminder(QStringLiteral("late"), QDate(2026, 2, 20), ReminderState::Overdue),
            reminder(QStringLiteral("soon"), QDate(2026, 3, 2), ReminderState::DueSoon),
            reminder(QStringLiteral("undated"), QDate(), ReminderState::Overdue)};
        const QList<QStringList> all = events(unfold(reminders::toIcs(list, options())));
        QCOMPARE(all.size(), 2); // the undated one is skipped

        QCOMPARE(values(all[0], QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringList{QStringLiteral("20260227")});
        QCOMPARE(values(all[0], QStringLiteral("DTEND;VALUE=DATE")),
                 QStringList{QStringLiteral("20260228")});
        const QString late =
            unescape(values(withoutAlarm(all[0]), QStringLiteral("DESCRIPTION")).value(0));
        QCOMPARE(late, QStringLiteral("Detail of late\nOverdue: due since %1.")
                           .arg(i18n::formatDate(QDate(2026, 2, 20))));

        QCOMPARE(values(all[1], QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringList{QStringLiteral("20260302")});
        QCOMPARE(values(withoutAlarm(all[1]), QStringLiteral("DESCRIPTION")),
                 QStringList{QStringLiteral("Detail of soon")});
    }

    // 2026-02-27 is a Friday: an overdue Mon/Thu series starts on the next
    // Monday, one of its own days, as RFC 5545 requires.
    void overdueWeeklySeriesStartsOnItsOwnDay()
    {
        Reminder late =
            reminder(QStringLiteral("late-weekly"), QDate(2026, 2, 19), ReminderState::Overdue);
        late.recurring = true;
        late.recurrence =
            Schedule::weekly(domain::weekdayBit(Qt::Monday) | domain::weekdayBit(Qt::Thursday));
        Reminder monthly = late;
        monthly.uid = QStringLiteral("late-monthly");
        monthly.recurrence = Schedule::monthly(31);
        const QList<QStringList> all = events(unfold(reminders::toIcs({late, monthly}, options())));
        QCOMPARE(all.size(), 2);
        QCOMPARE(values(all[0], QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringList{QStringLiteral("20260302")});
        QCOMPARE(values(all[1], QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringList{QStringLiteral("20260228")});
    }

    void recurringEvents()
    {
        Reminder upcoming = reminder(QStringLiteral("weekly"), QDate(2026, 3, 2));
        upcoming.recurring = true;
        upcoming.recurrence =
            Schedule::weekly(domain::weekdayBit(Qt::Monday) | domain::weekdayBit(Qt::Thursday));
        Reminder late =
            reminder(QStringLiteral("late"), QDate(2026, 2, 20), ReminderState::Overdue);
        late.recurring = true;
        late.recurrence = Schedule::everyNDays(7);
        Reminder broken = late;
        broken.uid = QStringLiteral("broken");
        broken.recurrence = Schedule::weekly(0); // no RRULE: shown once, today

        const QList<QStringList> all =
            events(unfold(reminders::toIcs({upcoming, late, broken}, options())));
        QCOMPARE(all.size(), 3);
        QCOMPARE(values(all[0], QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringList{QStringLiteral("20260302")});
        QCOMPARE(values(all[0], QStringLiteral("RRULE")),
                 QStringList{QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH")});
        QCOMPARE(values(all[1], QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringList{QStringLiteral("20260227")});
        QCOMPARE(values(all[1], QStringLiteral("RRULE")),
                 QStringList{QStringLiteral("FREQ=DAILY;INTERVAL=7")});
        QVERIFY(unescape(values(withoutAlarm(all[1]), QStringLiteral("DESCRIPTION")).value(0))
                    .contains(i18n::formatDate(QDate(2026, 2, 20))));
        QCOMPARE(values(all[2], QStringLiteral("DTSTART;VALUE=DATE")),
                 QStringList{QStringLiteral("20260227")});
        QVERIFY(values(all[2], QStringLiteral("RRULE")).isEmpty());
    }

    void rrule_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<QString>("rule");
        using domain::weekdayBit;
        QTest::newRow("daily") << Schedule::daily() << "FREQ=DAILY";
        QTest::newRow("every 1 day") << Schedule::everyNDays(1) << "FREQ=DAILY";
        QTest::newRow("every 14 days") << Schedule::everyNDays(14) << "FREQ=DAILY;INTERVAL=14";
        QTest::newRow("weekly Mon Thu")
            << Schedule::weekly(weekdayBit(Qt::Thursday) | weekdayBit(Qt::Monday))
            << "FREQ=WEEKLY;BYDAY=MO,TH";
        QTest::newRow("weekly Sun")
            << Schedule::weekly(weekdayBit(Qt::Sunday)) << "FREQ=WEEKLY;BYDAY=SU";
        QTest::newRow("weekly all")
            << Schedule::weekly(domain::kAllWeekdays) << "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU";
        QTest::newRow("monthly 1") << Schedule::monthly(1) << "FREQ=MONTHLY;BYMONTHDAY=1";
        QTest::newRow("monthly 15") << Schedule::monthly(15) << "FREQ=MONTHLY;BYMONTHDAY=15";
        QTest::newRow("monthly 28") << Schedule::monthly(28) << "FREQ=MONTHLY;BYMONTHDAY=28";
        QTest::newRow("monthly 29")
            << Schedule::monthly(29) << "FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1";
        QTest::newRow("monthly 30")
            << Schedule::monthly(30) << "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1";
        QTest::newRow("monthly 31") << Schedule::monthly(31) << "FREQ=MONTHLY;BYMONTHDAY=-1";
        QTest::newRow("no weekday") << Schedule::weekly(0) << "";
        QTest::newRow("day 0") << Schedule::monthly(0) << "";
        QTest::newRow("day 32") << Schedule::monthly(32) << "";
        QTest::newRow("every 0 days") << Schedule::everyNDays(0) << "";
    }

    void rrule()
    {
        QFETCH(Schedule, schedule);
        QFETCH(QString, rule);
        QCOMPARE(reminders::rrule(schedule), rule);
    }

    // The monthly rules pick the same day as Kamae's own schedule, month by
    // month, leap February included.
    void monthlyRulesFollowTheSchedule()
    {
        for (int day = 1; day <= 31; ++day) {
            const QString rule = reminders::rrule(Schedule::monthly(day));
            for (int year = 2026; year <= 2028; ++year)
                for (int month = 1; month <= 12; ++month)
                    QVERIFY2(
                        monthlyOccurrence(rule, year, month) ==
                            domain::clampedMonthDay(year, month, day),
                        qPrintable(QStringLiteral("day %1, %2-%3").arg(day).arg(year).arg(month)));
        }
    }

    void escaping()
    {
        Reminder r = reminder(QStringLiteral("esc"), kToday);
        r.title = QStringLiteral("a,b;c\\d");
        r.detail = QStringLiteral("first\r\nsecond\nthird");
        const QStringList lines = unfold(reminders::toIcs({r}, options()));
        const QStringList own = withoutAlarm(events(lines).value(0));
        QCOMPARE(values(own, QStringLiteral("SUMMARY")),
                 QStringList{QStringLiteral("a\\,b\\;c\\\\d")});
        QCOMPARE(values(own, QStringLiteral("DESCRIPTION")),
                 QStringList{QStringLiteral("first\\nsecond\\nthird")});
    }

    void emptyList()
    {
        IcsOptions o = options();
        o.calendarName.clear();
        const QByteArray ics = reminders::toIcs({}, o);
        QVERIFY(ics.endsWith("\r\n"));
        const QStringList lines = unfold(ics);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
        QCOMPARE(values(lines, QStringLiteral("VERSION")), QStringList{QStringLiteral("2.0")});
        QCOMPARE(values(lines, QStringLiteral("PRODID")).size(), 1);
        QVERIFY(events(lines).isEmpty());
    }

    void writeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray bytes =
            reminders::toIcs({reminder(QStringLiteral("w"), kToday)}, options());

        const QString good = dir.filePath(QStringLiteral("kamae.ics"));
        QVERIFY(reminders::writeIcsFile(good, "old").ok());
        const Status written = reminders::writeIcsFile(good, bytes);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);

        // A regular file where the directory should be stops root as well.
        const QString notADir = dir.filePath(QStringLiteral("file"));
        QVERIFY(reminders::writeIcsFile(notADir, "x").ok());
        const QString bad = notADir + QStringLiteral("/kamae.ics");
        const Status failed = reminders::writeIcsFile(bad, bytes);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QDir::toNativeSeparators(bad)),
                 qPrintable(failed.error()));

        // A read-only directory keeps its file as it was (only without root,
        // who may write anyway).
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(locked));
        const QString kept = locked + QStringLiteral("/kamae.ics");
        QVERIFY(reminders::writeIcsFile(kept, "old").ok());
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        if (!QFileInfo(locked).isWritable()) {
            const Status refused = reminders::writeIcsFile(kept, bytes);
            QVERIFY(!refused.ok());
            QVERIFY(!refused.error().isEmpty());
            QFile old(kept);
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("old"));
        }
        QVERIFY(
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
};

QTEST_GUILESS_MAIN(TestIcs)
#include "tst_ics.moc"
