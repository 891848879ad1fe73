#pragma once

#include <QEventLoop>
#include <QThread>

#include <optional>
#include <utility>

namespace kamae {
namespace ui {

// Runs `work` on a thread of its own and waits for its result in a local
// event loop, so that the window keeps painting (a progress bar moves, the
// desktop never calls Kamae "not responding") while, say, a key is derived.
// The caller keeps the person from starting anything else meanwhile (a
// dialog disabled and refusing to close); `work` must touch nothing that
// belongs to this thread (no Qt SQL, no widget).
template <typename Work> auto runOffThread(Work work) -> decltype(work())
{
    using Value = decltype(work());
    std::optional<Value> value;
    QEventLoop loop;
    QThread *thread = QThread::create([&value, &work] { value.emplace(work()); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    // Input and timers go on; the loop ends only when the work is done.
    if (!thread->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    return std::move(*value);
}

} // namespace ui
} // namespace kamae
