#pragma once

#include "domain/Organisation.h"

#include <QUndoCommand>

#include <functional>

namespace kamae {
namespace store {
class Database;
} // namespace store
} // namespace kamae

namespace kamae {
namespace ui {

// One change to the organisation profile, as an undoable step. Both
// directions write through the repository, so undo is audited too.
class OrganisationEditCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &)>;

    OrganisationEditCommand(store::Database &db, domain::Organisation before,
                            domain::Organisation after, std::function<void()> refresh,
                            ErrorHandler onError);

    void undo() override;
    void redo() override;

private:
    void write(const domain::Organisation &organisation);

    store::Database &m_db;
    domain::Organisation m_before;
    domain::Organisation m_after;
    std::function<void()> m_refresh;
    ErrorHandler m_onError;
};

} // namespace ui
} // namespace kamae
