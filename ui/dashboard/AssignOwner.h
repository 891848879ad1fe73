#pragma once

#include <QtGlobal>

#include <optional>

class QWidget;

namespace kamae {
namespace score {
struct Action;
struct ScoreInput;
} // namespace score
} // namespace kamae

namespace kamae {
namespace ui {

// Asks who answers for a next action: an entry of the people list, or
// nobody of its own (then its record's owner answers, whom the choice
// names). The owner's id (0: none of its own), or nothing when cancelled.
std::optional<qint64> askActionOwner(QWidget *parent, const score::ScoreInput &input,
                                     const score::Action &action);

} // namespace ui
} // namespace kamae
