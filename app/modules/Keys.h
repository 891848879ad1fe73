#pragma once

#include <QString>

namespace kamae {
namespace modules {
// The keys of the modules built in from the start, for the code that names
// them (factors, reminders, tests). A module added later declares its key
// in its own folder. Keys are stable: they are in JSON, settings and the
// places of next actions.
namespace key {
// Not a module: the shell's first page, the place of a few actions.
inline const QString Dashboard = QStringLiteral("dashboard");
inline const QString Organisation = QStringLiteral("organisation");
inline const QString Assets = QStringLiteral("assets");
inline const QString Patches = QStringLiteral("patches");
inline const QString Backups = QStringLiteral("backups");
inline const QString SelfAssessment = QStringLiteral("self_assessment");
} // namespace key
} // namespace modules
} // namespace kamae
