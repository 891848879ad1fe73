#include "widgets/Widgets.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <utility>

namespace kamae {
namespace ui {

namespace {

// Answers tooltip events on a table's viewport with the clipped text.
class ClippedToolTips final : public QObject
{
public:
    explicit ClippedToolTips(QTableView *view)
        : QObject(view), m_view(view), m_viewport(view->viewport())
    {}

protected:
    // The viewport outlives the view's QAbstractScrollArea part (it is
    // deleted as a child of the QWidget part) and still sends events then:
    // the filter must not call the view to recognise it (UBSan found it).
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_viewport)
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
            return false; // the model's own tooltip
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect cell = m_view->visualRect(index);
        // The text's width plus the cell's margins (about a character).
        const int needed = m_view->fontMetrics().horizontalAdvance(text) +
                           m_view->fontMetrics().averageCharWidth() * 2;
        if (text.isEmpty() || needed <= cell.width()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
        return true;
    }

private:
    QTableView *m_view;
    const QObject *m_viewport;
};

// Widens the name column into the room the other columns leave, and never
// narrows it below the width it had (fitted, restored or set by hand):
// unlike QHeaderView::Stretch, many columns in a narrow window do not
// squeeze the name to nothing.
class NameStretcher final : public QObject
{
public:
    explicit NameStretcher(QTableView *view)
        : QObject(view), m_view(view), m_viewport(view->viewport())
    {
        setObjectName(QStringLiteral("nameStretcher"));
        view->viewport()->installEventFilter(this);
        QHeaderView *header = view->horizontalHeader();
        connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
            if (m_adjusting)
                return;
            if (section == m_column)
                m_minimum = size; // the person's own width
            adjust();
        });
        connect(header, &QHeaderView::sectionCountChanged, this, [this] { adjust(); });
    }

    void setColumn(int column)
    {
        m_column = column;
        // A restored width may be a stretched one from a wider window.
        m_minimum = std::min(m_view->horizontalHeader()->sectionSize(column), kMaxNameWidth);
        adjust();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // As above: the view may be half destroyed when its viewport sends.
        if (event->type() == QEvent::Resize && watched == m_viewport)
            adjust();
        return false;
    }

private:
    void adjust()
    {
        QHeaderView *header = m_view->horizontalHeader();
        if (m_column < 0 || m_column >= header->count() || header->isSectionHidden(m_column))
            return;
        int others = 0;
        for (int c = 0; c < header->count(); ++c)
            if (c != m_column && !header->isSectionHidden(c))
                others += header->sectionSize(c);
        const int room = m_view->viewport()->width() - others;
        const int width = std::max(m_minimum, room);
        if (width == header->sectionSize(m_column))
            return;
        m_adjusting = true;
        header->resizeSection(m_column, width);
        m_adjusting = false;
    }

    static constexpr int kMaxNameWidth = 330;

    QTableView *m_view;
    const QObject *m_viewport;
    int m_column = -1;
    int m_minimum = 0;
    bool m_adjusting = false;
};

// Runs a widget's retranslate() on QEvent::LanguageChange, before the
// widget's own changeEvent() and its children's, as an override would.
class LanguageFollower final : public QObject
{
public:
    LanguageFollower(QWidget *widget, std::function<void()> retranslate)
        : QObject(widget), m_retranslate(std::move(retranslate))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::LanguageChange)
            m_retranslate();
        return false;
    }

private:
    std::function<void()> m_retranslate;
};

} // namespace

QSplitter *makeSplitter(QWidget *parent, Qt::Orientation orientation, const QString &name,
                        std::initializer_list<QWidget *> panes)
{
    auto *splitter = new QSplitter(orientation, parent);
    splitter->setObjectName(name);
    for (QWidget *pane : panes)
        splitter->addWidget(pane);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QLabel *makeBoldLabel(QWidget *parent, qreal scale)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *makeHintLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QAction *sayingText(QAction *action, QWidget *shownIn, Text text)
{
    followLanguage(shownIn, [action = QPointer<QAction>(action), text = std::move(text)] {
        if (action)
            action->setText(text());
    });
    return action;
}

namespace {

QLabel *labelOf(QWidget *parent, QWidget *buddy, Text text)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return sayingText(label, std::move(text));
}

} // namespace

QLabel *makeBuddyLabel(QWidget *field, Text text)
{
    return labelOf(field->parentWidget(), field, std::move(text));
}

QLabel *addLabelledRow(QFormLayout *form, QWidget *field, Text text)
{
    QLabel *label = labelOf(form->parentWidget(), field, std::move(text));
    form->addRow(label, field);
    return label;
}

