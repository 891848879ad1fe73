#include "score/ScoreTypes.h"

#include "modules/Registry.h"

#include "score/Score.h"

namespace kamae {
namespace score {

double categoryWeight(Category category)
{
    // The measures that stop or undo a ransomware attack weigh most.
    switch (category) {
    case Category::Assets:
        return 15;
    case Category::Vulnerabilities:
        return 20;
    case Category::Authentication:
        return 10;
    case Category::Backups:
        return 20;
    case Category::Education:
        return 10;
    case Category::Bcp:
        return 10;
    case Category::Incidents:
        return 10;
    case Category::SupplyChain:
        return 5;
    }
    return 0;
}

QString categoryKey(Category category)
{
    switch (category) {
    case Category::Assets:
        return QStringLiteral("assets");
    case Category::Vulnerabilities:
        return QStringLiteral("vulnerabilities");
    case Category::Authentication:
        return QStringLiteral("authentication");
    case Category::Backups:
        return QStringLiteral("backups");
    case Category::Education:
        return QStringLiteral("education");
    case Category::Bcp:
        return QStringLiteral("bcp");
    case Category::Incidents:
        return QStringLiteral("incidents");
    case Category::SupplyChain:
        return QStringLiteral("supply_chain");
    }
    return {};
}

QString kindKey(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::Technical:
        return QStringLiteral("technical");
    case MeasureKind::Physical:
        return QStringLiteral("physical");
    case MeasureKind::Human:
        return QStringLiteral("human");
    }
    return {};
}

QString effortKey(Effort effort)
{
    switch (effort) {
    case Effort::Minutes:
        return QStringLiteral("minutes");
    case Effort::Hours:
        return QStringLiteral("hours");
    case Effort::Days:
        return QStringLiteral("days");
    }
    return {};
}

QString placeKey(const Place &place)
{
    return place;
}

QString basisKey(Basis basis)
{
    return basis == Basis::Answers ? QStringLiteral("answers") : QStringLiteral("records");
}

QString ScoreText::category(Category category)
{
    switch (category) {
    case Category::Assets:
        return tr("Information assets");
    case Category::Vulnerabilities:
        return tr("Vulnerabilities & patches");
    case Category::Authentication:
        return tr("Authentication & MFA");
    case Category::Backups:
        return tr("Backups & offline copies");
    case Category::Education:
        return tr("Education & drills");
    case Category::Bcp:
        return tr("Business continuity (BCP)");
    case Category::Incidents:
        return tr("Incident response");
    case Category::SupplyChain:
        return tr("Supply chain & overseas");
    }
    return {};
}

QString ScoreText::kind(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::Technical:
        return tr("Technical");
    case MeasureKind::Physical:
        return tr("Physical");
    case MeasureKind::Human:
        return tr("Human");
    }
    return {};
}

QString ScoreText::effort(Effort effort)
{
    switch (effort) {
    case Effort::Minutes:
        return tr("Minutes");
    case Effort::Hours:
        return tr("Hours");
    case Effort::Days:
        return tr("Days");
    }
    return {};
}

QString ScoreText::place(const Place &place)
{
    if (place == modules::key::Dashboard)
        return tr("Dashboard");
    return modules::displayName(place);
}

QString ScoreText::basis(Basis basis)
{
    return basis == Basis::Answers ? tr("Self-declared") : tr("Records");
}

QString ScoreText::notRecorded()
{
    return tr("not recorded");
}

QString ScoreText::pointsWithDeclared(double points, double answerPoints)
{
    // Both from their one-decimal values, as everywhere else.
    const int shown = displayedScore(points);
    const int declared = displayedScore(answerPoints);
    if (declared <= 0)
        return QString::number(shown);
    return tr("%1 (of which %2 self-declared)").arg(shown).arg(declared);
}

} // namespace score
} // namespace kamae
