#include "pages/ModulePages.h"

#include "modules/Keys.h"
#include "patches/PatchesPage.h"

namespace kamae {
namespace ui {

ModulePages patchesPages()
{
    ModulePages pages;
    pages.create = [](const PageContext &context) -> Page * {
        return new PatchesPage(context.db, context.undo);
    };
    pages.show = [](Page *page, const PlaceRequest &request) {
        auto *patches = static_cast<PatchesPage *>(page);
        if (request.key == QLatin1String("asset"))
            patches->showAsset(request.recordId);
        else if (request.recordId > 0)
            patches->showItem(request.recordId);
    };
    return pages;
}

} // namespace ui
} // namespace kamae
