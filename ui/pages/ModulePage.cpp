#include "pages/ModulePage.h"

#include "store/ChangeSet.h"
#include "store/Database.h"
#include "widgets/EmptyState.h"
#include "widgets/FileDrop.h"
#include "widgets/MessageBar.h"
#include "widgets/ViewState.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

ModulePage::ModulePage(store::Database &db, QWidget *parent) : Page(parent), m_db(db)
{
    m_heading = makeHeading(this);
    m_intro = makeHintLabel(this, QStringLiteral("introLabel"));
    m_messageBar = new MessageBar(this);
    m_actions = new TableActions(this);
    m_viewState = new ViewState(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_messageBar);
    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &ModulePage::reload);
    connect(&m_db, &store::Database::changesCommitted, this, &ModulePage::onChangesCommitted);
}

ModulePage::~ModulePage()
{
    m_viewState->save();
    // The models and views are children: they outlive this part of the
    // page, and a model going away still signals.
    for (const Table &t : std::as_const(m_tableViews))
        if (t.view && t.view->model())
            disconnect(t.view->model(), nullptr, this, nullptr);
}

// A burst the page's own edits already showed (acknowledgeChanges) is
// skipped; any other goes to applyChanges() with the tables and rows it
// touched.
void ModulePage::onChangesCommitted(const store::ChangeSet &changes)
{
    if (m_db.changeCount() == m_loadedChange)
        return;
    applyChanges(changes);
}

void ModulePage::applyChanges(const store::ChangeSet &changes)
{
    if (changes.touchesAny(m_tables))
        requestReload();
}

void ModulePage::requestReload()
{
    if (isVisible())
        m_reloadTimer->start();
    else
        m_dirty = true;
}

bool ModulePage::reloadPending() const
{
    return m_dirty || m_reloadTimer->isActive();
}

void ModulePage::acknowledgeChanges()
{
    m_loadedChange = m_db.changeCount();
}

CommandContext ModulePage::reloadingContext()
{
    return {&database(),
            [this] {
                database().publishNow();
                reload();
            },
            [this](const QString &message) {
                m_messageBar->showError(message);
            }};
}

void ModulePage::reload()
{
    m_reloadTimer->stop();
    // Made in a workspace and not yet shown: the first show reads.
    if (waitingToLoad()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    load();
    acknowledgeChanges();
    m_actions->updateEnabled();
    const QVector<PendingCheck> checks = std::exchange(m_pendingChecks, {});
    for (const PendingCheck &c : checks)
        if (c.view)
            checkFiltered(c.view, c.ids);
}

void ModulePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        reload();
}

void ModulePage::loadWaited()
{
    reload();
}

void ModulePage::setHeading(const QString &heading, const QString &intro)
{
    m_heading->setText(heading);
    m_intro->setText(intro);
    m_intro->setVisible(!intro.isEmpty());
}

void ModulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_actions->retranslate();
        emit titleChanged();
        // Titles and cells of the other language may be longer ("業務分類" →
        // "Business area", "予定" → "Scheduled"): widen what would clip them
        // (after the models have retranslated), keep the rest.
        QTimer::singleShot(0, this, [this] {
            for (const Table &t : std::as_const(m_tableViews))
                if (t.view)
                    widenToNewTexts(t.view);
        });
    }
    Page::changeEvent(event);
}

// --- Tables ------------------------------------------------------------------

ModulePage::Table *ModulePage::tableOf(const QTableView *view)
{
    for (Table &t : m_tableViews)
        if (t.view == view)
            return &t;
    return nullptr;
}

void ModulePage::addTable(QTableView *view, TableOptions options)
{
    if (!options.source)
        options.source = view->model();
    m_tableViews.append(Table{view, std::move(options), false, false});
    m_actions->addTable(view);
    showClippedTextAsToolTip(view);
    QAbstractItemModel *shown = view->model();
    const auto fit = [this, view] {
        if (Table *t = tableOf(view))
            fitIfNeeded(*t);
    };
    connect(shown, &QAbstractItemModel::modelReset, this, fit);
    connect(shown, &QAbstractItemModel::rowsInserted, this, fit);
    connect(shown, &QAbstractItemModel::layoutChanged, this, fit);
    fitIfNeeded(m_tableViews.last());
}

void ModulePage::fitIfNeeded(Table &table)
{
    if (table.fitted || !table.view || table.view->model()->rowCount() == 0)
        return;
    table.fitted = true;
    if (table.restored)
        // The person's own widths, perhaps saved under the other language
        // ("予定" → "Scheduled"): widen only what would now be cut short.
        widenToNewTexts(table.view);
    else if (table.options.nameColumn >= 0)
        fitColumns(table.view, table.options.nameColumn, table.options.earlyColumns);
    else
        table.view->resizeColumnsToContents();
}

void ModulePage::setAction(QTableView *view, StandardAction id, std::function<void()> run,
                           std::function<bool()> enabled)
{
    m_actions->setHandler(view, id, std::move(run), std::move(enabled));
}

void ModulePage::addContextAction(QTableView *view, QAction *action)
{
    m_actions->addContextAction(view, action);
}

void ModulePage::addListTable(QTableView *view, TableOptions options, QAction *add, QAction *edit,
                              QAction *remove)
{
    addTable(view, std::move(options));
    const auto hasRow = [view] {
        return !selectedSourceRows(view).isEmpty();
    };
    setAction(view, StandardAction::New, [add] { add->trigger(); });
    setAction(
        view, StandardAction::Edit, [edit] { edit->trigger(); }, hasRow);
    setAction(
        view, StandardAction::Delete, [remove] { remove->trigger(); }, hasRow);
}

