#include "patches/PatchesPage.h"
#include "i18n/Language.h"
#include "core/Clock.h"

#include "domain/AssetRules.h"
#include "domain/PatchRules.h"
#include "patches/FeedsPanel.h"
#include "patches/PatchDesk.h"
#include "patches/PatchEditorDialog.h"
#include "patches/PatchFilterProxy.h"
#include "patches/PatchTableModel.h"
#include "patches/ProposalTableModel.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/PatchRepository.h"
#include "settings/UiSettings.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBar.h"
#include "widgets/OwnerCombo.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    QTableView *view = makeRecordTable(parent, name, QAbstractItemView::ExtendedSelection);
    view->horizontalHeader()->setSectionsMovable(true);
    return view;
}

// Sorts a QTableWidget column by a number or date instead of by text.
class SortItem final : public QTableWidgetItem
{
public:
    SortItem(const QString &text, const QVariant &key) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, key);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole);
        const QVariant b = other.data(Qt::UserRole);
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    }
};

} // namespace

PatchesPage::PatchesPage(store::Database &db, QUndoStack &undo, QWidget *parent)
    : ModulePage(db, parent), m_undo(undo)
{
    setObjectName(QStringLiteral("PatchesPage"));
    // Edits elsewhere (an asset renamed or deleted) change what is shown.
    watchTables({QStringLiteral("patch_item"), QStringLiteral("asset"), QStringLiteral("feed"),
                 QStringLiteral("feed_entry"), QStringLiteral("match_dismissal"),
                 QStringLiteral("product_alias"), QStringLiteral("person"),
                 QStringLiteral("meta")});
    m_context = {&db, [this] { requestReload(); },
                 [this](const QString &message) {
                     messageBar()->showError(message);
                 }};

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("patchTabs"));

    // Items
    auto *items = new QWidget(m_tabs);
    m_model = new PatchTableModel(this);
    m_proxy = new PatchFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = makeTable(items, QStringLiteral("patchView"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(PatchTableModel::DueColumn, Qt::AscendingOrder);
    // The actions on selected rows are buttons and context menu entries.
    m_appliedAction = new QAction(this);
    connect(m_appliedAction, &QAction::triggered, this, &PatchesPage::markSelectedApplied);
    m_acceptAction = new QAction(this);
    connect(m_acceptAction, &QAction::triggered, this, &PatchesPage::acceptSelectedRisk);
    m_confirmAction = new QAction(this);
    connect(m_confirmAction, &QAction::triggered, this, &PatchesPage::confirmSelectedProposals);
    m_dismissAction = new QAction(this);
    connect(m_dismissAction, &QAction::triggered, this, &PatchesPage::dismissSelectedProposals);
    m_add = makeButton(items, QStringLiteral("addButton"));
    m_edit = makeButton(items, QStringLiteral("editButton"));
    QPushButton *applied =
        makeActionButton(items, m_appliedAction, QStringLiteral("appliedButton"));
    QPushButton *accept =
        makeActionButton(items, m_acceptAction, QStringLiteral("acceptRiskButton"));
    m_delete = makeButton(items, QStringLiteral("deleteButton"));
    m_search = makeSearchEdit(items);
    m_scope = new QComboBox(items);
    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    m_assetFilter = new QComboBox(items);
    m_assetFilter->setObjectName(QStringLiteral("assetFilter"));
    m_assetFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_assetFilter->setMaximumWidth(320);
    auto *itemButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, applied, accept, m_delete})
        itemButtons->addWidget(b);
    itemButtons->addStretch();
    auto *itemFilters = new QHBoxLayout;
    itemFilters->addWidget(m_search, 2);
    itemFilters->addWidget(m_scope);
    itemFilters->addWidget(m_assetFilter);
    itemFilters->addStretch(1);
    auto *itemsLayout = new QVBoxLayout(items);
    itemsLayout->addLayout(itemButtons);
    itemsLayout->addLayout(itemFilters);
    itemsLayout->addWidget(m_view, 1);
    m_tabs->addTab(items, QString());

    // Proposals
    auto *proposals = new QWidget(m_tabs);
    m_proposals = new ProposalTableModel(this);
    auto *proposalProxy = new QSortFilterProxyModel(this);
    m_proposalProxy = proposalProxy;
    proposalProxy->setSourceModel(m_proposals);
    proposalProxy->setSortRole(ProposalTableModel::SortRole);
    proposalProxy->setSortLocaleAware(true);
    // New proposals by default; those the asset's last update probably
    // fixed stay reviewable under the filter.
    proposalProxy->setFilterRole(ProposalTableModel::StateRole);
    proposalProxy->setFilterKeyColumn(0);
    proposalProxy->setFilterFixedString(QStringLiteral("new"));
    m_proposalView = makeTable(proposals, QStringLiteral("proposalView"));
    m_proposalView->setModel(proposalProxy);
    m_proposalFilter = new QComboBox(proposals);
    m_proposalFilter->setObjectName(QStringLiteral("proposalFilter"));
    m_proposalView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proposalHint = new QLabel(proposals);
    m_proposalHint->setWordWrap(true);
    auto *proposalButtons = new QHBoxLayout;
    proposalButtons->addWidget(
        makeActionButton(proposals, m_confirmAction, QStringLiteral("confirmButton")));
    proposalButtons->addWidget(
        makeActionButton(proposals, m_dismissAction, QStringLiteral("dismissButton")));
    proposalButtons->addStretch();
    proposalButtons->addWidget(m_proposalFilter);
    auto *proposalsLayout = new QVBoxLayout(proposals);
    proposalsLayout->addWidget(m_proposalHint);
    proposalsLayout->addLayout(proposalButtons);
    proposalsLayout->addWidget(m_proposalView, 1);
    m_tabs->addTab(proposals, QString());

    // Stale assets
    auto *stale = new QWidget(m_tabs);
    m_staleHint = new QLabel(stale);
    m_staleHint->setWordWrap(true);
    m_stale = new QTableWidget(stale);
    m_stale->setObjectName(QStringLiteral("staleTable"));
    m_stale->setColumnCount(6);
    m_stale->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stale->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stale->verticalHeader()->hide();
    m_stale->setAlternatingRowColors(true);
    m_stale->horizontalHeader()->setStretchLastSection(true);
    auto *staleLayout = new QVBoxLayout(stale);
    staleLayout->addWidget(m_staleHint);
    staleLayout->addWidget(m_stale, 1);
    m_tabs->addTab(stale, QString());

    m_feeds = new FeedsPanel(db, m_undo, m_context, m_tabs);
    m_tabs->addTab(m_feeds, QString());

    QVBoxLayout *layout = bodyLayout();
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    TableOptions itemTable;
    itemTable.source = m_model;
    itemTable.idRole = PatchTableModel::IdRole;
    itemTable.nameColumn = PatchTableModel::ProductColumn;
    itemTable.earlyColumns = {PatchTableModel::StatusColumn, PatchTableModel::DueColumn};
    itemTable.clearFilters = [this] { clearItemFilters(); };
    itemTable.filteredOutText = [](int n) {
        return tr("%n patch item(s) no longer match the search or filters and are hidden.",
                  nullptr, n);
    };
    addTable(m_view, itemTable);
    TableOptions proposalTable;
    proposalTable.source = m_proposals;
    proposalTable.nameColumn = ProposalTableModel::ProductColumn;
    addTable(m_proposalView, proposalTable);
    const auto find = [this] {
        m_tabs->setCurrentIndex(ItemsTab);
        m_search->setFocus();
        m_search->selectAll();
    };
    setAction(
        m_view, StandardAction::New, [this] { addItem(); }, [this] { return !m_assets.isEmpty(); });
    setAction(
        m_view, StandardAction::Edit, [this] { editCurrent(); },
        [this] { return selectedItems().size() == 1; });
    setAction(
        m_view, StandardAction::Delete, [this] { deleteSelected(); },
        [this] { return m_view->selectionModel()->hasSelection(); });
    setAction(m_view, StandardAction::Find, find);
    setAction(m_proposalView, StandardAction::Find, find);
    addContextAction(m_view, m_appliedAction);
    addContextAction(m_view, m_acceptAction);
    addContextAction(m_proposalView, m_confirmAction);
    addContextAction(m_proposalView, m_dismissAction);

    EmptyState *empty = addEmptyState(m_view);
    m_emptyImport = empty->addButton(QStringLiteral("emptyImportButton"), [this] {
        m_tabs->setCurrentWidget(m_feeds);
        m_feeds->chooseAndImport();
    });
    m_emptyAdd = empty->addButton(QStringLiteral("emptyAddButton"), [this] { addItem(); });
    // KEV is JSON; JVN iPedia's JVNRSS is RDF/XML.
    takeDroppedFiles({QStringLiteral("json"), QStringLiteral("xml"), QStringLiteral("rdf"),
                 QStringLiteral("rss")},
                [this](const QString &path) { importFeed(path); });

    connect(m_add, &QPushButton::clicked, this, &PatchesPage::addItem);
    connect(m_edit, &QPushButton::clicked, this, &PatchesPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PatchesPage::deleteSelected);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &PatchFilterProxy::setSearchText);
    connect(m_proposalFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proposalView->clearSelection();
        m_proposalProxy->setFilterFixedString(index == ProbablyFixedProposals
                                                  ? QStringLiteral("fixed")
                                              : index == AllProposals ? QString()
                                                                      : QStringLiteral("new"));
        // "Probably fixed by the update of …" is wider than "New": widen the
        // state column when such rows appear, never narrow the user's width.
        const int state = ProposalTableModel::StateColumn;
        const int before = m_proposalView->columnWidth(state);
        m_proposalView->resizeColumnToContents(state);
        m_proposalView->setColumnWidth(
            state, std::max(before, std::min(m_proposalView->columnWidth(state), 260)));
        updateButtons();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setScope(PatchFilterProxy::Scope(std::max(0, index)));
        updateSummary();
    });
    connect(m_assetFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setAssetId(index <= 0 ? 0 : m_assetFilter->itemData(index).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatchesPage::updateButtons);
    connect(m_proposalView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatchesPage::updateButtons);
    connect(m_feeds, &FeedsPanel::feedImported, this, [this](bool ok, const QString &) {
        if (ok) {
            reload();
            if (m_proposals->newCount() > 0)
                m_tabs->setCurrentIndex(ProposalsTab);
        }
    });

    rememberView(m_view, settings::patchesHeader);
    rememberView(m_proposalView, settings::proposalsHeader);
    retranslate();
    reload();
}

