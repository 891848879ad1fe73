#include "pages/ModulePages.h"

#include "incidents/IncidentsPage.h"

namespace kamae {
namespace ui {

// The incidents page; the reminders (legal reports, follow-ups, the
// directory's check) and the score's actions open their place on it.
ModulePages incidentsPages()
{
    return modulePages<IncidentsPage>([](IncidentsPage &page, const PlaceRequest &request) {
        page.showPlace(request.key, request.recordId);
    });
}

} // namespace ui
} // namespace kamae
