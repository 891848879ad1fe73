#pragma once

#include "domain/Asset.h"
#include "domain/Patch.h"
#include "store/FeedStore.h"

#include <QDate>
#include <QUndoCommand>
#include <QVector>

#include <functional>

namespace kamae {
namespace store {
class Database;
}
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
class AddAssetsCommand final : public QUndoCommand
{
public:
    AddAssetsCommand(AssetCommandContext context, QVector<domain::Asset> assets,
                     const QString &text, QString auditNote = {});
    void redo() override;
    void undo() override;
    bool succeeded() const { return m_ok; }
    const QVector<domain::Asset> &assets() const { return m_assets; }

private:
    AssetCommandContext m_context;
    QVector<domain::Asset> m_assets;
    QString m_auditNote;
    bool m_ok = false;
};

class EditAssetCommand final : public QUndoCommand
{
public:
    EditAssetCommand(AssetCommandContext context, domain::Asset before, domain::Asset after);
    void redo() override;
    void undo() override;

private:
    void write(const domain::Asset &asset);

    AssetCommandContext m_context;
    domain::Asset m_before;
    domain::Asset m_after;
};

class RemoveAssetsCommand final : public QUndoCommand
{
public:
    RemoveAssetsCommand(AssetCommandContext context, QVector<domain::Asset> removed);
    void redo() override;
    void undo() override;

private:
    AssetCommandContext m_context;
    QVector<domain::Asset> m_removed;
    // Deleting an asset deletes its patch items and dismissals with it;
    // undo puts them back.
    QVector<domain::PatchItem> m_patchItems;
    QVector<store::Dismissal> m_dismissals;
};

// Marks assets reviewed on a date; undo restores each one's old date.
class MarkReviewedCommand final : public QUndoCommand
{
public:
    MarkReviewedCommand(AssetCommandContext context, QVector<domain::Asset> before,
                        const QDate &date);
    void redo() override;
    void undo() override;

private:
    AssetCommandContext m_context;
    QVector<domain::Asset> m_before;
    QDate m_date;
};

} // namespace ui
} // namespace kamae
