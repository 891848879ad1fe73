#include "incidents/IncidentPrint.h"

#include "core/Clock.h"
#include "core/FileNames.h"
#include "i18n/Language.h"
#include "incidents/IncidentDeadlines.h"
#include "incidents/IncidentDefaults.h"
#include "incidents/IncidentPlaybooks.h"
#include "incidents/IncidentRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PeopleRepository.h"

#include <algorithm>

namespace kamae {
namespace incidents {

using namespace domain;

namespace {

QString fileName(const QString &stem, const QString &organisation, const QString &tail = {})
{
    return pdfFileName(stem, {organisation, tail});
}

QString date(const QDate &d)
{
    return d.isValid() ? i18n::formatDate(d) : QString();
}

// An instant in the user's time zone: "2026/06/20 09:40".
QString when(const QDateTime &t, const QTimeZone &zone)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toTimeZone(zone);
    return i18n::formatDate(local.date()) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text.trimmed();
}

QString yesNo(bool value)
{
    return value ? IncidentPrintText::tr("Yes") : IncidentPrintText::tr("No");
}

QString personName(const IncidentPrintInput &in, qint64 id)
{
    if (id <= 0)
        return {};
    const Person *p = findPerson(in.people, id);
    return p ? p->name : IncidentPrintText::tr("Person #%1 (no longer in the list)").arg(id);
}

// A person's phone from the people list, else their other contact unless
// it is an e-mail address (a mobile), as the BCP's call tree reads it.
QString personPhone(const IncidentPrintInput &in, qint64 id)
{
    const Person *p = id > 0 ? findPerson(in.people, id) : nullptr;
    if (!p)
        return {};
    if (!p->phone.trimmed().isEmpty())
        return p->phone.trimmed();
    return looksLikeEmail(p->contact) ? QString() : p->contact.trimmed();
}

QString incidentName(const Incident &i)
{
    return i.title.trimmed().isEmpty() ? IncidentRecordText::incidentKind(i.kind)
                                       : i.title.trimmed();
}

// The order of the card: the company's own people first, then who helps,
// then the public bodies; the directory's own order within each.
int cardRank(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Responder:
        return 0;
    case ContactKind::ItVendor:
        return 1;
    case ContactKind::Otasuketai:
        return 2;
    case ContactKind::Insurer:
        return 3;
    case ContactKind::IpaDesk:
        return 4;
    case ContactKind::Police:
        return 5;
    case ContactKind::JpcertCc:
        return 6;
    case ContactKind::Ppc:
        return 7;
    case ContactKind::Ministry:
        return 8;
    case ContactKind::Other:
        return 9;
    }
    return 9;
}

// A long text as pieces a table row can hold on one page: its lines
// together while they stay under `most` characters, a longer line cut
// after a sentence where one ends in time.
QStringList pieces(const QString &text, int most = 200)
{
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        while (line.size() > most) {
            int cut = -1;
            for (int k = most; k > most / 2; --k) {
                const QChar c = line.at(k - 1);
                if (c == QChar(0x3002) ||
                    ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) &&
                     line.at(k) == QLatin1Char(' '))) {
                    cut = k;
                    break;
                }
            }
            if (cut < 0)
                cut = most;
            lines << line.left(cut).trimmed();
            line = line.mid(cut).trimmed();
        }
        if (!line.isEmpty())
            lines << line;
    }
    QStringList out;
    QString piece;
    for (const QString &line : lines) {
        if (!piece.isEmpty() && piece.size() + 1 + line.size() > most) {
            out << piece;
            piece.clear();
        }
        piece = piece.isEmpty() ? line : piece + QLatin1Char('\n') + line;
    }
    if (!piece.isEmpty() || out.isEmpty())
        out << piece;
    return out;
}

ReportBlock textBlock(ReportBlock::Kind kind, const QString &text)
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

ReportBlock table(const QStringList &headers, const QVector<int> &stretch)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.headers = headers;
    b.stretch = stretch;
    return b;
}

