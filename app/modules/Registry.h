#pragma once

#include "modules/Module.h"

namespace kamae {
namespace modules {

// Every built module, in ModuleList.h's order.
const QVector<const ModuleInfo *> &all();
// The module with this key, or nullptr.
const ModuleInfo *find(const QString &key);

// A module's name in the current language; the key itself for an unknown
// one, so that nothing is ever shown blank.
QString displayName(const QString &key);

// The keys of the modules that have duties (reminder sources), in order.
QStringList modulesWithDuties();

// The modules a change touches.
QStringList modulesTouched(const store::ChangeSet &changes);

// The module command `kamae command sub`, or nullptr.
const Command *findCommand(const QString &command, const QString &sub);

} // namespace modules
} // namespace kamae