PatchesPage::~PatchesPage() = default;

QString PatchesPage::title() const
{
    return tr("Patches");
}

void PatchesPage::load()
{
    store::Database &db = database();
    const QDate today = clock::today();
    // The feed entries change only on import: read them again only when
    // the stored feeds say something changed.
    QString signature;
    if (const auto feeds = store::FeedStore(db).feeds()) {
        for (const store::StoredFeed &f : feeds.value())
            signature += QStringLiteral("%1|%2|%3;")
                             .arg(f.version, f.importedAt.toString(Qt::ISODateWithMs))
                             .arg(f.storedEntries);
    }
    if (signature != m_entriesSignature || signature.isEmpty()) {
        auto entries = store::FeedStore(db).entries();
        if (!entries) {
            messageBar()->showError(entries.error());
            return;
        }
        m_entries = std::move(entries).value();
        m_entriesSignature = signature;
    }
    auto assets = store::AssetRepository(db).all();
    auto items = store::PatchRepository(db).all();
    auto proposals = patches::currentProposals(db, today, &m_entries);
    if (!assets || !items || !proposals) {
        messageBar()->showError(!assets  ? assets.error()
                                : !items ? items.error()
                                         : proposals.error());
        return;
    }
    m_assets = std::move(assets).value();
    m_policy = store::PatchRepository(db).policy();

    QSet<qint64> selected;
    for (const domain::PatchItem &p : selectedItems())
        selected.insert(p.id);
    m_model->setContent(std::move(items).value(), m_assets, today);
    m_proposals->setContent(std::move(proposals).value(), m_assets);
    if (!selected.isEmpty()) {
        QItemSelection selection;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            if (selected.contains(
                    m_proxy->index(row, 0).data(PatchTableModel::IdRole).toLongLong()))
                selection.select(m_proxy->index(row, 0),
                                 m_proxy->index(row, PatchTableModel::ColumnCount - 1));
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    fillAssetFilter();
    fillStale();
    m_feeds->reload();
    updateSummary();
    updateButtons();
}

void PatchesPage::fillAssetFilter()
{
    const qint64 current = m_proxy->assetId();
    const QSignalBlocker block(m_assetFilter);
    m_assetFilter->clear();
    m_assetFilter->addItem(tr("All assets"), 0);
    // Assets with items, and the one asked for: the list stays short.
    QSet<qint64> withItems;
    for (int row = 0; row < m_model->rowCount(); ++row)
        withItems.insert(m_model->itemAt(row).assetId);
    withItems.insert(current);
    QVector<const domain::Asset *> shown;
    for (const domain::Asset &a : m_assets)
        if (withItems.contains(a.id))
            shown << &a;
    QCollator collator;
    std::sort(shown.begin(), shown.end(),
              [&](const auto *a, const auto *b) { return collator.compare(a->name, b->name) < 0; });
    for (const domain::Asset *a : shown)
        m_assetFilter->addItem(a->name, a->id);
    const int index = m_assetFilter->findData(current);
    m_assetFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_proxy->setAssetId(0);
}

void PatchesPage::fillStale()
{
    const QDate today = clock::today();
    const QVector<domain::Asset> stale = patches::staleAssets(m_assets, m_policy, today);
    m_stale->setSortingEnabled(false);
    m_stale->setRowCount(static_cast<int>(stale.size()));
    for (int row = 0; row < stale.size(); ++row) {
        const domain::Asset &a = stale.at(row);
        const int days =
            a.lastUpdated.isValid() ? static_cast<int>(a.lastUpdated.daysTo(today)) : -1;
        const QString product =
            QStringList{a.vendor, a.product, a.version}.join(QLatin1Char(' ')).simplified();
        QTableWidgetItem *cells[] = {
            new QTableWidgetItem(a.name),
            new QTableWidgetItem(domain::AssetText::kind(a.kind)),
            new QTableWidgetItem(product),
            new SortItem(a.lastUpdated.isValid()
                             ? i18n::formatDate(a.lastUpdated)
                             : tr("Not recorded"),
                         a.lastUpdated.isValid() ? a.lastUpdated : QDate(1, 1, 1)),
            new SortItem(days >= 0 ? tr("%n day(s)", nullptr, days) : QString(),
                         days >= 0 ? days : 1000000),
            new QTableWidgetItem(a.endOfSupport ? tr("End of support") : QString()),
        };
        for (int c = 0; c < 6; ++c) {
            if (a.endOfSupport)
                cells[c]->setForeground(QColor(0xB7, 0x1C, 0x1C));
            cells[c]->setData(Qt::UserRole + 1, a.id);
            m_stale->setItem(row, c, cells[c]);
        }
    }
    m_stale->setSortingEnabled(true);
    m_stale->resizeColumnsToContents();
    m_staleHint->setText(
        tr("Devices and software not updated in the last %n day(s), with no date recorded, or "
           "no longer supported by their maker. Record the date of each update in the asset "
           "(Assets → Edit → Last updated). The period is set in Settings.",
           nullptr, m_policy.staleAssetDays));
}

void PatchesPage::updateSummary()
{
    const QDate today = clock::today();
    int open = 0, overdue = 0, exploited = 0, review = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const domain::PatchItem &p = m_model->itemAt(row);
        if (domain::isOpen(p)) {
            ++open;
            exploited += p.knownExploited ? 1 : 0;
        }
        overdue += domain::isOverdue(p, today) ? 1 : 0;
        review += domain::acceptanceNeedsReview(p, today) ? 1 : 0;
    }
    QStringList parts;
    parts << tr("%n open", nullptr, open);
    const QString overdueText = tr("%n overdue", nullptr, overdue);
    parts << (overdue > 0
                  ? QStringLiteral("<span style=\"color:#b71c1c; font-weight:bold\">%1</span>")
                        .arg(overdueText.toHtmlEscaped())
                  : overdueText.toHtmlEscaped());
    parts << tr("%n known exploited", nullptr, exploited);
    if (review > 0)
        parts << tr("%n risk acceptance(s) to review", nullptr, review);
    // Probably fixed proposals are not counted as open.
    const int newProposals = m_proposals->newCount();
    const int probablyFixed = m_proposals->rowCount() - newProposals;
    parts << tr("%n proposal(s)", nullptr, newProposals);
    parts << tr("%n stale asset(s)", nullptr, m_stale->rowCount());
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_tabs->setTabText(ProposalsTab, tr("Proposals (%1)").arg(newProposals));
    {
        const QSignalBlocker block(m_proposalFilter);
        const int filter = std::max(0, m_proposalFilter->currentIndex());
        m_proposalFilter->clear();
        m_proposalFilter->addItems({tr("To review (%1)").arg(newProposals),
                                    tr("Probably fixed by an update (%1)").arg(probablyFixed),
                                    tr("All (%1)").arg(m_proposals->rowCount())});
        m_proposalFilter->setCurrentIndex(filter);
    }
    m_tabs->setTabText(StaleTab, tr("Not updated (%1)").arg(m_stale->rowCount()));
}

