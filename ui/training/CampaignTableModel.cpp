#include "training/CampaignTableModel.h"

#include "i18n/Language.h"
#include "training/DrillsText.h"

namespace kamae {
namespace ui {

CampaignTableModel::CampaignTableModel(QObject *parent)
    : RecordTableModel({QT_TR_NOOP("Drill"), QT_TR_NOOP("Date"), QT_TR_NOOP("Click rate"),
                        QT_TR_NOOP("Report rate"), QT_TR_NOOP("Median time to report"),
                        QT_TR_NOOP("Recipients"), QT_TR_NOOP("Scenario")},
                       parent)
{
    setAlignment({RecipientsColumn, ClickRateColumn, ReportRateColumn, MedianReportColumn},
                 Qt::AlignRight | Qt::AlignVCenter);
}

QVariant CampaignTableModel::cellData(int row, int column, int role) const
{
    const DrillRow &d = record(row);
    const training::PhishingRates &r = d.rates;
    // A cell's tooltip is its text (tippedCell), unless it says more.
    switch (column) {
    case NameColumn:
        return tippedCell(role, {}, d.campaign.name);
    case DateColumn:
        return tippedCell(role, d.campaign.date.toJulianDay() * 1000000 + d.id,
                          i18n::formatDate(d.campaign.date));
    case ScenarioColumn:
        return tippedCell(role, {}, d.campaign.scenario);
    case RecipientsColumn:
        if (role == Qt::ToolTipRole)
            return tr("%n delivered", nullptr, r.delivered);
        return sortedCell(role, r.recipients, r.recipients);
    case ClickRateColumn:
        if (role == Qt::ToolTipRole && r.delivered > 0)
            return tr("%1 of %n delivered mail(s) clicked", nullptr, r.delivered).arg(r.clicked);
        return tippedCell(role, r.clickRate(), DrillsText::rate(r.clickRate()));
    case ReportRateColumn:
        if (role == Qt::ToolTipRole && r.delivered > 0)
            return tr("%1 of %n delivered mail(s) reported", nullptr, r.delivered).arg(r.reported);
        return tippedCell(role, r.reportRate(), DrillsText::rate(r.reportRate()));
    case MedianReportColumn:
        return tippedCell(role, r.medianSecondsToReport ? *r.medianSecondsToReport : qint64(-1),
                          DrillsText::duration(r.medianSecondsToReport));
    }
    return {};
}

} // namespace ui
} // namespace kamae
