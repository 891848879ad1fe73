#include "assets/AssetFilterBar.h"

#include "assets/AssetFilterProxy.h"
#include "assets/AssetTableModel.h"
#include "domain/AssetFields.h"
#include "domain/AssetRules.h"
#include "widgets/FlowLayout.h"
#include "widgets/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QTableView>

#include <optional>

namespace kamae {
namespace ui {

using domain::AssetField;

namespace {

// The texts stay the page's: they were translated there.
struct PageText
{
    Q_DECLARE_TR_FUNCTIONS(kamae::ui::AssetsPage)
};

QList<AssetField> hiddenByDefault()
{
    return {AssetField::Notes,          AssetField::Users,     AssetField::Threat,
            AssetField::Vulnerability,  AssetField::Retention, AssetField::Registered,
            AssetField::InternetFacing, AssetField::Mfa,       AssetField::Vendor,
            AssetField::Product,        AssetField::Version,   AssetField::LastUpdated,
            AssetField::EndOfSupport};
}

} // namespace

AssetFilterBar::AssetFilterBar(const AssetTableModel *model, AssetFilterProxy *proxy,
                               QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(proxy)
{
    m_search = makeSearchEdit(this, 220);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_importance = new QComboBox(this);
    m_importance->setObjectName(QStringLiteral("importanceFilter"));
    m_needsReview = new QCheckBox(this);
    m_needsReview->setObjectName(QStringLiteral("needsReviewFilter"));

    // The search takes what the filters leave; on a narrow window the
    // filters go on a second line.
    auto *row = new FlowLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search);
    row->addWidget(m_kind);
    row->addWidget(m_department);
    row->addWidget(m_importance);
    row->addWidget(m_needsReview);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &AssetFilterProxy::setSearchText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setKind(index <= 0
                             ? std::nullopt
                             : std::optional<domain::AssetKind>(domain::AssetKind(index - 1)));
    });
    connect(m_department, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setDepartment(index <= 0 ? QString() : m_department->itemText(index));
    });
    connect(m_importance, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setImportance(m_importance->itemData(index).toInt()); });
    connect(m_needsReview, &QCheckBox::toggled, m_proxy, &AssetFilterProxy::setNeedsReviewOnly);
}

QStringList AssetFilterBar::departments() const
{
    QSet<QString> set;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString &d = m_model->assetAt(row).ownerDepartment;
        if (!d.isEmpty())
            set.insert(d);
    }
    QStringList list(set.begin(), set.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

void AssetFilterBar::refreshDepartments()
{
    const QString current =
        m_department->currentIndex() > 0 ? m_department->currentText() : QString();
    QStringList items = {PageText::tr("All departments")};
    items += departments();
    bool same = m_department->count() == items.size();
    for (int i = 0; same && i < items.size(); ++i)
        same = m_department->itemText(i) == items.at(i);
    if (same)
        return;
    const QSignalBlocker block(m_department);
    m_department->clear();
    m_department->addItems(items);
    const int index = current.isEmpty() ? 0 : m_department->findText(current);
    m_department->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_proxy->setDepartment({});
}

void AssetFilterBar::clear()
{
    m_search->clear();
    for (QComboBox *box : {m_kind, m_department, m_importance})
        box->setCurrentIndex(0);
    m_needsReview->setChecked(false);
}

void AssetFilterBar::showNeedingReviewOnly()
{
    clear();
    m_needsReview->setChecked(true);
}

void AssetFilterBar::retranslate()
{
    m_search->setPlaceholderText(
        PageText::tr("Search name, department, location, product… (Ctrl+F)"));
    const int kind = m_kind->currentIndex();
    {
        const QSignalBlocker block(m_kind);
        m_kind->clear();
        m_kind->addItem(PageText::tr("All kinds"));
        for (int i = 0; i < domain::kAssetKindCount; ++i)
            m_kind->addItem(domain::AssetText::kind(domain::AssetKind(i)));
        m_kind->setCurrentIndex(std::max(0, kind));
    }
    const int importance = m_importance->currentIndex();
    {
        const QSignalBlocker block(m_importance);
        m_importance->clear();
        m_importance->addItem(PageText::tr("Any importance"), -1);
        m_importance->addItem(PageText::tr("Importance 3"), 3);
        m_importance->addItem(PageText::tr("Importance 2"), 2);
        m_importance->addItem(PageText::tr("Importance 1"), 1);
        m_importance->addItem(PageText::tr("Not rated"), 0);
        m_importance->setCurrentIndex(std::max(0, importance));
    }
    if (m_department->count() > 0)
        m_department->setItemText(0, PageText::tr("All departments"));
    m_needsReview->setText(PageText::tr("Needs review"));
    m_needsReview->setToolTip(PageText::tr("Only assets not reviewed in the last 12 months"));
}

void showAssetColumnMenu(QTableView *view, const AssetTableModel *model, const QPoint &pos)
{
    QMenu menu(view);
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *toggle =
            menu.addAction(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        // The name column stays: a row without it means nothing.
        toggle->setEnabled(column != AssetTableModel::columnOf(AssetField::Name));
        QObject::connect(toggle, &QAction::toggled, header, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    menu.addSeparator();
    menu.addAction(PageText::tr("Default columns"), header, [view, model] {
        for (int column = 0; column < model->columnCount(); ++column)
            view->horizontalHeader()->setSectionHidden(column, false);
        hideAssetColumnsByDefault(view);
    });
    menu.exec(header->mapToGlobal(pos));
}

void hideAssetColumnsByDefault(QTableView *view)
{
    for (AssetField f : hiddenByDefault())
        view->horizontalHeader()->setSectionHidden(AssetTableModel::columnOf(f), true);
}

} // namespace ui
} // namespace kamae
