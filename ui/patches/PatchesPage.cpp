#include "patches/PatchesPage.h"

#include "core/Clock.h"
#include "modules/Keys.h"
#include "modules/Registry.h"
#include "patches/AliasEditor.h"
#include "patches/AliasTableModel.h"
#include "patches/FeedImporter.h"
#include "patches/FeedsPanel.h"
#include "patches/PatchDesk.h"
#include "patches/PatchItemsPanel.h"
#include "patches/PatchTableModel.h"
#include "patches/PatchViews.h"
#include "patches/PatchesSummary.h"
#include "patches/ProposalTableModel.h"
#include "patches/StaleAssetsPanel.h"
#include "settings/UiSettings.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/PatchRepository.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kamae {
namespace ui {

namespace {

const QString kItems = QStringLiteral("patch_item");
const QString kAssets = QStringLiteral("asset");
const QString kMeta = QStringLiteral("meta"); // the policy
const QString kAliases = QStringLiteral("product_alias");
const QString kDismissals = QStringLiteral("match_dismissal");
// A new feed changes every proposal and the items it refreshed.
const QStringList kFeeds = {QStringLiteral("feed"), QStringLiteral("feed_entry")};

} // namespace

PatchesPage::PatchesPage(store::Database &db, QUndoStack &undo, QWidget *parent)
    : ModulePage(db, parent)
{
    setObjectName(QStringLiteral("PatchesPage"));
    // Edits elsewhere (an asset renamed or deleted) change what is shown.
    watchTables(QStringList{kItems, kAssets, kDismissals, kAliases, kMeta} + kFeeds);
    // The store's change events bring every write here (applyChanges()),
    // the commands' own included: they need not say.
    const PatchCommandContext context{&db, {}, [this](const QString &message) {
                                          messageBar()->showError(message);
                                      }};

    m_summary = new PatchesSummary(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("patchTabs"));
    m_items = new PatchItemsPanel(undo, context, m_assets, m_policy, m_tabs);
    m_proposals = new ProposalsPanel(undo, context, m_tabs);
    m_stale = new StaleAssetsPanel(m_tabs);
    m_feeds = new FeedsPanel(db, undo, context, m_tabs);
    for (QWidget *tab : std::initializer_list<QWidget *>{m_items, m_proposals, m_stale, m_feeds})
        m_tabs->addTab(tab, QString()); // titles in retranslate()
    bodyLayout()->addWidget(m_summary);
    bodyLayout()->addWidget(m_tabs, 1);
    addTables();

    // The parts' own edits show at once, before the store's event arrives.
    const auto showOwnEdit = [this] {
        applyChanges(database().unpublishedChanges());
    };
    connect(m_items, &PatchItemsPanel::edited, this, showOwnEdit);
    connect(m_proposals, &ProposalsPanel::edited, this, showOwnEdit);
    m_items->setWatch([this](const std::function<void()> &change) {
        const auto watch = watchFilter(m_items->view());
        change();
    });
    connect(m_feeds->importer(), &FeedImporter::imported, this, [this](bool ok) {
        if (!ok)
            return;
        reload();
        if (m_proposals->model()->newCount() > 0)
            m_tabs->setCurrentIndex(ProposalsTab);
    });
    // KEV is JSON; JVN iPedia's JVNRSS is RDF/XML.
    takeDroppedFiles({QStringLiteral("json"), QStringLiteral("xml"), QStringLiteral("rdf"),
                      QStringLiteral("rss")},
                     [this](const QString &path) { importFeed(path); });
    retranslate();
    reload();
}

// The two tables' standard actions, context menus, empty state and
// remembered columns.
void PatchesPage::addTables()
{
    QTableView *items = m_items->view();
    TableOptions itemTable;
    itemTable.source = m_items->model();
    itemTable.idRole = PatchTableModel::IdRole;
    itemTable.nameColumn = PatchTableModel::ProductColumn;
    itemTable.earlyColumns = {PatchTableModel::StatusColumn, PatchTableModel::DueColumn};
    itemTable.clearFilters = [this] {
        m_items->clearFilters();
    };
    itemTable.filteredOutText = [](int n) {
        return tr("%n patch item(s) no longer match the search or filters and are hidden.", nullptr,
                  n);
    };
    addTable(items, itemTable);
    TableOptions proposalTable;
    proposalTable.source = m_proposals->model();
    proposalTable.nameColumn = ProposalTableModel::ProductColumn;
    addTable(m_proposals->view(), proposalTable);

    setAction(
        items, StandardAction::New, [this] { m_items->addItem(); },
        [this] { return m_items->hasAssets(); });
    setAction(
        items, StandardAction::Edit, [this] { m_items->editCurrent(); },
        [this] { return m_items->selectedItems().size() == 1; });
    setAction(
        items, StandardAction::Delete, [this] { m_items->deleteSelected(); },
        [items] { return items->selectionModel()->hasSelection(); });
    const auto find = [this] {
        m_tabs->setCurrentIndex(ItemsTab);
        m_items->focusSearch();
    };
    setAction(items, StandardAction::Find, find);
    setAction(m_proposals->view(), StandardAction::Find, find);
    for (QAction *action : m_items->rowActions())
        addContextAction(items, action);
    for (QAction *action : m_proposals->rowActions())
        addContextAction(m_proposals->view(), action);

    EmptyState *empty = addEmptyState(items);
    sayingText(empty->addButton(QStringLiteral("emptyImportButton"),
                                [this] {
                                    m_tabs->setCurrentWidget(m_feeds);
                                    m_feeds->importer()->chooseAndImport();
                                }),
               [] { return tr("Import a feed…"); });
    sayingText(empty->addButton(QStringLiteral("emptyAddButton"), [this] { m_items->addItem(); }),
               [] { return tr("Add an item…"); });
    rememberView(items, settings::patchesHeader);
    rememberView(m_proposals->view(), settings::proposalsHeader);
}

QString PatchesPage::title() const
{
    return modules::displayName(modules::key::Patches);
}

PatchFilterProxy *PatchesPage::proxy() const
{
    return m_items->proxy();
}

QComboBox *PatchesPage::proposalFilter() const
{
    return m_proposals->filter();
}

// --- Reading -------------------------------------------------------------------

void PatchesPage::load()
{
    m_hidden = {};
    read(nullptr);
}

void PatchesPage::applyChanges(const store::ChangeSet &changes)
{
    if (!changes.touchesAny(watchedTables()))
        return;
    bool whole = changes.touchesAny(kFeeds);
    for (const QString &table : watchedTables())
        whole |= changes.wholeTable(table);
    if (whole || reloadPending()) {
        ModulePage::applyChanges(changes);
        return;
    }
    if (!isVisible()) {
        m_hidden.merge(changes);
        return;
    }
    if (read(&changes))
        acknowledgeChanges();
}

void PatchesPage::showEvent(QShowEvent *event)
{
    ModulePage::showEvent(event); // a reload that waits drops m_hidden
    if (!m_hidden.isEmpty() && read(&m_hidden)) {
        m_hidden = {};
        acknowledgeChanges();
    }
}

// Reads again what the changes touched (everything without them) and
// updates the parts in place: the items by the rows named, the proposals
// and the stale assets only when what they come from changed. The
// selection and the scroll position stay.
bool PatchesPage::read(const store::ChangeSet *changes)
{
    store::Database &db = database();
    const QDate today = clock::today();
    const auto touched = [changes](const QStringList &tables) {
        return !changes || changes->touchesAny(tables);
    };
    const auto failed = [this](const QString &error) {
        messageBar()->showError(error);
        return false;
    };
    const bool assetsTouched = touched({kAssets, kMeta});
    if (assetsTouched) {
        auto assets = store::AssetRepository(db).all();
        if (!assets)
            return failed(assets.error());
        m_assets = std::move(assets).value();
        m_policy = store::PatchRepository(db).policy();
        m_stale->setContent(m_assets, m_policy, today);
    }
    if (!changes) {
        auto items = store::PatchRepository(db).all();
        if (!items)
            return failed(items.error());
        m_items->setContent(std::move(items).value(), today);
    } else if (const Status s = m_items->applyChanges(*changes, db); !s) {
        return failed(s.error());
    } else if (assetsTouched) {
        m_items->assetsChanged();
    }
    if (touched({kItems, kAssets, kMeta, kAliases, kDismissals})) {
        auto proposals = m_proposalSource.current(db, today);
        if (!proposals)
            return failed(proposals.error());
        m_proposals->setContent(std::move(proposals).value(), m_assets, assetsTouched);
    }
    if (!changes)
        m_feeds->reload();
    else if (touched({kAliases}))
        m_feeds->aliases()->model()->reload();
    updateSummary();
    return true;
}

void PatchesPage::updateSummary()
{
    const QDate today = clock::today();
    patches::ItemTally tally;
    const PatchTableModel *items = m_items->model();
    for (int row = 0; row < items->rowCount(); ++row)
        tally.add(items->itemAt(row), today);
    const int proposals = m_proposals->model()->newCount();
    m_summary->setCounts(tally, proposals, m_stale->count());
    m_tabs->setTabText(ProposalsTab, tr("Proposals (%1)").arg(proposals));
    m_tabs->setTabText(StaleTab, tr("Not updated (%1)").arg(m_stale->count()));
}

// --- Places and files ----------------------------------------------------------

void PatchesPage::showAsset(qint64 assetId)
{
    m_tabs->setCurrentIndex(ItemsTab);
    m_items->showAsset(assetId);
}

void PatchesPage::showItem(qint64 itemId)
{
    m_tabs->setCurrentIndex(ItemsTab);
    m_items->showItem(itemId);
}

void PatchesPage::importFeed(const QString &path)
{
    m_tabs->setCurrentWidget(m_feeds);
    if (!m_feeds->importer()->importFile(path))
        messageBar()->showWarning(tr("A feed is being imported. Drop %1 again when it is done.")
                                      .arg(QFileInfo(path).fileName()));
}

void PatchesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ModulePage::changeEvent(event);
}

void PatchesPage::retranslate()
{
    setHeading(tr("Patches"),
               tr("The updates your assets still need, with due dates by policy: what the "
                  "vulnerability feeds propose for your products, what is overdue, and which "
                  "devices nobody has updated lately."));
    emptyState()->setTexts(
        tr("No patch items yet"),
        tr("Import a vulnerability feed (the KEV catalogue or JVN iPedia) and confirm the "
           "proposals that concern your assets, or add an item by hand. You can also drop a "
           "feed file here."));
    m_tabs->setTabText(ItemsTab, tr("Patch items"));
    m_tabs->setTabText(FeedsTab, tr("Feeds and aliases"));
    m_items->retranslate();
    m_proposals->retranslate();
    m_stale->retranslate();
    m_feeds->retranslate();
    m_summary->retranslate();
    updateSummary();
}

} // namespace ui
} // namespace kamae
