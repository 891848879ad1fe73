#include "shell/UserGuideWindow.h"

#include "i18n/Language.h"
#include "settings/UiSettings.h"
#include "widgets/FittingScrollArea.h"
#include "widgets/Widgets.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {
constexpr int kBlockRole = Qt::UserRole;
} // namespace

UserGuideWindow::UserGuideWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("UserGuideWindow"));
    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setUniformRowHeights(true);
    // The headings take the pane's width and no more: one too long for it
    // ends in "…" (its tooltip holds it whole) rather than running off
    // under a scroll bar.
    m_contents->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setTextElideMode(Qt::ElideRight);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    // Links are followed here: headings by their GitHub anchors, which Qt's
    // Markdown reader does not make.
    m_browser->setOpenLinks(false);
    auto *back =
        sayingText(makeButton(this, QStringLiteral("guideBack")), [] { return tr("&Back"); });
    back->setEnabled(false);
    m_home = makeButton(this, QStringLiteral("guideHome"));

    m_splitter = makeSplitter(this, Qt::Horizontal, QStringLiteral("guideSplitter"),
                              {m_contents, m_browser});
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    // A width the person gave the contents is kept, here and next time.
    if (settings::guideSplitter.exists())
        m_sizedByHand = m_splitter->restoreState(settings::guideSplitter.get());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_sizedByHand = true;
        settings::guideSplitter.set(m_splitter->saveState());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(makeButtonRow({back, m_home}));
    layout->addWidget(m_splitter, 1);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::openLink);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::rebuildContents);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_home, &QPushButton::clicked, this, &UserGuideWindow::showGuide);
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { scrollToBlock(item->data(0, kBlockRole).toInt()); });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { scrollToBlock(item->data(0, kBlockRole).toInt()); });

    retranslate();
    onLanguageChange(this, [this] {
        retranslate();
        // The guide follows the window's language; another document stays.
        if (m_browser->source().path().startsWith(QLatin1String("/help/user-guide")))
            load(guideUrl());
    });
    resize(fitToScreen(this, QSize(1000, 720)));
}

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(i18n::currentLanguage() == QLatin1String("ja")
                    ? QStringLiteral("qrc:/help/user-guide.ja.md")
                    : QStringLiteral("qrc:/help/user-guide.md"));
}

void UserGuideWindow::showGuide()
{
    load(guideUrl());
    show();
    raise();
    activateWindow();
}

void UserGuideWindow::load(const QUrl &url)
{
    QUrl document = url;
    document.setFragment(QString());
    if (m_browser->source() != document)
        m_browser->setSource(document, QTextDocument::MarkdownResource);
    if (url.hasFragment())
        scrollToAnchor(url.fragment());
    else
        m_browser->verticalScrollBar()->setValue(0);
}

void UserGuideWindow::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
        url.scheme() == QLatin1String("mailto")) {
        // The guide itself never goes online; a web link is the reader's to follow.
        QDesktopServices::openUrl(url);
        return;
    }
    const QUrl target = m_browser->source().resolved(url);
    // Not a document shipped with Kamae (the developers' notes): nothing.
    if (target.scheme() != QLatin1String("qrc") ||
        !QFileInfo::exists(QLatin1Char(':') + target.path()))
        return;
    load(target);
}

QString UserGuideWindow::anchorFor(const QString &heading)
{
    QString anchor;
    for (const QChar ch : heading.trimmed().toLower()) {
        if (ch.isLetterOrNumber() || ch == QLatin1Char('-') || ch == QLatin1Char('_'))
            anchor += ch;
        else if (ch == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

bool UserGuideWindow::scrollToAnchor(const QString &anchor)
{
    const QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && anchorFor(block.text()) == anchor) {
            scrollToBlock(block.blockNumber());
            return true;
        }
    }
    return false;
}

void UserGuideWindow::scrollToBlock(int blockNumber)
{
    const QTextBlock block = m_browser->document()->findBlockByNumber(blockNumber);
    if (!block.isValid())
        return;
    // The document is laid out lazily; the scroll range needs all of it.
    QAbstractTextDocumentLayout *layout = m_browser->document()->documentLayout();
    layout->documentSize();
    const QRectF box = layout->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(static_cast<int>(box.top()));
}

void UserGuideWindow::rebuildContents()
{
    m_contents->clear();
    // The document's title (its one level-1 heading) is the window's; the
    // contents list its sections (level 2) and their parts (level 3).
    QTreeWidgetItem *section = nullptr;
    const QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2 || level > 3)
            continue;
        auto *item =
            level == 3 && section ? new QTreeWidgetItem(section) : new QTreeWidgetItem(m_contents);
        if (level == 2)
            section = item;
        item->setText(0, block.text());
        item->setToolTip(0, block.text());
        item->setData(0, kBlockRole, block.blockNumber());
    }
    m_contents->expandAll();
    if (m_sizedByHand)
        return;
    // Wide enough for the headings, up to two fifths of the window. (QTreeView
    // keeps the hint protected; QAbstractItemView offers it.)
    const QAbstractItemView *view = m_contents;
    const int wanted = view->sizeHintForColumn(0) + m_contents->indentation() +
                       2 * m_contents->frameWidth() +
                       m_contents->verticalScrollBar()->sizeHint().width();
    // Before the first show the splitter has no width of its own yet.
    const int total = m_splitter->isVisible() ? m_splitter->width() : width() - 24;
    const int left = qMin(wanted, total * 2 / 5);
    m_splitter->setSizes({left, total - left});
}

void UserGuideWindow::retranslate()
{
    setWindowTitle(tr("User guide — Kamae"));
    m_home->setText(tr("User &guide"));
    m_home->setToolTip(tr("Back to the beginning of the user guide"));
}

} // namespace ui
} // namespace kamae
