#pragma once

#include <QString>
#include <QStringList>

namespace kamae {
namespace incidents {

// The module's stable key (JSON, settings, the places of next actions).
inline const QString ModuleKey = QStringLiteral("incidents");

// The tables the module stores its records in.
QStringList moduleTables();

} // namespace incidents
} // namespace kamae
