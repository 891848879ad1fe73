#pragma once

#include <QCoreApplication>

namespace kamae {
namespace ui {

// The window's texts keep the window's context in the parts that moved to
// files of their own (MainMenus, VaultFlow), so that their translations stay
// with them.
struct MainWindowText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::MainWindow)
};

} // namespace ui
} // namespace kamae
