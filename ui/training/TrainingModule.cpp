#include "pages/ModulePages.h"

#include "training/TrainingPage.h"

namespace kamae {
namespace ui {

ModulePages trainingPages()
{
    return modulePages<TrainingPage>(showingRecord(&TrainingPage::showCourse));
}

} // namespace ui
} // namespace kamae
