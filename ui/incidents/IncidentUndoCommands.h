#pragma once

#include "commands/ChangeCommand.h"
#include "incidents/IncidentRecords.h"

#include <QVector>

#include <optional>

namespace kamae {
namespace ui {

// A change of the incidents module's records, written through
// IncidentRepository both ways: an incident (none before: recorded; none
// after: deleted; undo puts it back under its id with everything it held),
// the directory or the partners (written whole), a kind's playbook (steps
// keep their ids, so undoing a removal links its ticks again).
template <typename State> class IncidentChange final : public ChangeCommand<State>
{
public:
    IncidentChange(CommandContext context, State before, State after,
                   typename ChangeCommand<State>::Write write, const QString &text)
        : ChangeCommand<State>(std::move(context), std::move(before), std::move(after),
                               std::move(write))
    {
        this->setText(text);
    }
};

using IncidentCommand = IncidentChange<std::optional<domain::Incident>>;
using ContactsCommand = IncidentChange<QVector<domain::IncidentContact>>;
using PartnersCommand = IncidentChange<QVector<domain::IncidentPartner>>;
using PlaybookCommand = IncidentChange<domain::Playbook>;

IncidentCommand *incidentCommand(CommandContext context, std::optional<domain::Incident> before,
                                 std::optional<domain::Incident> after, const QString &text);
ContactsCommand *contactsCommand(CommandContext context, QVector<domain::IncidentContact> before,
                                 QVector<domain::IncidentContact> after, const QString &text);
PartnersCommand *partnersCommand(CommandContext context, QVector<domain::IncidentPartner> before,
                                 QVector<domain::IncidentPartner> after, const QString &text);
PlaybookCommand *playbookCommand(CommandContext context, domain::Playbook before,
                                 domain::Playbook after, const QString &text);

} // namespace ui
} // namespace kamae
