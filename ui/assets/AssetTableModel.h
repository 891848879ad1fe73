#pragma once

#include "core/Result.h"
#include "domain/Asset.h"
#include "domain/AssetFields.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace kamae {
namespace store {
class ChangeSet;
class Database;
} // namespace store
namespace ui {

// The register as a table: one row per asset, one column per field of
// domain::assetFields(). It holds a copy of the rows; the page keeps it in
// step with the repository through small updates, so a 100,000-row
// register is never reloaded for one edit.
class AssetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetTableModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        NeedsReviewRole,
    };

    explicit AssetTableModel(QObject *parent = nullptr);

    void setAssets(QVector<domain::Asset> assets);
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    const domain::Asset &assetAt(int row) const { return m_assets.at(row); }
    int rowOfId(qint64 id) const;
    // Lower-case, width-folded text of the row's text columns, for search.
    const QString &searchText(int row) const { return m_search.at(row); }
    bool needsReview(int row) const;
    int needsReviewCount() const;

    void upsert(const domain::Asset &asset);
    // After a language switch: headers, enum names and search texts anew.
    void retranslate();
    void removeIds(const QVector<qint64> &ids);
    // Brings the rows in step with a burst of committed changes
    // (store::Database::changesCommitted): the assets it names are read
    // again by id in one query and come as rowsInserted / dataChanged /
    // rowsRemoved; a whole-table change, or one naming more rows than
    // reading them all costs, resets the model from AssetRepository::all().
    // Does nothing when the set does not touch the asset table.
    Status applyChanges(const store::ChangeSet &changes, store::Database &db);

    static domain::AssetField fieldOf(int column)
    {
        return static_cast<domain::AssetField>(column);
    }
    static int columnOf(domain::AssetField field) { return static_cast<int>(field); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorts the rows themselves with typed keys: far faster than a proxy
    // comparing QVariants over 100,000 rows.
    void sort(int column, Qt::SortOrder order) override;

    static QString foldForSearch(const QString &text);

private:
    void rebuildIndex();
    void emitRowsChanged(QVector<int> rows);
    QString makeSearchText(const domain::Asset &asset) const;

    QVector<domain::Asset> m_assets;
    QVector<QString> m_search;
    QHash<qint64, int> m_rowOfId;
    QDate m_today;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ui
} // namespace kamae
