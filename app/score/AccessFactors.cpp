#include "score/FactorSupport.h"

#include <QCoreApplication>

// 認証の強化: whatever can be logged in to from the internet asks for a
// second factor.
namespace kamae {
namespace score {

namespace {

struct AccessFactorText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::AccessFactorText)
};
using namespace support;

} // namespace

QVector<Factor> accessFactors(const ScoreInput &input, const QDate &today)
{
    Q_UNUSED(today)
    Factor f = factor("mfa.internet_facing", Category::Authentication, MeasureKind::Technical, 3,
                      modules::key::Assets);
    f.title = AccessFactorText::tr("MFA on internet-facing logins");
    QVector<const domain::Asset *> off;
    qint64 n = 0;
    for (const domain::Asset &a : input.assets) {
        if (!a.internetFacing || a.mfa == domain::Mfa::NotApplicable)
            continue;
        ++n;
        if (a.mfa == domain::Mfa::Off)
            off.append(&a);
    }
    if (input.assets.isEmpty()) {
        // An empty register says nothing about logins.
        f.measured = false;
        f.inputs = AccessFactorText::tr("The asset register is empty.");
        f.actions.append(startRegister(f.id));
        return {f};
    }
    f.applies = n > 0;
    f.value = share(n - off.size(), n);
    f.inputs = AccessFactorText::tr("MFA is on for %1 of %n internet-facing login(s).", nullptr,
                                    static_cast<int>(n))
                   .arg(n - off.size());
    for (int i = 0; i < off.size(); ++i) {
        if (i == kRecordActionsPerFactor) {
            const int rest = static_cast<int>(off.size() - i);
            f.actions.append(
                action(f.id + QStringLiteral(":more"),
                       AccessFactorText::tr("Turn on MFA for %n more internet-facing login(s)",
                                            nullptr, rest),
                       share(rest, n), Effort::Days, modules::key::Assets));
            break;
        }
        const domain::Asset *a = off.at(i);
        f.actions.append(action(f.id + QLatin1Char(':') + QString::number(a->id),
                                AccessFactorText::tr("Turn on MFA for “%1”").arg(a->name),
                                share(1, n), Effort::Hours, modules::key::Assets, a->id));
    }
    return {f};
}

} // namespace score
} // namespace kamae
