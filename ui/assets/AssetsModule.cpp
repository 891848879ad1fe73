#include "pages/ModulePages.h"

#include "modules/Keys.h"
#include "assets/AssetsPage.h"
#include "reminders/Reminder.h"

namespace kamae {
namespace ui {

ModulePages assetsPages()
{
    ModulePages pages;
    pages.create = [](const PageContext &context) -> Page * {
        auto *page = new AssetsPage(context.db, context.undo);
        QObject::connect(page, &AssetsPage::patchesRequested, page,
                         [open = context.open](qint64 assetId) {
                             open({modules::key::Patches, assetId, QStringLiteral("asset")});
                         });
        return page;
    };
    pages.show = [](Page *page, const PlaceRequest &request) {
        auto *assets = static_cast<AssetsPage *>(page);
        if (request.key.startsWith(QLatin1String("assets.reviewed")) ||
            request.key == reminders::kind::AssetReview)
            assets->showNeedingReview();
        else if (request.recordId > 0)
            assets->showAsset(request.recordId);
    };
    return pages;
}

} // namespace ui
} // namespace kamae
