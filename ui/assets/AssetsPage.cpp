#include "assets/AssetsPage.h"

#include "assets/AssetEditorDialog.h"
#include "assets/AssetFilterBar.h"
#include "assets/AssetFilterProxy.h"
#include "assets/AssetImportDialog.h"
#include "assets/AssetTableModel.h"
#include "core/Clock.h"
#include "domain/AssetFields.h"
#include "domain/AssetRules.h"
#include "io/AssetTransfer.h"
#include "settings/UiSettings.h"
#include "store/AssetRepository.h"
#include "store/ChangeSet.h"
#include "widgets/EmptyState.h"
#include "widgets/FileDialogs.h"
#include "widgets/FlowLayout.h"
#include "widgets/MessageBar.h"
#include "widgets/OwnerCombo.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <climits>

namespace kamae {
namespace ui {

using domain::AssetField;

AssetsPage::AssetsPage(store::Database &db, QUndoStack &undo, QWidget *parent)
    : ModulePage(db, parent), m_undo(undo)
{
    setObjectName(QStringLiteral("AssetsPage"));
    watchTables({QStringLiteral("asset"), QStringLiteral("person")});
    m_model = new AssetTableModel(this);
    m_proxy = new AssetFilterProxy(this);
    m_proxy->setAssetModel(m_model);
    m_context = {&db, m_model, [this](const QString &message) {
                     messageBar()->showError(message);
                 }};
    // The asset commands update the model row by row: what it shows is
    // current, and reading the whole register again would only cost time.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { acknowledgeChanges(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { acknowledgeChanges(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { acknowledgeChanges(); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    // The actions on selected assets are buttons and context menu entries.
    m_duplicateAction = new QAction(this);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_duplicateAction, &QAction::triggered, this, &AssetsPage::duplicateSelected);
    addAction(m_duplicateAction);
    m_reviewAction = new QAction(this);
    connect(m_reviewAction, &QAction::triggered, this, &AssetsPage::markSelectedReviewed);
    m_patchesAction = new QAction(this);
    connect(m_patchesAction, &QAction::triggered, this, [this] {
        const QVector<domain::Asset> selected = selectedAssets();
        if (selected.size() == 1)
            emit patchesRequested(selected.front().id);
    });

    m_add = makeButton(this, QStringLiteral("addButton"));
    m_edit = makeButton(this, QStringLiteral("editButton"));
    QPushButton *duplicate =
        makeActionButton(this, m_duplicateAction, QStringLiteral("duplicateButton"));
    m_delete = makeButton(this, QStringLiteral("deleteButton"));
    QPushButton *review = makeActionButton(this, m_reviewAction, QStringLiteral("reviewButton"));
    QPushButton *patches = makeActionButton(this, m_patchesAction, QStringLiteral("patchesButton"));
    m_import = makeButton(this, QStringLiteral("importButton"));
    m_export = makeButton(this, QStringLiteral("exportButton"));
    m_filters = new AssetFilterBar(m_model, m_proxy, this);

    m_view =
        makeRecordTable(this, QStringLiteral("assetView"), QAbstractItemView::ExtendedSelection);
    m_view->setModel(m_proxy);
    // No sort until the user asks: the register keeps its entry order.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);

    // A narrow window puts the buttons on two lines.
    auto *actions = new FlowLayout;
    for (QPushButton *b : {m_add, m_edit, duplicate, m_delete, review, patches})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_import);
    actions->addWidget(m_export);

