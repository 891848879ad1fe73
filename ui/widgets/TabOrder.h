#pragma once

#include <QWidget>

#include <initializer_list>

namespace kamae {
namespace ui {

// Tab moves through the widgets in the order given (the order a person
// reads the dialog in), whatever order they were created in.
inline void setTabChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace ui
} // namespace kamae
