#pragma once

// What the Report page's parts share: its texts' context.

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

namespace kamae {
namespace ui {

// The page's texts keep the page's context in the parts that moved to files
// of their own, so that their translations stay with them.
struct ReportPageText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::ReportPage)
};

// A shortcut as a tooltip names it ("Ctrl+Shift+S").
inline QString shortcutText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace ui
} // namespace kamae
