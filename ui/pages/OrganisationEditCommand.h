#pragma once

#include "commands/ChangeCommand.h"
#include "domain/Organisation.h"

namespace kamae {
namespace ui {

// One change to the organisation profile, as an undoable step.
class OrganisationEditCommand final : public ChangeCommand<domain::Organisation>
{
public:
    OrganisationEditCommand(store::Database &db, domain::Organisation before,
                            domain::Organisation after, Refresh refresh, ErrorHandler onError);
};

} // namespace ui
} // namespace kamae
