#pragma once

// Who answers for a record or a next action, as the dashboard, the report
// and the "not assigned" action read it. Owners are entries of the people
// list (domain::Person); 0 means not assigned.

#include "score/Score.h"
#include "score/ScoreInput.h"

#include <QString>

namespace kamae {
namespace score {

// The key of the one grouped "Assign an owner to …" action.
inline const char *kAssignOwnersAction = "owners.assign";

qint64 assetOwner(const ScoreInput &input, qint64 assetId);
// A patch item's own owner, else its asset's.
qint64 patchOwner(const ScoreInput &input, const domain::PatchItem &item);
qint64 jobOwner(const ScoreInput &input, qint64 jobId);

// The action's own owner (assigned on the dashboard), else the owner of the
// record it names, else 0. A grouped action ("…:more", a group key) has no
// record, so only its own owner counts.
qint64 ownerOfAction(const ScoreInput &input, const Action &action);
// Who answers for the action when it has no owner of its own: the owner of
// the record it names, else 0.
qint64 recordOwnerOfAction(const ScoreInput &input, const Action &action);

// The entry's name, or an empty string for 0 or an id no longer in the list.
QString ownerName(const ScoreInput &input, qint64 personId);

} // namespace score
} // namespace kamae