    QVBoxLayout *layout = bodyLayout();
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(actions);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);

    TableOptions table;
    table.source = m_model;
    table.idRole = AssetTableModel::IdRole;
    table.nameColumn = AssetTableModel::columnOf(AssetField::Name);
    table.clearFilters = [this] {
        m_filters->clear();
    };
    table.filteredOutText = [](int n) {
        return tr("%n asset(s) no longer match the search or filters and are hidden.", nullptr, n);
    };
    addTable(m_view, table);
    const auto selected = [this](int min, int max) {
        const auto n = m_view->selectionModel()->selectedRows().size();
        return n >= min && n <= max;
    };
    setAction(m_view, StandardAction::New, [this] { addAsset(); });
    setAction(
        m_view, StandardAction::Edit, [this] { editCurrent(); },
        [selected] { return selected(1, 1); });
    setAction(
        m_view, StandardAction::Delete, [this] { deleteSelected(); },
        [selected] { return selected(1, INT_MAX); });
    setAction(m_view, StandardAction::Find, [this] {
        m_filters->search()->setFocus();
        m_filters->search()->selectAll();
    });
    setAction(m_view, StandardAction::Export, [this] { chooseExportFile(); });
    for (QAction *a : {m_duplicateAction, m_reviewAction, m_patchesAction})
        addContextAction(m_view, a);

    EmptyState *empty = addEmptyState(m_view);
    sayingText(empty->addButton(QStringLiteral("emptyAddButton"), [this] { addAsset(); }),
               [] { return tr("Add your first asset…"); });
    sayingText(
        empty->addButton(QStringLiteral("emptyImportButton"), [this] { chooseImportFile(); }),
        [] { return tr("Import from Excel/CSV…"); });
    takeDroppedFiles({QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                      QStringLiteral("xlsx")},
                     [this](const QString &path) { importFile(path); });

    connect(m_add, &QPushButton::clicked, this, &AssetsPage::addAsset);
    connect(m_edit, &QPushButton::clicked, this, &AssetsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &AssetsPage::deleteSelected);
    connect(m_import, &QPushButton::clicked, this, &AssetsPage::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &AssetsPage::chooseExportFile);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssetsPage::updateButtons);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showAssetColumnMenu(m_view, m_model, pos); });
    // Counts and the department list follow the data, once per burst.
    auto *refreshTimer = new QTimer(this);
    refreshTimer->setSingleShot(true);
    refreshTimer->setInterval(0);
    connect(refreshTimer, &QTimer::timeout, this, &AssetsPage::refreshFilters);
    connect(m_proxy, &QAbstractItemModel::modelReset, refreshTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, refreshTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, refreshTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, refreshTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, refreshTimer, qOverload<>(&QTimer::start));

    hideAssetColumnsByDefault(m_view);
    rememberView(m_view, settings::assetsHeader);
    retranslate();
    reload();
    updateButtons();
}

AssetsPage::~AssetsPage() = default;

QString AssetsPage::title() const
{
    return tr("Assets");
}

void AssetsPage::load()
{
    auto all = store::AssetRepository(database()).all();
    if (!all) {
        messageBar()->showError(all.error());
        return;
    }
    m_model->setAssets(std::move(all.value()));
    refreshFilters();
}

void AssetsPage::applyChanges(const store::ChangeSet &changes)
{
    // Owner names come from the people list: read the register again.
    if (changes.touches(QStringLiteral("person")) || reloadPending()) {
        ModulePage::applyChanges(changes);
        return;
    }
    if (!changes.touches(QStringLiteral("asset")))
        return;
    if (const Status s = m_model->applyChanges(changes, database()); !s) {
        messageBar()->showError(s.error());
        return;
    }
    refreshFilters();
    acknowledgeChanges();
}

void AssetsPage::refreshFilters()
{
    m_filters->refreshDepartments();
    updateSummary();
}

void AssetsPage::updateSummary()
{
    const int total = m_model->rowCount();
    const int review = m_model->needsReviewCount();
    const int shown = m_proxy->rowCount();
    QString text = tr("%n asset(s)", nullptr, total);
    text += QStringLiteral(" · ");
    text += review > 0
                ? QStringLiteral("<span style=\"color:#8a5a00; font-weight:bold;\">%1</span>")
                      .arg(tr("%n need(s) review", nullptr, review).toHtmlEscaped())
                : tr("all reviewed in the last 12 months").toHtmlEscaped();
    if (shown != total)
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, shown);
    m_summary->setText(text);
}

void AssetsPage::updateButtons()
{
    const int selected = static_cast<int>(m_view->selectionModel()->selectedRows().size());
    m_edit->setEnabled(selected == 1);
    m_duplicateAction->setEnabled(selected >= 1);
    m_delete->setEnabled(selected >= 1);
    m_reviewAction->setEnabled(selected >= 1);
    m_patchesAction->setEnabled(selected == 1);
}

QVector<domain::Asset> AssetsPage::selectedAssets() const
{
    QVector<domain::Asset> assets;
    for (int row : selectedSourceRows(m_view))
        assets << m_model->assetAt(row);
    return assets;
}

