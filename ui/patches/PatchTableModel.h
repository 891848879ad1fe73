#pragma once

#include "core/Result.h"
#include "domain/Asset.h"
#include "domain/Patch.h"
#include "models/RecordTableModel.h"
#include "patches/PatchCells.h"

#include <QDate>

namespace kamae {
namespace store {
class Database;
}
namespace ui {

// Patch items as a table, each beside its asset's name and importance.
// Overdue rows are red in every column.
class PatchTableModel final : public RecordTableModel<domain::PatchItem>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatchTableModel)

public:
    enum Column
    {
        AssetColumn,
        ImportanceColumn,
        ProductColumn,
        IdsColumn,
        SeverityColumn,
        ExploitedColumn,
        DueColumn,
        StatusColumn,
        VersionColumn,
        UpdateColumn,
        FoundColumn,
        AppliedColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role
    {
        OverdueRole = FirstOwnRole,
        SearchRole,
    };

    explicit PatchTableModel(QObject *parent = nullptr);

    void setContent(QVector<domain::PatchItem> items, const QVector<domain::Asset> &assets,
                    const QDate &today);
    // upsert() takes a changed, added or restored item only if its asset
    // is known.

    // Brings the rows in step with a burst of committed changes
    // (store::Database::changesCommitted): patch items it names are read
    // again by id, assets it names refresh the asset and importance
    // columns of their items; rowsInserted / dataChanged / rowsRemoved
    // follow. A whole-table change of patch_item or asset resets the model
    // from the repositories. Does nothing when neither table is touched.
    Status applyChanges(const store::ChangeSet &changes, store::Database &db);

    const domain::PatchItem &itemAt(int row) const { return record(row); }
    QString assetName(qint64 assetId) const { return m_assets.name(assetId); }
    QDate today() const { return m_today; }
    bool isOverdue(int row) const;

protected:
    QVariant cellData(int row, int column, int role) const override;
    QString cellText(int row, int column) const override;

private:
    AssetIndex m_assets;
    QDate m_today;
};

} // namespace ui
} // namespace kamae
