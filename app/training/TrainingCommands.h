#pragma once

#include "modules/Command.h"

#include <QVector>

namespace kamae {
namespace training {

// `kamae training coverage`, `kamae training phishing-import` and
// `kamae training sessions` (docs/command-line.md).
QVector<modules::Command> trainingCommands();

} // namespace training
} // namespace kamae
