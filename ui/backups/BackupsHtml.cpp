#include "backups/BackupsHtml.h"

#include "i18n/Language.h"

namespace kamae {
namespace ui {

namespace {

QString stateSpan(reminders::ReminderState state, const QString &text)
{
    switch (state) {
    case reminders::ReminderState::Overdue:
        return QStringLiteral("<span style='color:#c62828'><b>%1</b></span>")
            .arg(text.toHtmlEscaped());
    case reminders::ReminderState::DueSoon:
        return QStringLiteral("<span style='color:#b26a00'>%1</span>").arg(text.toHtmlEscaped());
    case reminders::ReminderState::Upcoming:
        break;
    }
    return text.toHtmlEscaped();
}

QString ruleLine(const backups::RuleCheck &check)
{
    return QStringLiteral("<span style='color:%1'><b>%2 %3</b></span> — %4")
        .arg(check.met ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828"),
             check.met ? QStringLiteral("○") : QStringLiteral("×"),
             backups::BackupText::rule(check.rule).toHtmlEscaped(),
             check.explanation.toHtmlEscaped());
}

QString dueLine(const QString &label, const backups::DueCheck &check)
{
    const QString when = BackupsPageText::tr("%1 (%2)").arg(
        i18n::formatDate(check.due), backups::BackupText::state(check.state));
    return QStringLiteral("%1: %2").arg(label.toHtmlEscaped(), stateSpan(check.state, when));
}

} // namespace

QString companySummaryHtml(const backups::CompanySummary &summary)
{
    QStringList lines{backups::BackupText::companySentence(summary).toHtmlEscaped()};
    const QString separator = BackupsPageText::tr(", ", "list separator");
    QStringList failing;
    for (int r = 0; r < backups::kRuleCount; ++r)
        if (const QStringList &jobs = summary.failingJobs.at(r); !jobs.isEmpty())
            failing << BackupsPageText::tr("%1: %2")
                           .arg(backups::BackupText::rule(static_cast<backups::Rule>(r)),
                                jobs.join(separator))
                           .toHtmlEscaped();
    if (!failing.isEmpty())
        lines << QStringLiteral("<span style='color:#c62828'>%1</span>")
                     .arg(BackupsPageText::tr("Not met — %1")
                              .toHtmlEscaped()
                              .arg(failing.join(QStringLiteral("; "))));
    return lines.join(QStringLiteral("<br>"));
}

QString jobRulesHtml(const domain::BackupJob &job, const backups::JobStatus &status)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(job.name.toHtmlEscaped())};
    for (const backups::RuleCheck &c : status.rules)
        lines << ruleLine(c);
    lines << QString();
    const std::pair<QString, const backups::DueCheck *> duties[] = {
        {BackupsPageText::tr("Next run expected"), &status.run},
        {BackupsPageText::tr("Next restore test due"), &status.restoreTest},
        {BackupsPageText::tr("Next air-gap check due"), &status.airGapCheck}};
    for (const auto &[label, check] : duties)
        if (check->applies)
            lines << dueLine(label, *check);
    return lines.join(QStringLiteral("<br>"));
}

} // namespace ui
} // namespace kamae
