#include "pages/ModulePages.h"

#include "assets/AssetsPage.h"
#include "modules/Keys.h"
#include "reminders/Reminder.h"

namespace kamae {
namespace ui {

ModulePages assetsPages()
{
    return modulePages<AssetsPage>(
        [](AssetsPage &page, const PlaceRequest &request) {
            if (request.key.startsWith(QLatin1String("assets.reviewed")) ||
                request.key == reminders::kind::AssetReview)
                page.showNeedingReview();
            else
                showingRecord (&AssetsPage::showAsset)(page, request);
        },
        opening(&AssetsPage::patchesRequested, modules::key::Patches, QStringLiteral("asset")));
}

} // namespace ui
} // namespace kamae
