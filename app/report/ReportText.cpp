#include "report/ReportText.h"

#include "i18n/Language.h"
#include "score/Score.h"
#include "score/ScoreBands.h"

namespace kamae {
namespace report {

QString ReportText::period(Period period)
{
    switch (period) {
    case Period::Last90Days:
        return tr("the last 90 days");
    case Period::ThisQuarter:
        return tr("this quarter");
    case Period::Last12Months:
        return tr("the last 12 months");
    }
    return {};
}

QString ReportText::percent(int percent)
{
    return tr("%1 %").arg(percent);
}

QString ReportText::points(double points)
{
    return tr("%1 points").arg(QString::number(score::roundedPoints(points), 'f', 1));
}

QString ReportText::signedPoints(double points)
{
    const double rounded = score::roundedPoints(points);
    if (rounded > 0)
        return QStringLiteral("+") + QString::number(rounded, 'f', 1);
    if (rounded < 0)
        return QStringLiteral("−") + QString::number(-rounded, 'f', 1);
    return QStringLiteral("±0.0");
}

QString ReportText::wholePoints(int points)
{
    // Two sentences rather than "%n": English plural forms need a
    // translation file, and these read right without one.
    return qAbs(points) == 1 ? tr("1 point") : tr("%1 points").arg(points);
}

QString ReportText::signedWhole(int points)
{
    if (points > 0)
        return QStringLiteral("+%1").arg(points);
    if (points < 0)
        return QStringLiteral("−%1").arg(-points);
    return QStringLiteral("±0");
}

QString ReportText::selfDeclaredMark()
{
    return QStringLiteral("†");
}

QString ReportText::selfDeclaredLegend()
{
    return tr("%1 Rests in part or entirely on the company's own answers in the self-assessment "
              "(self-declared), not on records.")
        .arg(selfDeclaredMark());
}

QString ReportText::date(const QDate &date)
{
    return i18n::formatDate(date);
}

QString ReportText::span(const QDate &from, const QDate &to)
{
    return tr("%1 – %2").arg(i18n::formatDate(from), i18n::formatDate(to));
}

QString ReportText::notAssigned()
{
    return tr("not assigned");
}

Tone toneForScore(double score)
{
    switch (score::scoreBand(score)) {
    case score::ScoreBand::Good:
        return Tone::Good;
    case score::ScoreBand::Fair:
        return Tone::Warn;
    case score::ScoreBand::Poor:
        break;
    }
    return Tone::Bad;
}

Tone toneForProblems(int count)
{
    return count == 0 ? Tone::Good : Tone::Bad;
}

QString sentenceSeparator()
{
    return i18n::currentLanguage() == QLatin1String("ja") ? QString() : QStringLiteral(" ");
}

QString joinedList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    if (i18n::currentLanguage() == QLatin1String("ja"))
        return items.join(QStringLiteral("、"));
    return ReportText::tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

} // namespace report
} // namespace kamae
