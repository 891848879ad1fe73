#include "pages/ComingSoonPage.h"
#include "pages/ModulePages.h"

#include "bcp/BcpModule.h"

namespace kamae {
namespace ui {

// Until the BCP page is built, the module's place in the navigation is the
// "coming soon" page it had as a planned module; its records, checks,
// versions and commands are in app/bcp/.
ModulePages bcpPages()
{
    ModulePages pages;
    pages.create = [](const PageContext &) -> Page * {
        return ComingSoonPage::forKey(bcp::ModuleKey);
    };
    return pages;
}

} // namespace ui
} // namespace kamae
