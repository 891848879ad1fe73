#pragma once

#include "incidents/IncidentRecords.h"

#include <QVector>

// Kamae's default playbooks: the first steps for each kind of incident,
// from the METI alert's response measures (contain the spread, keep the
// evidence, get experts, never pay, tell partners, report to the police
// and the ministry, on time where the law says so) and the Emotet alert's
// urgent steps. Their texts are keys (English source) while unchanged and
// shown in the reader's language; a company edits its own copy
// (IncidentRepository::savePlaybook). docs/incidents.md lists them.
namespace kamae {
namespace incidents {

// The kinds whose playbooks the score asks for (docs/incidents.md).
QVector<domain::IncidentKind> mainKinds();

// The default steps of a kind, texts as keys, without ids.
domain::Playbook defaultPlaybook(domain::IncidentKind kind);

// A playbook as the store keeps it: steps still Kamae's own text (in any
// language Kamae ships) become the key.
domain::Playbook storedPlaybook(domain::Playbook playbook);
// A playbook as a person reads it: keys in the current language, anything
// the user wrote as is.
domain::Playbook shownPlaybook(domain::Playbook playbook);
// One step's text as a person reads it (a tick's copy, say).
QString shownStepText(const QString &text);
QString storedStepText(const QString &text);

// The playbook an incident of `kind` follows: the adopted one (stored
// form), else Kamae's default (steps without ids).
domain::Playbook playbookFor(domain::IncidentKind kind, const QVector<domain::Playbook> &adopted);
// Kamae's steps again for a stored playbook: a step whose text is already
// there keeps its id (and its ticks), the others are new.
domain::Playbook resetToDefault(const domain::Playbook &stored);
// The index of `step`'s tick in the incident, -1 if none: by the step's id,
// or for a step not stored (id 0) by its stored text among the ticks of no
// step.
int tickOf(const domain::Incident &incident, const domain::PlaybookStep &step);

} // namespace incidents
} // namespace kamae
