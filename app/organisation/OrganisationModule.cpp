#include "modules/Keys.h"
#include "modules/Module.h"
#include "organisation/PeopleCommands.h"

#include <QCoreApplication>

namespace kamae {
namespace organisation {

Status populateDemo(modules::DemoContext &context);

} // namespace organisation

namespace modules {

const ModuleInfo &organisationModule()
{
    static const ModuleInfo info = [] {
        ModuleInfo m;
        m.key = key::Organisation;
        m.name = [] { return QCoreApplication::translate("kamae::modules::ModuleText", "Organisation"); };
        m.tables = {QStringLiteral("organisation"), QStringLiteral("site"), QStringLiteral("person"), QStringLiteral("action_owner")};
        m.reminderSources = {};
        m.factorSources = {};
        m.demo = organisation::populateDemo;
        m.commands = organisation::peopleCommands();
        return m;
    }();
    return info;
}

} // namespace modules
} // namespace kamae
