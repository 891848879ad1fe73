#include "pages/ModulePages.h"

#include "modules/Keys.h"
#include "pages/OrganisationPage.h"

namespace kamae {
namespace ui {

ModulePages organisationPages()
{
    ModulePages pages;
    pages.create = [](const PageContext &context) -> Page * {
        return new OrganisationPage(context.db, context.undo);
    };
    pages.show = [](Page *page, const PlaceRequest &request) {
        Q_UNUSED(page)
        Q_UNUSED(request)
    };
    return pages;
}

} // namespace ui
} // namespace kamae
