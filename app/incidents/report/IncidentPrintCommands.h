#pragma once

#include "modules/Command.h"

#include <QVector>

namespace kamae {
namespace report {

// `kamae incidents report VAULT ID --out FILE.pdf|DIR [--lang ja|en]` and
// `kamae incidents card VAULT --out FILE.pdf|DIR [--lang ja|en] [--size
// a4|wallet]`: declared with the module's report part (IncidentsSection.cpp)
// because they need the report's layout; run as the module's own commands.
QVector<modules::Command> incidentPrintCommands();

} // namespace report
} // namespace kamae
