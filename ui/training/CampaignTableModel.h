#pragma once

#include "models/RecordTableModel.h"
#include "training/Phishing.h"
#include "training/TrainingRecords.h"

namespace kamae {
namespace ui {

// A drill as its row shows it: the campaign and its rates.
struct DrillRow
{
    qint64 id = 0; // the campaign's
    domain::PhishingCampaign campaign;
    training::PhishingRates rates;
};

// The phishing drills (標的型メール訓練), one row each, with their rates.
class CampaignTableModel final : public RecordTableModel<DrillRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTableModel)

public:
    enum Column
    {
        NameColumn,
        DateColumn,
        ClickRateColumn,
        ReportRateColumn,
        MedianReportColumn,
        RecipientsColumn,
        // Last: the rates stay in view in a narrow window.
        ScenarioColumn,
        ColumnCount
    };

    explicit CampaignTableModel(QObject *parent = nullptr);

    // Every drill with its rates (training::campaignRates), oldest first.
    void setDrills(QVector<DrillRow> rows) { setRecords(std::move(rows)); }
    const DrillRow &drill(int row) const { return record(row); }
    int rowOf(qint64 campaignId) const { return rowOfId(campaignId); }

protected:
    QVariant cellData(int row, int column, int role) const override;
};

} // namespace ui
} // namespace kamae
