#include "report/ModuleReport.h"
#include "report/ReportText.h"

#include "incidents/IncidentDeadlines.h"
#include "incidents/IncidentPlaybooks.h"
#include "incidents/IncidentScore.h"
#include "incidents/IncidentsModule.h"
#include "incidents/report/IncidentPrintCommands.h"

// Incident response and reporting (インシデント対応・報告) in "Status by
// measure", from the incident records: the directory complete and checked,
// the playbooks adopted, the partners to inform, the last drill or closed
// review, the incidents still open and any report to the Personal
// Information Protection Commission due or overdue. A vault that keeps no
// incident record yet gets the self-assessment's view, as the BCP does.
namespace kamae {
namespace report {

namespace {

struct IncidentStatusText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::report::IncidentStatusText)
};

QString nameOf(const domain::Incident &i)
{
    return i.title.trimmed().isEmpty() ? domain::IncidentRecordText::incidentKind(i.kind)
                                       : i.title.trimmed();
}

// The legal reports not made yet, each as a sentence; `overdue` and `due`
// count them.
QStringList legalSentences(const incidents::ScoreData &data, const QDate &today, int *overdue,
                           int *due)
{
    QStringList out;
    for (const domain::Incident &i : data.incidents) {
        const incidents::LegalClock c = incidents::legalClock(i, data.zone);
        if (!c.applies)
            continue;
        const auto check = [&](const QDate &made, const QDate &by, const QString &report) {
            if (made.isValid())
                return;
            if (by < today) {
                ++*overdue;
                out << IncidentStatusText::tr(
                           "The %1 for \"%2\" was due on %3 and is not recorded as made.")
                           .arg(report, nameOf(i), ReportText::date(by));
            } else {
                ++*due;
                out << IncidentStatusText::tr("The %1 for \"%2\" is due by %3.")
                           .arg(report, nameOf(i), ReportText::date(by));
            }
        };
        check(c.preliminaryMade, c.preliminaryDue,
              IncidentStatusText::tr("preliminary report to the Commission (速報)"));
        check(c.finalMade, c.finalDue,
              IncidentStatusText::tr("final report to the Commission (確報)"));
    }
    return out;
}

std::optional<MeasureStatus> incidentsStatus(const ReportContext &c)
{
    const incidents::ScoreData *data = incidents::scoreDataOf(c.input);
    const incidents::Summary s = data ? incidents::summarize(*data, c.today) : incidents::Summary{};
    if (!data || !s.anything)
        return selfAssessed(c, score::Category::Incidents, incidents::ModuleKey);

    MeasureStatus m;
    m.title = score::ScoreText::category(score::Category::Incidents);
    m.percent = categoryPercent(c.score, score::Category::Incidents);
    m.facts.append(scoreFact(m.percent));
    // Five facts, one row: the demo's report stays within four pages.
    m.facts.append(
        {IncidentStatusText::tr("%1 / %2").arg(s.groupsMet).arg(incidents::kContactGroupCount),
         IncidentStatusText::tr("contacts checked"),
         s.groupsMet == incidents::kContactGroupCount ? Tone::Good : Tone::Bad});
    const int kinds = int(incidents::mainKinds().size());
    m.facts.append({IncidentStatusText::tr("%1 / %2").arg(s.mainPlaybooks).arg(kinds),
                    IncidentStatusText::tr("main playbooks"),
                    s.mainPlaybooks == kinds ? Tone::Good : Tone::Bad});
    const bool recent =
        s.lastReview.isValid() && s.lastReview.daysTo(c.today) <= incidents::kReviewIntervalDays;
    m.facts.append({s.lastReview.isValid() ? QString::number(s.lastReview.daysTo(c.today))
                                           : QStringLiteral("—"),
                    IncidentStatusText::tr("days since a drill"), recent ? Tone::Good : Tone::Bad});
    int overdue = 0, due = 0;
    const QStringList legal = legalSentences(*data, c.today, &overdue, &due);
    m.facts.append({QString::number(overdue + due), IncidentStatusText::tr("reports due"),
                    overdue > 0 ? Tone::Bad : (due > 0 ? Tone::Warn : Tone::Good)});

    QStringList open;
    for (const domain::Incident &i : data->incidents)
        if (!i.drill && i.status != domain::IncidentStatus::Closed)
            open << nameOf(i);
    QStringList sentences;
    // What needs doing, in words; nothing when all is well (the facts say
    // it, and the page holds the rest).
    if (!open.isEmpty())
        sentences << IncidentStatusText::tr("%n incident(s) still open: %1.", nullptr,
                                            int(open.size()))
                         .arg(joinedList(open));
    sentences << legal;
    if (s.partners == 0)
        sentences << IncidentStatusText::tr("No business partner to inform is listed.");
    if (!recent)
        sentences << (s.lastReview.isValid()
                          ? IncidentStatusText::tr("The last drill or incident review was on %1.")
                                .arg(ReportText::date(s.lastReview))
                          : IncidentStatusText::tr(
                                "No incident drill, and no closed incident with its lessons, "
                                "is recorded."));
    if (s.contactsStale > 0)
        sentences << IncidentStatusText::tr(
            "%n entry(ies) of the directory not checked in the last 12 months.", nullptr,
            s.contactsStale);
    m.sentence = sentences.join(sentenceSeparator());
    markDeclared(c, score::Category::Incidents, m);

    m.metrics.append({QStringLiteral("incidents.open"), IncidentStatusText::tr("Incidents open"),
                      double(open.size()), false, 0, QString()});
    m.metrics.append({QStringLiteral("incidents.reports_overdue"),
                      IncidentStatusText::tr("Reports to the Commission overdue"), double(overdue),
                      false, 0, QString()});
    return m;
}

} // namespace

const ModuleReport &incidentsReport()
{
    static const ModuleReport part{score::Category::Incidents, incidentsStatus,
                                   incidentPrintCommands()};
    return part;
}

} // namespace report
} // namespace kamae
