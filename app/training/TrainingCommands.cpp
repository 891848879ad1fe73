#include "training/TrainingCommands.h"

#include "core/Clock.h"
#include "io/TableImport.h"
#include "store/PeopleRepository.h"
#include "training/TrainingDesk.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>

namespace kamae {
namespace training {

namespace {

struct TrainingCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::training::TrainingCommands)
};

constexpr const char *kContext = "kamae::training::TrainingCommands";

const char *const kCoverageUsage = QT_TRANSLATE_NOOP(
    "kamae::training::TrainingCommands", "Usage: kamae training coverage VAULT [--json]");
const char *const kPhishingUsage =
    QT_TRANSLATE_NOOP("kamae::training::TrainingCommands",
                      "Usage: kamae training phishing-import VAULT FILE [--events FILE] "
                      "[--campaign NAME] [--date YYYY-MM-DD] [--encoding sjis|utf8]");
const char *const kSessionsUsage = QT_TRANSLATE_NOOP(
    "kamae::training::TrainingCommands", "Usage: kamae training sessions VAULT [--json]");

// At most this many unmatched or bad rows are printed; a count says the rest.
constexpr int kMaxLinesShown = 20;

QString usage(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// "80%", or "-" when nobody's deadline has passed.
QString shareText(const CoverageCounts &counts)
{
    return counts.measured() ? QStringLiteral("%1%").arg(std::lround(counts.share() * 100))
                             : QStringLiteral("-");
}

QJsonObject countsJson(const CoverageCounts &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("required"), c.required);
    o.insert(QStringLiteral("current"), c.current);
    o.insert(QStringLiteral("pending"), c.pending);
    o.insert(QStringLiteral("overdue"), c.overdue);
    o.insert(QStringLiteral("due_soon"), c.dueSoon);
    o.insert(QStringLiteral("share"), c.measured() ? QJsonValue(c.share()) : QJsonValue());
    return o;
}

QString countsText(const CoverageCounts &c)
{
    return TrainingCommandText::tr("%1\t%2 current, %3 overdue, %4 due soon, %5 pending")
        .arg(shareText(c))
        .arg(c.current)
        .arg(c.overdue)
        .arg(c.dueSoon)
        .arg(c.pending);
}

int coverageCommand(modules::CommandCall &call)
{
    if (call.positional().size() != 1)
        return call.fail(usage(kCoverageUsage), modules::CommandError::Usage);
    store::Database *db = call.openVault(false);
    if (!db)
        return call.exitCode();
    const auto coverageResult = coverageOn(*db, clock::today());
    if (!coverageResult)
        return call.fail(coverageResult.error());
    const Coverage &coverage = coverageResult.value();
    const auto people = store::PeopleRepository(*db).all();
    if (!people)
        return call.fail(people.error());
    const auto courses = store::TrainingRepository(*db).courses();
    if (!courses)
        return call.fail(courses.error());
    QHash<qint64, QString> courseTitle;
    for (const domain::Course &c : courses.value())
        courseTitle.insert(c.id, c.title);
    QHash<qint64, const domain::Person *> person;
    for (const domain::Person &p : people.value())
        person.insert(p.id, &p);
    const QVector<OverdueEntry> overdue = overdueEntries(coverage);
    QTextStream &out = call.out();

    if (call.has(QStringLiteral("json"))) {
        // Keys are stable and English (docs/command-line.md).
        QJsonObject root;
        root.insert(QStringLiteral("date"), dateValue(coverage.date));
        root.insert(QStringLiteral("total"), countsJson(coverage.total));
        QJsonArray byCourse;
        for (const CourseCoverage &c : coverage.byCourse) {
            QJsonObject o = countsJson(c.counts);
            o.insert(QStringLiteral("id"), c.courseId);
            o.insert(QStringLiteral("title"), courseTitle.value(c.courseId));
            byCourse.append(o);
        }
        root.insert(QStringLiteral("courses"), byCourse);
        QJsonArray departments;
        for (const DepartmentCoverage &d : coverage.byDepartment) {
            QJsonObject o = countsJson(d.counts);
            o.insert(QStringLiteral("department"),
                     d.department.isEmpty() ? QJsonValue() : QJsonValue(d.department));
            o.insert(QStringLiteral("people"), d.people);
            departments.append(o);
        }
        root.insert(QStringLiteral("departments"), departments);
        QJsonArray late;
        for (const OverdueEntry &e : overdue) {
            const domain::Person *p = person.value(e.personId);
            QJsonObject o;
            o.insert(QStringLiteral("course_id"), e.courseId);
            o.insert(QStringLiteral("course"), courseTitle.value(e.courseId));
            o.insert(QStringLiteral("person_id"), e.personId);
            o.insert(QStringLiteral("person"), p ? p->name : QString());
            o.insert(QStringLiteral("department"), p ? p->department : QString());
            o.insert(QStringLiteral("due"), dateValue(e.due));
            late.append(o);
        }
        root.insert(QStringLiteral("overdue"), late);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }

    out << TrainingCommandText::tr("Training coverage on %1: %2")
               .arg(coverage.date.toString(Qt::ISODate), countsText(coverage.total))
        << Qt::endl;
    if (coverage.courses.isEmpty()) {
        out << TrainingCommandText::tr("No courses yet.") << Qt::endl;
        return 0;
    }
    out << Qt::endl << TrainingCommandText::tr("By course:") << Qt::endl;
    for (const CourseCoverage &c : coverage.byCourse)
        out << "  " << courseTitle.value(c.courseId) << '\t' << countsText(c.counts) << Qt::endl;
    out << Qt::endl << TrainingCommandText::tr("By department:") << Qt::endl;
    for (const DepartmentCoverage &d : coverage.byDepartment)
        out << "  "
            << (d.department.isEmpty() ? TrainingCommandText::tr("(no department)") : d.department)
            << '\t' << TrainingCommandText::tr("%n person(s)", nullptr, d.people) << '\t'
            << countsText(d.counts) << Qt::endl;
    out << Qt::endl
        << TrainingCommandText::tr("Overdue (%n):", nullptr, static_cast<int>(overdue.size()))
        << Qt::endl;
    for (const OverdueEntry &e : overdue) {
        const domain::Person *p = person.value(e.personId);
        out << "  " << courseTitle.value(e.courseId) << '\t' << (p ? p->name : QString()) << '\t'
            << (p ? p->department : QString()) << '\t'
            << (e.due.isValid() ? TrainingCommandText::tr("due %1").arg(e.due.toString(Qt::ISODate))
                                : TrainingCommandText::tr("never taken"))
            << Qt::endl;
    }
    return 0;
}

int phishingImportCommand(modules::CommandCall &call)
{
    const QStringList args = call.positional();
    if (args.size() != 2)
        return call.fail(usage(kPhishingUsage), modules::CommandError::Usage);
    PhishingImportRequest request;
    request.resultsPath = args.at(1);
    request.eventsPath = call.value(QStringLiteral("events"));
    request.options.campaignName = call.value(QStringLiteral("campaign")).trimmed();
    if (call.has(QStringLiteral("date"))) {
        // Exactly YYYY-MM-DD: Qt's ISO parser also takes 2026/10/01.
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString date = call.value(QStringLiteral("date")).trimmed();
        if (iso.match(date).hasMatch())
            request.options.date = QDate::fromString(date, Qt::ISODate);
        if (!request.options.date.isValid())
            return call.fail(TrainingCommandText::tr("--date needs a date as YYYY-MM-DD, not "
                                                     "\"%1\".")
                                 .arg(call.value(QStringLiteral("date"))),
                             modules::CommandError::Usage);
    }
    if (!io::parseEncodingName(call.value(QStringLiteral("encoding")), &request.encoding))
        return call.fail(TrainingCommandText::tr("Unknown encoding: use utf8 or sjis."),
                         modules::CommandError::Usage);

    store::Database *db = call.openVault(true);
    if (!db)
        return call.exitCode();
    const QDate today = clock::today();
    const QString shown = QDir::toNativeSeparators(request.resultsPath);
    const auto plan = readPhishingImport(*db, request, today);
    if (!plan)
        return call.fail(plan.error().contains(shown)
                             ? plan.error()
                             : QStringLiteral("%1: %2").arg(shown, plan.error()),
                         modules::CommandError::BadInput);
    auto list = [&call, &shown](const QVector<ImportRowNote> &notes, const QString &what) {
        for (int i = 0; i < notes.size() && i < kMaxLinesShown; ++i)
            call.err() << "kamae: "
                       << TrainingCommandText::tr("%1, line %2: %3")
                              .arg(shown)
                              .arg(notes.at(i).line)
                              .arg(what.arg(notes.at(i).message))
                       << Qt::endl;
        if (notes.size() > kMaxLinesShown)
            call.err() << "kamae: "
                       << TrainingCommandText::tr("… and %n more.", nullptr,
                                                  static_cast<int>(notes.size()) - kMaxLinesShown)
                       << Qt::endl;
    };
    list(plan->problems, TrainingCommandText::tr("not imported: %1"));
    list(plan->unmatched, TrainingCommandText::tr("no entry of the people list: %1"));
    if (plan->results.isEmpty())
        return call.fail(TrainingCommandText::tr("%1 has no result that can be imported; nothing "
                                                 "was imported.")
                             .arg(shown),
                         modules::CommandError::BadInput);
    const auto outcome = importPhishing(*db, plan.value(), today);
    if (!outcome)
        return call.fail(outcome.error());
    if (!call.save())
        return call.exitCode();
    call.out() << importSummaryText(plan.value(), outcome.value()) << Qt::endl;
    return 0;
}

int sessionsCommand(modules::CommandCall &call)
{
    if (call.positional().size() != 1)
        return call.fail(usage(kSessionsUsage), modules::CommandError::Usage);
    store::Database *db = call.openVault(false);
    if (!db)
        return call.exitCode();
    const auto state = loadTraining(*db);
    if (!state)
        return call.fail(state.error());
    const store::TrainingRecords &records = state->records;
    QHash<qint64, QString> courseTitle;
    for (const domain::Course &c : records.courses)
        courseTitle.insert(c.id, c.title);
    QHash<qint64, int> attended, completed;
    for (const domain::Attendance &a : records.attendance) {
        ++attended[a.sessionId];
        if (a.state == domain::AttendanceState::Completed)
            ++completed[a.sessionId];
    }
    QTextStream &out = call.out();
    if (call.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const domain::TrainingSession &s : records.sessions) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), s.id);
            o.insert(QStringLiteral("course_id"), s.courseId);
            o.insert(QStringLiteral("course"), courseTitle.value(s.courseId));
            o.insert(QStringLiteral("date"), dateValue(s.date));
            o.insert(QStringLiteral("trainer"), s.trainer);
            o.insert(QStringLiteral("minutes"),
                     s.minutes >= 0 ? QJsonValue(s.minutes) : QJsonValue());
            o.insert(QStringLiteral("materials"), s.materials);
            o.insert(QStringLiteral("notes"), s.notes);
            o.insert(QStringLiteral("attendees"), attended.value(s.id));
            o.insert(QStringLiteral("completed"), completed.value(s.id));
            array.append(o);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const domain::TrainingSession &s : records.sessions)
        out << s.id << '\t' << s.date.toString(Qt::ISODate) << '\t' << courseTitle.value(s.courseId)
            << '\t' << s.trainer << '\t'
            << TrainingCommandText::tr("%1 of %n completed", nullptr, attended.value(s.id))
                   .arg(completed.value(s.id))
            << Qt::endl;
    out << TrainingCommandText::tr("%n session(s)", nullptr,
                                   static_cast<int>(records.sessions.size()))
        << Qt::endl;
    return 0;
}

} // namespace

