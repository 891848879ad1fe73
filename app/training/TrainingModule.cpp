#include "training/TrainingModule.h"

#include "modules/Module.h"
#include "training/TrainingCommands.h"
#include "training/TrainingSchema.h"

#include <QCoreApplication>

namespace kamae {
namespace training {

QStringList moduleTables()
{
    return {QStringLiteral("training_course"),     QStringLiteral("training_requirement"),
            QStringLiteral("training_session"),    QStringLiteral("training_attendance"),
            QStringLiteral("training_assignment"), QStringLiteral("phishing_campaign"),
            QStringLiteral("phishing_result")};
}

} // namespace training

namespace modules {

// The core of the module (issue 17): its records, coverage, drills and
// their import. Reminders (renewals and onboarding deadlines), score
// factors and demo records come with the page; until then the module
// declares none, and the window shows its "coming soon" page.
const ModuleInfo &trainingModule()
{
    static const ModuleInfo info = [] {
        ModuleInfo m;
        m.key = training::ModuleKey;
        m.name = [] {
            return QCoreApplication::translate("kamae::modules::ModuleText", "Training");
        };
        m.tables = training::moduleTables();
        m.schema = training::trainingSchema;
        m.commands = training::trainingCommands();
        return m;
    }();
    return info;
}

} // namespace modules
} // namespace kamae
