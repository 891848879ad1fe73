#pragma once

#include "modules/Command.h"

#include <QVector>

namespace kamae {
namespace report {

// `kamae bcp print` and `kamae bcp card` (docs/bcp.md, "Printouts"),
// declared with the module's report part (report/ModuleReport.h).
QVector<modules::Command> bcpPrintCommands();

} // namespace report
} // namespace kamae
