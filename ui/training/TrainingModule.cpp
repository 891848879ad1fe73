#include "pages/ComingSoonPage.h"
#include "pages/ModulePages.h"

namespace kamae {
namespace ui {

// The training module's core is built (app/training/); its page is not
// yet. Until it is, the module keeps the "coming soon" page it had as a
// planned module, so the window is unchanged for users.
ModulePages trainingPages()
{
    ModulePages pages;
    pages.create = [](const PageContext &) -> Page * {
        return ComingSoonPage::forKey(QStringLiteral("training"));
    };
    return pages;
}

} // namespace ui
} // namespace kamae
