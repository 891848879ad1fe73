#pragma once

#include "core/Result.h"
#include "widgets/Widgets.h"

#include <QString>

#include <functional>

class QWidget;

namespace kamae {
namespace ui {

class MessageBar;

namespace pdfsaving {
// Where to save: `path` if given, else the person's choice in the file
// dialog (empty when cancelled), starting at `fileName` in the reports' folder.
QString choosePath(QWidget *parent, const QString &path, const QString &caption,
                   const QString &fileName);
// "Saved <path> (n pages)." on the bar, or why not.
bool report(MessageBar *bar, const Result<int> &pages, const QString &path);
} // namespace pdfsaving

// A printout saved from a page: `built` (its content, read from the vault)
// or why it could not be built; asks where unless `path` is given; writes
// it with `write(content, path)` → pages; says on the bar what happened.
template <typename Content, typename Write>
bool savePdf(QWidget *parent, MessageBar *bar, const Result<Content> &built, const QString &path,
             const QString &caption, Write write)
{
    if (!built)
        return pdfsaving::report(bar, Result<int>::failure(built.error()), path);
    // Content's default name: a member or a member function `fileName`.
    const QString chosen = pdfsaving::choosePath(parent, path, caption,
                                                 std::invoke(&Content::fileName, built.value()));
    if (chosen.isEmpty())
        return false;
    WaitCursor wait;
    return pdfsaving::report(bar, write(built.value(), chosen), chosen);
}

} // namespace ui
} // namespace kamae
