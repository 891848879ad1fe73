#pragma once

// Small widget factories that every page and dialog would otherwise repeat.

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

#include <functional>
#include <initializer_list>
#include <type_traits>
#include <utility>

class QAction;
class QFormLayout;
class QHBoxLayout;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace kamae {
namespace ui {

// A text in the current language, asked again on each language change.
using Text = std::function<QString()>;

// The red line under a form or over a table that says what went wrong;
// hidden until there is something to say. Tests find it as "errorLabel".
inline QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

// Makes the widget's font bold and `scale` times as large.
inline void setBoldFont(QWidget *widget, qreal scale = 1.0)
{
    QFont bold = widget->font();
    bold.setPointSizeF(bold.pointSizeF() * scale);
    bold.setBold(true);
    widget->setFont(bold);
}

// A label of running text that wraps at the width it is given; tests find
// it by `name`.
inline QLabel *makeWrappedLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

// Calls `retranslate` now and on each language change of `widget`, so that
// its texts follow the language without a restart or a changeEvent().
void followLanguage(QWidget *widget, std::function<void()> retranslate);

namespace detail {
template <typename W, typename = void> constexpr bool hasTitle = false;
template <typename W>
constexpr bool hasTitle<W, std::void_t<decltype(std::declval<W &>().setTitle(QString()))>> = true;
} // namespace detail

// Makes the widget say `text` (its text; a group box's or menu's title) now
// and after each language change, so that no retranslate() has to keep it,
// nor a member that is there only for that; returns the widget.
template <typename W> W *sayingText(W *widget, Text text)
{
    followLanguage(widget, [widget, text = std::move(text)] {
        if constexpr (detail::hasTitle<W>)
            widget->setTitle(text());
        else
            widget->setText(text());
    });
    return widget;
}
// An action is no widget: its text follows the language of `shownIn` (the
// menu or panel that holds it).
QAction *sayingText(QAction *action, QWidget *shownIn, Text text);

// The label of a form's field: Alt and the label's letter reach the field.
// It says `text` now and after each language change.
QLabel *makeBuddyLabel(QWidget *field, Text text);

// A bold label `scale` times the size of the normal font: headings, titles
// and captions.
QLabel *makeBoldLabel(QWidget *parent, qreal scale = 1.0);

// Secondary text (an intro, a step's detail): wrapped, in the palette's
// quiet placeholder colour. Tests find it by `name`.
QLabel *makeHintLabel(QWidget *parent, const QString &name);

// A row of `form`: a label saying `text` (in the current language) whose
// mnemonic focuses `field`, or `buddy` among the row's `fields`.
QLabel *addLabelledRow(QFormLayout *form, QWidget *field, Text text);
QLabel *addLabelledRow(QFormLayout *form, QLayout *fields, QWidget *buddy, Text text);

// Buttons side by side from the left, with the room that is left after them.
QHBoxLayout *makeButtonRow(const QList<QWidget *> &buttons);

// A read-only, sortable table of records, one selected row at a time or
// many: the pages' lists of assets, patch items, backup jobs and logs.
inline QTableView *makeRecordTable(QWidget *parent, const QString &name,
                                   QAbstractItemView::SelectionMode selection)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// Panes the person sizes against each other, none down to nothing; tests
// find it by `name`.
QSplitter *makeSplitter(QWidget *parent, Qt::Orientation orientation, const QString &name,
                        std::initializer_list<QWidget *> panes);

// The proxy that sorts a table of records by `sortRole` (typed keys rather
// than the shown text), comparing text as the locale does.
QSortFilterProxyModel *makeSortProxy(QAbstractItemModel *source, int sortRole, QObject *parent);

// Calls `retranslate` whenever the language changes (QEvent::LanguageChange
// reaches `widget`), in place of a changeEvent override that only does that.
// The widget still calls it once itself, when its parts are built.
void onLanguageChange(QWidget *widget, std::function<void()> retranslate);

// A push button tests can find by `name`; give it its text with sayingText()
// (or in retranslate(), when the text depends on state).
QPushButton *makeButton(QWidget *parent, const QString &name);
// A push button that shows `action` (its text, tooltip, enabled and
// visible state) and triggers it: one action for the button and the
// table's context menu.
QPushButton *makeActionButton(QWidget *parent, QAction *action, const QString &name);
// A button in the tab bar's top-right corner that opens `menu` (the
// page's printouts); its text is the caller's.
QToolButton *addCornerMenu(QTabWidget *tabs, QMenu *menu, const QString &name);
// The search box over a table (Ctrl+F reaches it).
QLineEdit *makeSearchEdit(QWidget *parent, int minimumWidth = 200);

// Fits the columns to their contents (no wider than `cap` pixels), then lets
// `stretchColumn` (the name) take the room that is left as the window
// grows. `early` columns (a status) move right after the name, so that they
// stay on screen in a narrow window. For a table without a saved state.
void fitColumns(QTableView *view, int stretchColumn, const QList<int> &early = {}, int cap = 220);
// Widens the columns whose title would be clipped (after a language switch),
// leaving the others as the user sized them.
void widenToTitles(QTableView *view);
// After a language switch at run time: widens a column whose title or shown
// cells (the rows in view, up to `cap` pixels) no longer fit, as fitColumns
// would have sized it; never narrows what the user widened.
void widenToNewTexts(QTableView *view, int cap = 220);
// The name column takes the room the others leave, but never gets narrower
// than it is now (the others scroll instead).
void stretchColumn(QTableView *view, int column);

// The rows of the model under the view's proxy (its own model without one)
// that the selected rows show, in the order shown.
QList<int> selectedSourceRows(const QTableView *view);
// Selects and scrolls to the row that shows `sourceRow` of the model under
// the view's proxy (its own model without one); nothing when it is hidden
// or -1.
void showSourceRow(QTableView *view, int sourceRow);

// Shows a cell's whole text as a tooltip when the column cuts it short
// (and the model gives no tooltip of its own).
void showClippedTextAsToolTip(QTableView *view);

// The wait cursor while something on the GUI thread takes a moment (an
// Argon2 derivation, a save, a PDF written).
class WaitCursor final
{
public:
    WaitCursor();
    ~WaitCursor();
    Q_DISABLE_COPY_MOVE(WaitCursor)
};

// Asks before something is deleted or replaced: true if the person chose
// Yes (Cancel is the default, so Enter keeps the data).
bool confirmed(QWidget *parent, const QString &title, const QString &question);

} // namespace ui
} // namespace kamae
