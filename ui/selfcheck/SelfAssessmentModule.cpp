#include "pages/ModulePages.h"

#include "modules/Keys.h"
#include "selfcheck/SelfAssessmentPage.h"

namespace kamae {
namespace ui {

ModulePages selfAssessmentPages()
{
    ModulePages pages;
    pages.create = [](const PageContext &context) -> Page * {
        auto *page = new SelfAssessmentPage(context.db, context.undo);
        QObject::connect(page, &SelfAssessmentPage::placeRequested, page,
                         [open = context.open](const score::Place &place, qint64 recordId) {
                             open({place, recordId, QString()});
                         });
        return page;
    };
    pages.show = [](Page *page, const PlaceRequest &request) {
        if (request.recordId > 0)
            static_cast<SelfAssessmentPage *>(page)->showLatestQuestion(
                static_cast<int>(request.recordId));
    };
    return pages;
}

} // namespace ui
} // namespace kamae
