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
    switch (column) {
    case DepartmentColumn:
        if (d.department.isEmpty())
            // The unnamed group stays last when sorted by name.
            return role == Qt::ToolTipRole
                       ? tr("People without a department, and results not matched to the "
                            "people list")
                       : sortedCell(role, QStringLiteral("\U0010FFFF"), tr("No department"));
        return role == Qt::ToolTipRole ? d.department
                                       : sortedCell(role, d.department, d.department);
    case RecipientsColumn:
        return sortedCell(role, r.recipients, r.recipients);
    case ClickRateColumn:
        return sortedCell(role, r.clickRate(), DrillsText::rate(r.clickRate()));
    case SubmitRateColumn:
        return sortedCell(role, r.submitRate(), DrillsText::rate(r.submitRate()));
    case ReportRateColumn:
        return sortedCell(role, r.reportRate(), DrillsText::rate(r.reportRate()));
    }
    return {};
}

} // namespace ui
} // namespace kamae
