#include "assets/AssetCommands.h"

#include "assets/AssetTableModel.h"
#include "store/AssetRepository.h"

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

// The asset commands update the model themselves, row by row, instead of
// having the page read the register again.
CommandContext writingContext(const AssetCommandContext &context)
{
    return {context.db, {}, context.onError};
}

// Inserts `to`, or removes `from` when `to` is empty.
Status insertOrRemove(AssetTableModel *model, const QString &auditNote, store::Database &db,
                      QVector<domain::Asset> &from, QVector<domain::Asset> &to)
{
    store::AssetRepository repo(db);
    if (to.isEmpty()) {
        const Status s = repo.remove(idsOf(from));
        if (s)
            model->removeIds(idsOf(from));
        return s;
    }
    const auto ids = repo.insertMany(to, auditNote);
    if (!ids)
        return ids.asFailure();
    for (int i = 0; i < to.size(); ++i)
        to[i].id = ids->at(i);
    if (to.size() > 1000) {
        // One reset is far cheaper than thousands of row inserts.
        auto all = repo.all();
        if (all)
            model->setAssets(std::move(all.value()));
    } else {
        for (const auto &a : to)
            model->upsert(a);
    }
    return {};
}

// Removes `from`'s assets (keeping what refers to them), or restores `to`
// whole.
Status removeOrRestore(AssetTableModel *model, store::Database &db,
                       std::optional<AssetRemoval> &from, std::optional<AssetRemoval> &to)
{
    if (!to) {
        const QVector<qint64> ids = idsOf(from->assets);
        const Status s = store::AssetRepository(db).remove(ids, &from->linked);
        if (s)
            model->removeIds(ids);
        return s;
    }
    const Status s = store::AssetRepository(db).restore(to->assets, to->linked,
                                                        AssetCommandText::tr("Undo delete"));
    if (s)
        for (const auto &a : to->assets)
            model->upsert(a);
    return s;
}

QVector<domain::Asset> reviewedOn(QVector<domain::Asset> assets, const QDate &date)
{
    for (domain::Asset &a : assets)
        a.reviewed = date;
    return assets;
}

} // namespace

AddAssetsCommand::AddAssetsCommand(AssetCommandContext context, QVector<domain::Asset> assets,
                                   const QString &text, QString auditNote)
    : ChangeCommand(writingContext(context), {}, std::move(assets),
                    [model = context.model, note = std::move(auditNote)](store::Database &db,
                                                                         auto &from, auto &to) {
                        return insertOrRemove(model, note, db, from, to);
                    })
{
    setText(text);
}

EditAssetCommand::EditAssetCommand(AssetCommandContext context, domain::Asset before,
                                   domain::Asset after)
    : ChangeCommand(writingContext(context), std::move(before), std::move(after),
                    [model = context.model](store::Database &db, auto &, domain::Asset &to) {
                        const Status s = store::AssetRepository(db).update(to);
                        if (s)
                            model->upsert(to);
                        return s;
                    })
{
    setText(AssetCommandText::tr("Edit %1").arg(this->after().name));
}

RemoveAssetsCommand::RemoveAssetsCommand(AssetCommandContext context,
                                         QVector<domain::Asset> removed)
    : ChangeCommand(writingContext(context), recordWith(&AssetRemoval::assets, std::move(removed)),
                    std::nullopt,
                    [model = context.model](store::Database &db, auto &from, auto &to) {
                        return removeOrRestore(model, db, from, to);
                    })
{
    const QVector<domain::Asset> &assets = before()->assets;
    setText(assets.size() == 1 ? AssetCommandText::tr("Delete %1").arg(assets.first().name)
                               : AssetCommandText::tr("Delete %n asset(s)", nullptr,
                                                      static_cast<int>(assets.size())));
}

MarkReviewedCommand::MarkReviewedCommand(AssetCommandContext context, QVector<domain::Asset> before,
                                         const QDate &date)
    : ChangeCommand(writingContext(context), before, reviewedOn(before, date),
                    [this, model = context.model, date](store::Database &db, auto &,
                                                        QVector<domain::Asset> &to) {
                        store::AssetRepository repo(db);
                        // Marking is one statement; undo puts each old date back.
                        if (!undoing())
                            if (Status s = repo.markReviewed(idsOf(to), date); !s)
                                return s;
                        for (const auto &a : to) {
                            if (undoing())
                                if (Status s = repo.update(a); !s)
                                    return s;
                            model->upsert(a);
                        }
                        return Status();
                    })
{
    setText(AssetCommandText::tr("Mark %n asset(s) reviewed", nullptr,
                                 static_cast<int>(this->before().size())));
}

} // namespace ui
} // namespace kamae
