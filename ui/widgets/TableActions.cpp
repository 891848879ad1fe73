#include "widgets/TableActions.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>

namespace kamae {
namespace ui {

TableActions::TableActions(QWidget *scope) : QObject(scope), m_scope(scope)
{
    for (int i = 0; i < kStandardActionCount; ++i) {
        auto *action = new QAction(this);
        const auto id = static_cast<StandardAction>(i);
        connect(action, &QAction::triggered, this, [this, id] { trigger(id); });
        m_actions.append(action);
    }
    action(StandardAction::New)->setObjectName(QStringLiteral("newAction"));
    action(StandardAction::New)->setShortcut(QKeySequence(Qt::Key_Insert));
    action(StandardAction::Edit)->setObjectName(QStringLiteral("editAction"));
    action(StandardAction::Edit)
        ->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    action(StandardAction::Delete)->setObjectName(QStringLiteral("deleteAction"));
    action(StandardAction::Delete)->setShortcut(QKeySequence::Delete);
    action(StandardAction::Find)->setObjectName(QStringLiteral("findAction"));
    action(StandardAction::Find)->setShortcut(QKeySequence::Find);
    action(StandardAction::Export)->setObjectName(QStringLiteral("exportAction"));
    action(StandardAction::Export)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    for (StandardAction id : {StandardAction::New, StandardAction::Find, StandardAction::Export}) {
        action(id)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        scope->addAction(action(id));
    }
    for (StandardAction id : {StandardAction::Edit, StandardAction::Delete})
        action(id)->setShortcutContext(Qt::WidgetShortcut);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (auto *view = qobject_cast<QTableView *>(w); view && tableOf(view)) {
                setCurrentTable(view);
                return;
            }
            if (w == m_scope)
                return;
        }
    });
    retranslate();
    updateEnabled();
}

void TableActions::addTable(QTableView *view)
{
    if (tableOf(view))
        return;
    m_tables.append(Table{view, {}, {}});
    // Enter and Delete act in the table that has the focus.
    view->addAction(action(StandardAction::Edit));
    view->addAction(action(StandardAction::Delete));
    // The keys also work when the table gets them without the focus (the
    // shortcuts need it): tests, and key events sent on by other widgets.
    view->installEventFilter(this);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        QMenu *menu = contextMenu(view, view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->viewport()->mapToGlobal(pos));
    });
    connect(view, &QAbstractItemView::doubleClicked, this, [this, view] {
        setCurrentTable(view);
        trigger(StandardAction::Edit);
    });
    if (view->selectionModel())
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &TableActions::updateEnabled);
    if (!m_current)
        m_current = view;
}

void TableActions::setHandler(QTableView *view, StandardAction id, std::function<void()> run,
                              std::function<bool()> enabled)
{
    addTable(view);
    tableOf(view)->handlers.insert(static_cast<int>(id),
                                   Handler{std::move(run), std::move(enabled)});
    updateEnabled();
}

void TableActions::addContextAction(QTableView *view, QAction *action)
{
    addTable(view);
    tableOf(view)->extra.append(action);
}

QTableView *TableActions::currentTable() const
{
    if (m_current)
        return m_current;
    for (const Table &t : m_tables)
        if (t.view)
            return t.view;
    return nullptr;
}

void TableActions::setCurrentTable(QTableView *view)
{
    m_current = view;
    updateEnabled();
}

QMenu *TableActions::contextMenu(QTableView *view, QWidget *parent)
{
    setCurrentTable(view);
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("tableContextMenu"));
    const Table *table = tableOf(view);
    auto add = [&](StandardAction id) {
        if (table && table->handlers.contains(static_cast<int>(id)))
            menu->addAction(action(id));
    };
    add(StandardAction::New);
    add(StandardAction::Edit);
    add(StandardAction::Delete);
    bool separated = false;
    if (table)
        for (const QPointer<QAction> &extra : table->extra)
            if (extra && extra->isVisible()) {
                if (!separated && !menu->isEmpty())
                    menu->addSeparator();
                separated = true;
                menu->addAction(extra);
            }
    if (table && table->handlers.contains(static_cast<int>(StandardAction::Export))) {
        if (!menu->isEmpty())
            menu->addSeparator();
        add(StandardAction::Export);
    }
    updateEnabled();
    return menu;
}

bool TableActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *view = qobject_cast<QTableView *>(watched);
    const Table *table = view ? tableOf(view) : nullptr;
    if (!table)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    StandardAction id;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        id = StandardAction::Edit;
        break;
    case Qt::Key_Delete:
        id = StandardAction::Delete;
        break;
    case Qt::Key_Insert:
        id = StandardAction::New;
        break;
    default:
        return false;
    }
    if (!canRun(table, id))
        return false;
    setCurrentTable(view);
    trigger(id);
    return true;
}

TableActions::Table *TableActions::tableOf(const QTableView *view)
{
    for (Table &t : m_tables)
        if (t.view == view)
            return &t;
    return nullptr;
}

const TableActions::Table *TableActions::tableOf(const QTableView *view) const
{
    for (const Table &t : m_tables)
        if (t.view == view)
            return &t;
    return nullptr;
}

bool TableActions::canRun(const Table *table, StandardAction id) const
{
    if (!table)
        return false;
    const auto it = table->handlers.constFind(static_cast<int>(id));
    return it != table->handlers.constEnd() && it->run && (!it->enabled || it->enabled());
}

void TableActions::updateEnabled()
{
    const Table *table = tableOf(currentTable());
    for (int i = 0; i < kStandardActionCount; ++i)
        m_actions.at(i)->setEnabled(canRun(table, static_cast<StandardAction>(i)));
}

void TableActions::trigger(StandardAction id)
{
    const Table *table = tableOf(currentTable());
    if (!canRun(table, id))
        return;
    // Copied: the handler may change the tables.
    const std::function<void()> run = table->handlers.value(static_cast<int>(id)).run;
    run();
    updateEnabled();
}

void TableActions::retranslate()
{
    action(StandardAction::New)->setText(tr("&New…"));
    action(StandardAction::Edit)->setText(tr("&Edit…"));
    action(StandardAction::Delete)->setText(tr("&Delete…"));
    action(StandardAction::Find)->setText(tr("&Find"));
    action(StandardAction::Export)->setText(tr("E&xport…"));
}

} // namespace ui
} // namespace kamae
