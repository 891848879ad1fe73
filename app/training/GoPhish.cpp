#include "training/GoPhish.h"

#include "core/Clock.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kamae {
namespace training {

namespace {

// The statuses a result can have, as GoPhish's models write them, and what
// each says about the mail. "Success" is what versions before 0.4 wrote
// for submitted data; "Email Reported" is an event that some forks also
// write as a status.
enum class Progress
{
    NotDelivered,
    Delivered,
    Opened,
    Clicked,
    Submitted,
    Reported,
};

std::optional<Progress> progressOf(const QString &status)
{
    static const QHash<QString, Progress> known = {
        {QStringLiteral("email sent"), Progress::Delivered},
        {QStringLiteral("email opened"), Progress::Opened},
        {QStringLiteral("clicked link"), Progress::Clicked},
        {QStringLiteral("submitted data"), Progress::Submitted},
        {QStringLiteral("success"), Progress::Submitted},
        {QStringLiteral("email reported"), Progress::Reported},
        {QStringLiteral("error"), Progress::NotDelivered},
        {QStringLiteral("error sending email"), Progress::NotDelivered},
        {QStringLiteral("scheduled"), Progress::NotDelivered},
        {QStringLiteral("sending"), Progress::NotDelivered},
        {QStringLiteral("retrying"), Progress::NotDelivered},
        {QStringLiteral("queued"), Progress::NotDelivered},
        {QStringLiteral("unknown"), Progress::NotDelivered},
    };
    const auto found = known.constFind(status.trimmed().toLower());
    if (found == known.constEnd())
        return std::nullopt;
    return found.value();
}

QString folded(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// Column index by folded header name (the first column of that name).
QHash<QString, int> columnsOf(const io::Table &table)
{
    QHash<QString, int> columns;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = folded(unescapeCell(table.header.at(i)));
        if (!name.isEmpty() && !columns.contains(name))
            columns.insert(name, i);
    }
    return columns;
}

QString headerList(const io::Table &table)
{
    QStringList names;
    for (const QString &h : table.header)
        if (!h.trimmed().isEmpty())
            names << h.trimmed();
    return names.join(QLatin1String(", "));
}

Status needColumns(const io::Table &table, const QHash<QString, int> &columns,
                   const QStringList &required, bool results)
{
    for (const QString &name : required) {
        if (columns.contains(name))
            continue;
        if (results && columns.contains(QStringLiteral("message")) &&
            columns.contains(QStringLiteral("time")))
            return Status::failure(
                ErrorCode::Invalid,
                GoPhishText::tr("This is GoPhish's events export. Import the results export "
                                "(Export CSV → Results); the events export can be given with "
                                "it to refine the times."));
        return Status::failure(
            ErrorCode::Invalid,
            (results ? GoPhishText::tr("This is not GoPhish's results export: it has no column "
                                       "“%1”. Its columns: %2.")
                     : GoPhishText::tr("This is not GoPhish's events export: it has no column "
                                       "“%1”. Its columns: %2."))
                .arg(name, headerList(table)));
    }
    return {};
}

bool hasNonLatin(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0xFF; });
}

// "Taro Yamada", or "山田 太郎" for names written in Japanese.
QString displayName(const QString &first, const QString &last)
{
    if (hasNonLatin(first) || hasNonLatin(last))
        return (last + QLatin1Char(' ') + first).trimmed();
    return (first + QLatin1Char(' ') + last).trimmed();
}

QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

} // namespace

QString unescapeCell(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'')) {
        const QChar next = cell.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' ||
            next == u'\r')
            return cell.mid(1);
    }
    return cell;
}

std::optional<QDateTime> parseRfc3339(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDateTime();
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})"
                       "(?:[.,](\\d{1,9}))?(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))$"));
    const QRegularExpressionMatch m = pattern.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    // Go's zero time, in UTC or in a local zone's historical offset
    // ("0001-01-01T09:18:59+09:18"): never happened.
    if (year == 1)
        return QDateTime();
    const QDate date(year, m.captured(2).toInt(), m.captured(3).toInt());
    const QString fraction = m.captured(7);
    const int ms =
        fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime at(date, time, QTimeZone::utc());
    if (m.captured(8).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        const int offset = (hours * 60 + minutes) * 60;
        at = at.addSecs(m.captured(9) == QLatin1String("+") ? -offset : offset);
    }
    return at;
}

