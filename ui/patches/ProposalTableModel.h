#pragma once

#include "domain/Asset.h"
#include "models/RecordTableModel.h"
#include "patches/PatchCells.h"
#include "patches/Proposals.h"

namespace kamae {
namespace ui {

// What the imported feeds suggest: one row per (asset, vulnerability),
// for the user to confirm as a patch item or dismiss.
class ProposalTableModel final : public RecordTableModel<patches::Proposal>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalTableModel)

public:
    enum Column
    {
        AssetColumn,
        ImportanceColumn,
        ProductColumn,
        IdsColumn,
        StateColumn,     // new, or probably fixed by the asset's last update: seen first
        ExploitedColumn, // before severity: KEV gives no score, and this must be seen
        SeverityColumn,
        DueColumn,
        TitleColumn,
        PublishedColumn,
        ReasonColumn, // why it matched
        ColumnCount
    };
    // "new" or "fixed", for the page's filter.
    static constexpr int StateRole = FirstOwnRole;

    explicit ProposalTableModel(QObject *parent = nullptr);

    void setContent(QVector<patches::Proposal> proposals, const QVector<domain::Asset> &assets);
    const patches::Proposal &proposalAt(int row) const { return record(row); }
    const QVector<patches::Proposal> &proposals() const { return records(); }
    int newCount() const { return m_newCount; }

protected:
    QVariant cellData(int row, int column, int role) const override;
    QString cellText(int row, int column) const override;

private:
    AssetIndex m_assets;
    int m_newCount = 0;
};

} // namespace ui
} // namespace kamae
