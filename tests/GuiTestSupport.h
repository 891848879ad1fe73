#pragma once

// Helpers for tests that drive widgets.

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace kamae {
namespace test {

// Runs f on the next modal dialog, once it is up. Modal dialogs block in
// exec(), so the test talks to them from the event loop.
inline void onNextModal(std::function<void(QWidget *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        f(modal);
    });
    timer->start();
}

} // namespace test
} // namespace kamae
