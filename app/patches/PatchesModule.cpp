#include "modules/Keys.h"
#include "modules/Module.h"

#include <QCoreApplication>

namespace kamae {
namespace patches {

Status populateDemo(modules::DemoContext &context);

} // namespace patches

namespace modules {

const ModuleInfo &patchesModule()
{
    static const ModuleInfo info = [] {
        ModuleInfo m;
        m.key = key::Patches;
        m.name = [] { return QCoreApplication::translate("kamae::modules::ModuleText", "Patches"); };
        m.tables = {QStringLiteral("patch_item"), QStringLiteral("feed"), QStringLiteral("feed_entry"), QStringLiteral("match_dismissal"), QStringLiteral("product_alias")};
        m.reminderSources = {reminders::patchReminders};
        m.factorSources = {score::patchFactors};
        m.demo = patches::populateDemo;
        return m;
    }();
    return info;
}

} // namespace modules
} // namespace kamae
