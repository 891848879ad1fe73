#include "pages/ModulePages.h"

#include "modules/Keys.h"
#include "backups/BackupsPage.h"

namespace kamae {
namespace ui {

ModulePages backupsPages()
{
    ModulePages pages;
    pages.create = [](const PageContext &context) -> Page * {
        auto *page = new BackupsPage(context.session, context.undo);
        QObject::connect(page, &BackupsPage::assetRequested, page,
                         [open = context.open](qint64 assetId) {
                             open({modules::key::Assets, assetId, QString()});
                         });
        return page;
    };
    pages.show = [](Page *page, const PlaceRequest &request) {
        if (request.recordId > 0)
            static_cast<BackupsPage *>(page)->showJob(request.recordId);
    };
    return pages;
}

} // namespace ui
} // namespace kamae