void PatchesPage::updateButtons()
{
    const QVector<domain::PatchItem> items = selectedItems();
    bool anyOpen = false;
    for (const domain::PatchItem &p : items)
        anyOpen |= p.status != domain::PatchStatus::Applied;
    m_add->setEnabled(!m_assets.isEmpty());
    m_edit->setEnabled(items.size() == 1);
    m_appliedAction->setEnabled(anyOpen);
    m_acceptAction->setEnabled(anyOpen);
    m_delete->setEnabled(!items.isEmpty());
    const bool proposalsSelected = m_proposalView->selectionModel()->hasSelection();
    m_confirmAction->setEnabled(proposalsSelected);
    m_dismissAction->setEnabled(proposalsSelected);
}

QVector<domain::PatchItem> PatchesPage::selectedItems() const
{
    QVector<domain::PatchItem> out;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        out << m_model->itemAt(m_proxy->mapToSource(index).row());
    return out;
}

QVector<patches::Proposal> PatchesPage::selectedProposals() const
{
    QVector<patches::Proposal> out;
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_proposalView->model());
    for (const QModelIndex &index : m_proposalView->selectionModel()->selectedRows())
        out << m_proposals->proposalAt(proxy->mapToSource(index).row());
    return out;
}

void PatchesPage::pushChange(QVector<domain::PatchItem> before, QVector<domain::PatchItem> after,
                             const QString &text)
{
    m_undo.push(new PatchChangeCommand(m_context, std::move(before), std::move(after), text));
    reload();
}

