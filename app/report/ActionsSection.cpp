#include "report/ReportText.h"

#include "modules/Registry.h"
#include "report/Sections.h"

#include "backups/BackupRules.h"
#include "i18n/Language.h"
#include "reminders/Reminders.h"
#include "score/Owners.h"
#include "score/SelfCheck.h"

#include <algorithm>

namespace kamae {
namespace report {

using modules::modulesWithDuties;

namespace {

struct ActionsText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::report::ActionsText)
};

constexpr int kTopRisks = 5;

constexpr int kOverdueRows = 6;

// The action's own owner, else its record's (a patch item's, else its
// asset's), else empty ("not assigned"): score::ownerOfAction.
QString ownerOf(const ReportContext &c, const score::Action &a)
{
    return score::ownerName(c.input, score::ownerOfAction(c.input, a));
}

// The reminder that dates an action: the record's own due date.
const reminders::Reminder *reminderFor(const ReportContext &c, const score::Action &a)
{
    if (a.recordId == 0)
        return nullptr;
    const QString factor = a.key.section(QLatin1Char(':'), 0, 0);
    QStringList kinds;
    if (factor.startsWith(QLatin1String("patches.")))
        kinds = {reminders::kind::PatchDue, reminders::kind::RiskReview};
    else if (factor == QLatin1String("backups.restore_test"))
        kinds = {reminders::kind::RestoreTest};
    else if (factor == QLatin1String("backups.air_gap"))
        kinds = {reminders::kind::AirGapCheck};
    else if (factor == QLatin1String("backups.runs"))
        kinds = {reminders::kind::BackupRun};
    else if (factor == QLatin1String("assets.reviewed"))
        kinds = {reminders::kind::AssetReview};
    const reminders::Reminder *found = nullptr;
    for (const reminders::Reminder &r : c.reminders) {
        if (r.recordId == a.recordId && kinds.contains(r.kind) && (!found || r.due < found->due))
            found = &r;
    }
    return found;
}

// No record date: a target by effort, so that the list can be followed up.
int targetDays(score::Effort effort)
{
    switch (effort) {
    case score::Effort::Minutes:
        return 7;
    case score::Effort::Hours:
        return 14;
    case score::Effort::Days:
        return 30;
    }
    return 30;
}

// The factor's title, marked when it rests on the self-assessment's answers.
QString factorTitle(const score::Factor &f)
{
    if (f.basis == score::Basis::Answers)
        return f.title + QStringLiteral(" ") + ReportText::selfDeclaredMark();
    return f.title;
}

} // namespace

QString findingOf(const ReportContext &c, const score::Factor &f)
{
    if (f.basis != score::Basis::Answers || !f.id.startsWith(QLatin1String("self.")))
        return f.inputs;
    const QString key = f.id.mid(5);
    const score::Question *q = score::findQuestion(key);
    if (!q)
        return f.inputs;
    const QString what = score::SelfCheckText::shortTitle(key);
    if (!c.input.assessment)
        return ActionsText::tr("%1: not assessed yet (no self-assessment)").arg(what);
    const QString taken = ReportText::date(c.input.assessment->taken);
    switch (c.input.assessment->answer(key)) {
    case score::Answer::Unanswered:
        return ActionsText::tr("%1: left unanswered (self-assessment of %2)").arg(what, taken);
    case score::Answer::DontKnow:
        return ActionsText::tr("%1: not known whether in place (self-assessment of %2)")
            .arg(what, taken);
    case score::Answer::NotImplemented:
        return ActionsText::tr("%1: not in place (self-assessment of %2)").arg(what, taken);
    case score::Answer::Partly:
        return ActionsText::tr("%1: only partly in place (self-assessment of %2)").arg(what, taken);
    case score::Answer::Implemented:
        if (f.value < 1.0)
            return ActionsText::tr("%1: declared in place (self-assessment of %2), but the "
                                   "records disagree; counted as partly in place")
                .arg(what, taken);
        return ActionsText::tr("%1: in place (self-assessment of %2)").arg(what, taken);
    }
    return f.inputs;
}

