#include "modules/Keys.h"
#include "modules/Module.h"

#include <QCoreApplication>

namespace kamae {
namespace backups {

Status populateDemo(modules::DemoContext &context);

} // namespace backups

namespace modules {

const ModuleInfo &backupsModule()
{
    static const ModuleInfo info = [] {
        ModuleInfo m;
        m.key = key::Backups;
        m.name = [] { return QCoreApplication::translate("kamae::modules::ModuleText", "Backups"); };
        m.tables = {QStringLiteral("backup_job"), QStringLiteral("backup_copy"), QStringLiteral("backup_event"), QStringLiteral("backup_protects")};
        m.reminderSources = {reminders::backupReminders};
        m.factorSources = {score::backupFactors};
        m.demo = backups::populateDemo;
        return m;
    }();
    return info;
}

} // namespace modules
} // namespace kamae
