#include "pages/ComingSoonPage.h"
#include "pages/ModulePages.h"

#include "incidents/IncidentsModule.h"

namespace kamae {
namespace ui {

// The incidents module's core is built (issue 19: records, legal clock,
// reminders, score, command line); its page is not yet, so the module
// keeps the "coming soon" page it had while planned.
ModulePages incidentsPages()
{
    ModulePages pages;
    pages.create = [](const PageContext &) -> Page * {
        return ComingSoonPage::forKey(incidents::ModuleKey);
    };
    return pages;
}

} // namespace ui
} // namespace kamae