EmptyState *ModulePage::addEmptyState(QTableView *view)
{
    const Table *table = tableOf(view);
    m_emptyState = new EmptyState(view, table ? table->options.source : nullptr);
    if (table && table->options.clearFilters)
        m_emptyState->setClearFilters(table->options.clearFilters);
    return m_emptyState;
}

void ModulePage::rememberView(QTableView *view, const settings::SettingValue<QByteArray> &key)
{
    if (!m_viewState->remember(view, key))
        return;
    if (Table *t = tableOf(view)) {
        t->restored = true;
        // Saved under another language, a title may now be longer.
        widenToTitles(view);
        if (t->options.nameColumn >= 0)
            stretchColumn(view, t->options.nameColumn);
        fitIfNeeded(*t);
    }
}

void ModulePage::rememberSplitter(QSplitter *splitter,
                                  const settings::SettingValue<QByteArray> &key)
{
    m_viewState->remember(splitter, key);
}

void ModulePage::rememberTab(QTabWidget *tabs, const settings::SettingValue<int> &key)
{
    tabs->setCurrentIndex(std::clamp(key.get(), 0, tabs->count() - 1));
    connect(tabs, &QTabWidget::currentChanged, this, [key](int tab) { key.set(tab); });
}

QString ModulePage::undoHint()
{
    return tr("You can undo this with Edit → Undo.");
}

// --- Feedback when a row leaves the filter -------------------------------------

ModulePage::FilterWatch::FilterWatch(ModulePage *page, QTableView *view)
    : m_page(page), m_view(view), m_ids(page->selectedIds(view))
{}

ModulePage::FilterWatch::FilterWatch(FilterWatch &&other) noexcept
    : m_page(other.m_page), m_view(other.m_view), m_ids(std::move(other.m_ids))
{
    other.m_page = nullptr;
}

ModulePage::FilterWatch::~FilterWatch()
{
    if (!m_page || !m_view || m_ids.isEmpty())
        return;
    // A reload the action asked for decides what is shown: check after it.
    if (m_page->m_reloadTimer->isActive())
        m_page->m_pendingChecks.append(PendingCheck{m_view, m_ids});
    else
        m_page->checkFiltered(m_view, m_ids);
}

QSet<qint64> ModulePage::selectedIds(QTableView *view)
{
    QSet<qint64> ids;
    const Table *table = tableOf(view);
    if (!table || table->options.idRole < 0 || !view->selectionModel())
        return ids;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        ids.insert(index.data(table->options.idRole).toLongLong());
    return ids;
}

void ModulePage::checkFiltered(QTableView *view, const QSet<qint64> &ids)
{
    const Table *table = tableOf(view);
    if (!table || !table->options.source || ids.isEmpty())
        return;
    const int role = table->options.idRole;
    // Still records (not deleted by the action)…
    QSet<qint64> existing;
    const QAbstractItemModel *source = table->options.source;
    for (int row = 0, rows = source->rowCount(); row < rows && existing.size() < ids.size(); ++row)
        if (const qint64 id = source->index(row, 0).data(role).toLongLong(); ids.contains(id))
            existing.insert(id);
    // …that the table no longer shows.
    const QAbstractItemModel *shown = view->model();
    for (int row = 0, rows = shown->rowCount(); row < rows && !existing.isEmpty(); ++row)
        existing.remove(shown->index(row, 0).data(role).toLongLong());
    const int hidden = static_cast<int>(existing.size());
    if (hidden == 0)
        return;
    const QString text =
        table->options.filteredOutText
            ? table->options.filteredOutText(hidden)
            : tr("%n row(s) you changed no longer match the search or filters and are hidden.",
                 nullptr, hidden);
    if (table->options.clearFilters)
        m_messageBar->showMessage(MessageBar::Level::Info, text, tr("Clear filters"),
                                  table->options.clearFilters);
    else
        m_messageBar->showInfo(text);
}

// --- Dropping files --------------------------------------------------------------

void ModulePage::takeDroppedFiles(const QStringList &suffixes,
                                  std::function<void(const QString &)> import)
{
    m_suffixes = suffixes;
    m_import = std::move(import);
    if (!m_drop)
        m_drop = new FileDrop(this, [this](const QStringList &paths) { dropFiles(paths); });
}

void ModulePage::takeDroppedFilesTogether(const QStringList &suffixes,
                                          std::function<void(const QStringList &)> import)
{
    takeDroppedFiles(suffixes, {});
    m_importTogether = std::move(import);
}

void ModulePage::dropFiles(const QStringList &paths)
{
    const auto [taken, refused] = sortDroppedFiles(paths, m_suffixes);
    if (!refused.isEmpty()) {
        QStringList kinds;
        for (const QString &s : m_suffixes)
            kinds << QStringLiteral(".") + s;
        m_messageBar->showWarning(tr("%1 cannot be imported here. This page imports %2 files.")
                                      .arg(refused.join(tr(", ", "list separator")),
                                           kinds.join(tr(", ", "list separator"))));
    }
    if (m_importTogether && !taken.isEmpty())
        m_importTogether(taken);
    else if (m_import)
        for (const QString &path : taken)
            m_import(path);
}

} // namespace ui
} // namespace kamae
