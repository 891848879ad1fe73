#pragma once

#include "core/Result.h"
#include "domain/Organisation.h"

namespace kamae {
namespace store {

class Database;

// The one organisation a vault describes, and its sites.
class OrganisationRepository final
{
public:
    explicit OrganisationRepository(Database &db) : m_db(db) {}

    Result<domain::Organisation> load() const;
    // Writes the differences against what is stored, each changed field to
    // the audit log, in one transaction. Sites without an id are added,
    // missing ones deleted.
    Status save(const domain::Organisation &organisation);

    static Status validate(const domain::Organisation &organisation);

private:
    Database &m_db;
};

} // namespace store
} // namespace kamae
