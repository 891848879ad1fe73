#include "training/DepartmentRateTableModel.h"

#include "training/DrillsText.h"

namespace kamae {
namespace ui {

DepartmentRateTableModel::DepartmentRateTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Department"), QT_TR_NOOP("Click rate"),
                        QT_TR_NOOP("Report rate"), QT_TR_NOOP("Data entry rate"),
                        QT_TR_NOOP("Recipients")},
                       parent)
{
    setAlignment({RecipientsColumn, ClickRateColumn, SubmitRateColumn, ReportRateColumn},
                 Qt::AlignRight | Qt::AlignVCenter);
}

QVariant DepartmentRateTableModel::cellData(int row, int column, int role) const
{
    const training::DepartmentRates &d = record(row);
    const training::PhishingRates &r = d.rates;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case DepartmentColumn:
            return d.department.isEmpty() ? tr("No department") : d.department;
        case RecipientsColumn:
            return r.recipients;
        case ClickRateColumn:
            return DrillsText::rate(r.clickRate());
        case SubmitRateColumn:
            return DrillsText::rate(r.submitRate());
        case ReportRateColumn:
            return DrillsText::rate(r.reportRate());
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case DepartmentColumn:
            // The unnamed group stays last when sorted by name.
            return d.department.isEmpty() ? QStringLiteral("\U0010FFFF") : d.department;
        case RecipientsColumn:
            return r.recipients;
        case ClickRateColumn:
            return r.clickRate();
        case SubmitRateColumn:
            return r.submitRate();
        case ReportRateColumn:
            return r.reportRate();
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == DepartmentColumn)
        return d.department.isEmpty()
                   ? tr("People without a department, and results not matched to the people list")
                   : d.department;
    return {};
}

} // namespace ui
} // namespace kamae
