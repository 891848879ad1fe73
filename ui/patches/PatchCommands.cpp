#include "patches/PatchCommands.h"

#include "store/PatchRepository.h"

#include <QCoreApplication>

namespace kamae {
namespace ui {

namespace {

struct PatchCommandText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::PatchCommands)
};

// Dismisses `to`, or takes `from` back when `to` is empty.
Status writeDismissals(store::Database &db, QVector<store::Dismissal> &from,
                       QVector<store::Dismissal> &to)
{
    store::FeedStore feeds(db);
    return to.isEmpty() ? feeds.undismiss(from) : feeds.dismiss(to);
}

Status writeAlias(store::Database &db, std::optional<patches::ProductAlias> &from,
                  std::optional<patches::ProductAlias> &to)
{
    store::FeedStore feeds(db);
    if (!to)
        return from ? feeds.removeAlias(from->id) : Status();
    if (from)
        return feeds.updateAlias(*to);
    return keep(feeds.addAlias(*to), to->id); // redo after undo restores the same id
}

} // namespace

PatchChangeCommand::PatchChangeCommand(PatchCommandContext context,
                                       QVector<domain::PatchItem> before,
                                       QVector<domain::PatchItem> after, const QString &text)
    : ChangeCommand(std::move(context), std::move(before), std::move(after),
                    [this](store::Database &db, auto &from, auto &to) {
                        const QString note = undoing()        ? QStringLiteral("undo")
                                             : from.isEmpty() ? QStringLiteral("create")
                                                              : QStringLiteral("update");
                        // New items come back with their ids.
                        return keep(store::PatchRepository(db).apply(from, to, note), to);
                    })
{
    setText(text);
}

DismissProposalsCommand::DismissProposalsCommand(PatchCommandContext context,
                                                 QVector<store::Dismissal> dismissals)
    : ChangeCommand(std::move(context), {}, std::move(dismissals), writeDismissals)
{
    setText(PatchCommandText::tr("Dismiss %n proposal(s)", nullptr,
                                 static_cast<int>(this->after().size())));
}

AliasCommand::AliasCommand(PatchCommandContext context, std::optional<patches::ProductAlias> before,
                           std::optional<patches::ProductAlias> after)
    : ChangeCommand(std::move(context), std::move(before), std::move(after), writeAlias)
{
    setText(!this->before()  ? PatchCommandText::tr("Add alias")
            : !this->after() ? PatchCommandText::tr("Remove alias")
                             : PatchCommandText::tr("Edit alias"));
}

} // namespace ui
} // namespace kamae
