#include "incidents/IncidentsModule.h"

#include "incidents/IncidentCommands.h"
#include "incidents/IncidentSchema.h"
#include "incidents/IncidentScore.h"
#include "modules/Module.h"

#include <QCoreApplication>

namespace kamae {
namespace incidents {

QStringList moduleTables()
{
    return {QStringLiteral("incident_contact"),  QStringLiteral("incident_partner"),
            QStringLiteral("incident"),          QStringLiteral("incident_asset"),
            QStringLiteral("incident_timeline"), QStringLiteral("incident_action"),
            QStringLiteral("incident_step"),     QStringLiteral("incident_tick")};
}

Status populateDemo(modules::DemoContext &context);

} // namespace incidents

namespace modules {

// The incidents module (issue 19): whom to call, whom to inform, the
// incident log with its legal clock, and the playbooks.
const ModuleInfo &incidentsModule()
{
    static const ModuleInfo info = [] {
        ModuleInfo m;
        m.key = incidents::ModuleKey;
        m.name = [] {
            return QCoreApplication::translate("kamae::modules::ModuleText",
                                               "Incidents & contacts");
        };
        m.tables = incidents::moduleTables();
        m.schema = incidents::incidentSchema;
        m.reminderSources = {incidents::incidentReminderSource};
        m.factorSources = {incidents::incidentFactors};
        m.evidence = incidents::incidentEvidence;
        m.loadScoreData = incidents::loadScoreData;
        m.demo = incidents::populateDemo;
        m.commands = incidents::incidentCommands();
        return m;
    }();
    return info;
}

} // namespace modules
} // namespace kamae
