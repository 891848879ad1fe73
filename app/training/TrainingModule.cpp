#include "training/TrainingModule.h"

#include "modules/Module.h"
#include "training/TrainingCommands.h"
#include "training/TrainingReminders.h"
#include "training/TrainingSchema.h"
#include "training/TrainingScore.h"

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

Status populateDemo(modules::DemoContext &context);

} // namespace training

namespace modules {

// The training module (issue 17): its records, coverage, drills and their
// import; its reminders (grouped per course and month), its factors of the
// education measure and its demo records.
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
        m.reminderSources = {training::trainingReminderSource};
        m.factorSources = {training::trainingFactors};
        m.evidence = training::trainingEvidence;
        m.loadScoreData = training::loadScoreData;
        m.demo = training::populateDemo;
        m.commands = training::trainingCommands();
        return m;
    }();
    return info;
}

} // namespace modules
} // namespace kamae