// Appends a row whose `column` may be long: its pieces continue on rows
// below with the other cells empty. Returns the first row's index.
int addRow(ReportBlock &t, QStringList cells, int column)
{
    const QStringList parts = pieces(cells.value(column));
    const int first = int(t.rows.size());
    for (int k = 0; k < parts.size(); ++k) {
        QStringList row = k == 0 ? cells : QStringList();
        while (row.size() < t.headers.size())
            row << QString();
        row[column] = parts.at(k);
        t.rows.append(row);
    }
    return first;
}

// Paragraphs of a long text, or "Not recorded yet.".
QVector<ReportBlock> prose(const QString &text)
{
    QVector<ReportBlock> out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << textBlock(ReportBlock::Kind::Text, line.trimmed());
    if (out.isEmpty())
        out << textBlock(ReportBlock::Kind::Note, IncidentPrintText::tr("Not recorded yet."));
    return out;
}

ReportPart overviewPart(const IncidentPrintInput &in)
{
    const Incident &i = in.incident;
    ReportPart part{QStringLiteral("overview"), IncidentPrintText::tr("The incident"), {}};
    ReportBlock t = table({IncidentPrintText::tr("Item"), IncidentPrintText::tr("Record")}, {2, 5});
    QStringList assets;
    for (qint64 id : i.assets) {
        const QString name = in.assetNames.value(id);
        assets << (name.isEmpty()
                       ? IncidentPrintText::tr("Asset #%1 (no longer in the register)").arg(id)
                       : name);
    }
    const QVector<QPair<QString, QString>> rows = {
        {IncidentPrintText::tr("Incident number"), QString::number(i.id)},
        {IncidentPrintText::tr("Title"), incidentName(i)},
        {IncidentPrintText::tr("Kind"), IncidentRecordText::incidentKind(i.kind)},
        {IncidentPrintText::tr("Status"), IncidentRecordText::status(i.status)},
        {IncidentPrintText::tr("Occurred"), orDash(when(i.occurred, in.zone))},
        {IncidentPrintText::tr("Detected"), orDash(when(i.detected, in.zone))},
        {IncidentPrintText::tr("Became aware"), orDash(when(i.awareOrDetected(), in.zone))},
        {IncidentPrintText::tr("Reported"), orDash(when(i.reported, in.zone))},
        {IncidentPrintText::tr("Contained"), orDash(when(i.contained, in.zone))},
        {IncidentPrintText::tr("Resolved"), orDash(when(i.resolved, in.zone))},
        {IncidentPrintText::tr("Found by"), orDash(personName(in, i.foundBy))},
        {IncidentPrintText::tr("Affected assets"),
         assets.isEmpty() ? QStringLiteral("—") : assets.join(IncidentPrintText::tr(", "))},
    };
    for (const auto &row : rows)
        addRow(t, {row.first, row.second}, 1);
    part.blocks << t;
    if (i.drill)
        part.blocks << textBlock(
            ReportBlock::Kind::Note,
            IncidentPrintText::tr("This was an exercise, not a real incident."));
    return part;
}

