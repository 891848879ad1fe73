#pragma once

#include <QString>

#include <functional>

class QUndoStack;

namespace kamae {
namespace store {
class Database;
} // namespace store
namespace vault {
class VaultSession;
} // namespace vault
} // namespace kamae

namespace kamae {
namespace ui {

class Page;

// "Open this record": a module's key (or "dashboard"), maybe a record on
// its page, and the key of what asked (a next action's key, a reminder's
// kind, or a word the two pages agree on, such as "asset").
struct PlaceRequest
{
    QString module;
    qint64 recordId = 0;
    QString key;
};

// What a page needs from the shell when it is made.
struct PageContext
{
    vault::VaultSession &session;
    store::Database &db;
    QUndoStack &undo;
    // Asks the shell to show another place (another module's record).
    std::function<void(const PlaceRequest &)> open;
};

// A module's side in the window, declared once in its ui/ folder as
// `ModulePages <id>Pages()` next to the line of app/modules/ModuleList.h.
// The workspace makes the page and sends it the places that name its module.
struct ModulePages
{
    Page *(*create)(const PageContext &context) = nullptr;
    // Shows what the request names on the page (already made current).
    void (*show)(Page *page, const PlaceRequest &request) = nullptr;
};

} // namespace ui
} // namespace kamae
