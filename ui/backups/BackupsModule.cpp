#include "pages/ModulePages.h"

#include "backups/BackupsPage.h"
#include "modules/Keys.h"

namespace kamae {
namespace ui {

ModulePages backupsPages()
{
    return modulePages<BackupsPage>(showingRecord(&BackupsPage::showJob),
                                    opening(&BackupsPage::assetRequested, modules::key::Assets));
}

} // namespace ui
} // namespace kamae
