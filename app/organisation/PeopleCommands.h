#pragma once

#include "modules/Command.h"

#include <QVector>

namespace kamae {
namespace organisation {

// `kamae people import` and `kamae people list` (docs/command-line.md).
QVector<modules::Command> peopleCommands();

} // namespace organisation
} // namespace kamae
