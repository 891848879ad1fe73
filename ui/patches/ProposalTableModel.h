#pragma once

#include "domain/Asset.h"
#include "patches/PatchCells.h"
#include "patches/Proposals.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kamae {
namespace ui {

// What the imported feeds suggest: one row per (asset, vulnerability),
// for the user to confirm as a patch item or dismiss.
class ProposalTableModel final : public QAbstractTableModel
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
    static constexpr int SortRole = Qt::UserRole + 1;
    // "new" or "fixed", for the page's filter.
    static constexpr int StateRole = Qt::UserRole + 2;

    explicit ProposalTableModel(QObject *parent = nullptr);

    void setContent(QVector<patches::Proposal> proposals, const QVector<domain::Asset> &assets);
    const patches::Proposal &proposalAt(int row) const { return m_proposals.at(row); }
    const QVector<patches::Proposal> &proposals() const { return m_proposals; }
    int newCount() const { return m_newCount; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString cell(int row, int column) const;

    QVector<patches::Proposal> m_proposals;
    AssetIndex m_assets;
    int m_newCount = 0;
};

} // namespace ui
} // namespace kamae
