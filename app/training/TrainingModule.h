#pragma once

#include <QString>
#include <QStringList>

namespace kamae {
namespace training {

// The module's stable key (JSON, settings, the places of next actions).
inline const QString ModuleKey = QStringLiteral("training");

// The tables the module stores its records in.
QStringList moduleTables();

} // namespace training
} // namespace kamae
