#pragma once

#include "commands/ChangeCommand.h"
#include "pages/Page.h"
#include "settings/SettingValue.h"
#include "widgets/CoreForward.h"
#include "widgets/TableActions.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <functional>

class QAbstractItemModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace kamae {
namespace ui {

class EmptyState;
class FileDrop;
class MessageBar;
class ViewState;

// The page of a module (assets, patches, backups, …): what every such page
// does the same way, so that a page only says what is its own.
//  - a heading and an intro line (what the page is for), standard margins;
//    the page puts its widgets into bodyLayout();
//  - a message bar (messageBar()) for what happened or went wrong;
//  - reloading when a table it shows changes (watchTables(); load() does
//    the reading), deferred while the page is hidden;
//  - the standard actions by id (New, Edit, Delete, Find, Export) on
//    whichever of its tables has the focus, and a context menu per table;
//  - guidance over the main table when it is empty or filtered empty;
//  - importing a file dropped on the page (takeDroppedFiles());
//  - remembered columns, sort and splitters (rememberView(), rememberSplitter());
//  - saying so when an action hides the rows it acted on (watchFilter()).
class ModulePage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModulePage)

public:
    explicit ModulePage(store::Database &db, QWidget *parent = nullptr);
    ~ModulePage() override;

    // Reads the page's records again now.
    void reload();
    // For the page's undo commands: what a command writes shows at once
    // (published and reloaded); why a write failed goes to the message bar.
    CommandContext reloadingContext();
    // A reload is waiting: soon (a change arrived) or on the next show.
    bool reloadPending() const;

    MessageBar *messageBar() const { return m_messageBar; }
    TableActions *tableActions() const { return m_actions; }
    QAction *standardAction(StandardAction id) const { return m_actions->action(id); }
    EmptyState *emptyState() const { return m_emptyState; }
    QStringList watchedTables() const { return m_tables; }
    QStringList acceptedSuffixes() const { return m_suffixes; }
    // What dropping these files on the page does: each one whose suffix the
    // page takes is imported, the others are refused in the message bar.
    void dropFiles(const QStringList &paths);

public slots:
    // Every committed burst of writes comes here. The default reloads when
    // a watched table was touched (soon if shown, on the next show if
    // hidden); a page may update rows instead.
    virtual void applyChanges(const store::ChangeSet &changes);

protected:
    // Reads what the page shows from the database.
    virtual void load() = 0;

    store::Database &database() const { return m_db; }
    QVBoxLayout *bodyLayout() const { return m_body; }
    // Call from retranslate(): the heading and the one line under it.
    void setHeading(const QString &heading, const QString &intro);

    // The tables (SQL) whose changes change what the page shows.
    void watchTables(const QStringList &tables) { m_tables = tables; }
    void requestReload();
    // What the page shows is current as of now (its own edits updated it).
    void acknowledgeChanges();

    struct TableOptions
    {
        // The records before any filter; the view's model when null.
        QAbstractItemModel *source = nullptr;
        // The role that gives a row's record id (for watchFilter()).
        int idRole = -1;
        // Takes the room the other columns leave (-1: none).
        int nameColumn = -1;
        // Moved next to the name column when the columns are first fitted.
        QList<int> earlyColumns;
        // Clears the search and filters of this table.
        std::function<void()> clearFilters;
        // "%n asset(s) no longer match the filter…"; a general text when unset.
        std::function<QString(int)> filteredOutText;
    };
    // A table of records: standard actions, context menu, clipped texts
    // as tooltips, and its columns fitted to the first rows it shows
    // (unless rememberView() restored them).
    void addTable(QTableView *view, TableOptions options);
    void setAction(QTableView *view, StandardAction id, std::function<void()> run,
                   std::function<bool()> enabled = {});
    void addContextAction(QTableView *view, QAction *action);
    // A table of a list with its own Add, Edit and Delete actions (a list
    // panel's buttons): addTable(), and the standard New, Edit and Delete
    // trigger them, Edit and Delete while a row is selected.
    void addListTable(QTableView *view, TableOptions options, QAction *add, QAction *edit,
                      QAction *remove);
    // The guidance over the main table: its texts from retranslate(), its
    // buttons' with sayingText() as they are added.
    EmptyState *addEmptyState(QTableView *view);
    void rememberView(QTableView *view, const settings::SettingValue<QByteArray> &key);
    void rememberSplitter(QSplitter *splitter, const settings::SettingValue<QByteArray> &key);
    // Opens on the tab last shown.
    void rememberTab(QTabWidget *tabs, const settings::SettingValue<int> &key);
    // "You can undo this with Edit → Undo.", under a confirmation's question.
    static QString undoHint();
    // Files with these suffixes (lower case, no dot) dropped on the page go
    // to `import`, one path at a time.
    void takeDroppedFiles(const QStringList &suffixes, std::function<void(const QString &)> import);
    // The same, but the files of one drop go to `import` together (an
    // import made of several files, such as a results and an events export).
    void takeDroppedFilesTogether(const QStringList &suffixes,
                                  std::function<void(const QStringList &)> import);

    // Construct before an action on the selected rows of a table; when it
    // goes out of scope (or after the reload the action asked for) it says
    // in the message bar if some of those rows are now hidden by the filter.
    class FilterWatch final
    {
    public:
        FilterWatch(ModulePage *page, QTableView *view);
        FilterWatch(FilterWatch &&other) noexcept;
        FilterWatch(const FilterWatch &) = delete;
        FilterWatch &operator=(const FilterWatch &) = delete;
        FilterWatch &operator=(FilterWatch &&) = delete;
        ~FilterWatch();

    private:
        QPointer<ModulePage> m_page;
        QPointer<QTableView> m_view;
        QSet<qint64> m_ids;
    };
    [[nodiscard]] FilterWatch watchFilter(QTableView *view) { return FilterWatch(this, view); }

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void loadWaited() override;

private:
    struct Table
    {
        QPointer<QTableView> view;
        TableOptions options;
        bool fitted = false;
        bool restored = false; // widths the person set, from the settings
    };
    struct PendingCheck
    {
        QPointer<QTableView> view;
        QSet<qint64> ids;
    };

    Table *tableOf(const QTableView *view);
    void fitIfNeeded(Table &table);
    QSet<qint64> selectedIds(QTableView *view);
    void checkFiltered(QTableView *view, const QSet<qint64> &ids);
    void onChangesCommitted(const store::ChangeSet &changes);

    store::Database &m_db;
    QStringList m_tables;
    quint64 m_loadedChange = ~quint64(0);
    bool m_dirty = false;
    QTimer *m_reloadTimer = nullptr;
    QVector<PendingCheck> m_pendingChecks;
    QVector<Table> m_tableViews;
    QStringList m_suffixes;
    std::function<void(const QString &)> m_import;
    std::function<void(const QStringList &)> m_importTogether;
    FileDrop *m_drop = nullptr;

    QVBoxLayout *m_body = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    MessageBar *m_messageBar = nullptr;
    TableActions *m_actions = nullptr;
    EmptyState *m_emptyState = nullptr;
    ViewState *m_viewState = nullptr;
};

} // namespace ui
} // namespace kamae