QVector<modules::Command> trainingCommands()
{
    modules::Command coverage;
    coverage.command = "training";
    coverage.sub = "coverage";
    coverage.flags = {QStringLiteral("json")};
    coverage.context = kContext;
    coverage.usage = kCoverageUsage;
    coverage.help = QT_TRANSLATE_NOOP("kamae::training::TrainingCommands",
                                      "  training coverage VAULT [--json]\n"
                                      "                             who has taken the courses they "
                                      "must take, per\n"
                                      "                             course and department, and who "
                                      "is overdue\n");
    coverage.run = coverageCommand;

    modules::Command phishing;
    phishing.command = "training";
    phishing.sub = "phishing-import";
    phishing.valued = {QStringLiteral("events"), QStringLiteral("campaign"), QStringLiteral("date"),
                       QStringLiteral("encoding")};
    phishing.context = kContext;
    phishing.usage = kPhishingUsage;
    phishing.help = QT_TRANSLATE_NOOP(
        "kamae::training::TrainingCommands",
        "  training phishing-import VAULT FILE [--events FILE] [--campaign NAME]\n"
        "         [--date YYYY-MM-DD] [--encoding sjis|utf8]\n"
        "                             store a GoPhish drill's results export; rows that\n"
        "                             match nobody or cannot be read are listed\n");
    phishing.run = phishingImportCommand;

    modules::Command sessions;
    sessions.command = "training";
    sessions.sub = "sessions";
    sessions.flags = {QStringLiteral("json")};
    sessions.context = kContext;
    sessions.usage = kSessionsUsage;
    sessions.help = QT_TRANSLATE_NOOP("kamae::training::TrainingCommands",
                                      "  training sessions VAULT [--json]\n"
                                      "                             the sessions held, with how "
                                      "many completed\n");
    sessions.run = sessionsCommand;
    return {coverage, phishing, sessions};
}

} // namespace training
} // namespace kamae
