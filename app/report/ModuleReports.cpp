#include "report/ModuleReport.h"

// ModuleReportList.h is written by app/CMakeLists.txt: one
// KAMAE_MODULE_REPORT(id) line per module of modules/ModuleList.h that has
// an app/<id>/report/ folder.
#define KAMAE_MODULE_REPORT(id)                                                                    \
    namespace kamae::report {                                                                      \
    const ModuleReport &id##Report();                                                              \
    }
#include "ModuleReportList.h"
#undef KAMAE_MODULE_REPORT

namespace kamae {
namespace report {

const QVector<const ModuleReport *> &moduleReports()
{
    static const QVector<const ModuleReport *> list = {
#define KAMAE_MODULE_REPORT(id) &id##Report(),
#include "ModuleReportList.h"
#undef KAMAE_MODULE_REPORT
    };
    return list;
}

} // namespace report
} // namespace kamae
