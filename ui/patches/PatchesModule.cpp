#include "pages/ModulePages.h"

#include "patches/PatchesPage.h"

namespace kamae {
namespace ui {

ModulePages patchesPages()
{
    return modulePages<PatchesPage>([](PatchesPage &page, const PlaceRequest &request) {
        if (request.key == QLatin1String("asset"))
            page.showAsset(request.recordId);
        else
            showingRecord (&PatchesPage::showItem)(page, request);
    });
}

} // namespace ui
} // namespace kamae
