#pragma once

// Helpers for tests that drive widgets.

#include <QApplication>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QUrl>
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
    // The dialog that is modal now is not the next one: a hook set from
    // inside a dialog's handler must wait for the dialog that dialog opens,
    // however slowly a loaded machine gets there.
    const QPointer<QWidget> current = QApplication::activeModalWidget();
    QObject::connect(timer, &QTimer::timeout, [timer, f, current] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || (current && modal == current))
            return;
        timer->stop();
        timer->deleteLater();
        const QPointer<QWidget> dialog = modal;
        f(modal);
        // A check that failed inside f returned before closing the dialog,
        // which would block the test in exec() until the watchdog kills it.
        if (QTest::currentTestFailed() && dialog && dialog->isVisible())
            if (auto *d = qobject_cast<QDialog *>(dialog.data()))
                d->reject();
    });
    timer->start();
}

// Drags local files over `target` and drops them, as a file manager does:
// the drop reaches only a widget that took the drag's enter event.
// Returns whether the drop was taken.
inline bool sendDrop(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace test
} // namespace kamae
