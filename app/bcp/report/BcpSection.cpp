#include "report/ModuleReport.h"
#include "report/ReportText.h"

#include "bcp/BcpChecks.h"
#include "bcp/BcpScore.h"
#include "bcp/report/BcpPrintCommands.h"

// Business continuity (事業継続計画) in "Status by measure", from the BCP
// records: the plan's last version, its core businesses' recovery targets,
// what the backups and restore tests say against them, and the last
// exercise. A vault that keeps no BCP record yet gets the self-assessment's
// view, as incidents do.
namespace kamae {
namespace report {

namespace {

struct BcpStatusText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::report::BcpStatusText)
};

// Findings named in the sentence before "and n more": the page holds the
// measure, the plan's own check lists them all.
constexpr int kFindingsShown = 1;

QString listed(const QVector<bcp::Finding> &findings)
{
    QStringList texts;
    for (int i = 0; i < findings.size() && i < kFindingsShown; ++i) {
        // A finding opens with the business ("core business 2 (…): …"),
        // which starts a sentence here.
        QString text = findings.at(i).text;
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        texts << text;
    }
    QString text = texts.join(QLatin1Char(' '));
    if (findings.size() > kFindingsShown)
        text += QLatin1Char(' ') +
                BcpStatusText::tr("And %n more.", nullptr,
                                  static_cast<int>(findings.size() - kFindingsShown));
    return text;
}

std::optional<MeasureStatus> bcpStatus(const ReportContext &c)
{
    const bcp::ScoreData *data = bcp::scoreDataOf(c.input);
    const bcp::Summary s =
        data ? bcp::summarize(*data, c.input.backupJobs, c.input.backupEvents, c.today)
             : bcp::Summary{};
    if (!data || !s.anything)
        return selfAssessed(c, score::Category::Bcp, QStringLiteral("bcp"));

    MeasureStatus m;
    m.title = score::ScoreText::category(score::Category::Bcp);
    m.percent = categoryPercent(c.score, score::Category::Bcp);
    m.facts.append(scoreFact(m.percent));
    if (s.lastVersion) {
        const bool current = s.lastVersion->published.daysTo(c.today) <= bcp::kReviewIntervalDays;
        m.facts.append(
            {BcpStatusText::tr("v%1").arg(s.lastVersion->number),
             BcpStatusText::tr("published on %1").arg(ReportText::date(s.lastVersion->published)),
             current ? Tone::Good : Tone::Bad});
    } else {
        m.facts.append({QStringLiteral("—"), BcpStatusText::tr("no version of the plan published"),
                        Tone::Bad});
    }
    m.facts.append(
        {BcpStatusText::tr("%1 / %2").arg(s.businessesWithTargets).arg(s.businesses),
         BcpStatusText::tr("core businesses with RTO, RPO and their assets"),
         s.businesses > 0 && s.businessesWithTargets == s.businesses ? Tone::Good : Tone::Bad});
    m.facts.append({QString::number(s.recordFindings),
                    BcpStatusText::tr("recovery targets the backups cannot meet"),
                    s.recordFindings == 0 && s.businessesChecked > 0 ? Tone::Good : Tone::Bad});
    bcp::CheckInput input =
        bcp::checkInputOf(*data, c.input.backupJobs, c.input.backupEvents, c.today);
    for (const domain::Person &p : c.input.people)
        input.people.insert(p.id, p.name);
    const QVector<bcp::Finding> records = bcp::recordChecks(input);
    const QVector<bcp::Finding> gaps = bcp::completenessChecks(input);
    QStringList sentences;
    if (s.businessesChecked == 0)
        sentences << BcpStatusText::tr("No core business is linked to the asset register yet, so "
                                       "the plan cannot be checked against the backups.");
    else if (records.isEmpty())
        sentences << BcpStatusText::tr("The recovery targets of the %n core business(es) linked "
                                       "to assets hold against the backups and restore tests.",
                                       nullptr, s.businessesChecked);
    else
        sentences << listed(records);
    sentences << (s.lastExercise.isValid() ? BcpStatusText::tr("The last exercise was held on %1.")
                                                 .arg(ReportText::date(s.lastExercise))
                                           : BcpStatusText::tr("No exercise is recorded."));
    if (!gaps.isEmpty())
        sentences << BcpStatusText::tr("%n item(s) of the plan are not filled in yet.", nullptr,
                                       static_cast<int>(gaps.size()));
    m.sentence = sentences.join(sentenceSeparator());
    markDeclared(c, score::Category::Bcp, m);

    m.metrics.append({QStringLiteral("bcp.record_findings"),
                      BcpStatusText::tr("BCP findings against the backups"),
                      double(s.recordFindings), false, 0, QString()});
    m.metrics.append({QStringLiteral("bcp.gaps"), BcpStatusText::tr("Items the BCP leaves out"),
                      double(gaps.size()), false, 0, QString()});
    return m;
}

} // namespace

const ModuleReport &bcpReport()
{
    static const ModuleReport part{score::Category::Bcp, bcpStatus, bcpPrintCommands()};
    return part;
}

} // namespace report
} // namespace kamae
