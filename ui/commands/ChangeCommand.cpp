#include "commands/ChangeCommand.h"

namespace kamae {
namespace ui {

CommandContext refreshingContext(store::Database &db, std::function<void()> refresh,
                                 std::function<void(const QString &)> onError)
{
    auto failed = [refresh, onError = std::move(onError)](const QString &message) {
        if (onError)
            onError(message);
        if (refresh)
            refresh();
    };
    return {&db, std::move(refresh), std::move(failed)};
}

bool DeskCommand::finish(const Status &status)
{
    if (!status) {
        setObsolete(true);
        if (m_context.onError)
            m_context.onError(status.error());
        return false;
    }
    if (m_context.onChanged)
        m_context.onChanged();
    return true;
}

} // namespace ui
} // namespace kamae
