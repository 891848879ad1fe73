#include "incidents/IncidentUndoCommands.h"

#include "core/Clock.h"
#include "incidents/IncidentRepository.h"

namespace kamae {
namespace ui {

IncidentCommand *incidentCommand(CommandContext context, std::optional<domain::Incident> before,
                                 std::optional<domain::Incident> after, const QString &text)
{
    return new IncidentCommand(
        std::move(context), std::move(before), std::move(after),
        [](store::Database &db, auto &from, auto &to) -> Status {
            store::IncidentRepository repo(db);
            if (!to)
                return keep(repo.removeIncident(from->id), *from);
            // A new incident, or the undo of a deletion: its id is kept.
            if (!from || to->id != from->id)
                return keep(repo.insertIncident(*to, clock::now()), to->id);
            return repo.updateIncident(*to, clock::now());
        },
        text);
}

ContactsCommand *contactsCommand(CommandContext context, QVector<domain::IncidentContact> before,
                                 QVector<domain::IncidentContact> after, const QString &text)
{
    return new ContactsCommand(
        std::move(context), std::move(before), std::move(after),
        [](store::Database &db, auto &, auto &to) {
            // New entries get their ids; redo after undo keeps them.
            return keep(store::IncidentRepository(db).saveContacts(to, clock::today()), to);
        },
        text);
}

PartnersCommand *partnersCommand(CommandContext context, QVector<domain::IncidentPartner> before,
                                 QVector<domain::IncidentPartner> after, const QString &text)
{
    return new PartnersCommand(
        std::move(context), std::move(before), std::move(after),
        [](store::Database &db, auto &, auto &to) {
            return keep(store::IncidentRepository(db).savePartners(to), to);
        },
        text);
}

PlaybookCommand *playbookCommand(CommandContext context, domain::Playbook before,
                                 domain::Playbook after, const QString &text)
{
    return new PlaybookCommand(
        std::move(context), std::move(before), std::move(after),
        [](store::Database &db, auto &, auto &to) {
            return keep(store::IncidentRepository(db).savePlaybook(to), to);
        },
        text);
}

} // namespace ui
} // namespace kamae
