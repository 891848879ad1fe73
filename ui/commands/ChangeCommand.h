#pragma once

#include "core/Result.h"
#include "widgets/CoreForward.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace kamae {
namespace ui {

// Where a module's undo commands write, and whom they tell.
struct CommandContext
{
    store::Database *db = nullptr;
    // After each write that succeeded (the page shows the change).
    std::function<void()> onChanged;
    // With the reason of a write that failed.
    std::function<void(const QString &)> onError;
};

// For a form that shows what it edits (the organisation profile, the people
// list): it refreshes after a failed write too, so that it shows what is
// stored again instead of what was refused.
CommandContext refreshingContext(store::Database &db, std::function<void()> refresh,
                                 std::function<void(const QString &)> onError);

// An undoable step that writes through the core in both directions, so that
// undo is saved and audited too. A write that fails makes the step obsolete,
// so that the stack never claims a state the data is not in, and says why.
class DeskCommand : public QUndoCommand
{
public:
    using Refresh = std::function<void()>;
    using ErrorHandler = std::function<void(const QString &)>;

    // Whether the last redo wrote (the first one runs in QUndoStack::push).
    // Take it before pushing: a failed command is obsolete and the stack
    // deletes it.
    std::shared_ptr<const bool> outcome() const { return m_ok; }

protected:
    explicit DeskCommand(CommandContext context) : m_context(std::move(context)) {}

    store::Database &database() const { return *m_context.db; }
    // Reports a failure, else tells onChanged; true when the write succeeded.
    bool finish(const Status &status);
    void setSucceeded(bool ok) { *m_ok = ok; }

private:
    CommandContext m_context;
    std::shared_ptr<bool> m_ok = std::make_shared<bool>(false);
};

// Success, or the failure of a result whose value the caller does not need.
template <typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.asFailure());
}

// Keeps what a write returned in `target` (a new record's id, what a removal
// took with it), or passes its failure on.
template <typename T, typename Target> Status keep(Result<T> result, Target &target)
{
    if (!result)
        return result.asFailure();
    target = std::move(result).value();
    return {};
}

// A record of which only `member` is known yet: a removal before its write
// fills in what it takes along.
template <typename Record, typename Member, typename Value>
Record recordWith(Member Record::*member, Value &&value)
{
    Record record;
    record.*member = std::forward<Value>(value);
    return record;
}

// A change from one state of a record (or of a few, or of whether one exists:
// std::nullopt) to another. Redo writes `before` → `after`, undo `after` →
// `before`, both with the same write, which may complete what it wrote (a new
// record's id, what a removal took with it) so that redo after undo keeps
// the same ids.
template <typename State> class ChangeCommand : public DeskCommand
{
public:
    using Write = std::function<Status(store::Database &db, State &from, State &to)>;

    void redo() override { setSucceeded(run(m_before, m_after, false)); }
    void undo() override { run(m_after, m_before, true); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : kMergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeCommand *>(other);
        // QUndoStack offers a command to merge even when its redo failed.
        if (!next || next->isObsolete() || !*next->outcome() || m_mergeKey.isEmpty() ||
            next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        // Back where it started: nothing left to undo.
        setObsolete(m_same(m_after, m_before));
        return true;
    }
    const State &before() const { return m_before; }
    const State &after() const { return m_after; }

protected:
    ChangeCommand(CommandContext context, State before, State after, Write write)
        : DeskCommand(std::move(context)), m_before(std::move(before)), m_after(std::move(after)),
          m_write(std::move(write))
    {}
    // Consecutive changes with the same key (of the same record) make one
    // step. Only here does State need ==.
    void mergeBy(QString key)
    {
        m_mergeKey = std::move(key);
        m_same = [](const State &a, const State &b) {
            return a == b;
        };
    }
    // Whether the write running is undo's (an audit note may say so).
    bool undoing() const { return m_undoing; }

private:
    // QUndoStack merges only commands of one id; the keys tell records apart.
    static constexpr int kMergeId = 0x5e1f;

    bool run(State &from, State &to, bool undoing)
    {
        m_undoing = undoing;
        return finish(m_write(database(), from, to));
    }

    State m_before;
    State m_after;
    Write m_write;
    QString m_mergeKey;
    bool (*m_same)(const State &, const State &) = nullptr;
    bool m_undoing = false;
};

} // namespace ui
} // namespace kamae
