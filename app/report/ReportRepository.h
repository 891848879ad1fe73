#pragma once

#include "core/Result.h"
#include "report/Report.h"

#include <QVector>

#include <optional>

// A repository like those in store/ (hence its namespace), kept with its
// module because it stores the module's own types: store/ ranks below the
// modules (docs/architecture.md, "Layers").
namespace kamae {
namespace store {

class Database;

// The history of issued reports (schema 6): when, over which period, in
// which language, the total and the figures the next report compares with.
class ReportRepository final
{
public:
    explicit ReportRepository(Database &db) : m_db(db) {}

    // Newest first.
    Result<QVector<report::ReportRecord>> all() const;
    Result<std::optional<report::ReportRecord>> latest() const;
    // Inserts (ignoring record.id) and logs it; returns it with its id.
    Result<report::ReportRecord> add(const report::ReportRecord &record);
    // Removes one entry from the history (the PDF stays where it is).
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace store
} // namespace kamae