ReportPart personalPart(const IncidentPrintInput &in)
{
    const Incident &i = in.incident;
    ReportPart part{
        QStringLiteral("personal"), IncidentPrintText::tr("Personal data and the legal clock"), {}};
    if (!i.personal.any()) {
        part.blocks << textBlock(
            ReportBlock::Kind::Text,
            IncidentPrintText::tr("The record names no personal data involved."));
        return part;
    }
    ReportBlock data =
        table({IncidentPrintText::tr("Item"), IncidentPrintText::tr("Record")}, {2, 5});
    addRow(data, {IncidentPrintText::tr("Items of personal data"), orDash(i.personal.kinds)}, 1);
    addRow(data,
           {IncidentPrintText::tr("Number of people"),
            i.personal.people >= 0 ? QString::number(i.personal.people)
                                   : IncidentPrintText::tr("Not known yet")},
           1);
    addRow(data,
           {IncidentPrintText::tr("Sensitive personal data (要配慮個人情報)"),
            yesNo(i.personal.sensitive)},
           1);
    addRow(data, {IncidentPrintText::tr("Risk of financial harm"), yesNo(i.personal.financialRisk)},
           1);
    addRow(data, {IncidentPrintText::tr("Suspected malice"), yesNo(i.personal.malice)}, 1);
    part.blocks << data;

    if (i.drill) {
        part.blocks << textBlock(
            ReportBlock::Kind::Note,
            IncidentPrintText::tr("An exercise: no report to the Commission is due."));
        return part;
    }
    const LegalClock c = legalClock(i, in.zone);
    if (!c.applies) {
        part.blocks << textBlock(
            ReportBlock::Kind::Text,
            c.triggers.isEmpty()
                ? IncidentPrintText::tr(
                      "None of the conditions that make a report to the Personal Information "
                      "Protection Commission mandatory is recorded.")
                : IncidentPrintText::tr(
                      "A report to the Personal Information Protection Commission is due, "
                      "but the record does not say when the company became aware."));
        return part;
    }
    QStringList because;
    for (ReportTrigger t : c.triggers)
        because << DeadlineText::trigger(t);
    part.blocks << textBlock(
        ReportBlock::Kind::Text,
        IncidentPrintText::tr(
            "A report to the Personal Information Protection Commission is mandatory because "
            "of: %1. Day 1 is %2, the day the company became aware.")
            .arg(because.join(IncidentPrintText::tr(", ")), date(c.aware)));
    ReportBlock clock = table({IncidentPrintText::tr("Report"), IncidentPrintText::tr("Due"),
                               IncidentPrintText::tr("Made on"), IncidentPrintText::tr("State")},
                              {3, 3, 2, 2});
    QStringList overdue;
    // Overdue once past `dueDate` and not made (as the reminders and the
    // score count it); made late only after `lateAfter` (invalid: never,
    // for the notice the law asks for "promptly").
    const auto row = [&](const QString &what, const QString &due, const QDate &dueDate,
                         const QDate &lateAfter, const QDate &made) {
        const bool late = !made.isValid() && dueDate < in.today;
        const bool madeLate = made.isValid() && lateAfter.isValid() && made > lateAfter;
        const QString state = made.isValid() ? (madeLate ? IncidentPrintText::tr("Made late")
                                                         : IncidentPrintText::tr("Made"))
                              : late         ? IncidentPrintText::tr("Overdue")
                                             : IncidentPrintText::tr("To be made");
        const int r = addRow(
            clock,
            {what, due, made.isValid() ? date(made) : IncidentPrintText::tr("Not yet"), state}, 0);
        if (late) {
            clock.alertRows << r;
            overdue << what;
        }
    };
    row(IncidentPrintText::tr("Preliminary report (速報)"),
        IncidentPrintText::tr("by %1 (at the latest %2)")
            .arg(date(c.preliminaryDue), date(c.preliminaryLatest)),
        c.preliminaryDue, c.preliminaryLatest, c.preliminaryMade);
    row(IncidentPrintText::tr("Final report (確報)"),
        IncidentPrintText::tr("by %1 (%n day(s))", nullptr, c.finalDays).arg(date(c.finalDue)),
        c.finalDue, c.finalDue, c.finalMade);
    row(IncidentPrintText::tr("Notice to the people concerned"),
        IncidentPrintText::tr("promptly (by %1)").arg(date(c.preliminaryDue)), c.preliminaryDue,
        QDate(), c.individualsNotified);
    part.blocks << clock;
    if (!overdue.isEmpty())
        part.blocks << textBlock(
            ReportBlock::Kind::Alert,
            IncidentPrintText::tr("Overdue: %1. Make it now and record it in the timeline.")
                .arg(overdue.join(IncidentPrintText::tr(", "))));
    part.blocks << textBlock(
        ReportBlock::Kind::Heading,
        IncidentPrintText::tr("Items of the report to the Commission (prefilled)"));
    ReportBlock items =
        table({IncidentPrintText::tr("Item"), IncidentPrintText::tr("From the record")}, {2, 5});
    for (const auto &item : reportItems(i, in.zone))
        addRow(items,
               {item.first, item.second.trimmed().isEmpty()
                                ? IncidentPrintText::tr("(to be completed)")
                                : item.second},
               1);
    part.blocks << items;
    part.blocks << textBlock(
        ReportBlock::Kind::Note,
        IncidentPrintText::tr("The Commission's form asks for these items (施行規則 第8条). "
                              "Complete the empty ones before submitting it."));
    return part;
}

