#include "assets/AssetCommands.h"

#include "assets/AssetTableModel.h"
#include "store/AssetRepository.h"
#include "store/PatchRepository.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

namespace {

struct AssetCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::AssetCommands)
};

QVector<qint64> idsOf(const QVector<domain::Asset> &assets)
{
    QVector<qint64> ids;
    ids.reserve(assets.size());
    for (const auto &a : assets)
        ids << a.id;
    return ids;
}

// A command whose write failed must not claim the state it describes.
void failCommand(QUndoCommand *command, const AssetCommandContext &context, const QString &error)
{
    command->setObsolete(true);
    if (context.onError)
        context.onError(error);
}

} // namespace

AddAssetsCommand::AddAssetsCommand(AssetCommandContext context, QVector<domain::Asset> assets,
                                   const QString &text, QString auditNote)
    : m_context(std::move(context)), m_assets(std::move(assets)), m_auditNote(std::move(auditNote))
{
    setText(text);
}

void AddAssetsCommand::redo()
{
    store::AssetRepository repo(*m_context.db);
    const auto ids = repo.insertMany(m_assets, m_auditNote);
    m_ok = ids.ok();
    if (!ids) {
        failCommand(this, m_context, ids.error());
        return;
    }
    for (int i = 0; i < m_assets.size(); ++i)
        m_assets[i].id = ids->at(i);
    if (m_assets.size() > 1000) {
        // One reset is far cheaper than thousands of row inserts.
        auto all = repo.all();
        if (all)
            m_context.model->setAssets(std::move(all.value()));
    } else {
        for (const auto &a : m_assets)
            m_context.model->upsert(a);
    }
}

void AddAssetsCommand::undo()
{
    const Status s = store::AssetRepository(*m_context.db).remove(idsOf(m_assets));
    if (!s) {
        failCommand(this, m_context, s.error());
        return;
    }
    m_context.model->removeIds(idsOf(m_assets));
}

EditAssetCommand::EditAssetCommand(AssetCommandContext context, domain::Asset before,
                                   domain::Asset after)
    : m_context(std::move(context)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(AssetCommandText::tr("Edit %1").arg(m_after.name));
}

void EditAssetCommand::redo()
{
    write(m_after);
}

void EditAssetCommand::undo()
{
    write(m_before);
}

void EditAssetCommand::write(const domain::Asset &asset)
{
    const Status s = store::AssetRepository(*m_context.db).update(asset);
    if (!s) {
        failCommand(this, m_context, s.error());
        return;
    }
    m_context.model->upsert(asset);
}

RemoveAssetsCommand::RemoveAssetsCommand(AssetCommandContext context,
                                         QVector<domain::Asset> removed)
    : m_context(std::move(context)), m_removed(std::move(removed))
{
    setText(m_removed.size() == 1 ? AssetCommandText::tr("Delete %1").arg(m_removed.first().name)
                                  : AssetCommandText::tr("Delete %n asset(s)", nullptr,
                                                         static_cast<int>(m_removed.size())));
}

void RemoveAssetsCommand::redo()
{
    const QVector<qint64> ids = idsOf(m_removed);
    auto items = store::PatchRepository(*m_context.db).forAssets(ids);
    auto dismissals = store::FeedStore(*m_context.db).dismissals();
    if (!items || !dismissals) {
        failCommand(this, m_context, !items ? items.error() : dismissals.error());
        return;
    }
    m_patchItems = std::move(items).value();
    m_dismissals.clear();
    for (const store::Dismissal &d : dismissals.value())
        if (ids.contains(d.assetId))
            m_dismissals << d;
    const Status s = store::AssetRepository(*m_context.db).remove(idsOf(m_removed));
    if (!s) {
        failCommand(this, m_context, s.error());
        return;
    }
    m_context.model->removeIds(idsOf(m_removed));
}

void RemoveAssetsCommand::undo()
{
    // All or nothing: the assets do not come back without their patch
    // items and dismissals.
    store::Transaction tx(*m_context.db);
    Status s = tx ? Status() : Status(tx.failure());
    if (s) {
        const auto ids = store::AssetRepository(*m_context.db)
                             .insertMany(m_removed, AssetCommandText::tr("Undo delete"));
        if (!ids)
            s = ids.asFailure();
    }
    if (s) {
        auto restored =
            store::PatchRepository(*m_context.db).apply({}, m_patchItems, QStringLiteral("undo"));
        if (!restored)
            s = restored.asFailure();
    }
    if (s && !m_dismissals.isEmpty())
        s = store::FeedStore(*m_context.db).dismiss(m_dismissals);
    if (s)
        s = tx.commit();
    if (!s) {
        failCommand(this, m_context, s.error());
        return;
    }
    for (const auto &a : m_removed)
        m_context.model->upsert(a);
}

MarkReviewedCommand::MarkReviewedCommand(AssetCommandContext context, QVector<domain::Asset> before,
                                         const QDate &date)
    : m_context(std::move(context)), m_before(std::move(before)), m_date(date)
{
    setText(AssetCommandText::tr("Mark %n asset(s) reviewed", nullptr,
                                 static_cast<int>(m_before.size())));
}

void MarkReviewedCommand::redo()
{
    const Status s = store::AssetRepository(*m_context.db).markReviewed(idsOf(m_before), m_date);
    if (!s) {
        failCommand(this, m_context, s.error());
        return;
    }
    for (domain::Asset a : m_before) {
        a.reviewed = m_date;
        m_context.model->upsert(a);
    }
}

void MarkReviewedCommand::undo()
{
    store::AssetRepository repo(*m_context.db);
    for (const auto &a : m_before) {
        if (const Status s = repo.update(a); !s) {
            failCommand(this, m_context, s.error());
            return;
        }
        m_context.model->upsert(a);
    }
}

} // namespace ui
} // namespace kamae
