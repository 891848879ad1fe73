#include "modules/Keys.h"
#include "modules/Module.h"

#include <QCoreApplication>

namespace kamae {
namespace assets {

Status populateDemo(modules::DemoContext &context);

} // namespace assets

namespace modules {

const ModuleInfo &assetsModule()
{
    static const ModuleInfo info = [] {
        ModuleInfo m;
        m.key = key::Assets;
        m.name = [] { return QCoreApplication::translate("kamae::modules::ModuleText", "Assets"); };
        m.tables = {QStringLiteral("asset")};
        m.reminderSources = {reminders::assetReviewReminders};
        m.factorSources = {score::assetFactors, score::accessFactors};
        m.demo = assets::populateDemo;
        return m;
    }();
    return info;
}

} // namespace modules
} // namespace kamae
