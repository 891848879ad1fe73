#pragma once

#include "commands/ChangeCommand.h"
#include "domain/Asset.h"
#include "store/LinkedRows.h"

#include <QDate>
#include <QVector>

#include <optional>

namespace kamae {
namespace ui {

class AssetTableModel;

// What every asset command writes through and shows in: the vault's
// database, the page's model, and where to report a failure.
struct AssetCommandContext
{
    store::Database *db = nullptr;
    AssetTableModel *model = nullptr;
    std::function<void(const QString &)> onError;
};

// Adds assets (new ones, a duplicate, or an import). Undo removes them;
// redo brings them back under the same ids.
class AddAssetsCommand final : public ChangeCommand<QVector<domain::Asset>>
{
public:
    AddAssetsCommand(AssetCommandContext context, QVector<domain::Asset> assets,
                     const QString &text, QString auditNote = {});
    bool succeeded() const { return *outcome(); }
    const QVector<domain::Asset> &assets() const { return after(); }
};

class EditAssetCommand final : public ChangeCommand<domain::Asset>
{
public:
    EditAssetCommand(AssetCommandContext context, domain::Asset before, domain::Asset after);
};

// Deleting assets deletes with them every row that refers to them (patch
// items, dismissals, backup jobs' links, a module's links); undo puts all of
// them back.
struct AssetRemoval
{
    QVector<domain::Asset> assets;
    store::LinkedRows linked;
};

class RemoveAssetsCommand final : public ChangeCommand<std::optional<AssetRemoval>>
{
public:
    RemoveAssetsCommand(AssetCommandContext context, QVector<domain::Asset> removed);
};

// Marks assets reviewed on a date; undo restores each one's old date.
class MarkReviewedCommand final : public ChangeCommand<QVector<domain::Asset>>
{
public:
    MarkReviewedCommand(AssetCommandContext context, QVector<domain::Asset> before,
                        const QDate &date);
};

} // namespace ui
} // namespace kamae
