#include "pages/OrganisationEditCommand.h"

#include "store/OrganisationRepository.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

OrganisationEditCommand::OrganisationEditCommand(store::Database &db, domain::Organisation before,
                                                 domain::Organisation after, Refresh refresh,
                                                 ErrorHandler onError)
    : ChangeCommand(
          refreshingContext(db, std::move(refresh), std::move(onError)), std::move(before),
          std::move(after),
          [](store::Database &database, domain::Organisation &, domain::Organisation &to) {
              return store::OrganisationRepository(database).save(to);
          })
{
    setText(QCoreApplication::translate("kamae::ui::OrganisationEditCommand",
                                        "Edit organisation profile"));
}

} // namespace ui
} // namespace kamae
