#include "pages/OrganisationEditCommand.h"

#include "store/OrganisationRepository.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

OrganisationEditCommand::OrganisationEditCommand(store::Database &db, domain::Organisation before,
                                                 domain::Organisation after,
                                                 std::function<void()> refresh,
                                                 ErrorHandler onError)
    : m_db(db), m_before(std::move(before)), m_after(std::move(after)),
      m_refresh(std::move(refresh)), m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("kamae::ui::OrganisationEditCommand",
                                        "Edit organisation profile"));
}

void OrganisationEditCommand::undo()
{
    write(m_before);
}

void OrganisationEditCommand::redo()
{
    write(m_after);
}

void OrganisationEditCommand::write(const domain::Organisation &organisation)
{
    const Status status = store::OrganisationRepository(m_db).save(organisation);
    if (!status) {
        // The stack must not claim a state the data is not in.
        setObsolete(true);
        if (m_onError)
            m_onError(status.error());
    }
    if (m_refresh)
        m_refresh();
}

} // namespace ui
} // namespace kamae
