#pragma once

#include "commands/ChangeCommand.h"
#include "domain/Patch.h"
#include "patches/Matching.h"
#include "store/FeedStore.h"

#include <QVector>

#include <optional>

namespace kamae {
namespace ui {

// Where patch commands write, and whom they tell.
using PatchCommandContext = CommandContext;

// Any change of patch items: adding (before empty), editing, marking
// applied, accepting a risk, deleting (after empty), confirming proposals.
// Undo writes `before` back; redo writes `after` under the same ids.
class PatchChangeCommand final : public ChangeCommand<QVector<domain::PatchItem>>
{
public:
    PatchChangeCommand(PatchCommandContext context, QVector<domain::PatchItem> before,
                       QVector<domain::PatchItem> after, const QString &text);
};

// Turning proposals down, remembered per asset; undo brings them back.
class DismissProposalsCommand final : public ChangeCommand<QVector<store::Dismissal>>
{
public:
    DismissProposalsCommand(PatchCommandContext context, QVector<store::Dismissal> dismissals);
};

// Adding (no before), editing, or removing (no after) one product alias.
class AliasCommand final : public ChangeCommand<std::optional<patches::ProductAlias>>
{
public:
    AliasCommand(PatchCommandContext context, std::optional<patches::ProductAlias> before,
                 std::optional<patches::ProductAlias> after);
};

} // namespace ui
} // namespace kamae
