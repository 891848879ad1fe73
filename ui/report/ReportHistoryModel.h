#pragma once

#include "models/RecordTableModel.h"
#include "report/Report.h"

namespace kamae {
namespace ui {

// The reports issued from this vault, one row each, as ReportRepository
// lists them (newest first). Read-only: the page removes entries through
// the repository and then hands the model the new list.
class ReportHistoryModel final : public RecordTableModel<report::ReportRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportHistoryModel)

public:
    enum Column
    {
        // The score second: the left column shows about three columns.
        IssuedColumn,
        ScoreColumn,
        LanguageColumn,
        PeriodColumn,
        PagesColumn,
        WhereColumn,
        ColumnCount
    };
    // The stored destination: a file path or "print".
    static constexpr int DestinationRole = FirstOwnRole;

    explicit ReportHistoryModel(QObject *parent = nullptr);

    // The row of the entry with this id, -1 if none.
    int rowOf(qint64 id) const { return rowOfId(id); }

    static bool isPrinted(const report::ReportRecord &record);

protected:
    QVariant cellData(int row, int column, int role) const override;
    QString cellText(int row, int column) const override;
};

} // namespace ui
} // namespace kamae
