#pragma once

#include "core/Result.h"
#include "domain/Asset.h"
#include "domain/AssetFields.h"
#include "models/RecordTableModel.h"

#include <QDate>

namespace kamae {
namespace store {
class Database;
}
namespace ui {

// An asset as its row holds it, with the text a search looks in.
struct AssetTableRow : domain::Asset
{
    AssetTableRow() = default;
    explicit AssetTableRow(domain::Asset asset) : domain::Asset(std::move(asset)) {}
    // Lower-case, width-folded text of the text columns.
    QString search;
};

// The register as a table: one row per asset, one column per field of
// domain::assetFields(). It holds a copy of the rows; the page keeps it in
// step with the repository through small updates, so a 100,000-row
// register is never reloaded for one edit.
class AssetTableModel final : public RecordTableModel<AssetTableRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetTableModel)

public:
    static constexpr int NeedsReviewRole = FirstOwnRole;

    explicit AssetTableModel(QObject *parent = nullptr);

    void setAssets(QVector<domain::Asset> assets);
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    const domain::Asset &assetAt(int row) const { return record(row); }
    // Lower-case, width-folded text of the row's text columns, for search.
    const QString &searchText(int row) const { return record(row).search; }
    bool needsReview(int row) const;
    int needsReviewCount() const;

    void upsert(const domain::Asset &asset) { RecordTableModel::upsert(AssetTableRow(asset)); }
    // After a language switch: headers, enum names and search texts anew.
    void retranslate();
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

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorts the rows themselves with typed keys: far faster than a proxy
    // comparing QVariants over 100,000 rows.
    void sort(int column, Qt::SortOrder order) override;

    static QString foldForSearch(const QString &text) { return ui::foldForSearch(text); }

protected:
    QString columnTitle(int column) const override;
    QVariant cellData(int row, int column, int role) const override;
    void prepareRecord(AssetTableRow &row) const override;

private:
    static QVector<AssetTableRow> rowsOf(QVector<domain::Asset> assets);

    QDate m_today;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ui
} // namespace kamae
