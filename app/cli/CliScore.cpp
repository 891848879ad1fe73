#include "cli/CliSupport.h"
#include "core/Clock.h"
#include "i18n/Language.h"
#include "score/Score.h"
#include "score/ScoreJson.h"
#include "score/Snapshots.h"
#include "score/ScoreRepository.h"

#include <QJsonDocument>
#include <QTextStream>

namespace kamae {
namespace cli {

namespace {

QString signedPoints(double change)
{
    const double rounded = score::roundedPoints(change);
    return (rounded > 0 ? QStringLiteral("+") : QString()) + QString::number(rounded, 'f', 1);
}

void printText(const score::Score &s, const score::Trend &trend, QTextStream &out)
{
    out << Cli::tr("Posture score: %1 / 100").arg(s.rounded());
    if (trend.sinceLast)
        out << Cli::tr(" (%1 since %2)")
                   .arg(signedPoints(*trend.sinceLast), i18n::formatDate(trend.lastDay));
    out << Qt::endl
        << Cli::tr("Of these, %1 points rest on records and %2 on self-assessment answers "
                   "(self-declared).")
               .arg(QString::number(score::roundedPoints(s.recordPoints()), 'f', 1),
                    QString::number(score::roundedPoints(s.answerPoints), 'f', 1))
        << Qt::endl
        << Qt::endl;
    for (const score::CategoryScore &c : s.categories) {
        out << score::ScoreText::category(c.category) << '\t';
        if (!c.measured)
            out << c.percent() << "%\t"
                << Cli::tr("%1 of %2 points")
                       .arg(QStringLiteral("0.0"), QString::number(c.weight, 'f', 1))
                << '\t' << score::ScoreText::notRecorded();
        else {
            out << c.percent() << "%\t"
                << Cli::tr("%1 of %2 points")
                       .arg(QString::number(score::roundedPoints(c.points), 'f', 1),
                            QString::number(score::roundedPoints(c.weight), 'f', 1));
            if (score::roundedPoints(c.answerPoints) > 0)
                out << '\t'
                    << Cli::tr("%1 self-declared")
                           .arg(QString::number(score::roundedPoints(c.answerPoints), 'f', 1));
        }
        out << Qt::endl;
    }
    out << Qt::endl;
    for (const score::KindScore &k : s.kinds)
        out << score::ScoreText::kind(k.kind) << '\t' << k.percent() << '%' << Qt::endl;
    out << Qt::endl << Cli::tr("Next actions:") << Qt::endl;
    int n = 0;
    for (const score::Action &a : score::rankedActions(s, score::kNextActionCount))
        out << ++n << ". " << a.text << '\t'
            << Cli::tr("+%1 points").arg(QString::number(score::roundedPoints(a.points), 'f', 1))
            << '\t' << score::ScoreText::effort(a.effort) << Qt::endl;
    if (n == 0)
        out << Cli::tr("Nothing: every factor is at its full value.") << Qt::endl;
}

} // namespace

int runScore(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.positional.size() != 1)
        return fail(err, Cli::tr("Usage: kamae score VAULT [--json] [--snapshot]"), UsageError);
    const bool snapshot = inv.has(QStringLiteral("snapshot"));
    int rc = Success;
    auto v =
        unlock(inv, err, snapshot ? vault::OpenMode::ReadWrite : vault::OpenMode::ReadOnly, &rc);
    if (!v)
        return rc;
    const QDate today = clock::today();
    auto input = score::loadScoreInput(v->database());
    if (!input)
        return fail(err, input.error());
    const score::Score s = score::computeScore(*input, today);
    if (snapshot) {
        if (auto taken = score::takeSnapshotNow(v->database(), today); !taken)
            return fail(err, taken.error());
        if (vault::VaultStatus saved = v->save(); !saved)
            return fail(err, saved);
    }
    auto snapshots = store::ScoreRepository(v->database()).snapshots();
    if (!snapshots)
        return fail(err, snapshots.error());
    // The change is against the days before today, so today's snapshot
    // (just taken or not) does not hide it.
    if (inv.has(QStringLiteral("json"))) {
        out << QJsonDocument(score::scoreJson(s, *input, *snapshots))
                   .toJson(QJsonDocument::Indented);
        return Success;
    }
    printText(s, score::trendOf(*snapshots, s.total, today), out);
    if (snapshot)
        out << Cli::tr("Today's snapshot is stored.") << Qt::endl;
    return Success;
}

} // namespace cli
} // namespace kamae