ReportPart timelinePart(const IncidentPrintInput &in)
{
    const Incident &i = in.incident;
    ReportPart part{QStringLiteral("timeline"), IncidentPrintText::tr("Timeline"), {}};
    const TimelineEntry *noRansom = i.tagged(timelinetag::NoRansomPaid);
    if (noRansom)
        part.blocks << textBlock(
            ReportBlock::Kind::Text,
            IncidentPrintText::tr("Decision: no ransom was paid (recorded %1).")
                .arg(when(noRansom->at, in.zone)));
    else if (i.kind == IncidentKind::Ransomware)
        part.blocks << textBlock(
            ReportBlock::Kind::Alert,
            IncidentPrintText::tr("The decision not to pay the ransom is not recorded in "
                                  "the timeline."));
    if (i.timeline.isEmpty()) {
        part.blocks << textBlock(ReportBlock::Kind::Note,
                                 IncidentPrintText::tr("No timeline entry is recorded."));
        return part;
    }
    ReportBlock t = table({IncidentPrintText::tr("Time"), IncidentPrintText::tr("Kind"),
                           IncidentPrintText::tr("What happened"), IncidentPrintText::tr("Who")},
                          {3, 2, 8, 3});
    QVector<TimelineEntry> entries = i.timeline;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });
    for (const TimelineEntry &e : entries) {
        const int first = int(t.rows.size());
        addRow(t,
               {when(e.at, in.zone), IncidentRecordText::timelineKind(e.kind), e.text,
                personName(in, e.personId)},
               2);
        if (!e.tag.isEmpty() && e.tag == timelinetag::NoRansomPaid)
            for (int r = first; r < t.rows.size(); ++r)
                t.boldRows << r;
    }
    part.blocks << t;
    return part;
}

ReportPart stepsPart(const IncidentPrintInput &in)
{
    const Incident &i = in.incident;
    ReportPart part{QStringLiteral("steps"), IncidentPrintText::tr("Playbook steps done"), {}};
    if (i.ticks.isEmpty()) {
        part.blocks << textBlock(ReportBlock::Kind::Note,
                                 IncidentPrintText::tr("No playbook step is ticked."));
        return part;
    }
    ReportBlock t = table({IncidentPrintText::tr("Step"), IncidentPrintText::tr("Done by"),
                           IncidentPrintText::tr("When")},
                          {8, 3, 3});
    for (const StepTick &tick : i.ticks)
        addRow(t, {shownStepText(tick.text), personName(in, tick.personId), when(tick.at, in.zone)},
               0);
    part.blocks << t;
    return part;
}

ReportPart actionsPart(const IncidentPrintInput &in)
{
    const Incident &i = in.incident;
    ReportPart part{QStringLiteral("actions"), IncidentPrintText::tr("Follow-up actions"), {}};
    if (i.actions.isEmpty()) {
        part.blocks << textBlock(ReportBlock::Kind::Note,
                                 IncidentPrintText::tr("No follow-up action is recorded."));
        return part;
    }
    ReportBlock t = table({IncidentPrintText::tr("Action"), IncidentPrintText::tr("Owner"),
                           IncidentPrintText::tr("Due"), IncidentPrintText::tr("Done")},
                          {8, 3, 2, 2});
    for (const IncidentAction &a : i.actions) {
        const int r = addRow(t,
                             {a.text, orDash(personName(in, a.ownerId)), orDash(date(a.due)),
                              a.done.isValid() ? date(a.done) : IncidentPrintText::tr("Not yet")},
                             0);
        if (!a.done.isValid() && a.due.isValid() && a.due < in.today)
            t.alertRows << r;
    }
    part.blocks << t;
    return part;
}

} // namespace

