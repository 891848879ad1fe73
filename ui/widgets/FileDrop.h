#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QMimeData;
class QWidget;

namespace kamae {
namespace ui {

// Files dropped on a widget to be imported: the widget takes a drop that
// carries only local files and, once the drop has ended (an import may open
// a modal dialog), hands their paths on. What a page or panel makes of
// them is its own; sortDroppedFiles() says which of them it can take.
class FileDrop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDrop)

public:
    // `target` accepts drops from now on; `take` gets the paths of each one.
    FileDrop(QWidget *target, std::function<void(const QStringList &paths)> take);

    // The local files a drag carries; none when it carries anything else.
    static QStringList localFiles(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void(const QStringList &)> m_take;
};

struct DroppedFiles
{
    QStringList taken;   // paths of files with one of the suffixes
    QStringList refused; // names of the others (folders too)
};

// suffixes: lower case, without the dot; a file's suffix is compared in lower case.
DroppedFiles sortDroppedFiles(const QStringList &paths, const QStringList &suffixes);

} // namespace ui
} // namespace kamae