Result<GoPhishResults> readGoPhishResults(const io::Table &table)
{
    const QHash<QString, int> columns = columnsOf(table);
    if (Status s = needColumns(
            table, columns,
            {QStringLiteral("email"), QStringLiteral("status"), QStringLiteral("reported")}, true);
        !s)
        return s.asFailure();
    const auto column = [&columns](const char *name) {
        return columns.value(QLatin1String(name), -1);
    };
    const int cEmail = column("email"), cStatus = column("status"), cReported = column("reported"),
              cId = column("id"), cSend = column("send_date"), cModified = column("modified_date"),
              cFirst = column("first_name"), cLast = column("last_name"),
              cPosition = column("position");

    GoPhishResults out;
    QHash<QString, int> seen; // folded address → line
    for (int i = 0; i < table.rowCount(); ++i) {
        const QStringList &row = table.rows.at(i);
        const int line = i < table.sourceLines.size() ? table.sourceLines.at(i) : i + 2;
        const auto cell = [&row](int c) {
            return c >= 0 && c < row.size() ? unescapeCell(row.at(c)).trimmed() : QString();
        };
        if (std::all_of(row.cbegin(), row.cend(),
                        [](const QString &v) { return v.trimmed().isEmpty(); }))
            continue;
        GoPhishResultRow r;
        r.line = line;
        r.resultId = cell(cId);
        r.status = cell(cStatus);
        r.email = cell(cEmail);
        r.firstName = cell(cFirst);
        r.lastName = cell(cLast);
        r.position = cell(cPosition);

        QStringList problems;
        if (r.email.isEmpty())
            problems << GoPhishText::tr("The row has no e-mail address.");
        else if (!domain::looksLikeEmail(r.email))
            problems << GoPhishText::tr("“%1” is not an e-mail address.").arg(r.email);
        else if (const auto before = seen.constFind(folded(r.email)); before != seen.constEnd())
            problems << GoPhishText::tr("The address %1 is already on line %2.")
                            .arg(r.email)
                            .arg(before.value());
        const std::optional<Progress> progress = progressOf(r.status);
        if (!progress)
            problems << GoPhishText::tr("The status “%1” is not one GoPhish writes.").arg(r.status);
        const QString reported = cell(cReported).toLower();
        if (reported == QLatin1String("true") || reported == QLatin1String("1"))
            r.reported = true;
        else if (!reported.isEmpty() && reported != QLatin1String("false") &&
                 reported != QLatin1String("0"))
            problems << GoPhishText::tr("The reported column says “%1”, not true or false.")
                            .arg(cell(cReported));
        for (const auto &[c, target] :
             {std::pair{cSend, &r.sendDate}, std::pair{cModified, &r.modifiedDate}}) {
            const QString value = cell(c);
            const auto at = parseRfc3339(value);
            if (at)
                *target = *at;
            else
                problems << GoPhishText::tr("The time “%1” in %2 cannot be read.")
                                .arg(value, table.header.value(c).trimmed());
        }
        if (!problems.isEmpty()) {
            out.problems.append({line, problems.join(QLatin1Char(' '))});
            continue;
        }
        seen.insert(folded(r.email), line);

        domain::PhishingResult &result = r.result;
        result.email = r.email;
        result.name = displayName(r.firstName, r.lastName);
        result.sourceId = r.resultId;
        result.reported = r.reported || *progress == Progress::Reported;
        result.submitted = *progress == Progress::Submitted;
        result.clicked = *progress == Progress::Clicked;
        result.opened = *progress == Progress::Opened;
        result.delivered = *progress != Progress::NotDelivered;
        result = domain::withImpliedFlags(result);
        if (result.delivered)
            result.sentAt = r.sendDate;
        // The results export has one more time: when GoPhish last changed
        // the row. A report sets it, so it is the report's time unless
        // something happened after; otherwise it is the time of the status.
        if (result.reported)
            result.reportedAt = r.modifiedDate;
        else if (*progress == Progress::Submitted)
            result.submittedAt = r.modifiedDate;
        else if (*progress == Progress::Clicked)
            result.clickedAt = r.modifiedDate;
        else if (*progress == Progress::Opened)
            result.openedAt = r.modifiedDate;
        out.rows.append(r);
    }
    return out;
}

