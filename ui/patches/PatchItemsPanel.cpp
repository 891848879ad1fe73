#include "patches/PatchItemsPanel.h"

#include "core/Clock.h"
#include "patches/PatchDesk.h"
#include "patches/PatchEditorDialog.h"
#include "patches/PatchFilterProxy.h"
#include "patches/PatchTableModel.h"
#include "patches/PatchViews.h"
#include "widgets/OwnerCombo.h"
#include "widgets/Widgets.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kamae {
namespace ui {

PatchItemsPanel::PatchItemsPanel(QUndoStack &undo, PatchCommandContext context,
                                 const QVector<domain::Asset> &assets,
                                 const domain::PatchPolicy &policy, QWidget *parent)
    : RecordsPanel(undo, std::move(context), QStringLiteral("patchView"), parent), m_assets(assets),
      m_policy(policy)
{
    m_model = new PatchTableModel(this);
    m_proxy = new PatchFilterProxy(this);
    setModels(m_model, m_proxy);
    view()->sortByColumn(PatchTableModel::DueColumn, Qt::AscendingOrder);
    m_search = makeSearchEdit(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    m_assetFilter = new QComboBox(this);
    m_assetFilter->setObjectName(QStringLiteral("assetFilter"));
    m_assetFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_assetFilter->setMaximumWidth(320);
    m_applied = new QAction(this);
    m_accept = new QAction(this);
    connect(m_applied, &QAction::triggered, this, &PatchItemsPanel::markSelectedApplied);
    connect(m_accept, &QAction::triggered, this, &PatchItemsPanel::acceptSelectedRisk);

    auto *buttons = new QHBoxLayout;
    m_add = makeButton(this, QStringLiteral("addButton"));
    m_edit = makeButton(this, QStringLiteral("editButton"));
    m_delete = makeButton(this, QStringLiteral("deleteButton"));
    for (QPushButton *button :
         {m_add, m_edit, addRowAction(m_applied, QStringLiteral("appliedButton")),
          addRowAction(m_accept, QStringLiteral("acceptRiskButton")), m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_scope);
    filters->addWidget(m_assetFilter);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(view(), 1);

    connect(m_add, &QPushButton::clicked, this, &PatchItemsPanel::addItem);
    connect(m_edit, &QPushButton::clicked, this, &PatchItemsPanel::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PatchItemsPanel::deleteSelected);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &PatchFilterProxy::setSearchText);
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setScope(PatchFilterProxy::Scope(std::max(0, index))); });
    connect(m_assetFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setAssetId(index <= 0 ? 0 : m_assetFilter->itemData(index).toLongLong());
    });
    retranslate();
}

void PatchItemsPanel::setContent(QVector<domain::PatchItem> items, const QDate &today)
{
    {
        const ViewKeeper keep(view(), [](const QModelIndex &index) {
            return index.data(PatchTableModel::IdRole).toString();
        });
        m_model->setContent(std::move(items), m_assets, today);
    }
    assetsChanged();
}

void PatchItemsPanel::assetsChanged()
{
    fillAssetFilter();
    updateButtons();
}

Status PatchItemsPanel::applyChanges(const store::ChangeSet &changes, store::Database &db)
{
    const Status applied = m_model->applyChanges(changes, db);
    // New or removed items change which assets the filter offers.
    assetsChanged();
    return applied;
}

