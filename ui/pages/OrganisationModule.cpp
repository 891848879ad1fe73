#include "pages/ModulePages.h"

#include "pages/OrganisationPage.h"

namespace kamae {
namespace ui {

ModulePages organisationPages()
{
    return modulePages<OrganisationPage>();
}

} // namespace ui
} // namespace kamae