Result<GoPhishEvents> readGoPhishEvents(const io::Table &table)
{
    const QHash<QString, int> columns = columnsOf(table);
    if (Status s = needColumns(
            table, columns,
            {QStringLiteral("email"), QStringLiteral("time"), QStringLiteral("message")}, false);
        !s)
        return s.asFailure();
    const int cEmail = columns.value(QStringLiteral("email"));
    const int cTime = columns.value(QStringLiteral("time"));
    const int cMessage = columns.value(QStringLiteral("message"));
    GoPhishEvents out;
    for (int i = 0; i < table.rowCount(); ++i) {
        const QStringList &row = table.rows.at(i);
        const int line = i < table.sourceLines.size() ? table.sourceLines.at(i) : i + 2;
        const QString email = unescapeCell(row.value(cEmail)).trimmed();
        const QString message = unescapeCell(row.value(cMessage)).trimmed().toLower();
        // "Campaign Created" and the like name nobody.
        if (email.isEmpty())
            continue;
        QDateTime GoPhishEventTimes::*slot = nullptr;
        if (message == QLatin1String("email sent"))
            slot = &GoPhishEventTimes::sent;
        else if (message == QLatin1String("email opened"))
            slot = &GoPhishEventTimes::opened;
        else if (message == QLatin1String("clicked link"))
            slot = &GoPhishEventTimes::clicked;
        else if (message == QLatin1String("submitted data"))
            slot = &GoPhishEventTimes::submitted;
        else if (message == QLatin1String("email reported"))
            slot = &GoPhishEventTimes::reported;
        if (!slot)
            continue; // errors, proxied requests, feedback pages: no step of the drill
        const QString value = unescapeCell(row.value(cTime)).trimmed();
        const auto at = parseRfc3339(value);
        if (!at || !at->isValid()) {
            out.problems.append({line, GoPhishText::tr("The time “%1” in %2 cannot be read.")
                                           .arg(value, table.header.value(cTime).trimmed())});
            continue;
        }
        GoPhishEventTimes &times = out.byEmail[folded(email)];
        times.*slot = earliest(times.*slot, *at);
    }
    return out;
}

void applyGoPhishEvents(GoPhishResults &results, const GoPhishEvents &events)
{
    for (GoPhishResultRow &row : results.rows) {
        const auto found = events.byEmail.constFind(folded(row.email));
        if (found == events.byEmail.constEnd())
            continue;
        const GoPhishEventTimes &t = found.value();
        domain::PhishingResult &r = row.result;
        const auto take = [](QDateTime &target, bool &flag, const QDateTime &exact) {
            if (!exact.isValid())
                return;
            target = exact;
            flag = true;
        };
        take(r.sentAt, r.delivered, t.sent);
        take(r.openedAt, r.opened, t.opened);
        take(r.clickedAt, r.clicked, t.clicked);
        take(r.submittedAt, r.submitted, t.submitted);
        take(r.reportedAt, r.reported, t.reported);
        r = domain::withImpliedFlags(r);
    }
}

PhishingImportPlan planPhishingImport(const GoPhishResults &results,
                                      const QVector<domain::Person> &people,
                                      const PhishingImportOptions &options, const QString &fileName,
                                      const QTimeZone &zone, const QDate &today)
{
    PhishingImportPlan plan;
    plan.problems = results.problems;

    QString name = options.campaignName.trimmed();
    if (name.isEmpty()) {
        // GoPhish names the file "<campaign> - Results.csv".
        name = QFileInfo(fileName).completeBaseName();
        static const QRegularExpression suffix(QStringLiteral("\\s*-\\s*(results|events)$"),
                                               QRegularExpression::CaseInsensitiveOption);
        name.remove(suffix);
        name = name.trimmed();
    }
    plan.campaign.name = name.isEmpty() ? QStringLiteral("GoPhish") : name;
    plan.campaign.scenario = options.scenario.trimmed();
    plan.campaign.source = domain::kGoPhishSource;

    // Addresses of the list, folded; an address two entries share (the
    // list refuses that, an older file may not) matches neither.
    QHash<QString, QVector<qint64>> byEmail;
    for (const domain::Person &p : people)
        if (!p.email.trimmed().isEmpty())
            byEmail[folded(p.email)].append(p.id);

    QDateTime firstSent;
    for (const GoPhishResultRow &row : results.rows) {
        domain::PhishingResult result = row.result;
        const QVector<qint64> ids = byEmail.value(folded(row.email));
        if (ids.size() == 1) {
            result.personId = ids.front();
        } else if (ids.isEmpty()) {
            plan.unmatched.append(
                {row.line, GoPhishText::tr("No entry of the people list has the address %1.")
                               .arg(row.email)});
        } else {
            plan.unmatched.append(
                {row.line, GoPhishText::tr("%1 entries of the people list have the address %2.")
                               .arg(ids.size())
                               .arg(row.email)});
        }
        if (!result.delivered)
            ++plan.notDelivered;
        firstSent = earliest(firstSent, result.sentAt);
        plan.results.append(result);
        plan.resultLines.append(row.line);
    }
    if (options.date.isValid())
        plan.campaign.date = options.date;
    else if (firstSent.isValid())
        plan.campaign.date = clock::dateIn(firstSent, zone);
    else
        plan.campaign.date = today;
    return plan;
}

} // namespace training
} // namespace kamae