void PatchesPage::clearItemFilters()
{
    m_search->clear();
    m_scope->setCurrentIndex(static_cast<int>(PatchFilterProxy::Scope::All));
    m_assetFilter->setCurrentIndex(0);
}

void PatchesPage::showAsset(qint64 assetId)
{
    m_tabs->setCurrentIndex(ItemsTab);
    m_search->clear();
    m_scope->setCurrentIndex(static_cast<int>(PatchFilterProxy::Scope::All));
    m_proxy->setAssetId(assetId);
    fillAssetFilter();
}

void PatchesPage::showItem(qint64 itemId)
{
    m_tabs->setCurrentIndex(ItemsTab);
    clearItemFilters();
    const int row = m_model->rowOfId(itemId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void PatchesPage::addItem()
{
    if (m_assets.isEmpty())
        return;
    domain::PatchItem item;
    item.assetId = m_proxy->assetId() > 0 ? m_proxy->assetId() : m_assets.front().id;
    for (const domain::Asset &a : m_assets)
        if (a.id == item.assetId) {
            item.product = QStringList{a.vendor, a.product}.join(QLatin1Char(' ')).trimmed();
            item.installedVersion = a.version;
        }
    item.found = clock::today();
    item.due = domain::dueDate(item, m_policy);
    PatchEditorDialog dialog(item, m_assets, m_policy, this);
    dialog.setPeople(OwnerCombo::loadPeople(database()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    pushChange({}, {dialog.item()}, tr("Add patch item"));
}

void PatchesPage::editCurrent()
{
    const QVector<domain::PatchItem> items = selectedItems();
    if (items.size() != 1)
        return;
    PatchEditorDialog dialog(items.front(), m_assets, m_policy, this);
    dialog.setPeople(OwnerCombo::loadPeople(database()));
    if (dialog.exec() != QDialog::Accepted || dialog.item() == items.front())
        return;
    const auto watch = watchFilter(m_view);
    pushChange(items, {dialog.item()}, tr("Edit patch item"));
}

void PatchesPage::markSelectedApplied()
{
    QVector<domain::PatchItem> before;
    const QVector<domain::PatchItem> after =
        patches::markedApplied(selectedItems(), clock::today(), &before);
    if (after.isEmpty())
        return;
    const auto watch = watchFilter(m_view);
    pushChange(before, after,
               tr("Mark %n item(s) applied", nullptr, static_cast<int>(after.size())));
}

void PatchesPage::acceptSelectedRisk()
{
    QVector<domain::PatchItem> before;
    for (const domain::PatchItem &p : selectedItems())
        if (p.status != domain::PatchStatus::Applied)
            before << p;
    if (before.isEmpty())
        return;
    RiskAcceptDialog dialog(static_cast<int>(before.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto watch = watchFilter(m_view);
    QVector<domain::PatchItem> after = before;
    for (domain::PatchItem &p : after) {
        p.status = domain::PatchStatus::RiskAccepted;
        p.acceptedReason = dialog.reason();
        p.acceptedReviewDate = dialog.reviewDate();
    }
    pushChange(before, after,
               tr("Accept the risk of %n item(s)", nullptr, static_cast<int>(after.size())));
}

void PatchesPage::deleteSelected()
{
    const QVector<domain::PatchItem> items = selectedItems();
    if (items.isEmpty())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete patch items"),
                              tr("Delete %n patch item(s)? You can undo this with Ctrl+Z.", nullptr,
                                 static_cast<int>(items.size())),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    pushChange(items, {}, tr("Delete %n patch item(s)", nullptr, static_cast<int>(items.size())));
}

void PatchesPage::confirmSelectedProposals()
{
    const QVector<patches::Proposal> proposals = selectedProposals();
    if (proposals.isEmpty())
        return;
    QVector<domain::PatchItem> items;
    for (const patches::Proposal &p : proposals)
        items << p.item;
    pushChange({}, items,
               tr("Confirm %n proposal(s)", nullptr, static_cast<int>(proposals.size())));
}

void PatchesPage::dismissSelectedProposals()
{
    const QVector<patches::Proposal> proposals = selectedProposals();
    if (proposals.isEmpty())
        return;
    m_undo.push(
        new DismissProposalsCommand(m_context, patches::dismissalsFor(proposals, clock::today())));
    reload();
}

void PatchesPage::importFeed(const QString &path)
{
    m_tabs->setCurrentWidget(m_feeds);
    if (!m_feeds->importFile(path))
        messageBar()->showWarning(
            tr("A feed is being imported. Drop %1 again when it is done.")
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
    m_emptyImport->setText(tr("Import a feed…"));
    m_emptyAdd->setText(tr("Add an item…"));
    m_tabs->setTabText(ItemsTab, tr("Patch items"));
    m_tabs->setTabText(FeedsTab, tr("Feeds and aliases"));
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add a patch item (Insert)"));
    m_edit->setText(tr("Edit…"));
    m_appliedAction->setText(tr("Applied today"));
    m_appliedAction->setToolTip(tr("Mark the selected items as applied today"));
    m_acceptAction->setText(tr("Accept risk…"));
    m_delete->setText(tr("Delete"));
    m_search->setPlaceholderText(tr("Search asset, product, CVE, notes (Ctrl+F)"));
    {
        const QSignalBlocker block(m_scope);
        const int scope = std::max(0, m_scope->currentIndex());
        m_scope->clear();
        m_scope->addItems({tr("Open"), tr("Overdue"), tr("Known exploited"), tr("Risk accepted"),
                           tr("Applied"), tr("All statuses")});
        m_scope->setCurrentIndex(scope);
    }
    if (m_assetFilter->count() > 0)
        m_assetFilter->setItemText(0, tr("All assets"));
    m_proposalHint->setText(
        tr("Matches between the imported feeds and the vendor, product and version of your "
           "assets. Confirm what applies (it becomes a patch item with a due date by policy) "
           "and dismiss what does not; a dismissal is remembered for that asset. Hover a row "
           "for the description. A vulnerability the feed listed before the asset's last "
           "update is shown under \"Probably fixed\": that update probably brought the fix, "
           "so it is not counted as open."));
    m_proposalFilter->setToolTip(tr("Which proposals to show"));
    m_confirmAction->setText(tr("Confirm as patch items"));
    m_dismissAction->setText(tr("Dismiss"));
    m_stale->setHorizontalHeaderLabels(
        {tr("Asset"), tr("Kind"), tr("Product"), tr("Last updated"), tr("Since"), tr("Support")});
    m_model->retranslate();
    m_proposals->retranslate();
    m_feeds->retranslate();
    fillStale();
    updateSummary();
}

} // namespace ui
} // namespace kamae
