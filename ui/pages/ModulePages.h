#pragma once

#include "widgets/CoreForward.h"

#include <QObject>
#include <QString>

#include <functional>
#include <type_traits>

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
// `ModulePages <id>Pages()` next to the line of app/modules/ModuleList.h,
// made with modulePages() below. The workspace makes the page and sends it
// the places that name its module.
struct ModulePages
{
    std::function<Page *(const PageContext &context)> create;
    // Shows what the request names on the page (already made current).
    std::function<void(Page *page, const PlaceRequest &request)> show;
};

// How a module's page of class P shows a place, and how it asks for others.
template <typename P> using ShowPlace = std::function<void(P &page, const PlaceRequest &request)>;
template <typename P> using LinkPlaces = std::function<void(P &page, const PageContext &context)>;

// The ModulePages of a module whose page is a P: made with (session, undo)
// when P takes those, else with (db, undo); `show` shows a place on it (see
// showingRecord()); `link` ties its requests for other places to
// PageContext::open (see opening()).
template <typename P> ModulePages modulePages(ShowPlace<P> show = {}, LinkPlaces<P> link = {})
{
    ModulePages pages;
    pages.create = [link](const PageContext &context) -> Page * {
        P *page = nullptr;
        if constexpr (std::is_constructible_v<P, vault::VaultSession &, QUndoStack &>)
            page = new P(context.session, context.undo);
        else
            page = new P(context.db, context.undo);
        if (link)
            link(*page, context);
        return page;
    };
    if (show)
        pages.show = [show](Page *page, const PlaceRequest &request) {
            show(*static_cast<P *>(page), request);
        };
    return pages;
}

// Shows the record a place names, if it names one, with P's `showRecord`.
template <typename P, typename Id> ShowPlace<P> showingRecord(void (P::*showRecord)(Id))
{
    return [showRecord](P &page, const PlaceRequest &request) {
        if (request.recordId > 0)
            (page.*showRecord)(static_cast<Id>(request.recordId));
    };
}

// Opens the record of `module` that the page asks for with `signal`.
template <typename P>
LinkPlaces<P> opening(void (P::*signal)(qint64 recordId), QString module, QString key = {})
{
    return [signal, module, key](P &page, const PageContext &context) {
        QObject::connect(&page, signal, &page, [open = context.open, module, key](qint64 recordId) {
            open({module, recordId, key});
        });
    };
}

// Opens the place (module and record) that the page asks for with `signal`.
template <typename P> LinkPlaces<P> opening(void (P::*signal)(QString module, qint64 recordId))
{
    return [signal](P &page, const PageContext &context) {
        QObject::connect(&page, signal, &page,
                         [open = context.open](const QString &module, qint64 recordId) {
                             open({module, recordId, QString()});
                         });
    };
}

} // namespace ui
} // namespace kamae