QLabel *addLabelledRow(QFormLayout *form, QLayout *fields, QWidget *buddy, Text text)
{
    QLabel *label = labelOf(form->parentWidget(), buddy, std::move(text));
    form->addRow(label, fields);
    return label;
}

QHBoxLayout *makeButtonRow(const QList<QWidget *> &buttons)
{
    auto *row = new QHBoxLayout;
    for (QWidget *button : buttons)
        row->addWidget(button);
    row->addStretch();
    return row;
}

QSortFilterProxyModel *makeSortProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortLocaleAware(true);
    return proxy;
}

void onLanguageChange(QWidget *widget, std::function<void()> retranslate)
{
    new LanguageFollower(widget, std::move(retranslate));
}

void followLanguage(QWidget *widget, std::function<void()> retranslate)
{
    retranslate();
    new LanguageFollower(widget, std::move(retranslate));
}

QPushButton *makeButton(QWidget *parent, const QString &name)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    return button;
}

QToolButton *addCornerMenu(QTabWidget *tabs, QMenu *menu, const QString &name)
{
    auto *button = new QToolButton(tabs);
    button->setObjectName(name);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tabs->setCornerWidget(button, Qt::TopRightCorner);
    return button;
}

QPushButton *makeActionButton(QWidget *parent, QAction *action, const QString &name)
{
    QPushButton *button = makeButton(parent, name);
    const auto follow = [button, action] {
        button->setText(action->text());
        button->setToolTip(action->toolTip() == QString(action->text()).remove(QLatin1Char('&'))
                               ? QString()
                               : action->toolTip());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    };
    QObject::connect(action, &QAction::changed, button, follow);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    follow();
    return button;
}

QLineEdit *makeSearchEdit(QWidget *parent, int minimumWidth)
{
    auto *search = new QLineEdit(parent);
    search->setObjectName(QStringLiteral("searchEdit"));
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(minimumWidth);
    return search;
}

void stretchColumn(QTableView *view, int column)
{
    view->horizontalHeader()->setStretchLastSection(false);
    NameStretcher *stretcher = nullptr;
    for (QObject *child : view->children())
        if (auto *s = dynamic_cast<NameStretcher *>(child))
            stretcher = s;
    if (!stretcher)
        stretcher = new NameStretcher(view);
    stretcher->setColumn(column);
}

void fitColumns(QTableView *view, int stretch, const QList<int> &early, int cap)
{
    QHeaderView *header = view->horizontalHeader();
    view->resizeColumnsToContents();
    for (int c = 0; c < header->count(); ++c)
        // Long cell texts are capped (their tooltip shows them whole), the
        // column's title never: a clipped header names nothing.
        header->resizeSection(
            c, std::max(header->sectionSizeHint(c),
                        std::min(header->sectionSize(c), c == stretch ? cap * 3 / 2 : cap)));
    int to = header->visualIndex(stretch) + 1;
    for (int column : early) {
        const int from = header->visualIndex(column);
        if (from < 0 || to <= 0)
            continue;
        header->moveSection(from, from < to ? to - 1 : to);
        to = header->visualIndex(column) + 1;
    }
    stretchColumn(view, stretch);
}

void widenToTitles(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c) && header->sectionSize(c) < header->sectionSizeHint(c))
            header->resizeSection(c, header->sectionSizeHint(c));
}

void widenToNewTexts(QTableView *view, int cap)
{
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c) || header->sectionResizeMode(c) == QHeaderView::Stretch)
            continue;
        const int wanted = std::max(
            header->sectionSizeHint(c),
            std::min(static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(c), cap));
        if (header->sectionSize(c) < wanted)
            header->resizeSection(c, wanted);
    }
}

QList<int> selectedSourceRows(const QTableView *view)
{
    QList<int> rows;
    if (!view->selectionModel())
        return rows;
    QModelIndexList shown = view->selectionModel()->selectedRows();
    std::sort(shown.begin(), shown.end());
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
    for (const QModelIndex &index : std::as_const(shown))
        rows << (proxy ? proxy->mapToSource(index).row() : index.row());
    return rows;
}

void showSourceRow(QTableView *view, int sourceRow)
{
    if (sourceRow < 0)
        return;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
    const QModelIndex index = proxy
                                  ? proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0))
                                  : view->model()->index(sourceRow, 0);
    if (!index.isValid())
        return;
    view->selectRow(index.row());
    view->scrollTo(index);
}

void showClippedTextAsToolTip(QTableView *view)
{
    view->viewport()->installEventFilter(new ClippedToolTips(view));
}

WaitCursor::WaitCursor()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
}

WaitCursor::~WaitCursor()
{
    QGuiApplication::restoreOverrideCursor();
}

bool confirmed(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

} // namespace ui
} // namespace kamae
