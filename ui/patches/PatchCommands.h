#pragma once

#include "domain/Patch.h"
#include "patches/Matching.h"
#include "store/FeedStore.h"

#include <QUndoCommand>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace kamae {
namespace store {
class Database;
}
namespace ui {

// Where patch commands write, and whom they tell.
struct PatchCommandContext
{
    store::Database *db = nullptr;
    std::function<void()> onChanged;
    std::function<void(const QString &)> onError;
};

// Any change of patch items: adding (before empty), editing, marking
// applied, accepting a risk, deleting (after empty), confirming proposals.
// Undo writes `before` back; redo writes `after` under the same ids.
class PatchChangeCommand final : public QUndoCommand
{
public:
    PatchChangeCommand(PatchCommandContext context, QVector<domain::PatchItem> before,
                       QVector<domain::PatchItem> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    PatchCommandContext m_context;
    QVector<domain::PatchItem> m_before;
    QVector<domain::PatchItem> m_after;
};

// Turning proposals down, remembered per asset; undo brings them back.
class DismissProposalsCommand final : public QUndoCommand
{
public:
    DismissProposalsCommand(PatchCommandContext context, QVector<store::Dismissal> dismissals);
    void redo() override;
    void undo() override;

private:
    PatchCommandContext m_context;
    QVector<store::Dismissal> m_dismissals;
};

// Adding (no before), editing, or removing (no after) one product alias.
class AliasCommand final : public QUndoCommand
{
public:
    AliasCommand(PatchCommandContext context, std::optional<patches::ProductAlias> before,
                 std::optional<patches::ProductAlias> after);
    void redo() override;
    void undo() override;
    // Whether the first redo (run by QUndoStack::push) wrote. Take it before
    // pushing: a failed command is obsolete and the stack deletes it.
    std::shared_ptr<const bool> outcome() const { return m_ok; }

private:
    bool write(const std::optional<patches::ProductAlias> &from,
               std::optional<patches::ProductAlias> &to);

    PatchCommandContext m_context;
    std::optional<patches::ProductAlias> m_before;
    std::optional<patches::ProductAlias> m_after;
    std::shared_ptr<bool> m_ok = std::make_shared<bool>(false);
};

} // namespace ui
} // namespace kamae