void AssetsPage::showAsset(qint64 assetId)
{
    m_filters->clear();
    const int row = m_model->rowOfId(assetId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void AssetsPage::showNeedingReview()
{
    m_filters->showNeedingReviewOnly();
}

void AssetsPage::addAsset()
{
    domain::Asset fresh;
    fresh.registered = clock::today();
    AssetEditorDialog dialog(fresh, m_filters->departments(), this);
    dialog.setPeople(OwnerCombo::loadPeople(database()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const domain::Asset asset = dialog.asset();
    auto *command = new AddAssetsCommand(m_context, {asset}, tr("Add %1").arg(asset.name));
    const auto added = command->outcome();
    m_undo.push(command);
    // A command that failed is gone: the stack deleted it.
    if (*added) {
        const int row = m_model->rowOfId(command->assets().first().id);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_view->selectRow(index.row());
            m_view->scrollTo(index);
        }
    }
}

void AssetsPage::editCurrent()
{
    const QVector<domain::Asset> selected = selectedAssets();
    if (selected.size() != 1)
        return;
    AssetEditorDialog dialog(selected.first(), m_filters->departments(), this);
    dialog.setPeople(OwnerCombo::loadPeople(database()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const domain::Asset after = dialog.asset();
    if (after == selected.first())
        return;
    const auto watch = watchFilter(m_view);
    m_undo.push(new EditAssetCommand(m_context, selected.first(), after));
}

void AssetsPage::duplicateSelected()
{
    QVector<domain::Asset> copies = selectedAssets();
    if (copies.isEmpty())
        return;
    for (domain::Asset &a : copies) {
        a.id = 0;
        a.name = tr("%1 (copy)").arg(a.name);
        a.registered = clock::today();
        a.reviewed = QDate();
    }
    m_undo.push(new AddAssetsCommand(
        m_context, copies, tr("Duplicate %n asset(s)", nullptr, static_cast<int>(copies.size()))));
}

void AssetsPage::deleteSelected()
{
    const QVector<domain::Asset> selected = selectedAssets();
    if (selected.isEmpty())
        return;
    const QString what = selected.size() == 1 ? tr("Delete \"%1\"?").arg(selected.first().name)
                                              : tr("Delete %n asset(s)?", nullptr,
                                                   static_cast<int>(selected.size()));
    const auto answer = QMessageBox::question(this, tr("Delete assets"),
                                              what + QStringLiteral("\n\n") +
                                                  tr("You can undo this with Edit → Undo."),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_undo.push(new RemoveAssetsCommand(m_context, selected));
}

void AssetsPage::markSelectedReviewed()
{
    const QVector<domain::Asset> selected = selectedAssets();
    if (selected.isEmpty())
        return;
    const auto watch = watchFilter(m_view);
    m_undo.push(new MarkReviewedCommand(m_context, selected, clock::today()));
}

void AssetsPage::importFile(const QString &path)
{
    AssetImportDialog dialog(path, this);
    QVector<domain::Asset> existing;
    existing.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        existing << m_model->assetAt(row);
    dialog.setExistingAssets(existing);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QVector<domain::Asset> assets = dialog.assetsToImport();
    if (assets.isEmpty())
        return;
    const QString file = QFileInfo(path).fileName();
    auto *command = new AddAssetsCommand(
        m_context, assets,
        tr("Import %n asset(s) from %1", nullptr, static_cast<int>(assets.size())).arg(file), file);
    m_undo.push(command);
}

Status AssetsPage::exportFile(const QString &path, io::TextEncoding encoding)
{
    QVector<domain::Asset> shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << m_model->assetAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return io::writeAssetsFile(path, shown, encoding);
}

void AssetsPage::chooseImportFile()
{
    const QString path =
        filedialogs::openFile(this, FileKind::Register, tr("Import assets"),
                              tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void AssetsPage::chooseExportFile()
{
    const QString csvUtf8 = tr("CSV, UTF-8 (*.csv)");
    const QString csvSjis = tr("CSV, Shift_JIS for older Excel (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString filter = xlsx;
    QString path = filedialogs::saveFile(
        this, FileKind::Register, tr("Export assets"), tr("information-assets.xlsx"),
        QStringList{xlsx, csvUtf8, csvSjis}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = filter == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const Status s =
        exportFile(path, filter == csvSjis ? io::TextEncoding::ShiftJis : io::TextEncoding::Utf8);
    if (!s)
        QMessageBox::warning(this, tr("Export assets"), s.error());
}

void AssetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    ModulePage::changeEvent(event);
}

void AssetsPage::retranslate()
{
    setHeading(tr("Information assets"),
               tr("The register of what the company relies on: devices, cloud services, data "
                  "and paper records, who owns them, how important they are, and when each was "
                  "last reviewed."));
    emptyState()->setTexts(
        tr("No assets yet"),
        tr("Start with what would hurt most to lose: the PCs and servers, the cloud services, "
           "the customer data. Add them one by one, or import the list you already keep in "
           "Excel or CSV (you can also drop the file here)."));
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add an asset (Insert)"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Edit the selected asset (Enter or double-click)"));
    m_duplicateAction->setText(tr("D&uplicate"));
    m_duplicateAction->setToolTip(tr("Copy the selected assets (Ctrl+D)"));
    m_delete->setText(tr("&Delete…"));
    m_delete->setToolTip(tr("Delete the selected assets (Delete)"));
    m_reviewAction->setText(tr("Mark &reviewed"));
    m_reviewAction->setToolTip(tr("Record today as the review date of the selected assets"));
    m_patchesAction->setText(tr("&Patches"));
    m_patchesAction->setToolTip(tr("Show the patch items of the selected asset"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add assets from a CSV or Excel file (UTF-8 or Shift_JIS)"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the assets shown to a CSV or Excel file"));
    m_filters->retranslate();
    updateSummary();
}

} // namespace ui
} // namespace kamae
