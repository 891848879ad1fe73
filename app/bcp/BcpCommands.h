#pragma once

#include "modules/Command.h"

#include <QVector>

namespace kamae {
namespace bcp {

// `kamae bcp check` and `kamae bcp publish` (docs/bcp.md, "Command line").
QVector<modules::Command> bcpCommands();

} // namespace bcp
} // namespace kamae