QStringList cardSteps()
{
    return {
        IncidentPrintText::tr(
            "Unplug the network cable and turn Wi-Fi off, but keep the machine powered on."),
        IncidentPrintText::tr(
            "Do not shut down, restart or delete anything: the logs are evidence."),
        IncidentPrintText::tr("Do not pay a ransom and do not contact the attacker."),
        IncidentPrintText::tr("Call the person in charge, then the numbers on this card."),
        IncidentPrintText::tr("Note the time, what you saw and whom you told."),
        IncidentPrintText::tr("Open no suspicious mail or attachment, and warn your colleagues."),
    };
}

IncidentCard incidentCard(const IncidentPrintInput &in)
{
    IncidentCard card;
    card.language = i18n::currentLanguage();
    card.title = IncidentPrintText::tr("Incident card");
    card.organisation = in.organisation;
    card.stepsTitle = IncidentPrintText::tr("First steps");
    card.steps = cardSteps();
    card.essentialSteps = 4;
    card.numbersTitle = IncidentPrintText::tr("Numbers to call");
    card.emptyNumbers = IncidentPrintText::tr(
        "No contact is listed yet: fill in the directory on the Incidents page.");
    card.moreNumbers = IncidentPrintText::tr("%1 more numbers on the A4 card.");
    card.cutLabel =
        IncidentPrintText::tr("Cut along the dashed lines and fold along the dotted line: the "
                              "steps on one side, the numbers on the other.");

    QVector<IncidentContact> contacts;
    for (const IncidentContact &stored : in.contacts)
        contacts << shownContact(stored);
    std::stable_sort(contacts.begin(), contacts.end(),
                     [](const IncidentContact &a, const IncidentContact &b) {
                         return cardRank(a.kind) < cardRank(b.kind);
                     });
    QDate oldest;
    bool never = false;
    for (const IncidentContact &c : contacts) {
        CardNumber n;
        n.label = IncidentRecordText::contactKind(c.kind);
        n.name = c.region.trimmed().isEmpty()
                     ? c.name.trimmed()
                     : IncidentPrintText::tr("%1 (%2)").arg(c.name.trimmed(), c.region.trimmed());
        if (n.name.isEmpty())
            n.name = personName(in, c.personId);
        // The entry's own number, else its person's; never one made up.
        n.number = c.phone.trimmed();
        if (n.number.isEmpty())
            n.number = personPhone(in, c.personId);
        if (n.number.isEmpty()) {
            if (!c.officialPage.trimmed().isEmpty())
                n.lookUp = IncidentPrintText::tr("Look up: %1").arg(c.officialPage.trimmed());
            else if (!c.address.trimmed().isEmpty())
                n.lookUp = c.address.trimmed();
            else
                n.lookUp = IncidentPrintText::tr("No number recorded");
        }
        n.whenToCall = c.whenToCall.trimmed();
        card.numbers << n;
        if (!c.checked.isValid())
            never = true;
        else if (!oldest.isValid() || c.checked < oldest)
            oldest = c.checked;
    }
    if (never)
        card.checkedNote =
            IncidentPrintText::tr("Some entries were never checked: check them before relying on "
                                  "this card.");
    else if (oldest.isValid())
        card.checkedNote = IncidentPrintText::tr("Printed %1; entries checked since %2.")
                               .arg(date(in.today), date(oldest));
    card.fileName = fileName(IncidentPrintText::tr("Incident_card"), in.organisation);
    card.walletFileName = fileName(IncidentPrintText::tr("Incident_wallet_cards"), in.organisation);
    return card;
}

