#include "bcp/BcpModule.h"

#include "bcp/BcpCommands.h"
#include "bcp/BcpSchema.h"
#include "bcp/BcpScore.h"
#include "modules/Module.h"

#include <QCoreApplication>

namespace kamae {
namespace bcp {

QStringList moduleTables()
{
    return {QStringLiteral("bcp_section"),    QStringLiteral("bcp_role"),
            QStringLiteral("bcp_business"),   QStringLiteral("bcp_business_asset"),
            QStringLiteral("bcp_partner"),    QStringLiteral("bcp_alternative"),
            QStringLiteral("bcp_bottleneck"), QStringLiteral("bcp_investment"),
            QStringLiteral("bcp_contact"),    QStringLiteral("bcp_insurance"),
            QStringLiteral("bcp_exercise"),   QStringLiteral("bcp_exercise_participant"),
            QStringLiteral("bcp_action"),     QStringLiteral("bcp_version"),
            QStringLiteral("bcp_plan")};
}

Status populateDemo(modules::DemoContext &context);

} // namespace bcp

namespace modules {

// The BCP module (issue 18): the plan after the SME Agency's guideline,
// its checks against the assets and backups, exercises and versions.
const ModuleInfo &bcpModule()
{
    static const ModuleInfo info = [] {
        ModuleInfo m;
        m.key = bcp::ModuleKey;
        m.name = [] {
            return QCoreApplication::translate("kamae::modules::ModuleText", "BCP");
        };
        m.tables = bcp::moduleTables();
        m.schema = bcp::bcpSchema;
        m.reminderSources = {bcp::bcpReminderSource};
        m.factorSources = {bcp::bcpFactors};
        m.evidence = bcp::bcpEvidence;
        m.loadScoreData = bcp::loadScoreData;
        m.demo = bcp::populateDemo;
        m.commands = bcp::bcpCommands();
        return m;
    }();
    return info;
}

} // namespace modules
} // namespace kamae
