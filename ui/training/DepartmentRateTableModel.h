#pragma once

#include "models/RecordTableModel.h"
#include "training/Phishing.h"

namespace kamae {
namespace ui {

// One drill's rates per department (training::CampaignRates::byDepartment);
// the rows no department answers for (not matched, no department) last.
class DepartmentRateTableModel final : public RecordTableModel<training::DepartmentRates>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentRateTableModel)

public:
    enum Column
    {
        DepartmentColumn,
        ClickRateColumn,
        ReportRateColumn,
        SubmitRateColumn,
        RecipientsColumn,
        ColumnCount
    };

    explicit DepartmentRateTableModel(QObject *parent = nullptr);

    void setDepartments(QVector<training::DepartmentRates> rows) { setRecords(std::move(rows)); }
    const training::DepartmentRates &department(int row) const { return record(row); }

protected:
    QVariant cellData(int row, int column, int role) const override;
};

} // namespace ui
} // namespace kamae
