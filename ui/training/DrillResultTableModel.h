#pragma once

#include "domain/Person.h"
#include "models/RecordTableModel.h"
#include "training/TrainingRecords.h"

#include <optional>

namespace kamae {
namespace ui {

// One recipient's result with the entry of the people list it matched.
struct DrillResultRow
{
    qint64 id = 0; // the result's
    domain::PhishingResult result;
    bool matched = false; // to an entry of the people list
    QString person;       // the entry's name, else the name as imported
    QString department;   // the entry's (a department entry: its own name)
};

// The results of one drill, one row per recipient: delivered, opened (開封),
// clicked (クリック), submitted, reported (報告) and the time to report.
// Rows no entry of the people list matched show their address and say so.
class DrillResultTableModel final : public RecordTableModel<DrillResultRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillResultTableModel)

public:
    enum Column
    {
        PersonColumn, // the address for a row not matched
        DepartmentColumn,
        DeliveredColumn,
        OpenedColumn,
        ClickedColumn,
        SubmittedColumn,
        ReportedColumn,
        TimeToReportColumn,
        EmailColumn,
        ColumnCount
    };

    explicit DrillResultTableModel(QObject *parent = nullptr);

    void setResults(const QVector<domain::PhishingResult> &results,
                    const QVector<domain::Person> &people);
    const DrillResultRow &result(int row) const { return record(row); }
    int unmatchedCount() const;

    // Seconds from sending to reporting, when both are known and in order.
    static std::optional<qint64> secondsToReport(const domain::PhishingResult &r);

protected:
    QVariant cellData(int row, int column, int role) const override;
};

} // namespace ui
} // namespace kamae
