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

void failCommand(QUndoCommand *command, const PatchCommandContext &context, const QString &error)
{
    command->setObsolete(true);
    if (context.onError)
        context.onError(error);
}

void changed(const PatchCommandContext &context)
{
    if (context.onChanged)
        context.onChanged();
}

} // namespace

PatchChangeCommand::PatchChangeCommand(PatchCommandContext context,
                                       QVector<domain::PatchItem> before,
                                       QVector<domain::PatchItem> after, const QString &text)
    : m_context(std::move(context)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void PatchChangeCommand::redo()
{
    auto stored =
        store::PatchRepository(*m_context.db)
            .apply(m_before, m_after,
                   m_before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"));
    if (!stored) {
        failCommand(this, m_context, stored.error());
        return;
    }
    m_after = std::move(stored).value(); // new items now carry their ids
    changed(m_context);
}

void PatchChangeCommand::undo()
{
    auto stored =
        store::PatchRepository(*m_context.db).apply(m_after, m_before, QStringLiteral("undo"));
    if (!stored) {
        failCommand(this, m_context, stored.error());
        return;
    }
    changed(m_context);
}

DismissProposalsCommand::DismissProposalsCommand(PatchCommandContext context,
                                                 QVector<store::Dismissal> dismissals)
    : m_context(std::move(context)), m_dismissals(std::move(dismissals))
{
    setText(PatchCommandText::tr("Dismiss %n proposal(s)", nullptr,
                                 static_cast<int>(m_dismissals.size())));
}

void DismissProposalsCommand::redo()
{
    if (Status s = store::FeedStore(*m_context.db).dismiss(m_dismissals); !s) {
        failCommand(this, m_context, s.error());
        return;
    }
    changed(m_context);
}

void DismissProposalsCommand::undo()
{
    if (Status s = store::FeedStore(*m_context.db).undismiss(m_dismissals); !s) {
        failCommand(this, m_context, s.error());
        return;
    }
    changed(m_context);
}

AliasCommand::AliasCommand(PatchCommandContext context, std::optional<patches::ProductAlias> before,
                           std::optional<patches::ProductAlias> after)
    : m_context(std::move(context)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(!m_before  ? PatchCommandText::tr("Add alias")
            : !m_after ? PatchCommandText::tr("Remove alias")
                       : PatchCommandText::tr("Edit alias"));
}

bool AliasCommand::write(const std::optional<patches::ProductAlias> &from,
                         std::optional<patches::ProductAlias> &to)
{
    store::FeedStore feeds(*m_context.db);
    Status s;
    if (from && !to) {
        s = feeds.removeAlias(from->id);
    } else if (!from && to) {
        auto id = feeds.addAlias(*to);
        if (id)
            to->id = id.value(); // redo after undo restores the same id
        else
            s = Status::failure(id.error());
    } else if (from && to) {
        s = feeds.updateAlias(*to);
    }
    if (!s) {
        failCommand(this, m_context, s.error());
        return false;
    }
    changed(m_context);
    return true;
}

void AliasCommand::redo()
{
    *m_ok = write(m_before, m_after);
}

void AliasCommand::undo()
{
    write(m_after, m_before);
}

} // namespace ui
} // namespace kamae
