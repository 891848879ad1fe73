#pragma once

#include <QString>
#include <QStringList>

namespace kamae {
namespace bcp {

// The module's stable key (JSON, settings, the places of next actions).
inline const QString ModuleKey = QStringLiteral("bcp");

// The tables the module stores its records in.
QStringList moduleTables();

} // namespace bcp
} // namespace kamae
