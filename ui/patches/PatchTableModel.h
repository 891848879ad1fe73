#pragma once

#include "core/Result.h"
#include "domain/Asset.h"
#include "domain/Patch.h"
#include "patches/PatchCells.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace kamae {
namespace store {
class ChangeSet;
class Database;
} // namespace store
namespace ui {

// Patch items as a table, each beside its asset's name and importance.
// Overdue rows are red in every column.
class PatchTableModel final : public QAbstractTableModel
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
        SortRole = Qt::UserRole + 1,
        IdRole,
        OverdueRole,
        SearchRole,
    };

    explicit PatchTableModel(QObject *parent = nullptr);

    void setContent(QVector<domain::PatchItem> items, const QVector<domain::Asset> &assets,
                    const QDate &today);
    // A changed, added or restored item; its asset must be known.
    void upsert(const domain::PatchItem &item);
    void removeIds(const QVector<qint64> &ids);
    // Brings the rows in step with a burst of committed changes
    // (store::Database::changesCommitted): patch items it names are read
    // again by id, assets it names refresh the asset and importance
    // columns of their items; rowsInserted / dataChanged / rowsRemoved
    // follow. A whole-table change of patch_item or asset resets the model
    // from the repositories. Does nothing when neither table is touched.
    Status applyChanges(const store::ChangeSet &changes, store::Database &db);
    void retranslate();

    const domain::PatchItem &itemAt(int row) const { return m_items.at(row); }
    int rowOfId(qint64 id) const;
    QString assetName(qint64 assetId) const { return m_assets.name(assetId); }
    QDate today() const { return m_today; }
    bool isOverdue(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString cell(int row, int column) const;
    QHash<qint64, int> rowsById() const;
    // Rows in any order; by contiguous runs, or one reset when scattered.
    void removeRows(QVector<int> rows);

    QVector<domain::PatchItem> m_items;
    AssetIndex m_assets;
    QDate m_today;
};

} // namespace ui
} // namespace kamae
