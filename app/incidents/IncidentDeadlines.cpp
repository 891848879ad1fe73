#include "incidents/IncidentDeadlines.h"

#include "core/Clock.h"
#include "i18n/Language.h"

namespace kamae {
namespace incidents {

using namespace domain;

QString DeadlineText::trigger(ReportTrigger t)
{
    switch (t) {
    case ReportTrigger::Sensitive:
        return tr("sensitive personal data");
    case ReportTrigger::FinancialHarm:
        return tr("a risk of financial harm");
    case ReportTrigger::Malice:
        return tr("suspected malice");
    case ReportTrigger::OverThousand:
        return tr("more than 1,000 people");
    }
    return {};
}

QVector<ReportTrigger> reportTriggers(const IncidentPersonalData &data)
{
    QVector<ReportTrigger> out;
    if (data.sensitive)
        out << ReportTrigger::Sensitive;
    if (data.financialRisk)
        out << ReportTrigger::FinancialHarm;
    if (data.malice)
        out << ReportTrigger::Malice;
    if (data.people > kReportablePeople)
        out << ReportTrigger::OverThousand;
    return out;
}

QDate nthDay(const QDate &first, int n)
{
    return first.isValid() && n >= 1 ? first.addDays(n - 1) : QDate();
}

NextDeadline nextDeadline(const LegalClock &clock)
{
    if (!clock.applies)
        return {};
    if (!clock.preliminaryMade.isValid())
        return {NextDeadline::Preliminary, clock.preliminaryDue};
    if (!clock.finalMade.isValid())
        return {NextDeadline::Final, clock.finalDue};
    return {NextDeadline::Done, {}};
}

LegalClock legalClock(const Incident &incident, const QTimeZone &zone)
{
    LegalClock c;
    if (incident.drill)
        return c;
    c.triggers = reportTriggers(incident.personal);
    // The clock starts when anyone in the company knew: an awareness
    // recorded after the detection does not move it later (the date shown
    // is never later than the legal one).
    QDateTime aware = incident.awareOrDetected();
    if (incident.detected.isValid() && aware.isValid() && incident.detected < aware)
        aware = incident.detected;
    if (c.triggers.isEmpty() || !aware.isValid())
        return c;
    c.applies = true;
    c.aware = clock::dateIn(aware, zone);
    c.finalDays = incident.personal.malice ? kFinalDaysMalice : kFinalDays;
    c.preliminaryDue = nthDay(c.aware, kPreliminaryDays);
    c.preliminaryLatest = nthDay(c.aware, kPreliminaryLatestDays);
    c.finalDue = nthDay(c.aware, c.finalDays);
    const auto madeOn = [&](const QString &tag) {
        const TimelineEntry *e = incident.tagged(tag);
        return e && e->at.isValid() ? clock::dateIn(e->at, zone) : QDate();
    };
    c.preliminaryMade = madeOn(timelinetag::PpcPreliminary);
    c.finalMade = madeOn(timelinetag::PpcFinal);
    c.individualsNotified = madeOn(timelinetag::IndividualsNotified);
    return c;
}

QVector<QPair<QString, QString>> reportItems(const Incident &incident, const QTimeZone &zone)
{
    const auto when = [&zone](const QDateTime &t) {
        return t.isValid() ? i18n::formatDate(t.toTimeZone(zone).date()) : QString();
    };
    QStringList summary;
    summary << (incident.title.trimmed().isEmpty() ? IncidentRecordText::incidentKind(incident.kind)
                                                   : incident.title.trimmed());
    if (incident.occurred.isValid())
        summary << DeadlineText::tr("Occurred: %1").arg(when(incident.occurred));
    summary << DeadlineText::tr("Detected: %1").arg(when(incident.detected));
    if (incident.aware.isValid())
        summary << DeadlineText::tr("Aware: %1").arg(when(incident.aware));
    QStringList because;
    for (ReportTrigger t : reportTriggers(incident.personal))
        because << DeadlineText::trigger(t);
    if (!because.isEmpty())
        summary << DeadlineText::tr("Reportable because of: %1")
                       .arg(because.join(DeadlineText::tr(", ")));
    QStringList secondary;
    if (incident.personal.financialRisk)
        secondary << DeadlineText::tr("A risk of financial harm to the people concerned.");
    QStringList individuals;
    if (const TimelineEntry *e = incident.tagged(timelinetag::IndividualsNotified))
        individuals << DeadlineText::tr("Notified on %1.").arg(when(e->at));
    QStringList prevention;
    if (!incident.lessons.trimmed().isEmpty())
        prevention << incident.lessons.trimmed();
    for (const IncidentAction &a : incident.actions)
        prevention << a.text.trimmed();
    const QString people =
        incident.personal.people >= 0 ? QString::number(incident.personal.people) : QString();
    return {
        {DeadlineText::tr("Summary"), summary.join(QLatin1Char('\n'))},
        {DeadlineText::tr("Items of personal data"), incident.personal.kinds.trimmed()},
        {DeadlineText::tr("Number of people"), people},
        {DeadlineText::tr("Cause"), incident.cause.trimmed()},
        {DeadlineText::tr("Secondary damage"), secondary.join(QLatin1Char('\n'))},
        {DeadlineText::tr("Response to the people concerned"), individuals.join(QLatin1Char('\n'))},
        {DeadlineText::tr("Publication"), QString()},
        {DeadlineText::tr("Measures against recurrence"), prevention.join(QLatin1Char('\n'))},
        {DeadlineText::tr("Other"), QString()},
    };
}

} // namespace incidents
} // namespace kamae