void PatchItemsPanel::fillAssetFilter()
{
    const qint64 current = m_proxy->assetId();
    const QSignalBlocker block(m_assetFilter);
    m_assetFilter->clear();
    m_assetFilter->addItem(PatchesPageText::tr("All assets"), 0);
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

void PatchItemsPanel::updateButtons()
{
    const QVector<domain::PatchItem> items = selectedItems();
    const bool anyOpen = patches::anyNotApplied(items);
    m_add->setEnabled(hasAssets());
    m_edit->setEnabled(items.size() == 1);
    m_applied->setEnabled(anyOpen);
    m_accept->setEnabled(anyOpen);
    m_delete->setEnabled(!items.isEmpty());
}

QVector<domain::PatchItem> PatchItemsPanel::selectedItems() const
{
    QVector<domain::PatchItem> out;
    for (int row : selectedSourceRows(view()))
        out << m_model->itemAt(row);
    return out;
}

void PatchItemsPanel::clearFilters()
{
    m_search->clear();
    m_scope->setCurrentIndex(static_cast<int>(PatchFilterProxy::Scope::All));
    m_assetFilter->setCurrentIndex(0);
}

void PatchItemsPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PatchItemsPanel::showAsset(qint64 assetId)
{
    m_search->clear();
    m_scope->setCurrentIndex(static_cast<int>(PatchFilterProxy::Scope::All));
    m_proxy->setAssetId(assetId);
    fillAssetFilter();
}

void PatchItemsPanel::showItem(qint64 itemId)
{
    clearFilters();
    showSourceRow(view(), m_model->rowOfId(itemId));
}

// --- Changes -------------------------------------------------------------------

void PatchItemsPanel::pushChange(QVector<domain::PatchItem> before,
                                 QVector<domain::PatchItem> after, const QString &text)
{
    push(new PatchChangeCommand(context(), std::move(before), std::move(after), text));
}

void PatchItemsPanel::watched(const std::function<void()> &change)
{
    if (m_watch)
        m_watch(change);
    else
        change();
}

void PatchItemsPanel::addItem()
{
    if (m_assets.isEmpty())
        return;
    const qint64 assetId = m_proxy->assetId();
    const auto asset = std::find_if(m_assets.cbegin(), m_assets.cend(),
                                    [&](const domain::Asset &a) { return a.id == assetId; });
    const domain::PatchItem item = patches::newItemFor(
        asset != m_assets.cend() ? *asset : m_assets.front(), m_policy, clock::today());
    PatchEditorDialog dialog(item, m_assets, m_policy, this);
    dialog.setPeople(OwnerCombo::loadPeople(*context().db));
    if (dialog.exec() != QDialog::Accepted)
        return;
    pushChange({}, {dialog.item()}, PatchesPageText::tr("Add patch item"));
}

void PatchItemsPanel::editCurrent()
{
    const QVector<domain::PatchItem> items = selectedItems();
    if (items.size() != 1)
        return;
    PatchEditorDialog dialog(items.front(), m_assets, m_policy, this);
    dialog.setPeople(OwnerCombo::loadPeople(*context().db));
    if (dialog.exec() != QDialog::Accepted || dialog.item() == items.front())
        return;
    watched([&] { pushChange(items, {dialog.item()}, PatchesPageText::tr("Edit patch item")); });
}

void PatchItemsPanel::markSelectedApplied()
{
    QVector<domain::PatchItem> before;
    const QVector<domain::PatchItem> after =
        patches::markedApplied(selectedItems(), clock::today(), &before);
    if (after.isEmpty())
        return;
    watched([&] {
        pushChange(before, after,
                   PatchesPageText::tr("Mark %n item(s) applied", nullptr,
                                       static_cast<int>(after.size())));
    });
}

void PatchItemsPanel::acceptSelectedRisk()
{
    QVector<domain::PatchItem> before;
    QVector<domain::PatchItem> after = patches::riskAccepted(selectedItems(), {}, {}, &before);
    if (after.isEmpty())
        return;
    const int count = static_cast<int>(after.size());
    RiskAcceptDialog dialog(count, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    after = patches::riskAccepted(before, dialog.reason(), dialog.reviewDate());
    watched([&] {
        pushChange(before, after,
                   PatchesPageText::tr("Accept the risk of %n item(s)", nullptr, count));
    });
}

void PatchItemsPanel::deleteSelected()
{
    const QVector<domain::PatchItem> items = selectedItems();
    if (items.isEmpty())
        return;
    const int count = static_cast<int>(items.size());
    const auto answer = QMessageBox::question(
        this, PatchesPageText::tr("Delete patch items"),
        PatchesPageText::tr("Delete %n patch item(s)? You can undo this with Ctrl+Z.", nullptr,
                            count),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    pushChange(items, {}, PatchesPageText::tr("Delete %n patch item(s)", nullptr, count));
}

void PatchItemsPanel::retranslate()
{
    m_add->setText(PatchesPageText::tr("Add…"));
    m_add->setToolTip(PatchesPageText::tr("Add a patch item (Insert)"));
    m_edit->setText(PatchesPageText::tr("Edit…"));
    m_applied->setText(PatchesPageText::tr("Applied today"));
    m_applied->setToolTip(PatchesPageText::tr("Mark the selected items as applied today"));
    m_accept->setText(PatchesPageText::tr("Accept risk…"));
    m_delete->setText(PatchesPageText::tr("Delete"));
    m_search->setPlaceholderText(PatchesPageText::tr("Search asset, product, CVE, notes (Ctrl+F)"));
    {
        const QSignalBlocker block(m_scope);
        const int scope = std::max(0, m_scope->currentIndex());
        m_scope->clear();
        m_scope->addItems({PatchesPageText::tr("Open"), PatchesPageText::tr("Overdue"),
                           PatchesPageText::tr("Known exploited"),
                           PatchesPageText::tr("Risk accepted"), PatchesPageText::tr("Applied"),
                           PatchesPageText::tr("All statuses")});
        m_scope->setCurrentIndex(scope);
    }
    if (m_assetFilter->count() > 0)
        m_assetFilter->setItemText(0, PatchesPageText::tr("All assets"));
    m_model->retranslate();
}

} // namespace ui
} // namespace kamae
