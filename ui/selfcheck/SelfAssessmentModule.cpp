#include "pages/ModulePages.h"

#include "selfcheck/SelfAssessmentPage.h"

namespace kamae {
namespace ui {

ModulePages selfAssessmentPages()
{
    return modulePages<SelfAssessmentPage>(showingRecord(&SelfAssessmentPage::showLatestQuestion),
                                           opening(&SelfAssessmentPage::placeRequested));
}

} // namespace ui
} // namespace kamae
