#pragma once

#include "modules/Command.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVector>

namespace kamae {
namespace incidents {

// `kamae incidents list`, `kamae incidents new` and `kamae contacts list`
// (docs/incidents.md, "Command line"). A module's commands may take any
// command word, so the directory has its own: `contacts`.
QVector<modules::Command> incidentCommands();

// "2026-06-20" (midnight) or "2026-06-20T09:30" in `zone`, as an instant;
// invalid for anything else.
QDateTime parseLocalTime(const QString &text, const QTimeZone &zone);

} // namespace incidents
} // namespace kamae
