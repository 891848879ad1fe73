#include "modules/Keys.h"
#include "modules/Module.h"

#include <QCoreApplication>

namespace kamae {
namespace score {

Status populateSelfAssessmentDemo(modules::DemoContext &context);

} // namespace score

namespace modules {

const ModuleInfo &selfAssessmentModule()
{
    static const ModuleInfo info = [] {
        ModuleInfo m;
        m.key = key::SelfAssessment;
        m.name = [] { return QCoreApplication::translate("kamae::modules::ModuleText", "Self-assessment"); };
        m.tables = {QStringLiteral("self_assessment"), QStringLiteral("self_assessment_answer")};
        m.reminderSources = {};
        m.factorSources = {score::selfCheckFactors};
        m.demo = score::populateSelfAssessmentDemo;
        return m;
    }();
    return info;
}

} // namespace modules
} // namespace kamae
