#pragma once

#include <QUrl>
#include <QWidget>

class QPushButton;
class QSplitter;
class QTextBrowser;
class QTreeWidget;

namespace kamae {
namespace ui {

// Help → User guide: docs/user-guide.md (or user-guide.ja.md in a
// Japanese window) and the documents it links to, compiled into Kamae and
// shown offline. A contents tree lists the headings; links between the
// documents and to their headings work, other links open in the browser.
class UserGuideWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideWindow)

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    // The guide in the language of the window.
    static QUrl guideUrl();
    // Shows the guide from its beginning.
    void showGuide();
    // A link as if clicked: another document, a heading ("#saving") or both.
    void openLink(const QUrl &url);
    QTextBrowser *browser() const { return m_browser; }
    // GitHub's anchor for a heading ("Adding a module's factors" →
    // "adding-a-modules-factors"), which the documents link with.
    static QString anchorFor(const QString &heading);

private:
    void retranslate();
    void load(const QUrl &url);
    void rebuildContents();
    bool scrollToAnchor(const QString &anchor);
    void scrollToBlock(int blockNumber);

    bool m_sizedByHand = false; // the contents' width is the person's own
    QTreeWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_home = nullptr;
};

} // namespace ui
} // namespace kamae
