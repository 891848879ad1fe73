#pragma once

#include "models/RecordTableModel.h"
#include "training/Coverage.h"

namespace kamae {
namespace ui {

// One line of a coverage summary: a course or a department with its counts.
struct CoverageSummaryRow
{
    QString name;
    int people = -1; // a department's active people; -1 for a course
    training::CoverageCounts counts;
};

// The counts of the matrix per course or per department: required, done,
// due soon, overdue and the coverage (受講率).
class CoverageSummaryModel final : public RecordTableModel<CoverageSummaryRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageSummaryModel)

public:
    enum Column
    {
        NameColumn,
        // The figure that matters first, so that a narrow window shows it.
        ShareColumn,
        OverdueColumn,
        DueSoonColumn,
        DoneColumn,
        RequiredColumn,
        PeopleColumn,
        ColumnCount
    };
    enum class Kind
    {
        Courses,
        Departments
    };

    explicit CoverageSummaryModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }

protected:
    QString columnTitle(int column) const override;
    QVariant cellData(int row, int column, int role) const override;

private:
    Kind m_kind;
};

} // namespace ui
} // namespace kamae