QString actionText(const ReportContext &c, const score::Action &a)
{
    const QString factor = a.key.section(QLatin1Char(':'), 0, 0);
    if (a.group == QLatin1String("self.unanswered")) {
        int open = 0;
        for (const score::Question &q : score::questions()) {
            if (!c.input.assessment ||
                c.input.assessment->answer(q.key) == score::Answer::Unanswered)
                ++open;
        }
        if (!c.input.assessment)
            return ActionsText::tr("Carry out the security self-assessment (%1 questions)")
                .arg(open);
        return open == 1 ? ActionsText::tr("Complete the security self-assessment (one question "
                                           "still unanswered)")
                         : ActionsText::tr("Complete the security self-assessment (%1 questions "
                                           "still unanswered)")
                               .arg(open);
    }
    if (factor.startsWith(QLatin1String("self.")) && a.key.endsWith(QLatin1String(":evidence")))
        return ActionsText::tr("Resolve why the records contradict “%1”")
            .arg(score::SelfCheckText::shortTitle(factor.mid(5)));
    if (factor.startsWith(QLatin1String("self.")) && c.input.assessment &&
        c.input.assessment->answer(factor.mid(5)) == score::Answer::DontKnow)
        return ActionsText::tr("Find out whether this is in place: %1")
            .arg(score::SelfCheckText::shortTitle(factor.mid(5)));
    if (a.key == QLatin1String("patches.current:stale")) {
        // Not "… and record the date": the update is the company's work.
        const QDate limit = c.today.addDays(-c.input.patchPolicy.staleAssetDays);
        int stale = 0;
        for (const domain::Asset &asset : c.input.assets) {
            if ((asset.kind == domain::AssetKind::Device ||
                 asset.kind == domain::AssetKind::Software) &&
                !asset.endOfSupport && (!asset.lastUpdated.isValid() || asset.lastUpdated < limit))
                ++stale;
        }
        return stale == 1 ? ActionsText::tr("Update the device or software not updated for %1 days")
                                .arg(c.input.patchPolicy.staleAssetDays)
                          : ActionsText::tr("Update the %1 devices and software not updated for "
                                            "%2 days")
                                .arg(stale)
                                .arg(c.input.patchPolicy.staleAssetDays);
    }
    if (factor == QLatin1String("backups.runs") && a.recordId != 0) {
        for (const domain::BackupJob &job : c.input.backupJobs) {
            if (job.id != a.recordId)
                continue;
            const backups::JobStatus st =
                backups::jobStatus(job, backups::summarize(job.id, c.input.backupEvents), c.today);
            if (!st.run.lastDone.isValid())
                return ActionsText::tr("Start the backup “%1” and keep a log of its runs")
                    .arg(job.name);
        }
    }
    return a.text;
}

namespace {

Table risksTable(const ReportContext &c)
{
    QVector<const score::Factor *> lost;
    for (const score::Factor &f : c.score.factors) {
        if (f.applies && score::roundedPoints(f.lost()) >= 0.1)
            lost.append(&f);
    }
    std::stable_sort(lost.begin(), lost.end(), [](const score::Factor *a, const score::Factor *b) {
        return a->lost() > b->lost();
    });
    Table t;
    t.columns = {{ActionsText::tr("Risk"), 5, Align::Left},
                 {ActionsText::tr("Finding"), 6, Align::Left},
                 {ActionsText::tr("Points lost"), 2, Align::Right}};
    for (int i = 0; i < lost.size() && i < kTopRisks; ++i) {
        const score::Factor &f = *lost.at(i);
        t.rows.append(
            {Cell{factorTitle(f), Tone::Neutral, true}, Cell{findingOf(c, f), Tone::Neutral, false},
             Cell{QString::number(score::roundedPoints(f.lost()), 'f', 1), Tone::Bad, false}});
    }
    t.emptyText = ActionsText::tr("No measured factor loses points.");
    return t;
}

Table actionsTable(const ReportContext &c, bool *anyTarget)
{
    Table t;
    // Gain and effort side by side: the order is gain divided by effort.
    t.columns = {
        {QStringLiteral("#"), 1, Align::Right},     {ActionsText::tr("Action"), 8, Align::Left},
        {ActionsText::tr("Owner"), 3, Align::Left}, {ActionsText::tr("Due"), 4, Align::Left},
        {ActionsText::tr("Gain"), 2, Align::Right}, {ActionsText::tr("Effort"), 2, Align::Left}};
    int n = 0;
    for (const score::Action &a : score::rankedActions(c.score, score::kNextActionCount)) {
        const QString owner = ownerOf(c, a);
        Cell due;
        if (const reminders::Reminder *r = reminderFor(c, a); r && r->due.isValid()) {
            due.text = ReportText::date(r->due);
            if (r->state == reminders::ReminderState::Overdue) {
                due.text = ActionsText::tr("%1 (overdue)").arg(due.text);
                due.tone = Tone::Bad;
            }
        } else {
            due.text = ActionsText::tr("%1 *").arg(
                ReportText::date(c.today.addDays(targetDays(a.effort))));
            *anyTarget = true;
        }
        t.rows.append({Cell{QString::number(++n)}, Cell{actionText(c, a)},
                       owner.isEmpty() ? Cell{ReportText::notAssigned(), Tone::Muted} : Cell{owner},
                       due,
                       a.actionOnly ? Cell{ActionsText::tr("no points"), Tone::Muted}
                                    : Cell{ReportText::signedPoints(a.points), Tone::Good},
                       Cell{score::ScoreText::effort(a.effort)}});
    }
    t.emptyText = ActionsText::tr("Nothing to do: every factor is at its full value.");
    return t;
}

} // namespace