IncidentReport incidentReport(const IncidentPrintInput &in)
{
    const Incident &i = in.incident;
    IncidentReport r;
    r.language = i18n::currentLanguage();
    r.title = IncidentPrintText::tr("Incident report");
    r.subtitle = incidentName(i);
    r.organisation = in.organisation;
    r.coverFields = {
        {IncidentPrintText::tr("Incident number"), QString::number(i.id)},
        {IncidentPrintText::tr("Kind"), IncidentRecordText::incidentKind(i.kind)},
        {IncidentPrintText::tr("Status"), IncidentRecordText::status(i.status)},
        {IncidentPrintText::tr("Detected"), orDash(when(i.detected, in.zone))},
        {IncidentPrintText::tr("Prepared on"), date(in.today)},
    };
    r.coverNote = i.drill ? IncidentPrintText::tr("An exercise, not a real incident.")
                          : IncidentPrintText::tr(
                                "For the police, the insurer or a business partner: what the "
                                "company's incident record says.");
    r.parts << overviewPart(in) << personalPart(in) << timelinePart(in) << stepsPart(in)
            << actionsPart(in);
    ReportPart cause{QStringLiteral("cause"), IncidentPrintText::tr("Cause"), prose(i.cause)};
    ReportPart lessons{QStringLiteral("lessons"), IncidentPrintText::tr("Lessons learned"),
                       prose(i.lessons)};
    r.parts << cause << lessons;
    r.footerCentre =
        IncidentPrintText::tr("Incident %1 · printed %2").arg(i.id).arg(date(in.today));
    r.pageLabel = IncidentPrintText::tr("Page %1 of %2");
    r.fileName =
        fileName(IncidentPrintText::tr("Incident_report"), in.organisation, QString::number(i.id));
    return r;
}

Result<IncidentPrintInput> loadIncidentPrintInput(store::Database &db,
                                                  const IncidentPrintOptions &options)
{
    IncidentPrintInput in;
    in.today = options.today;
    in.zone = clock::timeZone();
    store::IncidentRepository repo(db);
    if (options.incident > 0) {
        auto incident = repo.incident(options.incident);
        if (!incident)
            return incident.asFailure();
        in.incident = std::move(incident).value();
        auto names = repo.assetNames(in.incident.assets);
        if (!names)
            return names.asFailure();
        in.assetNames = std::move(names).value();
    }
    auto contacts = repo.contacts();
    if (!contacts)
        return contacts.asFailure();
    in.contacts = std::move(contacts).value();
    auto playbooks = repo.playbooks();
    if (!playbooks)
        return playbooks.asFailure();
    in.playbooks = std::move(playbooks).value();
    auto people = store::PeopleRepository(db).all();
    if (!people)
        return people.asFailure();
    in.people = std::move(people).value();
    auto organisation = store::OrganisationRepository(db).load();
    if (!organisation)
        return organisation.asFailure();
    in.organisation = organisation->name.trimmed();
    return in;
}

QString incidentPrintLanguage(const IncidentPrintOptions &options)
{
    if (options.language == QLatin1String("ja") || options.language == QLatin1String("en"))
        return options.language;
    const QString current = i18n::currentLanguage();
    return current == QLatin1String("ja") ? current : QStringLiteral("en");
}

QStringList cardText(const IncidentCard &c)
{
    QStringList out{c.title,        c.organisation, c.stepsTitle,  c.numbersTitle,
                    c.emptyNumbers, c.moreNumbers,  c.checkedNote, c.cutLabel};
    out << c.steps;
    for (const CardNumber &n : c.numbers)
        out << n.label << n.name << n.number << n.lookUp << n.whenToCall;
    out.removeAll(QString());
    return out;
}

QStringList reportText(const IncidentReport &r)
{
    QStringList out{r.title, r.subtitle, r.organisation, r.coverNote, r.footerCentre, r.pageLabel};
    for (const auto &f : r.coverFields)
        out << f.first << f.second;
    for (const ReportPart &p : r.parts) {
        out << p.title;
        for (const ReportBlock &b : p.blocks) {
            out << b.text << b.headers;
            for (const QStringList &row : b.rows)
                out << row;
        }
    }
    out.removeAll(QString());
    return out;
}

} // namespace incidents
} // namespace kamae
