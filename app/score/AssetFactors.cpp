#include "domain/AssetRules.h"
#include "score/FactorSupport.h"

#include <QCoreApplication>

// 情報資産の把握: the register exists, covers every kind of asset, is
// classified and is reviewed.
namespace kamae {
namespace score {

namespace {

struct AssetFactorText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::score::AssetFactorText)
};
using namespace support;

// The register's four groups; software and cloud services are one group.
enum Group
{
    DataGroup = 0,
    DeviceGroup = 1,
    SoftwareGroup = 2,
    AccountGroup = 3,
    kGroupCount = 4
};

Group groupOf(domain::AssetKind kind)
{
    switch (kind) {
    case domain::AssetKind::Data:
        return DataGroup;
    case domain::AssetKind::Device:
        return DeviceGroup;
    case domain::AssetKind::Software:
    case domain::AssetKind::CloudService:
        return SoftwareGroup;
    case domain::AssetKind::Account:
        return AccountGroup;
    }
    return DataGroup;
}

QString registerAction(int group)
{
    switch (group) {
    case DataGroup:
        return AssetFactorText::tr(
            "Register your important data (customer lists, accounts, drawings)");
    case DeviceGroup:
        return AssetFactorText::tr("Register your devices (PCs, servers, routers, phones)");
    case SoftwareGroup:
        return AssetFactorText::tr("Register your software and cloud services");
    default:
        return AssetFactorText::tr("Register your accounts (mail, cloud, administrator logins)");
    }
}

} // namespace

// The one action that measures what an empty register cannot: the factors
// of other measures that count assets (MFA, backup coverage) use it too, and
// the next actions show it once (group "assets.register").
Action support::startRegister(const QString &factorId)
{
    Action a = action(factorId,
                      AssetFactorText::tr("Start the asset register: list your data, "
                                          "devices, software and accounts"),
                      1.0, Effort::Hours, modules::key::Assets);
    a.group = QStringLiteral("assets.register");
    return a;
}

namespace {

Effort effortFor(qint64 records)
{
    return records <= 20 ? Effort::Hours : Effort::Days;
}

} // namespace

QVector<Factor> assetFactors(const ScoreInput &input, const QDate &today)
{
    const QVector<domain::Asset> &assets = input.assets;
    const qint64 total = assets.size();
    bool present[kGroupCount] = {};
    qint64 classified = 0;
    qint64 reviewed = 0;
    for (const domain::Asset &a : assets) {
        present[groupOf(a.kind)] = true;
        classified += domain::isClassified(a) ? 1 : 0;
        reviewed += domain::needsReview(a, today) ? 0 : 1;
    }

    Factor kinds =
        factor("assets.register", Category::Assets, MeasureKind::Technical, 2, modules::key::Assets);
    kinds.title = AssetFactorText::tr("The register covers data, devices, software and accounts");
    int groups = 0;
    for (bool p : present)
        groups += p ? 1 : 0;
    kinds.value = share(groups, kGroupCount);
    if (total == 0) {
        kinds.measured = false;
        kinds.inputs = AssetFactorText::tr("The asset register is empty.");
        kinds.actions.append(startRegister(kinds.id));
    } else {
        kinds.inputs = AssetFactorText::tr("%n asset(s) registered, covering %1 of the 4 kinds.",
                                           nullptr, static_cast<int>(total))
                           .arg(groups);
        for (int g = 0; g < kGroupCount; ++g) {
            if (!present[g])
                kinds.actions.append(action(kinds.id + QLatin1Char(':') + QString::number(g),
                                            registerAction(g), 1.0 / kGroupCount, Effort::Hours,
                                            modules::key::Assets));
        }
    }

    Factor classes =
        factor("assets.classified", Category::Assets, MeasureKind::Technical, 3, modules::key::Assets);
    classes.title = AssetFactorText::tr("Assets with an owner department and C/I/A ratings");
    classes.measured = total > 0;
    classes.value = share(classified, total);
    classes.inputs =
        AssetFactorText::tr("%1 of %n asset(s) have an owner department and all three ratings.",
                            nullptr, static_cast<int>(total))
            .arg(classified);
    if (total == 0) {
        classes.inputs = kinds.inputs;
        classes.actions.append(startRegister(classes.id));
    } else if (total > classified)
        classes.actions.append(
            action(classes.id,
                   AssetFactorText::tr("Give %n asset(s) an owner department and C/I/A ratings",
                                       nullptr, static_cast<int>(total - classified)),
                   share(total - classified, total), effortFor(total - classified), modules::key::Assets));

    Factor review =
        factor("assets.reviewed", Category::Assets, MeasureKind::Technical, 2, modules::key::Assets);
    review.title = AssetFactorText::tr("Assets reviewed in the last 12 months");
    review.measured = total > 0;
    review.value = share(reviewed, total);
    review.inputs = AssetFactorText::tr("%1 of %n asset(s) were reviewed in the last 12 months.",
                                        nullptr, static_cast<int>(total))
                        .arg(reviewed);
    if (total == 0) {
        review.inputs = kinds.inputs;
        review.actions.append(startRegister(review.id));
    } else if (total > reviewed)
        review.actions.append(
            action(review.id,
                   AssetFactorText::tr("Review %n asset(s) not reviewed for a year", nullptr,
                                       static_cast<int>(total - reviewed)),
                   share(total - reviewed, total), effortFor(total - reviewed), modules::key::Assets));
    return {kinds, classes, review};
}

} // namespace score
} // namespace kamae
