#include "pages/ModulePages.h"

#include "bcp/BcpPage.h"

namespace kamae {
namespace ui {

ModulePages bcpPages()
{
    return modulePages<BcpPage>(
        [](BcpPage &page, const PlaceRequest &request) {
            page.showPlace(request.key, request.recordId);
        },
        opening(&BcpPage::placeRequested));
}

} // namespace ui
} // namespace kamae
