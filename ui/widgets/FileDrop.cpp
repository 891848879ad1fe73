#include "widgets/FileDrop.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace kamae {
namespace ui {

FileDrop::FileDrop(QWidget *target, std::function<void(const QStringList &)> take)
    : QObject(target), m_take(std::move(take))
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

QStringList FileDrop::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

bool FileDrop::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        if (localFiles(enter->mimeData()).isEmpty())
            return false;
        enter->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->acceptProposedAction();
        // Not inside the drag and drop: the import may open a dialog.
        QTimer::singleShot(0, this, [this, paths] { m_take(paths); });
        return true;
    }
    return QObject::eventFilter(watched, event);
}

DroppedFiles sortDroppedFiles(const QStringList &paths, const QStringList &suffixes)
{
    DroppedFiles files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile() && suffixes.contains(info.suffix().toLower()))
            files.taken << path;
        else
            files.refused << info.fileName();
    }
    return files;
}

} // namespace ui
} // namespace kamae