void buildActions(const ReportContext &c, ReportParts &parts)
{
    Section section;
    section.id = QStringLiteral("actions");
    section.title = ActionsText::tr("Top risks and next actions");

    section.blocks.append(SubHeading{ActionsText::tr("Where the most points are lost")});
    const Table risks = risksTable(c);
    section.blocks.append(risks);
    if (std::any_of(risks.rows.cbegin(), risks.rows.cend(), [](const QVector<Cell> &row) {
            return row.first().text.endsWith(ReportText::selfDeclaredMark());
        }))
        section.blocks.append(Paragraph{ReportText::selfDeclaredLegend(), true, Tone::Muted});

    section.blocks.append(SubHeading{ActionsText::tr("Next actions")});
    bool anyTarget = false;
    section.blocks.append(actionsTable(c, &anyTarget));
    QString note = ActionsText::tr("Ranked by the points an action wins divided by its effort "
                                   "(minutes, hours or days of work). The gain is in points of "
                                   "the 100.");
    if (anyTarget)
        note +=
            sentenceSeparator() + ActionsText::tr("* A target date Kamae proposes from the "
                                                  "effort; the other dates are the records' own.");
    section.blocks.append(Paragraph{note, true, Tone::Muted});

    section.blocks.append(SubHeading{ActionsText::tr("Overdue, by module")});
    Facts facts;
    QVector<const reminders::Reminder *> overdue;
    int soon = 0;
    for (const reminders::Reminder &r : c.reminders) {
        if (r.state == reminders::ReminderState::Overdue)
            overdue.append(&r);
        else if (r.state == reminders::ReminderState::DueSoon)
            ++soon;
    }
    for (const QString &m : modulesWithDuties()) {
        const int n =
            int(std::count_if(overdue.cbegin(), overdue.cend(),
                              [&m](const reminders::Reminder *r) { return r->module == m; }));
        facts.items.append(
            {QString::number(n),
             ActionsText::tr("overdue in %1").arg(reminders::ReminderText::module(m)),
             toneForProblems(n)});
        parts.metrics.append(
            {QStringLiteral("overdue.") + m,
             ActionsText::tr("Overdue in %1").arg(reminders::ReminderText::module(m)), double(n),
             false, 0, QString()});
    }
    facts.items.append({QString::number(soon),
                        ActionsText::tr("due within %n day(s)", nullptr, reminders::kDueSoonDays),
                        soon > 0 ? Tone::Warn : Tone::Neutral});
    section.blocks.append(facts);

    if (!overdue.isEmpty()) {
        Table t;
        t.columns = {{ActionsText::tr("Module"), 2, Align::Left},
                     {ActionsText::tr("Overdue item"), 7, Align::Left},
                     {ActionsText::tr("Due"), 3, Align::Left},
                     {ActionsText::tr("Late"), 3, Align::Left}};
        for (int i = 0; i < overdue.size() && i < kOverdueRows; ++i) {
            const reminders::Reminder &r = *overdue.at(i);
            t.rows.append({Cell{reminders::ReminderText::module(r.module)}, Cell{r.title},
                           Cell{r.due.isValid() ? ReportText::date(r.due) : QString()},
                           Cell{reminders::ReminderText::when(r, c.today), Tone::Bad}});
        }
        // The rest as the table's last row, so that the note never lands
        // alone at the top of a page.
        if (overdue.size() > kOverdueRows)
            t.rows.append({Cell{QStringLiteral("…"), Tone::Muted},
                           Cell{ActionsText::tr("and %1 more overdue items")
                                    .arg(overdue.size() - kOverdueRows),
                                Tone::Muted},
                           Cell{}, Cell{}});
        section.blocks.append(t);
    }
    parts.metrics.append({QStringLiteral("overdue.total"), ActionsText::tr("Overdue items"),
                          double(overdue.size()), false, 0, QString()});
    parts.document.sections.append(section);
}

} // namespace report
} // namespace kamae
